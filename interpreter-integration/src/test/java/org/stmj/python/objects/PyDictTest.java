package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PyDictTest {
    @Test
    void whenManyInsertsAndDeletes_thenLookupsAndInsertionOrderHold() {
        PyDict d = new PyDict();
        for (int i = 0; i < 5000; i++) {
            d.put(null, Py.newInt(i), Py.newInt(i * 2));
        }
        for (int i = 0; i < 5000; i += 2) {
            d.remove(null, Py.newInt(i));
        }
        assertEquals(2500, d.size());
        for (int i = 0; i < 5000; i++) {
            PyObject v = d.get(null, Py.newInt(i));
            if (i % 2 == 0) {
                assertNull(v);
            } else {
                assertEquals(i * 2, ((PyInt) v).v);
            }
        }
        PyObject[] keys = d.keysArray();
        for (int i = 0; i < keys.length; i++) {
            assertEquals(2 * i + 1, ((PyInt) keys[i]).v);
        }
    }

    @Test
    void whenStringKeyLookedUpByJavaString_thenSameEntry() {
        PyDict d = new PyDict();
        d.put(null, Py.str("alpha"), Py.newInt(1));
        d.putStr("alpha", Py.newInt(2));
        assertEquals(1, d.size());
        assertEquals(2, ((PyInt) d.getStr("alpha")).v);
    }

    @Test
    void whenReinsertedAfterDelete_thenKeyMovesToTheEnd() {
        PyDict d = new PyDict();
        d.putStr("a", Py.None);
        d.putStr("b", Py.None);
        d.remove(null, Py.str("a"));
        d.putStr("a", Py.None);
        PyObject[] k = d.keysArray();
        assertEquals("b", ((PyStr) k[0]).value());
        assertEquals("a", ((PyStr) k[1]).value());
    }
}
