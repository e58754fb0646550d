package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Catch-all, {@code Error} and {@code finally} handlers in transformed code rethrow the abort error first: with
 * chaos aborts (run the suite with {@code -Dstmj.chaos=0.2}) and conflicts between threads, no handler ever
 * counts an abort, and no increment is lost or doubled.
 */
class AbortSafetyTest {
    @Test
    void whenTransactionsAbortInsideCatchAllBlocks_thenHandlersNeverSeeTheAbort() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("Swallower");
        Object s = c.getConstructor().newInstance();
        Method bump = c.getMethod("bump");
        FixturesConcurrencyTest.threads(3, 1000, (t, i) -> bump.invoke(s));
        assertEquals(3000L, c.getMethod("counter").invoke(s));
        assertEquals(0L, c.getMethod("caught").invoke(s));
        assertEquals(3000L, c.getMethod("finallies").invoke(s));
        assertEquals("3000/1500.0/" + (char) ('a' + 3000 % 26), c.getMethod("statics").invoke(s));
    }
}
