package org.stmj.core;

/**
 * Unwinds the stack of a transaction that must restart (it met a conflict, failed validation, was chosen by
 * chaos mode or asked to give way) or block ({@code retry}). The engine has already rolled the heap back (for a
 * restart) or will do so where the error is caught (for {@code retry} and {@code orElse}).
 *
 * <p>There is exactly one instance, {@link #INSTANCE}: it is preallocated and stackless (no stack trace is
 * filled in, suppression is disabled), so throwing it costs no allocation. Why a transaction unwinds is kept
 * on the thread's transaction descriptor, not in the error.
 *
 * <p><b>User code must never catch it</b> (nor a bare {@code Throwable} or {@code Error} without rethrowing
 * it): it travels to the start of the transaction, where the engine restarts or blocks the transaction.
 * Swallowing it lets the code after the catch run on a transaction that has been rolled back, which breaks
 * atomicity and isolation. Transformed code rethrows it from every catch-all handler.
 */
public final class ControlFlowError extends Error {
    private static final long serialVersionUID = 1L;

    /** The single, preallocated instance that every abort and retry throws. */
    public static final ControlFlowError INSTANCE = new ControlFlowError();

    private ControlFlowError() {
        super(null, null, false, false);
    }

    @Override
    public String toString() {
        return "org.stmj.core.ControlFlowError (transaction restart or retry; must not be caught)";
    }
}
