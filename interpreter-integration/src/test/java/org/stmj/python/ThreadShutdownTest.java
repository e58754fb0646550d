package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The end of a program with CPython's threading over the Java _thread: threading._shutdown joins the non-daemon
 * threads, a daemon thread does not hold up the exit, and a thread's state lock is released when it ends.
 */
class ThreadShutdownTest {
    @Test
    void whenNonDaemonThreadStillRunsAtExit_thenItIsJoinedFirst() {
        PyRun r = PyRun.code("import threading, time\n"
                + "def late():\n    time.sleep(0.2)\n    print('late')\n"
                + "threading.Thread(target=late).start()\nprint('main')");
        assertEquals("main\nlate\n", r.out, r.err);
        assertEquals(0, r.rc);
    }

    @Test
    void whenDaemonThreadSleepsAtExit_thenTheProgramEndsWithoutWaiting() {
        long t0 = System.nanoTime();
        PyRun r = PyRun.code("import threading, time\n"
                + "threading.Thread(target=time.sleep, args=(30,), daemon=True).start()\nprint('main')");
        assertEquals("main\n", r.out, r.err);
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "the exit waited for the daemon thread");
    }

    @Test
    void whenDaemonThreadsSpinInPurePythonAtExit_thenTheyEndSoonAfter() throws InterruptedException {
        // no blocking call ever stops them: they end at a bytecode boundary once the program has ended
        PyRun r = PyRun.code("import threading\n"
                + "def spin():\n    n = 0\n    while True:\n        n += 1\n"
                + "for i in range(2):\n    threading.Thread(target=spin, name='spin28-%d' % i, daemon=True).start()\n"
                + "print('main')");
        assertEquals("main\n", r.out, r.err);
        // one spinner alone too (no other thread asks it for the GIL)
        PyRun r1 = PyRun.code("import threading, time\n"
                + "def spin():\n    n = 0\n    while True:\n        n += 1\n"
                + "threading.Thread(target=spin, name='spin28-solo', daemon=True).start()\n"
                + "time.sleep(0.05)\nprint('main')");
        assertEquals("main\n", r1.out, r1.err);
        java.util.List<String> alive = org.stmj.python.golden.IsolatedRun.awaitThreadsEnded("spin28-", 10_000);
        assertTrue(alive.isEmpty(), "daemon threads still spinning 10 s after the program ended: " + alive);
    }

    @Test
    void whenThreadEnds_thenItsStateLockCanBeAcquired() {
        PyRun r = PyRun.code("import threading\n"
                + "e = threading.Event()\nt = threading.Thread(target=e.wait)\nt.start()\n"
                + "lk = t._tstate_lock\nprint(lk.locked(), lk.acquire(timeout=0))\ne.set()\n"
                + "print(lk.acquire(timeout=10), t.is_alive())\nlk.release()\nprint(t.is_alive())\nt.join()");
        assertEquals("True False\nTrue True\nFalse\n", r.out, r.err);
    }

    @Test
    void whenRawThreadStarted_thenStartNewThreadReturnsItsIdent() {
        PyRun r = PyRun.code("import _thread, time\nseen = []\n"
                + "i = _thread.start_new_thread(lambda: seen.append(_thread.get_ident()), ())\n"
                + "while not seen: time.sleep(0.01)\nprint(type(i).__name__, seen[0] == i)");
        assertEquals("int True\n", r.out, r.err);
    }
}
