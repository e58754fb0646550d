package org.stmj.core;

/** Why a transaction attempt was rolled back (engine SPI, reported by {@link StmStatistics}). */
public enum AbortCause {
    /** A read met a location locked by another transaction and gave way. */
    READ_CONFLICT,
    /** A write met a location locked by another transaction and gave way. */
    WRITE_CONFLICT,
    /** The read set was found stale (snapshot extension or commit-time validation failed). */
    VALIDATION,
    /** Chaos mode ({@code -Dstmj.chaos}) aborted the attempt on purpose. */
    CHAOS,
    /** The program rolled back: an exception left the transaction, or it was ended explicitly. */
    EXPLICIT,
    /** An inevitable or higher-priority transaction asked this one to release its locks. */
    KILLED,
    /**
     * A read-only attempt (started with the read-only hint, logging no reads) met a write, a {@code retry} or a
     * request for inevitability, none of which it can serve, and restarted as an ordinary transaction.
     */
    READ_ONLY,
    /**
     * An unlogged attempt (a writer that logged no reads because its thread had seen no concurrent commits, see
     * {@code Txn.unlogged}) found another commit since its snapshot at commit time, or needed its read set (to
     * extend the snapshot, retry or become inevitable), and restarted as an ordinary, logging transaction.
     */
    UNLOGGED
}
