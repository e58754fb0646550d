package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

/**
 * The three logs of an attempt: the read log (what was read, with the lock word seen), the undo log (the old
 * value of every location written in place) and the lock log (every lock held, with its word before locking).
 * The arrays and sizes are fields of {@link Txn} (see the invariants there), so that the barrier slow paths reach
 * them with no indirection; this class holds the code that appends to, validates, restores and clears them.
 *
 * <p>All three logs store a reference only when the slot does not already hold it: entries of small logs are not
 * cleared between attempts, so a transaction that repeats (a retry, a loop of similar transactions) finds its own
 * references in place, and skipping the store skips the collector's write barrier, which under G1 costs a
 * StoreLoad fence per store of an old object into an old array (measured: a logged read 11.8 ns under G1, 4.9 ns
 * under ParallelGC, EngineMicroBenchmark).
 *
 * <p>Every method runs on the descriptor's owner thread only.
 */
final class TxnLogs {
    private TxnLogs() {
    }

    /** Log entries kept (not cleared) between attempts; see {@link #clearReadLog}. */
    static final int CLEAR_ABOVE = 256;
    /** Bits of the undo filter index ({@link Txn#undoFilter} has {@code 1 << UNDO_FILTER_BITS} entries). */
    static final int UNDO_FILTER_BITS = 8;
    /** The offset part of an undo entry's {@code offset | kind << 59}. */
    private static final long OFFSET_MASK = (1L << 59) - 1;

    // ---------------------------------------------------------------- read log

    /** The object holding the lock word of read entry {@code i}. */
    static Object readHolder(Txn tx, int i) {
        return tx.readLongs[3 * i] < 0 ? LockTable.TABLE : tx.readObjs[i];
    }

    /**
     * Appends a read entry, unless the newest entry already holds the same word seen at the same lock word (another
     * field or guarded element of the object read just before: a dict lookup reads a field, an element, another
     * field and an element, all under the dict's word). Validation would only compare that word twice. A general
     * duplicate filter did not pay (engine.md, "Cheaper barriers"); this check is three compares against an entry
     * that is in the cache since it was just written.
     */
    static void logRead(Txn tx, Object holder, long lockOff, long seen, Object target, long off) {
        int n = tx.readSize;
        Object o;
        long lo;
        if (holder == LockTable.TABLE) {
            o = target;
            lo = lockOff | Txn.STRIPED;
        } else {
            o = holder;
            lo = lockOff;
        }
        long[] l = tx.readLongs;
        if (n > 0 && l[3 * n - 2] == seen && l[3 * n - 3] == lo && tx.readObjs[n - 1] == o) {
            return;
        }
        if (LogSites.ON) {
            LogSites.note("read", holder, target, off);
        }
        if (holder != LockTable.TABLE) {
            Object last = tx.lastHolder;
            if (last != holder) {
                // the pair it held stays an entry of the log: kept as the previous one
                tx.prevHolder = last;
                tx.prevSeen = tx.lastSeen;
                tx.lastHolder = holder;
            }
            tx.lastSeen = seen;
        }
        if (n == tx.readObjs.length) {
            tx.readObjs = java.util.Arrays.copyOf(tx.readObjs, n * 2);
            tx.readLongs = l = java.util.Arrays.copyOf(l, n * 6);
        }
        Object[] objs = tx.readObjs;
        if (objs[n] != o) {
            objs[n] = o;
        }
        l[3 * n] = lo;
        l[3 * n + 1] = seen;
        l[3 * n + 2] = off;
        tx.readSize = n + 1;
    }

    /**
     * Whether every read is still current (unchanged, or since locked by this attempt); when not, the failed
     * entry's index is left in {@link Txn#failedEntry}.
     */
    static boolean validate(Txn tx) {
        Object[] objs = tx.readObjs;
        long[] longs = tx.readLongs;
        long mine = tx.lockWord;
        for (int i = 0, n = tx.readSize; i < n; i++) {
            long lo = longs[3 * i];
            long cur = lo < 0 ? U.getLongVolatile(LockTable.TABLE, lo & ~Txn.STRIPED) : U.getLongVolatile(objs[i], lo);
            if (cur != longs[3 * i + 1] && cur != mine) {
                tx.failedEntry = i;
                return false;
            }
        }
        return true;
    }

    /**
     * Forgets the read log. The first {@link #CLEAR_ABOVE} entries are not cleared: their references are
     * overwritten by the next attempts, and clearing them cost a third of a ten-read transaction (measured).
     * Entries from {@link #CLEAR_ABOVE} up to the used size are cleared, so that a large transaction does not
     * keep what it read alive; the cost is proportional to what the attempt logged, never to the capacity
     * (clearing the whole grown array was 29% of an STM-mode interpreter profile).
     * Invariant (all three logs): between attempts, every object slot at or above {@link #CLEAR_ABOVE} entries
     * is null.
     */
    static void clearReadLog(Txn tx) {
        int n = tx.readSize;
        if (n > CLEAR_ABOVE) {
            java.util.Arrays.fill(tx.readObjs, CLEAR_ABOVE, n, null);
        }
        tx.readSize = 0;
        tx.lastHolder = null;
        tx.prevHolder = null;
    }

    // ---------------------------------------------------------------- undo log

    /**
     * Appends an undo entry for the snapshot of a claimed confined object ({@link ConfinedBarriers}'s {@code save}
     * methods, and the whole-array and whole-object entries below): no duplicate check and no undo-filter entry, since
     * a claim saves each field once, once per object per attempt (the claim is a no-op when the attempt already owns
     * the object), and the attempt then writes the object in place with no undo entry; a duplicate would only cost
     * (restoring newest first ends with the oldest entry of each location), and a filter slot left pointing elsewhere
     * only makes a later probe miss, which is its contract. It leaves {@link Txn#hadWrites} as it was: no transaction
     * ever logs a read of a confined object (each claims it first), so its lock needs no new version at commit or
     * abort, and an attempt whose only in-place writes are confined (an inevitable tail that read-locked shared objects
     * and claimed its frame) releases every lock with its old word. Otherwise that commit gave a new version to every
     * shared object the inevitable attempt had only read, and each concurrent reader of one (a type, the interpreter's
     * recursion limit) failed its validation: a conflict with no writer. (It was the general {@code logUndo} with an
     * identity hash and a filter probe per field: 1.4% of an STM-mode profile of indep_cpu.)
     */
    static void logUndo(Txn tx, Object target, long off, int kind, long oldBits, Object oldRef) {
        int n = tx.undoSize;
        if (2 * n + 2 > tx.undoLongs.length) {
            growUndo(tx);
        }
        if (LogSites.ON) {
            LogSites.note("undo", null, target, off);
        }
        if (tx.runCount != 0) {
            endRunOf(tx, target);
        }
        Object[] objs = tx.undoObjs;
        if (objs[2 * n] != target) {
            objs[2 * n] = target;
        }
        if (objs[2 * n + 1] != oldRef) {
            objs[2 * n + 1] = oldRef;
        }
        long[] longs = tx.undoLongs;
        longs[2 * n] = off | ((long) kind << 59);
        longs[2 * n + 1] = oldBits;
        tx.undoSize = n + 1;
    }

    /** Doubles the undo log's arrays. */
    private static void growUndo(Txn tx) {
        tx.undoObjs = java.util.Arrays.copyOf(tx.undoObjs, tx.undoObjs.length * 2);
        tx.undoLongs = java.util.Arrays.copyOf(tx.undoLongs, tx.undoLongs.length * 2);
    }

    /**
     * Logs the value of the location {@code (target, off)}, guarded by the lock at {@code lockOff}, before the
     * attempt overwrites it in place, unless it is already logged above {@link Txn#undoFloor} (found through either
     * of the two filter slots of its hash, the newest entry in the first): then the older
     * entry restores the value from before the first write, which is what undo needs (restoring newest first
     * ends with the oldest entry of each location), and a second entry is only cost.
     */
    static void logUndo(Txn tx, Object target, long off, int kind, long oldBits, Object oldRef, long lockOff) {
        int n = tx.undoSize;
        long meta = off | ((long) kind << 59);
        int h = (int) (((lockOff + off) * 0x9E3779B97F4A7C15L) >>> (64 - UNDO_FILTER_BITS));
        int[] filter = tx.undoFilter;
        int e = filter[h];
        if (e < n && e >= tx.undoFloor && tx.undoLongs[2 * e] == meta && tx.undoObjs[2 * e] == target) {
            return;
        }
        // the filter is two-way: the same (lock offset + offset) names a field of every object of a layout, and
        // two such fields written in turn (a dict's version and a set's fill, an insert and an add per step) evicted
        // each other from a one-way filter, so each of their writes logged an entry again
        int e2 = filter[h ^ 1];
        if (e2 < n && e2 >= tx.undoFloor && tx.undoLongs[2 * e2] == meta && tx.undoObjs[2 * e2] == target) {
            return;
        }
        filter[h ^ 1] = e;
        filter[h] = n;
        if (LogSites.ON) {
            LogSites.note("undo", null, target, off);
        }
        if (tx.runCount != 0) {
            endRunOf(tx, target);
        }
        if (2 * n + 2 > tx.undoLongs.length) {
            growUndo(tx);
        }
        Object[] objs = tx.undoObjs;
        if (objs[2 * n] != target) {
            objs[2 * n] = target;
        }
        if (objs[2 * n + 1] != oldRef) {
            objs[2 * n + 1] = oldRef;
        }
        tx.undoLongs[2 * n] = meta;
        tx.undoLongs[2 * n + 1] = oldBits;
        tx.undoSize = n + 1;
        tx.hadWrites = true;
    }

    /**
     * Undo kind of a whole-array snapshot (TxnLogs only; the field kinds are {@code Txn.K_*}, 0-4): the entry's
     * target is the array, its reference a copy of the array taken before the attempt changed it, its bits the
     * length; undo copies the copy back over the array.
     */
    static final int K_ARRAY = 5;

    /**
     * Logs a copy of a whole array for undo ({@link ConfinedBarriers#saveArray}: the elements of a confined
     * object's confined array when the attempt claims the object). Like the per-element entries it replaces, it
     * does not count as a write of shared memory ({@link Txn#hadWrites} unchanged) and it restores the values
     * from before the attempt's first change: an entry for one of the array's elements logged later is restored
     * first (newest first), and this one then overwrites it with the older state. {@code copy} is owned by the
     * log from here on.
     */
    static void logArraySnapshot(Txn tx, Object array, Object copy, int length) {
        logUndo(tx, array, 0, K_ARRAY, length, copy);
    }

    /**
     * Undo kind of a confined object's snapshot (TxnLogs only): the entry's target is the object, its reference a
     * copy of the object's rolled-back fields ({@link ConfinedSnapshot}); undo calls the object's generated restore.
     */
    static final int K_OBJECT = 6;

    /**
     * Logs a snapshot of a claimed confined object's fields for undo ({@link ConfinedBarriers#saveObject}): one entry
     * in place of one per field. Like {@link #logArraySnapshot} it leaves {@link Txn#hadWrites} as it was and
     * restores the state from before the attempt's first change (entries for the same object logged later are
     * undone first, this one last). {@code copy} is owned by the log from here on.
     */
    static void logObjectSnapshot(Txn tx, ConfinedSnapshot obj, Object copy) {
        logUndo(tx, obj, 0, K_OBJECT, 0, copy);
    }

    // ---------------------------------------------------------------- null runs

    /** Slots of {@link Txn#runArrays}: how many reference arrays may have a run open at once. */
    static final int RUNS = 4;

    /**
     * Undo kind of a run of reference array slots that each held null when the attempt first stored into it: the
     * entry's target is the array, its offset the run's first slot's, its bits the offset just past the last
     * slot; undo stores null into every slot of the run.
     */
    static final int K_NULLS = 7;

    /**
     * Logs, before an in-place store, the slot {@code (array, off)} of a reference array that holds null now
     * (a guarded or striped element store whose lock the attempt holds). When the store is into the slot just past
     * an open run of this array (a list's append after an append, an insertion into a dict's entry arrays after
     * one), the run grows by that slot and the log by nothing; otherwise a new run of one slot is logged and opened,
     * in place of this array's open run if it has one, else in a free slot of {@link Txn#runArrays}, else in one
     * holding a run of one slot, else round robin. Why it is sound: undo restores newest first, and a run's
     * entry restores null into each of its slots at the entry's place in that order. A slot added to the run at
     * time t held null at t; every entry logged for that array after the run's entry closes the run
     * ({@link #endRunOf}), so no entry above the run's names the slot, and every write of the slot before t that
     * was logged has its entry below the run's: undoing the entries above the run's brings the slot back to
     * null (its value at t, nothing above touched it), and the older entries below then restore what it held
     * before them. Runs never reach below {@link Txn#undoFloor} (closed at every savepoint) nor survive
     * {@link #undoTo} (closed there), so an {@code orElse} alternative's rollback undoes exactly its own stores.
     */
    static void logNullRefStore(Txn tx, Object array, long off) {
        logZeroRun(tx, array, off, K_NULLS, 1L << Engine.REF_SHIFT);
    }

    /**
     * Undo kinds of a run of primitive array slots that each held 0 (all bits clear) when the attempt first stored
     * into it, by element width: 4 bytes ({@code int[]}, {@code float[]}), 8 ({@code long[]}, {@code double[]}), 2
     * ({@code char[]}, {@code short[]}). As {@link #K_NULLS}: the entry's target is the array, its offset the run's
     * first slot's, its bits the offset just past the last slot; undo stores 0 into every slot of the run.
     */
    static final int K_ZEROS_INT = 8;
    static final int K_ZEROS_LONG = 9;
    static final int K_ZEROS_SHORT = 10;

    /**
     * {@link #logNullRefStore} for a primitive array slot of {@code Txn} kind {@code kind} ({@code K_INT},
     * {@code K_LONG} or {@code K_SHORT}: the element's width) that holds 0 now (a guarded or striped element store
     * whose lock the attempt holds): a dict's stored hashes, appended at consecutive positions, are one entry per
     * run instead of one per insertion (dict28). The same runs, slots and argument as the reference arrays' null
     * runs; a run's step is its array's element width.
     */
    static void logZeroStore(Txn tx, Object array, long off, int kind) {
        switch (kind) {
            case Txn.K_INT: logZeroRun(tx, array, off, K_ZEROS_INT, 4); break;
            case Txn.K_LONG: logZeroRun(tx, array, off, K_ZEROS_LONG, 8); break;
            default: logZeroRun(tx, array, off, K_ZEROS_SHORT, 2); break;
        }
    }

    /** The bytes from one slot of a run entry's array to the next, by the entry's kind (null or zero run). */
    private static long runStep(long meta) {
        switch ((int) (meta >>> 59)) {
            case K_ZEROS_INT: return 4;
            case K_ZEROS_LONG: return 8;
            case K_ZEROS_SHORT: return 2;
            default: return 1L << Engine.REF_SHIFT;
        }
    }

    /** A run store of kind {@code runKind} (slots {@code step} bytes apart): see {@link #logNullRefStore}. */
    private static void logZeroRun(Txn tx, Object array, long off, int runKind, long step) {
        Object[] arrays = tx.runArrays;
        int[] entries = tx.runEntries;
        int slot = -1;
        if (tx.runCount != 0) {
            for (int i = 0; i < RUNS; i++) {
                if (arrays[i] == array) {
                    long[] longs = tx.undoLongs;
                    int e = entries[i];
                    if (longs[2 * e + 1] == off) {
                        longs[2 * e + 1] = off + step;
                        return;
                    }
                    slot = i;
                    break;
                }
            }
        }
        int n = tx.undoSize;
        if (LogSites.ON) {
            LogSites.note("undo", null, array, off);
        }
        if (2 * n + 2 > tx.undoLongs.length) {
            growUndo(tx);
        }
        Object[] objs = tx.undoObjs;
        if (objs[2 * n] != array) {
            objs[2 * n] = array;
        }
        if (objs[2 * n + 1] != null) {
            objs[2 * n + 1] = null;
        }
        tx.undoLongs[2 * n] = off | ((long) runKind << 59);
        tx.undoLongs[2 * n + 1] = off + step;
        tx.undoSize = n + 1;
        tx.hadWrites = true;
        if (slot < 0) {
            slot = freeRunSlot(tx);
        }
        if (arrays[slot] == null) {
            tx.runCount++;
        }
        arrays[slot] = array;
        entries[slot] = n;
    }

    /** A slot of {@link Txn#runArrays} for a new run: a free one, else one whose run has one slot, else round robin. */
    private static int freeRunSlot(Txn tx) {
        Object[] arrays = tx.runArrays;
        if (tx.runCount < RUNS) {
            for (int i = 0; i < RUNS; i++) {
                if (arrays[i] == null) {
                    return i;
                }
            }
        }
        long[] longs = tx.undoLongs;
        for (int i = 0; i < RUNS; i++) {
            int e = tx.runEntries[i];
            long meta = longs[2 * e];
            if (longs[2 * e + 1] - (meta & OFFSET_MASK) == runStep(meta)) {
                return i;
            }
        }
        return tx.runNext++ & (RUNS - 1);
    }

    /** Closes the open run of {@code target}, if any: an entry naming it is about to be logged above the run's. */
    private static void endRunOf(Txn tx, Object target) {
        Object[] arrays = tx.runArrays;
        for (int i = 0; i < RUNS; i++) {
            if (arrays[i] == target) {
                arrays[i] = null;
                tx.runCount--;
                return;
            }
        }
    }

    /** Closes every open run (their entries stay in the log; no store extends them any more). */
    static void closeRuns(Txn tx) {
        if (tx.runCount != 0) {
            java.util.Arrays.fill(tx.runArrays, null);
            tx.runCount = 0;
        }
    }

    /** Restores the undo log down to {@code mark} entries, newest first; locks stay held. */
    static void undoTo(Txn tx, int mark) {
        closeRuns(tx);
        Object[] objs = tx.undoObjs;
        long[] longs = tx.undoLongs;
        for (int i = tx.undoSize - 1; i >= mark; i--) {
            Object target = objs[2 * i];
            long meta = longs[2 * i];
            long off = meta & OFFSET_MASK;
            long bits = longs[2 * i + 1];
            switch ((int) (meta >>> 59)) {
                case Txn.K_BYTE: U.putByte(target, off, (byte) bits); break;
                case Txn.K_SHORT: U.putShort(target, off, (short) bits); break;
                case Txn.K_INT: U.putInt(target, off, (int) bits); break;
                case Txn.K_LONG: U.putLong(target, off, bits); break;
                case K_ARRAY: System.arraycopy(objs[2 * i + 1], 0, target, 0, (int) bits); break;
                case K_OBJECT: ((ConfinedSnapshot) target).$stm$restore(objs[2 * i + 1]); break;
                case K_NULLS:
                    for (long o = off; o < bits; o += 1L << Engine.REF_SHIFT) {
                        U.putObject(target, o, null);
                    }
                    break;
                case K_ZEROS_INT:
                    for (long o = off; o < bits; o += 4) {
                        U.putInt(target, o, 0);
                    }
                    break;
                case K_ZEROS_LONG:
                    for (long o = off; o < bits; o += 8) {
                        U.putLong(target, o, 0L);
                    }
                    break;
                case K_ZEROS_SHORT:
                    for (long o = off; o < bits; o += 2) {
                        U.putShort(target, o, (short) 0);
                    }
                    break;
                default: U.putObject(target, off, objs[2 * i + 1]); break;
            }
            objs[2 * i] = null;
            objs[2 * i + 1] = null;
        }
        tx.undoSize = Math.min(tx.undoSize, mark);
    }

    static void clearUndoLog(Txn tx) {
        closeRuns(tx);
        int n = tx.undoSize;
        if (n > CLEAR_ABOVE) {
            java.util.Arrays.fill(tx.undoObjs, 2 * CLEAR_ABOVE, 2 * n, null);
        }
        tx.undoSize = 0;
    }

    // ---------------------------------------------------------------- lock log

    static void logLock(Txn tx, Object holder, long lockOff, long oldWord) {
        int n = tx.lockSize;
        if (n == tx.lockObjs.length) {
            tx.lockObjs = java.util.Arrays.copyOf(tx.lockObjs, n * 2);
            tx.lockLongs = java.util.Arrays.copyOf(tx.lockLongs, n * 4);
        }
        if (tx.lockObjs[n] != holder) {
            tx.lockObjs[n] = holder;
        }
        tx.lockLongs[2 * n] = lockOff;
        tx.lockLongs[2 * n + 1] = oldWord;
        tx.lockSize = n + 1;
    }

    static void clearLocks(Txn tx) {
        int n = tx.lockSize;
        if (n > CLEAR_ABOVE) {
            java.util.Arrays.fill(tx.lockObjs, CLEAR_ABOVE, n, null);
        }
        tx.lockSize = 0;
    }
}
