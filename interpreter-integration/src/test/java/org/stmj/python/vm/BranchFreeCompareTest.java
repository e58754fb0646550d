package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.objects.Ops;

/**
 * The dispatch loop's comparisons of two small ints and of two floats are computed without a branch
 * ({@code Interp.compareLongs}, {@code Interp.compareDoubles}); they must agree with Java's own operators (IEEE's
 * rules for NaN and signed zeros, which are Python's) for every operator on edge values.
 */
class BranchFreeCompareTest {
    private static final long[] LONGS = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L << 62, -3, -1, 0, 1, 2, 3,
        1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    private static final double[] DOUBLES = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1.5, -1.0,
        -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 1.0, 1.5, 2.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NaN, -Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(-1L)};

    private static boolean expected(int op, int c, boolean unordered) {
        if (unordered) {
            return op == Ops.NE;
        }
        switch (op) {
            case Ops.LT: return c < 0;
            case Ops.LE: return c <= 0;
            case Ops.EQ: return c == 0;
            case Ops.NE: return c != 0;
            case Ops.GT: return c > 0;
            default: return c >= 0;
        }
    }

    @Test
    void whenTwoLongsAreCompared_thenEveryOperatorAgreesWithJava() {
        for (long x : LONGS) {
            for (long y : LONGS) {
                for (int op = Ops.LT; op <= Ops.GE; op++) {
                    boolean want = expected(op, Long.compare(x, y), false);
                    assertEquals(want ? 1 : 0, Interp.compareLongs(op, x, y), x + " op" + op + " " + y);
                }
            }
        }
    }

    @Test
    void whenTwoDoublesAreCompared_thenEveryOperatorAgreesWithIeee() {
        for (double x : DOUBLES) {
            for (double y : DOUBLES) {
                boolean unordered = Double.isNaN(x) || Double.isNaN(y);
                int c = x < y ? -1 : x == y ? 0 : 1;
                for (int op = Ops.LT; op <= Ops.GE; op++) {
                    assertEquals(expected(op, c, unordered) ? 1 : 0, Interp.compareDoubles(op, x, y),
                            x + " op" + op + " " + y);
                }
            }
        }
    }
}
