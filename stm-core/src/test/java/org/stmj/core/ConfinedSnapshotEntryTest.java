package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The snapshot entries of a confined claim ({@link ConfinedBarriers}'s {@code save} methods) are appended without a
 * duplicate check or an undo-filter entry: an aborted attempt still gets every saved field back, also when a
 * barrier logged one of them again after the claim (that entry is newer, so the snapshot's older value wins), and
 * a commit whose only in-place writes are confined gives the claimed object's lock its old word back.
 */
class ConfinedSnapshotEntryTest {
    private static void claimAndSave(Cell c, Txn tx) {
        ConfinedBarriers.claim(c, Cell.LOCK, tx);
        ConfinedBarriers.saveInt(c, Cell.I, tx);
        ConfinedBarriers.saveLong(c, Cell.J, tx);
        ConfinedBarriers.saveByte(c, Cell.B, tx);
        ConfinedBarriers.saveShort(c, Cell.S, tx);
        ConfinedBarriers.saveRef(c, Cell.R, tx);
    }

    @Test
    void whenAClaimedObjectIsChangedAndLoggedAgainByABarrierAndTheAttemptAborts_thenThePreAttemptValuesComeBack() {
        Cell c = new Cell();
        c.i = 1;
        c.j = 2;
        c.b = 3;
        c.s = 4;
        Object r0 = new Object();
        c.r = r0;
        AtomicInteger attempts = new AtomicInteger();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            claimAndSave(c, tx);
            if (attempts.incrementAndGet() == 1) {
                c.i = 10;
                c.j = 20;
                c.b = 30;
                c.s = 40;
                c.r = "x";
                // a write barrier on the claimed (own-locked) object logs the field again: a newer entry holding 10
                c.setI(11);
                c.setI(12);
                throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
            }
            assertEquals(1, c.i);
            assertEquals(2, c.j);
            assertEquals(3, c.b);
            assertEquals(4, c.s);
            assertSame(r0, c.r);
        });
        assertEquals(2, attempts.get());
    }

    @Test
    void whenAnAttemptOnlyClaimsAndChangesAConfinedObject_thenItCommitsItsChangesAndTheLockGetsItsOldWordBack() {
        Cell c = new Cell();
        long before = c.lock;
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            claimAndSave(c, tx);
            c.i = 7;
            c.r = "kept";
        });
        assertEquals(7, c.i);
        assertEquals("kept", c.r);
        assertEquals(before, c.lock, "confined writes only: no new version");
    }
}
