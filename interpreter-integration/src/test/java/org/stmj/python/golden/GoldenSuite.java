package org.stmj.python.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * Runs every golden program (a {@code .py} file under {@code src/test/resources/golden} whose name does not
 * start with {@code _}) as one dynamic test named by its relative path, and compares what the interpreter did
 * with what CPython 3.11 did: stdout exactly, the last non-empty stderr line when a {@code .err} file exists,
 * and the exit code ({@code .exit}, else 0).
 *
 * <p>A subclass chooses how a program is run ({@link #runProgram}); the program gets
 * {@link #argv(Path) argv} = its absolute path and {@value #PROGRAM_ARGUMENT}, the same argument
 * {@code scripts/regen-golden.sh} passed to CPython, and its {@code .in} file (else nothing) as stdin.
 *
 * <p>System properties: {@code golden.filter} (run only programs whose relative path contains it),
 * {@code golden.repeat} (run each program that many times), {@code golden.timeout} (seconds per program,
 * default {@link #defaultTimeoutSeconds()}; a program's own {@code .timeout} file may allow more),
 * {@code golden.dir} (the golden directory, found from the working directory or the class path otherwise),
 * {@code golden.runKnown=true} (also run the programs listed in {@code KNOWN_FAILURES.txt}; otherwise they are
 * skipped through an assumption).
 *
 * <p>Isolation: each program runs in its own thread group ({@link IsolatedRun}). The suite of each mode is a
 * subclass: {@code GoldenGilTest} here, the STM and auto suites in stress-tests (through this module's
 * test-jar). Files the programs write ({@code golden_tmp_*}) are deleted from the working directory afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GoldenSuite {
    /** The command-line argument every golden program gets after its path (regen-golden.sh passes it too). */
    public static final String PROGRAM_ARGUMENT = "golden-arg";

    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger aborted = new AtomicInteger();
    private final List<String> skipped = new ArrayList<>();

    /**
     * Runs one program to completion.
     *
     * @param script absolute path of the program
     * @param in     what the program reads from stdin
     * @param out    where its stdout goes
     * @param err    where its stderr goes (tracebacks included)
     * @return the program's exit code, as the interpreter's command line would return it
     * @throws Exception anything the interpreter throws; it fails the test with the Java stack trace
     */
    protected abstract int runProgram(Path script, InputStream in, PrintStream out, PrintStream err) throws Exception;

    /** Seconds a program may run unless {@code golden.timeout} says otherwise. */
    protected long defaultTimeoutSeconds() {
        return 20;
    }

    /** The CPython-style argument vector for {@code script}: its path, then {@value #PROGRAM_ARGUMENT}. */
    protected static String[] argv(Path script) {
        return new String[] {script.toString(), PROGRAM_ARGUMENT};
    }

    @TestFactory
    protected Stream<DynamicTest> goldenPrograms() {
        Path root = goldenRoot();
        KnownFailures known = KnownFailures.load(root.resolve("KNOWN_FAILURES.txt"));
        String filter = System.getProperty("golden.filter", "");
        boolean runKnown = Boolean.getBoolean("golden.runKnown");
        List<GoldenProgram> programs = discover(root);
        for (String listed : known.all().keySet()) {
            if (programs.stream().noneMatch(p -> p.relativePath().equals(listed))) {
                System.err.println("golden: KNOWN_FAILURES.txt names " + listed + ", which is not a golden program");
            }
        }
        int repeat = Integer.getInteger("golden.repeat", 1);
        return programs.stream()
                .filter(p -> p.relativePath().contains(filter))
                .flatMap(p -> java.util.stream.IntStream.rangeClosed(1, repeat).mapToObj(k -> p))
                .map(p -> DynamicTest.dynamicTest(p.relativePath(), p.script().toUri(), () -> {
                    String reason = known.reason(p.relativePath());
                    if (reason != null && !runKnown) {
                        synchronized (skipped) {
                            skipped.add(p.relativePath() + "  # " + reason);
                        }
                        Assumptions.abort("known failure: " + reason);
                    }
                    try {
                        check(p);
                        passed.incrementAndGet();
                        if (reason != null) {
                            System.out.println("golden: " + p.relativePath()
                                    + " passes but is listed in KNOWN_FAILURES.txt; remove it");
                        }
                    } catch (TestAbortedException t) {
                        aborted.incrementAndGet();
                        throw t;
                    } catch (Throwable t) {
                        failed.incrementAndGet();
                        throw t;
                    }
                }));
    }

    @AfterAll
    protected void report() {
        String chaos = System.getProperty("stmj.chaos", "");
        System.out.printf(Locale.ROOT,
                "golden (%s%s): %d passed, %d failed, %d skipped as known failures, %d aborted%n",
                getClass().getSimpleName(), chaos.isEmpty() || chaos.equals("0") ? "" : ", stmj.chaos=" + chaos,
                passed.get(), failed.get(), skipped.size(), aborted.get());
        synchronized (skipped) {
            for (String s : skipped) {
                System.out.println("  skipped " + s);
            }
        }
    }

    private void check(GoldenProgram program) throws Exception {
        String expectedOut = program.expectedStdout().orElseThrow(() -> new AssertionError(
                "no " + program.sibling(".out").getFileName() + "; run scripts/regen-golden.sh"));
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            InputStream in = new ByteArrayInputStream(program.stdin());
            exit = IsolatedRun.run(program.relativePath(),
                    program.timeoutSeconds(Long.getLong("golden.timeout", defaultTimeoutSeconds())),
                    () -> runProgram(program.script(), in, out, err));
        } finally {
            deleteTempFiles(Path.of(System.getProperty("user.dir")));
            deleteTempFiles(program.script().getParent());
        }
        String actualOut = outBytes.toString(StandardCharsets.UTF_8);
        String actualErr = errBytes.toString(StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        if (!expectedOut.equals(actualOut)) {
            String diff = LineDiff.render(expectedOut, actualOut);
            problems.add("stdout differs" + (diff.contains("\n-") || diff.contains("\n+")
                    ? "" : " (only in line endings or the final newline)") + ":\n" + diff);
        }
        program.expectedLastStderrLine().ifPresent(expected -> {
            String actual = GoldenProgram.lastNonEmptyLine(actualErr);
            if (!expected.equals(actual)) {
                problems.add("last stderr line differs:\n  expected: " + expected + "\n  actual:   " + actual);
            }
        });
        int expectedExit = program.expectedExitCode();
        if (expectedExit != exit) {
            problems.add("exit code " + exit + ", expected " + expectedExit);
        }
        if (!problems.isEmpty()) {
            String tail = actualErr.isBlank() ? "" : "\nstderr (last lines):\n" + lastLines(actualErr, 15);
            fail(program.relativePath() + ": " + String.join("\n", problems) + tail);
        }
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

    private static String lastLines(String text, int n) {
        String[] lines = text.split("\r?\n");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, lines.length - n); i < lines.length; i++) {
            sb.append("  ").append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** All golden programs under {@code root}, sorted by relative path. */
    static List<GoldenProgram> discover(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".py"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .map(f -> new GoldenProgram(root.relativize(f).toString().replace('\\', '/'), f.toAbsolutePath()))
                    .sorted((x, y) -> x.relativePath().compareTo(y.relativePath()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The golden directory: {@code golden.dir}, else the source tree seen from the working directory, else the class
     * path.
     */
    static Path goldenRoot() {
        String configured = System.getProperty("golden.dir");
        if (configured != null && !configured.isBlank()) {
            return requireDirectory(Path.of(configured));
        }
        Path cwd = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(cwd.resolve("src/test/resources/golden"),
                cwd.resolve("interpreter-integration/src/test/resources/golden"),
                cwd.resolveSibling("interpreter-integration").resolve("src/test/resources/golden"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        URL url = GoldenSuite.class.getResource("/golden");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return requireDirectory(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("golden: bad resource URL " + url, e);
            }
        }
        throw new IllegalStateException("golden: cannot find the golden directory from " + cwd
                + "; set -Dgolden.dir=<path to src/test/resources/golden>");
    }

    private static Path requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("golden: " + dir + " is not a directory");
        }
        return dir.toAbsolutePath();
    }
}
