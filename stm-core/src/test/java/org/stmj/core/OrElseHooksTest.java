package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The hooks of a failed {@code orElse} alternative: its commit hooks never run (nothing it did survives), and its
 * rollback hooks run once, outside the transaction, when the attempt ends, whether the transaction then commits or
 * rolls back (the alternative was rolled back either way). They were dropped with its commit hooks before, so an
 * effect it made outside the transactional heap (a weak reference listed by the interpreter) was never undone.
 * Counts are per run of the alternative, so restarted attempts (chaos mode, unlogged mode) do not matter.
 */
class OrElseHooksTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void whenTheFirstAlternativeRetriesAndTheTransactionCommits_thenItsRollbackHookRunsAndItsCommitHookNever()
            throws Exception {
        AtomicInteger firstRuns = new AtomicInteger();
        AtomicInteger firstCommitHooks = new AtomicInteger();
        AtomicInteger firstRollbackHooks = new AtomicInteger();
        AtomicInteger secondCommitHooks = new AtomicInteger();
        Stm.atomicRun(() -> {
            try {
                Stm.orElse(() -> {
                    firstRuns.incrementAndGet();
                    Stm.afterCommit(firstCommitHooks::incrementAndGet);
                    Stm.afterRollback(firstRollbackHooks::incrementAndGet);
                    Stm.retry();
                    return null;
                }, () -> {
                    Stm.afterCommit(secondCommitHooks::incrementAndGet);
                    return null;
                });
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(0, firstCommitHooks.get(), "the failed alternative's commit hook");
        assertEquals(firstRuns.get(), firstRollbackHooks.get(), "one rollback hook run per failed alternative");
        assertEquals(1, secondCommitHooks.get());
    }

    @Test
    void whenTheTransactionRollsBackAfterAFailedAlternative_thenEachRollbackHookRunsOnce() {
        AtomicInteger firstRuns = new AtomicInteger();
        AtomicInteger firstRollbackHooks = new AtomicInteger();
        AtomicInteger outerRollbackHooks = new AtomicInteger();
        AtomicInteger outerRuns = new AtomicInteger();
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            outerRuns.incrementAndGet();
            Stm.afterRollback(outerRollbackHooks::incrementAndGet);
            try {
                Stm.orElse(() -> {
                    firstRuns.incrementAndGet();
                    Stm.afterRollback(firstRollbackHooks::incrementAndGet);
                    Stm.retry();
                    return null;
                }, () -> null);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            throw new Boom();
        }));
        assertEquals(firstRuns.get(), firstRollbackHooks.get());
        assertEquals(outerRuns.get(), outerRollbackHooks.get());
    }
}
