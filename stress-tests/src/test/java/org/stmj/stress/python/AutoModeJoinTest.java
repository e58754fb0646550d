package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * A thread waiting in {@code join()} waits once, with the GIL released, until the joined thread ends: it does not
 * wake to look again (it used to, every 50 ms, and each wake-up retook the GIL from the running worker, a spell
 * of contention in auto mode). Program: {@code src/test/resources/auto/join_wait.py} (a worker computes for a
 * second while the main thread joins it).
 */
class AutoModeJoinTest extends AutoModeFixture {
    @Test
    void whenMainThreadJoinsComputingWorker_thenItWakesOnceAndNothingRunsTransactionally() throws Exception {
        long spells = Rt.contendedSpells();
        long entries = Rt.stmEntries();
        String[] lines = runProgram("join_wait.py", 120, "1.0");
        String out = String.join("\n", lines);
        assertEquals("commits 0", lines[0], out);
        assertEquals("worker done: True", lines[1], out);
        // the start makes at most a spell or two (the starter waits for the started thread); polling every 50 ms
        // made about 20 in the worker's second
        long made = Rt.contendedSpells() - spells;
        assertTrue(made <= 4, "spells of contention while the main thread joined: " + made);
        assertEquals(entries, Rt.stmEntries(), "a dispatch loop entered its twin");
    }
}
