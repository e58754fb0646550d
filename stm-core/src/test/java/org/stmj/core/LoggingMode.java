package org.stmj.core;

/**
 * For tests of the read log: makes the calling thread's next atomic-scope transactions log their reads (no
 * {@link Txn#unlogged} mode), as they do on a thread that has met concurrent commits, or restores the default.
 */
final class LoggingMode {
    private LoggingMode() {
    }

    /** The calling thread's atomic scopes log their reads until {@link #restore()}. */
    static void logReads() {
        Txn.descriptor().unloggedSkip = Integer.MAX_VALUE;
    }

    /** The calling thread's atomic scopes choose their mode as by default. */
    static void restore() {
        Txn d = Txn.descriptor();
        d.unloggedSkip = 0;
        d.unloggedPenalty = 0;
    }
}
