package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interpreter's STM build made at build time ({@code interpreter-stm/target/interpreter-stm.jar}, the interpreter
 * jar translated offline) and the agent path (the plain jar under {@code -javaagent:stm-agent.jar}) give the same
 * output, CPython's, on golden programs, in STM mode from the start, each in a JVM of its own as {@code bin/stmpy}
 * runs them. ({@code threading/set_update_cycle.py} and {@code threading/dict_updates_threads.py} are left out:
 * in STM mode they hang now and then on both paths (here the first in 2 of 2 tries on each, the second in 2 of 4
 * on the STM build and 3 of 4 under the agent), the open bug that keeps the threaded programs out of the default
 * {@code GoldenStmTest}.) Needs the packaged jars ({@code mvn package}); skipped when they are absent (a plain {@code
 * mvn test}).
 */
class StmBuildTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path INTERP = ROOT.resolve("interpreter-integration");
    private static final Path STM_JAR = ROOT.resolve("interpreter-stm/target/interpreter-stm.jar");
    private static final Path RUNTIME = ROOT.resolve("stm-transformer/target/stm-runtime.jar");
    private static final Path AGENT = ROOT.resolve("stm-transformer/target/stm-agent.jar");
    private static final Path PLAIN = INTERP.resolve("target/interpreter-integration-0.1.0-SNAPSHOT.jar");

    private static String libs() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(INTERP.resolve("target/lib"))) {
            s.sorted().forEach(p -> sb.append(File.pathSeparator).append(p));
        }
        return sb.toString();
    }

    /** The exit status and standard error of the last run, for failure messages. */
    private String lastErr = "";

    private String run(Path program, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xss64m");
        cmd.add("-Dstmj.mode=stm");
        cmd.add("-Dstmj.chaos=" + System.getProperty("stmj.chaos", "0"));
        cmd.addAll(List.of(jvm));
        cmd.add("org.stmj.python.Main");
        cmd.add(program.toString());
        cmd.add("golden-arg");
        Path out = Files.createTempFile("stmbuild", ".out");
        Path err = Files.createTempFile("stmbuild", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            String stderr = Files.readString(err);
            lastErr = "exit " + p.exitValue() + (stderr.isBlank() ? "" : ", stderr: " + stderr.strip());
            return Files.readString(out);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"threading/atomic_counter.py", "threading/start_join_results.py",
            "exceptions/custom_hierarchy.py", "classes/arith_dunders.py", "stdlib/json_module.py"})
    void whenProgramRunsOnStmBuildAndUnderAgent_thenBothPrintCPythonsOutput(String rel) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(STM_JAR) && Files.isRegularFile(AGENT),
                "the packaged jars are absent: run mvn package");
        Path program = INTERP.resolve("src/test/resources/golden/" + rel);
        Assumptions.assumeTrue(Files.isRegularFile(program), "no such golden program: " + rel);
        String expected = Files.readString(program.resolveSibling(rel.substring(rel.lastIndexOf('/') + 1)
                .replace(".py", ".out")));
        String translated = run(program, "-cp", STM_JAR + File.pathSeparator + RUNTIME + libs());
        assertEquals(expected, translated, "the STM build's output (" + lastErr + ")");
        String agent = run(program, "-javaagent:" + AGENT + "=config=" + INTERP.resolve("stm.properties"), "-cp",
                PLAIN + libs());
        assertEquals(expected, agent, "the agent's output (" + lastErr + ")");
    }
}
