package org.stmj.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stmj.core.AbortCause;
import org.stmj.core.StmStatistics;

/**
 * An immutable snapshot of the STM's statistics, summed over all threads since the program started. Take two
 * snapshots and subtract to measure a period. Counters of threads still running are read on the fly, so a
 * snapshot taken during transactions may lag by a few events.
 */
public final class StmStats {
    /** Why an attempt was rolled back. */
    public enum Cause {
        /** A read met a location locked by another transaction. */
        READ_CONFLICT,
        /** A write met a location locked by another transaction. */
        WRITE_CONFLICT,
        /** Something read had changed (found when extending the snapshot or at commit). */
        VALIDATION,
        /** Chaos mode aborted it on purpose. */
        CHAOS,
        /** An exception left the transaction, rolling it back. */
        EXPLICIT,
        /** An inevitable or older transaction needed its locks. */
        KILLED,
        /** A read-only-hinted transaction wrote, retried or became inevitable, and ran again as an ordinary one. */
        READ_ONLY,
        /**
         * A writer that logged no reads (its thread had seen no concurrent commits) met another commit or needed
         * its read set, and ran again logging its reads.
         */
        UNLOGGED
    }

    /**
     * A place where conflicts happened: the Java location ({@code Class.field}, {@code static Class.field},
     * {@code array of T}), the interpreter's own source location if one was reported, the number of attempts
     * aborted there and the time they had run.
     */
    public static final class Site {
        private final String location;
        private final String sourceLocation;
        private final long aborts;
        private final long nanosLost;
        private final String kind;
        private final String otherSourceLocation;
        private final String access;

        Site(String location, String sourceLocation, long aborts, long nanosLost, String kind, String other,
             String access) {
            this.location = location;
            this.sourceLocation = sourceLocation;
            this.aborts = aborts;
            this.nanosLost = nanosLost;
            this.kind = kind;
            this.otherSourceLocation = other;
            this.access = access;
        }

        /** {@code write-write}, {@code read-write} or {@code inevitability}. */
        public String kind() {
            return kind;
        }

        /** The source location of the transaction this one conflicted with, when known, else {@code null}. */
        public String otherSourceLocation() {
            return otherSourceLocation;
        }

        /** The interpreter's description of what was accessed (for example an attribute), or {@code null}. */
        public String access() {
            return access;
        }

        /** The Java location. */
        public String location() {
            return location;
        }

        /** The interpreter's source location (for example {@code file.py:12}), or {@code null}. */
        public String sourceLocation() {
            return sourceLocation;
        }

        /** Attempts aborted at this site. */
        public long aborts() {
            return aborts;
        }

        /** Nanoseconds those attempts had run. */
        public long nanosLost() {
            return nanosLost;
        }

        @Override
        public String toString() {
            return location + (sourceLocation != null ? " @ " + sourceLocation : "") + ": " + aborts + " aborts";
        }
    }

    private final long starts;
    private final long commits;
    private final long inevitableRuns;
    private final long retries;
    private final long nanosLost;
    private final Map<Cause, Long> aborts;
    private final List<Site> sites;
    private final long inevitableWaitNanos;
    private final long gilReleasedNanos;
    private final long medianLength;
    private final long maxLength;
    private final long boundaryTransactions;
    private final List<ThreadTotals> threads;
    private final List<InevitableReason> inevitableReasons;

    /** One thread's totals. */
    public static final class ThreadTotals {
        private final String name;
        private final long commits;
        private final long aborts;
        private final long inevitableRuns;
        private final long nanosLost;
        private final long inevitableWaitNanos;
        private final long gilReleasedNanos;

        ThreadTotals(StmStatistics.ThreadTotals t) {
            this.name = t.name();
            this.commits = t.commits();
            this.aborts = t.aborts();
            this.inevitableRuns = t.inevitableRuns();
            this.nanosLost = t.nanosLostInAborts();
            this.inevitableWaitNanos = t.inevitableWaitNanos();
            this.gilReleasedNanos = t.gilReleasedNanos();
        }

        /** The thread's name (the interpreter's, when it names threads). */
        public String name() {
            return name;
        }

        /** Attempts committed. */
        public long commits() {
            return commits;
        }

        /** Attempts rolled back. */
        public long aborts() {
            return aborts;
        }

        /** Attempts that ran inevitably. */
        public long inevitableRuns() {
            return inevitableRuns;
        }

        /** Nanoseconds of attempts that were rolled back. */
        public long nanosLostInAborts() {
            return nanosLost;
        }

        /** Nanoseconds spent waiting for the inevitable token. */
        public long inevitableWaitNanos() {
            return inevitableWaitNanos;
        }

        /** Nanoseconds spent in GIL-released (blocking) calls. */
        public long gilReleasedNanos() {
            return gilReleasedNanos;
        }
    }

    /** Why transactions became inevitable, where, and how often. */
    public static final class InevitableReason {
        private final String reason;
        private final String sourceLocation;
        private final long count;

        InevitableReason(String reason, String sourceLocation, long count) {
            this.reason = reason;
            this.sourceLocation = sourceLocation;
            this.count = count;
        }

        /** The reason (a blocking call, a call into untransformed code, too many aborts, asked for). */
        public String reason() {
            return reason;
        }

        /** The source location, or {@code null}. */
        public String sourceLocation() {
            return sourceLocation;
        }

        /** How many times. */
        public long count() {
            return count;
        }
    }

    StmStats(StmStatistics s) {
        this.starts = s.starts();
        this.commits = s.commits();
        this.inevitableRuns = s.inevitableRuns();
        this.retries = s.retries();
        this.nanosLost = s.nanosLostInAborts();
        EnumMap<Cause, Long> m = new EnumMap<>(Cause.class);
        for (AbortCause c : AbortCause.values()) {
            m.put(Cause.valueOf(c.name()), s.aborts(c));
        }
        this.aborts = Collections.unmodifiableMap(m);
        List<Site> l = new ArrayList<>();
        for (StmStatistics.Site x : s.conflictSites()) {
            l.add(new Site(x.location(), x.sourceLocation(), x.aborts(), x.nanosLost(), x.kind(),
                    x.otherSourceLocation(), x.access()));
        }
        this.sites = Collections.unmodifiableList(l);
        this.inevitableWaitNanos = s.inevitableWaitNanos();
        this.gilReleasedNanos = s.gilReleasedNanos();
        this.medianLength = s.medianLength();
        this.maxLength = s.maxLength();
        this.boundaryTransactions = s.boundaryTransactions();
        List<ThreadTotals> t = new ArrayList<>();
        for (StmStatistics.ThreadTotals x : s.threads()) {
            t.add(new ThreadTotals(x));
        }
        this.threads = Collections.unmodifiableList(t);
        List<InevitableReason> r = new ArrayList<>();
        for (StmStatistics.InevitableReason x : s.inevitableReasons()) {
            r.add(new InevitableReason(x.reason(), x.sourceLocation(), x.count()));
        }
        this.inevitableReasons = Collections.unmodifiableList(r);
    }

    /** Attempts started (each restart counts). */
    public long starts() {
        return starts;
    }

    /** Attempts committed. */
    public long commits() {
        return commits;
    }

    /** Attempts rolled back, all causes together. */
    public long aborts() {
        long n = 0;
        for (long v : aborts.values()) {
            n += v;
        }
        return n;
    }

    /** Attempts rolled back for {@code cause}. */
    public long aborts(Cause cause) {
        return aborts.get(cause);
    }

    /** Rolled-back attempts by cause; every cause is present. */
    public Map<Cause, Long> abortsByCause() {
        return aborts;
    }

    /** Attempts that ran inevitably. */
    public long inevitableRuns() {
        return inevitableRuns;
    }

    /** Times a transaction blocked in {@code retry}. */
    public long retries() {
        return retries;
    }

    /** Nanoseconds spent in attempts that were then rolled back. */
    public long nanosLostInAborts() {
        return nanosLost;
    }

    /** Conflict sites, most time lost first (then most aborts). */
    public List<Site> conflictSites() {
        return sites;
    }

    /** Nanoseconds spent waiting for the inevitable token. */
    public long inevitableWaitNanos() {
        return inevitableWaitNanos;
    }

    /** Nanoseconds spent in GIL-released (blocking) calls. */
    public long gilReleasedNanos() {
        return gilReleasedNanos;
    }

    /** Committed transactions begun at interpreter boundaries (the ones whose length is measured). */
    public long boundaryTransactions() {
        return boundaryTransactions;
    }

    /** Median length of those transactions, in boundaries (bytecodes); 0 when none. */
    public long medianLength() {
        return medianLength;
    }

    /** Longest of those transactions, in boundaries; 0 when none. */
    public long maxLength() {
        return maxLength;
    }

    /** Per-thread totals (threads that ended included). */
    public List<ThreadTotals> threads() {
        return threads;
    }

    /** Reasons for inevitability, most frequent first. */
    public List<InevitableReason> inevitableReasons() {
        return inevitableReasons;
    }

    @Override
    public String toString() {
        return "StmStats[starts=" + starts + ", commits=" + commits + ", aborts=" + aborts + ", inevitable="
                + inevitableRuns + ", retries=" + retries + ", sites=" + sites + "]";
    }
}
