package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode's one-thread fast path holds in nested dispatch loops: a lone thread whose builtins call back into Python
 * (a nested loop per call: {@code sum()} over a generator, {@code map}, {@code sorted}/{@code max} with a key) runs
 * no transaction and never enters a loop's transactional twin. The program is
 * {@code src/test/resources/auto/nested.py}.
 */
class AutoModeNestedLoopTest extends AutoModeFixture {

    @Test
    void whenLoneThreadEntersNestedLoops_thenNoTransactionRuns() throws Exception {
        long entries = Rt.stmEntries();
        String[] lines = runProgram("nested.py", 60);
        String out = String.join("\n", lines);
        assertEquals(2, lines.length, out);
        for (String line : lines) {
            assertTrue(line.endsWith(": True"), () -> line + "\nall output:\n" + out);
        }
        assertEquals(entries, Rt.stmEntries(), "no dispatch loop entered its transactional twin");
    }
}
