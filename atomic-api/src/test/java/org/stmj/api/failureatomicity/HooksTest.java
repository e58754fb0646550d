package org.stmj.api.failureatomicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;

class HooksTest {
    @Test
    void whenATransactionCommits_thenItsCommitHookRunsOnceAndItsRollbackHooksOnlyForRolledBackAttempts() {
        TLong n = new TLong(0);
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger rollbacks = new AtomicInteger();
        Atomic.run(() -> {
            attempts.incrementAndGet();
            Atomic.afterCommit(commits::incrementAndGet);
            Atomic.afterRollback(rollbacks::incrementAndGet);
            n.increment();
        });
        assertEquals(1, commits.get());
        assertEquals(attempts.get() - 1, rollbacks.get(), "one rollback per restarted attempt (chaos mode)");
    }

    @Test
    void whenAnExceptionRollsBack_thenRollbackHooksRunAndCommitHooksDoNot() {
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger rollbacks = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> Atomic.run(() -> {
            Atomic.afterCommit(commits::incrementAndGet);
            Atomic.afterRollback(rollbacks::incrementAndGet);
            throw new IllegalArgumentException();
        }));
        assertEquals(0, commits.get());
        assertEquals(1, rollbacks.get());
    }

    @Test
    void whenHooksAreRegisteredOutsideATransaction_thenCommitHooksRunAtOnceAndRollbackHooksNever() {
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger rollbacks = new AtomicInteger();
        Atomic.afterCommit(commits::incrementAndGet);
        Atomic.afterRollback(rollbacks::incrementAndGet);
        assertEquals(1, commits.get());
        assertEquals(0, rollbacks.get());
    }

    @Test
    void whenACommitHookRuns_thenItRunsOutsideTheTransaction() {
        boolean[] inside = {true};
        Atomic.run(() -> Atomic.afterCommit(() -> inside[0] = Atomic.isInTransaction()));
        assertEquals(false, inside[0]);
    }
}
