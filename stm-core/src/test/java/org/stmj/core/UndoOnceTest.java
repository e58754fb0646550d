package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The undo log holds one entry per location written by an attempt (above the innermost {@code orElse}
 * savepoint), and rolling back still restores the values from before the attempt or the savepoint.
 */
class UndoOnceTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void whenAFieldIsWrittenManyTimes_thenOneUndoEntryAndRollbackRestoresTheValueBeforeTheAttempt() {
        Cell c = new Cell();
        c.i = 7;
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 100; k++) {
                Barriers.writeInt(c, k, Cell.I, Cell.LOCK, tx);
                Barriers.writeLong(c, k, Cell.J, Cell.LOCK, tx);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(2, entries[0]);
        assertEquals(7, c.i);
        assertEquals(0, c.j);
    }

    /**
     * The same field of two objects of one class has the same (lock offset + offset), so the same filter hash:
     * written in turn, each evicted the other from a one-way filter and every write logged an entry (a dict's and a
     * set's fields in a loop that inserts into both). The mutant with a one-way filter logs 200 entries here.
     */
    @Test
    void whenTheSameFieldOfTwoObjectsIsWrittenInTurn_thenOneUndoEntryEach() {
        Cell a = new Cell();
        Cell b = new Cell();
        a.i = 7;
        b.i = 8;
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 100; k++) {
                Barriers.writeInt(a, k, Cell.I, Cell.LOCK, tx);
                Barriers.writeInt(b, -k, Cell.I, Cell.LOCK, tx);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(2, entries[0]);
        assertEquals(7, a.i);
        assertEquals(8, b.i);
    }

    @Test
    void whenAnArrayElementIsWrittenManyTimes_thenOneUndoEntryAndRollbackRestoresIt() {
        Object[] stack = {"a", "b", "c"};
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 100; k++) {
                Barriers.writeRefArray(stack, k % 3, "v" + k, tx);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(3, entries[0]);
        assertEquals("a", stack[0]);
        assertEquals("b", stack[1]);
        assertEquals("c", stack[2]);
    }

    @Test
    void whenAnOrElseAlternativeRewritesAFieldWrittenBeforeIt_thenItsRetryRestoresTheValueAtTheSavepoint()
            throws Exception {
        Cell c = new Cell();
        c.i = 1;
        int seenBySecond = Stm.atomic(() -> {
            Txn tx = Barriers.current();
            Barriers.writeInt(c, 2, Cell.I, Cell.LOCK, tx); // logged before the savepoint
            return Stm.orElse(() -> {
                Barriers.writeInt(c, 3, Cell.I, Cell.LOCK, tx); // must be logged again above the savepoint
                Stm.retry();
                return -1;
            }, () -> Barriers.readInt(c, Cell.I, Cell.LOCK, tx));
        });
        assertEquals(2, seenBySecond);
        assertEquals(2, c.i);
    }

    @Test
    void whenTheSecondAlternativeRewritesAFieldTheFirstUndid_thenAnAbortStillRestoresTheOriginal() {
        Cell c = new Cell();
        c.i = 1;
        assertThrows(Boom.class, () -> Stm.atomic(() -> {
            Txn tx = Barriers.current();
            Barriers.writeInt(c, 2, Cell.I, Cell.LOCK, tx);
            Stm.orElse(() -> {
                Barriers.writeInt(c, 3, Cell.I, Cell.LOCK, tx);
                Stm.retry();
                return null;
            }, () -> {
                // the first alternative's entry for c.i was undone and removed: this write must log again
                Barriers.writeInt(c, 4, Cell.I, Cell.LOCK, tx);
                Barriers.writeInt(c, 5, Cell.I, Cell.LOCK, tx);
                return null;
            });
            assertEquals(5, Barriers.readInt(c, Cell.I, Cell.LOCK, tx));
            throw new Boom();
        }));
        assertEquals(1, c.i);
    }
}
