package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LayoutTest {
    private static PyDict instanceDict() {
        PyDict d = new PyDict();
        d.layout = Layout.EMPTY;
        return d;
    }

    @Test
    void whenTwoDictsGetTheSameKeysInOrder_thenTheyShareOneLayout() {
        PyDict a = instanceDict(), b = instanceDict();
        a.putStr("x", Py.newInt(1));
        a.putStr("y", Py.newInt(2));
        b.putStr("x", Py.newInt(3));
        b.putStr("y", Py.newInt(4));
        assertSame(a.layout, b.layout);
        assertEquals(2, a.layout.size());
        assertEquals("x", a.layout.keyAt(0));
        assertEquals("y", a.layout.keyAt(1));
        assertEquals(4, ((PyInt) b.getStrAt(a.layoutAt(1), 1, "y")).v);
    }

    @Test
    void whenKeysInAnotherOrder_thenAnotherLayoutAndTheKeyIsChecked() {
        PyDict a = instanceDict(), b = instanceDict();
        a.putStr("x", Py.newInt(1));
        a.putStr("y", Py.newInt(2));
        b.putStr("y", Py.newInt(3));
        b.putStr("x", Py.newInt(4));
        assertNotSame(a.layout, b.layout);
        // a's layout says x at 0; in b position 0 holds y: the key check answers "not here"
        assertNull(b.getStrAt(a.layoutAt(0), 0, "x"));
        assertEquals(false, b.putStrAt(a.layoutAt(0), 0, "x", Py.newInt(9)));
        assertEquals(3, ((PyInt) b.getStr("y")).v);
    }

    @Test
    void whenDeletedOrNonStrKeyOrCleared_thenNoLayoutUntilCleared() {
        PyDict a = instanceDict();
        a.putStr("x", Py.newInt(1));
        a.putStr("y", Py.newInt(2));
        Layout xy = a.layout;
        a.remove(null, Py.str("x"));
        assertNull(a.layout);
        assertSame(Layout.NONE, a.layoutAt(0));
        assertNull(a.getStrAt(xy, 0, "x"));
        PyDict b = instanceDict();
        b.put(null, Py.newInt(5), Py.newInt(1));
        assertNull(b.layout);
        a.clear();
        assertNull(a.layout); // not an instance dict (no keysOf): cleared without a layout
    }

    @Test
    void whenManyKeys_thenNoLayoutPastTheBound() {
        PyDict a = instanceDict();
        for (int i = 0; i < Layout.MAX_SIZE; i++) {
            a.putStr("k" + i, Py.newInt(i));
        }
        assertEquals(Layout.MAX_SIZE, a.layout.size());
        a.putStr("one more", Py.newInt(0));
        assertNull(a.layout);
        assertNull(Layout.next(Layout.NONE, "x"));
        assertNull(Layout.next(null, "x"));
    }

    @Test
    void whenManyChildren_thenEachFoundAgain() {
        Layout root = Layout.newRoot();
        for (int i = 0; i < 100; i++) {
            Layout c = Layout.next(root, "first" + i);
            assertEquals(1, c.size());
            assertSame(c, Layout.next(root, "first" + i));
            assertEquals("first" + i, c.keyAt(0));
        }
    }
}
