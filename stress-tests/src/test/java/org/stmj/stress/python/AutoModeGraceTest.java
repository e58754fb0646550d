package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode's grace period ({@code stmj.autoGraceMicros}, {@link Rt#setAutoGraceMicros}): two threads that run
 * bytecode at the same time switch to transactions only once they have both wanted to run for the whole grace
 * period. With a grace longer than their overlap they finish under the GIL (no transaction, no twin entered); with
 * none they switch at once and run transactions. The program is {@code src/test/resources/auto/overlap.py}.
 */
class AutoModeGraceTest extends AutoModeFixture {
    /** Spins per thread: well over a thousand transactions' worth of bytecode, and a second or so under a GIL. */
    private static final String SPINS = "300000";

    private long previousGrace;

    @BeforeAll
    void saveGrace() {
        previousGrace = Rt.autoGraceMicros();
    }

    @AfterEach
    void restoreGrace() {
        Rt.setAutoGraceMicros(previousGrace);
    }

    /** Runs overlap.py; returns the transactions it counted while its two threads ran. */
    private long runOverlap() throws Exception {
        String[] lines = runProgram("overlap.py", 120, SPINS);
        String out = String.join("\n", lines);
        assertEquals(2, lines.length, out);
        assertTrue(lines[1].endsWith(": True"), out);
        assertTrue(lines[0].startsWith("commits "), out);
        return Long.parseLong(lines[0].substring("commits ".length()));
    }

    @Test
    void whenOverlapIsShorterThanGrace_thenThreadsStayUninstrumented() throws Exception {
        Rt.setAutoGraceMicros(600_000_000L);
        long entries = Rt.stmEntries();
        assertEquals(0, runOverlap(), "transactions while two threads ran within the grace period");
        assertEquals(entries, Rt.stmEntries(), "a dispatch loop entered its transactional twin within the grace");
    }

    @Test
    void whenGraceIsZero_thenTwoRunningThreadsSwitchToTransactionsAtOnce() throws Exception {
        Rt.setAutoGraceMicros(0);
        long entries = Rt.stmEntries();
        long commits = runOverlap();
        assertTrue(commits > 100, "transactions while two threads ran without a grace period: " + commits);
        assertTrue(Rt.stmEntries() >= entries + 2, "both threads entered the transactional twin");
    }
}
