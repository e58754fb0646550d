package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.testing.Workers;

/** Liveness: inevitable transactions never abort after becoming inevitable; others keep running and give way. */
class InevitabilityTest {
    @Test
    void whenInevitableTransactionsRunAgainstManyWriters_thenEachRunsItsIrrevocablePartOnce() throws Exception {
        int n = 16;
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new Cell();
        }
        int inevitableTxns = 200;
        AtomicInteger irrevocable = new AtomicInteger();
        AtomicInteger committed = new AtomicInteger();
        Workers.run(4, id -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            for (int k = 0; k < (id < 2 ? inevitableTxns / 2 : 3000); k++) {
                boolean inevitable = id < 2;
                int a = rnd.nextInt(n);
                Stm.atomicRun(() -> {
                    Txn tx = Barriers.current();
                    if (inevitable) {
                        Stm.becomeInevitable(tx);
                        irrevocable.incrementAndGet();
                        Stm.afterCommit(committed::incrementAndGet);
                    }
                    for (int i = 0; i < 4; i++) {
                        Cell c = cells[(a + i) % n];
                        Barriers.writeInt(c, Barriers.readInt(c, Cell.I, Cell.LOCK, tx) + 1, Cell.I, Cell.LOCK, tx);
                    }
                });
            }
        });
        assertEquals(inevitableTxns, irrevocable.get(), "the part after becomeInevitable ran exactly once each");
        assertEquals(inevitableTxns, committed.get());
        long total = 0;
        for (Cell c : cells) {
            total += c.i;
        }
        assertEquals(4L * (inevitableTxns + 2 * 3000), total);
    }

    @Test
    void whenATransactionBecomesInevitableAfterReading_thenItKeepsWhatItReadAndCommits() {
        Cell a = new Cell();
        a.i = 5;
        int seen = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            int v = a.getI();
            Stm.becomeInevitable(tx);
            a.setI(v + 1);
            return v;
        });
        assertEquals(5, seen);
        assertEquals(6, a.i);
        assertEquals(0L, a.lock & 3, "released");
    }

    @Test
    void whenAnInevitableTransactionNeedsALockAnotherHolds_thenTheHolderIsKilledAtItsNextBarrierAndGivesWay()
            throws Exception {
        Cell contended = new Cell();
        Cell other = new Cell();
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean inevitableDone = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicInteger holderAttempts = new AtomicInteger();
        long killedBefore = Stm.statistics().aborts(AbortCause.KILLED);
        Workers.run(2, id -> {
            if (id == 0) {
                Stm.atomicRun(() -> {
                    holderAttempts.incrementAndGet();
                    contended.setI(contended.getI() + 1);
                    holding.countDown();
                    Txn tx = Barriers.current();
                    while (!inevitableDone.get()) {
                        Barriers.readInt(other, Cell.I, Cell.LOCK, tx);
                    }
                });
            } else {
                holding.await();
                Stm.atomicRun(() -> {
                    Stm.becomeInevitable(Barriers.current());
                    contended.setI(contended.getI() + 100);
                });
                inevitableDone.set(true);
            }
        });
        assertEquals(101, contended.i);
        assertTrue(holderAttempts.get() >= 2, "the holder restarted");
        long gaveWay = Stm.statistics().aborts(AbortCause.KILLED) - killedBefore;
        if (Txn.CHAOS == 0) {
            assertTrue(gaveWay > 0, "the holder was killed"); // under chaos it may have been chaos-aborted first
        }
    }
}
