package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Committed boundary transactions are counted by length; commitSoon shortens the running one, and it shows. */
class TransactionLengthTest {
    /** Runs {@code body} on a fresh thread (a fresh descriptor) and returns that thread's statistics. */
    private static StmStatistics onFreshThread(Runnable body) throws Exception {
        AtomicReference<StmStatistics> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
                StatsAccumulator a = new StatsAccumulator();
                a.add(Txn.descriptor());
                result.set(new StmStatistics(a));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join(30_000);
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    /** A dispatch loop of {@code steps} boundaries that calls commitSoon every {@code hintEvery} (0: never). */
    private static void loop(int steps, int hintEvery) {
        Stm.loopEnter();
        try {
            Txn tx = null;
            for (int i = 0; i < steps; i++) {
                if (Stm.atBoundary(tx)) {
                    tx = Stm.split(tx);
                }
                if (hintEvery > 0 && i % hintEvery == 0) {
                    Stm.commitSoon(tx);
                }
            }
            Stm.finish(tx);
        } finally {
            Stm.loopExit();
        }
    }

    @Test
    void whenBoundaryTransactionsCommit_thenTheirLengthsGiveTheMedianAndTheMax() throws Exception {
        StmStatistics s = onFreshThread(() -> loop(5000, 0));
        assertTrue(s.boundaryTransactions() > 10, "transactions: " + s.boundaryTransactions());
        assertTrue(s.medianLength() >= 32, "median " + s.medianLength());
        assertTrue(s.maxLength() >= s.medianLength() && s.maxLength() <= Txn.MAX_LENGTH + 1, "max " + s.maxLength());
        assertEquals(1, s.threads().size());
        assertEquals(s.commits(), s.threads().get(0).commits());
    }

    @Test
    void whenCommitSoonIsAskedEveryFewBoundaries_thenTransactionsAreThatShort() throws Exception {
        StmStatistics plain = onFreshThread(() -> loop(5000, 0));
        StmStatistics hinted = onFreshThread(() -> loop(5000, 4));
        assertTrue(hinted.medianLength() <= 5, "median with hints " + hinted.medianLength());
        assertTrue(hinted.boundaryTransactions() > 4 * plain.boundaryTransactions(),
                hinted.boundaryTransactions() + " vs " + plain.boundaryTransactions());
    }
}
