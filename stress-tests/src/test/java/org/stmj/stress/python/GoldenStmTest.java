package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.stmj.transform.Config;
import org.stmj.transform.runtime.Rt;

/**
 * Every golden program of the interpreter ({@code interpreter-integration/src/test/resources/golden}, found by
 * path) run in STM mode and compared with CPython's output exactly as the GIL suite does: stdout, the last
 * non-empty stderr line when a {@code .err} file exists, the exit code ({@code .exit}, else 0), stdin from
 * {@code .in}, argv = the program's path and {@code golden-arg}. The interpreter's classes are transformed in
 * this JVM by a child-first {@link TransformingLoader} with {@code interpreter-integration/stm.properties}, and
 * STM mode is on from the start ({@code stmj.mode=stm}, {@link Rt#setStmMode}), so every bytecode of every thread runs as a
 * transaction. Programs listed in {@code KNOWN_FAILURES.txt} (failing in GIL mode too) and in {@link #STM_KNOWN} are
 * skipped; after a program times out the rest are skipped (its threads may still hold the inevitable token).
 *
 * <p>The threaded programs ({@code threading/}) run only with {@code -Dgolden.stm.threading=true}: an abort that
 * escapes a thread's dispatch loop (an open bug) makes some of them hang, so they would make the default build
 * flaky. System properties: {@code golden.filter} (only programs whose relative path contains it),
 * {@code golden.timeout} (seconds per program, default 60), {@code golden.dir}, and the engine's own
 * ({@code stmj.chaos}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenStmTest {
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    /** Set when a program timed out: its threads may still hold the inevitable token, so later runs are void. */
    private volatile String poisonedBy;
    private Path root;

    /**
     * Programs that deadlock in STM mode, with the reason. A blocking wait in a nested dispatch loop (a Python
     * {@code __enter__} that takes a lock, called from the {@code with} bytecode) runs inside the transaction made
     * inevitable (the boundary contract for nested loops), so the thread that must release the lock waits for the
     * inevitable token forever.
     */
    private static final Map<String, String> STM_KNOWN = Map.of(
            "threading/semaphore_limit.py", "blocking lock wait inside a nested dispatch loop holds the inevitable token",
            "builtins/open_binary.py", "an abort (ControlFlowError) escapes the outermost dispatch loop",
            "threading/condition_producer_consumer.py", "a thread dies of an escaped ControlFlowError; the program hangs");
    private Method mainRun;
    private String previousMode;

    @BeforeAll
    void transformInterpreter() throws Exception {
        previousMode = System.setProperty("stmj.mode", "stm");
        Path module = moduleDir();
        root = Path.of(System.getProperty("golden.dir", module.resolve("src/test/resources/golden").toString()));
        Config config = Config.load(module.resolve("stm.properties"));
        ClassLoader loader = new TransformingLoader(GoldenStmTest.class.getClassLoader(), config, "org.stmj.python.");
        mainRun = Class.forName("org.stmj.python.Main", true, loader)
                .getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
        Rt.setStmMode(true);
    }

    @AfterAll
    void report() {
        Rt.setStmMode(false);
        if (previousMode == null) {
            System.clearProperty("stmj.mode");
        } else {
            System.setProperty("stmj.mode", previousMode);
        }
        System.out.printf(Locale.ROOT, "golden (GoldenStmTest, stmj.chaos=%s): %d passed, %d failed, %d skipped%n",
                System.getProperty("stmj.chaos", "0"), passed.get(), failed.get(), skipped.get());
    }

    @TestFactory
    Stream<DynamicTest> goldenProgramsInStmMode() throws IOException {
        Map<String, String> known = knownFailures(root.resolve("KNOWN_FAILURES.txt"));
        String filter = System.getProperty("golden.filter", "");
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(f -> f.getFileName().toString().endsWith(".py"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .filter(f -> relative(f).contains(filter))
                    .sorted().collect(Collectors.toList());
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(relative(p), p.toUri(), () -> {
            String reason = known.containsKey(relative(p)) ? known.get(relative(p))
                    : STM_KNOWN.get(relative(p)) == null ? null : "STM: " + STM_KNOWN.get(relative(p));
            if (reason == null && relative(p).startsWith("threading/") && !Boolean.getBoolean("golden.stm.threading")) {
                skipped.incrementAndGet();
                Assumptions.abort("threaded programs run with -Dgolden.stm.threading=true (escaped aborts make them flaky)");
            }
            if (reason == null && poisonedBy != null) {
                skipped.incrementAndGet();
                Assumptions.abort("not run: " + poisonedBy + " timed out and may still hold the inevitable token");
            }
            if (reason != null) {
                skipped.incrementAndGet();
                Assumptions.abort("known failure: " + reason);
            }
            try {
                check(p);
                passed.incrementAndGet();
            } catch (Throwable t) {
                failed.incrementAndGet();
                throw t;
            }
        }));
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void check(Path script) throws Exception {
        String base = script.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = script.getParent();
        String expectedOut = read(dir.resolve(base + ".out"));
        if (expectedOut == null) {
            fail("no expected output " + base + ".out");
        }
        String expectedErr = read(dir.resolve(base + ".err"));
        String exitText = read(dir.resolve(base + ".exit"));
        int expectedExit = exitText == null ? 0 : Integer.parseInt(exitText.strip());
        Path in = dir.resolve(base + ".in");
        byte[] stdin = Files.exists(in) ? Files.readAllBytes(in) : new byte[0];

        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            exit = runIsolated(script, new ByteArrayInputStream(stdin), out, err);
        } finally {
            deleteTempFiles(Path.of(System.getProperty("user.dir")));
            deleteTempFiles(dir);
        }
        String actualErr = errBytes.toString(StandardCharsets.UTF_8);
        String context = "\nstderr:\n" + actualErr;
        assertEquals(expectedOut, outBytes.toString(StandardCharsets.UTF_8), () -> "stdout" + context);
        if (expectedErr != null) {
            assertEquals(expectedErr.strip(), lastNonEmptyLine(actualErr), () -> "last stderr line" + context);
        }
        assertEquals(expectedExit, exit, () -> "exit code" + context);
    }

    private int runIsolated(Path script, InputStream in, PrintStream out, PrintStream err) throws Exception {
        long timeout = Long.getLong("golden.timeout", 60);
        ThreadGroup group = new ThreadGroup("golden-stm " + script.getFileName());
        AtomicReference<Object> result = new AtomicReference<>();
        Thread runner = new Thread(group, () -> {
            try {
                result.set(mainRun.invoke(null, new String[] {script.toString(), "golden-arg"}, in, out, err));
            } catch (InvocationTargetException e) {
                result.set(e.getCause());
            } catch (Throwable t) {
                result.set(t);
            }
        }, "golden-stm-runner");
        runner.setDaemon(true);
        runner.start();
        runner.join(TimeUnit.SECONDS.toMillis(timeout));
        if (runner.isAlive()) {
            Thread[] threads = new Thread[group.activeCount() + 16];
            int n = group.enumerate(threads, true);
            for (int i = 0; i < n; i++) {
                threads[i].interrupt();
            }
            poisonedBy = script.getFileName().toString();
            fail("timed out after " + timeout + " s");
        }
        Object outcome = result.get();
        if (outcome instanceof Exception e) {
            throw e;
        }
        if (outcome instanceof Throwable t) {
            throw new AssertionError("interpreter threw " + t, t);
        }
        return (Integer) outcome;
    }

    /** {@code interpreter-integration}, seen from this module's directory or the repository root. */
    private static Path moduleDir() {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p : List.of(cwd.resolveSibling("interpreter-integration"), cwd.resolve("interpreter-integration"))) {
            if (Files.isRegularFile(p.resolve("stm.properties"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find interpreter-integration/stm.properties from " + cwd);
    }

    private static Map<String, String> knownFailures(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return m;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int hash = line.indexOf('#');
            m.put((hash < 0 ? line : line.substring(0, hash)).strip(),
                    hash < 0 ? "no reason given" : line.substring(hash + 1).strip());
        }
        return m;
    }

    private static String read(Path f) throws IOException {
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
    }

    private static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    private static void deleteTempFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "golden_tmp_*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
