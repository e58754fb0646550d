package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The programs of {@code src/test/resources/semantics}: the interpreter's own semantics where CPython has none
 * (blocking waits inside {@code with atomic:}), expected outputs written by hand, run in GIL mode. The same
 * programs run in STM mode in stress-tests ({@code SemanticsStmTest}) and must print the same.
 */
class SemanticsTest {
    @TestFactory
    Stream<DynamicTest> semanticsProgramsInGilMode() throws IOException {
        Path dir = Path.of("src/test/resources/semantics");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String expected = Files.readString(Path.of(p.toString().replaceFirst("\\.py$", ".out")),
                                StandardCharsets.UTF_8);
                        PyRun r = PyRun.args(p.toString());
                        assertEquals(expected, r.out, () -> "stdout\nstderr:\n" + r.err);
                        assertEquals(0, r.rc, () -> "exit code\nstderr:\n" + r.err);
                    }));
        }
    }
}
