package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** Methods of range. */
final class RangeMethods {
    private RangeMethods() {
    }

    /** Installs the methods of range. */
    static void install() {
        PyType R = Builtins.RANGE;
        addMethod(R, "index", (ts, a, kw) -> {
            PyRange r = (PyRange) a[0];
            if (!r.contains(ts, a[1])) {
                throw Py.valueError(Ops.repr(ts, a[1]) + " is not in range");
            }
            return Py.newInt((((PyInt) a[1]).v - r.start) / r.step);
        });
        addMethod(R, "count", (ts, a, kw) -> Py.newInt(a[0].contains(ts, a[1]) ? 1 : 0));
        addMethod(R, "__len__", 0, 0, (ts, a, kw) -> Py.newInt(a[0].len(ts)));
        addMethod(R, "__iter__", 0, 0, (ts, a, kw) -> a[0].iter(ts));
        addMethod(R, "__contains__", 1, 1, (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        addMethod(R, "__getitem__", 1, 1, (ts, a, kw) -> a[0].getitem(ts, a[1]));
        addMethod(R, "__bool__", 0, 0, (ts, a, kw) -> Py.bool(a[0].truth(ts)));
        addMethod(R, "__hash__", 0, 0, (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
        addMethod(R, "__repr__", 0, 0, (ts, a, kw) -> Py.str(a[0].repr(ts)));
        for (int op = 0; op < 6; op++) {
            int o = op;
            addMethod(R, Ops.CMP_DUNDER[op], 1, 1, (ts, a, kw) -> {
                PyObject r = a[0].richcmp(ts, a[1], o);
                return r == null ? Py.NotImplemented : r;
            });
        }
        addMethod(R, "__reversed__", 0, 0, (ts, a, kw) -> Ops.call(ts, Builtins.REVERSED, a[0]));
        addMethod(R, "__reduce__", 0, 0, (ts, a, kw) -> new PyTuple(Builtins.RANGE, new PyTuple(
                Ops.getattr(ts, a[0], "start"), Ops.getattr(ts, a[0], "stop"), Ops.getattr(ts, a[0], "step"))));
    }
}
