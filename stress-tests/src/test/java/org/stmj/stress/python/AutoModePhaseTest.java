package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode's phase rules on the Python interpreter (transformed in this JVM, as in {@link GoldenAutoTest}), observed
 * through the commit counts of {@code transaction.stats()} phase by phase and the runtime's counters: a lone thread
 * runs no transaction; a thread blocked in a GIL-released call (join, sleep) does not count as running, so the other
 * runs uninstrumented; two threads running bytecode at once switch to STM, where the GIL is inert (a ping-pong with a
 * one-second switch interval finishes, which under a GIL would take over 100 s); and a thread left alone goes back to
 * GIL execution. The program is {@code src/test/resources/auto/phases.py}; every line it prints must be true.
 */
class AutoModePhaseTest extends AutoModeFixture {

    @Test
    void whenThreadsStartBlockAndFinish_thenAutoModeSwitchesToStmAndBackAtTheRightTimes() throws Exception {
        long entries = Rt.stmEntries();
        long returns = Rt.gilReturns();
        String[] lines = runProgram("phases.py", 90);
        String out = String.join("\n", lines);
        assertEquals(5, lines.length, out);
        for (String line : lines) {
            assertTrue(line.endsWith(": True"), () -> line + "\nall output:\n" + out);
        }
        assertTrue(Rt.stmEntries() >= entries + 2, "both ping-pong threads entered STM");
        assertTrue(Rt.gilReturns() > returns, "a thread went back to GIL execution");
    }
}
