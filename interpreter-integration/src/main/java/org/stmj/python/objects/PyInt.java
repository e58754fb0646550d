package org.stmj.python.objects;

import java.math.BigInteger;
import org.stmj.python.vm.ThreadState;

/** An int of any size: a long when it fits (big == null), else a BigInteger. Immutable. */
public class PyInt extends PyObject {
    static final BigInteger LMIN = BigInteger.valueOf(Long.MIN_VALUE), LMAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger HASH_MOD = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    public final long v;
    public final BigInteger big;

    PyInt(long v) {
        this.v = v;
        this.big = null;
    }

    PyInt(BigInteger b) {
        if (b.bitLength() < 64) {
            this.v = b.longValue();
            this.big = null;
        } else {
            this.v = 0;
            this.big = b;
        }
    }

    @Override
    public PyType type() {
        return Builtins.INT;
    }

    public final boolean isSmall() {
        return big == null;
    }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(v);
    }

    public final double toDouble() {
        if (big == null) return (double) v;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Py.overflow("int too large to convert to float");
        return d;
    }

    public final int intValue() {
        if (big != null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)
            throw Py.overflow("Python int too large to convert to C int");
        return (int) v;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(v);
    }

    @Override
    public String repr(ThreadState ts) {
        return big != null ? big.toString() : Long.toString(v);
    }

    @Override
    public long hash(ThreadState ts) {
        if (big == null) {
            if (v == -1) return -2;
            if (v > -(1L << 61) + 1 && v < (1L << 61) - 1) return v;
        }
        BigInteger b = toBig();
        long h = b.abs().mod(HASH_MOD).longValue();
        if (b.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean truth(ThreadState ts) {
        return big != null || v != 0;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        int c;
        if (o instanceof PyInt) {
            PyInt b = (PyInt) o;
            c = (big == null && b.big == null) ? Long.compare(v, b.v) : toBig().compareTo(b.toBig());
        } else if (o instanceof PyFloat) {
            double d = ((PyFloat) o).v;
            if (Double.isNaN(d)) return Py.bool(op == Ops.NE);
            if (Double.isInfinite(d)) c = d > 0 ? -1 : 1;
            else c = new java.math.BigDecimal(toBig()).compareTo(new java.math.BigDecimal(d));
        } else {
            return null;
        }
        return Py.bool(Ops.cmpResult(c, op));
    }

    static PyInt of(BigInteger b) {
        return Py.newInt(b);
    }

    public static PyObject add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v + b.v;
            if (((a.v ^ r) & (b.v ^ r)) < 0) return of(a.toBig().add(b.toBig()));
            return Py.newInt(r);
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyObject sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v - b.v;
            if (((a.v ^ b.v) & (a.v ^ r)) < 0) return of(a.toBig().subtract(b.toBig()));
            return Py.newInt(r);
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    public static PyObject mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.v, b.v);
            long lo = a.v * b.v;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return Py.newInt(lo);
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    public static PyObject floordiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Py.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.v == Long.MIN_VALUE && b.v == -1)) return Py.newInt(Math.floorDiv(a.v, b.v));
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
        return of(q);
    }

    public static PyObject mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Py.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.v == -1) return Py.newInt(0);
            return Py.newInt(Math.floorMod(a.v, b.v));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.toBig());
        return of(r);
    }

    public static PyObject truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Py.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53))
            return Py.newFloat((double) a.v / (double) b.v);
        java.math.BigDecimal q = new java.math.BigDecimal(a.toBig()).divide(new java.math.BigDecimal(b.toBig()),
                java.math.MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) throw Py.overflow("integer division result too large for a float");
        return Py.newFloat(d);
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.toDouble();
            if (base == 0) throw Py.zeroDivision("0.0 cannot be raised to a negative power");
            return Py.newFloat(Math.pow(base, b.toDouble()));
        }
        if (b.big != null) {
            if (a.big == null && (a.v == 0 || a.v == 1)) return a;
            throw Py.overflow("exponent too large");
        }
        if (a.big == null) {
            long base = a.v, e = b.v, r = 1;
            boolean ok = true;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(r, base);
                    long lo = r * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    r = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    base = lo;
                }
            }
            if (ok) return Py.newInt(r);
        }
        if (b.v > Integer.MAX_VALUE) throw Py.overflow("exponent too large");
        return of(a.toBig().pow((int) b.v));
    }

    public static PyObject lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Py.valueError("negative shift count");
        if (a.big == null && b.big == null && b.v < 63) {
            long r = a.v << b.v;
            if ((r >> b.v) == a.v) return Py.newInt(r);
        }
        return of(a.toBig().shiftLeft(b.intValue()));
    }

    public static PyObject rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Py.valueError("negative shift count");
        if (a.big == null) return Py.newInt(b.big != null || b.v >= 64 ? (a.v < 0 ? -1 : 0) : a.v >> b.v);
        return of(a.toBig().shiftRight(b.intValue()));
    }

    public static PyObject and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Py.newInt(a.v & b.v);
        return of(a.toBig().and(b.toBig()));
    }

    public static PyObject or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Py.newInt(a.v | b.v);
        return of(a.toBig().or(b.toBig()));
    }

    public static PyObject xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Py.newInt(a.v ^ b.v);
        return of(a.toBig().xor(b.toBig()));
    }

    public static PyObject neg(PyInt a) {
        if (a.big == null && a.v != Long.MIN_VALUE) return Py.newInt(-a.v);
        return of(a.toBig().negate());
    }

    public PyObject abs() {
        return signum() < 0 ? neg(this) : (this instanceof PyBool ? Py.newInt(v) : this);
    }

    public String toString(int radix) {
        return toBig().toString(radix);
    }
}
