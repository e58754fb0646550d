package org.stmj.core;

/**
 * Conflict attribution and the statistics beyond plain counters: where an attempt aborted and with whom,
 * why transactions became inevitable, transaction lengths, time in {@code @GilReleased} calls. Everything here
 * runs on slow paths (an abort, inevitability, a commit of a boundary transaction) or, for
 * {@link #RECORD_WRITERS}, only when a report was asked for with {@code -Dstmj.report}.
 */
final class Attribution {
    private Attribution() {
    }

    /** Buckets of the length histogram: exact lengths 0..1023, then one for everything longer. */
    static final int LENGTH_BUCKETS = 1025;

    static final String TOO_MANY_ABORTS = "aborted too often (" + Txn.INEVITABLE_AFTER + " times): ran inevitably";
    static final String BLOCKING_CALL =
            "blocking call (I/O, sleep, lock wait, join): inevitable until the next boundary";
    static final String NESTED_LOOP_EXIT =
            "a callback's dispatch loop returned after splitting its transaction: inevitable until the next boundary";
    static final String BLOCKING_IN_ATOMIC = "blocking call inside an atomic block or a callback";
    static final String REQUESTED = "asked for by the program";
    static final String JAVA_CALL = "call into untransformed code: ";
    static final String GAVE_WAY_INEVITABLE = "a location it had locked, wanted by the inevitable transaction";
    static final String GAVE_WAY_OLDER = "a location it had locked, wanted by an older transaction";

    /** Whether a site's access says the attempt was asked to give way (its own location is then incidental). */
    static boolean isGaveWay(String access) {
        return GAVE_WAY_INEVITABLE.equals(access) || GAVE_WAY_OLDER.equals(access);
    }

    /**
     * Whether committing writers remember their source location per lock (for the other side of validation
     * aborts). On with {@code -Dstmj.report}; a constant, so the check in {@link Txn#commit} folds away when off.
     */
    static final boolean RECORD_WRITERS = !System.getProperty("stmj.report", "").trim().isEmpty();

    private static final int WRITER_SLOTS = 1 << 12;
    /** Source location of the last writer that committed a lock hashing to each slot (racy, diagnostic). */
    private static final String[] LAST_WRITER = RECORD_WRITERS ? new String[WRITER_SLOTS] : null;

    private static int writerSlot(Object holder, long lockOff) {
        int h = System.identityHashCode(holder) * 31 + (int) (lockOff ^ (lockOff >>> 32));
        return (h ^ (h >>> 16)) & (WRITER_SLOTS - 1);
    }

    /** After a writer validated: remembers its location for every lock it releases. */
    static void noteWriters(Object[] holders, long[] longs, int n) {
        String src = Stm.resolverLocation();
        if (src == null) {
            return;
        }
        String[] w = LAST_WRITER;
        for (int i = 0; i < n; i++) {
            w[writerSlot(holders[i], longs[2 * i])] = src;
        }
    }

    /** The report's conflict kind for an abort. */
    static String kind(AbortCause cause, Txn other) {
        if (other != null && other.inevitable) {
            return "inevitability";
        }
        return cause == AbortCause.WRITE_CONFLICT ? "write-write" : "read-write";
    }

    /** Records an abort's site (when it has one), its other side and its JFR event. */
    static void abort(Txn t, AbortCause cause, Object site, long siteOffset, int siteKind, long lost) {
        Txn with = t.conflictWith;
        t.conflictWith = null;
        Object holder = t.failedHolder;
        long lockOff = t.failedLockOff;
        t.failedHolder = null;
        if (cause == AbortCause.KILLED) {
            with = t.killedBy;
            t.killedBy = null;
        }
        boolean counted = siteKind != ConflictSite.NONE || cause == AbortCause.VALIDATION
                || (cause == AbortCause.KILLED && with != null);
        if (!counted && !StmEvents.on()) {
            return;
        }
        ConflictSiteResolver r = Stm.resolver();
        String source = Stm.resolverLocation();
        String other = null;
        String access = null;
        String javaLocation = null;
        try {
            if (with != null && r != null) {
                other = r.sourceLocationOf(with.thread);
            } else if (cause == AbortCause.VALIDATION && holder != null && LAST_WRITER != null) {
                other = LAST_WRITER[writerSlot(holder, lockOff)];
            }
            ConflictSite.Key plain = ConflictSite.key(site, siteOffset, siteKind, null);
            javaLocation = plain.describe();
            if (cause == AbortCause.KILLED && site == null) {
                // asked to give way: what the victim runs now says nothing about the location it had locked
                access = with != null && with.inevitable ? GAVE_WAY_INEVITABLE : GAVE_WAY_OLDER;
            } else if (r != null) {
                access = r.describeAccess(site, javaLocation);
            }
        } catch (RuntimeException e) {
            // a diagnostic must never break the engine
        }
        // the key keeps the report's kind, coded as a cause: WRITE_CONFLICT write-write, KILLED inevitability,
        // VALIDATION read-write (a read met a lock, or what was read changed)
        AbortCause keyCause = cause == AbortCause.WRITE_CONFLICT ? cause : AbortCause.VALIDATION;
        if (with != null && with.inevitable) {
            keyCause = AbortCause.KILLED;
        }
        if (counted) {
            ConflictSite.Key key = ConflictSite.key(site, siteOffset, siteKind, source, keyCause, access);
            t.stats.sites.computeIfAbsent(key, k -> new ConflictSite.Counts()).add(lost, other);
        }
        StmEvents.abort(cause, javaLocation, source, other, access, kind(cause, with), lost);
    }

    /** The report kind stored in a key's cause (see {@link #abort}). */
    static String kindOfKey(AbortCause keyCause) {
        if (keyCause == null) {
            return "read-write";
        }
        switch (keyCause) {
            case KILLED:
                return "inevitability";
            case WRITE_CONFLICT:
                return "write-write";
            default:
                return "read-write";
        }
    }

    /** Counts one reason a transaction of {@code t} became inevitable, at the interpreter's location. */
    static void inevitable(Txn t, String reason) {
        String source = Stm.resolverLocation();
        ConflictSiteResolver r = Stm.resolver();
        String why = reason;
        if (r != null) {
            try {
                String s = r.explainInevitable(reason);
                if (s != null) {
                    why = s;
                }
            } catch (RuntimeException e) {
                // keep the engine's reason
            }
        }
        t.stats.inevitableReasons.computeIfAbsent(new ConflictSite.InevitableKey(why, source), k -> new long[1])[0]++;
        StmEvents.inevitable(why, source);
    }

    /** After a boundary transaction committed: its length in the histogram. */
    static void committedBoundary(Txn d) {
        int len = d.hintedLength > 0 ? d.hintedLength : d.boundariesPassed();
        d.hintedLength = 0;
        d.stats.lengths[Math.min(Math.max(len, 0), LENGTH_BUCKETS - 1)]++;
        if (len > d.stats.maxLength) {
            d.stats.maxLength = len;
        }
    }

    static void threadStarted() {
        ConflictSiteResolver r = Stm.resolver();
        if (r != null) {
            try {
                r.threadStarted();
            } catch (RuntimeException e) {
                // diagnostic only
            }
        }
    }
}
