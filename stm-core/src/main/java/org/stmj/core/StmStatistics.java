package org.stmj.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the engine's counters, summed over all threads (engine SPI; applications use
 * {@code org.stmj.api.Atomic.stats()}). Counters of running threads are read without stopping them, so a
 * snapshot taken while transactions run may be a few events behind.
 */
public final class StmStatistics {
    private final long starts;
    private final long commits;
    private final long inevitableRuns;
    private final long retries;
    private final long nanosLost;
    private final Map<AbortCause, Long> aborts;
    private final List<Site> sites;
    private final long inevitableWaitNanos;
    private final long gilReleasedNanos;
    private final long locksMet;
    private final long[] lengths;
    private final long maxLength;
    private final long readEntries;
    private final long undoEntries;
    private final long lockEntries;
    private final List<ThreadTotals> threads;
    private final List<InevitableReason> inevitableReasons;

    /** One thread's totals (a thread that has died keeps its row; beyond 256 threads the rest are summed). */
    public static final class ThreadTotals {
        private final StatsAccumulator.ThreadRow r;

        ThreadTotals(StatsAccumulator.ThreadRow r) {
            this.r = r;
        }

        /** The thread's name (the interpreter's, when its resolver gives one). */
        public String name() {
            return r.name;
        }

        /** Attempts started. */
        public long starts() {
            return r.starts;
        }

        /** Attempts committed. */
        public long commits() {
            return r.commits;
        }

        /** Attempts rolled back, all causes. */
        public long aborts() {
            return r.aborts;
        }

        /** Attempts that ran inevitably. */
        public long inevitableRuns() {
            return r.inevitable;
        }

        /** Nanoseconds of attempts that were then aborted. */
        public long nanosLostInAborts() {
            return r.nanosLost;
        }

        /** Nanoseconds spent waiting for the inevitable token. */
        public long inevitableWaitNanos() {
            return r.inevitableWaitNanos;
        }

        /** Nanoseconds spent in {@code @GilReleased} calls. */
        public long gilReleasedNanos() {
            return r.gilReleasedNanos;
        }
    }

    /** A reason transactions became inevitable, where (the interpreter's location, or null), and how often. */
    public static final class InevitableReason {
        private final String reason;
        private final String sourceLocation;
        private final long count;

        InevitableReason(String reason, String sourceLocation, long count) {
            this.reason = reason;
            this.sourceLocation = sourceLocation;
            this.count = count;
        }

        /** Why: a blocking call, a call into untransformed code (named), too many aborts, or asked for. */
        public String reason() {
            return reason;
        }

        /** The interpreter's location when it happened, or {@code null}. */
        public String sourceLocation() {
            return sourceLocation;
        }

        /** How many times. */
        public long count() {
            return count;
        }

        @Override
        public String toString() {
            return reason + (sourceLocation != null ? " @ " + sourceLocation : "") + ": " + count;
        }
    }

    /** One conflict site: where, the interpreter's own source location (or null), aborts there, time they lost. */
    public static final class Site {
        private final String location;
        private final String sourceLocation;
        private final long aborts;
        private final long nanosLost;
        private final String kind;
        private final String otherSourceLocation;
        private final String access;

        Site(String location, String sourceLocation, long aborts, long nanosLost, String kind,
             String otherSourceLocation, String access) {
            this.location = location;
            this.sourceLocation = sourceLocation;
            this.aborts = aborts;
            this.nanosLost = nanosLost;
            this.kind = kind;
            this.otherSourceLocation = otherSourceLocation;
            this.access = access;
        }

        /** {@code write-write}, {@code read-write} or {@code inevitability} (gave way to the inevitable one). */
        public String kind() {
            return kind;
        }

        /**
         * The resolver's location of the transaction this one conflicted with (the lock holder's, or the last
         * writer's with {@code -Dstmj.report}), the one seen most often; {@code null} when unknown.
         */
        public String otherSourceLocation() {
            return otherSourceLocation;
        }

        /** The resolver's description of what was accessed (for example a Python attribute), or {@code null}. */
        public String access() {
            return access;
        }

        /** The Java location: {@code Class.field}, {@code static Class.field}, {@code array of T}, or unknown. */
        public String location() {
            return location;
        }

        /** What the {@link ConflictSiteResolver} reported on the aborting thread, or {@code null}. */
        public String sourceLocation() {
            return sourceLocation;
        }

        /** Attempts aborted by a conflict or failed validation on this site. */
        public long aborts() {
            return aborts;
        }

        /** Nanoseconds those attempts had run when they aborted. */
        public long nanosLost() {
            return nanosLost;
        }

        @Override
        public String toString() {
            return location + (sourceLocation != null ? " @ " + sourceLocation : "") + ": " + aborts + " aborts";
        }
    }

    StmStatistics(StatsAccumulator a) {
        this.starts = a.starts;
        this.commits = a.commits;
        this.inevitableRuns = a.inevitable;
        this.retries = a.retries;
        this.nanosLost = a.nanosLost;
        EnumMap<AbortCause, Long> m = new EnumMap<>(AbortCause.class);
        for (AbortCause c : AbortCause.values()) {
            m.put(c, a.aborts[c.ordinal()]);
        }
        this.aborts = Collections.unmodifiableMap(m);
        List<Site> s = new ArrayList<>();
        for (Map.Entry<ConflictSite.Key, ConflictSite.Counts> e : a.sites.entrySet()) {
            ConflictSite.Key k = e.getKey();
            ConflictSite.Counts c = e.getValue();
            s.add(new Site(k.describe(), k.source, c.aborts, c.nanos, Attribution.kindOfKey(k.cause),
                    c.mostOften(), k.target));
        }
        s.sort((x, y) -> x.nanosLost != y.nanosLost ? Long.compare(y.nanosLost, x.nanosLost)
                : Long.compare(y.aborts, x.aborts));
        this.sites = Collections.unmodifiableList(s);
        this.inevitableWaitNanos = a.inevitableWaitNanos;
        this.gilReleasedNanos = a.gilReleasedNanos;
        this.locksMet = a.locksMet;
        this.lengths = a.lengths.clone();
        this.maxLength = a.maxLength;
        this.readEntries = a.readEntries;
        this.undoEntries = a.undoEntries;
        this.lockEntries = a.lockEntries;
        List<ThreadTotals> t = new ArrayList<>();
        for (StatsAccumulator.ThreadRow r : a.threads) {
            t.add(new ThreadTotals(r));
        }
        this.threads = Collections.unmodifiableList(t);
        List<InevitableReason> ir = new ArrayList<>();
        for (Map.Entry<ConflictSite.InevitableKey, long[]> e : a.inevitableReasons.entrySet()) {
            ir.add(new InevitableReason(e.getKey().reason, e.getKey().source, e.getValue()[0]));
        }
        ir.sort((x, y) -> Long.compare(y.count, x.count));
        this.inevitableReasons = Collections.unmodifiableList(ir);
    }

    /** Attempts started (a restart counts again). */
    public long starts() {
        return starts;
    }

    /** Attempts committed. */
    public long commits() {
        return commits;
    }

    /** Attempts rolled back, all causes. */
    public long aborts() {
        long n = 0;
        for (long v : aborts.values()) {
            n += v;
        }
        return n;
    }

    /** Attempts rolled back for {@code cause}. */
    public long aborts(AbortCause cause) {
        return aborts.get(cause);
    }

    /** Aborts by cause (every cause present). */
    public Map<AbortCause, Long> abortsByCause() {
        return aborts;
    }

    /** Attempts that ran inevitably (asked for, or after too many aborts). */
    public long inevitableRuns() {
        return inevitableRuns;
    }

    /** Times a transaction blocked in {@code retry}. */
    public long retries() {
        return retries;
    }

    /** Nanoseconds spent in attempts that were then aborted. */
    public long nanosLostInAborts() {
        return nanosLost;
    }

    /** Conflict sites, most time lost first (then most aborts). */
    public List<Site> conflictSites() {
        return sites;
    }

    /** Nanoseconds spent waiting for the inevitable token, all threads. */
    public long inevitableWaitNanos() {
        return inevitableWaitNanos;
    }

    /** Nanoseconds spent in {@code @GilReleased} calls (I/O, sleeps, lock waits), all threads. */
    public long gilReleasedNanos() {
        return gilReleasedNanos;
    }

    /**
     * Times an attempt met a lock held by another attempt (each meeting counts once, however long it waited),
     * all threads; unless {@code -Dstmj.commitRequests=0}, each holder was asked to commit at its next boundary.
     */
    public long locksMet() {
        return locksMet;
    }

    /** Committed boundary transactions (those begun by an interpreter's boundary, measured in boundaries). */
    public long boundaryTransactions() {
        long n = 0;
        for (long v : lengths) {
            n += v;
        }
        return n;
    }

    /** The median length of committed boundary transactions in boundaries (bytecodes); 0 when none. */
    public long medianLength() {
        long n = boundaryTransactions();
        if (n == 0) {
            return 0;
        }
        long half = (n + 1) / 2;
        long seen = 0;
        for (int i = 0; i < lengths.length; i++) {
            seen += lengths[i];
            if (seen >= half) {
                return i;
            }
        }
        return maxLength;
    }

    /** The longest committed boundary transaction in boundaries; 0 when none. */
    public long maxLength() {
        return maxLength;
    }

    /**
     * Read-log entries of all committed attempts (summed at commit): reads logged by the barriers, after the
     * newest-entry duplicate check; reads in place (allocated, locked, stable, immutable, confined) add none.
     */
    public long readLogEntries() {
        return readEntries;
    }

    /** Undo-log entries of all committed attempts (one per location written in place, per attempt). */
    public long undoLogEntries() {
        return undoEntries;
    }

    /** Lock-log entries of all committed attempts (one per lock word taken: objects, stripes, the stable epoch). */
    public long lockLogEntries() {
        return lockEntries;
    }

    /** Per-thread totals, in the order the threads first ran a transaction (dead threads included). */
    public List<ThreadTotals> threads() {
        return threads;
    }

    /** Why transactions became inevitable and where, most frequent first. */
    public List<InevitableReason> inevitableReasons() {
        return inevitableReasons;
    }

    @Override
    public String toString() {
        return "StmStatistics[starts=" + starts + ", commits=" + commits + ", aborts=" + aborts
                + ", inevitable=" + inevitableRuns + ", retries=" + retries + ", lostMs=" + nanosLost / 1_000_000
                + ", sites=" + sites + "]";
    }
}
