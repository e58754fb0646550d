package org.stmj.python.objects;

import java.math.BigInteger;
import org.stmj.python.vm.ThreadState;

/** A range whose bounds do not fit in a long (immutable). */
final class PyBigRange extends PyObject {
    final BigInteger start, stop, step, len;

    private PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).add(step).subtract(BigInteger.ONE).divide(step)
                    : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0
                    ? start.subtract(stop).subtract(step).subtract(BigInteger.ONE).divide(step.negate())
                    : BigInteger.ZERO;
        }
        this.len = n;
    }

    static PyObject make(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Py.valueError("range() arg 3 must not be zero");
        }
        return new PyBigRange(start, stop, step);
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
        BigInteger i = Ops.toInt(ts, key).toBig();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw Py.indexError("range object index out of range");
        }
        return Py.newInt(start.add(i.multiply(step)));
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (!(v instanceof PyInt)) {
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
    public PyObject iter(ThreadState ts) {
        BigInteger[] next = {start};
        BigInteger[] left = {len};
        return PyIterBase.of(Builtins.RANGE_ITER, t -> {
            if (left[0].signum() <= 0) {
                return null;
            }
            left[0] = left[0].subtract(BigInteger.ONE);
            BigInteger v = next[0];
            next[0] = v.add(step);
            return Py.newInt(v);
        });
    }
}
