package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads of an object that a committed attempt allocated and nobody wrote since (its word still carries the
 * allocation tag) take the read fast path: logged with that word as seen, and a later write by another
 * transaction still invalidates them.
 */
class AllocatedWordReadTest {

    /** These tests look at the read log: run their transactions in logging mode. */
    @BeforeEach
    void logReads() {
        LoggingMode.logReads();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
    }

    private static Cell allocatedAndCommitted(int i) {
        return Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            Cell n = new Cell();
            Barriers.onNew(n, Cell.LOCK, tx);
            Barriers.writeInt(n, i, Cell.I, Cell.LOCK, tx);
            return n;
        });
    }

    @Test
    void whenTheWordIsAnAllocationWord_thenItIsReadableWithinAnySnapshotButNotWithoutOne() {
        long alloc = LockWord.allocatedBy(12345);
        assertTrue(LockWord.isReadableWithin(alloc, LockWord.snapshotBound(1)));
        assertTrue(LockWord.isReadableWithin(alloc, 0));
        assertFalse(LockWord.isReadableWithin(alloc, -1));
        assertTrue(LockWord.isReadableWithin(LockWord.unlocked(7), LockWord.snapshotBound(7)));
        assertFalse(LockWord.isReadableWithin(LockWord.unlocked(8), LockWord.snapshotBound(7)));
        assertFalse(LockWord.isReadableWithin(LockWord.lockedBy(3), Long.MAX_VALUE));
        assertFalse(LockWord.isReadableWithin(LockWord.NO_ALLOC, Long.MAX_VALUE));
    }

    @Test
    void whenAnObjectOfACommittedAttemptIsRead_thenTheReadIsLoggedWithItsAllocationWord() {
        Cell c = allocatedAndCommitted(4);
        long word = c.lock;
        long[] seen = new long[3];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            seen[0] = Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            seen[1] = tx.readSize;
            seen[2] = tx.readLongs[1];
        });
        assertEquals(2L, word & 3, "the object still carries its allocation word");
        assertEquals(4, seen[0]);
        assertEquals(1, seen[1], "one entry");
        assertEquals(word, seen[2], "the allocation word is the word seen");
    }

    @Test
    void whenAnotherTransactionWritesItBeforeTheReaderCommits_thenTheReaderRunsAgainAndSeesTheWrite()
            throws Exception {
        Cell c = allocatedAndCommitted(1);
        Cell out = new Cell();
        int[] attempts = new int[1];
        Stm.atomic(() -> {
            Txn tx = Barriers.current();
            int v = Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            if (attempts[0]++ == 0) {
                Thread t = new Thread(() -> Stm.atomicRun(() -> c.setI(2)));
                t.start();
                t.join();
            }
            Barriers.writeInt(out, v, Cell.I, Cell.LOCK, tx);
            return null;
        });
        assertEquals(2, attempts[0], "the stale read was caught at commit");
        assertEquals(2, out.i);
    }
}
