package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** Methods of slice. */
final class SliceMethods {
    private SliceMethods() {
    }

    /** Installs the methods of slice. */
    static void install() {
        PyType SL = Builtins.SLICE;
        addMethod(SL, "indices", (ts, a, kw) -> {
            int[] r = ((PySlice) a[0]).indices(ts, (int) Ops.toInt(ts, a[1]).v);
            return new PyTuple(Py.newInt(r[0]), Py.newInt(r[1]), Py.newInt(r[2]));
        });
    }
}
