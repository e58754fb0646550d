package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The {@code transaction} module's API under the GIL: same names as PyPy-STM's, no parallelism. */
class TransactionModuleTest {
    private static String run(String src) {
        PyRun r = PyRun.code(src);
        assertEquals(0, r.rc, r.err);
        return r.out;
    }

    @Test
    void whenInsideAndOutsideAtomic_thenIsAtomicTellsAndHintCommitSoonIsHarmless() {
        assertEquals("False True True False\n", run("import transaction\na = transaction.is_atomic()\n"
                + "with transaction.atomic:\n    b = transaction.is_atomic()\n    with atomic:\n"
                + "        c = transaction.is_atomic()\n    transaction.hint_commit_soon()\n"
                + "print(a, b, c, transaction.is_atomic())"));
    }

    @Test
    void whenUnderTheGil_thenTheSegmentLimitIsOne() {
        assertEquals("1\n", run("import transaction\nprint(transaction.getsegmentlimit())"));
    }

    @Test
    void whenThreadsSetALocal_thenEachSeesItsOwnValue() {
        assertEquals("main [0, 1, 2] True\n", run("import transaction, threading\nloc = transaction.local()\n"
                + "loc.v = 'main'\nseen = [None] * 3\n"
                + "def work(i):\n    loc.v = i\n    seen[i] = loc.v\n"
                + "ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]\n"
                + "for t in ts: t.start()\nfor t in ts: t.join()\n"
                + "print(loc.v, seen, transaction.local is threading.local)"));
    }

    @Test
    void whenAThreadLocalPropertyIsUsed_thenEachThreadGetsItsOwnDefault() {
        assertEquals("[1] [[1]] False\n", run("import transaction, threading\n"
                + "class C:\n    items = transaction.threadlocalproperty(list)\n"
                + "c = C()\nc.items.append(1)\nother = []\n"
                + "def work():\n    c.items.append(1)\n    other.append(c.items)\n"
                + "t = threading.Thread(target=work)\nt.start()\nt.join()\n"
                + "print(c.items, other, other[0] is c.items)"));
    }

    @Test
    void whenStatsAreAsked_thenTheyComeAsADictWithTheReportsFigures() {
        assertEquals("True True True True True\n", run("import transaction\ns = transaction.stats()\n"
                + "keys = {'commits', 'aborts', 'aborts_by_cause', 'inevitable', 'time_lost', 'inevitable_wait',"
                + " 'gil_released', 'bytecodes_per_transaction', 'threads', 'conflicts', 'inevitable_reasons'}\n"
                + "print(keys <= set(s), isinstance(s['conflicts'], list), isinstance(s['time_lost'], float),"
                + " set(s['bytecodes_per_transaction']) == {'transactions', 'median', 'max'},"
                + " transaction.report().startswith('==== stmj report'))"));
    }

    @Test
    void whenTimeAndClockAreRead_thenTheyAreFloatsThatDoNotGoBack() {
        assertEquals("True True\n", run("import transaction\na = transaction.clock()\nb = transaction.clock()\n"
                + "print(b >= a, transaction.time() > 1.7e9)"));
    }
}
