package org.stmj.python.objects;

import java.math.BigInteger;
import org.stmj.python.vm.ThreadState;

/**
 * A range whose bounds or length do not fit in a long (immutable), and the arithmetic that both range classes
 * share where it is not on a hot path (slicing, comparison, hashing, index, pickling) done on BigIntegers.
 */
final class PyBigRange extends PyObject {
    final BigInteger start, stop, step, len;

    private PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.len = length(start, stop, step);
    }

    static BigInteger length(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0) {
            return start.compareTo(stop) < 0 ? stop.subtract(start).add(step).subtract(BigInteger.ONE).divide(step)
                    : BigInteger.ZERO;
        }
        return start.compareTo(stop) > 0
                ? start.subtract(stop).subtract(step).subtract(BigInteger.ONE).divide(step.negate())
                : BigInteger.ZERO;
    }

    /** range(start, stop, step): over longs where everything fits, else a big range. */
    static PyObject make(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63) {
            BigInteger n = length(start, stop, step);
            if (n.bitLength() < 63 && start.add(n.multiply(step)).bitLength() < 63) {
                return new PyRange(start.longValue(), stop.longValue(), step.longValue());
            }
        }
        return new PyBigRange(start, stop, step);
    }

    /** {start, stop, step, len} of a range of either class. */
    static BigInteger[] bounds(PyObject r) {
        if (r instanceof PyRange) {
            PyRange s = (PyRange) r;
            return new BigInteger[] {BigInteger.valueOf(s.start), BigInteger.valueOf(s.stop),
                BigInteger.valueOf(s.step), BigInteger.valueOf(s.len)};
        }
        PyBigRange b = (PyBigRange) r;
        return new BigInteger[] {b.start, b.stop, b.step, b.len};
    }

    static boolean isRange(PyObject o) {
        return o instanceof PyRange || o instanceof PyBigRange;
    }

    @Override
    public PyType type() {
        return Builtins.RANGE;
    }

    @Override
    public int len(ThreadState ts) {
        if (len.bitLength() > 31) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return len.intValue();
    }

    @Override
    public boolean truth(ThreadState ts) {
        return len.signum() != 0;
    }

    @Override
    public String repr(ThreadState ts) {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        return getitem(ts, start, step, len, key);
    }

    /** r[key] of the range (start, step, len): an item or, for a slice, a range. */
    static PyObject getitem(ThreadState ts, BigInteger start, BigInteger step, BigInteger len, PyObject key) {
        if (key instanceof PySlice) {
            BigInteger[] sl = sliceIndices(ts, (PySlice) key, len);
            BigInteger nstart = start.add(sl[0].multiply(step));
            BigInteger nstop = start.add(sl[1].multiply(step));
            return make(nstart, nstop, step.multiply(sl[2]));
        }
        PyInt k;
        if (key instanceof PyInt || key.type().lookup("__index__") != null) {
            k = Ops.toInt(ts, key);
        } else {
            throw Py.typeError("range indices must be integers or slices, not " + key.type().name);
        }
        BigInteger i = k.toBig();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw Py.indexError("range object index out of range");
        }
        return Py.newInt(start.add(i.multiply(step)));
    }

    /** CPython's slice.indices on arbitrary-size ints: {start, stop, step} clipped to a sequence of length n. */
    static BigInteger[] sliceIndices(ThreadState ts, PySlice s, BigInteger n) {
        BigInteger st = s.step == Py.None ? BigInteger.ONE : Ops.toInt(ts, s.step).toBig();
        if (st.signum() == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? n.subtract(BigInteger.ONE) : n;
        BigInteger lo = clip(ts, s.start, n, lower, upper, neg ? upper : lower);
        BigInteger hi = clip(ts, s.stop, n, lower, upper, neg ? lower : upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger clip(ThreadState ts, PyObject v, BigInteger n, BigInteger lower, BigInteger upper,
            BigInteger dflt) {
        if (v == Py.None) {
            return dflt;
        }
        BigInteger x = Ops.toInt(ts, v).toBig();
        if (x.signum() < 0) {
            x = x.add(n);
            return x.compareTo(lower) < 0 ? lower : x;
        }
        return x.compareTo(upper) > 0 ? upper : x;
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (!(v instanceof PyInt) || v.type().heap) {
            return super.contains(ts, v);
        }
        BigInteger x = ((PyInt) v).toBig();
        if (step.signum() > 0 ? (x.compareTo(start) < 0 || x.compareTo(stop) >= 0)
                : (x.compareTo(start) > 0 || x.compareTo(stop) <= 0)) {
            return false;
        }
        return x.subtract(start).mod(step.abs()).signum() == 0;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        return richcmp(this, o, op);
    }

    /** == and != of ranges: equal when they hold the same sequence. */
    static PyObject richcmp(PyObject a, PyObject o, int op) {
        if (!isRange(o) || (op != Ops.EQ && op != Ops.NE)) {
            return null;
        }
        BigInteger[] x = bounds(a);
        BigInteger[] y = bounds(o);
        boolean eq = x[3].equals(y[3]) && (x[3].signum() == 0
                || (x[0].equals(y[0]) && (x[3].equals(BigInteger.ONE) || x[2].equals(y[2]))));
        return Py.bool(eq == (op == Ops.EQ));
    }

    @Override
    public long hash(ThreadState ts) {
        return hash(ts, this);
    }

    /** CPython's range hash: of (len, None, None), (len, start, None) or (len, start, step). */
    static long hash(ThreadState ts, PyObject r) {
        BigInteger[] b = bounds(r);
        PyObject l = Py.newInt(b[3]);
        if (b[3].signum() == 0) {
            return new PyTuple(l, Py.None, Py.None).hash(ts);
        }
        if (b[3].equals(BigInteger.ONE)) {
            return new PyTuple(l, Py.newInt(b[0]), Py.None).hash(ts);
        }
        return new PyTuple(l, Py.newInt(b[0]), Py.newInt(b[2])).hash(ts);
    }

    /** range.index(v) of a range of either class. */
    static PyObject index(ThreadState ts, PyObject r, PyObject v) {
        if (v instanceof PyInt && !v.type().heap) {
            if (r.contains(ts, v)) {
                BigInteger[] b = bounds(r);
                return Py.newInt(((PyInt) v).toBig().subtract(b[0]).divide(b[2]));
            }
        } else {
            // any other object: by equality, as a sequence
            BigInteger[] b = bounds(r);
            BigInteger i = BigInteger.ZERO;
            PyObject it = r.iter(ts);
            for (PyObject x; (x = Ops.next(ts, it)) != null; i = i.add(BigInteger.ONE)) {
                if (Ops.eq(ts, x, v)) {
                    return Py.newInt(i);
                }
            }
        }
        // range_index: an int not in it by its repr, anything else through _PySequence_IterSearch's text
        throw Py.valueError(v instanceof PyInt && !v.type().heap ? Ops.repr(ts, v) + " is not in range"
                : "sequence.index(x): x not in sequence");
    }

    /** range.count(v) of a range of either class. */
    static PyObject count(ThreadState ts, PyObject r, PyObject v) {
        if (v instanceof PyInt && !v.type().heap) {
            return Py.newInt(r.contains(ts, v) ? 1 : 0);
        }
        long n = 0;
        PyObject it = r.iter(ts);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            if (Ops.eq(ts, x, v)) {
                n++;
            }
        }
        return Py.newInt(n);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new Iter(start, step, len);
    }

    /** The iterator of a big range (CPython's longrange_iterator); confined to the thread that advances it. */
    static final class Iter extends PyIterBase {
        private final BigInteger start0;
        private final BigInteger step;
        private final BigInteger len0;
        private BigInteger index = BigInteger.ZERO;

        Iter(BigInteger start, BigInteger step, BigInteger len) {
            super(Builtins.LONGRANGE_ITER);
            this.start0 = start;
            this.step = step;
            this.len0 = len;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (index.compareTo(len0) >= 0) {
                return null;
            }
            BigInteger v = start0.add(index.multiply(step));
            index = index.add(BigInteger.ONE);
            return Py.newInt(v);
        }

        /** {@code (iter, (range(start, stop, step),), index)}, as CPython pickles it. */
        @Override
        public PyObject reduce(ThreadState ts) {
            return new PyTuple(ts.interp.builtins.getStr("iter"),
                    new PyTuple(make(start0, start0.add(len0.multiply(step)), step)), Py.newInt(index));
        }

        /** {@code __setstate__(index)}, clamped to the range's length. */
        void setState(ThreadState ts, PyObject state) {
            BigInteger n = Ops.toInt(ts, state).toBig();
            index = n.signum() < 0 ? BigInteger.ZERO : n.min(len0);
        }

        /** The number of items left. */
        BigInteger left() {
            return len0.subtract(index).max(BigInteger.ZERO);
        }
    }
}
