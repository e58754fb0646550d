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

    /**
     * An abort whose interpreter location is resolved later ({@link ConflictSiteResolver#captureAbort}): what the
     * engine knew at the abort, before the rollback, and the resolver's own state.
     */
    static final class Pending {
        final Object state;
        final Object site;
        final long siteOffset;
        final int siteKind;
        final AbortCause cause;
        final AbortCause keyCause;
        final String kind;
        final boolean counted;
        final long lost;
        final String other;
        final String javaLocation;
        /** The access when the engine already knows it (asked to give way), else null: the resolver's. */
        final String access;

        Pending(Object state, Object site, long siteOffset, int siteKind, AbortCause cause, AbortCause keyCause,
                String kind, boolean counted, long lost, String other, String javaLocation, String access) {
            this.state = state;
            this.site = site;
            this.siteOffset = siteOffset;
            this.siteKind = siteKind;
            this.cause = cause;
            this.keyCause = keyCause;
            this.kind = kind;
            this.counted = counted;
            this.lost = lost;
            this.other = other;
            this.javaLocation = javaLocation;
            this.access = access;
        }
    }

    /**
     * Records an abort's site (when it has one), its other side and its JFR event; with a resolver that captures
     * the abort ({@link ConflictSiteResolver#captureAbort}), the interpreter's location and access are resolved
     * later ({@link #resolvePending}) and only what the rollback would change is read now.
     */
    static void abort(Txn t, AbortCause cause, Object site, long siteOffset, int siteKind, long lost) {
        if (t.pendingAbort != null) {
            resolvePending(t);
        }
        t.lastAbortSource = null;
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
        String other = null;
        String access = null;
        String javaLocation = null;
        Object state = null;
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
            }
            if (r != null) {
                state = r.captureAbort();
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
        String kind = kind(cause, with);
        if (state != null) {
            t.pendingAbort = new Pending(state, site, siteOffset, siteKind, cause, keyCause, kind, counted, lost,
                    other, javaLocation, access);
            return;
        }
        String source = Stm.resolverLocation();
        if (access == null && r != null) {
            try {
                access = r.describeAccess(site, javaLocation);
            } catch (RuntimeException e) {
                // a diagnostic must never break the engine
            }
        }
        record(t, site, siteOffset, siteKind, source, keyCause, access, counted, lost, other, cause, javaLocation,
                kind);
    }

    /** Resolves and records the abort {@link #abort} left pending on {@code t} (none: nothing). */
    static void resolvePending(Txn t) {
        Pending p = t.pendingAbort;
        if (p == null) {
            return;
        }
        t.pendingAbort = null;
        ConflictSiteResolver r = Stm.resolver();
        String source = null;
        String access = p.access;
        if (r != null) {
            try {
                String[] got = r.resolveAbort(p.state, p.site, p.javaLocation, access == null);
                if (got != null) {
                    source = got[0];
                    if (access == null && got.length > 1) {
                        access = got[1];
                    }
                }
            } catch (RuntimeException e) {
                // a diagnostic must never break the engine
            }
        }
        t.lastAbortSource = source;
        record(t, p.site, p.siteOffset, p.siteKind, source, p.keyCause, access, p.counted, p.lost, p.other, p.cause,
                p.javaLocation, p.kind);
    }

    private static void record(Txn t, Object site, long siteOffset, int siteKind, String source, AbortCause keyCause,
            String access, boolean counted, long lost, String other, AbortCause cause, String javaLocation,
            String kind) {
        if (counted) {
            ConflictSite.Key key = ConflictSite.key(site, siteOffset, siteKind, source, keyCause, access);
            t.stats.sites.computeIfAbsent(key, k -> new ConflictSite.Counts()).add(lost, other);
        }
        StmEvents.abort(cause, javaLocation, source, other, access, kind, lost);
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
        // after too many aborts, with a resolver that resolves aborts at the restart (captureAbort): where the
        // transaction last aborted (the thread's frame is rolled back, and its stored position is not the loop's)
        String source = reason == TOO_MANY_ABORTS && t.lastAbortSource != null ? t.lastAbortSource
                : Stm.resolverLocation();
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
