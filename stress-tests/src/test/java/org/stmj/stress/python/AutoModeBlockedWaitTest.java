package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stmj.transform.runtime.Rt;

/**
 * A thread blocked in a GIL-released call does not count as running: while the main thread waits on a lock the
 * worker holds, an event, a queue, a condition, a pipe read or a sleep, the computing worker runs alone,
 * uninstrumented, and no transaction runs ({@code src/test/resources/auto/blocked_waits.py}; joins are
 * {@link AutoModeJoinTest}'s).
 */
class AutoModeBlockedWaitTest extends AutoModeFixture {
    @ParameterizedTest
    @ValueSource(strings = {"lock", "event", "queue", "condition", "pipe", "sleep"})
    void whenMainThreadBlocksWhileWorkerComputes_thenNothingRunsTransactionally(String kind) throws Exception {
        long entries = Rt.stmEntries();
        String[] lines = runProgram("blocked_waits.py", 120, kind, "0.5");
        String out = kind + ":\n" + String.join("\n", lines);
        assertEquals("commits 0", lines[0], out);
        assertEquals("worker done: True", lines[1], out);
        assertEquals(entries, Rt.stmEntries(), "a dispatch loop entered its twin: " + out);
    }
}
