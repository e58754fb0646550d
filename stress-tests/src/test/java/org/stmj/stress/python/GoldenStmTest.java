package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.stmj.transform.runtime.Rt;

/**
 * Every golden program of the interpreter ({@code interpreter-integration/src/test/resources/golden}, found by
 * path) run in STM mode and compared with CPython's output exactly as the GIL suite does: stdout, the last
 * non-empty stderr line when a {@code .err} file exists, the exit code ({@code .exit}, else 0), stdin from
 * {@code .in}, argv = the program's path and {@code golden-arg}. The interpreter's classes are transformed in
 * this JVM by a child-first {@code TransformingClassLoader} with {@code interpreter-integration/stm.properties}, and
 * STM mode is on from the start ({@code stmj.mode=stm}, {@link Rt#setStmMode}), so every bytecode of every thread runs as a
 * transaction. Programs listed in {@code KNOWN_FAILURES.txt} (failing in GIL mode too) are skipped; there is no
 * list of programs that fail only in STM mode. The threaded programs run like every other; a program that does
 * not finish within the timeout fails with a dump of every thread's stack, and the programs after it still run.
 * System properties: {@code golden.filter} (only programs whose relative path contains it), {@code golden.repeat}
 * (run each program that many times: the stress profile runs the threaded programs 50 times with chaos),
 * {@code golden.timeout} (seconds per program, default 60), {@code golden.dir}, and the engine's own
 * ({@code stmj.chaos}; the build runs this suite twice, the second time with {@code stmj.chaos=0.2}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenStmTest {
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private Path root;
    private StmInterpreter interpreter;
    private String previousMode;

    /** The mode the programs run in: {@code stm} here, {@code auto} in {@link GoldenAutoTest}. */
    String mode() {
        return "stm";
    }

    @BeforeAll
    void transformInterpreter() throws Exception {
        previousMode = System.setProperty("stmj.mode", mode());
        interpreter = new StmInterpreter();
        root = Path.of(System.getProperty("golden.dir",
                interpreter.module.resolve("src/test/resources/golden").toString()));
        Rt.setMode(mode());
    }

    @AfterAll
    void report() {
        Rt.setMode("gil");
        if (previousMode == null) {
            System.clearProperty("stmj.mode");
        } else {
            System.setProperty("stmj.mode", previousMode);
        }
        System.out.printf(Locale.ROOT, "golden (%s mode, stmj.chaos=%s): %d passed, %d failed, %d skipped%n",
                mode(), System.getProperty("stmj.chaos", "0"), passed.get(), failed.get(), skipped.get());
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
        int repeat = Integer.getInteger("golden.repeat", 1);
        return programs.stream().flatMap(p -> java.util.stream.IntStream.rangeClosed(1, repeat)
                .mapToObj(k -> p)).map(p -> DynamicTest.dynamicTest(relative(p), p.toUri(), () -> {
            String reason = known.get(relative(p));
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

        StmInterpreter.Result r;
        try {
            r = interpreter.run(new String[] {script.toString(), "golden-arg"}, stdin,
                    Long.getLong("golden.timeout", 60), script.getFileName().toString());
        } finally {
            deleteTempFiles(Path.of(System.getProperty("user.dir")));
            deleteTempFiles(dir);
        }
        String actualErr = r.err();
        int exit = r.exit();
        String context = "\nstderr:\n" + actualErr;
        assertEquals(expectedOut, r.out(), () -> "stdout" + context);
        if (expectedErr != null) {
            assertEquals(expectedErr.strip(), lastNonEmptyLine(actualErr), () -> "last stderr line" + context);
        }
        assertEquals(expectedExit, exit, () -> "exit code" + context);
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
