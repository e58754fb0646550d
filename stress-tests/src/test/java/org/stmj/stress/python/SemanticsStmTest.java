package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The programs of {@code interpreter-integration/src/test/resources/semantics} (the interpreter's own semantics
 * where CPython has none, such as blocking waits inside {@code with atomic:}) in STM mode: the same output as
 * in GIL mode ({@code SemanticsTest}), and no hang.
 */
class SemanticsStmTest extends StmModeFixture {
    @TestFactory
    Stream<DynamicTest> semanticsProgramsInStmMode() throws IOException {
        Path dir = interpreter.module.resolve("src/test/resources/semantics");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String expected = Files.readString(Path.of(p.toString().replaceFirst("\\.py$", ".out")),
                                StandardCharsets.UTF_8);
                        StmInterpreter.Result r = interpreter.run(new String[] {p.toString()}, new byte[0], 120,
                                p.getFileName().toString());
                        assertEquals(expected, r.out(), () -> "stdout\nstderr:\n" + r.err());
                        assertEquals(0, r.exit(), () -> "exit code\nstderr:\n" + r.err());
                    }));
        }
    }
}
