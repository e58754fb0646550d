package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode's phase rules on the Python interpreter (transformed in this JVM, as in {@link GoldenAutoTest}), observed
 * through the commit counts of {@code transaction.stats()} phase by phase and the runtime's counters: a lone thread
 * runs no transaction; a thread blocked in a GIL-released call (join, sleep) does not count as running, so the other
 * runs uninstrumented; two threads running bytecode at once switch to STM, where the GIL is inert (a ping-pong with a
 * one-second switch interval finishes, which under a GIL would take over 100 s); and a thread left alone goes back to
 * GIL execution. The program is {@code src/test/resources/auto/phases.py}; every line it prints must be true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoModePhaseTest {
    private StmInterpreter interpreter;
    private String previousMode;

    @BeforeAll
    void transform() throws Exception {
        previousMode = System.setProperty("stmj.mode", "auto");
        interpreter = new StmInterpreter();
        Rt.setMode("auto");
    }

    @AfterAll
    void gilMode() {
        Rt.setMode("gil");
        if (previousMode == null) {
            System.clearProperty("stmj.mode");
        } else {
            System.setProperty("stmj.mode", previousMode);
        }
    }

    @Test
    void whenThreadsStartBlockAndFinish_thenAutoModeSwitchesToStmAndBackAtTheRightTimes() throws Exception {
        Path program = Path.of(getClass().getClassLoader().getResource("auto/phases.py").toURI());
        long entries = Rt.stmEntries();
        long returns = Rt.gilReturns();
        StmInterpreter.Result r = interpreter.run(new String[] {program.toString()}, new byte[0], 90, "phases.py");
        assertEquals(0, r.exit(), () -> "exit code\nstdout:\n" + r.out() + "stderr:\n" + r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(5, lines.length, r.out());
        for (String line : lines) {
            assertTrue(line.endsWith(": True"), () -> line + "\nall output:\n" + r.out() + "stderr:\n" + r.err());
        }
        assertTrue(Rt.stmEntries() >= entries + 2, "both ping-pong threads entered STM");
        assertTrue(Rt.gilReturns() > returns, "a thread went back to GIL execution");
    }
}
