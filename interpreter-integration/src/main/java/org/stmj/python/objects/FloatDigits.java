package org.stmj.python.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of doubles for repr and the 'f', 'e' and 'g' formats, exact as CPython's (correctly rounded,
 * half-even on exact ties; repr the shortest round-tripping digits), with fast paths that avoid {@code BigDecimal}:
 * <ul>
 * <li>repr: the JDK's {@code Double.toString} round-trips but is not always the shortest. When it has at most 15
 * significant digits and the double is normal, it is the answer: two different decimals of at most 15 digits never
 * round to the same normal double (15 = DBL_DIG), so no shorter string and no other one of the same length
 * round-trips. Otherwise the shortest round-tripping length is 15, 16 or 17 (at most 15 exactly when the
 * 15-digit rounding round-trips, by the same argument), found with one exact {@code BigDecimal} and at most three
 * roundings;</li>
 * <li>fixed and scientific digits: the scaled value {@code |d| * 10^k} (or {@code / 10^-k}) is computed with one
 * correctly rounded operation ({@code 10^k} is exact for {@code |k| <= 22}), so it is within a relative 2^-53 of
 * the exact product; when it is below 2^52 and farther than that bound from the nearest half-integer, its
 * rounding to an integer is the exact value's. Ties and near-ties, and everything out of these ranges, take the
 * exact {@code BigDecimal} path.</li>
 * </ul>
 */
final class FloatDigits {
    private FloatDigits() {
    }

    /** Exact powers of ten as doubles (10^0 .. 10^22 are representable exactly). */
    private static final double[] POW10 = new double[23];
    private static final long[] LPOW10 = new long[19];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
        long q = 1;
        for (int i = 0; i < LPOW10.length; i++) {
            LPOW10[i] = q;
            q *= 10;
        }
    }

    /**
     * The shortest decimal digits that round-trip and the decimal exponent (value = 0.DIGITS * 10^exp) of a finite
     * positive double; of the shortest, the one nearest the exact value.
     */
    static String[] shortest(double d) {
        if (d >= 0.01 && d < 1e15) {
            String[] exact = shortestScaled(d);
            if (exact != null) {
                return exact;
            }
        }
        if (d >= Double.MIN_NORMAL) {
            String[] fast = fromJdk(d);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal exact = new BigDecimal(d);
        // a normal double: no length under 15 round-trips unless 15 does (see the class comment)
        for (int p = d >= Double.MIN_NORMAL ? 15 : 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (p == 17 || r.doubleValue() == d) {
                String digits = r.unscaledValue().abs().toString();
                int exp = digits.length() - r.scale();
                int n = digits.length();
                while (n > 1 && digits.charAt(n - 1) == '0') {
                    n--;
                }
                return new String[] {digits.substring(0, n), Integer.toString(exp)};
            }
        }
        throw new IllegalStateException("no round-trip for " + d);
    }

    /**
     * {@link #shortest} for 0.01 <= d < 1e15 in 64/128-bit integer arithmetic: d = m * 2^-s exactly (3 <= s <= 59),
     * so d * 10^k = m * 10^k / 2^s with m * 10^k below 2^113 for k <= 18; the correctly rounded p-digit decimal is
     * that quotient rounded half-even, and it round-trips exactly when its distance to d is under half the
     * spacing of the doubles around d (a quarter below a power of two; at exactly half it round-trips when m is
     * even, as parsing rounds half-even). Null when the exponent estimate misses twice.
     */
    private static String[] shortestScaled(double d) {
        int e10 = (int) Math.floor(Math.log10(d));
        long m = (Double.doubleToRawLongBits(d) & ((1L << 52) - 1)) | (1L << 52);
        int s = 52 - Math.getExponent(d);
        boolean retried = false;
        for (int p = 15; p <= 17; p++) {
            int k = p - 1 - e10;
            if (k < 0 || k > 18) {
                return null;
            }
            long p10 = LPOW10[k];
            long hi = Math.multiplyHigh(m, p10);
            long lo = m * p10;
            long q = (hi << (64 - s)) | (lo >>> s);
            long rem = lo & ((1L << s) - 1);
            if (q < LPOW10[p - 1] || q >= LPOW10[p]) {
                // the estimate of the decimal exponent was off by one: correct it once and start over at 15 digits
                if (retried) {
                    return null;
                }
                retried = true;
                e10 += q < LPOW10[p - 1] ? -1 : 1;
                p = 14;
                continue;
            }
            long half = 1L << (s - 1);
            boolean up = rem > half || (rem == half && (q & 1) != 0);
            long c = up ? q + 1 : q;
            long dist = up ? (1L << s) - rem : rem;
            boolean roundTrips;
            if (p == 17) {
                roundTrips = true;
            } else if (!up && m == 1L << 52) {
                roundTrips = 4 * dist <= p10;
            } else {
                roundTrips = 2 * dist < p10 || (2 * dist == p10 && (m & 1) == 0);
            }
            if (roundTrips) {
                int exp = e10 + 1;
                if (c == LPOW10[p]) {
                    c = 1;
                    exp++;
                }
                while (c % 10 == 0) {
                    c /= 10;
                }
                return new String[] {Long.toString(c), Integer.toString(exp)};
            }
        }
        return null;
    }

    /** The digits of {@code Double.toString(d)} when they are at most 15 significant ones, else null. */
    private static String[] fromJdk(double d) {
        String s = Double.toString(d);
        int e = s.indexOf('E');
        int end = e < 0 ? s.length() : e;
        int dot = s.indexOf('.');
        // exponent of the first character position: the integer part's length plus the E exponent
        int exp = dot + (e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10));
        StringBuilder digits = new StringBuilder(18);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '0' && digits.length() == 0) {
                exp--;
                continue;
            }
            digits.append(c);
        }
        int n = digits.length();
        while (n > 1 && digits.charAt(n - 1) == '0') {
            n--;
        }
        if (n > 15 || n == 0) {
            return null;
        }
        digits.setLength(n);
        return new String[] {digits.toString(), Integer.toString(exp)};
    }

    /**
     * {@code a} (finite, not negative) with exactly {@code prec} digits after the point, the exact binary value
     * rounded half-even; null when the fast path cannot decide (the caller then rounds exactly).
     */
    static String fixed(double a, int prec) {
        if (prec > 22 || !(a >= 0)) {
            return null;
        }
        double x = a * POW10[prec];
        if (!(x < 0x1p52)) {
            return null;
        }
        long r = rounded(x);
        if (r < 0) {
            return null;
        }
        String ds = Long.toString(r);
        if (prec == 0) {
            return ds;
        }
        StringBuilder sb = new StringBuilder(ds.length() + prec + 2);
        int intLen = ds.length() - prec;
        if (intLen <= 0) {
            sb.append("0.");
            for (int i = intLen; i < 0; i++) {
                sb.append('0');
            }
            sb.append(ds);
        } else {
            sb.append(ds, 0, intLen).append('.').append(ds, intLen, ds.length());
        }
        return sb.toString();
    }

    /**
     * x (0 <= x < 2^52, within a relative 2^-53 of an exact value X) rounded to the integer nearest X, or -1 when X
     * could lie on the other side of a half-integer than x (then only exact arithmetic decides).
     */
    private static long rounded(double x) {
        long r = (long) x;
        double frac = x - r;
        double err = x * 0x1p-52 + 0x1p-1074;
        if (Math.abs(frac - 0.5) <= err) {
            return -1;
        }
        return frac > 0.5 ? r + 1 : r;
    }

    /**
     * The p (1..15) significant digits of a (positive, normal), correctly rounded, as an integer of exactly p
     * digits, and the decimal exponent of its first digit: {@code digits | (exponent + 1024) << 50}; -1 when the
     * fast path cannot decide.
     */
    static long sciDigits(double a, int p) {
        if (p < 1 || p > 15 || !(a >= Double.MIN_NORMAL) || a == Double.POSITIVE_INFINITY) {
            return -1;
        }
        int x10 = (int) Math.floor(Math.log10(a));
        for (int attempt = 0; attempt < 2; attempt++) {
            int k = p - 1 - x10;
            double y;
            if (k >= 0 && k <= 22) {
                y = a * POW10[k];
            } else if (k < 0 && k >= -22) {
                y = a / POW10[-k];
            } else {
                return -1;
            }
            if (y < LPOW10[p - 1]) {
                x10--;
                continue;
            }
            if (y >= LPOW10[p]) {
                x10++;
                continue;
            }
            long r = rounded(y);
            if (r < 0) {
                return -1;
            }
            if (r == LPOW10[p]) {
                r = LPOW10[p - 1];
                x10++;
            }
            return r | (long) (x10 + 1024) << 50;
        }
        return -1;
    }

    /** The digits part of a {@link #sciDigits} result. */
    static long digitsOf(long packed) {
        return packed & ((1L << 50) - 1);
    }

    /** The exponent part of a {@link #sciDigits} result. */
    static int exponentOf(long packed) {
        return (int) (packed >>> 50) - 1024;
    }
}
