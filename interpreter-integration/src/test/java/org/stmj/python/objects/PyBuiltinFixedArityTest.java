package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The fixed-arity entries of a built-in ({@link PyBuiltin#call1} and siblings): they run the body for that count
 * without an array where there is one, and otherwise do exactly what the array call does (arity errors, the
 * owner-class check of an unbound method, a bound method's self put in front).
 */
class PyBuiltinFixedArityTest {
    private static final PyObject SELF = Py.newInt(7);

    /** A method of int taking 0..1 arguments after self: fixed bodies for both counts, each counting its runs. */
    private static PyBuiltin method(int[] runs) {
        FixedArity.Body1 b1 = (ts, self) -> {
            runs[0]++;
            return self;
        };
        FixedArity.Body2 b2 = (ts, self, x) -> {
            runs[1]++;
            return x;
        };
        return new PyBuiltin("m", FixedArity.of(b1, b2, null), null, "int", 0, 1, false, Builtins.INT)
                .withFixed(b1, b2, null);
    }

    private static String typeErrorOf(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(Exc.TypeError, e.exc.type());
        return ((PyStr) e.exc.args.items[0]).value();
    }

    @Test
    void whenCalledUnboundWithSelf_thenTheFixedBodyForThatCountRuns() {
        int[] runs = {0, 0};
        PyBuiltin m = method(runs);
        PyObject one = Py.newInt(1);
        assertSame(SELF, m.positional1(null, SELF));
        assertSame(one, m.positional2(null, SELF, one));
        assertSame(one, m.call2(null, SELF, one));
        assertEquals(1, runs[0]);
        assertEquals(2, runs[1]);
    }

    @Test
    void whenCalledBound_thenSelfGoesFirst() {
        int[] runs = {0, 0};
        PyBuiltin bound = method(runs).bind(SELF);
        PyObject one = Py.newInt(1);
        assertSame(SELF, bound.call0(null));
        assertSame(one, bound.call1(null, one));
        assertEquals(1, runs[0]);
        assertEquals(1, runs[1]);
    }

    @Test
    void whenSelfIsNotAnInstanceOfTheOwner_thenTheDescriptorErrorAndNoBodyRuns() {
        int[] runs = {0, 0};
        PyBuiltin m = method(runs);
        assertEquals("descriptor 'm' for 'int' objects doesn't apply to a 'str' object",
                typeErrorOf(() -> m.positional2(null, Py.str("s"), SELF)));
        assertEquals(0, runs[0] + runs[1]);
    }

    @Test
    void whenACountHasNoFixedBody_thenTheArrayCallChecksIt() {
        int[] runs = {0, 0};
        PyBuiltin m = method(runs);
        assertEquals("m expected at most 1 argument, got 2",
                typeErrorOf(() -> m.positional3(null, SELF, SELF, SELF)));
        assertEquals(0, runs[0] + runs[1]);
    }

    @Test
    void whenABuiltinHasNoFixedBodies_thenTheCallsReachItsArrayBody() {
        PyObject[][] seen = {null};
        PyBuiltin f = new PyBuiltin("f", (ts, a, kw) -> {
            seen[0] = a;
            return Py.None;
        });
        PyObject one = Py.newInt(1), two = Py.newInt(2);
        f.call2(null, one, two);
        assertEquals(2, seen[0].length);
        assertSame(two, seen[0][1]);
        f.call0(null);
        assertEquals(0, seen[0].length);
    }
}
