package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A built-in declared with an argument range refuses calls outside it with CPython's TypeError, body not run. */
class PyBuiltinArityTest {
    private static final PyObject SELF = Py.newInt(7);

    /** A method descriptor of "list" taking 1..2 arguments after self, no keywords; the body returns its last. */
    private static PyBuiltin method(int[] runs) {
        return new PyBuiltin("get", (ts, a, kw) -> {
            runs[0]++;
            return a[a.length - 1];
        }, null, "list", 1, 2, false);
    }

    private static String typeErrorOf(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(Exc.TypeError, e.exc.type());
        return ((PyStr) e.exc.args.items[0]).value();
    }

    @Test
    void whenCalledWithTooFewOrTooMany_thenTypeErrorAndTheBodyDoesNotRun() {
        int[] runs = {0};
        PyBuiltin b = method(runs);
        assertEquals("get expected at least 1 argument, got 0",
                typeErrorOf(() -> b.call(null, new PyObject[] {SELF}, null)));
        assertEquals("get expected at most 2 arguments, got 3",
                typeErrorOf(() -> b.call(null, new PyObject[] {SELF, SELF, SELF, SELF}, null)));
        assertEquals(0, runs[0]);
    }

    @Test
    void whenCalledInRange_thenTheBodyRunsBoundOrUnbound() {
        int[] runs = {0};
        PyBuiltin b = method(runs);
        PyObject one = Py.newInt(1);
        assertSame(one, b.call(null, new PyObject[] {SELF, one}, null));
        assertSame(one, b.bind(SELF).call(null, new PyObject[] {one}, null));
        assertEquals(2, runs[0]);
    }

    @Test
    void whenBoundCalledWithKeyword_thenTypeErrorNamesTheQualifiedMethod() {
        int[] runs = {0};
        PyBuiltin b = method(runs).bind(SELF);
        assertEquals("list.get() takes no keyword arguments",
                typeErrorOf(() -> b.call(null, new PyObject[] {Py.newInt(1)}, new String[] {"x"})));
        assertEquals(0, runs[0]);
    }

    @Test
    void whenDeclaredUnchecked_thenAnyArgumentCountReachesTheBody() {
        int[] runs = {0};
        PyBuiltin b = new PyBuiltin("f", (ts, a, kw) -> {
            runs[0]++;
            return Py.None;
        });
        b.call(null, new PyObject[0], null);
        b.call(null, new PyObject[] {SELF, SELF, SELF}, null);
        assertEquals(2, runs[0]);
    }
}
