package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A confined object ({@code @ThreadConfined} class) written by a transaction that then rolls back gets every
 * field of every kind and every element of its {@code @ConfinedArray} fields back, and its field replaced by a
 * new array too; a field-level {@code @ThreadConfined} field is not rolled back (its contract); a committed
 * transaction keeps its writes; an object the transaction allocated needs no claim.
 */
class ConfinedRollbackTest {
    private static Class<?> cls(String n) throws Exception {
        return FixturesConcurrencyTest.fixture(n);
    }

    private static Object newCell() throws Exception {
        return cls("Confined$Cell").getConstructor().newInstance();
    }

    private static String state(Object cell) throws Exception {
        return (String) cell.getClass().getMethod("state").invoke(cell);
    }

    @Test
    void whenTransactionThrowsAfterWritingAClaimedObject_thenFieldsAndConfinedArraysAreRestored() throws Exception {
        Object c = newCell();
        Method mutate = cls("Confined").getMethod("mutate", c.getClass());
        mutate.invoke(null, c); // a committed state that is not all zeroes, written by an earlier transaction
        String before = state(c);
        Method boom = cls("Confined").getMethod("mutateThenThrow", c.getClass());
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> boom.invoke(null, c));
        assertEquals("boom", e.getCause().getMessage());
        assertEquals(before, state(c), "the rolled-back transaction left a trace in the confined object");
        assertEquals(1, c.getClass().getMethod("scratch").invoke(c), "a field-level @ThreadConfined field is "
                + "not rolled back");
    }

    @Test
    void whenTransactionCommits_thenWritesOfTheClaimedObjectStay() throws Exception {
        Object c = newCell();
        Method mutate = cls("Confined").getMethod("mutate", c.getClass());
        String zero = state(c);
        mutate.invoke(null, c);
        mutate.invoke(null, c);
        assertNotEquals(zero, state(c));
        assertEquals(2, c.getClass().getMethod("n").invoke(c));
        assertEquals(10L, c.getClass().getMethod("slot", int.class).invoke(c, 3));
    }

    @Test
    void whenTransactionAllocatesTheObject_thenItComesOutFilled() throws Exception {
        Object c = cls("Confined").getMethod("fresh", int.class).invoke(null, 7);
        assertEquals(7, c.getClass().getMethod("n").invoke(c));
        assertEquals(7L, c.getClass().getMethod("slot", int.class).invoke(c, 1));
    }

    @Test
    void whenHelpersCopyConfinedAndImmutableArrays_thenResultsAreTheJdksAndTheCopyIntoTheCellCommits()
            throws Exception {
        Object c = newCell();
        cls("Confined").getMethod("mutate", c.getClass()).invoke(null, c); // refs = [null, "x"], slots [11,0,0,5]
        Object[] r = (Object[]) cls("Confined").getMethod("copies", c.getClass(), Object[].class)
                .invoke(null, c, new Object[] {"s0", "s1"});
        assertEquals("[null, x]", java.util.Arrays.toString((Object[]) r[0]));
        assertEquals("[3, 1, 4]", java.util.Arrays.toString((int[]) r[1]));
        assertEquals("[3, 1, 4, 1, 5, 9, 2, 6]", java.util.Arrays.toString((int[]) r[2]));
        assertEquals("[s1]", java.util.Arrays.toString((Object[]) r[3]));
        assertEquals("1,1099511627776,0.0,0.0,false,0,0,0,changed,[11, 11, 0, 5],[s0, x]", state(c));
    }

    @Test
    void whenImmutableTableIsRead_thenValuesAreTheInitialOnes() throws Exception {
        assertEquals(31, cls("Confined").getMethod("sumTable").invoke(null));
    }
}
