package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A conflict site names both sides (the resolver's locations), the conflict kind and the accessed object. */
class ConflictAttributionTest {
    /** A resolver that names every thread's location after the thread. */
    static final class NamingResolver implements ConflictSiteResolver {
        @Override
        public String currentSourceLocation() {
            return "at-" + Thread.currentThread().getName();
        }

        @Override
        public String sourceLocationOf(Thread thread) {
            return "at-" + thread.getName();
        }

        @Override
        public String describeAccess(Object target, String javaLocation) {
            return "the cell's " + javaLocation.substring(javaLocation.lastIndexOf('.') + 1);
        }
    }

    @AfterEach
    void removeResolver() {
        Stm.setConflictSiteResolver(null);
    }

    private static StmStatistics.Site find(String source) {
        for (StmStatistics.Site s : Stm.statistics().conflictSites()) {
            if (source.equals(s.sourceLocation())) {
                return s;
            }
        }
        return null;
    }

    /** Thread "holder-N" keeps the cell locked by a write until thread "meets-N" has aborted on it once. */
    private static void holdWhileOtherRuns(String suffix, Cell c, Runnable other) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> Stm.atomicRun(() -> {
            c.setI(c.getI() + 1);
            locked.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "holder-" + suffix);
        Thread meets = new Thread(() -> {
            try {
                locked.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            Thread releaser = new Thread(() -> {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < end && find("at-meets-" + suffix) == null) {
                    Thread.onSpinWait();
                }
                release.countDown();
            });
            releaser.start();
            other.run();
        }, "meets-" + suffix);
        holder.start();
        meets.start();
        holder.join(30_000);
        meets.join(30_000);
    }

    @Test
    void whenAWriteMeetsAFieldLockedByAnotherThread_thenTheSiteNamesBothSidesAndWriteWrite() throws Exception {
        Stm.setConflictSiteResolver(new NamingResolver());
        Cell c = new Cell();
        holdWhileOtherRuns("w", c, () -> Stm.atomicRun(() -> c.setI(c.getI() + 10)));
        assertEquals(11, c.i);
        StmStatistics.Site s = find("at-meets-w");
        assertNotNull(s, "site of the aborted writer: " + Stm.statistics().conflictSites());
        assertEquals("at-holder-w", s.otherSourceLocation());
        assertEquals("the cell's i", s.access());
        assertEquals("org.stmj.core.Cell.i", s.location());
    }

    @Test
    void whenAReadMeetsAFieldLockedByAnotherThread_thenTheKindIsReadWrite() throws Exception {
        Stm.setConflictSiteResolver(new NamingResolver());
        Cell c = new Cell();
        int[] seen = new int[1];
        holdWhileOtherRuns("r", c, () -> Stm.atomicRun(() -> seen[0] = c.getI()));
        StmStatistics.Site s = find("at-meets-r");
        assertNotNull(s, "site of the aborted reader: " + Stm.statistics().conflictSites());
        assertEquals("read-write", s.kind());
        assertEquals("at-holder-r", s.otherSourceLocation());
        assertEquals(1, seen[0]);
    }

    /**
     * A resolver that defers: captures the thread's location at the abort (before the rollback), resolves it
     * (with the access) when the attempt restarts, here at the next attempt (no dispatch loop).
     */
    static final class DeferringResolver implements ConflictSiteResolver {
        @Override
        public String currentSourceLocation() {
            return "now-" + Thread.currentThread().getName();
        }

        @Override
        public Object captureAbort() {
            return "at-" + Thread.currentThread().getName();
        }

        @Override
        public String[] resolveAbort(Object state, Object target, String javaLocation, boolean describe) {
            return new String[] {state + "", describe ? "deferred " + javaLocation : null};
        }
    }

    @Test
    void whenTheResolverCapturesTheAbort_thenItIsResolvedLaterFromTheCapturedState() throws Exception {
        Stm.setConflictSiteResolver(new DeferringResolver());
        Cell c = new Cell();
        holdWhileOtherRuns("d", c, () -> Stm.atomicRun(() -> c.setI(c.getI() + 10)));
        assertEquals(11, c.i);
        StmStatistics.Site s = find("at-meets-d");
        assertNotNull(s, "site resolved at the next attempt: " + Stm.statistics().conflictSites());
        assertEquals("deferred org.stmj.core.Cell.i", s.access());
        assertEquals(null, find("now-meets-d"));
    }
}
