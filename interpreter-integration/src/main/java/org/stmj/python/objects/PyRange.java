package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** range(start, stop, step) over longs. Immutable. */
public final class PyRange extends PyObject {
    public final long start, stop, step, len;

    /**
     * A range over longs; the caller guarantees that the length and {@code start + len * step} fit in a long
     * ({@link #make(long, long, long)} checks and otherwise makes a {@link PyBigRange}).
     */
    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start + step - 1) / step : 0;
        } else {
            n = start > stop ? (start - stop - step - 1) / (-step) : 0;
        }
        this.len = n;
    }

    /** range(start, stop, step): over longs when its length and bounds fit, else over BigIntegers. */
    public static PyObject make(long start, long stop, long step) {
        if (step == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        try {
            long n;
            if (step > 0) {
                n = start < stop ? Math.addExact(Math.subtractExact(stop, start), step - 1) / step : 0;
            } else {
                n = start > stop ? Math.subtractExact(Math.subtractExact(start, stop), step + 1) / -step : 0;
            }
            Math.addExact(start, Math.multiplyExact(n, step));
            if (step != Long.MIN_VALUE) {
                return new PyRange(start, stop, step);
            }
        } catch (ArithmeticException e) {
            // falls through to the big range
        }
        return PyBigRange.make(java.math.BigInteger.valueOf(start), java.math.BigInteger.valueOf(stop),
                java.math.BigInteger.valueOf(step));
    }

    @Override
    public PyType type() {
        return Builtins.RANGE;
    }

    @Override
    public int len(ThreadState ts) {
        if (len > Integer.MAX_VALUE) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) len;
    }

    @Override
    public boolean truth(ThreadState ts) {
        return len != 0;
    }

    @Override
    public String repr(ThreadState ts) {
        return "range(" + start + ", " + stop + (step != 1 ? ", " + step : "") + ")";
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice || len > Integer.MAX_VALUE || key instanceof PyInt && !((PyInt) key).isSmall()) {
            return PyBigRange.getitem(ts, java.math.BigInteger.valueOf(start), java.math.BigInteger.valueOf(step),
                    java.math.BigInteger.valueOf(len), key);
        }
        return Py.newInt(start + Ops.index(ts, key, (int) len, "range object") * step);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (v instanceof PyInt && ((PyInt) v).isSmall() && !v.type().heap) {
            long x = ((PyInt) v).v;
            if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) {
                return false;
            }
            return (x - start) % step == 0;
        }
        return super.contains(ts, v);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new Iter(start, step, len);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        return PyBigRange.richcmp(this, o, op);
    }

    @Override
    public long hash(ThreadState ts) {
        return PyBigRange.hash(ts, this);
    }

    /** The range iterator (confined under STM: one thread at a time advances an iterator). */
    @org.stmj.api.annotation.ThreadConfined
    public static final class Iter extends PyObject {
        private long next;
        private final long step;
        private long left;
        /** The range's own start and length, for {@code __reduce__}/{@code __setstate__}. */
        private final long start0;
        private final long len0;

        Iter(long start, long step, long len) {
            this.next = start;
            this.step = step;
            this.left = len;
            this.start0 = start;
            this.len0 = len;
        }

        /** {@code __reduce__}: {@code (iter, (range(start, stop, step),), index)}, as CPython pickles it. */
        public PyObject reduce(ThreadState ts) {
            return new PyTuple(ts.interp.builtins.getStr("iter"),
                    new PyTuple(PyRange.make(start0, start0 + len0 * step, step)), Py.newInt(len0 - left));
        }

        /** {@code __setstate__(index)}: the next item is the range's item {@code index}, clamped to its length. */
        public void setState(ThreadState ts, PyObject state) {
            PyInt st = Ops.toInt(ts, state);
            long n = st.isSmall() ? Math.max(0, Math.min(st.v, len0)) : st.signum() < 0 ? 0 : len0;
            next = start0 + n * step;
            left = len0 - n;
        }

        /** The number of items left. */
        public long left() {
            return Math.max(0, left);
        }

        @Override
        public PyType type() {
            return Builtins.RANGE_ITER;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        /** Two methods under C2's 35-byte inlining limit for cold sites: the loop's FOR_ITER calls this directly. */
        @Override
        public PyObject next(ThreadState ts) {
            if (left <= 0) {
                return null;
            }
            return Py.newInt(advance());
        }

        private long advance() {
            left--;
            long v = next;
            next = v + step;
            return v;
        }
    }
}
