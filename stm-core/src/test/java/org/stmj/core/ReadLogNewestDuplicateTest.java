package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A read whose lock word and seen word equal the newest read-log entry's adds no entry; any other read does. */
class ReadLogNewestDuplicateTest {

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
    void whenFieldsOfOneObjectAreReadInARow_thenOneEntry() {
        Cell a = new Cell();
        int[] size = new int[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            Barriers.readLong(a, Cell.J, Cell.LOCK, tx);
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            size[0] = tx.readSize;
        });
        assertEquals(1, size[0]);
    }

    @Test
    void whenReadsAlternateBetweenObjects_thenEachChangeOfWordIsLogged() {
        // three objects: the inlined shortcut covers the two last holders (TwoLastHoldersShortcutTest), so the
        // third read of a goes to the engine, whose newest entry is c's
        Cell a = new Cell();
        Cell b = new Cell();
        Cell c = new Cell();
        int[] size = new int[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            Barriers.readInt(b, Cell.I, Cell.LOCK, tx);
            Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            size[0] = tx.readSize;
        });
        assertEquals(4, size[0]);
    }

    @Test
    void whenAnotherTransactionCommitsToTheObjectBetweenTwoReads_thenTheReaderStillRunsAgain() {
        Cell a = new Cell();
        int[] attempts = new int[1];
        int[] pair = Stm.atomicGet(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            int x = Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            if (attempts[0] == 1) {
                Thread t = new Thread(() -> Stm.atomicRun(() -> {
                    a.setI(1);
                    Barriers.writeLong(a, 1L, Cell.J, Cell.LOCK, Barriers.current());
                }));
                t.start();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            int y = (int) Barriers.readLong(a, Cell.J, Cell.LOCK, tx);
            return new int[] {x, y};
        });
        assertEquals(pair[0], pair[1], "i and j were written together");
        assertEquals(2, attempts[0]);
    }
}
