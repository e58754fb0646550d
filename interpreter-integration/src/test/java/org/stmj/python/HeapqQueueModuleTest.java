package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Java accelerators _heapq, _bisect and _queue. */
class HeapqQueueModuleTest {
    private static String run(String src) {
        PyRun r = PyRun.code(src);
        assertEquals(0, r.rc, r.err);
        return r.out;
    }

    @Test
    void whenComparisonShrinksTheHeap_thenRuntimeErrorNotAJavaException() {
        assertEquals("RuntimeError list changed size during iteration\n", run("import _heapq\n"
                + "class E:\n    def __lt__(self, o):\n        h.clear()\n        return False\n"
                + "h = [E(), E(), E()]\ntry:\n    _heapq.heappop(h)\n"
                + "except RuntimeError as e:\n    print('RuntimeError', e)"));
    }

    @Test
    void whenHeapSortedThroughPushAndPop_thenOrderIsSorted() {
        assertEquals("True\n", run("import _heapq, random\nr = random.Random(1)\n"
                + "d = [r.random() for _ in range(500)]\nh = []\nfor x in d: _heapq.heappush(h, x)\n"
                + "print([_heapq.heappop(h) for _ in d] == sorted(d))"));
    }

    @Test
    void whenBisectOnSequenceWithoutList_thenGetitemAndInsertAreUsed() {
        assertEquals("2 [1, 2, 3]\n", run("import _bisect\n"
                + "class S(list):\n    pass\ns = S([1, 3])\n_bisect.insort(s, 2) if hasattr(_bisect, 'insort') "
                + "else _bisect.insort_right(s, 2)\nprint(_bisect.bisect_left(s, 3), list(s))"));
    }

    @Test
    void whenGetBlocksOnEmptySimpleQueue_thenPutFromAnotherThreadWakesIt() {
        assertEquals("42 True\n", run("import _queue, threading, time\nq = _queue.SimpleQueue()\n"
                + "t = threading.Thread(target=lambda: (time.sleep(0.1), q.put(42)))\nt.start()\n"
                + "v = q.get(timeout=10)\nt.join()\nprint(v, q.empty())"));
    }

    @Test
    void whenTimedGetFindsNothing_thenTheModulesEmptyIsRaised() {
        assertEquals("True\n", run("import _queue\ntry:\n    _queue.SimpleQueue().get(timeout=0.01)\n"
                + "except _queue.Empty:\n    print(True)"));
    }
}
