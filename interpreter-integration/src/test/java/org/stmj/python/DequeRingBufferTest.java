package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** collections.deque's ring buffer (objects/PyDeque): wrap-around, growth and shrinking agree with a list model. */
class DequeRingBufferTest {
    private static String run(String src) {
        PyRun r = PyRun.code(src);
        assertEquals(0, r.rc, r.err);
        return r.out;
    }

    @Test
    void whenRandomOperationsHitBothEnds_thenDequeMatchesListModel() {
        assertEquals("ok 0\n", run("import random\nfrom collections import deque\n"
                + "r = random.Random(7)\nd = deque()\nm = []\nbad = 0\n"
                + "for step in range(20000):\n"
                + "    k = r.randrange(10)\n"
                + "    if k < 3:\n        x = r.random(); d.append(x); m.append(x)\n"
                + "    elif k < 5:\n        x = r.random(); d.appendleft(x); m.insert(0, x)\n"
                + "    elif k == 5 and m:\n        bad += d.pop() is not m.pop()\n"
                + "    elif k == 6 and m:\n        bad += d.popleft() is not m.pop(0)\n"
                + "    elif k == 7 and m:\n        n = r.randrange(-30, 30); d.rotate(n)\n"
                + "        n %= len(m); m[:] = m[len(m) - n:] + m[:len(m) - n]\n"
                + "    elif k == 8:\n        i = r.randrange(-len(m) - 2, len(m) + 2); x = r.random()\n"
                + "        d.insert(i, x); m.insert(i, x)\n"
                + "    elif k == 9 and m:\n        i = r.randrange(-len(m), len(m)); del d[i]; del m[i]\n"
                + "    if step % 500 == 0:\n        bad += list(d) != m or len(d) != len(m)\n"
                + "        bad += any(d[i] is not m[i] for i in range(-len(m), len(m)))\n"
                + "print('ok', bad + (list(d) != m))"));
    }

    @Test
    void whenQueueGrowsLargeAndDrains_thenItemsComeOutInOrderAndIndexingStaysRight() {
        assertEquals("True True 0\n", run("from collections import deque\nd = deque()\n"
                + "for i in range(200000):\n    d.append(i)\n"
                + "mid = d[100000] == 100000 and d[-1] == 199999\n"
                + "ok = all(d.popleft() == i for i in range(200000))\nprint(mid, ok, len(d))"));
    }

    @Test
    void whenFullRingRotates_thenOrderIsRotated() {
        assertEquals("[5, 6, 7, 0, 1, 2, 3, 4] [2, 3, 4, 5, 6, 7, 0, 1]\n", run("from collections import deque\n"
                + "d = deque(range(8))\nd.rotate(3)\na = list(d)\nd.rotate(-5)\nprint(a, list(d))"));
    }
}
