package org.stmj.transform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * The stack VM with its frames and thread states configured as confined classes (value stack and the thread's
 * locals as confined arrays, bytecode as an immutable array), run by two threads in STM mode: every bytecode is
 * still atomic, no update is lost, and after every restart (conflicts, and chaos aborts with
 * {@code -Dstmj.chaos=0.2}) the loop sees its frame, pc, sp, stack and the thread's loop counters exactly as
 * they were at the boundary the transaction began at: the executed-bytecode count comes out exact.
 */
class ConfinedStackVmTest {
    @AfterEach
    void gilMode() {
        Rt.setStmMode(false);
    }

    @Test
    void whenFrameStateIsConfined_thenRestartsSeeItRolledBackAndResultsAreExact() throws Exception {
        InterpreterTest.runTwoThreads(ConfinedBarrierShapeTest.confinedVm(), false, true);
    }

    @Test
    void whenFrameStateIsConfinedAndLoopYields_thenInevitableTailKeepsResults() throws Exception {
        InterpreterTest.runTwoThreads(ConfinedBarrierShapeTest.confinedVm(), true, true);
    }

    @Test
    void whenFrameStateIsConfinedInAutoMode_thenSwitchKeepsResults() throws Exception {
        InterpreterTest.runTwoThreads(ConfinedBarrierShapeTest.confinedVm(), false, false);
    }
}
