package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Stores into primitive array slots that held 0 are logged as runs (dict28), as reference slots that held null are
 * ({@link NullRunUndoTest}): consecutive slots of one array are one undo entry (a dict's hashes appended at
 * consecutive positions), and rolling back restores every slot's value from before the attempt (or the savepoint),
 * for every element width and whatever else the attempt logged in between.
 */
class ZeroRunUndoTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void whenAnAttemptStoresIntoConsecutiveZeroSlotsOfEachWidth_thenOneEntryPerArrayAndRollbackZeroesThemAgain() {
        Cell d = new Cell();
        long[] hashes = new long[40];
        int[] ints = new int[40];
        short[] shorts = new short[40];
        double[] doubles = new double[40];
        hashes[0] = 7;
        ints[0] = 7;
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 1; k < 40; k++) {
                Barriers.writeLongArrayGuarded(hashes, k, 1000L + k, d, Cell.LOCK, tx);
                Barriers.writeIntArrayGuarded(ints, k, k, d, Cell.LOCK, tx);
                Barriers.writeShortArray(shorts, k, (short) k, tx);
                Barriers.writeDoubleArrayGuarded(doubles, k, k + 0.5, d, Cell.LOCK, tx);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(4, entries[0]);
        long[] h = new long[40];
        h[0] = 7;
        assertArrayEquals(h, hashes);
        int[] i = new int[40];
        i[0] = 7;
        assertArrayEquals(i, ints);
        assertArrayEquals(new short[40], shorts);
        assertArrayEquals(new double[40], doubles);
    }

    /**
     * An entry logged for an array closes its open run: slot 2 held 5; the attempt zeroes it (an entry restoring 5,
     * above the run's) and then stores into it again (a zero slot: a new run). Rollback restores 5.
     */
    @Test
    void whenASlotZeroedByTheAttemptIsThenStoredInto_thenRollbackRestoresItsOriginalValue() {
        Cell d = new Cell();
        int[] index = {1, 0, 5, 0, 0};
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.writeIntArrayGuarded(index, 1, 9, d, Cell.LOCK, tx); // run [1, 2)
            Barriers.writeIntArrayGuarded(index, 2, 0, d, Cell.LOCK, tx); // logs 5 above the run
            Barriers.writeIntArrayGuarded(index, 2, 8, d, Cell.LOCK, tx); // slot 2 holds 0: a run
            Barriers.writeIntArrayGuarded(index, 3, 7, d, Cell.LOCK, tx);
            Barriers.writeIntArrayGuarded(index, 1, -1, d, Cell.LOCK, tx); // a DUMMY over the run's first slot
            throw new Boom();
        }));
        assertArrayEquals(new int[] {1, 0, 5, 0, 0}, index);
    }

    /** Random slots (a dict's sparse index) and runs of other arrays interleaved: every slot comes back. */
    @Test
    void whenZeroRunsOfManyArraysAndScatteredSlotsInterleave_thenRollbackRestoresEverySlot() {
        Cell d = new Cell();
        int[] index = new int[64];
        long[] hashes = new long[64];
        Object[] keys = new Object[64];
        long[] other = new long[64];
        for (int k = 0; k < 64; k += 5) {
            index[k] = 100 + k;
        }
        int[] before = index.clone();
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 48; k++) {
                int slot = (k * 37 + 11) & 63;
                Barriers.writeIntArrayGuarded(index, slot, k + 1, d, Cell.LOCK, tx);
                Barriers.writeLongArrayGuarded(hashes, k, 31L * k + 1, d, Cell.LOCK, tx);
                Barriers.writeRefArrayGuarded(keys, k, "k" + k, d, Cell.LOCK, tx);
                Barriers.writeLongArray(other, 63 - k, k + 1, tx);
                Barriers.writeInt(d, k, Cell.I, Cell.LOCK, tx);
            }
            throw new Boom();
        }));
        assertArrayEquals(before, index);
        assertArrayEquals(new long[64], hashes);
        assertArrayEquals(new Object[64], keys);
        assertArrayEquals(new long[64], other);
        assertEquals(0, d.i);
    }

    /** A run begun before an {@code orElse} savepoint does not grow inside the alternative (see NullRunUndoTest). */
    @Test
    void whenAnOrElseAlternativeStoresAfterARunBegunBeforeIt_thenItsRetryRemovesItsOwnStores() throws Exception {
        Cell d = new Cell();
        long[] hashes = new long[8];
        long[] seen = Stm.atomic(() -> {
            Txn tx = Barriers.current();
            Barriers.writeLongArrayGuarded(hashes, 0, 1, d, Cell.LOCK, tx);
            Barriers.writeLongArrayGuarded(hashes, 1, 2, d, Cell.LOCK, tx);
            return Stm.orElse(() -> {
                Barriers.writeLongArrayGuarded(hashes, 2, 3, d, Cell.LOCK, tx);
                Barriers.writeLongArrayGuarded(hashes, 3, 4, d, Cell.LOCK, tx);
                Stm.retry();
                return null;
            }, () -> hashes.clone());
        });
        assertArrayEquals(new long[] {1, 2, 0, 0, 0, 0, 0, 0}, seen);
        assertArrayEquals(new long[] {1, 2, 0, 0, 0, 0, 0, 0}, hashes);
    }
}
