package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Read-only mode: transactions started with the read-only hint log no reads and restart when they must. */
class ReadOnlyModeTest {

    /** Commits {@code c.i = v} from another thread (so that the write is not part of the caller's transaction). */
    private static void writeFromOtherThread(Cell c, int v) throws InterruptedException {
        Thread t = new Thread(() -> Stm.atomicRun(() -> c.setI(v)));
        t.start();
        t.join();
    }

    @Test
    void whenReadOnlyTransactionReads_thenNoReadIsLogged() {
        Cell a = new Cell();
        Cell b = new Cell();
        AtomicInteger logged = new AtomicInteger(-1);
        AtomicInteger sum = new AtomicInteger();
        Stm.atomicRunReadOnly(() -> {
            Txn tx = Txn.current();
            sum.set(a.getI() + b.getI() + a.getI());
            logged.set(tx.inevitable ? 0 : tx.readSize);
            assertTrue(tx.readOnly || tx.inevitable);
        });
        assertEquals(0, logged.get());
        assertEquals(0, sum.get());
    }

    @Test
    void whenReadOnlyTransactionWrites_thenItRestartsAsAnUpdatingOneAndTheWriteCommits() {
        Cell a = new Cell();
        long before = Stm.statistics().aborts(AbortCause.READ_ONLY);
        AtomicInteger readOnlyAttempts = new AtomicInteger();
        AtomicInteger updatingAttempts = new AtomicInteger();
        Stm.atomicRunReadOnly(() -> {
            if (Txn.current().readOnly) {
                readOnlyAttempts.incrementAndGet();
            } else {
                updatingAttempts.incrementAndGet();
            }
            a.setI(a.getI() + 1);
        });
        assertEquals(1, Stm.atomicGet(a::getI));
        assertTrue(readOnlyAttempts.get() >= 1);
        assertTrue(updatingAttempts.get() >= 1);
        assertEquals(before + 1, Stm.statistics().aborts(AbortCause.READ_ONLY));
        assertFalse(Txn.descriptor().readOnly);
    }

    @Test
    void whenReadOnlyTransactionMeetsANewerVersion_thenItRestartsOnANewSnapshot() {
        Cell a = new Cell();
        Cell b = new Cell();
        AtomicInteger attempts = new AtomicInteger();
        int[] seen = new int[2];
        Stm.atomicRunReadOnly(() -> {
            int n = attempts.incrementAndGet();
            int x = a.getI();
            if (n == 1) {
                try {
                    // a writer commits a and b after our snapshot was taken
                    Thread t = new Thread(() -> Stm.atomicRun(() -> {
                        a.setI(7);
                        b.setI(7);
                    }));
                    t.start();
                    t.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            int y = b.getI();
            seen[0] = x;
            seen[1] = y;
        });
        assertTrue(attempts.get() >= 2);
        assertEquals(7, seen[0]);
        assertEquals(7, seen[1]);
    }

    @Test
    void whenReadOnlyTransactionKeepsMeetingNewerVersions_thenItFallsBackToLoggingReadsAndCommits()
            throws InterruptedException {
        Cell a = new Cell();
        Cell b = new Cell();
        AtomicInteger attempts = new AtomicInteger();
        boolean[] lastReadOnly = new boolean[1];
        Stm.atomicRunReadOnly(() -> {
            attempts.incrementAndGet();
            Txn tx = Txn.current();
            a.getI();
            if (!tx.inevitable) {
                try {
                    writeFromOtherThread(b, attempts.get());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            b.getI();
            lastReadOnly[0] = tx.readOnly;
        });
        assertTrue(attempts.get() >= Txn.READ_ONLY_RESTARTS);
        assertFalse(lastReadOnly[0]);
    }

    @Test
    void whenReadOnlyTransactionRetriesWithTimeout_thenItWaitsAsAnOrdinaryOneAndGoesOn() {
        Cell a = new Cell();
        boolean[] result = {true};
        Stm.atomicRunReadOnly(() -> {
            a.getI();
            result[0] = Stm.retry(TimeUnit.MILLISECONDS.toNanos(5));
        });
        assertFalse(result[0]);
        assertFalse(Txn.descriptor().active);
    }

    @Test
    void whenReadOnlyTransactionBecomesInevitable_thenItRunsAgainInevitable() {
        Cell a = new Cell();
        AtomicInteger inevitableAttempts = new AtomicInteger();
        Stm.atomicRunReadOnly(() -> {
            Txn tx = Txn.current();
            a.getI();
            Stm.becomeInevitable(tx);
            if (tx.inevitable) {
                inevitableAttempts.incrementAndGet();
            }
            a.setI(3);
        });
        assertEquals(1, inevitableAttempts.get());
        assertEquals(3, Stm.atomicGet(a::getI));
    }
}
