package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A confined object handed back and forth between threads (the case of a generator resumed by another thread):
 * the claim is an exclusive lock held to commit, so transactions of different threads that touch the same
 * confined object are serialised, and no update of its fields or confined-array elements is lost. Run with
 * {@code -Dstmj.chaos=0.2} as well.
 */
class ConfinedHandOverTest {
    @Test
    void whenTwoThreadsBumpOneConfinedObjectWithOverlappingTransactions_thenNoUpdateIsLost() throws Exception {
        Class<?> cell = FixturesConcurrencyTest.fixture("Confined$Cell");
        Object c = cell.getConstructor().newInstance();
        Method bump = FixturesConcurrencyTest.fixture("Confined").getMethod("bumpSlowly", cell);
        int n = 3000;
        FixturesConcurrencyTest.threads(2, n, (t, i) -> bump.invoke(null, c));
        assertEquals(2 * n, cell.getMethod("n").invoke(c), "a field update was lost");
        assertEquals(2L * n, cell.getMethod("slot", int.class).invoke(c, 0), "a confined-array update was lost");
    }
}
