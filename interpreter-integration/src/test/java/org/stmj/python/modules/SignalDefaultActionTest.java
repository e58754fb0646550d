package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.python.Main;

/**
 * A signal the program sends itself ({@code os.kill(os.getpid(), sig)}, {@code signal.raise_signal}) whose handler is
 * SIG_DFL ends the process as CPython's does: status 128 + the signal, what was printed before flushed. Run in a JVM
 * of its own (the process ends); the handler and SIG_IGN cases are the golden program lead21/kill_self.
 */
class SignalDefaultActionTest {
    @TempDir
    Path dir;

    private int run(String source, StringBuilder out) throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), file.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path o = dir.resolve("out.txt");
        pb.redirectOutput(o.toFile());
        pb.redirectErrorStream(true);
        Process pr = pb.start();
        if (!pr.waitFor(60, TimeUnit.SECONDS)) {
            pr.destroyForcibly().waitFor();
            throw new AssertionError("timed out");
        }
        out.append(Files.readString(o, StandardCharsets.UTF_8));
        return pr.exitValue();
    }

    @Test
    void whenTheProgramKillsItselfWithSigterm_thenItEndsWithStatus143AfterFlushingItsOutput() throws Exception {
        StringBuilder out = new StringBuilder();
        int rc = run("import os, signal\nprint('before')\nos.kill(os.getpid(), signal.SIGTERM)\nprint('not reached')\n",
                out);
        assertEquals("before\n", out.toString());
        assertEquals(143, rc);
    }

    @Test
    void whenADefaultIgnoredSignalIsRaised_thenTheProgramGoesOn() throws Exception {
        StringBuilder out = new StringBuilder();
        int rc = run("import signal\nsignal.raise_signal(signal.SIGCHLD)\nsignal.raise_signal(signal.SIGWINCH)\n"
                + "signal.signal(signal.SIGUSR1, signal.SIG_DFL)\nprint('still here')\n"
                + "signal.raise_signal(signal.SIGUSR1)\nprint('not reached')\n", out);
        assertEquals("still here\n", out.toString());
        assertEquals(128 + 10, rc);
    }

    @Test
    void whenAnAlarmFiresWithTheDefaultAction_thenTheProcessEndsWithStatus142EvenInABusyLoop() throws Exception {
        StringBuilder out = new StringBuilder();
        int rc = run("import signal, time\nsignal.alarm(1)\nprint('before', flush=True)\ntime.sleep(30)\n"
                + "print('not reached')\n", out);
        assertEquals("before\n", out.toString());
        assertEquals(128 + 14, rc);
        out.setLength(0);
        rc = run("import signal\nsignal.setitimer(signal.ITIMER_REAL, 0.2)\nprint('busy', flush=True)\n"
                + "while True:\n    pass\n", out);
        assertEquals("busy\n", out.toString());
        assertEquals(128 + 14, rc);
    }
}
