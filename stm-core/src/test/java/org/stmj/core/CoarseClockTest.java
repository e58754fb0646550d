package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The ticker of the "time lost in aborts" clock parks once no abort happened for {@link CoarseClock#IDLE_TICKS}
 * ticks (its time then reads 0, "not timed") and the next abort wakes it; an attempt that began while it was parked
 * counts no lost time.
 */
class CoarseClockTest {
    private static boolean waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        for (int i = 0; i < 2000 && !c.getAsBoolean(); i++) {
            Thread.sleep(5);
        }
        return c.getAsBoolean();
    }

    @Test
    void whenNoAbortHappensForAWhile_thenTheTickerParksAndTheNextAbortWakesIt() throws Exception {
        CoarseClock.used(); // starts it (or notes an abort)
        assertTrue(waitFor(() -> CoarseClock.now == 0), "parked after ticks without an abort");
        long startedWhileParked = CoarseClock.now;
        assertEquals(0, startedWhileParked);
        CoarseClock.used();
        long t = CoarseClock.now;
        assertTrue(t != 0, "woken by the abort, with a fresh time");
        assertEquals(0, CoarseClock.lostSince(startedWhileParked), "an attempt begun while parked is not timed");
        assertTrue(waitFor(() -> CoarseClock.now > t), "ticking again");
        assertTrue(CoarseClock.lostSince(t) > 0, "an attempt begun after the wake-up is timed");
    }

    @Test
    void whenAnAttemptBeganBeforeTheTickerParked_thenItsLostTimeStartsAtTheWakeUp() throws Exception {
        CoarseClock.used();
        assertTrue(waitFor(() -> CoarseClock.now != 0));
        long oldStart = CoarseClock.now;
        assertTrue(waitFor(() -> CoarseClock.now == 0), "parked");
        Thread.sleep(50);
        CoarseClock.used();
        long lost = CoarseClock.lostSince(oldStart);
        assertTrue(lost >= 0 && lost < 40_000_000L, "the parked time is not counted: " + lost);
    }
}
