package org.stmj.python.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.stmj.python.vm.ThreadState;

/** A float (IEEE double), with CPython's shortest round-tripping repr. Immutable. */
public class PyFloat extends PyObject {
    public final double v;

    PyFloat(double v) {
        this.v = v;
    }

    @Override
    public PyType type() {
        return Builtins.FLOAT;
    }

    @Override
    public String repr(ThreadState ts) {
        return repr(v);
    }

    /** The shortest decimal digits that round-trip, and the decimal exponent: value = 0.DIGITS * 10^exp. */
    static String[] shortest(double d) {
        return FloatDigits.shortest(d);
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        String[] sh = shortest(Math.abs(d));
        String digits = sh[0];
        int exp = Integer.parseInt(sh[1]);
        int x = exp - 1;
        if (x < -4 || x >= 16) {
            StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) {
                sb.append('0');
            }
            return sb.append(ax).toString();
        }
        StringBuilder sb = new StringBuilder(sign);
        if (exp <= 0) {
            sb.append("0.");
            for (int i = 0; i < -exp; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (exp >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < exp; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, exp).append('.').append(digits, exp, digits.length());
        }
        return sb.toString();
    }

    @Override
    public long hash(ThreadState ts) {
        return Double.isNaN(v) ? Ops.id(this) >>> 4 : hash(v);
    }

    /** CPython's _Py_HashDouble: the value reduced modulo 2**61 - 1 (equal to the int hash for integral values). */
    public static long hash(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        final long mod = (1L << 61) - 1;
        int e = Math.getExponent(d) + 1;
        if (d == 0) {
            e = 0;
        } else if (Math.getExponent(d) < Double.MIN_EXPONENT) {
            e = Math.getExponent(d * 0x1p54) + 1 - 54;
        }
        double m = Math.scalb(Math.abs(d), -e);
        int sign = d < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public boolean truth(ThreadState ts) {
        return v != 0;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        double b;
        if (o instanceof PyFloat) {
            b = ((PyFloat) o).v;
        } else if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (i.isSmall() && Math.abs(i.v) < (1L << 53)) {
                b = i.v;
            } else {
                PyObject r = i.richcmp(ts, this, Ops.swapped(op));
                return r;
            }
        } else {
            return null;
        }
        double a = v;
        boolean r;
        switch (op) {
            case Ops.LT: r = a < b; break;
            case Ops.LE: r = a <= b; break;
            case Ops.EQ: r = a == b; break;
            case Ops.NE: r = a != b; break;
            case Ops.GT: r = a > b; break;
            default: r = a >= b;
        }
        return Py.bool(r);
    }

    public static double floordiv(double a, double b) {
        if (b == 0) {
            throw Py.zeroDivision("float floor division by zero");
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double fl = Math.floor(div);
        if (div - fl > 0.5) {
            fl += 1.0;
        }
        return fl;
    }

    public static double mod(double a, double b) {
        if (b == 0) {
            throw Py.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            m += b;
        } else if (m == 0) {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /**
     * {@code a ** b} for a positive base (+inf included): {@code Math.sqrt} for the exponent 0.5 (where the two agree
     * for every positive base, and sqrt is correctly rounded and several times cheaper than the {@code Math.pow}
     * call, which C2 turns into sqrt only for a constant exponent), else {@code Math.pow}. The loop's float fast path
     * and {@link #pow} both compute powers through here, so they give the same value.
     */
    public static double powPositive(double a, double b) {
        return b == 0.5 ? Math.sqrt(a) : Math.pow(a, b);
    }

    public static double pow(double a, double b) {
        if (b == 0 || a == 1 || (a == -1 && Double.isInfinite(b))) {
            return 1.0;
        }
        if (a == 0 && b < 0 && Double.isFinite(b)) {
            throw Py.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && Double.isFinite(a) && Double.isFinite(b) && b != Math.rint(b)) {
            throw Py.valueError("math domain error");
        }
        double r = a > 0 ? powPositive(a, b) : Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Py.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** Formats with a fixed number of decimals, rounding the exact binary value half-even, like C printf. */
    public static String fixed(double d, int prec) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = FloatDigits.fixed(Math.abs(d), prec);
        if (s == null) {
            s = new BigDecimal(Math.abs(d)).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            if (!s.startsWith("-")) {
                s = "-" + s;
            }
        }
        return s;
    }

    /** Scientific notation with prec digits after the point. */
    public static String sci(double d, int prec, boolean upper) {
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        d = Math.abs(d);
        String digits;
        int x;
        long packed;
        if (d == 0) {
            digits = "0".repeat(prec + 1);
            x = 0;
        } else if ((packed = FloatDigits.sciDigits(d, prec + 1)) >= 0) {
            digits = Long.toString(FloatDigits.digitsOf(packed));
            x = FloatDigits.exponentOf(packed);
        } else {
            BigDecimal r = new BigDecimal(d).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            x = digits.length() - r.scale() - 1;
            if (digits.length() < prec + 1) {
                digits = digits + "0".repeat(prec + 1 - digits.length());
            }
            digits = digits.substring(0, prec + 1);
        }
        StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
        if (prec > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(upper ? 'E' : 'e').append(x < 0 ? '-' : '+');
        if (Math.abs(x) < 10) {
            sb.append('0');
        }
        return sb.append(Math.abs(x)).toString();
    }

    /** The decimal exponent of a (finite, positive) rounded to p significant digits. */
    static int roundedExponent(double a, int p) {
        long packed = FloatDigits.sciDigits(a, p);
        if (packed >= 0) {
            return FloatDigits.exponentOf(packed);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
        return r.precision() - r.scale() - 1;
    }

    /** A decimal number without the trailing zeros of its fraction, and without its point if nothing is left. */
    static String stripFraction(String m) {
        if (m.indexOf('.') < 0) {
            return m;
        }
        int n = m.length();
        while (m.charAt(n - 1) == '0') {
            n--;
        }
        if (m.charAt(n - 1) == '.') {
            n--;
        }
        return m.substring(0, n);
    }

    /** The 'g' format: significant digits, trailing zeros removed unless alt. */
    public static String general(double d, int prec, boolean upper, boolean alt) {
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        }
        if (prec == 0) {
            prec = 1;
        }
        int x = d == 0 ? 0 : roundedExponent(Math.abs(d), prec);
        String s;
        if (x >= -4 && x < prec) {
            s = fixed(d, prec - 1 - x);
            if (!alt) {
                s = stripFraction(s);
            }
        } else {
            s = sci(d, prec - 1, upper);
            if (!alt) {
                int e = s.indexOf(upper ? 'E' : 'e');
                s = stripFraction(s.substring(0, e)) + s.substring(e);
            }
        }
        if (alt && s.indexOf('.') < 0) {
            // the alternate form always has a decimal point ('%#.3g' % 123.4 -> '123.', '%#.1g' % 100 -> '1.e+02')
            int e = s.indexOf(upper ? 'E' : 'e');
            s = e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
        }
        return s;
    }
}
