package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.python.golden.IsolatedRun;

/**
 * In STM mode a daemon thread spinning in pure Python when its program ends stops at its next split (the loop
 * twin's split hook, {@code Signals.atSplit}), as under the GIL it stops at its next boundary ({@code
 * ThreadShutdownTest}). Before, it ran on in the JVM for ever after an in-process run (a busy core in the golden
 * suite's JVM for the rest of the suite). Also with {@code -Dstmj.chaos=0.2}.
 */
class StmDaemonShutdownTest extends StmModeFixture {
    @Test
    void whenDaemonThreadsSpinInPurePythonAtExit_thenTheyEndSoonAfter(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("spin.py");
        Files.writeString(p, "import threading, time\n"
                + "def spin():\n    n = 0\n    while True:\n        n += 1\n"
                + "for i in range(2):\n    threading.Thread(target=spin, name='spin29-%d' % i, daemon=True).start()\n"
                + "time.sleep(0.05)\nprint('main')\n", StandardCharsets.UTF_8);
        StmInterpreter.Result r = interpreter.run(new String[] {p.toString()}, new byte[0], 60, "spin29");
        assertEquals("main\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
        List<String> alive = IsolatedRun.awaitThreadsEnded("spin29-", 10_000);
        assertTrue(alive.isEmpty(), "daemon threads still spinning 10 s after the program ended: " + alive);
    }
}
