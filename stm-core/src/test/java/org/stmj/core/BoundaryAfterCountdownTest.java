package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's half of a boundary whose countdown the caller decrements inline (a transformed dispatch loop:
 * {@code if (tx == null || --tx.countdown <= 0) next = Rt.boundaryAfterCountdown(tx)}):
 * {@link Stm#atBoundaryAfterCountdown} decides exactly as {@link Stm#atBoundary} does once the countdown has run
 * out, so driving the countdown by hand splits at the same boundaries.
 */
class BoundaryAfterCountdownTest {
    @AfterEach
    void endAnyTransaction() {
        Txn d = Txn.descriptor();
        if (d.active) {
            d.endAfterFailure();
        }
        d.depth = 0;
        d.loopDepth = 0;
    }

    /** Boundaries passed before each split, for {@code boundaries} boundaries driven the way the twin does. */
    private static int splitsInline(int boundaries) {
        Txn tx = Stm.split(null);
        int splits = 0;
        for (int i = 0; i < boundaries; i++) {
            if (--tx.countdown > 0) {
                continue;
            }
            if (Stm.atBoundaryAfterCountdown(tx)) {
                tx = Stm.split(tx);
                splits++;
            }
        }
        Stm.finish(tx);
        return splits;
    }

    /** The same with {@link Stm#atBoundary}, which decrements itself. */
    private static int splitsInEngine(int boundaries) {
        Txn tx = Stm.split(null);
        int splits = 0;
        for (int i = 0; i < boundaries; i++) {
            if (Stm.atBoundary(tx)) {
                tx = Stm.split(tx);
                splits++;
            }
        }
        Stm.finish(tx);
        return splits;
    }

    @Test
    void whenTheCountdownIsDecrementedInline_thenSplitsHappenAtTheSameBoundariesAsInTheEngine() {
        Stm.loopEnter();
        try {
            Txn d = Txn.descriptor();
            int before = d.lengthLimit;
            int inline = splitsInline(5000);
            d.lengthLimit = before;
            int engine = splitsInEngine(5000);
            assertTrue(inline > 1, "the inline countdown ends transactions: " + inline);
            assertEquals(engine, inline);
        } catch (ControlFlowError e) {
            // chaos mode aborted a scenario that has no restart point: nothing to compare
        } finally {
            Stm.loopExit();
        }
    }

    @Test
    void whenNoTransactionRuns_thenTheBoundaryBegins() {
        assertTrue(Stm.atBoundaryAfterCountdown(null));
    }

    @Test
    void whenTheCountdownRunsOutInsideAnAtomicBlock_thenNoSplitAndTheCountdownStaysAtZero() {
        Stm.loopEnter();
        try {
            Txn tx = Stm.split(null);
            Stm.enterAtomicBlock(tx);
            tx.countdown = 1;
            assertFalse(--tx.countdown > 0);
            assertFalse(Stm.atBoundaryAfterCountdown(tx));
            assertEquals(0, tx.countdown, "every later boundary of the block asks the engine again");
            Stm.exitAtomicBlock(tx);
            assertTrue(Stm.atBoundaryAfterCountdown(tx), "the first boundary after the block ends it");
        } catch (ControlFlowError e) {
            // chaos mode aborted the scenario: the engine rolled it back, nothing to check
        } finally {
            Stm.loopExit();
        }
    }
}
