package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addFixed;
import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addMethod0;
import static org.stmj.python.objects.Methods.addMethod1;
import static org.stmj.python.objects.Methods.addMethod2;
import static org.stmj.python.objects.Methods.indexRange;
import static org.stmj.python.objects.Methods.selfList;

import org.stmj.python.vm.ThreadState;

/** Methods of list. */
final class ListMethods {
    private ListMethods() {
    }

    /** Installs the methods of list. */
    static void install() {
        PyType L = Builtins.LIST;
        addMethod1(L, "append", (ts, self, x) -> {
            ((PyList) self).append(x);
            return Py.None;
        });
        addMethod1(L, "extend", (ts, self, x) -> {
            ((PyList) self).extend(ts, x);
            return Py.None;
        });
        addMethod2(L, "insert", (ts, self, at, x) -> {
            long i = Ops.asIndex(ts, indexArg(at));
            ((PyList) self).insert((int) Math.max(Integer.MIN_VALUE / 2, Math.min(i, Integer.MAX_VALUE / 2)), x);
            return Py.None;
        });
        addFixed(L, "pop", 0, 1, (ts, self) -> ((PyList) self).pop(-1),
                (ts, self, i) -> ((PyList) self).pop((int) Ops.asIndex(ts, indexArg(i))), null);
        addMethod(L, "remove", 1, 1, (ts, a, kw) -> {
            PyList l = selfList(a);
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == a[1] || Ops.eq(ts, l.items[i], a[1])) {
                    l.pop(i);
                    return Py.None;
                }
            }
            throw Py.valueError("list.remove(x): x not in list");
        });
        addMethod(L, "index", 1, 3, (ts, a, kw) -> {
            PyList l = selfList(a);
            int[] r = indexRange(ts, a, 2, l.size);
            for (int i = r[0]; i < Math.min(r[1], l.size); i++) {
                if (l.items[i] == a[1] || Ops.eq(ts, l.items[i], a[1])) {
                    return Py.newInt(i);
                }
            }
            throw Py.valueError(Ops.repr(ts, a[1]) + " is not in list");
        });
        addMethod(L, "count", 1, 1, (ts, a, kw) -> {
            PyList l = selfList(a);
            int n = 0;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == a[1] || Ops.eq(ts, l.items[i], a[1])) {
                    n++;
                }
            }
            return Py.newInt(n);
        });
        addMethod(L, "reverse", 0, 0, (ts, a, kw) -> {
            PyList l = selfList(a);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject t = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = t;
            }
            return Py.None;
        });
        addMethod(L, "sort", (ts, a, kw) -> {
            sort(ts, selfList(a), java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        addMethod0(L, "copy", (ts, self) -> new PyList(((PyList) self).toArray()));
        addMethod(L, "clear", 0, 0, (ts, a, kw) -> {
            PyList l = selfList(a);
            l.items = new PyObject[4];
            l.size = 0;
            return Py.None;
        });
        addMethod(L, "__init__", (ts, a, kw) -> {
            PyType t = a[0].type();
            if (t != L && kw != null && kw.length > 0 && t.lookup("__new__") != L.lookup("__new__")) {
                // CPython: a subclass with its own __new__ may take keywords list.__init__ ignores
                a = java.util.Arrays.copyOf(a, a.length - kw.length);
                kw = null;
            }
            selfList(a).initFrom(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        addMethod(L, "__getitem__", 1, 1, (ts, a, kw) -> a[0].getitem(ts, a[1]));
        addMethod(L, "__setitem__", 2, 2, (ts, a, kw) -> {
            a[0].setitem(ts, a[1], a[2]);
            return Py.None;
        });
        addMethod(L, "__delitem__", 1, 1, (ts, a, kw) -> {
            a[0].delitem(ts, a[1]);
            return Py.None;
        });
        addMethod(L, "__len__", 0, 0, (ts, a, kw) -> Py.newInt(selfList(a).size));
        addMethod(L, "__contains__", 1, 1, (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        addMethod(L, "__iter__", 0, 0, (ts, a, kw) -> a[0].iter(ts));
        addMethod(L, "__repr__", 0, 0, (ts, a, kw) -> Py.str(a[0].repr(ts)));
        addMethod(L, "__eq__", 1, 1, (ts, a, kw) -> {
            PyObject r = a[0].richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(L, "__add__", 1, 1, (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.ADD, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(L, "__iadd__", 1, 1, (ts, a, kw) -> {
            selfList(a).extend(ts, a[1]);
            return a[0];
        });
        addMethod(L, "__imul__", 1, 1, (ts, a, kw) -> {
            PyList l = selfList(a);
            if (!(a[1] instanceof PyInt) && !(a[1].type().heap && a[1].type().slots[PyType.S_INDEX] != null)) {
                return Py.NotImplemented;
            }
            // l *= n on the list's own storage (n <= 0 empties it)
            PyInt bi = Ops.toInt(ts, a[1]);
            PyObject[] src = l.toArray();
            long n = bi.isSmall() ? bi.v : bi.signum() < 0 ? 0 : Long.MAX_VALUE;
            if (src.length != 0 && n > Integer.MAX_VALUE / src.length) {
                throw Py.raise(Exc.MemoryError, "");
            }
            l.size = 0;
            for (long i = 0; i < n; i++) {
                for (PyObject x : src) {
                    l.append(x);
                }
            }
            return a[0];
        });
    }

    /** list.sort: stable; key and reverse keyword arguments. */
    static void sort(ThreadState ts, PyList l, PyObject[] a, String[] kw) {
        PyObject key = null;
        boolean reverse = false;
        int np = a.length - (kw == null ? 0 : kw.length);
        if (np > 0) {
            throw Py.typeError("sort() takes no positional arguments");
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("key")) {
                    key = a[np + i];
                } else if (kw[i].equals("reverse")) {
                    reverse = Ops.toInt(ts, a[np + i]).signum() != 0; // CPython: bool(accept={int})
                } else {
                    throw Py.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
                }
            }
        }
        if (key == Py.None) {
            key = null;
        }
        int n = l.size;
        PyObject[] items = l.toArray();
        PyObject[] keys = items;
        if (key != null) {
            keys = new PyObject[n];
            // a built-in key (abs, str.lower, len) by its one-argument entry: no argument array per item
            PyBuiltin bk = key instanceof PyBuiltin ? (PyBuiltin) key : null;
            for (int i = 0; i < n; i++) {
                keys[i] = bk != null ? bk.call1(ts, items[i]) : Ops.call(ts, key, items[i]);
            }
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = reverse ? n - 1 - i : i;
        }
        new SortKeys(ts, keys).sort(idx);
        PyObject[] out = new PyObject[Math.max(4, n)];
        for (int i = 0; i < n; i++) {
            out[i] = items[idx[reverse ? n - 1 - i : i]];
        }
        if (reverse) {
            PyObject[] tmp = new PyObject[n];
            for (int i = 0; i < n; i++) {
                tmp[i] = items[idx[i]];
            }
            for (int i = 0; i < n; i++) {
                out[i] = tmp[n - 1 - i];
            }
        }
        if (l.size != n) {
            throw Py.valueError("list modified during sort");
        }
        l.items = out;
        l.size = n;
    }

    /**
     * The comparisons of one sort, over positions into its keys: machine-sized ints (not of a subclass) compared
     * as longs, exact strs as Java strings, anything else by Python's {@code <} alone (one {@code __lt__} call per
     * comparison, as CPython's sort). The sort is a stable merge sort of an {@code int[]} of positions: runs of
     * {@link #RUN} by insertion, then merges that skip two runs already in order (sorted input costs n - 1
     * comparisons). An exception from a comparison leaves the list as it was (the caller has not stored yet).
     */
    static final class SortKeys {
        /** Insertion-sorted run length before merging. */
        private static final int RUN = 16;
        private final ThreadState ts;
        /** 0: longs, 1: strings, 2: Python objects. */
        private final int mode;
        private final long[] longs;
        private final String[] strs;
        private final PyObject[] objs;

        SortKeys(ThreadState ts, PyObject[] keys) {
            this.ts = ts;
            int n = keys.length;
            boolean allInt = true, allStr = true;
            for (PyObject k : keys) {
                if (!(k instanceof PyInt && ((PyInt) k).isSmall() && !k.type().heap)) {
                    allInt = false;
                }
                if (!(k instanceof PyStr)) {
                    allStr = false;
                }
            }
            long[] ls = null;
            String[] ss = null;
            if (allInt) {
                ls = new long[n];
                for (int i = 0; i < n; i++) {
                    ls[i] = ((PyInt) keys[i]).v;
                }
                mode = 0;
            } else if (allStr) {
                ss = new String[n];
                for (int i = 0; i < n; i++) {
                    ss[i] = ((PyStr) keys[i]).value();
                }
                mode = 1;
            } else {
                mode = 2;
            }
            longs = ls;
            strs = ss;
            objs = keys;
        }

        /** Whether the key at position a sorts strictly before the key at position b. */
        private boolean less(int a, int b) {
            switch (mode) {
                case 0:
                    return longs[a] < longs[b];
                case 1:
                    return strs[a].compareTo(strs[b]) < 0;
                default:
                    return Ops.compare(ts, objs[a], objs[b], Ops.LT);
            }
        }

        /** Sorts the positions in a (stable: equal keys keep their order in a). */
        void sort(int[] a) {
            int n = a.length;
            for (int lo = 0; lo < n; lo += RUN) {
                int hi = Math.min(lo + RUN, n);
                for (int i = lo + 1; i < hi; i++) {
                    int x = a[i];
                    int j = i;
                    while (j > lo && less(x, a[j - 1])) {
                        a[j] = a[j - 1];
                        j--;
                    }
                    a[j] = x;
                }
            }
            int[] buf = null;
            for (int w = RUN; w < n; w *= 2) {
                for (int lo = 0; lo + w < n; lo += 2 * w) {
                    int mid = lo + w, hi = Math.min(lo + 2 * w, n);
                    if (!less(a[mid], a[mid - 1])) {
                        continue; // the two runs are already in order
                    }
                    if (buf == null) {
                        buf = new int[n];
                    }
                    System.arraycopy(a, lo, buf, lo, mid - lo);
                    int i = lo, j = mid, k = lo;
                    while (i < mid && j < hi) {
                        a[k++] = less(a[j], buf[i]) ? a[j++] : buf[i++];
                    }
                    while (i < mid) {
                        a[k++] = buf[i++];
                    }
                }
            }
        }
    }

    /** An index argument (CPython's Py_ssize_t conversion): not an int nor __index__ is its TypeError. */
    private static PyObject indexArg(PyObject o) {
        if (!(o instanceof PyInt) && !(o.type().heap && o.type().slots[PyType.S_INDEX] != null)) {
            throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        return o;
    }
}
