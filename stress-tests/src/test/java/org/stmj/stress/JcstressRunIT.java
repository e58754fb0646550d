package org.stmj.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jcstress bundle over every jcstress test of this module, in the mode that the build asks for
 * ({@code quick} by default, {@code default} under {@code -Pstress}), with the engine's chaos fraction passed to
 * every forked VM, and fails if any test has a FORBIDDEN outcome or an error.
 *
 * <p>System properties (set by the failsafe configuration): {@code stmj.stress.jar}, {@code stmj.stress.mode},
 * {@code stmj.stress.options} (extra jcstress options, space separated), {@code stmj.stress.report} (the
 * report folder; jcstress's console output goes to {@code output.txt} in it) and {@code stmj.chaos}.
 */
class JcstressRunIT {
    private static final Pattern TOTALS = Pattern.compile("Failed tests: (\\d+|No matches)"
            + "|Error tests: (\\d+|No matches)|Interesting tests: (\\d+|No matches)|All remaining tests: (\\d+|No "
            + "matches)");

    @Test
    void whenEveryJcstressTestRuns_thenNoneIsForbiddenOrFailing() throws IOException, InterruptedException {
        Path jar = Path.of(property("stmj.stress.jar", "target/jcstress.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no jcstress bundle at " + jar + " (run the package phase first)");
        String mode = property("stmj.stress.mode", "quick");
        String chaos = property("stmj.chaos", "0");
        Path report = Path.of(property("stmj.stress.report", "target/jcstress-" + mode)).toAbsolutePath();
        Files.createDirectories(report);
        Path output = report.resolve("output.txt");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "-m", mode, "-r", report.toString()));
        boolean quick = mode.equals("quick");
        if (quick) {
            // one VM configuration (-jvmArgs turns off jcstress's flag combinations), one compilation mode for all
            // actors, no extra stress fork: the default build stays within about two minutes on two cores
            command.addAll(List.of("-jvmArgs", "-Dstmj.chaos=" + chaos, "-sc", "false", "-fsm", "0"));
        } else {
            command.addAll(List.of("-jvmArgsPrepend", "-Dstmj.chaos=" + chaos));
        }
        String options = property("stmj.stress.options", "").trim();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        Process process = new ProcessBuilder(command)
                .directory(report.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(quick ? 30 : 12 * 60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("jcstress did not finish; output in " + output);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);

        int failed = total(text, 1);
        int errors = total(text, 2);
        int interesting = total(text, 3);
        int remaining = total(text, 4);
        assertTrue(failed >= 0 && errors >= 0 && interesting >= 0 && remaining >= 0,
                () -> "jcstress printed no summary; output in " + output + "\n" + tail(text));
        int passed = interesting + remaining;
        int expected = testCount(jar);
        assertTrue(expected > 0, "the bundle lists no jcstress tests");
        assertEquals(expected, failed + errors + passed, () -> "jcstress reported results for "
                + (failed + errors + passed) + " of the " + expected + " tests in the bundle; output in " + output);
        assertEquals(0, failed + errors, () -> "jcstress (" + mode + ", chaos " + chaos + "): " + failed
                + " failed, " + errors + " in error; report in " + report + "\n" + failures(text));
        assertEquals(0, process.exitValue(), () -> "jcstress exited with " + process.exitValue() + "; output in "
                + output + "\n" + tail(text));
    }

    /** The number of tests in the bundle's {@code META-INF/TestList} (one line per test). */
    private static int testCount(Path jar) throws IOException {
        try (JarFile bundle = new JarFile(jar.toFile())) {
            JarEntry list = bundle.getJarEntry("META-INF/TestList");
            if (list == null) {
                return 0;
            }
            try (InputStream in = bundle.getInputStream(list)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return (int) text.lines().filter(line -> !line.isBlank()).count();
            }
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * The number after the summary label in group {@code group} of {@link #TOTALS} (0 for "No matches"), or -1
     * if it was never printed.
     */
    private static int total(String text, int group) {
        Matcher m = TOTALS.matcher(text);
        int last = -1;
        while (m.find()) {
            String n = m.group(group);
            if (n != null) {
                last = n.equals("No matches") ? 0 : Integer.parseInt(n);
            }
        }
        return last;
    }

    /** The part of the output from the run results on, which names each failing test and its outcomes. */
    private static String failures(String text) {
        int at = text.lastIndexOf("RUN RESULTS:");
        return at < 0 ? tail(text) : text.substring(at);
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }
}
