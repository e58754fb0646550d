package org.stmj.api;

/**
 * For interpreters running on the STM: names the interpreter's own source locations and objects in the
 * statistics and the report (a Python {@code file:line}, an attribute), instead of Java fields. Installed with
 * {@link Atomic#setSourceLocator}. The engine calls it only on slow paths: on the aborting thread when an attempt
 * aborts, when a transaction becomes inevitable, when a thread first runs a transaction, and (with
 * {@code -Dstmj.report}) when a writer commits. Implementations must not start transactions, block or throw;
 * they should read only state the calling thread owns, except {@link #sourceLocationOf}.
 */
@FunctionalInterface
public interface SourceLocator {
    /** The source location the current thread is executing (for example {@code app.py:12 in work}), or null. */
    String currentSourceLocation();

    /** The location another thread is executing now, read racily (the other side of a conflict), or null. */
    default String sourceLocationOf(Thread thread) {
        return null;
    }

    /**
     * What the current thread was accessing when it met a conflict, in the interpreter's terms;
     * {@code target} is the Java object or array of the conflicting location (null when unknown) and
     * {@code javaLocation} its Java name. Null: nothing to add.
     */
    default String describeAccess(Object target, String javaLocation) {
        return null;
    }

    /**
     * On the aborting thread, before the rollback: non-null asks for the abort's location and access to be resolved
     * later by {@link #resolveAbort} of this state, after {@link #positionAt} gave the dispatch loop's position at
     * its restart (for a loop that does not store its position at every bytecode). Null: asked at once.
     */
    default Object captureAbort() {
        return null;
    }

    /**
     * At the restart of a dispatch loop whose position the transformer's {@code loopPosition} names: the values of
     * those locals when the abort unwound the loop (the attempt is rolled back).
     */
    default void positionAt(Object where, int a, int b) {
    }

    /**
     * The deferred {@code {location, access}} of an abort {@link #captureAbort} captured as {@code state} (access
     * only when {@code describe}), or null.
     */
    default String[] resolveAbort(Object state, Object target, String javaLocation, boolean describe) {
        return null;
    }

    /** A one-line remedy for a conflict site ({@code kind}: write-write, read-write or inevitability), or null. */
    default String hint(String kind, String access, String source, String other) {
        return null;
    }

    /** The report's wording of a reason a transaction became inevitable, or null to keep the engine's. */
    default String explainInevitable(String reason) {
        return null;
    }

    /** Called once on each thread when it first runs a transaction. */
    default void threadStarted() {
    }

    /** What the interpreter calls one boundary (for example {@code bytecodes}). */
    default String boundaryUnit() {
        return "boundaries";
    }

    /** A name for {@code thread} in the report. */
    default String threadName(Thread thread) {
        return thread.getName();
    }
}
