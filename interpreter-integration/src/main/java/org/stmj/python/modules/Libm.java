package org.stmj.python.modules;

import java.math.BigDecimal;

/**
 * The math functions whose results CPython takes from a C library the JVM has no twin of (life22). CPython 3.11
 * computes {@code gamma} and {@code lgamma} itself, with a Lanczos sum (g = 6.0246800407767296, 13 terms, Boost's
 * lanczos13m53) and the reflection formula below 0: {@link #gamma} and {@link #lgamma} follow that method step by
 * step, so that with the JVM's exp, pow, log and sin (which agree with glibc's almost always) the result is
 * CPython's. glibc's atan, atan2 and log2 are correctly rounded (or within a hair of it), so {@link #atan},
 * {@link #atan2} and {@link #log2} compute the exact value to about 100 bits in double-double arithmetic and round
 * it once; {@link #erf}/{@link #erfc} the same way (glibc's are not always correctly rounded, up to 0.55 ulp off:
 * the agreement is what a correct result can give, papers/results/conformance.md, life22). glibc's cbrt is further
 * off (a correctly rounded cube root agreed with it no more often than the JVM's does), so cbrt stays the JVM's.
 *
 * <p>Double-double numbers are pairs (hi, lo) with |lo| <= ulp(hi)/2, passed in a two-element array to keep the
 * code short; the operations are the classic error-free transformations (Knuth's two-sum, the fused multiply-add
 * product).
 */
final class Libm {
    private Libm() {
    }

    // ---- gamma and lgamma: CPython's method (Modules/mathmodule.c, m_tgamma/m_lgamma) ----

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    /** Numerator of the rational Lanczos sum, highest power last (Boost's lanczos13m53, as CPython). */
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** Denominator: the coefficients of x(x+1)...(x+11), computed (they are integers). */
    private static final double[] LANCZOS_DEN = new double[13];
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    static {
        // the polynomial x(x+1)...(x+11), coefficient of x^i at i (exact in doubles: all below 2^53)
        long[] p = new long[13];
        p[1] = 1;
        for (int k = 1; k <= 11; k++) {
            for (int i = 12; i >= 1; i--) {
                p[i] = p[i - 1] + k * p[i];
            }
            p[0] = 0;
        }
        for (int i = 0; i < 13; i++) {
            LANCZOS_DEN[i] = p[i];
        }
    }

    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        // evaluated in powers of x below 5, of 1/x above (to avoid overflow), as CPython does
        if (x < 5.0) {
            for (int i = 12; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < 13; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x), with the argument reduced exactly first (CPython's m_sinpi). */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = Math.sin(Math.PI * y);
                break;
            case 1:
                r = Math.cos(Math.PI * (y - 0.5));
                break;
            case 2:
                // N.B. -sin(pi*(y-1.0)) is not always equal to sin(pi*(1.0-y)) when y == 1.0
                r = Math.sin(Math.PI * (1.0 - y));
                break;
            case 3:
                r = -Math.cos(Math.PI * (y - 1.5));
                break;
            default:
                r = Math.sin(Math.PI * (y - 2.0));
                break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /**
     * Gamma; NaN for a domain error (0, negative integers, -inf), an infinity for an overflow (the caller maps
     * both to CPython's ValueError/OverflowError).
     */
    static double gamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        }
        if (x == 0) {
            return Double.NaN; // CPython: ValueError
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                return Double.NaN;
            }
            if (x <= 23) {
                double r = 1;
                for (int i = 2; i < (int) x; i++) {
                    r *= i; // exact: 22! < 2^70 with trailing zeros, each product representable
                }
                return r;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            return x < 0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double q, z;
        // the rounding error of y, so that the result can be corrected for it
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** log|Gamma(x)|; NaN for a domain error (0 and negative integers: CPython's ValueError). */
    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0.0 ? Double.NaN : 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        return r;
    }

    // ---- double-double arithmetic ----

    private static double[] dd(double hi, double lo) {
        double s = hi + lo;
        return new double[] {s, lo - (s - hi)};
    }

    private static double[] add(double[] a, double[] b) {
        double s = a[0] + b[0];
        double v = s - a[0];
        double e = (a[0] - (s - v)) + (b[0] - v);
        return dd(s, e + a[1] + b[1]);
    }

    private static double[] neg(double[] a) {
        return new double[] {-a[0], -a[1]};
    }

    private static double[] mul(double[] a, double[] b) {
        double p = a[0] * b[0];
        double e = Math.fma(a[0], b[0], -p);
        return dd(p, e + a[0] * b[1] + a[1] * b[0]);
    }

    private static double[] mul(double[] a, double b) {
        double p = a[0] * b;
        double e = Math.fma(a[0], b, -p);
        return dd(p, e + a[1] * b);
    }

    private static double[] div(double[] a, double[] b) {
        double q1 = a[0] / b[0];
        double[] r = add(a, neg(mul(b, q1)));
        double q2 = r[0] / b[0];
        r = add(r, neg(mul(b, q2)));
        double q3 = r[0] / b[0];
        return add(dd(q1, q2), new double[] {q3, 0});
    }

    /** A double-double constant from its decimal expansion (class initialisation only). */
    private static double[] ddOf(BigDecimal v) {
        double hi = v.doubleValue();
        return dd(hi, v.subtract(new BigDecimal(hi)).doubleValue());
    }

    private static final double[] PI = ddOf(new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459"));
    private static final double[] PI_2 = mul(PI, 0.5);
    private static final double[] LN2 = ddOf(new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009"));

    // ---- atan, atan2 ----

    /** atan(k/8) for k = 0..8, to double-double precision (computed once by the series below). */
    private static final double[][] ATAN_TABLE = new double[9][];

    static {
        for (int k = 0; k <= 8; k++) {
            // atan(c) = 2 atan(c / (1 + sqrt(1 + c^2))) brings c <= 1 down to <= 0.415, then the series
            ATAN_TABLE[k] = atanBig(new BigDecimal(k).divide(new BigDecimal(8)));
        }
    }

    private static double[] atanBig(BigDecimal c) {
        java.math.MathContext mc = new java.math.MathContext(50);
        BigDecimal t = c.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(c.multiply(c)).sqrt(mc)), mc);
        t = t.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(t.multiply(t)).sqrt(mc)), mc); // <= 0.199
        BigDecimal t2 = t.multiply(t, mc);
        BigDecimal term = t;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; n < 80; n++) {
            BigDecimal s = term.divide(new BigDecimal(2 * n + 1), mc);
            sum = n % 2 == 0 ? sum.add(s, mc) : sum.subtract(s, mc);
            term = term.multiply(t2, mc);
        }
        return ddOf(sum.multiply(new BigDecimal(4), mc));
    }

    /** atan of the double-double a >= 0, as a double-double (to about 2^-104 relative). */
    private static double[] atanDD(double[] a) {
        boolean inv = a[0] > 1;
        double[] t = inv ? div(new double[] {1, 0}, a) : a;
        int k = (int) Math.round(t[0] * 8);
        double c = k / 8.0;
        // u = (t - c) / (1 + t c): |u| <= 1/16
        double[] u = div(add(t, new double[] {-c, 0}), add(new double[] {1, 0}, mul(t, c)));
        double[] u2 = mul(u, u);
        // atan(u) = u + u s, s = sum_{n>=1} (-1)^n u^(2n) / (2n+1) by Horner; u^30 / 31 is below 2^-124
        double[] s = horner(14, true, u2);
        double[] r = add(u, mul(u, s));
        r = add(ATAN_TABLE[k], r);
        return inv ? add(PI_2, neg(r)) : r;
    }

    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x; // atan(x) = x - x^3/3: rounds to x
        }
        if (ax > 0x1p60) {
            return Math.copySign(PI_2[0], x);
        }
        double f = atanFast(ax);
        return Math.copySign(f == f ? f : atanSlow(ax), x);
    }

    /** atan(ax) for 2^-27 <= ax <= 2^60, the accurate path: the value to about 2^-104, rounded once. */
    static double atanSlow(double ax) {
        double[] r = atanDD(new double[] {ax, 0});
        return r[0] + r[1];
    }

    /** atan2 for finite, non-zero y and x (CPython's m_atan2 handles the rest before calling the C library). */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0
                || y == 0) {
            return Math.atan2(y, x);
        }
        double ay = Math.abs(y), ax = Math.abs(x);
        int ey = Math.getExponent(ay), ex = Math.getExponent(ax);
        if (ey - ex > 1000 || ey - ex < -1000 || ey < -900 || ex < -900 || ey > 900 || ex > 900) {
            return Math.atan2(y, x);
        }
        double f = atan2Fast(ay, x);
        return Math.copySign(f == f ? f : atan2Slow(ay, x), y);
    }

    /** atan2(ay, x) for ay > 0, x finite and non-zero with exponents within +-900: the accurate path. */
    static double atan2Slow(double ay, double x) {
        double ax = Math.abs(x);
        double[] q = div(new double[] {ay, 0}, new double[] {ax, 0});
        double[] r = atanDD(q);
        if (x < 0) {
            r = add(PI, neg(r));
        }
        return r[0] + r[1];
    }

    // ---- log2 ----

    /** log(m) for m in [0.7, 1.42], as a double-double: 2 atanh((m-1)/(m+1)) by its series. */
    private static double[] logDD(double m) {
        double[] s = div(new double[] {m - 1, 0}, add(new double[] {m, 0}, new double[] {1, 0})); // m - 1 exact
        double[] s2 = mul(s, s);
        double[] sum = horner(24, false, s2);
        double[] r = add(s, mul(s, sum));
        return mul(r, 2.0);
    }

    /**
     * sum_{n=1..top} (+-1)^n ODD_RECIP[n] x^n by Horner's rule in double-double ({@code s = (c_n + s) x}, the signs
     * alternating when {@code alternate}): the arithmetic of {@link #add} and {@link #mul} written out on scalars, so
     * the loop allocates nothing (the same operations in the same order: the same result, bit for bit).
     */
    private static double[] horner(int top, boolean alternate, double[] x) {
        double xh = x[0], xl = x[1];
        double sh = 0, sl = 0;
        for (int n = top; n >= 1; n--) {
            double[] c = ODD_RECIP[n];
            double ch = c[0], cl = c[1];
            if (alternate && n % 2 != 0) {
                ch = -ch;
                cl = -cl;
            }
            // add: (ch, cl) + (sh, sl)
            double a = ch + sh;
            double v = a - ch;
            double e = (ch - (a - v)) + (sh - v);
            double el = e + cl + sl;
            double th = a + el;
            double tl = el - (th - a);
            // mul: (th, tl) * (xh, xl)
            double p = th * xh;
            double pl = Math.fma(th, xh, -p) + th * xl + tl * xh;
            sh = p + pl;
            sl = pl - (sh - p);
        }
        return new double[] {sh, sl};
    }

    private static final double[][] ODD_RECIP = new double[25][];

    static {
        for (int n = 0; n < 25; n++) {
            ODD_RECIP[n] = ddOf(BigDecimal.ONE.divide(new BigDecimal(2 * n + 1), new java.math.MathContext(40)));
        }
    }

    private static final double[] INV_LN2 = div(new double[] {1, 0}, LN2);

    static double log2(double x) {
        if (Double.isNaN(x) || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return x;
        }
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            e = -54;
        }
        e += Math.getExponent(x);
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        if (m == 1.0) {
            return e;
        }
        double f = log2Fast(e, m);
        return f == f ? f : log2Slow(e, m);
    }

    /** e + log2(m) for m in (0.707, 1.415], the accurate path. */
    static double log2Slow(int e, double m) {
        double[] r = add(new double[] {e, 0}, mul(logDD(m), INV_LN2));
        return r[0] + r[1];
    }

    // ---- fast paths of atan, atan2 and log2 (Ziv's method) ----
    //
    // A cheaper approximation whose error is provably below 2^-64 of the result (a finer table, so that a short
    // polynomial in plain doubles carries everything below the leading double-double terms); when every value
    // within 2^-62 of it rounds to the same double, that double is the correctly rounded result, which is what the
    // accurate path above returns too. Otherwise (about one argument in a thousand) the accurate path decides. The
    // fast paths return NaN for "undecided" (never a result here: NaN arguments are handled before).

    /** atan(k/64) for k = 0..64: high and low parts of the double-double (from the accurate path). */
    private static final double[] ATAN64_HI = new double[65];
    private static final double[] ATAN64_LO = new double[65];
    /** log(j/64) for j = 45..91 (index j - 45): high and low parts. */
    private static final double[] LOG64_HI = new double[47];
    private static final double[] LOG64_LO = new double[47];

    static {
        for (int k = 0; k <= 64; k++) {
            double[] r = atanDD(new double[] {k / 64.0, 0});
            ATAN64_HI[k] = r[0];
            ATAN64_LO[k] = r[1];
        }
        for (int j = 45; j <= 91; j++) {
            double[] r = logDD(j / 64.0);
            LOG64_HI[j - 45] = r[0];
            LOG64_LO[j - 45] = r[1];
        }
    }

    /** hi + lo rounded, if every value within 2^-62 |hi| of it rounds the same; else NaN (undecided). */
    private static double roundedOrNaN(double hi, double lo) {
        double e = Math.abs(hi) * 0x1p-62;
        double a = hi + (lo + e);
        return a == hi + (lo - e) ? a : Double.NaN;
    }

    /** The fast path of atan(ax), 2^-27 <= ax <= 2^60; NaN when undecided. */
    static double atanFast(double ax) {
        if (ax <= 1) {
            return atanFast(ax, 0, 0, 0, 1);
        }
        double th = 1 / ax;
        double tl = Math.fma(-th, ax, 1) / ax;
        return atanFast(th, tl, PI_2[0], PI_2[1], -1); // atan(x) = pi/2 - atan(1/x)
    }

    /** The fast path of atan2(ay, x) for ay > 0 (atan2Slow's domain); NaN when undecided. */
    static double atan2Fast(double ay, double x) {
        double ax = Math.abs(x);
        boolean swap = ay > ax;
        double n = swap ? ax : ay;
        double d = swap ? ay : ax;
        double qh = n / d;
        double ql = Math.fma(-qh, d, n) / d;
        if (!swap) {
            return x > 0 ? atanFast(qh, ql, 0, 0, 1) : atanFast(qh, ql, PI[0], PI[1], -1);
        }
        // atan(q) = pi/2 - atan(1/q); pi - that = pi/2 + atan(1/q)
        return atanFast(qh, ql, PI_2[0], PI_2[1], x > 0 ? -1 : 1);
    }

    /**
     * b + s atan(t) for the double-double t = th + tl, 0 <= th <= 1, rounded when decided (else NaN): t is reduced
     * by the nearest c = k/64, atan(t) = atan(c) + atan(u), u = (t - c) / (1 + t c), |u| <= 1/128, and atan(u) =
     * u + u^3 p(u^2) with p to the u^11 term (the rest below 2^-84 |u|). The result is at least |u| / 2 (b = 0,
     * s = 1) or pi/4, and the error of the part in plain doubles below 2^-66 of it.
     */
    private static double atanFast(double th, double tl, double bh, double bl, double s) {
        if (th < 0x1p-900) {
            return Double.NaN;
        }
        int k = (int) (th * 64 + 0.5);
        double c = k * 0x1p-6;
        double n0 = th - c; // exact: th and c are within a factor 2 (or c = 0)
        double nh = n0 + tl;
        double v = nh - n0;
        double nl = (n0 - (nh - v)) + (tl - v);
        double p = c * th;
        double pe = Math.fma(c, th, -p);
        double dh = 1 + p; // p <= 1: (1 - dh) + p is exact
        double dl = (1 - dh + p) + pe + c * tl;
        double uh = nh / dh;
        double ul = (Math.fma(-uh, dh, nh) + nl - uh * dl) / dh;
        double u2 = uh * uh;
        double corr = uh * u2 * (-1.0 / 3 + u2 * (1.0 / 5 + u2 * (-1.0 / 7 + u2 * (1.0 / 9 - u2 * (1.0 / 11)))));
        double ah = ATAN64_HI[k];
        double rh = ah + uh;
        v = rh - ah;
        double rl = ((ah - (rh - v)) + (uh - v)) + ATAN64_LO[k] + ul + corr;
        double sh = s * rh;
        double fh = bh + sh;
        v = fh - bh;
        double fl = ((bh - (fh - v)) + (sh - v)) + bl + s * rl;
        return roundedOrNaN(fh, fl);
    }

    /**
     * The fast path of e + log2(m), m in (0.707, 1.415]; NaN when undecided. m is reduced by the nearest a = j/64:
     * log(m) = log(a) + log(1 + z), z = (m - a) / a, |z| <= 2^-6.4, log(1 + z) = z - z^2/2 + z^3 q(z) with q to
     * the z^12 term (the rest below 2^-77 |z|). The result is at least about |z| (e = 0) or 1/2.
     */
    static double log2Fast(int e, double m) {
        int j = (int) (m * 64 + 0.5);
        double a = j * 0x1p-6;
        double d = m - a; // exact: m and a are within a factor 2
        double zh = d / a;
        double zl = Math.fma(-zh, a, d) / a;
        double sq = zh * zh;
        double sqe = Math.fma(zh, zh, -sq) + 2 * zh * zl;
        double hh = -0.5 * sq;
        double tail = zh * sq * (1.0 / 3 - zh * (1.0 / 4 - zh * (1.0 / 5 - zh * (1.0 / 6 - zh * (1.0 / 7
                - zh * (1.0 / 8 - zh * (1.0 / 9 - zh * (1.0 / 10 - zh * (1.0 / 11 - zh * (1.0 / 12))))))))));
        double lh = LOG64_HI[j - 45];
        double s1 = lh + zh;
        double v = s1 - lh;
        double e1 = (lh - (s1 - v)) + (zh - v);
        double s2 = s1 + hh;
        v = s2 - s1;
        double e2 = (s1 - (s2 - v)) + (hh - v);
        double lo = e1 + e2 + LOG64_LO[j - 45] + zl - 0.5 * sqe + tail;
        // times 1/ln 2, plus e
        double ph = s2 * INV_LN2[0];
        double pl = Math.fma(s2, INV_LN2[0], -ph) + s2 * INV_LN2[1] + lo * INV_LN2[0];
        double fh = e + ph;
        v = fh - e;
        double fl = ((e - (fh - v)) + (ph - v)) + pl;
        return roundedOrNaN(fh, fl);
    }

    // ---- exp, erf, erfc ----

    private static final double[][] INV_FACT = new double[30][];

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < 30; n++) {
            if (n > 0) {
                f = f.multiply(new BigDecimal(n));
            }
            INV_FACT[n] = ddOf(BigDecimal.ONE.divide(f, new java.math.MathContext(40)));
        }
    }

    /** exp of a double-double (|a| below 700), as a double-double: 2^k exp(r/256)^256. */
    private static double[] expDD(double[] a) {
        double k = Math.rint(a[0] / LN2[0]);
        double[] r = add(a, neg(mul(LN2, k)));
        r = mul(r, 1.0 / 256);
        double[] s = new double[] {0, 0};
        for (int n = 14; n >= 1; n--) {
            s = mul(add(INV_FACT[n], s), r);
        }
        // s = exp(r) - 1; square (1 + s) eight times as 2s + s^2 to keep the small part exact
        for (int i = 0; i < 8; i++) {
            s = add(mul(s, 2.0), mul(s, s));
        }
        double[] e = add(new double[] {1, 0}, s);
        return new double[] {Math.scalb(e[0], (int) k), Math.scalb(e[1], (int) k)};
    }

    private static final double[] TWO_OVER_SQRT_PI = ddOf(new BigDecimal(
            "1.12837916709551257389615890312154517168810125865799771368817144"));

    /** erf(x) for |x| <= 3 by its Taylor series in double-double (cancellation costs at most 11 bits). */
    private static double[] erfSeries(double x) {
        double[] x2 = mul(new double[] {x, 0}, x);
        double[] term = new double[] {x, 0};
        double[] sum = new double[] {x, 0};
        for (int n = 1; n < 120; n++) {
            term = div(mul(term, neg(x2)), new double[] {n, 0});
            double[] t = div(term, new double[] {2 * n + 1, 0});
            sum = add(sum, t);
            if (Math.abs(t[0]) < 0x1p-110 * Math.abs(sum[0])) {
                break;
            }
        }
        return mul(sum, TWO_OVER_SQRT_PI);
    }

    private static final double[] INV_SQRT_PI = mul(TWO_OVER_SQRT_PI, 0.5);

    /** erfc(x) for x >= 2.5: exp(-x^2)/sqrt(pi) times Laplace's continued fraction, in double-double. */
    private static double[] erfcLarge(double x) {
        int terms = x < 3 ? 900 : x < 4 ? 500 : x < 6 ? 250 : 120;
        double[] f = new double[] {0, 0};
        double[] dx = new double[] {x, 0};
        for (int k = terms; k >= 1; k--) {
            f = div(new double[] {k / 2.0, 0}, add(dx, f));
        }
        double[] x2 = mul(dx, x);
        double[] e = expDD(neg(x2));
        return div(mul(e, INV_SQRT_PI), add(dx, f));
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-28) {
            return x * TWO_OVER_SQRT_PI[0] + x * TWO_OVER_SQRT_PI[1]; // x (2/sqrt(pi)) rounded once
        }
        if (ax > 6) {
            return Math.copySign(1.0, x);
        }
        double[] r = ax <= 2.5 ? erfSeries(ax) : add(new double[] {1, 0}, neg(erfcLarge(ax)));
        return Math.copySign(r[0] + r[1], x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0.5) {
            if (x < -6) {
                return 2.0;
            }
            double[] r = Math.abs(x) <= 2.5 ? erfSeries(x) : neg(add(new double[] {1, 0}, neg(erfcLarge(-x))));
            r = add(new double[] {1, 0}, neg(r));
            return r[0] + r[1];
        }
        if (x > 27.3) {
            return 0.0;
        }
        if (x < 2.5) {
            double[] r = add(new double[] {1, 0}, neg(erfSeries(x)));
            return r[0] + r[1];
        }
        double[] r = erfcLarge(x);
        return r[0] + r[1];
    }
}
