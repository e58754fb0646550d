package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stmj.testing.Workers;

class StatisticsTest {
    private static StmStatistics.Site site(StmStatistics s, String location, String source) {
        for (StmStatistics.Site x : s.conflictSites()) {
            if (x.location().equals(location) && java.util.Objects.equals(source, x.sourceLocation())) {
                return x;
            }
        }
        return null;
    }

    @Test
    void whenAWriteMeetsALockedField_thenTheAbortIsCountedAtThatFieldWithTheResolversLocation() throws Exception {
        Cell c = new Cell();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Stm.setConflictSiteResolver(() -> "test.py:7");
        try {
            Workers.run(2, id -> {
                if (id == 0) {
                    Stm.atomicRun(() -> {
                        c.setI(c.getI() + 1);
                        locked.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } else {
                    locked.await(10, TimeUnit.SECONDS);
                    Thread releaser = new Thread(() -> {
                        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                        while (System.nanoTime() < end && site(Stm.statistics(), "org.stmj.core.Cell.i",
                                "test.py:7") == null) {
                            Thread.onSpinWait();
                        }
                        release.countDown();
                    });
                    releaser.start();
                    Stm.atomicRun(() -> c.setI(c.getI() + 10));
                    releaser.join();
                }
            });
        } finally {
            Stm.setConflictSiteResolver(null);
        }
        assertEquals(11, c.i);
        StmStatistics s = Stm.statistics();
        StmStatistics.Site x = site(s, "org.stmj.core.Cell.i", "test.py:7");
        assertTrue(x != null && x.aborts() >= 1, "site recorded: " + s.conflictSites());
        assertTrue(s.aborts(AbortCause.READ_CONFLICT) + s.aborts(AbortCause.WRITE_CONFLICT) >= 1);
    }

    @Test
    void whenTransactionsCommit_thenStartsAndCommitsAreCounted() {
        long commits = Stm.statistics().commits();
        long starts = Stm.statistics().starts();
        for (int i = 0; i < 10; i++) {
            Stm.atomicRun(() -> new Cell().setI(1));
        }
        StmStatistics s = Stm.statistics();
        assertTrue(s.commits() >= commits + 10);
        assertTrue(s.starts() >= starts + 10);
        assertEquals(s.aborts(), s.abortsByCause().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void whenAnExceptionRollsBack_thenAnExplicitAbortIsCounted() {
        long before = Stm.statistics().aborts(AbortCause.EXPLICIT);
        try {
            Stm.atomicRun(() -> {
                throw new IllegalStateException("x");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what is counted
        }
        assertEquals(before + 1, Stm.statistics().aborts(AbortCause.EXPLICIT));
    }

    @Test
    void whenChaosModeIsOn_thenChaosAbortsAreCounted() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Txn.CHAOS > 0, "chaos mode is off in this run");
        long before = Stm.statistics().aborts(AbortCause.CHAOS);
        Cell c = new Cell();
        for (int i = 0; i < 200; i++) {
            Stm.atomicRun(() -> c.setI(c.getI() + 1));
        }
        assertEquals(200, c.i, "results do not change under chaos");
        assertTrue(Stm.statistics().aborts(AbortCause.CHAOS) > before);
    }
}
