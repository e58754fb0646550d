package org.stmj.core;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread's statistics: written by the descriptor's owner thread only, read racily by {@link
 * StatsAccumulator} for a snapshot (a counter may be one behind; nothing is lost, as only the owner writes).
 */
final class TxnCounters {
    /** Attempts begun. */
    long starts;
    /** Attempts committed. */
    long commits;
    /** Attempts that ran inevitable (asked for, or escalated after too many aborts). */
    long inevitable;
    /** Times a transaction blocked in {@code retry}. */
    long retries;
    /** Nanoseconds of work in attempts that aborted. */
    long nanosLost;
    /** Aborts by {@link AbortCause} ordinal. */
    final long[] aborts = new long[AbortCause.values().length];
    /** Conflict sites of this thread's aborts, with the time they lost. */
    final ConcurrentHashMap<ConflictSite.Key, ConflictSite.Counts> sites = new ConcurrentHashMap<>();
    /**
     * Times this thread's attempts met a lock held by another attempt (each holder is asked to commit at its next
     * boundary unless commit requests are off).
     */
    long locksMet;
    /** Nanoseconds spent waiting for the inevitable token (measured only when it was taken). */
    long inevitableWaitNanos;
    /** Nanoseconds spent in {@code @GilReleased} calls. */
    long gilReleasedNanos;
    /** Committed boundary transactions by length in boundaries; the last bucket counts all longer ones. */
    final long[] lengths = new long[Attribution.LENGTH_BUCKETS];
    /** The longest committed boundary transaction, in boundaries. */
    long maxLength;
    /**
     * Entries in the read, undo and lock logs of committed attempts, summed at each commit (three additions per
     * commit, nothing per access): what the barriers logged, per committed transaction, for the report.
     */
    long readEntries;
    /** See {@link #readEntries}. */
    long undoEntries;
    /** See {@link #readEntries}. */
    long lockEntries;
    /** Reasons this thread's transactions became inevitable, with the interpreter's location: counts. */
    final ConcurrentHashMap<ConflictSite.InevitableKey, long[]> inevitableReasons = new ConcurrentHashMap<>();
}
