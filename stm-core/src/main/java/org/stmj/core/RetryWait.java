package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Retry wake-up: a transaction that called {@code retry} blocks until something it read changes, and a writer
 * that commits while anyone is blocked unparks the waiters, which then compare their read sets again.
 */
final class RetryWait {
    private RetryWait() {
    }

    /** Number of threads blocked in {@code retry}; committers only scan for waiters when it is positive. */
    static final AtomicInteger WAITERS = new AtomicInteger();

    /**
     * Blocks the thread until a location in the read set of {@code tx} changes, or until the retry deadline
     * passes. Called when an attempt threw for {@code retry}: validates (a stale read set restarts at once), rolls
     * back, waits.
     */
    static void block(Txn tx) {
        if (tx.inevitableRequested) {
            tx.rollback();
            tx.status = Txn.ABORTED;
            throw new IllegalStateException("stmj: retry() in an inevitable transaction (it has irrevocable effects)");
        }
        if (tx.readSize == 0 && tx.retryDeadline == 0) {
            tx.rollback();
            tx.status = Txn.ABORTED;
            throw new IllegalStateException("stmj: retry() in a transaction that has read nothing would block forever");
        }
        boolean valid = true;
        long[] longs = tx.readLongs;
        int n = tx.readSize;
        // entries we had locked ourselves: their word after rollback is the release word
        boolean[] mine = null;
        for (int i = 0; i < n; i++) {
            long cur = U.getLongVolatile(TxnLogs.readHolder(tx, i), longs[3 * i] & ~Txn.STRIPED);
            if (cur == tx.lockWord) {
                if (mine == null) {
                    mine = new boolean[n];
                }
                mine[i] = true;
            } else if (cur != longs[3 * i + 1]) {
                valid = false;
                break;
            }
        }
        long released = tx.rollback();
        tx.stats.retries++;
        if (!valid) {
            return;
        }
        if (mine != null && released != 0) {
            for (int i = 0; i < n; i++) {
                if (mine[i]) {
                    longs[3 * i + 1] = released;
                }
            }
        }
        WAITERS.incrementAndGet();
        tx.waiting = true;
        boolean interrupted = false;
        try {
            for (;;) {
                if (readSetChanged(tx)) {
                    return;
                }
                long deadline = tx.retryDeadline;
                if (deadline != 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    LockSupport.parkNanos(tx, left);
                } else {
                    LockSupport.park(tx);
                }
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
        } finally {
            tx.waiting = false;
            WAITERS.decrementAndGet();
            if (interrupted) {
                tx.thread.interrupt();
            }
        }
    }

    private static boolean readSetChanged(Txn tx) {
        long[] longs = tx.readLongs;
        for (int i = 0, n = tx.readSize; i < n; i++) {
            if (U.getLongVolatile(TxnLogs.readHolder(tx, i), longs[3 * i] & ~Txn.STRIPED) != longs[3 * i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Unparks every thread blocked in {@code retry} except the committer's own. */
    static void wakeWaiters(Txn committer) {
        int n = TxnSlots.slotsUsed();
        for (int i = 0; i < n; i++) {
            Txn t = TxnSlots.SLOTS[i];
            if (t != null && t != committer && t.waiting) {
                LockSupport.unpark(t.thread);
            }
        }
    }
}
