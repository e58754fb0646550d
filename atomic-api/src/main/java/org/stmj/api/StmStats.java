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
        READ_ONLY
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

        Site(String location, String sourceLocation, long aborts, long nanosLost) {
            this.location = location;
            this.sourceLocation = sourceLocation;
            this.aborts = aborts;
            this.nanosLost = nanosLost;
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
            l.add(new Site(x.location(), x.sourceLocation(), x.aborts(), x.nanosLost()));
        }
        this.sites = Collections.unmodifiableList(l);
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

    /** Conflict sites, most aborts first. */
    public List<Site> conflictSites() {
        return sites;
    }

    @Override
    public String toString() {
        return "StmStats[starts=" + starts + ", commits=" + commits + ", aborts=" + aborts + ", inevitable="
                + inevitableRuns + ", retries=" + retries + ", sites=" + sites + "]";
    }
}
