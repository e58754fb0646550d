package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** range(start, stop, step) over longs. Immutable. */
public final class PyRange extends PyObject {
    public final long start, stop, step, len;

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

    @Override
    public PyType type() {
        return Builtins.RANGE;
    }

    @Override
    public int len(ThreadState ts) {
        return (int) len;
    }

    @Override
    public String repr(ThreadState ts) {
        return "range(" + start + ", " + stop + (step != 1 ? ", " + step : "") + ")";
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, (int) len);
            return new PyRange(start + r[0] * step, start + r[1] * step, step * r[2]);
        }
        return Py.newInt(start + Ops.index(ts, key, (int) len, "range object") * step);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (v instanceof PyInt && ((PyInt) v).isSmall()) {
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
        if (!(o instanceof PyRange) || (op != Ops.EQ && op != Ops.NE)) {
            return null;
        }
        PyRange b = (PyRange) o;
        boolean eq = len == b.len && (len == 0 || (start == b.start && (len == 1 || step == b.step)));
        return Py.bool(eq == (op == Ops.EQ));
    }

    @Override
    public long hash(ThreadState ts) {
        return new PyTuple(Py.newInt(len), Py.newInt(start), Py.newInt(step)).hash(ts);
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
                    new PyTuple(new PyRange(start0, start0 + len0 * step, step)), Py.newInt(len0 - left));
        }

        /** {@code __setstate__(index)}: the next item is the range's item {@code index}, clamped to its length. */
        public void setState(ThreadState ts, PyObject state) {
            long n = Math.max(0, Math.min(Ops.asIndex(ts, state), len0));
            next = start0 + n * step;
            left = len0 - n;
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
