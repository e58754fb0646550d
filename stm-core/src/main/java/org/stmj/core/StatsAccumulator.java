package org.stmj.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sums descriptors' counters; used for the snapshot and for descriptors whose thread died. */
final class StatsAccumulator {
    /** Most per-thread rows kept; further threads are summed into one row. */
    static final int MAX_THREAD_ROWS = 256;

    long starts;
    long commits;
    long inevitable;
    long retries;
    long nanosLost;
    long inevitableWaitNanos;
    long gilReleasedNanos;
    long maxLength;
    final long[] lengths = new long[Attribution.LENGTH_BUCKETS];
    final long[] aborts = new long[AbortCause.values().length];
    final Map<ConflictSite.Key, ConflictSite.Counts> sites = new HashMap<>();
    final Map<ConflictSite.InevitableKey, long[]> inevitableReasons = new HashMap<>();
    /** Per-thread rows, in the order the threads were added; the last may be "other threads". */
    final List<ThreadRow> threads = new ArrayList<>();

    /** One thread's totals. */
    static final class ThreadRow {
        String name;
        long starts;
        long commits;
        long aborts;
        long inevitable;
        long nanosLost;
        long inevitableWaitNanos;
        long gilReleasedNanos;

        void addAll(ThreadRow o) {
            starts += o.starts;
            commits += o.commits;
            aborts += o.aborts;
            inevitable += o.inevitable;
            nanosLost += o.nanosLost;
            inevitableWaitNanos += o.inevitableWaitNanos;
            gilReleasedNanos += o.gilReleasedNanos;
        }
    }

    static ThreadRow rowOf(Txn t) {
        ThreadRow r = new ThreadRow();
        r.name = threadName(t.thread);
        r.starts = t.statStarts;
        r.commits = t.statCommits;
        for (long a : t.statAborts) {
            r.aborts += a;
        }
        r.inevitable = t.statInevitable;
        r.nanosLost = t.statNanosLost;
        r.inevitableWaitNanos = t.statInevitableWaitNanos;
        r.gilReleasedNanos = t.statGilReleasedNanos;
        return r;
    }

    private static String threadName(Thread thread) {
        ConflictSiteResolver r = Stm.resolver();
        if (r != null) {
            try {
                String n = r.threadName(thread);
                if (n != null) {
                    return n;
                }
            } catch (RuntimeException e) {
                // fall back to the Java name
            }
        }
        return thread.getName();
    }

    synchronized void add(Txn t) {
        starts += t.statStarts;
        commits += t.statCommits;
        inevitable += t.statInevitable;
        retries += t.statRetries;
        nanosLost += t.statNanosLost;
        inevitableWaitNanos += t.statInevitableWaitNanos;
        gilReleasedNanos += t.statGilReleasedNanos;
        maxLength = Math.max(maxLength, t.statMaxLength);
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] += t.statLengths[i];
        }
        for (int i = 0; i < aborts.length; i++) {
            aborts[i] += t.statAborts[i];
        }
        for (Map.Entry<ConflictSite.Key, ConflictSite.Counts> e : t.statSites.entrySet()) {
            sites.computeIfAbsent(e.getKey(), k -> new ConflictSite.Counts()).addAll(e.getValue());
        }
        for (Map.Entry<ConflictSite.InevitableKey, long[]> e : t.statInevitableReasons.entrySet()) {
            inevitableReasons.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
        }
        if (t.statStarts != 0 || t.statGilReleasedNanos != 0) {
            addRow(rowOf(t));
        }
    }

    private void addRow(ThreadRow r) {
        if (threads.size() < MAX_THREAD_ROWS) {
            threads.add(r);
            return;
        }
        ThreadRow last = threads.get(threads.size() - 1);
        if (!last.name.equals("(other threads)")) {
            ThreadRow other = new ThreadRow();
            other.name = "(other threads)";
            other.addAll(last);
            threads.set(threads.size() - 1, other);
            last = other;
        }
        last.addAll(r);
    }

    synchronized void addAll(StatsAccumulator o) {
        synchronized (o) {
            starts += o.starts;
            commits += o.commits;
            inevitable += o.inevitable;
            retries += o.retries;
            nanosLost += o.nanosLost;
            inevitableWaitNanos += o.inevitableWaitNanos;
            gilReleasedNanos += o.gilReleasedNanos;
            maxLength = Math.max(maxLength, o.maxLength);
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] += o.lengths[i];
            }
            for (int i = 0; i < aborts.length; i++) {
                aborts[i] += o.aborts[i];
            }
            for (Map.Entry<ConflictSite.Key, ConflictSite.Counts> e : o.sites.entrySet()) {
                sites.computeIfAbsent(e.getKey(), k -> new ConflictSite.Counts()).addAll(e.getValue());
            }
            for (Map.Entry<ConflictSite.InevitableKey, long[]> e : o.inevitableReasons.entrySet()) {
                inevitableReasons.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
            }
            for (ThreadRow r : o.threads) {
                ThreadRow c = new ThreadRow();
                c.name = r.name;
                c.addAll(r);
                addRow(c);
            }
        }
    }
}
