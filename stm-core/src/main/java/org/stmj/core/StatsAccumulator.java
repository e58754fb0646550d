package org.stmj.core;

import java.util.HashMap;
import java.util.Map;

/** Sums descriptors' counters; used for the snapshot and for descriptors whose thread died. */
final class StatsAccumulator {
    long starts;
    long commits;
    long inevitable;
    long retries;
    long nanosLost;
    final long[] aborts = new long[AbortCause.values().length];
    final Map<ConflictSite.Key, long[]> sites = new HashMap<>();

    synchronized void add(Txn t) {
        starts += t.statStarts;
        commits += t.statCommits;
        inevitable += t.statInevitable;
        retries += t.statRetries;
        nanosLost += t.statNanosLost;
        for (int i = 0; i < aborts.length; i++) {
            aborts[i] += t.statAborts[i];
        }
        for (Map.Entry<ConflictSite.Key, long[]> e : t.statSites.entrySet()) {
            long[] c = sites.computeIfAbsent(e.getKey(), k -> new long[2]);
            c[0] += e.getValue()[0];
            c[1] += e.getValue()[1];
        }
    }

    synchronized void addAll(StatsAccumulator o) {
        synchronized (o) {
            starts += o.starts;
            commits += o.commits;
            inevitable += o.inevitable;
            retries += o.retries;
            nanosLost += o.nanosLost;
            for (int i = 0; i < aborts.length; i++) {
                aborts[i] += o.aborts[i];
            }
            for (Map.Entry<ConflictSite.Key, long[]> e : o.sites.entrySet()) {
                long[] c = sites.computeIfAbsent(e.getKey(), k -> new long[2]);
                c[0] += e.getValue()[0];
                c[1] += e.getValue()[1];
            }
        }
    }
}
