package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;
import static org.stmj.python.objects.Methods.indexRange;

/** Methods of tuple. */
final class TupleMethods {
    private TupleMethods() {
    }

    /** Installs the methods of tuple. */
    static void install() {
        PyType T = Builtins.TUPLE;
        addMethod(T, "index", 1, 3, (ts, a, kw) -> {
            PyObject[] it = ((PyTuple) a[0]).items;
            int[] r = indexRange(ts, a, 2, it.length, false);
            for (int i = r[0]; i < r[1]; i++) {
                if (it[i] == a[1] || Ops.eq(ts, it[i], a[1])) {
                    return Py.newInt(i);
                }
            }
            throw Py.valueError("tuple.index(x): x not in tuple");
        });
        addMethod(T, "count", 1, 1, (ts, a, kw) -> {
            int n = 0;
            for (PyObject x : ((PyTuple) a[0]).items) {
                if (x == a[1] || Ops.eq(ts, x, a[1])) {
                    n++;
                }
            }
            return Py.newInt(n);
        });
        addStaticMethod(T, "__new__", (ts, a, kw) -> {
            PyType cls = (PyType) a[0];
            PyTuple t = new PyTuple(a.length > 1 ? Ops.toArray(ts, a[1]).clone() : Py.EMPTY);
            t.type = cls;
            return t;
        });
        addMethod(T, "__getitem__", 1, 1, (ts, a, kw) -> a[0].getitem(ts, a[1]));
        addMethod(T, "__len__", 0, 0, (ts, a, kw) -> Py.newInt(((PyTuple) a[0]).items.length));
        addMethod(T, "__iter__", 0, 0, (ts, a, kw) -> a[0].iter(ts));
        addMethod(T, "__repr__", 0, 0, (ts, a, kw) -> Py.str(a[0].repr(ts)));
        addMethod(T, "__eq__", 1, 1, (ts, a, kw) -> {
            PyObject r = a[0].richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(T, "__hash__", 0, 0, (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
        addMethod(T, "__contains__", 1, 1, (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
    }
}
