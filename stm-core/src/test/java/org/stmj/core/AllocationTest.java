package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AllocationTest {
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
}
