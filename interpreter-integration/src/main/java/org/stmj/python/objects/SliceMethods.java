package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

import java.math.BigInteger;
import org.stmj.python.vm.ThreadState;

/** Methods of slice. */
final class SliceMethods {
    private SliceMethods() {
    }

    /** Installs the methods of slice. */
    static void install() {
        PyType SL = Builtins.SLICE;
        SL.dict.putStr("__hash__", Py.None);
        addMethod(SL, "indices", 1, 1, (ts, a, kw) -> indices(ts, (PySlice) a[0], a[1]));
        addMethod(SL, "__reduce__", 0, 0, (ts, a, kw) -> {
            PySlice s = (PySlice) a[0];
            return new PyTuple(Builtins.SLICE, new PyTuple(s.start, s.stop, s.step));
        });
    }

    /**
     * slice.indices(length) over ints of any size, as CPython's {@code _PySlice_GetLongIndices}: the bounds are
     * clipped to the length and the result is (start, stop, step) for range().
     */
    static PyTuple indices(ThreadState ts, PySlice s, PyObject lengthArg) {
        BigInteger length = Ops.toInt(ts, lengthArg).toBig();
        if (length.signum() < 0) {
            throw Py.valueError("length should not be negative");
        }
        BigInteger step = s.step == Py.None ? BigInteger.ONE : sliceInt(ts, s.step);
        if (step.signum() == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start == Py.None ? (back ? upper : lower) : clip(sliceInt(ts, s.start), length, lower,
                upper);
        BigInteger stop = s.stop == Py.None ? (back ? lower : upper) : clip(sliceInt(ts, s.stop), length, lower,
                upper);
        return new PyTuple(Py.newInt(start), Py.newInt(stop), Py.newInt(step));
    }

    private static BigInteger clip(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    private static BigInteger sliceInt(ThreadState ts, PyObject o) {
        if (o instanceof PyInt) {
            return ((PyInt) o).toBig();
        }
        if (o.type().heap && o.type().slots[PyType.S_INDEX] != null) {
            return Ops.toInt(ts, o).toBig();
        }
        throw Py.typeError("slice indices must be integers or None or have an __index__ method");
    }
}
