package org.stmj.core;

import java.util.ArrayList;

/**
 * The after-commit and after-rollback hooks of one thread's running transaction ({@code Atomic.afterCommit},
 * {@code afterRollback}): registered in the transaction, run once when it ends. When an {@code orElse} alternative
 * fails, its commit hooks are dropped and its rollback hooks kept aside to run when the attempt ends, whether it
 * commits or rolls back ({@link #abandonBranch}). Owned by one {@link Txn} and used by its thread only.
 */
final class TxnHooks {
    /** After-commit hooks of the running transaction, in registration order; null until the first. */
    private ArrayList<Runnable> commitHooks;
    /** After-rollback hooks of the running transaction, in registration order; null until the first. */
    private ArrayList<Runnable> rollbackHooks;
    /**
     * Rollback hooks of failed {@code orElse} alternatives of the running attempt, in registration order; null until
     * the first. Invariant: each ran in an alternative whose writes are undone already, so it runs when the attempt
     * ends either way, before that end's own hooks.
     */
    private ArrayList<Runnable> abandoned;

    void addCommitHook(Runnable r) {
        if (commitHooks == null) {
            commitHooks = new ArrayList<>();
        }
        commitHooks.add(r);
    }

    void addRollbackHook(Runnable r) {
        if (rollbackHooks == null) {
            rollbackHooks = new ArrayList<>();
        }
        rollbackHooks.add(r);
    }

    /**
     * Runs (and clears) the hooks of failed alternatives, then the commit hooks, dropping the rollback ones; the first
     * exception is rethrown after all.
     */
    void runCommitHooks() {
        if (rollbackHooks != null) {
            rollbackHooks.clear();
        }
        runAbandonedThen(commitHooks);
    }

    /** Runs (and clears) the hooks of failed alternatives, then the rollback hooks, dropping the commit ones. */
    void runRollbackHooks() {
        if (commitHooks != null) {
            commitHooks.clear();
        }
        runAbandonedThen(rollbackHooks);
    }

    private void runAbandonedThen(ArrayList<Runnable> hooks) {
        if (abandoned == null || abandoned.isEmpty()) {
            runHooks(hooks);
            return;
        }
        ArrayList<Runnable> all = new ArrayList<>(abandoned);
        abandoned.clear();
        if (hooks != null) {
            all.addAll(hooks);
            hooks.clear();
        }
        runHooks(all);
    }

    private static void runHooks(ArrayList<Runnable> hooks) {
        if (hooks == null || hooks.isEmpty()) {
            return;
        }
        Runnable[] copy = hooks.toArray(new Runnable[0]);
        hooks.clear();
        RuntimeException first = null;
        for (Runnable r : copy) {
            try {
                r.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Sizes of the hook lists, to discard a failed {@code orElse} branch's hooks. */
    int commitHookCount() {
        return commitHooks == null ? 0 : commitHooks.size();
    }

    int rollbackHookCount() {
        return rollbackHooks == null ? 0 : rollbackHooks.size();
    }

    /**
     * A failed {@code orElse} alternative (its writes undone down to its savepoint) registered the hooks above these
     * counts: its commit hooks are dropped (nothing it did survives, so nothing of it may be published) and its
     * rollback hooks kept aside, to run outside the transaction when the attempt ends, whether it commits or rolls
     * back ({@link #abandoned}): they undo what the alternative did outside the transactional heap (a weak reference
     * it listed), which stays done after its rollback whatever the transaction does next. Dropping them, as
     * before, left such an effect in place for good.
     */
    void abandonBranch(int commits, int rollbacks) {
        if (commitHooks != null) {
            while (commitHooks.size() > commits) {
                commitHooks.remove(commitHooks.size() - 1);
            }
        }
        if (rollbackHooks != null && rollbackHooks.size() > rollbacks) {
            java.util.List<Runnable> tail = rollbackHooks.subList(rollbacks, rollbackHooks.size());
            if (abandoned == null) {
                abandoned = new ArrayList<>();
            }
            abandoned.addAll(tail);
            tail.clear();
        }
    }
}
