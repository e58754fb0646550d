package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An attempt that meets a lock held by a boundary transaction asks the holder to commit at its next boundary,
 * so it waits about one bytecode instead of the rest of the holder's (up to 1024-bytecode) transaction.
 */
class CommitRequestTest {
    /** How long the holder keeps its transaction open if nobody asks it to commit. */
    private static final long HOLDER_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    @Test
    void whenAnAttemptMeetsALockOfALongBoundaryTransaction_thenTheHolderCommitsAtItsNextBoundary()
            throws Exception {
        Cell cell = new Cell();
        CountDownLatch locked = new CountDownLatch(1);
        AtomicLong holderOpenNanos = new AtomicLong(-1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread holder = new Thread(() -> {
            try {
                Stm.loopEnter();
                try {
                    Txn tx = Stm.split(null);
                    cell.setI(1); // takes the cell's lock: held until this transaction commits
                    // a transaction far longer than any adaptive length: only a request can cut it short
                    tx.countdown = Integer.MAX_VALUE;
                    tx.countdownStart = Integer.MAX_VALUE;
                    long start = System.nanoTime();
                    locked.countDown();
                    for (;;) {
                        if (Stm.atBoundary(tx)) { // a boundary that ends the transaction: commit it
                            holderOpenNanos.set(System.nanoTime() - start);
                            tx = Stm.split(tx);
                            break;
                        }
                        if (System.nanoTime() - start > HOLDER_LIMIT_NANOS) {
                            break; // the request never came: leave with the lock (the test fails below)
                        }
                    }
                    Stm.finish(tx);
                } finally {
                    Stm.loopExit();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "holder");
        holder.start();
        assertTrue(locked.await(30, TimeUnit.SECONDS));

        long before = Stm.statistics().locksMet();
        long t0 = System.nanoTime();
        Stm.atomic(() -> {
            cell.setI(cell.getI() + 1);
            return null;
        });
        long writerNanos = System.nanoTime() - t0;
        holder.join(30_000);

        assertEquals(null, failure.get());
        assertTrue(holderOpenNanos.get() >= 0, "the holder's transaction was never cut: it ran to its own limit");
        assertTrue(writerNanos < HOLDER_LIMIT_NANOS / 2, "the writer waited " + writerNanos / 1_000_000 + " ms");
        assertEquals(2, Stm.atomic(cell::getI), "the writer ran after the holder's commit, on its value");
        assertTrue(Stm.statistics().locksMet() > before, "the meeting is counted");
    }

    @Test
    void whenARequestArrivesInAnAtomicBlock_thenTheTransactionEndsOnlyAfterTheBlock() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] committedAt = {-1};
        Thread t = new Thread(() -> {
            try {
                Stm.loopEnter();
                try {
                    Txn tx = Stm.split(null);
                    tx.countdown = 1000;
                    tx.countdownStart = 1000;
                    Stm.enterAtomicBlock(tx);
                    tx.requestCommit(); // as another thread would
                    for (int i = 0; i < 50; i++) {
                        assertTrue(!Stm.atBoundary(tx), "no boundary inside the block ends the transaction");
                    }
                    Stm.exitAtomicBlock(tx);
                    for (int i = 0; i < 10 && committedAt[0] < 0; i++) {
                        if (Stm.atBoundary(tx)) {
                            committedAt[0] = i;
                        }
                    }
                    tx = Stm.split(tx);
                    Stm.finish(tx);
                } finally {
                    Stm.loopExit();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join(30_000);
        assertEquals(null, failure.get());
        assertEquals(0, committedAt[0], "the first boundary after the block ends the transaction");
    }
}
