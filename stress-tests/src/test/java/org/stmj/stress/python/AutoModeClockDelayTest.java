package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode's watcher reads threads' CPU clocks (creating the JVM's thread CPU clock, tens of ms once per process)
 * only for a spell of contention that has lasted the clock delay ({@code stmj.autoClockAfterMicros},
 * {@link Rt#setAutoClockAfterMicros}): a spell that ends sooner never reads one, and two busy threads still switch
 * to transactions once it has passed. Program: {@code src/test/resources/auto/overlap.py} (two threads spinning).
 */
class AutoModeClockDelayTest extends AutoModeFixture {
    /**
     * Long enough that the two threads overlap well past the 10 ms clock delay of the switching case even when the
     * suite's JVM runs the loop compiled: 300,000 spins (~15 ms a thread) once ended inside the window (0 commits).
     */
    private static final String SPINS = "3000000";

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

    /** Runs overlap.py; returns the transactions it counted while its two threads ran. */
    private long runOverlap() throws Exception {
        String[] lines = runProgram("overlap.py", 120, SPINS);
        String out = String.join("\n", lines);
        assertEquals(2, lines.length, out);
        assertTrue(lines[1].endsWith(": True"), out);
        return Long.parseLong(lines[0].substring("commits ".length()));
    }

    @Test
    void whenSpellsEndBeforeClockDelay_thenNoCpuClockIsReadAndThreadsStayUninstrumented() throws Exception {
        Rt.setAutoGraceMicros(1000);
        Rt.setAutoClockAfterMicros(600_000_000L);
        long clocked = Rt.clockedSpells();
        long entries = Rt.stmEntries();
        assertEquals(0, runOverlap(), "transactions while the spell was shorter than the clock delay");
        assertEquals(clocked, Rt.clockedSpells(), "a spell shorter than the clock delay read CPU clocks");
        assertEquals(entries, Rt.stmEntries(), "a dispatch loop entered its twin within the clock delay");
    }

    @Test
    void whenClockDelayIsZero_thenWatcherReadsCpuClocksFromSpellStart() throws Exception {
        Rt.setAutoGraceMicros(1000);
        Rt.setAutoClockAfterMicros(0);
        long clocked = Rt.clockedSpells();
        runOverlap();
        assertTrue(Rt.clockedSpells() > clocked, "no spell read CPU clocks with a zero clock delay");
    }

    @Test
    void whenBusyThreadsOutlastClockDelay_thenTheySwitchToTransactions() throws Exception {
        Rt.setAutoGraceMicros(1000);
        Rt.setAutoClockAfterMicros(10_000);
        long entries = Rt.stmEntries();
        long commits = runOverlap();
        assertTrue(commits > 100, "transactions of two busy threads after the clock delay: " + commits);
        assertTrue(Rt.stmEntries() >= entries + 2, "both threads entered the transactional twin");
    }
}
