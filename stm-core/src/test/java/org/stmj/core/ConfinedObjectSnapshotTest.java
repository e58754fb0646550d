package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfinedBarriers#saveObject} logs one snapshot of a claimed confined object (a blank copy of its class
 * filled with its fields, as the transformer's generated claim makes it) instead of one undo entry per field: an
 * aborted attempt gets every field back through {@link ConfinedSnapshot#$stm$restore}, also when one of the fields
 * was logged again later (newest first, so the older snapshot wins); a committed attempt keeps its writes; the
 * snapshot is one entry and does not count as a shared write.
 */
class ConfinedObjectSnapshotTest {
    /** A confined object written by hand the way the transformer generates one. */
    static final class Box implements ConfinedSnapshot {
        static final long LOCK = Barriers.fieldOffset(Box.class, "lock");
        static final long N = Barriers.fieldOffset(Box.class, "n");
        volatile long lock;
        int n;
        long big;
        double d;
        boolean flag;
        Object ref;

        /** The generated claim: lock, blank copy, field copies, one undo entry. */
        static void claim(Box o, Txn tx) {
            ConfinedBarriers.claim(o, LOCK, tx);
            Box s = (Box) ConfinedBarriers.blank(Box.class);
            s.n = o.n;
            s.big = o.big;
            s.d = o.d;
            s.flag = o.flag;
            s.ref = o.ref;
            ConfinedBarriers.saveObject(o, s, tx);
        }

        @Override
        public void $stm$restore(Object copy) {
            Box s = (Box) copy;
            n = s.n;
            big = s.big;
            d = s.d;
            flag = s.flag;
            ref = s.ref;
        }

        String state() {
            return n + "," + big + "," + d + "," + flag + "," + ref;
        }
    }

    @Test
    void whenAnAttemptThatSnapshottedAnObjectChangesItAndAborts_thenEveryFieldIsRestored() {
        Box b = new Box();
        b.n = 1;
        b.big = 1L << 40;
        b.d = 0.5;
        b.flag = true;
        b.ref = "a";
        String before = b.state();
        AtomicInteger attempts = new AtomicInteger();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Box.claim(b, tx);
            if (attempts.incrementAndGet() == 1) {
                b.n = 2;
                b.big = -1;
                b.d = 2.5;
                b.flag = false;
                b.ref = null;
                throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
            }
            assertEquals(before, b.state());
            b.n = 3;
        });
        assertEquals(2, attempts.get());
        assertEquals(3, b.n, "the committed attempt keeps its write");
        assertEquals("a", b.ref);
    }

    @Test
    void whenAFieldOfASnapshottedObjectIsLoggedAgainLaterAndTheAttemptAborts_thenTheSnapshotWins() {
        Box b = new Box();
        b.n = 7;
        AtomicInteger attempts = new AtomicInteger();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            if (attempts.incrementAndGet() == 1) {
                Box.claim(b, tx);
                b.n = 8;
                TxnLogs.logUndo(tx, b, Box.N, Txn.K_INT, b.n, null); // a later entry holds the attempt's own 8
                b.n = 9;
                throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
            }
            assertEquals(7, b.n);
        });
        assertEquals(2, attempts.get());
    }

    @Test
    void whenAnObjectIsSnapshotted_thenOneUndoEntryAndNoSharedWrite() {
        Box b = new Box();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            int before = tx.undoSize;
            boolean had = tx.hadWrites;
            Box.claim(b, tx);
            assertEquals(before + 1, tx.undoSize, "one entry for the whole object");
            assertEquals(had, tx.hadWrites, "a confined snapshot is not a write of shared memory");
        });
    }

    @Test
    void whenThereIsNoTransaction_thenSaveObjectDoesNothingAndBlankIsAFreshInstance() {
        Box b = new Box();
        ConfinedBarriers.saveObject(b, new Box(), null);
        Object blank = ConfinedBarriers.blank(Box.class);
        assertTrue(blank instanceof Box);
        assertNull(((Box) blank).ref);
        assertEquals(0, ((Box) blank).n);
    }
}
