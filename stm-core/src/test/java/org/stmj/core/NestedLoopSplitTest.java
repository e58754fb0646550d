package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of a nested dispatch loop (a builtin calling back into the interpreter), driven the way transformed
 * loops drive them: an inevitable transaction ends at a nested boundary, an abort after that restarts there, and the
 * builtin's code after the nested loop returns runs as an inevitable tail.
 */
class NestedLoopSplitTest {
    @AfterEach
    void endAnyTransaction() {
        Txn d = Txn.descriptor();
        if (d.active) {
            d.endAfterFailure();
        }
        d.depth = 0;
        d.loopDepth = 0;
        d.restartDepth = 0;
    }

    @Test
    void whenANestedLoopRunsAnInevitableTransaction_thenItsBoundarySplitsAndAnAbortRestartsThere() {
        Cell cell = new Cell();
        Stm.loopEnter();
        Txn tx = Stm.split(null);
        Stm.loopEnter();
        Stm.becomeInevitable(tx);
        Stm.commitSoon(tx);
        assertTrue(Stm.atBoundary(tx));
        tx = Stm.split(tx);
        assertFalse(tx.inevitable);
        assertEquals(2, tx.restartDepth);
        Barriers.writeInt(cell, 7, Cell.I, Cell.LOCK, tx);
        try {
            throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
        } catch (ControlFlowError e) {
            tx = Stm.restart(tx);
        }
        assertEquals(0, cell.getI());
        assertSame(tx, Barriers.current());
    }

    @Test
    void whenANestedLoopThatSplitReturns_thenTheCallerRunsInevitablyUntilTheNextOuterBoundary() {
        Stm.loopEnter();
        Txn tx = Stm.split(null);
        Stm.loopEnter();
        Stm.becomeInevitable(tx);
        Stm.commitSoon(tx);
        tx = Stm.split(tx);
        assertNull(Stm.finish(tx));
        Stm.loopExit();
        Txn tail = Barriers.current();
        assertTrue(tail.inevitable && tail.inevitableTail);
        assertEquals(0, tail.restartDepth);
        assertTrue(Stm.atBoundary(tail));
        Txn next = Stm.split(tail);
        assertFalse(next.inevitable);
        assertEquals(1, next.restartDepth);
    }

    @Test
    void whenANestedLoopThatDidNotSplitReturns_thenTheTransactionGoesOnAndRestartsOutside() {
        Stm.loopEnter();
        Txn tx = Stm.split(null);
        Stm.loopEnter();
        Stm.commitSoon(tx);
        assertFalse(Stm.atBoundary(tx));
        Txn inner = tx;
        assertThrows(ControlFlowError.class, () -> Stm.restart(inner));
        assertNull(Stm.finish(tx));
        Stm.loopExit();
        assertSame(tx, Barriers.current());
        assertFalse(tx.inevitable);
        assertEquals(1, tx.restartDepth);
    }

    @Test
    void whenANestedLoopSpinsInevitablyOnAFlag_thenAnotherThreadsWriteReachesIt() {
        Cell flag = new Cell();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(20);
                Stm.atomicRun(() -> Barriers.writeInt(flag, 1, Cell.I, Cell.LOCK, Barriers.current()));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        int spins = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Stm.loopEnter();
            Txn tx = Stm.split(null);
            Stm.loopEnter();
            // as after a blocking call in the callback: an inevitable tail, which locks what it reads
            Stm.becomeInevitable(tx);
            writer.start();
            int n = 0;
            for (;;) {
                try {
                    while (Barriers.readInt(flag, Cell.I, Cell.LOCK, tx) == 0) {
                        n++;
                        if (Stm.atBoundary(tx)) {
                            tx = Stm.split(tx);
                        }
                    }
                    tx = Stm.finish(tx);
                    Stm.loopExit();
                    Stm.finish(Barriers.current());
                    Stm.loopExit();
                    return n;
                } catch (ControlFlowError e) {
                    tx = Stm.restart(tx);
                }
            }
        });
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> writer.join());
        assertNull(failure.get());
        assertTrue(spins > 0);
        assertNull(Barriers.current());
    }
}
