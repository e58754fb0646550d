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
    }
}
