package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first store of an attempt into a guarded array ({@link Txn#firstRefStore}): after a read logged the holder's
 * word it locks by one CAS from that word; either way it logs the lock once and the old value once, and rollback
 * restores the value and releases the word.
 */
class FirstRefStoreTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The read must be logged (the upgrade starts from a logged word): logging mode. */
    @BeforeEach
    void logReads() {
        LoggingMode.logReads();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
    }

    @Test
    void whenTheHolderWasReadThenWritten_thenOneLockOneUndoEntryAndRollbackRestoresTheValue() {
        Cell holder = new Cell();
        Object[] values = {"a", "b"};
        int[] sizes = new int[3];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Object v = Barriers.readRefArrayGuarded(values, 0, holder, Cell.LOCK, tx);
            for (int k = 0; k < 10; k++) {
                Barriers.writeRefArrayGuarded(values, k & 1, v + "" + k, holder, Cell.LOCK, tx);
            }
            sizes[0] = tx.lockSize;
            sizes[1] = tx.undoSize;
            sizes[2] = holder.lock == tx.lockWord ? 1 : 0;
            throw new Boom();
        }));
        assertEquals(1, sizes[0], "one lock");
        assertEquals(2, sizes[1], "one undo entry per element");
        assertEquals(1, sizes[2], "the holder's word was this attempt's");
        assertEquals("a", values[0]);
        assertEquals("b", values[1]);
        assertEquals(false, LockWord.isLocked(holder.lock), "released");
    }

    @Test
    void whenTheHolderWasWrittenWithoutARead_thenTheStoreCommits() {
        Cell holder = new Cell();
        Object[] values = {"a"};
        Stm.atomicRun(() -> Barriers.writeRefArrayGuarded(values, 0, "z", holder, Cell.LOCK, Barriers.current()));
        assertEquals("z", values[0]);
        assertEquals(false, LockWord.isLocked(holder.lock));
    }

    @Test
    void whenAnotherCommitChangesTheWordBetweenTheReadAndTheStore_thenTheAttemptRunsAgainAndSeesIt() {
        Cell holder = new Cell();
        Object[] values = {"x"};
        int[] attempts = new int[1];
        String seen = Stm.atomicGet(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            Object v = Barriers.readRefArrayGuarded(values, 0, holder, Cell.LOCK, tx);
            if (attempts[0] == 1) {
                Thread t = new Thread(() -> Stm.atomicRun(() ->
                        Barriers.writeRefArrayGuarded(values, 0, "y", holder, Cell.LOCK, Barriers.current())));
                t.start();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            Barriers.writeRefArrayGuarded(values, 0, v + "+", holder, Cell.LOCK, tx);
            return (String) v;
        });
        assertEquals("y", seen, "the second attempt read the other commit's value");
        assertEquals("y+", values[0]);
        assertEquals(2, attempts[0]);
    }
}
