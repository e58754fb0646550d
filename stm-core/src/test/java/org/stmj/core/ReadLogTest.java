package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the read log records: one entry per lock word read in a row, nothing for owned locations. */
class ReadLogTest {

    @Test
    void whenFieldsOfOneObjectAreReadInARow_thenOneReadEntry() {
        Cell a = new Cell();
        Cell b = new Cell();
        int[] sizes = new int[2];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            Barriers.readLong(a, Cell.J, Cell.LOCK, tx);
            Barriers.readRef(a, Cell.R, Cell.LOCK, tx);
            sizes[0] = tx.readSize;
            Barriers.readInt(b, Cell.I, Cell.LOCK, tx);
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            sizes[1] = tx.readSize;
        });
        assertEquals(1, sizes[0]);
        assertEquals(3, sizes[1]);
    }

    @Test
    void whenTheSameArrayElementIsReadAgain_thenOneReadEntry() {
        int[] array = {1, 2, 3};
        int[] size = new int[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 10; k++) {
                Barriers.readIntArray(array, 1, tx);
            }
            size[0] = tx.readSize;
        });
        assertEquals(1, size[0]);
    }

    @Test
    void whenTheTransactionReadsWhatItLockedOrAllocated_thenNothingIsLogged() {
        Cell shared = new Cell();
        int[] size = new int[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.writeInt(shared, 1, Cell.I, Cell.LOCK, tx);
            Cell mine = new Cell();
            Barriers.onNew(mine, Cell.LOCK, tx);
            for (int k = 0; k < 10; k++) {
                Barriers.readInt(shared, Cell.I, Cell.LOCK, tx);
                Barriers.readLong(mine, Cell.J, Cell.LOCK, tx);
            }
            size[0] = tx.readSize;
        });
        assertEquals(0, size[0]);
    }
}
