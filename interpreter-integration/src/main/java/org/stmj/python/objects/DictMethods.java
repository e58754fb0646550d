package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addClassMethod;
import static org.stmj.python.objects.Methods.addFixed;
import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addMethod0;
import static org.stmj.python.objects.Methods.addMethodKw;
import static org.stmj.python.objects.Methods.selfDict;

/** Methods of dict. */
final class DictMethods {
    private DictMethods() {
    }

    /** Installs the methods of dict. */
    static void install() {
        PyDictView.install();
        PyType D = Builtins.DICT;
        addFixed(D, "get", 1, 2, null, (ts, self, k) -> {
            PyObject v = ((PyDict) self).get(ts, k);
            return v != null ? v : Py.None;
        }, (ts, self, k, dflt) -> {
            PyObject v = ((PyDict) self).get(ts, k);
            return v != null ? v : dflt;
        });
        addFixed(D, "setdefault", 1, 2, null, (ts, self, k) -> ((PyDict) self).setDefault(ts, k, Py.None),
                (ts, self, k, v) -> ((PyDict) self).setDefault(ts, k, v));
        addMethod(D, "pop", 1, 2, (ts, a, kw) -> {
            Args.check("pop", a, kw, 2, 3);
            PyObject v = selfDict(a).remove(ts, a[1]);
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw Py.keyError(a[1]);
        });
        addMethod(D, "popitem", 0, 0, (ts, a, kw) -> {
            PyDict dd = selfDict(a);
            for (int p = dd.nentries - 1; p >= 0; p--) {
                if (dd.keys[p] != null) {
                    PyObject k = dd.keys[p], v = dd.values[p];
                    dd.remove(ts, k);
                    return new PyTuple(k, v);
                }
            }
            throw Py.raise(Exc.KeyError, "popitem(): dictionary is empty");
        });
        addMethod0(D, "keys", (ts, self) -> new PyDictView((PyDict) self, PyDictIter.KEYS));
        addMethod0(D, "values", (ts, self) -> new PyDictView((PyDict) self, PyDictIter.VALUES));
        addMethod0(D, "items", (ts, self) -> new PyDictView((PyDict) self, PyDictIter.ITEMS));
        addMethodKw(D, "update", 0, 1, (ts, a, kw) -> {
            selfDict(a).update(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        addMethod(D, "clear", 0, 0, (ts, a, kw) -> {
            selfDict(a).clear();
            return Py.None;
        });
        addMethod0(D, "copy", (ts, self) -> ((PyDict) self).copy());
        addClassMethod(D, "fromkeys", (ts, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Py.typeError("dict.fromkeys() takes no keyword arguments");
            }
            if (a.length < 2 || a.length > 3) {
                throw Py.typeError("fromkeys expected " + (a.length < 2 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + (a.length - 1));
            }
            PyObject d = Ops.call(ts, a[0]);
            PyObject v = a.length > 2 ? a[2] : Py.None;
            if (d.getClass() == PyDict.class && !d.type().heap && a[1] instanceof PySet && !a[1].type().heap) {
                // from a set: its stored hashes, no __hash__ calls (CPython's dict_fromkeys)
                PySet s = (PySet) a[1];
                PyObject[] ks = s.keys;
                long[] hs = s.hashes;
                for (int i = 0; i < ks.length; i++) {
                    if (ks[i] != null && ks[i] != PySet.DUMMY) {
                        ((PyDict) d).putHashed(ts, ks[i], hs[i], v);
                    }
                }
                return d;
            }
            if (d.getClass() == PyDict.class && !d.type().heap && a[1] instanceof PyDict && !a[1].type().heap) {
                PyDict src = (PyDict) a[1];
                for (int p = src.nextEntry(0); p >= 0; p = src.nextEntry(p + 1)) {
                    ((PyDict) d).putHashed(ts, src.keyAt(p), src.hashAt(p), v);
                }
                return d;
            }
            PyObject it = Ops.iter(ts, a[1]);
            for (PyObject k; (k = Ops.next(ts, it)) != null; ) {
                Ops.setitem(ts, d, k, v);
            }
            return d;
        });
        addMethod(D, "__init__", (ts, a, kw) -> {
            selfDict(a).update(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        addMethod(D, "__getitem__", 1, 1, (ts, a, kw) -> a[0].getitem(ts, a[1]));
        addMethod(D, "__setitem__", 2, 2, (ts, a, kw) -> {
            selfDict(a).put(ts, a[1], a[2]);
            return Py.None;
        });
        addMethod(D, "__delitem__", 1, 1, (ts, a, kw) -> {
            a[0].delitem(ts, a[1]);
            return Py.None;
        });
        addMethod(D, "__contains__", 1, 1, (ts, a, kw) -> Py.bool(selfDict(a).get(ts, a[1]) != null));
        addMethod(D, "__len__", 0, 0, (ts, a, kw) -> Py.newInt(selfDict(a).size()));
        addMethod(D, "__iter__", 0, 0, (ts, a, kw) -> a[0].iter(ts));
        addMethod(D, "__repr__", 0, 0, (ts, a, kw) -> Py.str(a[0].repr(ts)));
        addMethod(D, "__eq__", 1, 1, (ts, a, kw) -> {
            PyObject r = a[0].richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(D, "__ior__", 1, 1, (ts, a, kw) -> {
            selfDict(a).update(ts, new PyObject[] {a[1]}, null);
            return a[0];
        });
        addMethod(D, "__ror__", 1, 1, (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.OR, a[1], a[0]);
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(D, "__or__", 1, 1, (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.OR, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
    }
}
