package org.stmj.python.vm;

import org.stmj.python.compiler.Op;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PySlice;

/**
 * The slice superinstruction {@link Op#SLICE_SUBSCR} ({@code BUILD_SLICE n} fused with the {@code BINARY_SUBSCR}
 * or {@code STORE_SUBSCR} after it, {@code Code.quicken}): one dispatch for both, and for an exact list with
 * bounds None or machine-sized ints and step None or +-1 no slice object at all ({@link PyList#unitSlice},
 * {@link PyList#setUnitSlice}); any other object, bound or step gets the slice object and the general subscript,
 * as the two instructions would.
 */
final class Slicing {
    private Slicing() {
    }

    /**
     * Runs {@code BUILD_SLICE n} and then {@code second} (the next instruction, BINARY_SUBSCR or STORE_SUBSCR) on
     * the value stack of f with stack pointer sp: the new stack pointer.
     */
    static int subscript(ThreadState ts, Frame f, int sp, int n, int second) {
        PyObject[] st = f.stack;
        int base = sp - n; // the lower bound's slot; the object is below it
        PyObject lo = st[base], hi = st[base + 1], step = n == 3 ? st[base + 2] : Py.None;
        PyObject o = st[base - 1];
        boolean list = o.getClass() == PyList.class && ((PyList) o).type == null;
        if (Op.op(second) == Op.BINARY_SUBSCR) {
            PyObject r = list ? ((PyList) o).unitSlice(lo, hi, step) : null;
            if (r == null) {
                r = Ops.getitem(ts, o, new PySlice(lo, hi, step));
            }
            st[base - 1] = r;
            clear(st, base, sp);
            return base;
        }
        PyObject v = st[base - 2];
        if (!(list && step == Py.None && v != o && v.getClass() == PyList.class && ((PyList) v).type == null
                && ((PyList) o).setUnitSlice(lo, hi, (PyList) v))) {
            Ops.setitem(ts, o, new PySlice(lo, hi, step), v);
        }
        clear(st, base - 2, sp);
        return base - 2;
    }

    private static void clear(PyObject[] st, int from, int to) {
        for (int i = from; i < to; i++) {
            st[i] = null;
        }
    }
}
