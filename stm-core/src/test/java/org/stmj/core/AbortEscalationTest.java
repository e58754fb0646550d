package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.testing.Workers;

/** Liveness: a transaction aborted {@code stmj.inevitableAfter} times in a row runs its next attempt inevitably. */
class AbortEscalationTest {
    @Test
    void whenATransactionAbortsRepeatedly_thenItsAttemptAfterTheLimitIsInevitableAndCommits() {
        Cell c = new Cell();
        long inevitableBefore = Stm.statistics().inevitableRuns();
        int[] attempts = {0};
        boolean[] lastInevitable = {false};
        Stm.atomicRun(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            c.setI(attempts[0]);
            lastInevitable[0] = tx.inevitable;
            if (!tx.inevitable) {
                throw tx.abort(AbortCause.WRITE_CONFLICT, null, 0, ConflictSite.NONE);
            }
        });
        assertEquals(Txn.INEVITABLE_AFTER + 1, attempts[0]);
        assertTrue(lastInevitable[0]);
        assertEquals(attempts[0], c.i);
        assertTrue(Stm.statistics().inevitableRuns() > inevitableBefore);
    }

    @Test
    void whenATransactionHasAbortedOften_thenItHasPriorityOverAYoungerOrLessAbortedOne() throws Exception {
        Txn[] d = new Txn[2];
        Workers.run(2, id -> d[id] = Txn.descriptor());
        Txn old = d[0];
        Txn young = d[1];
        old.firstStart = 100;
        young.firstStart = 200;
        old.attempts = Txn.PRIORITY_AFTER;
        young.attempts = 0;
        assertTrue(old.hasPriorityOver(young));
        assertFalse(young.hasPriorityOver(old), "too few aborts for priority");
        young.attempts = Txn.PRIORITY_AFTER;
        assertTrue(old.hasPriorityOver(young), "both have priority: the older wins");
        assertFalse(young.hasPriorityOver(old));
    }
}
