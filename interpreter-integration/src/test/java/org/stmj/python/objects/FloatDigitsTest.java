package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast digit paths of {@link FloatDigits} against exact BigDecimal arithmetic, on many kinds of doubles. */
class FloatDigitsTest {
    private static final int N = 200_000;

    /** Doubles of every kind: random bits, short decimals, exact ties, integers, powers of ten and neighbours. */
    private static double sample(SplittableRandom rnd, int i) {
        switch (i % 7) {
            case 0:
                return Math.abs(Double.longBitsToDouble(rnd.nextLong()));
            case 1:
                return rnd.nextInt(1_000_000) / Math.pow(10, rnd.nextInt(9));
            case 2:
                // k + 0.5, k + 0.25, k + 0.125 ...: exact binary ties at some decimal position
                return rnd.nextInt(100_000) + 1.0 / (1 << (1 + rnd.nextInt(6)));
            case 3:
                return rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20);
            case 4:
                // powers of ten, and powers of two (whose lower neighbour is nearer) with their neighbours
                if (rnd.nextBoolean()) {
                    return Math.pow(10, rnd.nextInt(60) - 30);
                }
                double two = Math.scalb(1.0, rnd.nextInt(120) - 60);
                return rnd.nextBoolean() ? two : rnd.nextBoolean() ? Math.nextUp(two) : Math.nextDown(two);
            case 5:
                return Math.nextUp(Math.pow(10, rnd.nextInt(40) - 20)) * (rnd.nextBoolean() ? 1 : 9.5);
            default:
                return (double) rnd.nextLong(1L << 53) / (1L << rnd.nextInt(60));
        }
    }

    private static String[] slowShortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                String digits = r.unscaledValue().abs().toString();
                int exp = digits.length() - r.scale();
                int n = digits.length();
                while (n > 1 && digits.charAt(n - 1) == '0') {
                    n--;
                }
                return new String[] {digits.substring(0, n), Integer.toString(exp)};
            }
        }
        throw new AssertionError(d);
    }

    @Test
    void whenShortestOfManyDoubles_thenSameAsExactSearch() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < N; i++) {
            double d = sample(rnd, i);
            if (d == 0 || !Double.isFinite(d)) {
                continue;
            }
            assertArrayEquals(slowShortest(d), FloatDigits.shortest(d), () -> "shortest of " + d);
        }
    }

    @Test
    void whenFixedOfManyDoubles_thenSameAsExactHalfEven() {
        SplittableRandom rnd = new SplittableRandom(12);
        int fast = 0;
        for (int i = 0; i < N; i++) {
            double d = sample(rnd, i);
            int prec = rnd.nextInt(12);
            if (!Double.isFinite(d)) {
                continue;
            }
            String got = FloatDigits.fixed(d, prec);
            if (got != null) {
                fast++;
                String want = new BigDecimal(d).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
                assertEquals(want, got, "fixed " + d + " " + prec);
            }
        }
        assertTrue(fast > N / 3, "the fast path decided only " + fast);
    }

    @Test
    void whenScientificDigitsOfManyDoubles_thenSameAsExactHalfEven() {
        SplittableRandom rnd = new SplittableRandom(13);
        int fast = 0;
        for (int i = 0; i < N; i++) {
            double d = sample(rnd, i);
            int p = 1 + rnd.nextInt(15);
            if (!(d >= Double.MIN_NORMAL) || !Double.isFinite(d)) {
                continue;
            }
            long packed = FloatDigits.sciDigits(d, p);
            if (packed >= 0) {
                fast++;
                BigDecimal r = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
                String digits = r.unscaledValue().toString();
                int x = digits.length() - r.scale() - 1;
                digits = (digits + "0".repeat(p)).substring(0, p);
                assertEquals(digits, Long.toString(FloatDigits.digitsOf(packed)), "digits " + d + " " + p);
                assertEquals(x, FloatDigits.exponentOf(packed), "exponent " + d + " " + p);
            }
        }
        assertTrue(fast > N / 3, "the fast path decided only " + fast);
    }

    @Test
    void whenExactTies_thenFastPathsDeferToExactRounding() {
        assertNull(FloatDigits.fixed(0.125, 2));
        assertEquals("2.67", PyFloat.fixed(2.675, 2));
        assertEquals("0.12", PyFloat.fixed(0.125, 2));
        assertEquals("-0.00", PyFloat.fixed(-0.001, 2));
        assertEquals("2e+00", PyFloat.sci(2.5, 0, false));
        assertEquals("1.0e+01", PyFloat.sci(9.96, 1, false));
    }
}
