package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A large transaction does not keep what it read or wrote alive after it ends; small logs are left as they are. */
class LogClearingTest {

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
    void whenALargeTransactionCommits_thenNoLogKeepsReferencesPastTheThreshold() {
        Cell[] cells = new Cell[1000];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new Cell();
        }
        Txn[] seen = new Txn[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            seen[0] = tx;
            for (Cell c : cells) {
                Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            }
            for (int i = 0; i < 600; i++) {
                Barriers.writeInt(cells[i], 1, Cell.I, Cell.LOCK, tx);
            }
            assertEquals(1000, tx.readSize);
        });
        Txn tx = seen[0];
        for (int i = 256; i < tx.readObjs.length; i++) {
            assertNull(tx.readObjs[i], "read log slot " + i);
        }
        for (int i = 2 * 256; i < tx.undoObjs.length; i++) {
            assertNull(tx.undoObjs[i], "undo log slot " + i);
        }
        for (int i = 256; i < tx.lockObjs.length; i++) {
            assertNull(tx.lockObjs[i], "lock log slot " + i);
        }
        assertEquals(1, cells[599].i);
    }
}
