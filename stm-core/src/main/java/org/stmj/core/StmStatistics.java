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

    /** One conflict site: where, the interpreter's own source location (or null), aborts there, time they lost. */
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
        for (Map.Entry<ConflictSite.Key, long[]> e : a.sites.entrySet()) {
            s.add(new Site(e.getKey().describe(), e.getKey().source, e.getValue()[0], e.getValue()[1]));
        }
        s.sort((x, y) -> Long.compare(y.aborts, x.aborts));
        this.sites = Collections.unmodifiableList(s);
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

    /** Conflict sites, most aborts first. */
    public List<Site> conflictSites() {
        return sites;
    }

    @Override
    public String toString() {
        return "StmStatistics[starts=" + starts + ", commits=" + commits + ", aborts=" + aborts
                + ", inevitable=" + inevitableRuns + ", retries=" + retries + ", lostMs=" + nanosLost / 1_000_000
                + ", sites=" + sites + "]";
    }
}
