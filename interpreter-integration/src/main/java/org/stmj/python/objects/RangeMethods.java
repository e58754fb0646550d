package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** Methods of range. */
final class RangeMethods {
    private RangeMethods() {
    }

    /** Installs the methods of range. */
    static void install() {
        PyType R = Builtins.RANGE;
        Builtins.RANGE_ITER.ctor = null; // not instantiable from Python, as CPython's
        addMethod(R, "index", 1, 1, (ts, a, kw) -> PyBigRange.index(ts, range(a[0]), a[1]));
        addMethod(R, "count", 1, 1, (ts, a, kw) -> PyBigRange.count(ts, range(a[0]), a[1]));
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
        addMethod(R, "__reversed__", 0, 0, (ts, a, kw) -> reversed(range(a[0])));
        addMethod(R, "__reduce__", 0, 0, (ts, a, kw) -> new PyTuple(Builtins.RANGE, new PyTuple(
                Ops.getattr(ts, a[0], "start"), Ops.getattr(ts, a[0], "stop"), Ops.getattr(ts, a[0], "step"))));
    }

    static PyObject range(PyObject o) {
        if (!PyBigRange.isRange(o)) {
            throw Py.typeError("descriptor requires a 'range' object but received '" + o.type().name + "'");
        }
        return o;
    }

    /** reversed(range): the iterator of the range with the same items in the opposite order. */
    static PyObject reversed(PyObject r) {
        java.math.BigInteger[] b = PyBigRange.bounds(r);
        java.math.BigInteger last = b[0].add(b[3].subtract(java.math.BigInteger.ONE).multiply(b[2]));
        PyObject rr = PyBigRange.make(last, b[0].subtract(b[2]), b[2].negate());
        return rr.iter(null);
    }
}
