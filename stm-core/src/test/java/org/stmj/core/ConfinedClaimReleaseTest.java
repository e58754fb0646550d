package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.testing.Workers;

/**
 * The snapshot of a claimed confined object is not a write to shared memory: an inevitable attempt that read-locks
 * shared objects and claims a confined one (an interpreter's inevitable tail: the frame's claim, the interpreter's
 * recursion limit read at a call) releases the shared locks with their old words, so a concurrent transaction that
 * read those objects still validates. A real shared write still gives every lock of the commit a new version.
 */
class ConfinedClaimReleaseTest {
    private static void claimAndWrite(Cell confined, Txn tx, int value) {
        ConfinedBarriers.claim(confined, Cell.LOCK, tx);
        ConfinedBarriers.saveInt(confined, Cell.I, tx);
        confined.i = value;
    }

    @Test
    void whenAnInevitableAttemptOnlyReadsSharedObjectsAndClaimsAConfinedOne_thenTheSharedLockKeepsItsWord() {
        Cell shared = new Cell();
        Cell confined = new Cell();
        Stm.atomicRun(() -> shared.setI(1));
        long before = shared.lock;
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Stm.becomeInevitable(tx);
            assertEquals(1, shared.getI());
            claimAndWrite(confined, tx, 42);
        });
        assertEquals(before, shared.lock, "read-locked only: the old word back, no new version");
        assertEquals(42, confined.i);
        assertEquals(0L, confined.lock & 3, "the claim is released");
    }

    @Test
    void whenTheInevitableAttemptAlsoWritesASharedObject_thenItsReadLocksGetTheCommitVersion() {
        Cell shared = new Cell();
        Cell written = new Cell();
        Cell confined = new Cell();
        Stm.atomicRun(() -> {
            shared.setI(1);
            written.setI(1);
        });
        long before = shared.lock;
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Stm.becomeInevitable(tx);
            shared.getI();
            claimAndWrite(confined, tx, 7);
            written.setI(2);
        });
        assertNotEquals(before, shared.lock);
        assertEquals(written.lock, shared.lock, "one commit version for every lock of the commit");
    }

    @Test
    void whenAnInevitableTailClaimsWhileAnotherTransactionHasReadTheSameObject_thenTheReaderCommitsFirstTime()
            throws Exception {
        Cell shared = new Cell();
        Cell out = new Cell();
        Cell unrelated = new Cell();
        Cell confined = new Cell();
        Stm.atomicRun(() -> shared.setI(5));
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(1);
        AtomicInteger readerAttempts = new AtomicInteger();
        Workers.run(2, id -> {
            if (id == 0) {
                LoggingMode.logReads(); // the property is about a logged read
                Stm.atomicRun(() -> {
                    readerAttempts.incrementAndGet();
                    int v = shared.getI();
                    read.countDown();
                    try {
                        othersDone.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // a write, so that the commit validates what it read (the clock moved meanwhile)
                    out.setI(v);
                });
            } else {
                read.await(30, TimeUnit.SECONDS);
                Stm.atomicRun(() -> {
                    Txn tx = Barriers.current();
                    Stm.becomeInevitable(tx);
                    shared.getI();
                    claimAndWrite(confined, tx, 1);
                });
                // an unrelated commit moves the clock past the reader's snapshot
                Stm.atomicRun(() -> unrelated.setI(1));
                othersDone.countDown();
            }
        });
        assertEquals(5, out.i);
        assertEquals(1, readerAttempts.get(), "the reader's logged read is still valid: nobody wrote it");
    }
}
