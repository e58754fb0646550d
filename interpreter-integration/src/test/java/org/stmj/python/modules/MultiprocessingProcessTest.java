package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/** multiprocessing in one process: a Process cannot start, and says why as a Python exception. */
class MultiprocessingProcessTest {
    @Test
    void whenAProcessIsStarted_thenOSErrorNamesTheThreadAlternatives() {
        PyRun r = PyRun.code("import multiprocessing\n"
                + "p = multiprocessing.Process(target=print, args=('child',))\n"
                + "try:\n"
                + "    p.start()\n"
                + "except OSError as e:\n"
                + "    print('OSError', e.errno == __import__('errno').ENOSYS, 'ThreadPool' in str(e))\n");
        assertEquals("", r.err);
        assertEquals("OSError True True\n", r.out);
    }

    @Test
    void whenAThreadPoolIsUsedAndTheProgramEnds_thenNothingIsReportedAtExit() {
        PyRun r = PyRun.code("from multiprocessing.pool import ThreadPool\n"
                + "pool = ThreadPool(2)\n"
                + "print(pool.map(abs, [-1, -2]))\n"
                + "pool.close()\n"
                + "pool.join()\n");
        assertEquals("[1, 2]\n", r.out);
        assertTrue(r.err.isEmpty(), r.err);
        assertEquals(0, r.rc);
    }
}
