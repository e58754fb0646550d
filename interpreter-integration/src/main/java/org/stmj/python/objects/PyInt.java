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
        if (big == null) {
            return (double) v;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Py.overflow("int too large to convert to float");
        }
        return d;
    }

    public final int intValue() {
        if (big != null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Py.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(v);
    }

    @Override
    public String repr(ThreadState ts) {
        return big != null ? decimal(ts, big) : Long.toString(v);
    }

    // ------------------------------------------------------------ CPython's int/str conversion length limit

    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** sys.int_info.str_digits_check_threshold: the smallest non-zero limit. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;

    /** The running interpreter's limit (0: none); the default where no interpreter is bound (compile-time folding). */
    public static int maxStrDigits(ThreadState ts) {
        if (ts == null) {
            ts = ThreadState.current();
        }
        return ts == null ? DEFAULT_MAX_STR_DIGITS : ts.interp.intMaxStrDigits;
    }

    /** str() of a big int in decimal, refused (ValueError) beyond the limit as CPython 3.11 does. */
    public static String decimal(ThreadState ts, BigInteger b) {
        int limit = maxStrDigits(ts);
        // a number below 10**limit has at most limit digits; bitLength * log10(2) under-estimates the digit count
        if (limit > 0 && (long) (b.bitLength() * 0.30102999566398) + 1 > limit) {
            String s = b.abs().toString();
            if (s.length() > limit) {
                throw Py.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; use "
                        + "sys.set_int_max_str_digits() to increase the limit");
            }
            return b.signum() < 0 ? "-" + s : s;
        }
        return b.toString();
    }

    /** The check int(str) makes before converting ndigits digits in a base that is not a power of two. */
    public static void checkParseDigits(ThreadState ts, int ndigits) {
        int limit = maxStrDigits(ts);
        if (limit > 0 && ndigits > limit) {
            throw Py.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + ndigits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** sys.get_int_max_str_digits, sys.set_int_max_str_digits and sys.int_info. */
    public static void installSys(PyDict d) {
        d.putStr("get_int_max_str_digits", new PyBuiltin("get_int_max_str_digits", (ts, a, kw) -> {
            Args.check("get_int_max_str_digits", a, kw, 0, 0);
            return Py.newInt(ts.interp.intMaxStrDigits);
        }));
        d.putStr("set_int_max_str_digits", new PyBuiltin("set_int_max_str_digits", (ts, a, kw) -> {
            PyObject[] p = Args.parse("set_int_max_str_digits", a, kw, new String[] {"maxdigits"}, 1);
            PyInt n = Ops.toInt(ts, p[0]);
            if (n.big != null || n.v != 0 && n.v < STR_DIGITS_CHECK_THRESHOLD || n.v > Integer.MAX_VALUE) {
                throw Py.valueError("maxdigits must be 0 or larger than " + STR_DIGITS_CHECK_THRESHOLD);
            }
            ts.interp.intMaxStrDigits = (int) n.v;
            return Py.None;
        }));
        d.putStr("int_info", new PyTuple(Py.newInt(30), Py.newInt(4), Py.newInt(DEFAULT_MAX_STR_DIGITS),
                Py.newInt(STR_DIGITS_CHECK_THRESHOLD)));
    }

    @Override
    public long hash(ThreadState ts) {
        if (big == null) {
            if (v == -1) {
                return -2;
            }
            if (v > -(1L << 61) + 1 && v < (1L << 61) - 1) {
                return v;
            }
        }
        BigInteger b = toBig();
        long h = b.abs().mod(HASH_MOD).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
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
            if (Double.isNaN(d)) {
                return Py.bool(op == Ops.NE);
            }
            if (Double.isInfinite(d)) {
                c = d > 0 ? -1 : 1;
            } else {
                c = new java.math.BigDecimal(toBig()).compareTo(new java.math.BigDecimal(d));
            }
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
            if (((a.v ^ r) & (b.v ^ r)) < 0) {
                return of(a.toBig().add(b.toBig()));
            }
            return Py.newInt(r);
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyObject sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v - b.v;
            if (((a.v ^ b.v) & (a.v ^ r)) < 0) {
                return of(a.toBig().subtract(b.toBig()));
            }
            return Py.newInt(r);
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    public static PyObject mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.v, b.v);
            long lo = a.v * b.v;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return Py.newInt(lo);
            }
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    public static PyObject floordiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Py.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.v == Long.MIN_VALUE && b.v == -1)) {
            return Py.newInt(Math.floorDiv(a.v, b.v));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyObject mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Py.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.v == -1) {
                return Py.newInt(0);
            }
            return Py.newInt(Math.floorMod(a.v, b.v));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.toBig());
        }
        return of(r);
    }

    public static PyObject truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Py.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53)) {
            return Py.newFloat((double) a.v / (double) b.v);
        }
        double d = trueQuotient(a.toBig(), b.toBig());
        if (Double.isInfinite(d)) {
            throw Py.overflow("integer division result too large for a float");
        }
        return Py.newFloat(d);
    }

    /**
     * a / b (b not zero) correctly rounded to a double, half to even, as CPython's long_true_divide (a zero of the
     * quotient's sign: {@code 0 / -5} is -0.0): an integer quotient of 55 to 56 bits with a sticky bit for a non-zero
     * remainder, rounded once by {@code BigInteger.doubleValue}, then scaled by a power of two (exact unless the
     * result is subnormal, where it may round twice). Infinite when the quotient is too large for a double.
     */
    static double trueQuotient(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger x = a.abs(), y = b.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 55 - (x.bitLength() - y.bitLength());
        if (shift > 0) {
            x = x.shiftLeft(shift);
        } else if (shift < 0) {
            y = y.shiftLeft(-shift);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double d = Math.scalb(q.doubleValue(), -shift);
        return negative ? -d : d;
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.toDouble();
            if (base == 0) {
                throw Py.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Py.newFloat(Math.pow(base, b.toDouble()));
        }
        if (b.big != null) {
            if (a.big == null && (a.v == 0 || a.v == 1)) {
                return a;
            }
            throw Py.overflow("exponent too large");
        }
        if (a.big == null) {
            long base = a.v, e = b.v, r = 1;
            boolean ok = true;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(r, base);
                    long lo = r * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        ok = false;
                        break;
                    }
                    r = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        ok = false;
                        break;
                    }
                    base = lo;
                }
            }
            if (ok) {
                return Py.newInt(r);
            }
        }
        if (b.v > Integer.MAX_VALUE) {
            throw Py.overflow("exponent too large");
        }
        return of(a.toBig().pow((int) b.v));
    }

    public static PyObject lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Py.valueError("negative shift count");
        }
        if (a.big == null && b.big == null && b.v < 63) {
            long r = a.v << b.v;
            if ((r >> b.v) == a.v) {
                return Py.newInt(r);
            }
        }
        if (a.signum() == 0) {
            return a;
        }
        if (b.big != null || b.v > Integer.MAX_VALUE) {
            throw Py.overflow("too many digits in integer"); // CPython's _PyLong_New: more digits than it allows
        }
        return of(a.toBig().shiftLeft(b.intValue()));
    }

    public static PyObject rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Py.valueError("negative shift count");
        }
        if (a.big == null) {
            return Py.newInt(b.big != null || b.v >= 64 ? (a.v < 0 ? -1 : 0) : a.v >> b.v);
        }
        return of(a.toBig().shiftRight(b.intValue()));
    }

    public static PyObject and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Py.newInt(a.v & b.v);
        }
        return of(a.toBig().and(b.toBig()));
    }

    public static PyObject or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Py.newInt(a.v | b.v);
        }
        return of(a.toBig().or(b.toBig()));
    }

    public static PyObject xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Py.newInt(a.v ^ b.v);
        }
        return of(a.toBig().xor(b.toBig()));
    }

    public static PyObject neg(PyInt a) {
        if (a.big == null && a.v != Long.MIN_VALUE) {
            return Py.newInt(-a.v);
        }
        return of(a.toBig().negate());
    }

    public PyObject abs() {
        return signum() < 0 ? neg(this) : (this instanceof PyBool ? Py.newInt(v) : this);
    }

    public String toString(int radix) {
        return toBig().toString(radix);
    }
}
