package org.stmj.python.modules;

import org.stmj.python.objects.Ops;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyModule;
import org.stmj.python.vm.ThreadState;

/**
 * {@code _statistics}, the accelerator statistics.NormalDist uses when present: {@code _normal_dist_inv_cdf(p, mu,
 * sigma)}, the normal distribution's inverse CDF by Wichura's algorithm AS241 (PPND16, Applied Statistics 37(3),
 * 1988): a ratio of two degree-7 polynomials in one of three ranges of p, with the paper's coefficients. Each
 * polynomial is evaluated by Horner's rule from the highest coefficient, the order statistics.py's own version
 * uses, so both give the same doubles.
 */
public final class StatisticsModule {
    private StatisticsModule() {
    }

    // |p - 0.5| <= 0.425: numerator and denominator in r = 0.180625 - q^2, highest power first
    private static final double[] A = {2.5090809287301226727e+3, 3.3430575583588128105e+4,
        6.7265770927008700853e+4, 4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
        1.3314166789178437745e+2, 3.3871328727963666080e+0};
    private static final double[] B = {5.2264952788528545610e+3, 2.8729085735721942674e+4,
        3.9307895800092710610e+4, 2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
        4.2313330701600911252e+1, 1.0};
    // sqrt(-log(min(p, 1-p))) - 1.6 when that root is at most 5
    private static final double[] C = {7.74545014278341407640e-4, 2.27238449892691845833e-2,
        2.41780725177450611770e-1, 1.27045825245236838258e+0, 3.64784832476320460504e+0,
        5.76949722146069140550e+0, 4.63033784615654529590e+0, 1.42343711074968357734e+0};
    private static final double[] D = {1.05075007164441684324e-9, 5.47593808499534494600e-4,
        1.51986665636164571966e-2, 1.48103976427480074590e-1, 6.89767334985100004550e-1,
        1.67638483018380384940e+0, 2.05319162663775882187e+0, 1.0};
    // the root - 5 beyond that (the far tails)
    private static final double[] E = {2.01033439929228813265e-7, 2.71155556874348757815e-5,
        1.24266094738807843860e-3, 2.65321895265761230930e-2, 2.96560571828504891230e-1,
        1.78482653991729133580e+0, 5.46378491116411436990e+0, 6.65790464350110377720e+0};
    private static final double[] F = {2.04426310338993978564e-15, 1.42151175831644588870e-7,
        1.84631831751005468180e-5, 7.86869131145613259100e-4, 1.48753612908506148525e-2,
        1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0};

    private static double horner(double[] c, double x) {
        double v = c[0];
        for (int i = 1; i < c.length; i++) {
            v = v * x + c[i];
        }
        return v;
    }

    /** The value x with P(X <= x) = p for X ~ N(mu, sigma). */
    static double invCdf(double p, double mu, double sigma) {
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            double x = horner(A, r) * q / horner(B, r);
            return mu + x * sigma;
        }
        double r = Math.sqrt(-Math.log(q <= 0.0 ? p : 1.0 - p));
        double x;
        if (r <= 5.0) {
            r = r - 1.6;
            x = horner(C, r) / horner(D, r);
        } else {
            r = r - 5.0;
            x = horner(E, r) / horner(F, r);
        }
        if (q < 0.0) {
            x = -x;
        }
        return mu + x * sigma;
    }

    static PyModule make(ThreadState ts) {
        PyDict d = new PyDict();
        PyBuiltin f = new PyBuiltin("_normal_dist_inv_cdf", (t, a, kw) -> Py.newFloat(invCdf(
                Ops.toDouble(t, a[0]), Ops.toDouble(t, a[1]), Ops.toDouble(t, a[2]))), null, null, 3, 3, false);
        f.module = "_statistics";
        d.putStr("_normal_dist_inv_cdf", f);
        return new PyModule("_statistics", d);
    }
}
