package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PySetTest {
    private static long[] values(PySet s) {
        PyObject[] a = s.toArray();
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = ((PyInt) a[i]).v;
        }
        return r;
    }

    @Test
    void whenSmallIntsAdded_thenIterationOrderIsCPythons() {
        PySet s = new PySet(false);
        for (long v : new long[] {5, 3, 100, 1}) {
            s.add(null, Py.newInt(v));
        }
        assertArrayEquals(new long[] {1, 3, 100, 5}, values(s));
    }

    @Test
    void whenTableGrows_thenAllMembersRemainAndOrderFollowsHashes() {
        PySet s = new PySet(false);
        for (long v = 20; v > 0; v--) {
            s.add(null, Py.newInt(v));
        }
        long[] got = values(s);
        assertEquals(20, got.length);
        for (int i = 0; i < 20; i++) {
            assertEquals(i + 1, got[i]);
        }
    }

    @Test
    void whenDiscardedThenReAdded_thenMembershipIsConsistent() {
        PySet s = new PySet(false);
        for (int i = 0; i < 100; i++) {
            s.add(null, Py.newInt(i));
        }
        for (int i = 0; i < 100; i += 3) {
            s.discard(null, Py.newInt(i));
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(i % 3 != 0, s.has(null, Py.newInt(i)));
        }
        s.add(null, Py.newInt(0));
        assertEquals(67, s.size());
    }
}
