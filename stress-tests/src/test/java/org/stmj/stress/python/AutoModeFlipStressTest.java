package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode switching back and forth many times: rounds of four short threads that end at different times, take a
 * lock, wait on an event, a queue and a sleep, and are joined ({@code src/test/resources/auto/mode_flips.py}). A
 * thread whose outermost loop returned while it ran transactionally (it holds no GIL then) and that runs Python
 * again afterwards (its closing flush of stdout, run from a dispatch loop) used to run that loop as a GIL thread
 * without the GIL: at a boundary where another thread asked for the GIL it died with an
 * {@code IllegalMonitorStateException} from {@code Gil.yieldGil}, and in between it ran uninstrumented code
 * alongside the thread that did hold the GIL.
 */
class AutoModeFlipStressTest extends AutoModeFixture {
    private long previousGrace;

    @BeforeAll
    void saveGrace() {
        previousGrace = Rt.autoGraceMicros();
    }

    @AfterEach
    void restoreGrace() {
        Rt.setAutoGraceMicros(previousGrace);
    }

    @Test
    void whenThreadsStartEndAndBlockWhileModeFlips_thenNoThreadDiesAndResultsAreSequentialOnes() throws Exception {
        // no grace: two running threads switch to transactions at once, so the program flips modes many times
        Rt.setAutoGraceMicros(0L);
        long entries = Rt.stmEntries();
        long returns = Rt.gilReturns();
        Path program = Path.of(getClass().getClassLoader().getResource("auto/mode_flips.py").toURI());
        for (int run = 0; run < 4; run++) {
            StmInterpreter.Result r = interpreter.run(new String[] {program.toString(), "15"}, new byte[0], 300,
                    "mode_flips.py");
            String all = "run " + run + "\nstdout:\n" + r.out() + "stderr:\n" + r.err();
            assertEquals(0, r.exit(), all);
            assertEquals("", r.err(), all);
            assertEquals("rounds 15\nsame True", r.out().strip(), all);
        }
        assertTrue(Rt.stmEntries() > entries, "no thread ever ran transactionally");
        assertTrue(Rt.gilReturns() > returns, "no thread ever went back to the GIL alone");
    }
}
