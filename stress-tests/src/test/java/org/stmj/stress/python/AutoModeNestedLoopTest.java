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
 * Auto mode's one-thread fast path holds in nested dispatch loops: a lone thread whose builtins call back into Python
 * (a nested loop per call: {@code sum()} over a generator, {@code map}, {@code sorted}/{@code max} with a key) runs
 * no transaction and never enters a loop's transactional twin. The program is
 * {@code src/test/resources/auto/nested.py}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoModeNestedLoopTest {
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
    void whenLoneThreadEntersNestedLoops_thenNoTransactionRuns() throws Exception {
        Path program = Path.of(getClass().getClassLoader().getResource("auto/nested.py").toURI());
        long entries = Rt.stmEntries();
        StmInterpreter.Result r = interpreter.run(new String[] {program.toString()}, new byte[0], 60, "nested.py");
        assertEquals(0, r.exit(), () -> "exit code\nstdout:\n" + r.out() + "stderr:\n" + r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        for (String line : lines) {
            assertTrue(line.endsWith(": True"), () -> line + "\nall output:\n" + r.out() + "stderr:\n" + r.err());
        }
        assertEquals(entries, Rt.stmEntries(), "no dispatch loop entered its transactional twin");
    }
}
