package org.stmj.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sums descriptors' counters; used for the snapshot and for descriptors whose thread died. */
final class StatsAccumulator {
    /** Most per-thread rows kept; the rows of the threads added earliest are summed into one row. */
    static final int MAX_THREAD_ROWS = 256;
    /** The name of the row that sums the earliest threads once there are more than {@link #MAX_THREAD_ROWS}. */
    static final String EARLIER = "(earlier threads)";

    long starts;
    long commits;
    long inevitable;
    long retries;
    long nanosLost;
    long inevitableWaitNanos;
    long gilReleasedNanos;
    long locksMet;
    long maxLength;
    long readEntries;
    long undoEntries;
    long lockEntries;
    final long[] lengths = new long[Attribution.LENGTH_BUCKETS];
    final long[] aborts = new long[AbortCause.values().length];
    final Map<ConflictSite.Key, ConflictSite.Counts> sites = new HashMap<>();
    final Map<ConflictSite.InevitableKey, long[]> inevitableReasons = new HashMap<>();
    /**
     * Per-thread rows, in the order the threads were added (a dead thread's when it ended, then the live ones);
     * invariant: at most {@link #MAX_THREAD_ROWS}, and only the first may be {@link #EARLIER}, so a long-running
     * program's snapshot keeps the rows of its latest threads.
     */
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
        r.starts = t.stats.starts;
        r.commits = t.stats.commits;
        for (long a : t.stats.aborts) {
            r.aborts += a;
        }
        r.inevitable = t.stats.inevitable;
        r.nanosLost = t.stats.nanosLost;
        r.inevitableWaitNanos = t.stats.inevitableWaitNanos;
        r.gilReleasedNanos = t.stats.gilReleasedNanos;
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
        starts += t.stats.starts;
        commits += t.stats.commits;
        inevitable += t.stats.inevitable;
        retries += t.stats.retries;
        nanosLost += t.stats.nanosLost;
        inevitableWaitNanos += t.stats.inevitableWaitNanos;
        gilReleasedNanos += t.stats.gilReleasedNanos;
        locksMet += t.stats.locksMet;
        maxLength = Math.max(maxLength, t.stats.maxLength);
        readEntries += t.stats.readEntries;
        undoEntries += t.stats.undoEntries;
        lockEntries += t.stats.lockEntries;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] += t.stats.lengths[i];
        }
        for (int i = 0; i < aborts.length; i++) {
            aborts[i] += t.stats.aborts[i];
        }
        for (Map.Entry<ConflictSite.Key, ConflictSite.Counts> e : t.stats.sites.entrySet()) {
            sites.computeIfAbsent(e.getKey(), k -> new ConflictSite.Counts()).addAll(e.getValue());
        }
        for (Map.Entry<ConflictSite.InevitableKey, long[]> e : t.stats.inevitableReasons.entrySet()) {
            inevitableReasons.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
        }
        if (t.stats.starts != 0 || t.stats.gilReleasedNanos != 0) {
            addRow(rowOf(t));
        }
    }

    private void addRow(ThreadRow r) {
        if (threads.size() >= MAX_THREAD_ROWS) {
            ThreadRow first = threads.get(0);
            if (!first.name.equals(EARLIER)) {
                ThreadRow e = new ThreadRow();
                e.name = EARLIER;
                e.addAll(first);
                threads.set(0, e);
                first = e;
            }
            first.addAll(threads.remove(1));
        }
        threads.add(r);
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
            locksMet += o.locksMet;
            maxLength = Math.max(maxLength, o.maxLength);
            readEntries += o.readEntries;
            undoEntries += o.undoEntries;
            lockEntries += o.lockEntries;
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
