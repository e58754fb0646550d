package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Stores into reference array slots that held null are logged as runs: consecutive slots of one array are one undo
 * entry (a list's appends), and rolling back still restores every slot's value from before the attempt (or the
 * savepoint), whatever else the attempt logged in between.
 */
class NullRunUndoTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void whenAnAttemptAppendsIntoNullSlots_thenOneUndoEntryAndRollbackNullsThemAgain() {
        Cell list = new Cell();
        Object[] items = new Object[64];
        items[0] = "kept";
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 1; k < 64; k++) {
                Barriers.writeRefArrayGuarded(items, k, "v" + k, list, Cell.LOCK, tx);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(1, entries[0]);
        assertEquals("kept", items[0]);
        for (int k = 1; k < 64; k++) {
            assertNull(items[k], "slot " + k);
        }
    }

    @Test
    void whenRunsOfSeveralArraysInterleave_thenEachStaysOneEntry() {
        Cell d = new Cell();
        Object[] keys = new Object[32];
        Object[] values = new Object[32];
        Object[] striped = new Object[32];
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 32; k++) {
                Barriers.writeRefArrayGuarded(keys, k, "k" + k, d, Cell.LOCK, tx);
                Barriers.writeInt(d, k, Cell.I, Cell.LOCK, tx);
                Barriers.writeRefArrayGuarded(values, k, "v" + k, d, Cell.LOCK, tx);
                Barriers.writeRefArray(striped, k, "s" + k, tx);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(4, entries[0]);
        for (int k = 0; k < 32; k++) {
            assertNull(keys[k]);
            assertNull(values[k]);
            assertNull(striped[k]);
        }
        assertEquals(0, d.i);
    }

    /**
     * The rule the runs depend on: an entry logged for an array closes its open run. Here slot 2 held "b"; the
     * attempt nulls it (an entry restoring "b", above the run's) and then appends into it: a run extended over
     * slot 2 would be undone after that entry and leave null where "b" was (the mutant that leaves the run open
     * in {@code logUndo} fails this test).
     */
    @Test
    void whenASlotNulledByTheAttemptIsThenAppendedInto_thenRollbackRestoresItsOriginalValue() {
        Cell list = new Cell();
        Object[] items = {"a", null, "b", null, null};
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.writeRefArrayGuarded(items, 1, "x", list, Cell.LOCK, tx); // run [1, 2)
            Barriers.writeRefArrayGuarded(items, 2, null, list, Cell.LOCK, tx); // logs "b" above the run
            Barriers.writeRefArrayGuarded(items, 2, "y", list, Cell.LOCK, tx); // slot 2 holds null: a run
            Barriers.writeRefArrayGuarded(items, 3, "z", list, Cell.LOCK, tx);
            assertEquals("z", items[3]);
            throw new Boom();
        }));
        assertEquals("a", items[0]);
        assertNull(items[1]);
        assertEquals("b", items[2]);
        assertNull(items[3]);
        assertNull(items[4]);
    }

    /**
     * A run begun before an {@code orElse} savepoint may not grow inside the alternative: the alternative's
     * rollback undoes only the entries above the savepoint (the mutant that keeps runs open at a savepoint fails
     * this test: the alternative's appends would stay).
     */
    @Test
    void whenAnOrElseAlternativeAppendsAfterARunBegunBeforeIt_thenItsRetryRemovesItsOwnAppends() throws Exception {
        Cell list = new Cell();
        Object[] items = new Object[8];
        Object[] seen = Stm.atomic(() -> {
            Txn tx = Barriers.current();
            Barriers.writeRefArrayGuarded(items, 0, "a", list, Cell.LOCK, tx);
            Barriers.writeRefArrayGuarded(items, 1, "b", list, Cell.LOCK, tx);
            return Stm.orElse(() -> {
                Barriers.writeRefArrayGuarded(items, 2, "c", list, Cell.LOCK, tx);
                Barriers.writeRefArrayGuarded(items, 3, "d", list, Cell.LOCK, tx);
                Stm.retry();
                return null;
            }, () -> new Object[] {items[0], items[1], items[2], items[3]});
        });
        assertEquals("a", seen[0]);
        assertEquals("b", seen[1]);
        assertNull(seen[2]);
        assertNull(seen[3]);
        assertEquals("a", items[0]);
        assertEquals("b", items[1]);
        assertNull(items[2]);
    }

    @Test
    void whenTheAttemptCommits_thenTheNextAttemptStartsWithNoOpenRun() {
        Cell list = new Cell();
        Object[] items = new Object[8];
        Txn[] tx = new Txn[1];
        Stm.atomicRun(() -> {
            tx[0] = Barriers.current();
            Barriers.writeRefArrayGuarded(items, 0, "a", list, Cell.LOCK, tx[0]);
        });
        assertEquals(0, tx[0].runCount);
        assertNull(tx[0].runArrays[0]);
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn t = Barriers.current();
            Barriers.writeRefArrayGuarded(items, 1, "b", list, Cell.LOCK, t);
            throw new Boom();
        }));
        assertEquals("a", items[0]);
        assertNull(items[1]);
    }
}
