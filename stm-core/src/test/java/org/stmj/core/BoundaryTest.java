package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stmj.testing.Workers;

/** The interpreter boundary API, driven the way transformed dispatch loops drive it. */
class BoundaryTest {
    @AfterEach
    void endAnyTransaction() {
        reset();
    }

    private static void reset() {
        Txn d = Txn.descriptor();
        if (d.active) {
            d.endAfterFailure();
        }
        d.depth = 0;
        d.loopDepth = 0;
    }

    /**
     * Runs a scenario that drives split/commit by hand; when chaos mode (or anything else) aborts it midway, the
     * scenario starts over from a clean descriptor, as an interpreter would restart from its boundary.
     */
    private static void scenario(Runnable body) {
        for (;;) {
            try {
                body.run();
                return;
            } catch (ControlFlowError e) {
                reset();
            }
        }
    }

    /**
     * A dispatch loop: {@code steps} bytecodes that each increment {@code counter}; returns how many times a
     * transaction restarted. The restart handler restores the saved local (the step index).
     */
    private static int loop(Cell counter, int steps) {
        int restarts = 0;
        Stm.loopEnter();
        try {
            Txn tx = Barriers.current();
            int step = 0;
            int savedStep = 0;
            for (;;) {
                try {
                    while (step < steps) {
                        if (Stm.atBoundary(tx)) {
                            tx = Stm.split(tx);
                            savedStep = step;
                        }
                        Barriers.writeInt(counter, Barriers.readInt(counter, Cell.I, Cell.LOCK, tx) + 1, Cell.I,
                                Cell.LOCK, tx);
                        step++;
                    }
                    tx = Stm.finish(tx);
                    return restarts;
                } catch (ControlFlowError e) {
                    tx = Stm.restart(tx);
                    step = savedStep;
                    restarts++;
                }
            }
        } finally {
            Stm.loopExit();
        }
    }

    @Test
    void whenNoTransactionRuns_thenTheFirstBoundarySplitsAndBegins() {
        scenario(() -> {
            assertTrue(Stm.atBoundary(null));
            Txn tx = Stm.split(null);
            assertSame(tx, Barriers.current());
            assertNull(Stm.finish(tx));
            assertNull(Barriers.current());
        });
    }

    @Test
    void whenBoundariesPass_thenASplitHappensOnlyAtTheLengthLimit() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            int limit = tx.lengthLimit;
            int splits = 0;
            for (int i = 0; i < limit * 3; i++) {
                if (Stm.atBoundary(tx)) {
                    tx = Stm.split(tx);
                    splits++;
                }
            }
            assertTrue(splits >= 2 && splits <= 3, "splits " + splits + " for limit " + limit);
        });
    }

    @Test
    void whenCommitsSucceed_thenTheLengthGrowsAndAfterAbortsItShrinks() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            int before = tx.lengthLimit;
            tx = Stm.split(tx);
            tx = Stm.split(tx);
            assertEquals(Math.min(Txn.MAX_LENGTH, before + 2), tx.lengthLimit);
            int grown = tx.lengthLimit;
            try {
                throw tx.abort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
            } catch (ControlFlowError e) {
                tx = Stm.restart(tx);
            }
            assertEquals(Math.max(1, grown / 2), tx.lengthLimit);
        });
    }

    @Test
    void whenInsideAnAtomicBlock_thenBoundariesDoNotSplit() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            Stm.enterAtomicBlock(tx);
            Stm.commitSoon(tx);
            assertFalse(Stm.atBoundary(tx));
            Stm.exitAtomicBlock(tx);
            assertTrue(Stm.atBoundary(tx));
        });
    }

    @Test
    void whenAnAtomicBlockExitHasNoEnter_thenAClearError() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Stm.exitAtomicBlock(tx));
            assertEquals("stmj: atomic block exit without a matching enter", e.getMessage());
        });
    }

    @Test
    void whenANestedLoopReachesABoundary_thenItNeitherSplitsNorRestarts() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            Stm.loopEnter();
            Stm.loopEnter();
            try {
                Stm.commitSoon(tx);
                assertFalse(Stm.atBoundary(tx));
                assertThrows(ControlFlowError.class, () -> Stm.restart(Barriers.current()));
            } finally {
                Stm.loopExit();
                Stm.loopExit();
            }
        });
    }

    @Test
    void whenTwoLoopsIncrementOneCounter_thenEveryIncrementCountsDespiteRestarts() throws Exception {
        Cell counter = new Cell();
        int steps = 20_000;
        Workers.run(2, id -> loop(counter, steps));
        assertEquals(2 * steps, counter.i);
    }

    @Test
    void whenAGilReleasedCallHappensAtDepthZero_thenItRunsOutsideAndAnInevitableTailFollows() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            Txn inside = Stm.beforeGilReleased(tx);
            assertNull(inside);
            assertNull(Barriers.current(), "the call runs outside any transaction");
            tx = Stm.afterGilReleased(inside);
            assertTrue(tx.inevitable);
            assertTrue(Stm.atBoundary(tx), "the tail ends at the next boundary");
            tx = Stm.split(tx);
            assertFalse(tx.inevitable);
        });
    }

    @Test
    void whenAGilReleasedCallHappensInAnAtomicBlock_thenTheTransactionBecomesInevitable() {
        scenario(() -> {
            Txn tx = Stm.split(null);
            Stm.enterAtomicBlock(tx);
            Txn inside = Stm.beforeGilReleased(tx);
            assertSame(tx, inside);
            assertTrue(tx.inevitable);
            assertSame(tx, Stm.afterGilReleased(inside));
            Stm.exitAtomicBlock(tx);
        });
    }

    @Test
    void whenAnAtomicScopeJoinsABoundaryTransaction_thenItDoesNotCommitIt() {
        scenario(() -> {
            Cell c = new Cell();
            Txn tx = Stm.split(null);
            Stm.atomicRun(c::getI);
            assertSame(tx, Barriers.current());
            assertTrue(tx.readSize >= 1, "the scope's read stays in the boundary transaction");
        });
    }
}
