package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PyType#version}: changes, to a value never seen before, for a class and its subclasses on every change
 * that can alter an attribute lookup's structure, and stays the same when a class attribute is rebound in place.
 */
class TypeVersionTest {
    private static PyType heap(String name, PyType... bases) {
        return new PyType(null, name, bases.length == 0 ? new PyType[] {Builtins.OBJECT} : bases, new PyDict());
    }

    @Test
    void whenMethodAssignedOnBase_thenBaseAndSubclassVersionsChange() {
        PyType a = heap("A");
        PyType b = heap("B", a);
        long va = a.version, vb = b.version;
        Ops.genericSetattr(null, a, "m", Py.str("x"));
        assertNotEquals(va, a.version);
        assertNotEquals(vb, b.version);
    }

    @Test
    void whenClassAttributeReboundInPlace_thenVersionsStay() {
        PyType a = heap("A");
        PyType b = heap("B", a);
        Ops.genericSetattr(null, a, "count", Py.newInt(0));
        long va = a.version, vb = b.version;
        for (int i = 1; i < 10; i++) {
            Ops.genericSetattr(null, a, "count", Py.newInt(i));
        }
        assertEquals(va, a.version);
        assertEquals(vb, b.version);
    }

    @Test
    void whenPlainAttributeReboundToDataDescriptor_thenVersionChanges() {
        PyType a = heap("A");
        PyType b = heap("B", a);
        Ops.genericSetattr(null, a, "x", Py.newInt(1));
        long vb = b.version;
        Ops.genericSetattr(null, a, "x", new PyProperty(Py.None, Py.None, Py.None, Py.None));
        assertNotEquals(vb, b.version);
        vb = b.version;
        Ops.genericSetattr(null, a, "x", Py.newInt(2));
        assertNotEquals(vb, b.version, "a data descriptor replaced by a plain value");
    }

    @Test
    void whenAttributeDeleted_thenSubclassVersionChanges() {
        PyType a = heap("A");
        PyType b = heap("B", a);
        Ops.genericSetattr(null, a, "x", Py.newInt(1));
        long vb = b.version;
        a.dict.remove(null, Py.str("x"));
        assertNotEquals(vb, b.version);
    }

    @Test
    void whenNamespaceDictChangedDirectly_thenVersionChanges() {
        PyType a = heap("A");
        long va = a.version;
        a.dict.putStr("added", Py.None);
        assertNotEquals(va, a.version);
        va = a.version;
        a.dict.clear();
        assertNotEquals(va, a.version);
    }

    @Test
    void whenDunderAssigned_thenSlotTableAndVersionChange() {
        PyType a = heap("A");
        PyType b = heap("B", a);
        Ops.genericSetattr(null, a, "__getattr__", Py.None);
        long vb = b.version;
        Ops.genericSetattr(null, a, "__getattr__", Py.newInt(3));
        assertNotEquals(vb, b.version, "a dunder rebound in place refreshes the slots and the version");
    }

    @Test
    void whenBasesAssigned_thenMrosAndVersionsBelowChange() {
        PyType a = heap("A");
        PyType b = heap("B");
        PyType c = heap("C", a);
        PyType d = heap("D", c);
        long vc = c.version, vd = d.version;
        Ops.genericSetattr(null, c, "__bases__", new PyTuple(new PyObject[] {b}));
        assertNotEquals(vc, c.version);
        assertNotEquals(vd, d.version);
        assertEquals(java.util.List.of(d, c, b, Builtins.OBJECT), java.util.List.of(d.mro));
        long vd2 = d.version;
        b.dict.putStr("later", Py.None);
        assertNotEquals(vd2, d.version, "D is now below B: B's changes reach it");
    }

    @Test
    void whenLayoutsOfDictsAndTypesChange_thenNoVersionRepeats() {
        Set<Long> seen = new HashSet<>();
        PyType a = heap("A");
        PyDict d = new PyDict();
        assertTrue(seen.add(a.version));
        for (int i = 0; i < 100; i++) {
            d.putStr("k" + i, Py.None);
            assertTrue(seen.add(d.version()), "dict version repeated");
            a.dict.putStr("k" + i, Py.None);
            assertTrue(seen.add(a.version), "type version repeated");
            assertTrue(seen.add(a.dict.version()), "type dict version repeated");
            if (i % 3 == 0) {
                d.remove(null, Py.str("k" + i));
                assertTrue(seen.add(d.version()));
            }
        }
    }
}
