package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Arrays an attempt allocated before its two newest (a new dict allocates four) are still written in place, with
 * no stripe lock and no undo entry, as long as they are among the last {@link Txn#FRESH_ARRAYS} that left the
 * two-entry cache; older ones, and every array after the attempt ends or at an {@code orElse} savepoint, take
 * the striped path again.
 */
class FreshArrayRingTest {

    @Test
    void whenAnAttemptWritesAnArrayItAllocatedBeforeItsTwoNewest_thenNoLockAndNoUndoEntry() {
        int[] sizes = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            int[] index = new int[8];
            Barriers.onNewArray(index, tx);
            long[] hashes = new long[5];
            Barriers.onNewArray(hashes, tx);
            Object[] keys = new Object[5];
            Barriers.onNewArray(keys, tx);
            Object[] values = new Object[5];
            Barriers.onNewArray(values, tx);
            Barriers.writeIntArray(index, 3, 1, tx);
            Barriers.writeLongArray(hashes, 0, 42L, tx);
            Barriers.writeRefArray(keys, 0, "k", tx);
            Barriers.writeRefArray(values, 0, "v", tx);
            return new int[] {tx.lockSize, tx.undoSize, index[3], (int) hashes[0]};
        });
        assertEquals(0, sizes[0], "stripe locks");
        assertEquals(0, sizes[1], "undo entries");
        assertEquals(1, sizes[2]);
        assertEquals(42, sizes[3]);
    }

    @Test
    void whenMoreArraysWereAllocatedSince_thenTheOldOneTakesTheStripedPath() {
        int locks = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            int[] first = new int[4];
            Barriers.onNewArray(first, tx);
            for (int i = 0; i < Txn.FRESH_ARRAYS + 2; i++) {
                Barriers.onNewArray(new int[1], tx);
            }
            Barriers.writeIntArray(first, 0, 1, tx);
            return tx.lockSize;
        });
        assertEquals(1, locks, "evicted from the ring: locked and logged like any shared array");
    }

    @Test
    void whenTheAttemptCommits_thenItsArraysAreNoLongerFresh() {
        Object[][] kept = new Object[1][];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            kept[0] = new Object[2];
            Barriers.onNewArray(kept[0], tx);
            Barriers.onNewArray(new int[1], tx);
            Barriers.onNewArray(new int[1], tx);
        });
        Txn idle = Txn.descriptor();
        assertEquals(0, idle.freshCount);
        for (Object o : idle.freshArrays) {
            assertNull(o, "nothing kept alive between attempts");
        }
        int undo = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            Barriers.writeRefArray(kept[0], 0, "x", tx);
            return tx.undoSize;
        });
        assertEquals(1, undo);
    }

    @Test
    void whenTheAttemptAborts_thenWritesToItsFreshArraysNeedNoUndo() {
        Object[][] leaked = new Object[1][];
        assertThrows(IllegalStateException.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Object[] a = new Object[2];
            Barriers.onNewArray(a, tx);
            Barriers.onNewArray(new int[1], tx);
            Barriers.onNewArray(new int[1], tx);
            Barriers.writeRefArray(a, 0, "x", tx);
            leaked[0] = a;
            assertEquals(0, tx.undoSize);
            throw new IllegalStateException("abort");
        }));
        // the array was never published: only this test's own reference reaches it
        assertEquals("x", leaked[0][0]);
        assertEquals(0, Txn.descriptor().freshCount);
    }
}
