package org.stmj.core;

/**
 * Engine SPI, not for applications: lets an interpreter attach its own source location (for example a Python {@code
 * file:line}) to a conflict.
 * Registered with {@link Stm#setConflictSiteResolver}; called on the aborting thread, only when an attempt
 * aborts because of a conflict or failed validation, when a transaction becomes inevitable, and (with
 * {@code -Dstmj.report}) when a writer commits, so it costs nothing on the fast path. It must not start
 * transactions or block; it should read only state the thread itself owns (its current frame), except in
 * {@link #sourceLocationOf}, which reads another thread's state racily for a diagnostic.
 */
@FunctionalInterface
public interface ConflictSiteResolver {
    /** The source location the current thread is executing, or {@code null} when it has none. */
    String currentSourceLocation();

    /**
     * The source location {@code thread} is executing now, read without synchronisation (the other side of a
     * conflict: the thread that holds the lock); {@code null} when unknown. Must not block.
     */
    default String sourceLocationOf(Thread thread) {
        return null;
    }

    /**
     * What the current thread was accessing when it met the conflict, in the interpreter's terms (for example
     * {@code attribute 'count' of Counter}); {@code target} is the Java object or array of the conflicting
     * location (null when unknown) and {@code javaLocation} its Java name. {@code null}: nothing to add.
     */
    default String describeAccess(Object target, String javaLocation) {
        return null;
    }

    /**
     * Called on the aborting thread before the attempt is rolled back: a non-null result asks the engine to
     * resolve the abort's location and access later, at the restart of a dispatch loop, with the loop's position
     * ({@link #positionAt}), by {@link #resolveAbort} of this state. For an interpreter whose loop does not store
     * its position at every bytecode: the state keeps what the rollback would change (the running frame, a copy
     * of its value stack). {@code null} (the default): {@link #currentSourceLocation} and {@link #describeAccess}
     * are asked at once.
     */
    default Object captureAbort() {
        return null;
    }

    /**
     * Called on the aborting thread at the restart of a dispatch loop whose position the transformer's
     * configuration names ({@code loopPosition}): {@code where}, {@code a} and {@code b} are the values of the
     * loop's named locals when the abort unwound it (for example the frame, its instruction index and stack
     * depth); the attempt is rolled back. It may store them where {@link #currentSourceLocation} reads them.
     */
    default void positionAt(Object where, int a, int b) {
    }

    /**
     * The deferred resolution of an abort whose {@link #captureAbort} gave {@code state}: {@code {location,
     * access}} as {@link #currentSourceLocation} and {@link #describeAccess} would have said at the abort, after
     * {@link #positionAt} when a loop restarted (not called then when the abort was caught elsewhere).
     * {@code describe}: whether the access is wanted. {@code null}: nothing known.
     */
    default String[] resolveAbort(Object state, Object target, String javaLocation, boolean describe) {
        return null;
    }

    /**
     * A one-line remedy for a conflict site, or {@code null}: {@code kind} is the report's conflict kind
     * ({@code write-write}, {@code read-write}, {@code inevitability}), {@code access} what
     * {@link #describeAccess} said, {@code source} and {@code other} the two sides' locations.
     */
    default String hint(String kind, String access, String source, String other) {
        return null;
    }

    /**
     * The report's wording of a reason a transaction became inevitable (for example naming a call into
     * untransformed code by what it does for the interpreter: an import, I/O); {@code null} keeps the engine's.
     */
    default String explainInevitable(String reason) {
        return null;
    }

    /** Called once on each thread when it first runs a transaction (a chance to remember the thread). */
    default void threadStarted() {
    }

    /** What the interpreter calls one boundary, for the report (for example {@code bytecodes}). */
    default String boundaryUnit() {
        return "boundaries";
    }

    /** A name for {@code thread} in the report (for example its Python thread name). */
    default String threadName(Thread thread) {
        return thread.getName();
    }
}
