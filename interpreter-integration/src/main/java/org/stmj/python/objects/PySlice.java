package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** slice(start, stop, step). Immutable. */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return Builtins.SLICE;
    }

    @Override
    public String repr(ThreadState ts) {
        return "slice(" + Ops.repr(ts, start) + ", " + Ops.repr(ts, stop) + ", " + Ops.repr(ts, step) + ")";
    }

    /** {@link #bound}'s answer for a bound that is neither None nor a machine-sized int ({@link #indices} decides). */
    public static final int NOT_SIMPLE = Integer.MIN_VALUE;

    /**
     * One bound of this slice over n items when the step is None or 1 (up = true) or -1 (up = false), clipped as
     * {@link #indices} clips it: None gives dflt; a machine-sized int (an int subclass by its value, as indices
     * does: no {@code __index__} call) is counted from the end when negative, then clipped to [0, n] (up) or
     * [-1, n - 1] (down); anything else gives {@link #NOT_SIMPLE}. No allocation, no call: for the list slices of
     * a loop ({@code p[:k]}, {@code p[k::-1]}).
     */
    public static int bound(PyObject o, int n, int dflt, boolean up) {
        if (o == Py.None) {
            return dflt;
        }
        if (!(o instanceof PyInt) || !((PyInt) o).isSmall()) {
            return NOT_SIMPLE;
        }
        long v = ((PyInt) o).v;
        if (v < 0) {
            v += n;
            if (v < 0) {
                return up ? 0 : -1;
            }
        }
        if (v >= n) {
            return up ? n : n - 1;
        }
        return (int) v;
    }

    /** The step when it is None (1) or the int 1 or -1; 0 (never a valid step) for any other. */
    public int unitStep() {
        return unitStep(step);
    }

    /** A step object as {@link #unitStep()} reads it: 1 for None or 1, -1 for -1, 0 for any other. */
    public static int unitStep(PyObject s) {
        if (s == Py.None) {
            return 1;
        }
        if (s instanceof PyInt && ((PyInt) s).isSmall()) {
            long v = ((PyInt) s).v;
            return v == 1 || v == -1 ? (int) v : 0;
        }
        return 0;
    }

    /** Returns {start, stop, step, length} clipped to a sequence of length n. */
    public int[] indices(ThreadState ts, int n) {
        long st = step == Py.None ? 1 : Ops.asIndex(ts, step);
        if (st == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        long lo, hi;
        long def0 = st < 0 ? n - 1 : 0, def1 = st < 0 ? -1 : n;
        if (start == Py.None) {
            lo = def0;
        } else {
            lo = Ops.asIndex(ts, start);
            if (lo < 0) {
                lo += n;
            }
            if (lo < 0) {
                lo = st < 0 ? -1 : 0;
            }
            if (lo >= n) {
                lo = st < 0 ? n - 1 : n;
            }
        }
        if (stop == Py.None) {
            hi = def1;
        } else {
            hi = Ops.asIndex(ts, stop);
            if (hi < 0) {
                hi += n;
            }
            if (hi < 0) {
                hi = st < 0 ? -1 : 0;
            }
            if (hi >= n) {
                hi = st < 0 ? n - 1 : n;
            }
        }
        // a step beyond the int range takes at most one item: clamp it (no overflow below or in the int result)
        st = Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, st));
        long len;
        if (st == 1) {
            // the common step: no long division
            len = lo < hi ? hi - lo : 0;
        } else if (st == -1) {
            len = lo > hi ? lo - hi : 0;
        } else if (st > 0) {
            len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            len = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new int[] {(int) lo, (int) hi, (int) st, (int) len};
    }

    /** Slices are unhashable (as in CPython 3.11). */
    @Override
    public long hash(ThreadState ts) {
        throw Py.typeError("unhashable type: 'slice'");
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PySlice)) {
            return null;
        }
        PySlice b = (PySlice) o;
        return new PyTuple(start, stop, step).richcmp(ts, new PyTuple(b.start, b.stop, b.step), op);
    }
}
