package org.stmj.transform.runtime;

/**
 * Thrown at a boundary of a transactional dispatch loop (auto mode) when its thread finds itself alone: it
 * unwinds the loop's twin, whose restart handler commits the running transaction on the way out (a failed
 * commit restarts from the last boundary instead), to the uninstrumented loop that entered the twin, which then
 * goes on under the GIL at its boundary ({@link Rt#leaveStm}). Control flow, not a failure: preallocated,
 * stackless, never seen outside the loop methods. Transformed code must not swallow it (no handler of the
 * interpreter's between a boundary and the loop's exit may catch {@code Throwable} without rethrowing).
 */
public final class LeaveStm extends Error {
    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final LeaveStm INSTANCE = new LeaveStm();

    private LeaveStm() {
        super("stmj: the thread leaves transactional execution (must not be caught)", null, false, false);
    }
}
