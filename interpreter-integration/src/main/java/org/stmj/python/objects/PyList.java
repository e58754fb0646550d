package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** A list: a growable array owned by the list (items[0..size) live, the rest null). */
public final class PyList extends PyObject {
    public PyType type;
    public PyDict attrs;
    // STM mode: items is a guarded array (stm.properties, guardedArrays), as PyDict's and PySet's tables: its
    // elements are guarded by this list's own lock word, not by the striped lock table. Contract: the array is
    // reached only through this field of this one list. The constructors take ownership of a new array that no
    // one else keeps; other classes reach it through a local holding the list; the transformer refuses a twin
    // where it escapes or is used where its holder is not known, and copies it with its holder (TxArrays'
    // guarded helpers). The one access outside transformed code is Main's sys.argv[0], before any thread.
    public PyObject[] items;
    public int size;

    public PyList() {
        items = new PyObject[4];
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public PyType type() {
        // one read of the field (in STM mode each read is a barrier; the STM twin does not merge two)
        PyType t = type;
        return t == null ? Builtins.LIST : t;
    }

    @Override
    public PyDict attrs() {
        PyDict a = attrs; // one read of each field: see type()
        if (a == null) {
            PyType t = type();
            if (t.heap) {
                a = PyDict.instanceDict(t);
                attrs = a;
            }
        }
        return a;
    }

    public PyObject[] toArray() {
        return java.util.Arrays.copyOf(items, size);
    }

    public void append(PyObject v) {
        // one read of each field (in STM mode each field read is a barrier, and the twin does not merge two)
        PyObject[] a = items;
        int n = size;
        if (n == a.length) {
            items = java.util.Arrays.copyOf(a, Math.max(4, n * 2));
            a = items; // through the field: the transformer knows a guarded array's holder only so
        }
        a[n] = v;
        size = n + 1;
    }

    public void insert(int i, PyObject v) {
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        if (i > size) {
            i = size;
        }
        if (size == items.length) {
            items = java.util.Arrays.copyOf(items, Math.max(4, size * 2));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public PyObject pop(int i) {
        if (size == 0) {
            throw Py.indexError("pop from empty list");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Py.indexError("pop index out of range");
        }
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public void extend(ThreadState ts, PyObject it) {
        // the array copies only for list and tuple themselves: a subclass may override __iter__
        if (it instanceof PyList
                && (!it.type().heap || it.type().lookup("__iter__") == Builtins.LIST.lookup("__iter__"))) {
            PyList o = (PyList) it;
            int n = o.size;
            ensure(size + n);
            System.arraycopy(o.items, 0, items, size, n);
            size += n;
            return;
        }
        if (it instanceof PyTuple
                && (!it.type().heap || it.type().lookup("__iter__") == Builtins.TUPLE.lookup("__iter__"))) {
            PyObject[] a = ((PyTuple) it).items;
            ensure(size + a.length);
            System.arraycopy(a, 0, items, size, a.length);
            size += a.length;
            return;
        }
        PyObject iter = Ops.iter(ts, it);
        for (PyObject x; (x = Ops.next(ts, iter)) != null; ) {
            append(x);
        }
    }

    void ensure(int n) {
        if (n > items.length) {
            items = java.util.Arrays.copyOf(items, Math.max(n, items.length * 2));
        }
    }

    void initFrom(ThreadState ts, PyObject[] args, String[] kw) {
        if (kw != null) {
            throw Py.typeError("list() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Py.typeError("list expected at most 1 argument, got " + args.length);
        }
        for (int i = 0; i < size; i++) { // the rest is null already (the class invariant)
            items[i] = null;
        }
        size = 0;
        if (args.length == 1) {
            extend(ts, args[0]);
        }
    }

    @Override
    public int len(ThreadState ts) {
        return size;
    }

    @Override
    public String repr(ThreadState ts) {
        if (size == 0) {
            return "[]";
        }
        if (!ts.enterRepr(this)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(ts, items[i]));
            }
            return sb.append(']').toString();
        } finally {
            ts.exitRepr(this);
        }
    }

    @Override
    public long hash(ThreadState ts) {
        throw Py.typeError("unhashable type: '" + type().name + "'");
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (key instanceof PyInt && ((PyInt) key).isSmall()) {
            long i = ((PyInt) key).v;
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Py.indexError("list index out of range");
            }
            return items[(int) i];
        }
        if (key instanceof PySlice) {
            PySlice sl = (PySlice) key;
            PyObject fast = unitSlice(sl.start, sl.stop, sl.step);
            if (fast != null) {
                return fast;
            }
            int[] r = ((PySlice) key).indices(ts, size);
            PyObject[] out = new PyObject[r[3]];
            if (r[2] == 1) {
                System.arraycopy(items, r[0], out, 0, r[3]);
            } else {
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    out[i] = items[j];
                }
            }
            return new PyList(out);
        }
        return items[Ops.index(ts, key, size, "list")];
    }

    @Override
    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        if (key instanceof PySlice) {
            PySlice sl = (PySlice) key;
            if (value != this && value.getClass() == PyList.class && ((PyList) value).type == null
                    && sl.step == Py.None && setUnitSlice(sl.start, sl.stop, (PyList) value)) {
                return;
            }
            int[] r = sl.indices(ts, size);
            PyObject[] src;
            int m;
            if (value == this) {
                src = toArray();
                m = size;
            } else if (value.getClass() == PyList.class && ((PyList) value).type == null) {
                // an exact list (not this one), as CPython's PySequence_Fast does; copied, not read in place
                // (no Python code runs between the copy and the stores; STM mode: the array stays the list's)
                src = ((PyList) value).toArray();
                m = src.length;
            } else {
                src = Ops.toArray(ts, sliceSource(ts, value));
                m = src.length;
            }
            if (r[2] == 1) {
                int lo = r[0], hi = Math.max(r[0], r[1]);
                int n = size - (hi - lo) + m;
                PyObject[] its = items;
                if (n <= its.length) {
                    // fits: move the tail (arraycopy copies overlapping ranges as if through a temporary), then
                    // the new items, and clear what a shrink left behind
                    System.arraycopy(its, hi, its, lo + m, size - hi);
                    System.arraycopy(src, 0, its, lo, m);
                    for (int i = n; i < size; i++) {
                        its[i] = null;
                    }
                } else {
                    PyObject[] na = new PyObject[Math.max(4, n)];
                    System.arraycopy(its, 0, na, 0, lo);
                    System.arraycopy(src, 0, na, lo, m);
                    System.arraycopy(its, hi, na, lo + m, size - hi);
                    items = na;
                }
                size = n;
            } else {
                if (m != r[3]) {
                    throw Py.valueError("attempt to assign sequence of size " + m
                            + " to extended slice of size " + r[3]);
                }
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    items[j] = src[i];
                }
            }
            return;
        }
        items[Ops.index(ts, key, size, "list assignment")] = value;
    }

    /**
     * The value of a slice assignment as something to iterate: a tuple or list itself, else its iterator, with
     * CPython's message (PySequence_Fast's) when it has none.
     */
    private static PyObject sliceSource(ThreadState ts, PyObject value) {
        if (value instanceof PyTuple || value instanceof PyList) {
            return value;
        }
        try {
            return Ops.iter(ts, value);
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Exc.TypeError)) {
                throw Py.typeError("can only assign an iterable");
            }
            throw e;
        }
    }

    /**
     * {@code self[start:stop]} or {@code self[start:stop:-1]} (step None, 1 or -1) whose bounds are None or
     * machine-sized ints: the new list without the index array of {@link PySlice#indices} (nor, from the
     * interpreter's slice superinstruction, the slice object); null for any other slice (the general path).
     */
    public PyList unitSlice(PyObject start, PyObject stop, PyObject step) {
        int st = PySlice.unitStep(step);
        int n = size;
        if (st == 1) {
            int lo = PySlice.bound(start, n, 0, true), hi = PySlice.bound(stop, n, n, true);
            if (lo == PySlice.NOT_SIMPLE || hi == PySlice.NOT_SIMPLE) {
                return null;
            }
            int len = hi > lo ? hi - lo : 0;
            PyObject[] out = new PyObject[len];
            System.arraycopy(items, lo, out, 0, len);
            return new PyList(out);
        }
        if (st == -1) {
            int lo = PySlice.bound(start, n, n - 1, false), hi = PySlice.bound(stop, n, -1, false);
            if (lo == PySlice.NOT_SIMPLE || hi == PySlice.NOT_SIMPLE) {
                return null;
            }
            int len = lo > hi ? lo - hi : 0;
            PyObject[] its = items;
            PyObject[] out = new PyObject[len];
            for (int i = 0; i < len; i++) {
                out[i] = its[lo - i];
            }
            return new PyList(out);
        }
        return null;
    }

    /**
     * {@code self[start:stop] = value} (step None) from another exact list (not this one), bounds None or
     * machine-sized ints: the splice of the general path without the index array; false (nothing changed) when a
     * bound is not simple.
     */
    public boolean setUnitSlice(PyObject start, PyObject stop, PyList value) {
        int sz = size;
        int lo = PySlice.bound(start, sz, 0, true), hi = PySlice.bound(stop, sz, sz, true);
        if (lo == PySlice.NOT_SIMPLE || hi == PySlice.NOT_SIMPLE) {
            return false;
        }
        if (hi < lo) {
            hi = lo;
        }
        PyObject[] src = value.items;
        int m = value.size;
        int n = sz - (hi - lo) + m;
        PyObject[] its = items;
        if (n <= its.length) {
            System.arraycopy(its, hi, its, lo + m, sz - hi);
            System.arraycopy(src, 0, its, lo, m);
            for (int i = n; i < sz; i++) {
                its[i] = null;
            }
        } else {
            PyObject[] na = new PyObject[Math.max(4, n)];
            System.arraycopy(its, 0, na, 0, lo);
            System.arraycopy(src, 0, na, lo, m);
            System.arraycopy(its, hi, na, lo + m, sz - hi);
            items = na;
        }
        size = n;
        return true;
    }

    @Override
    public void delitem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, size);
            boolean[] del = new boolean[size];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                del[j] = true;
            }
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (!del[i]) {
                    items[k++] = items[i];
                }
            }
            for (int i = k; i < size; i++) {
                items[i] = null;
            }
            size = k;
            return;
        }
        pop(Ops.index(ts, key, size, "list assignment"));
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIter(this, -1);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        for (int i = 0; i < size; i++) {
            PyObject x = items[i];
            if (x == v || Ops.eq(ts, x, v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyList)) {
            return null;
        }
        PyList b = (PyList) o;
        if (size != b.size && (op == Ops.EQ || op == Ops.NE)) {
            return Py.bool(op == Ops.NE);
        }
        // as CPython's list_richcompare: an item's __eq__ may change either list, so the sizes and items are read
        // again at every step, and the lists that are left decide
        int i = 0;
        for (; i < size && i < b.size; i++) {
            PyObject x = items[i], y = b.items[i];
            if (x != y && !Ops.eq(ts, x, y)) {
                break;
            }
        }
        if (i >= size || i >= b.size) {
            return Py.bool(Ops.cmpResult(Integer.compare(size, b.size), op));
        }
        if (op == Ops.EQ || op == Ops.NE) {
            return Py.bool(op == Ops.NE);
        }
        return Py.bool(Ops.compare(ts, items[i], b.items[i], op));
    }
}
