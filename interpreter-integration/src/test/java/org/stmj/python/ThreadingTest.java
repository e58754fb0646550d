package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Races under the GIL: every bytecode is atomic, and with atomic: makes whole blocks atomic. */
class ThreadingTest {
    private static String run(String src) {
        PyRun r = PyRun.code(src);
        assertEquals(0, r.rc, r.err);
        return r.out;
    }

    @Test
    void whenFourThreadsIncrementInsideAtomic_thenCountIsExact() {
        assertEquals("40000\n", run("import threading, sys\nsys.setswitchinterval(0.00001)\ncounter = 0\n"
                + "def work():\n    global counter\n    for _ in range(10000):\n        with atomic:\n            "
                + "counter += 1\n"
                + "ts = [threading.Thread(target=work) for _ in range(4)]\nfor t in ts: t.start()\nfor t in ts: "
                + "t.join()\n"
                + "print(counter)"));
    }

    @Test
    void whenThreadsAppendAndPopConcurrently_thenNoItemIsLostOrDuplicated() {
        assertEquals("True\n", run("import threading, sys\nsys.setswitchinterval(0.00001)\nsrc = list(range(20000))\n"
                + "got = [[] for _ in range(4)]\n"
                + "def work(i):\n    while True:\n        try:\n            got[i].append(src.pop())\n        except "
                + "IndexError:\n            return\n"
                + "ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]\n[t.start() for t in "
                + "ts]\n[t.join() for t in ts]\n"
                + "print(sorted(x for g in got for x in g) == list(range(20000)))"));
    }

    @Test
    void whenThreadsUpdateOneDict_thenAllKeysPresent() {
        assertEquals("8000 True\n", run("import threading, sys\nsys.setswitchinterval(0.00001)\nd = {}\n"
                + "def work(k):\n    for i in range(2000):\n        d[(k, i)] = i\n        d.setdefault('n', 0)\n"
                + "ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]\n[t.start() for t in "
                + "ts]\n[t.join() for t in ts]\n"
                + "print(len(d) - 1, all(d[(k, i)] == i for k in range(4) for i in range(2000)))"));
    }

    @Test
    void whenProducersAndConsumersShareAQueue_thenEveryItemIsConsumedOnce() {
        assertEquals("4000 7998000\n",
                run("import threading, queue\nq = queue.Queue(maxsize=10)\nout = []\nlock = threading.Lock()\n"
                + "def prod(base):\n    for i in range(2000):\n        q.put(base + i)\n"
                + "def cons():\n    while True:\n        x = q.get()\n        if x is None:\n            return\n     "
                + "   with lock:\n            out.append(x)\n"
                + "ps = [threading.Thread(target=prod, args=(b,)) for b in (0, 2000)]\ncs = "
                + "[threading.Thread(target=cons) for _ in range(3)]\n"
                + "[t.start() for t in ps + cs]\n[t.join() for t in ps]\nfor _ in cs: q.put(None)\n[t.join() for t in "
                + "cs]\n"
                + "print(len(out), sum(out))"));
    }

    @Test
    void whenConditionIsNotified_thenWaiterWakesWithTheItem() {
        assertEquals("got 42\n", run("import threading\ncond = threading.Condition()\nitems = []\n"
                + "def cons():\n    with cond:\n        cond.wait_for(lambda: items)\n        print('got', "
                + "items.pop())\n"
                + "t = threading.Thread(target=cons)\nt.start()\nwith cond:\n    items.append(42)\n    "
                + "cond.notify()\nt.join()"));
    }

    @Test
    void whenLockGuardsReadModifyWrite_thenNoUpdateIsLost() {
        assertEquals("20000\n",
                run("import threading, sys\nsys.setswitchinterval(0.00001)\nn = [0]\nlock = threading.Lock()\n"
                + "def work():\n    for _ in range(5000):\n        with lock:\n            n[0] = n[0] + 1\n"
                + "ts = [threading.Thread(target=work) for _ in range(4)]\n[t.start() for t in ts]\n[t.join() for t "
                + "in ts]\nprint(n[0])"));
    }

    @Test
    void whenAtomicBlocksNest_thenIsAtomicTracksDepth() {
        assertEquals("False True True False\n", run("import transaction\na = transaction.is_atomic()\n"
                + "with atomic:\n    b = transaction.is_atomic()\n    with transaction.atomic:\n        c = "
                + "transaction.is_atomic()\n"
                + "print(a, b, c, transaction.is_atomic())"));
    }

    @Test
    void whenExceptionLeavesAtomicBlock_thenBlockEndsAndEffectsStay() {
        assertEquals("[1] False\n",
                run("import transaction\nx = []\ntry:\n    with atomic:\n        x.append(1)\n        raise KeyError\n"
                + "except KeyError:\n    pass\nprint(x, transaction.is_atomic())"));
    }
}
