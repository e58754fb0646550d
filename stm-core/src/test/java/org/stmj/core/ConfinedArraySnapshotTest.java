package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfinedBarriers#saveArray} logs one copy of the whole array, not an entry per element: an aborted
 * attempt gets every element back, of every array type, also when the attempt logged an element of the same array
 * again later (newest first, so the older whole-array copy wins), and a committed attempt keeps its changes.
 */
class ConfinedArraySnapshotTest {
    @Test
    void whenAnAttemptThatSavedArraysChangesThemAndAborts_thenEveryElementIsRestored() {
        Cell holder = new Cell();
        int[] ints = {1, 2, 3};
        Object[] refs = {"a", null, "c"};
        double[] doubles = {0.5, -1.0};
        boolean[] flags = {true, false};
        char[] chars = {'x', 'y'};
        long[] longs = {};
        AtomicInteger attempts = new AtomicInteger();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            ConfinedBarriers.claim(holder, Cell.LOCK, tx);
            ConfinedBarriers.saveArray(ints, tx);
            ConfinedBarriers.saveArray(refs, tx);
            ConfinedBarriers.saveArray(doubles, tx);
            ConfinedBarriers.saveArray(flags, tx);
            ConfinedBarriers.saveArray(chars, tx);
            ConfinedBarriers.saveArray(longs, tx);
            if (attempts.incrementAndGet() == 1) {
                ints[0] = 10;
                ints[2] = 30;
                refs[1] = "b";
                doubles[1] = 2.0;
                flags[0] = false;
                chars[1] = 'z';
                throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
            }
            assertArrayEquals(new int[] {1, 2, 3}, ints);
            assertArrayEquals(new Object[] {"a", null, "c"}, refs);
            assertArrayEquals(new double[] {0.5, -1.0}, doubles);
            assertArrayEquals(new boolean[] {true, false}, flags);
            assertArrayEquals(new char[] {'x', 'y'}, chars);
            ints[1] = 20;
        });
        assertEquals(2, attempts.get());
        assertArrayEquals(new int[] {1, 20, 3}, ints, "the committed attempt keeps its change");
    }

    @Test
    void whenAnElementOfASavedArrayIsLoggedAgainLaterAndTheAttemptAborts_thenTheStateBeforeTheSnapshotWins() {
        Cell holder = new Cell();
        Object[] refs = {"a", "b"};
        AtomicInteger attempts = new AtomicInteger();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            if (attempts.incrementAndGet() == 1) {
                ConfinedBarriers.claim(holder, Cell.LOCK, tx);
                ConfinedBarriers.saveArray(refs, tx);
                refs[0] = "x";
                // a later element entry of the same array (its old value is the attempt's own "x")
                TxnLogs.logUndo(tx, refs, Engine.REF_BASE, Txn.K_REF, 0, refs[0]);
                refs[0] = "y";
                throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
            }
            assertArrayEquals(new Object[] {"a", "b"}, refs);
        });
        assertEquals(2, attempts.get());
    }
}
