package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/** Weak references are really weak: gc.collect() clears them and runs callbacks once, at a safe point. */
class PyWeakRefTest {
    @Test
    void whenReferentUnreachable_thenCollectClearsTheReferenceAndRunsTheCallbackOnce() {
        PyRun r = PyRun.code("import gc, weakref\n"
                + "class C: pass\n"
                + "log = []\n"
                + "o = C()\n"
                + "w = weakref.ref(o, lambda ref: log.append(ref is w))\n"
                + "del o\n"
                + "gc.collect(); gc.collect()\n"
                + "print(w(), log)\n");
        assertEquals("None [True]\n", r.out, r.err);
    }

    @Test
    void whenReferentStillReachable_thenCollectKeepsIt() {
        PyRun r = PyRun.code("import gc, weakref\n"
                + "class C: pass\n"
                + "keep = [C()]\n"
                + "w = weakref.ref(keep[0])\n"
                + "gc.collect()\n"
                + "print(w() is keep[0])\n");
        assertEquals("True\n", r.out, r.err);
    }

    @Test
    void whenWeakValueDictionaryValuesDie_thenTheirEntriesDisappear() {
        PyRun r = PyRun.code("import gc, weakref\n"
                + "class C: pass\n"
                + "d = weakref.WeakValueDictionary()\n"
                + "keep = []\n"
                + "for i in range(100):\n"
                + "    c = C(); d[i] = c\n"
                + "    if i % 10 == 0: keep.append(c)\n"
                + "del c\n"
                + "gc.collect()\n"
                + "print(len(d), sorted(d) == list(range(0, 100, 10)))\n");
        assertEquals("10 True\n", r.out, r.err);
    }
}
