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
    /**
     * {@code l *= n} on the list's own storage (n <= 0 empties it); CPython's errors for a count outside a C ssize_t
     * (OverflowError) or a result no array holds (MemoryError) come before the list changes.
     */
    static void repeatInPlace(PyList l, PyInt n) {
        long k = Ops.repeatCount(n);
        PyObject[] src = l.toArray();
        int len = Ops.repeatedLength(src.length, k);
        l.size = 0;
        for (int i = 0; i * src.length < len; i++) {
            for (PyObject x : src) {
                l.append(x);
            }
        }
    }

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
            int[] r = indexRange(ts, a, 2, l.size, false);
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
            repeatInPlace(l, Ops.toInt(ts, a[1]));
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
        // as CPython: the list is empty while it is sorted (a key function or __lt__ that looks at it sees []),
        // and any change to it then is detected afterwards
        int n = l.size;
        PyObject[] items = l.toArray();
        PyObject[] marker = new PyObject[0];
        l.items = marker;
        l.size = 0;
        boolean sorted = false;
        try {
            PyObject[] keys = items;
            PyObject[] values = null;
            if (key != null) {
                keys = new PyObject[n];
                // a built-in key (abs, str.lower, len) by its one-argument entry: no argument array per item
                PyBuiltin bk = key instanceof PyBuiltin ? (PyBuiltin) key : null;
                for (int i = 0; i < n; i++) {
                    keys[i] = bk != null ? bk.call1(ts, items[i]) : Ops.call(ts, key, items[i]);
                }
                values = items;
            }
            // reverse=True: reversed, sorted stably, reversed back (equal elements keep their order)
            if (reverse) {
                ListSort.reverse(keys, 0, n);
                if (values != null) {
                    ListSort.reverse(values, 0, n);
                }
            }
            try {
                ListSort.sort(ts, keys, values, n);
                sorted = true;
            } finally {
                if (reverse) {
                    ListSort.reverse(items, 0, n);
                }
            }
        } finally {
            boolean modified = l.items != marker || l.size != 0;
            l.items = items;
            l.size = n;
            if (sorted && modified) {
                throw Py.valueError("list modified during sort");
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
