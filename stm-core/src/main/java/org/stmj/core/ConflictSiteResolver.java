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
