package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AllocationTest {

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
    void whenAnObjectIsAllocatedInATransaction_thenItIsWrittenInPlaceWithoutLockingOrLogging() {
        int[] sizes = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            Cell c = new Cell();
            Barriers.onNew(c, Cell.LOCK, tx);
            Barriers.writeInt(c, 5, Cell.I, Cell.LOCK, tx);
            Barriers.writeRef(c, "x", Cell.R, Cell.LOCK, tx);
            int read = Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            return new int[] {tx.lockSize, tx.undoSize, tx.readSize, read};
        });
        assertEquals(0, sizes[0], "locks");
        assertEquals(0, sizes[1], "undo entries");
        assertEquals(0, sizes[2], "read entries");
        assertEquals(5, sizes[3]);
    }

    @Test
    void whenTheAllocatingTransactionCommitted_thenOthersTreatTheObjectAsVersionZeroAndCanWriteIt() {
        Cell c = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            Cell n = new Cell();
            Barriers.onNew(n, Cell.LOCK, tx);
            Barriers.writeInt(n, 1, Cell.I, Cell.LOCK, tx);
            return n;
        });
        assertEquals(2L, c.lock & 3, "still carries the allocation mark");
        Stm.atomicRun(() -> c.setI(c.getI() + 1));
        assertEquals(2, c.i);
        assertEquals(0L, c.lock & 3, "unlocked with a version after the second writer");
    }

    @Test
    void whenOnNewIsCalledWithoutTransaction_thenTheLockWordStaysZero() {
        Cell c = new Cell();
        Barriers.onNew(c, Cell.LOCK, null);
        Barriers.onNewArray(new int[1], null);
        assertEquals(0L, c.lock);
    }

    @Test
    void whenTwoAttemptsAllocate_thenTheirMarksDiffer() {
        Cell a = Stm.atomicGet(() -> {
            Cell n = new Cell();
            Barriers.onNew(n, Cell.LOCK, Barriers.current());
            return n;
        });
        Cell b = Stm.atomicGet(() -> {
            Cell n = new Cell();
            Barriers.onNew(n, Cell.LOCK, Barriers.current());
            return n;
        });
        assertNotEquals(a.lock, b.lock);
    }

    @Test
    void whenAnArrayIsAllocatedInATransaction_thenItIsAccessedInPlaceWithoutLocksOrLogs() {
        int[] sizes = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            int[] a = new int[8];
            Object[] r = new Object[2];
            Barriers.onNewArray(a, tx);
            Barriers.onNewArray(r, tx);
            for (int i = 0; i < a.length; i++) {
                Barriers.writeIntArray(a, i, Barriers.readIntArray(a, i, tx) + i, tx);
            }
            Barriers.writeRefArray(r, 1, "x", tx);
            return new int[] {tx.lockSize, tx.undoSize, tx.readSize, a[7], r[1] == "x" ? 1 : 0};
        });
        assertEquals(0, sizes[0], "locks");
        assertEquals(0, sizes[1], "undo entries");
        assertEquals(0, sizes[2], "read entries");
        assertEquals(7, sizes[3]);
        assertEquals(1, sizes[4]);
    }

    @Test
    void whenAnArrayAllocatedByAnEarlierTransactionIsWritten_thenItIsLockedAndLoggedAgain() {
        int[] a = Stm.atomicGet(() -> {
            int[] n = new int[2];
            Barriers.onNewArray(n, Barriers.current());
            return n;
        });
        int undo = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            Barriers.writeIntArray(a, 0, 5, tx);
            return tx.undoSize;
        });
        assertEquals(1, undo);
        assertEquals(5, a[0]);
    }

    @Test
    void whenAnOrElseBranchWritesAnArrayAllocatedBeforeItAndRetries_thenTheWriteIsUndone() throws Exception {
        Cell flag = new Cell();
        int v = Stm.atomic(() -> {
            Txn tx = Barriers.current();
            int[] a = new int[1];
            Barriers.onNewArray(a, tx);
            Barriers.writeIntArray(a, 0, 1, tx);
            Stm.orElse(() -> {
                Barriers.writeIntArray(a, 0, 2, Barriers.current());
                if (flag.getI() == 0) {
                    Stm.retry();
                }
                return null;
            }, () -> null);
            return Barriers.readIntArray(a, 0, Barriers.current());
        });
        assertEquals(1, v);
    }
}
