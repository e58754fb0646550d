package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Chaos mode, checked in a child JVM so that it runs whatever -Dstmj.chaos this suite itself uses. */
class ChaosModeTest {
    private static String runChild(String chaos, String... args) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dstmj.chaos=" + chaos, "-cp", System.getProperty("java.class.path"), ChaosProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child finished");
        return out;
    }

    @Test
    void whenChaosModeAbortsAFractionOfAttempts_thenResultsDoNotChange() throws Exception {
        String[] f = runChild("0.3", "2000").split(" ");
        assertEquals(4000, Integer.parseInt(f[0]), "both counters moved once per transaction");
        long chaos = Long.parseLong(f[1]);
        long commits = Long.parseLong(f[2]);
        assertEquals(2000, commits);
        double fraction = chaos / (double) (chaos + commits);
        assertTrue(fraction > 0.15 && fraction < 0.45, "chaos fraction of attempts " + fraction);
    }

    @Test
    void whenChaosModeIsOff_thenNoChaosAbortHappens() throws Exception {
        String[] f = runChild("0", "500").split(" ");
        assertEquals(1000, Integer.parseInt(f[0]));
        assertEquals(0, Long.parseLong(f[1]));
    }
}
