package org.stmj.core;

import java.util.ArrayList;

/**
 * The after-commit and after-rollback hooks of one thread's running transaction ({@code Atomic.afterCommit},
 * {@code afterRollback}): registered in the transaction, run once when it ends, truncated when an {@code orElse}
 * alternative fails. Owned by one {@link Txn} and used by its thread only.
 */
final class TxnHooks {
    /** After-commit hooks of the running transaction, in registration order; null until the first. */
    private ArrayList<Runnable> commitHooks;
    /** After-rollback hooks of the running transaction, in registration order; null until the first. */
    private ArrayList<Runnable> rollbackHooks;

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

    /** Runs (and clears) the commit hooks, dropping the rollback ones; the first exception is rethrown after all. */
    void runCommitHooks() {
        if (rollbackHooks != null) {
            rollbackHooks.clear();
        }
        runHooks(commitHooks);
    }

    /** Runs (and clears) the rollback hooks, dropping the commit ones. */
    void runRollbackHooks() {
        if (commitHooks != null) {
            commitHooks.clear();
        }
        runHooks(rollbackHooks);
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

    void truncateHooks(int commits, int rollbacks) {
        if (commitHooks != null) {
            while (commitHooks.size() > commits) {
                commitHooks.remove(commitHooks.size() - 1);
            }
        }
        if (rollbackHooks != null) {
            while (rollbackHooks.size() > rollbacks) {
                rollbackHooks.remove(rollbackHooks.size() - 1);
            }
        }
    }
}
