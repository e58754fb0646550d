package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stmj.core.Barriers;
import org.stmj.core.Stm;
import org.stmj.transform.runtime.TxArrays;

/** The transactional array helpers behave as the JDK's, inside a transaction. */
class TxArraysTest {
    @Test
    void whenHelpersRunInATransaction_thenResultsMatchTheJdk() {
        Stm.atomicRun(() -> {
            var tx = Barriers.current();
            int[] a = {1, 2, 3, 4, 5, 6};
            int[] b = a.clone();
            TxArrays.arraycopy(a, 0, a, 2, 4, tx);
            System.arraycopy(b, 0, b, 2, 4);
            assertArrayEquals(b, a);
            TxArrays.arraycopy(a, 2, a, 0, 4, tx);
            System.arraycopy(b, 2, b, 0, 4);
            assertArrayEquals(b, a);
            assertArrayEquals(Arrays.copyOf(a, 9), (int[]) TxArrays.copyOf(a, 9, tx));
            assertArrayEquals(Arrays.copyOfRange(a, 1, 8), (int[]) TxArrays.copyOfRange(a, 1, 8, tx));
            String[] s = {"x", "y"};
            Object[] o = (Object[]) TxArrays.copyOf(s, 3, Object[].class, tx);
            assertArrayEquals(Arrays.copyOf(s, 3, Object[].class), o);
            long[] l = new long[4];
            TxArrays.fill(l, 1, 3, 7L, tx);
            assertArrayEquals(new long[] {0, 7, 7, 0}, l);
            boolean[] z = new boolean[3];
            TxArrays.fill(z, Boolean.TRUE, tx);
            assertArrayEquals(new boolean[] {true, true, true}, z);
            assertEquals(Arrays.hashCode(a), TxArrays.hashCode(a, tx));
            assertEquals(Arrays.equals(a, b), TxArrays.equals(a, b, tx));
            assertArrayEquals(a, (int[]) TxArrays.cloneArray(a, tx));
            int[] p = {1, 2, 3, 4, 5, 6};
            int[] q = p.clone();
            TxArrays.arraycopyPlainSource(p, 0, p, 2, 4, tx);
            System.arraycopy(q, 0, q, 2, 4);
            assertArrayEquals(q, p);
            TxArrays.arraycopyPlainDestination(p, 2, p, 0, 4, tx);
            System.arraycopy(q, 2, q, 0, 4);
            assertArrayEquals(q, p);
            Object[] shared = {"a", "b", "c"};
            Object[] into = {"x", "y", "z"};
            TxArrays.arraycopyPlainSource(shared, 1, into, 0, 2, tx);
            TxArrays.arraycopyPlainDestination(shared, 0, into, 2, 1, tx);
            assertArrayEquals(new Object[] {"b", "c", "a"}, into);
            assertThrows(ArrayIndexOutOfBoundsException.class,
                    () -> TxArrays.arraycopyPlainSource(p, 4, new int[6], 0, 5, tx));
            assertThrows(ArrayStoreException.class, () -> TxArrays.arraycopyPlainDestination(p, 0, s, 0, 1, tx));
            assertThrows(ArrayStoreException.class,
                    () -> TxArrays.arraycopyPlainSource(new Object[] {1}, 0, s, 0, 1, tx));
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> TxArrays.arraycopy(a, 4, b, 0, 5, tx));
            assertThrows(ArrayStoreException.class, () -> TxArrays.arraycopy(a, 0, s, 0, 1, tx));
            assertThrows(ArrayStoreException.class, () -> TxArrays.arraycopy(new Object[] {1}, 0, s, 0, 1, tx));
        });
    }
}
