package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Auto mode on the interpreter's STM build, one JVM per run as {@code bin/stmpy} starts it: while one thread runs,
 * the lambda bridges of the uninstrumented code call the originals without asking the engine (no descriptor exists
 * yet), so the engine's transaction classes are never loaded; once a second thread runs bytecode the threads switch
 * to transactions and every lambda call inside them runs its twin (the results stay right, and the engine is
 * loaded then). Needs the packaged jars ({@code mvn package}); skipped when they are absent.
 */
class AutoModeEngineLoadTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path INTERP = ROOT.resolve("interpreter-integration");
    private static final Path STM_JAR = ROOT.resolve("interpreter-stm/target/interpreter-stm.jar");
    private static final Path RUNTIME = ROOT.resolve("stm-transformer/target/stm-runtime.jar");
    /** Engine classes that only a transaction (or a lambda bridge that asks for one) loads. */
    private static final List<String> ENGINE = List.of("org.stmj.core.Txn", "org.stmj.core.TxnSlots",
            "org.stmj.core.Config", "org.stmj.core.Barriers");

    private static String libs() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(INTERP.resolve("target/lib"))) {
            s.sorted().forEach(p -> sb.append(File.pathSeparator).append(p));
        }
        return sb.toString();
    }

    /** Output, standard error and the names of the loaded classes of one auto-mode run of {@code source}. */
    private record Run(String out, String err, List<String> loaded) {
    }

    private static Run auto(String source, String... jvm) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(STM_JAR) && Files.isRegularFile(RUNTIME),
                "the packaged jars are absent: run mvn package");
        Path dir = Files.createTempDirectory("autoengine");
        Path program = dir.resolve("p.py");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Path classes = dir.resolve("classes");
        Files.writeString(program, source);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xss64m");
        cmd.add("-Dstmj.mode=auto");
        cmd.add("-Xlog:class+load=info:file=" + classes);
        cmd.addAll(List.of(jvm));
        cmd.add("-cp");
        cmd.add(STM_JAR + File.pathSeparator + RUNTIME + libs());
        cmd.add("org.stmj.python.Main");
        cmd.add(program.toString());
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            assertEquals(0, p.exitValue(), Files.readString(err));
            List<String> loaded = new ArrayList<>();
            for (String line : Files.readAllLines(classes)) {
                String[] f = line.split(" ");
                if (f.length > 1) {
                    loaded.add(f[1]);
                }
            }
            return new Run(Files.readString(out), Files.readString(err), loaded);
        } finally {
            for (Path f : List.of(program, out, err, classes, dir)) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Test
    void whenOneThreadCallsLambdasOfTheInterpreter_thenNoEngineClassIsLoaded() throws Exception {
        // builtins, methods of built-in types and math functions are lambdas of transformed classes (bridged)
        Run r = auto("import math\n"
                + "xs = sorted([3, 1, 2], key=lambda x: -x)\n"
                + "print(xs, len(xs), max(xs), math.sqrt(16.0), 'a,b'.split(','), list(map(abs, [-1, 2])))\n");
        assertEquals("[3, 2, 1] 3 3 4.0 ['a', 'b'] [1, 2]\n", r.out(), r.err());
        for (String c : ENGINE) {
            assertFalse(r.loaded().contains(c), c + " was loaded by a one-thread run");
        }
        assertTrue(r.loaded().contains("org.stmj.core.Descriptors"), "the bridges asked Descriptors");
    }

    @Test
    void whenASecondThreadRunsBytecode_thenLambdaCallsInTransactionsGiveTheRightResults() throws Exception {
        // two threads call bridged lambdas (builtins, a key function, str methods) on shared and own data while
        // auto mode switches them to transactions at once (no grace); each checks every result
        Run r = auto("import threading\n"
                + "shared = list(range(50))\n"
                + "bad = []\n"
                + "def work(k):\n"
                + "    for i in range(1000):\n"
                + "        ys = sorted(shared, key=lambda x: (x * 7 + i) % 50)\n"
                + "        if len(ys) != 50 or sum(ys) != 1225 or max(ys) != 49:\n"
                + "            bad.append((k, i))\n"
                + "        if ','.join(map(str, [k, i])).split(',') != [str(k), str(i)]:\n"
                + "            bad.append((k, i, 's'))\n"
                + "ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]\n"
                + "for t in ts:\n"
                + "    t.start()\n"
                + "for t in ts:\n"
                + "    t.join()\n"
                + "print('bad', bad)\n", "-Dstmj.autoGraceMicros=0", "-Dstmj.autoStats=true");
        assertEquals("bad []\n", r.out(), r.err());
        assertTrue(r.loaded().contains("org.stmj.core.Txn"), "no transaction ran: " + r.err());
        assertFalse(r.err().contains("stmEntries=0 "), "no thread entered STM mode: " + r.err());
    }
}
