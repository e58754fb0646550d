package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Why transactions became inevitable is counted with the resolver's location, and blocking calls are timed. */
class InevitabilityReasonTest {
    @AfterEach
    void cleanUp() {
        Stm.setConflictSiteResolver(null);
        Txn d = Txn.descriptor();
        if (d.active) {
            d.endAfterFailure();
        }
        d.depth = 0;
        d.loopDepth = 0;
    }

    private static StmStatistics.InevitableReason reason(String text, String source) {
        for (StmStatistics.InevitableReason r : Stm.statistics().inevitableReasons()) {
            if (r.reason().equals(text) && source.equals(r.sourceLocation())) {
                return r;
            }
        }
        return null;
    }

    @Test
    void whenAnUntransformedCallMakesATransactionInevitable_thenTheCallSiteAndLocationAreCounted() {
        Stm.setConflictSiteResolver(() -> "reasons.py:3");
        for (int i = 0; i < 2; i++) {
            Stm.atomicRun(() -> Stm.becomeInevitable(Txn.current(), "java.io.Foo.bar at Here.java:1"));
        }
        StmStatistics.InevitableReason r = reason(Attribution.JAVA_CALL + "java.io.Foo.bar at Here.java:1",
                "reasons.py:3");
        assertNotNull(r, "reasons: " + Stm.statistics().inevitableReasons());
        assertEquals(2, r.count());
    }

    @Test
    void whenAGilReleasedCallEnds_thenItsTimeIsCountedAndTheTailIsABlockingCallReason() throws Exception {
        Stm.setConflictSiteResolver(() -> "sleepy.py:9");
        Txn d = Txn.descriptor();
        long before = d.stats.gilReleasedNanos;
        Stm.loopEnter();
        try {
            Txn tx = Stm.split(null);
            Txn inside = Stm.beforeGilReleased(tx);
            Thread.sleep(20);
            tx = Stm.afterGilReleased(inside);
            assertTrue(tx.inevitable);
            Stm.finish(tx);
        } finally {
            Stm.loopExit();
        }
        assertTrue(d.stats.gilReleasedNanos - before >= 15_000_000L, "timed " + (d.stats.gilReleasedNanos - before));
        assertNotNull(reason(Attribution.BLOCKING_CALL, "sleepy.py:9"), "reasons: "
                + Stm.statistics().inevitableReasons());
    }

    @Test
    void whenTheProgramAsksForInevitability_thenTheReasonSaysSo() {
        Stm.setConflictSiteResolver(() -> "asked.py:1");
        Stm.atomicRun(() -> Stm.becomeInevitable(Txn.current()));
        assertNotNull(reason(Attribution.REQUESTED, "asked.py:1"));
    }
}
