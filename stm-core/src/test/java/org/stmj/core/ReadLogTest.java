package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read log records nothing for locations the transaction locked or allocated. */
class ReadLogTest {

    /** These tests look at the read log: run their transactions in logging mode. */
    @BeforeEach
    void logReads() {
        LoggingMode.logReads();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
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
