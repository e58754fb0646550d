package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Where Linux gives each thread a schedstat file, auto mode's watcher reads the threads' CPU time there and never
 * initialises the JVM's thread CPU clock (the management module, tens of ms of CPU once per process); the CPU grace
 * still lets two busy threads switch to transactions. Program: {@code src/test/resources/auto/overlap.py}.
 */
class AutoModeCpuClockTest extends AutoModeFixture {
    private long previousGrace;
    private long previousDelay;

    @BeforeAll
    void saveSettings() {
        previousGrace = Rt.autoGraceMicros();
        previousDelay = Rt.autoClockAfterMicros();
    }

    @AfterEach
    void restoreSettings() {
        Rt.setAutoGraceMicros(previousGrace);
        Rt.setAutoClockAfterMicros(previousDelay);
    }

    @Test
    void whenSpellsAreClockedOnLinux_thenSchedstatIsReadAndJvmClockIsNotCreated() throws Exception {
        assumeTrue(new File("/proc/thread-self/schedstat").canRead(), "no per-thread schedstat file here");
        assertFalse(Rt.jvmCpuClockUsed(), "the JVM's CPU clock was created before this test");
        Rt.setAutoGraceMicros(1000);
        Rt.setAutoClockAfterMicros(0);
        long clocked = Rt.clockedSpells();
        long entries = Rt.stmEntries();
        String[] lines = runProgram("overlap.py", 120, "300000");
        assertEquals(2, lines.length, String.join("\n", lines));
        long commits = Long.parseLong(lines[0].substring("commits ".length()));
        assertTrue(Rt.clockedSpells() > clocked, "no spell read CPU clocks with a zero clock delay");
        assertTrue(commits > 100, "transactions of two busy threads after the CPU grace: " + commits);
        assertTrue(Rt.stmEntries() >= entries + 2, "both threads entered the transactional twin");
        assertFalse(Rt.jvmCpuClockUsed(), "the watcher created the JVM's CPU clock although schedstat was there");
    }
}
