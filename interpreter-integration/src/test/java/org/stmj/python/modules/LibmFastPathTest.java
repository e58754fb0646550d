package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of atan, atan2 and log2 (Ziv's method): whenever one decides, its result is the accurate path's,
 * bit for bit, and it decides on nearly every argument (else it would be no faster).
 */
class LibmFastPathTest {
    private static final int N = 200_000;

    /** A double spread log-uniformly over [2^lo, 2^hi). */
    private static double logUniform(SplittableRandom r, int lo, int hi) {
        return Math.scalb(1 + r.nextDouble(), lo + r.nextInt(hi - lo));
    }

    @Test
    void whenAtanFastPathDecides_thenItIsTheAccurateResult() {
        SplittableRandom r = new SplittableRandom(2212);
        int decided = 0;
        for (int i = 0; i < N; i++) {
            double x = i % 2 == 0 ? r.nextDouble(0x1p-27, 10) : logUniform(r, -27, 60);
            double f = Libm.atanFast(x);
            if (f == f) {
                decided++;
                assertEquals(Libm.atanSlow(x), f, 0.0, () -> "atan(" + x + ")");
            }
        }
        assertTrue(decided > N * 0.99, "decided " + decided + " of " + N);
    }

    @Test
    void whenAtan2FastPathDecides_thenItIsTheAccurateResult() {
        SplittableRandom r = new SplittableRandom(7);
        int decided = 0;
        for (int i = 0; i < N; i++) {
            double ay = i % 2 == 0 ? r.nextDouble(1e-3, 10) : logUniform(r, -300, 300);
            double x = (r.nextBoolean() ? 1 : -1) * (i % 3 == 0 ? r.nextDouble(1e-3, 10) : logUniform(r, -300, 300));
            double f = Libm.atan2Fast(ay, x);
            if (f == f) {
                decided++;
                assertEquals(Libm.atan2Slow(ay, x), f, 0.0, () -> "atan2(" + ay + ", " + x + ")");
            }
        }
        assertTrue(decided > N * 0.99, "decided " + decided + " of " + N);
    }

    @Test
    void whenLog2FastPathDecides_thenItIsTheAccurateResult() {
        SplittableRandom r = new SplittableRandom(45);
        int decided = 0;
        for (int i = 0; i < N; i++) {
            int e = i % 4 == 0 ? 0 : r.nextInt(-1074, 1024);
            double m = r.nextDouble(0.7071067811865476, 1.4142135623730951);
            if (m == 1.0) {
                continue;
            }
            double f = Libm.log2Fast(e, m);
            if (f == f) {
                decided++;
                assertEquals(Libm.log2Slow(e, m), f, 0.0, () -> "log2(" + m + " * 2^" + e + ")");
            }
        }
        assertTrue(decided > N * 0.99, "decided " + decided + " of " + N);
    }
}
