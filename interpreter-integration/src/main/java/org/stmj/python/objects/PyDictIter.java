package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** Iterator over a dict's keys, values or items, raising if the dict changes size while iterating. */
public final class PyDictIter extends PyObject {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    /** The dict; null once the iterator is exhausted, so that it no longer keeps the dict alive (as CPython). */
    private PyDict d;
    private final int kind;
    private final int used0;
    private int pos;
    /** Items not yet returned; an item found when none is left means keys were deleted and added meanwhile. */
    private int left;

    public PyDictIter(PyDict d, int kind) {
        this.d = d;
        this.kind = kind;
        this.used0 = d.used;
        this.left = d.used;
    }

    @Override
    public PyType type() {
        return Builtins.DICT_ITER[kind];
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyDict d = this.d;
        if (d == null) {
            return null;
        }
        if (d.used != used0) {
            pos = Integer.MAX_VALUE;
            throw Py.runtimeError("dictionary changed size during iteration");
        }
        int p = pos >= d.nentries ? -1 : d.nextEntry(pos);
        if (p < 0) {
            pos = Integer.MAX_VALUE;
            this.d = null;
            return null;
        }
        pos = p + 1;
        if (left-- <= 0) {
            pos = Integer.MAX_VALUE;
            throw Py.runtimeError("dictionary keys changed during iteration");
        }
        switch (kind) {
            case KEYS: return d.keys[p];
            case VALUES: return d.values[p];
            default: return new PyTuple(d.keys[p], d.values[p]);
        }
    }

    /**
     * {@code __reduce__}: {@code (iter, ([remaining items],))}, as CPython's dict iterators pickle; the iterator
     * itself does not advance.
     */
    public PyObject reduce(ThreadState ts) {
        PyList rest = new PyList(new PyObject[0]);
        PyDict d = this.d;
        if (pos != Integer.MAX_VALUE && d != null) {
            for (int p = pos >= d.nentries ? -1 : d.nextEntry(pos); p >= 0;
                    p = p + 1 >= d.nentries ? -1 : d.nextEntry(p + 1)) {
                rest.append(kind == KEYS ? d.keys[p]
                        : kind == VALUES ? d.values[p] : new PyTuple(d.keys[p], d.values[p]));
            }
        }
        return new PyTuple(ts.interp.builtins.getStr("iter"), new PyTuple(rest));
    }
}
