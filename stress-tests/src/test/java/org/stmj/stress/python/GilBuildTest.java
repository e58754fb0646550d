package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GIL build made for start-up ({@code interpreter-stm/target/interpreter-gil.jar}: the interpreter jar with its
 * lambda and string concatenation sites desugared at build time), which {@code bin/stmpy --gil} runs, prints
 * CPython's output on golden programs that use many builtins, methods and formatted strings, each in a JVM of its
 * own. Needs the packaged jars; skipped when they are absent (a plain {@code mvn test}).
 */
class GilBuildTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path INTERP = ROOT.resolve("interpreter-integration");
    private static final Path GIL_JAR = ROOT.resolve("interpreter-stm/target/interpreter-gil.jar");

    private static String classPath() throws Exception {
        StringBuilder sb = new StringBuilder(GIL_JAR.toString());
        try (Stream<Path> s = Files.list(INTERP.resolve("target/lib"))) {
            s.sorted().forEach(p -> sb.append(File.pathSeparator).append(p));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"threading/start_join_results.py", "exceptions/custom_hierarchy.py",
            "classes/arith_dunders.py", "stdlib/json_module.py", "builtins/sorted_reversed.py"})
    void whenProgramRunsOnTheGilBuild_thenItPrintsCPythonsOutput(String rel) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(GIL_JAR) && Files.isDirectory(INTERP.resolve("target/lib")),
                "the packaged jars are absent: run mvn package");
        Path program = INTERP.resolve("src/test/resources/golden/" + rel);
        Assumptions.assumeTrue(Files.isRegularFile(program), "no such golden program: " + rel);
        Path expectedFile = program.resolveSibling(program.getFileName().toString().replace(".py", ".out"));
        Path out = Files.createTempFile("gilbuild", ".out");
        Path err = Files.createTempFile("gilbuild", ".err");
        try {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss64m",
                    "-cp", classPath(), "org.stmj.python.Main", program.toString(), "golden-arg");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            assertEquals(Files.readString(expectedFile), Files.readString(out),
                    "exit " + p.exitValue() + ", stderr: " + Files.readString(err).strip());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
