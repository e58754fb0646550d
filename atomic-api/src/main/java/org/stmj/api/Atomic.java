package org.stmj.api;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.stmj.core.Stm;

/**
 * Transactions for Java code. A transaction runs its body so that every other thread sees all of its effects on
 * transactional state ({@link TRef}, {@link TLong}, {@link TArray}, and the fields of classes the transformer
 * instrumented) at once, or none of them. A transaction may run its body several times (after a conflict);
 * the body must therefore have no effects outside transactional state, except through
 * {@link #afterCommit}.
 *
 * <p>Transactions nest flatly: {@code run} or {@code call} inside a transaction joins it, and the whole
 * commits or rolls back as one. An exception that leaves the outermost transaction rolls all of it back and
 * is rethrown unchanged; before that, the engine checks that everything the transaction read was consistent,
 * and if it was not, runs the transaction again instead (no transaction ever acts on an inconsistent state).
 *
 * <p>Never catch {@link org.stmj.core.ControlFlowError} (or a bare {@code Throwable}/{@code Error} without
 * rethrowing it) inside a transaction: it is how the engine restarts or blocks the transaction.
 */
public final class Atomic {
    private Atomic() {
    }

    /** Runs {@code body} as a transaction; a runtime exception or error leaving it rolls back and propagates. */
    public static void run(Runnable body) {
        Stm.atomicRun(requireBody(body));
    }

    /**
     * Runs {@code body} as a transaction and returns its result; an exception leaving it (checked or not)
     * rolls the transaction back and is rethrown as is.
     */
    public static <T> T call(Callable<T> body) throws Exception {
        return Stm.atomic(requireBody(body));
    }

    /** Runs {@code body} as a transaction and returns its result (no checked exceptions). */
    public static <T> T get(Supplier<T> body) {
        return Stm.atomicGet(requireBody(body));
    }

    /**
     * {@link #run} with a hint that the body only reads. The transaction then keeps no read log (each read is
     * checked against the snapshot the transaction started from; a read that finds a newer value restarts it)
     * and its commit does nothing. A write, {@link #retry()} or inevitability request in the body is allowed:
     * it restarts the transaction as an ordinary one. Inside a running transaction the hint is ignored.
     */
    public static void runReadOnly(Runnable body) {
        Stm.atomicRunReadOnly(requireBody(body));
    }

    /** {@link #call} with a read-only hint, as for {@link #runReadOnly}. */
    public static <T> T callReadOnly(Callable<T> body) throws Exception {
        return Stm.atomicReadOnly(requireBody(body));
    }

    /**
     * Abandons the running transaction and blocks until another transaction commits a change to something it
     * read; then runs it again. Throws {@link IllegalStateException} outside a transaction, in an inevitable
     * one, or when the transaction has read nothing (it would wait forever). Does not return normally.
     */
    public static void retry() {
        Stm.retry();
    }

    /**
     * Like {@link #retry()}, but waits at most {@code timeout} (counted from the first call in this
     * transaction). When the time is up, the transaction runs again and this call returns {@code false} in that
     * run, which goes on from there; it never returns {@code true}. A timeout {@code <= 0} returns
     * {@code false} at once.
     */
    public static boolean retry(long timeout, TimeUnit unit) {
        return Stm.retry(unit.toNanos(timeout));
    }

    /**
     * Runs {@code first}; if it calls {@link #retry()}, its writes and its {@link #afterCommit} hooks are discarded
     * and {@code second} runs instead, in the same transaction; its {@link #afterRollback} hooks run when the
     * transaction's attempt ends, whether it commits or not. If both retry, the transaction waits until something
     * either of them read changes. Outside a transaction, it runs as one.
     */
    public static <T> T orElse(Callable<T> first, Callable<T> second) throws Exception {
        return Stm.orElse(requireBody(first), requireBody(second));
    }

    /** Runs {@code hook} once after the running transaction commits, outside it; at once when none runs. */
    public static void afterCommit(Runnable hook) {
        Stm.afterCommit(hook);
    }

    /**
     * Runs {@code hook} after the running transaction's current attempt is rolled back (by an exception, a
     * conflict or {@code retry}), outside it; never when it commits. Outside a transaction it does nothing.
     */
    public static void afterRollback(Runnable hook) {
        Stm.afterRollback(hook);
    }

    /** Whether the calling thread runs a transaction. */
    public static boolean isInTransaction() {
        return Stm.inTransaction();
    }

    /** A snapshot of the engine's statistics, summed over all threads. */
    public static StmStats stats() {
        return new StmStats(Stm.statistics());
    }

    /**
     * The report of the statistics as text: totals per thread, transaction lengths, time in aborted work,
     * waiting for the inevitable token and in GIL-released calls, the top conflict sites (most time lost first,
     * both sides' locations where known, with hints) and the top reasons for inevitability. The same text that
     * {@code -Dstmj.report=stderr|FILE} writes when the JVM exits.
     */
    public static String report() {
        return Stm.report();
    }

    /** {@link #report()} listing the top {@code top} conflict sites and reasons for inevitability. */
    public static String report(int top) {
        return Stm.report(top);
    }

    /**
     * Asks the running transaction to commit at its next interpreter boundary (a hint: atomic scopes and
     * blocks are not cut). Does nothing outside a transaction.
     */
    public static void hintCommitSoon() {
        Stm.commitSoon(org.stmj.core.Txn.current());
    }

    /**
     * The flat nesting depth of the running transaction's atomic scopes and interpreter atomic blocks (the
     * Python {@code transaction.is_atomic()}); 0 outside a transaction or in a transaction begun at an
     * interpreter boundary outside any block.
     */
    public static int atomicDepth() {
        return Stm.atomicDepth();
    }

    /**
     * Outside a transaction: makes the calling thread's STM bookkeeping drop the references it keeps between
     * transactions, so that a following full collection can free what the program no longer reaches (an
     * interpreter's {@code gc.collect()} with weak references). Does nothing inside a transaction.
     */
    public static void releaseRetainedReferences() {
        Stm.releaseRetained();
    }

    /**
     * Installs the interpreter's {@link SourceLocator} (null: none), which names conflicts and inevitability in
     * the interpreter's terms in {@link #stats()} and {@link #report()}.
     */
    public static void setSourceLocator(SourceLocator locator) {
        if (locator == null) {
            Stm.setConflictSiteResolver(null);
            return;
        }
        Stm.setConflictSiteResolver(new org.stmj.core.ConflictSiteResolver() {
            @Override
            public String currentSourceLocation() {
                return locator.currentSourceLocation();
            }

            @Override
            public String sourceLocationOf(Thread thread) {
                return locator.sourceLocationOf(thread);
            }

            @Override
            public String describeAccess(Object target, String javaLocation) {
                return locator.describeAccess(target, javaLocation);
            }

            @Override
            public Object captureAbort() {
                return locator.captureAbort();
            }

            @Override
            public void positionAt(Object where, int a, int b) {
                locator.positionAt(where, a, b);
            }

            @Override
            public String[] resolveAbort(Object state, Object target, String javaLocation, boolean describe) {
                return locator.resolveAbort(state, target, javaLocation, describe);
            }

            @Override
            public String hint(String kind, String access, String source, String other) {
                return locator.hint(kind, access, source, other);
            }

            @Override
            public String explainInevitable(String reason) {
                return locator.explainInevitable(reason);
            }

            @Override
            public void threadStarted() {
                locator.threadStarted();
            }

            @Override
            public String boundaryUnit() {
                return locator.boundaryUnit();
            }

            @Override
            public String threadName(Thread thread) {
                return locator.threadName(thread);
            }
        });
    }

    private static <B> B requireBody(B body) {
        if (body == null) {
            throw new NullPointerException("transaction body is null");
        }
        return body;
    }
}
