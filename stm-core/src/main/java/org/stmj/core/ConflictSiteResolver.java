package org.stmj.core;

/**
 * Engine SPI, not for applications: lets an interpreter attach its own source location (for example a Python {@code file:line}) to a conflict.
 * Registered with {@link Stm#setConflictSiteResolver}; called on the aborting thread, only when an attempt
 * aborts because of a conflict or failed validation, so it costs nothing on the fast path. It must not start
 * transactions or block; it should read only state the thread itself owns (its current frame).
 */
@FunctionalInterface
public interface ConflictSiteResolver {
    /** The source location the current thread is executing, or {@code null} when it has none. */
    String currentSourceLocation();
}
