package org.stmj.core;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Engine SPI, not for applications (they use {@code org.stmj.api.Atomic}): the entry points that the Java API,
 * transformer-generated code and interpreter integrations use to begin, commit, restart and shape transactions.
 * The section "Boundary API" of {@code papers/design/engine.md} shows the code shapes that call these methods.
 *
 * <p>All methods act on the calling thread's transaction. A {@link Txn} handle is the thread's descriptor: the
 * same object is returned for every transaction the thread runs, and it must not be passed to another thread.
 * Methods that can abort throw {@link ControlFlowError} after the engine has rolled the heap back.
 *
 * <h2>Atomic scopes ({@code Atomic.run}, {@code @Atomic})</h2>
 * The generated shape of an {@code @Atomic} method is:
 * <pre>{@code
 * Txn tx = Stm.beginAtomic();
 * for (;;) {
 *     try {
 *         R r = body();
 *         Stm.commitAtomic(tx);
 *         return r;
 *     } catch (ControlFlowError e) {
 *         tx = Stm.restartAtomic(tx);          // rethrows when this scope joined an enclosing transaction
 *     } catch (Throwable t) {
 *         if (Stm.onThrowable(tx, t)) throw t; // false: the read set was stale, the attempt restarts
 *     }
 * }
 * }</pre>
 *
 * <h2>Interpreter boundaries</h2>
 * At each {@code @BytecodeBoundary} call site:
 * <pre>{@code
 * if (Stm.atBoundary(tx)) { tx = Stm.split(tx); <save live locals> }
 * }</pre>
 * and around the dispatch loop body, {@code catch (ControlFlowError e) { tx = Stm.restart(tx); <restore live
 * locals>; <jump to after the boundary> }}; {@link #loopEnter()} / {@link #loopExit()} bracket the dispatch loop
 * method so that nested loops (callbacks from builtins) neither split nor restart.
 */
public final class Stm {
    private Stm() {
    }

    private static volatile ConflictSiteResolver resolver;

    static {
        StmReport.installFromProperty();
    }

    // ================================================================ Java API support

    /** Runs {@code body} as a transaction (joining the running one, flat nesting); see {@code Atomic.call}. */
    public static <T> T atomic(Callable<T> body) throws Exception {
        return atomic(body, false);
    }

    /**
     * {@link #atomic(Callable)} with the read-only hint: a new transaction starts in read-only mode (it logs no
     * reads and commits by doing nothing; a write, {@code retry} or inevitability request in it restarts it as
     * an ordinary transaction). Joining a running transaction ignores the hint.
     */
    public static <T> T atomicReadOnly(Callable<T> body) throws Exception {
        return atomic(body, true);
    }

    private static <T> T atomic(Callable<T> body, boolean readOnly) throws Exception {
        Txn tx = beginAtomic(readOnly);
        for (;;) {
            T r;
            try {
                r = body.call();
            } catch (ControlFlowError e) {
                tx = restartAtomic(tx);
                continue;
            } catch (Throwable t) {
                if (onThrowable(tx, t)) {
                    throw Stm.<Exception>sneaky(t);
                }
                continue;
            }
            try {
                commitAtomic(tx);
            } catch (ControlFlowError e) {
                tx = restartAtomic(tx);
                continue;
            }
            return r;
        }
    }

    /** {@link #atomic(Callable)} for a body that throws no checked exception. */
    public static <T> T atomicGet(Supplier<T> body) {
        try {
            return atomic(body::get);
        } catch (Exception e) {
            throw Stm.<RuntimeException>sneaky(e);
        }
    }

    /** {@link #atomic(Callable)} for a body without result (the same loop, without allocating a wrapper). */
    public static void atomicRun(Runnable body) {
        atomicRun(body, false);
    }

    /** {@link #atomicRun(Runnable)} with the read-only hint, as for {@link #atomicReadOnly}. */
    public static void atomicRunReadOnly(Runnable body) {
        atomicRun(body, true);
    }

    private static void atomicRun(Runnable body, boolean readOnly) {
        Txn tx = beginAtomic(readOnly);
        for (;;) {
            try {
                body.run();
            } catch (ControlFlowError e) {
                tx = restartAtomic(tx);
                continue;
            } catch (Throwable t) {
                if (onThrowable(tx, t)) {
                    throw Stm.<RuntimeException>sneaky(t);
                }
                continue;
            }
            try {
                commitAtomic(tx);
            } catch (ControlFlowError e) {
                tx = restartAtomic(tx);
                continue;
            }
            return;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /**
     * Blocks the running transaction until another commits a change to something it read, then runs it again.
     * Throws {@link IllegalStateException} outside a transaction, in an inevitable transaction, or when the
     * transaction has read nothing (it would block forever).
     */
    public static void retry() {
        Txn d = runningOrThrow("retry()");
        if (d.status != Txn.ACTIVE) {
            throw ControlFlowError.INSTANCE;
        }
        if (d.readOnly && !d.inevitable) {
            // no read set to wait on: run again as an ordinary transaction, which will reach this retry again
            d.leaveReadOnly();
        }
        if (d.unlogged) {
            // likewise for an unlogged writer
            d.leaveUnlogged();
        }
        d.status = Txn.RETRY_PENDING;
        throw ControlFlowError.INSTANCE;
    }

    /**
     * Like {@link #retry()}, but gives up {@code nanos} after the first call: the transaction then runs again
     * and this call returns {@code false} in that run, which goes on from there. Never returns {@code true}.
     */
    public static boolean retry(long nanos) {
        Txn d = runningOrThrow("retry(timeout)");
        if (nanos <= 0) {
            return false;
        }
        long deadline = d.retryDeadline;
        long now = System.nanoTime();
        if (deadline == 0) {
            long dl = now + nanos;
            d.retryDeadline = dl == 0 ? 1 : dl;
            retry();
        }
        if (now - deadline >= 0) {
            d.retryDeadline = 0;
            return false;
        }
        retry();
        return false;
    }

    /**
     * Runs {@code first}; if it calls {@code retry}, discards its writes and commit hooks and runs {@code second}; if
     * that retries too, the transaction blocks until something either read changes. The rollback hooks {@code first}
     * registered run when the attempt ends, whether it commits or not ({@code first} was rolled back either way).
     * Outside a transaction it runs as one.
     */
    public static <T> T orElse(Callable<T> first, Callable<T> second) throws Exception {
        Txn d = Txn.current();
        if (d == null) {
            return atomic(() -> orElse(first, second));
        }
        if (d.status != Txn.ACTIVE) {
            throw ControlFlowError.INSTANCE;
        }
        int mark = d.savepoint();
        int commitHooks = d.hooks.commitHookCount();
        int rollbackHooks = d.hooks.rollbackHookCount();
        int depth = d.depth;
        try {
            return first.call();
        } catch (ControlFlowError e) {
            if (d.status != Txn.RETRY_PENDING) {
                throw e;
            }
            TxnLogs.undoTo(d, mark);
            d.hooks.abandonBranch(commitHooks, rollbackHooks);
            d.depth = depth;
            d.status = Txn.ACTIVE;
            return second.call();
        }
    }

    /** Runs {@code hook} after the running transaction commits (at once when none runs). */
    public static void afterCommit(Runnable hook) {
        if (hook == null) {
            throw new NullPointerException("hook");
        }
        Txn d = Txn.current();
        if (d == null) {
            hook.run();
        } else {
            d.hooks.addCommitHook(hook);
        }
    }

    /** Runs {@code hook} after each rolled-back attempt of the running transaction (never when none runs). */
    public static void afterRollback(Runnable hook) {
        if (hook == null) {
            throw new NullPointerException("hook");
        }
        Txn d = Txn.current();
        if (d != null) {
            d.hooks.addRollbackHook(hook);
        }
    }

    /** Whether the calling thread runs a transaction. */
    public static boolean inTransaction() {
        return Txn.current() != null;
    }

    /** A snapshot of the engine's counters, summed over all threads. */
    public static StmStatistics statistics() {
        StatsAccumulator a = new StatsAccumulator();
        a.addAll(TxnSlots.RETIRED);
        int n = TxnSlots.slotsUsed();
        for (int i = 0; i < n; i++) {
            Txn t = TxnSlots.SLOTS[i];
            if (t != null) {
                a.add(t);
            }
        }
        return new StmStatistics(a);
    }

    /** Installs the callback that attaches an interpreter's source location to conflicts ({@code null}: none). */
    public static void setConflictSiteResolver(ConflictSiteResolver r) {
        resolver = r;
    }

    static ConflictSiteResolver resolver() {
        return resolver;
    }

    /**
     * The report of the engine's statistics as text (totals per thread, transaction lengths, top conflict sites
     * with both sides, top reasons for inevitability, hints), in the terms of the installed resolver.
     */
    public static String report() {
        return report(10);
    }

    /** {@link #report()} with the top {@code top} conflict sites and reasons for inevitability. */
    public static String report(int top) {
        return StmReport.format(statistics(), resolver, Math.max(1, top));
    }

    /**
     * Transformer runtime, not for applications: a dispatch loop's twin restarts after an abort, and {@code where},
     * {@code a}, {@code b} are its position (the locals its configuration names, as they were when the abort
     * unwound it). Hands them to the resolver ({@link ConflictSiteResolver#positionAt}), then resolves the abort's
     * location if it was left pending ({@link ConflictSiteResolver#captureAbort}). Slow path: once per abort.
     */
    public static void loopAbortedAt(Object where, int a, int b) {
        ConflictSiteResolver r = resolver;
        if (r == null) {
            return;
        }
        try {
            r.positionAt(where, a, b);
        } catch (RuntimeException e) {
            // a diagnostic must never break the engine
        }
        Txn d = TxnSlots.lookup();
        if (d != null && d.pendingAbort != null) {
            Attribution.resolvePending(d);
        }
    }

    static String resolverLocation() {
        ConflictSiteResolver r = resolver;
        if (r == null) {
            return null;
        }
        try {
            return r.currentSourceLocation();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static Txn runningOrThrow(String what) {
        Txn d = Txn.current();
        if (d == null) {
            throw new IllegalStateException("stmj: " + what + " called outside a transaction");
        }
        return d;
    }

    // ================================================================ atomic scopes (@Atomic)

    /**
     * Enters an atomic scope: begins a transaction, or joins the running one (flat nesting). Returns the
     * handle to pass to {@link #commitAtomic}, {@link #restartAtomic} and {@link #onThrowable}.
     */
    public static Txn beginAtomic() {
        return beginAtomic(false);
    }

    private static Txn beginAtomic(boolean readOnly) {
        Txn d = Txn.descriptor();
        if (d.active) {
            if (d.status != Txn.ACTIVE) {
                throw ControlFlowError.INSTANCE;
            }
            d.depth++;
            return d;
        }
        d.beginTransaction(true, false, readOnly);
        return d;
    }

    private static boolean outermostAtomic(Txn tx) {
        return tx.topAtomic && tx.depth == 1;
    }

    /**
     * Leaves an atomic scope normally: a joined scope just leaves; the outermost commits (throwing
     * {@link ControlFlowError} after rolling back when validation fails) and then runs the commit hooks.
     */
    public static void commitAtomic(Txn tx) {
        if (!outermostAtomic(tx)) {
            tx.depth--;
            return;
        }
        tx.commit();
        StmEvents.commit(tx);
        tx.endTransaction();
        tx.hooks.runCommitHooks();
    }

    /**
     * Handles a {@link ControlFlowError} caught by an atomic scope: a joined scope rethrows it; the outermost
     * blocks (for {@code retry}) or backs off, then begins the next attempt and returns the handle.
     */
    public static Txn restartAtomic(Txn tx) {
        if (!outermostAtomic(tx)) {
            tx.depth--;
            throw ControlFlowError.INSTANCE;
        }
        afterFailedAttempt(tx);
        tx.beginAttempt(false);
        tx.depth = 1;
        return tx;
    }

    /**
     * Handles any other throwable leaving an atomic scope. Returns {@code true} when the caller must rethrow it:
     * always for a joined scope; for the outermost, after checking that the read set was consistent and rolling
     * the transaction back (failure atomicity). Returns {@code false} when the read set was stale, so the
     * exception may stem from an inconsistent state: the attempt was rolled back and the next one has begun.
     */
    public static boolean onThrowable(Txn tx, Throwable t) {
        if (t instanceof ControlFlowError) {
            restartAtomic(tx);
            return false;
        }
        if (!outermostAtomic(tx)) {
            tx.depth--;
            return true;
        }
        if (tx.status == Txn.ACTIVE && (tx.inevitable || tx.readsStillCurrent())) {
            tx.rollbackAndEnd(AbortCause.EXPLICIT);
            tx.endTransaction();
            tx.hooks.runRollbackHooks();
            return true;
        }
        if (tx.status == Txn.ACTIVE) {
            tx.recordAbort(AbortCause.VALIDATION, null, 0, ConflictSite.NONE);
            tx.rollback();
            tx.status = Txn.ABORTED;
        }
        afterFailedAttempt(tx);
        tx.beginAttempt(false);
        tx.depth = 1;
        return false;
    }

    /** After an attempt threw: blocks for retry, or counts the abort and backs off; runs the rollback hooks. */
    private static void afterFailedAttempt(Txn tx) {
        try {
            if (tx.status == Txn.RETRY_PENDING) {
                RetryWait.block(tx);
                tx.attempts = 0;
            } else {
                if (tx.status == Txn.ACTIVE) {
                    // a ControlFlowError thrown by something else than the engine for this attempt
                    tx.recordAbort(AbortCause.EXPLICIT, null, 0, ConflictSite.NONE);
                    tx.rollback();
                }
                tx.attempts++;
                tx.lengthLimit = Math.max(Txn.MIN_LENGTH, tx.lengthLimit >> 1);
                tx.backoffAfterAbort();
            }
            tx.status = Txn.IDLE;
            tx.hooks.runRollbackHooks();
        } catch (RuntimeException | Error e) {
            tx.endAfterFailure();
            throw e;
        }
    }

    // ================================================================ interpreter boundaries

    /**
     * The hot check at a {@code @BytecodeBoundary}: whether the transformer must call {@link #split} here
     * (no transaction runs yet, the adaptive length is reached, or an inevitable tail ends). Never inside an
     * atomic scope, nor in a nested dispatch loop unless the transaction is inevitable.
     */
    public static boolean atBoundary(Txn tx) {
        if (tx == null) {
            return true;
        }
        // one decrement per bytecode; the full check only when the countdown runs out (length reached, or zeroed
        // by an inevitable tail or a commit request) and then at every boundary until the transaction may end
        if (--tx.countdown > 0) {
            return false;
        }
        return atBoundaryAfterCountdown(tx);
    }

    /**
     * The part of {@link #atBoundary} after the decrement, for callers that decrement {@link Txn#countdown}
     * themselves (a transformed dispatch loop does it inline: {@code if (tx == null || --tx.countdown <= 0)
     * next = Rt.boundaryAfterCountdown(tx)}): whether this boundary, whose countdown has run out, may end the
     * transaction. {@code true} for {@code null} (no transaction yet).
     */
    public static boolean atBoundaryAfterCountdown(Txn tx) {
        if (tx == null) {
            return true;
        }
        if (tx.depth != 0 || tx.topAtomic || tx.loopDepth > 1 && !tx.inevitable) {
            tx.countdown = 0;
            return false;
        }
        return true;
    }

    /*
     * Nested dispatch loops. A builtin that calls a Python function (a sort key, __eq__, a generator resumed from
     * Java) runs it in a nested loop, on top of the builtin's Java frames. Its boundaries do not end the running
     * transaction, whose restart point is the outer boundary: an abort unwinds the builtin and runs the outer bytecode
     * again. The exception is an inevitable transaction, which never aborts and locks what it reads: kept to the
     * next outermost boundary, a Python function that waits in it for another thread's write (a spin on a flag after
     * a blocking call) would wait for ever, since the writer cannot lock what it read. So a nested boundary whose
     * countdown ran out ends an inevitable transaction too (its commit cannot fail), and the next transaction
     * restarts there (restartDepth). When that loop returns or throws, the builtin's Java code has no restart point,
     * so finish() commits and begins an inevitable tail up to the next boundary of a loop further out, as
     * afterGilReleased does. Under the GIL a nested boundary may also hand the GIL to another thread, so a split there
     * shows other threads nothing the GIL does not.
     */

    /**
     * Commits the running boundary transaction (if any) and begins the next; returns its handle. The
     * transformer saves the live locals after this call: this is where the new transaction restarts. A failed
     * commit throws {@link ControlFlowError} to the restart handler of the previous boundary.
     */
    public static Txn split(Txn tx) {
        Txn d = tx != null ? tx : Txn.descriptor();
        if (d.active) {
            if (d.depth != 0 || d.topAtomic || d.loopDepth > 1 && !d.inevitable) {
                return d;
            }
            commitBoundary(d);
        }
        d.beginTransaction(false, false);
        d.restartDepth = d.loopDepth;
        return d;
    }

    private static void commitBoundary(Txn d) {
        d.commit();
        Attribution.committedBoundary(d);
        StmEvents.commit(d);
        d.lengthLimit = Math.min(Txn.MAX_LENGTH, d.lengthLimit + 1);
        d.endTransaction();
        d.hooks.runCommitHooks();
    }

    /**
     * Handles a {@link ControlFlowError} caught at the boundary that began the running transaction: rethrows
     * it when that boundary is not the restart point (a nested dispatch loop whose boundaries did not begin the
     * transaction, or a transaction begun by an atomic scope further up the stack); otherwise the heap is
     * already rolled back, so it backs off (or blocks for {@code retry}), halves the adaptive length, begins the
     * next attempt and returns its handle.
     */
    public static Txn restart(Txn tx) {
        Txn d = tx != null ? tx : Txn.descriptor();
        if (!d.active || d.topAtomic || d.loopDepth > 1 && d.loopDepth != d.restartDepth) {
            throw ControlFlowError.INSTANCE;
        }
        afterFailedAttempt(d);
        d.depth = 0;
        d.startCountdown();
        d.hintedLength = 0;
        d.beginAttempt(false);
        return d;
    }

    /**
     * Commits the running boundary transaction without beginning another (the thread leaves STM execution,
     * e.g. its dispatch loop returns). Call it inside the region guarded by the restart handler. Returns null.
     */
    public static Txn finish(Txn tx) {
        Txn d = tx != null ? tx : Txn.current();
        if (d != null && d.active && d.depth == 0 && !d.topAtomic) {
            if (d.loopDepth <= 1) {
                commitBoundary(d);
            } else if (d.loopDepth == d.restartDepth) {
                // a nested loop that split its transaction returns: see "Nested dispatch loops" above
                commitBoundary(d);
                beginTail(d, Attribution.NESTED_LOOP_EXIT);
            }
        }
        return null;
    }

    /** Enters a dispatch loop method (call at its entry; pair with {@link #loopExit()} in a finally). */
    public static void loopEnter() {
        Txn.descriptor().loopDepth++;
    }

    /**
     * Leaves a dispatch loop method. When the outermost loop is left with its boundary transaction still
     * running (the transformer did not call {@link #finish}), that transaction is committed here.
     */
    public static void loopExit() {
        Txn d = Txn.descriptor();
        if (d.loopDepth > 0 && --d.loopDepth == 0 && d.active && d.status == Txn.ACTIVE && d.depth == 0
                && !d.topAtomic) {
            commitBoundary(d);
        }
    }

    /** {@code @AtomicBlock(ENTER)}: boundaries do not commit until the matching exit. */
    public static void enterAtomicBlock(Txn tx) {
        if (tx == null || !tx.active) {
            throw new IllegalStateException("stmj: atomic block entered outside a transaction");
        }
        tx.depth++;
    }

    /** {@code @AtomicBlock(EXIT)}: one block level less; the next boundary at depth 0 may commit. */
    public static void exitAtomicBlock(Txn tx) {
        if (tx == null || !tx.active || tx.depth == 0) {
            throw new IllegalStateException("stmj: atomic block exit without a matching enter");
        }
        tx.depth--;
    }

    /**
     * Makes the running transaction inevitable now (before an irrevocable action): it will not abort from here
     * on. May throw {@link ControlFlowError} once, when its reads are already stale; the restarted attempt then
     * begins inevitable.
     */
    public static void becomeInevitable(Txn tx) {
        becomeInevitable(tx, null);
    }

    /**
     * {@link #becomeInevitable(Txn)} before a call into untransformed code, named by {@code callSite} for the
     * statistics and the report ({@code null}: asked for by the program).
     */
    public static void becomeInevitable(Txn tx, String callSite) {
        if (tx == null) {
            return;
        }
        if (!tx.inevitable) {
            Attribution.inevitable(tx, callSite != null ? Attribution.JAVA_CALL + callSite : Attribution.REQUESTED);
        }
        tx.becomeInevitable();
    }

    /**
     * Before a {@code @GilReleased} call: outside atomic scopes commits the running transaction and returns
     * {@code null} (the call runs outside any transaction); inside an atomic scope or atomic block makes the
     * transaction inevitable instead and returns it. Pass the result to {@link #afterGilReleased}.
     *
     * <p>In a nested dispatch loop (a builtin called back into the interpreter) the transaction commits too, so
     * that a blocking wait never holds the inevitable token nor waits inside a transaction. The bytecode of the
     * outermost loop that called the builtin is then split at this call, as the GIL is released in the middle
     * of it; its restart point (the outermost boundary) is stale from here on, so {@link #afterGilReleased}
     * continues in an inevitable transaction up to the next outermost boundary. A failed commit throws
     * {@link ControlFlowError}: nothing was committed, and the whole bytecode restarts from that boundary.
     */
    public static Txn beforeGilReleased(Txn tx) {
        if (tx == null || !tx.active) {
            Txn.descriptor().gilReleasedStart = System.nanoTime();
            return null;
        }
        if (tx.depth > 0 || tx.topAtomic) {
            if (!tx.inevitable) {
                Attribution.inevitable(tx, Attribution.BLOCKING_IN_ATOMIC);
            }
            tx.becomeInevitable();
            tx.gilReleasedStart = System.nanoTime();
            return tx;
        }
        commitBoundary(tx);
        tx.gilReleasedStart = System.nanoTime();
        return null;
    }

    /**
     * After a {@code @GilReleased} call: with {@code tx} from {@link #beforeGilReleased} being {@code null},
     * begins an inevitable transaction that runs until the next boundary (there is no restart point before
     * it); otherwise returns {@code tx}.
     */
    public static Txn afterGilReleased(Txn tx) {
        Txn d = tx != null ? tx : Txn.descriptor();
        long start = d.gilReleasedStart;
        if (start != 0) {
            d.stats.gilReleasedNanos += System.nanoTime() - start;
            d.gilReleasedStart = 0;
        }
        if (tx != null || d.active) {
            return d;
        }
        beginTail(d, Attribution.BLOCKING_CALL);
        return d;
    }

    /** Begins an inevitable transaction with no restart point, ended by the next boundary that may end one. */
    private static void beginTail(Txn d, String why) {
        d.beginTransaction(false, true);
        d.inevitableTail = true;
        d.restartDepth = 0;
        d.countdown = 0; // the next boundary that may split ends the tail
        Attribution.inevitable(d, why);
    }

    /**
     * Whether {@code tx} is a running transaction begun by the outermost dispatch loop's boundary, outside atomic
     * scopes and blocks: one that a boundary may end (used by the mode switch of auto mode).
     */
    public static boolean isOutermostBoundary(Txn tx) {
        return tx.active && tx.depth == 0 && !tx.topAtomic && tx.loopDepth == 1;
    }

    /** Asks the next boundary to commit (the Python {@code transaction.hint_commit_soon()}). */
    public static void commitSoon(Txn tx) {
        if (tx != null) {
            if (tx.hintedLength == 0) {
                tx.hintedLength = tx.boundariesPassed() + 1;
            }
            tx.countdown = 0;
        }
    }

    /**
     * Makes the calling thread's idle descriptor drop the references its logs keep between transactions (see
     * {@code Txn.releaseRetained}); a no-op inside a transaction.
     */
    public static void releaseRetained() {
        Txn.releaseRetained();
    }

    /** The flat nesting depth of atomic scopes and blocks of the calling thread's transaction (0: none). */
    public static int atomicDepth() {
        Txn d = Txn.current();
        return d == null ? 0 : d.depth;
    }

    /** The current adaptive length limit of the calling thread, in boundaries per transaction. */
    public static int lengthLimit() {
        return Txn.descriptor().lengthLimit;
    }
}
