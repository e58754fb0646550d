package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread's transaction descriptor (engine SPI, not for applications). Transformed code and the barrier entry
 * points pass it around as an opaque handle; it has no public members besides {@link #current()}.
 *
 * <p>One descriptor per thread is reused for every attempt of every transaction the thread runs, so the steady
 * state allocates nothing: the read, undo and lock logs are growable arrays that keep their capacity.
 *
 * <p>Algorithm (details in {@code papers/design/engine.md}): encounter-time locking with write-through and an
 * undo log, a global version clock, per-read validation against the read version {@link #rv} with snapshot
 * extension (opacity), invisible reads, commit-time validation for writers, versioned release on abort.
 */
public final class Txn {
    // ---------------------------------------------------------------- global state

    /** Global version clock. Invariant: every unlocked lock word's version is {@code <= CLOCK}. */
    static final PaddedClock CLOCK = new PaddedClock();

    /** Most descriptors that may exist at once; a lock word stores an index into {@link #SLOTS}. */
    static final int MAX_SLOTS = 1 << 14;

    /**
     * Descriptor by slot. Invariant: a lock word {@code (slot << 2) | 1} is only ever stored by the descriptor in
     * {@code SLOTS[slot]}, and a slot is only reused once its previous descriptor's thread has died (a dead
     * thread holds no locks).
     */
    static final Txn[] SLOTS = new Txn[MAX_SLOTS];

    /** Number of slots handed out so far (guarded by {@code SLOTS}); never decreases. */
    private static int slotsUsed;
    /** Next slot to probe for reuse (guarded by {@code SLOTS}). */
    private static int reuseCursor;

    /** The slot-holding descriptor of each thread. */
    private static final ThreadLocal<Txn> DESCRIPTORS = new ThreadLocal<>();

    /**
     * Fast path of the descriptor lookup ({@link #current}, {@link #descriptor}), which the Java API does on
     * every access: the descriptor of a thread at index {@code thread id & (length - 1)}. Written only at
     * registration (under the {@code SLOTS} lock), and only over an empty entry or one whose thread has died, so
     * a live thread's entry is never overwritten and the array is read-only in the steady state (no cache-line
     * traffic between threads). An entry is believed only when its final {@link #thread} field is the calling
     * thread (so a racy read of another thread's entry is harmless); otherwise (two live threads whose ids
     * collide, or a thread not registered yet) the lookup falls back to {@link #DESCRIPTORS}.
     */
    private static final Txn[] BY_THREAD_ID = new Txn[1 << 12];

    /** The inevitable transaction, or null. Invariant: at most one descriptor has {@link #inevitable} set. */
    static final java.util.concurrent.atomic.AtomicReference<Txn> INEVITABLE =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** Number of threads blocked in {@code retry}; committers only scan for waiters when it is positive. */
    static final java.util.concurrent.atomic.AtomicInteger WAITERS = new java.util.concurrent.atomic.AtomicInteger();

    /** Source of per-attempt serials; each thread takes a block of {@link #SERIAL_BLOCK} at a time. */
    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong(1);
    private static final int SERIAL_BLOCK = 1 << 12;

    /** An alloc word no object ever carries (tag 11 is unused): the value of {@link #allocWord} between attempts. */
    static final long NO_ALLOC = LockWord.NO_ALLOC;

    /** Counters of descriptors whose slot was reused after their thread died. */
    static final StatsAccumulator RETIRED = new StatsAccumulator();

    // tunables (system properties, read once)
    static final double CHAOS = Config.chaos();
    static final int PRIORITY_AFTER = Config.intProperty("stmj.priorityAfter", 8, 1, 1 << 20);
    static final int INEVITABLE_AFTER = Config.intProperty("stmj.inevitableAfter", 16, 1, 1 << 20);
    static final int MIN_LENGTH = 1;
    static final int MAX_LENGTH = Config.intProperty("stmj.maxLength", 1024, 1, 1 << 20);

    static final int K_BYTE = 0;
    static final int K_SHORT = 1;
    static final int K_INT = 2;
    static final int K_LONG = 3;
    static final int K_REF = 4;

    static final int IDLE = 0;
    static final int ACTIVE = 1;
    static final int ABORTED = 2;
    static final int RETRY_PENDING = 3;

    // ---------------------------------------------------------------- identity

    /** Index of this descriptor in {@link #SLOTS}; fixed for the descriptor's life. */
    final int slot;
    /** The lock word this descriptor stores into what it locks: {@code (slot << 2) | 1}; never changes. */
    final long lockWord;
    /** The thread owning this descriptor; only it runs transactions with it. */
    final Thread thread;

    // ---------------------------------------------------------------- per-attempt state (owner thread only)

    /**
     * Lock word of objects allocated by the running attempt: {@code (serial << 2) | 2}, unique to the attempt;
     * {@link #NO_ALLOC} between attempts. Invariant: no object outside this attempt's allocations carries it.
     */
    long allocWord = NO_ALLOC;
    private long serial;
    private long serialEnd;

    /**
     * The two arrays most recently allocated by the running attempt ({@code Barriers.onNewArray}), accessed in
     * place without locking or logging; null when none. Invariant: each was allocated by this attempt since its
     * begin or its last {@code orElse} savepoint, so no other transaction can reach it.
     */
    Object newArray0;
    Object newArray1;

    /** Read version: the attempt's snapshot is consistent as of this clock value. */
    long rv;
    /**
     * The largest lock word a read may accept on the fast path at the top of {@link #readPrim} and {@link #readRef}:
     * {@code rv << 2}, i.e. an unlocked word (tag 00) whose version is {@code <= rv}, while the attempt runs,
     * is not inevitable and was not chosen by chaos mode; {@code -1} otherwise, which no lock word is below
     * (words are never negative), so every read then takes the slow path. Invariant: it is {@code rv << 2} or
     * {@code -1}, and {@code -1} whenever the attempt is rolled back or ended, inevitable, or counting down to
     * a chaos abort. Kept by {@link #updateFastMax} wherever one of those changes.
     */
    long fastMax = -1;
    /** {@link #IDLE}, {@link #ACTIVE}, {@link #ABORTED} (rolled back, unwinding) or {@link #RETRY_PENDING}. */
    int status = IDLE;
    /** Whether this descriptor holds the inevitable token: it never aborts and locks what it reads. */
    boolean inevitable;
    /**
     * Read-only mode (TL2 read-only transactions): reads are checked against {@link #rv} but not logged, so the
     * snapshot cannot be extended and this attempt never writes, retries or becomes inevitable (each of those
     * restarts it with the flag cleared, see {@link #leaveReadOnly}). Set by the read-only hint at the start of
     * a transaction, kept across its attempts until cleared or the transaction ends. An inevitable attempt
     * ignores it (it locks what it reads and may write).
     */
    boolean readOnly;
    /** Restarts a read-only transaction may take on a too-new version before it falls back to logging reads. */
    static final int READ_ONLY_RESTARTS = 3;
    /** Whether inevitability was asked for by the program (irrevocable side effects): retry is then illegal. */
    boolean inevitableRequested;
    /** Set by other threads (an inevitable or higher-priority transaction) to ask this attempt to give way. */
    volatile boolean killed;
    /** Barriers left before chaos mode aborts this attempt; 0 when it will not. */
    int chaosCountdown;
    private long rng;

    // All three logs store a reference only when the slot does not already hold it: entries of small logs are
    // not cleared between attempts, so a transaction that repeats (a retry, a loop of similar transactions)
    // finds its own references in place, and skipping the store skips the collector's write barrier, which
    // under G1 costs a StoreLoad fence per store of an old object into an old array (measured: a logged read
    // 11.8 ns under G1, 4.9 ns under ParallelGC, EngineMicroBenchmark).
    // read log: per entry one object and longs {lockOffset, seenWord, fieldOffset}. The object is the one that
    // holds the lock word, except for striped locations: then it is the accessed object (for conflict names),
    // the lock word is in LockTable.TABLE, and the lock offset carries STRIPED (one reference store per read)
    Object[] readObjs = new Object[64];
    long[] readLongs = new long[3 * 64];
    /** Marks a read-log lock offset that points into {@link LockTable#TABLE}. */
    static final long STRIPED = Long.MIN_VALUE;

    /** Number of read-log entries. */
    int readSize;

    // undo log: per entry objects {target, oldRef} and longs {offset | kind << 59, oldBits}
    Object[] undoObjs = new Object[2 * 32];
    long[] undoLongs = new long[2 * 32];
    /** Number of undo-log entries. Invariant: restoring them newest first yields the pre-attempt values. */
    int undoSize;
    /**
     * Undo entries below this index belong to an {@code orElse} alternative that encloses the running one (set
     * at each savepoint, 0 at begin): a write is never skipped because of an entry below it, since a failed
     * alternative only undoes down to its savepoint.
     */
    int undoFloor;
    /**
     * Direct-mapped filter from a hash of (lock location, offset) to the index of an undo entry that may log the
     * same location. A hit is only believed after comparing the entry itself (target, offset, kind) and checking
     * {@code undoFloor <= index < undoSize}, so stale values from earlier attempts, collisions and entries removed
     * by {@link #undoTo} are harmless and the filter is never cleared.
     */
    private final int[] undoFilter = new int[1 << UNDO_FILTER_BITS];
    private static final int UNDO_FILTER_BITS = 8;

    // lock log: per entry holder, and longs {lockOffset, wordBeforeLocking}
    Object[] lockObjs = new Object[32];
    long[] lockLongs = new long[2 * 32];
    /** Number of locks held. Invariant: every entry's word is {@link #lockWord} while the attempt runs. */
    int lockSize;

    // ---------------------------------------------------------------- per-transaction state (across attempts)

    /** Whether a transaction (possibly an aborted attempt still unwinding) is running on this thread. */
    boolean active;
    /** Flat nesting depth of atomic scopes ({@code Atomic.run}, {@code @Atomic}, atomic blocks). */
    int depth;
    /** Whether the running transaction was begun by an atomic scope (not by an interpreter boundary). */
    boolean topAtomic;
    /** Nesting of interpreter dispatch loops on this thread; only the outermost one splits and restarts. */
    int loopDepth;
    /** Consecutive aborted attempts of the current transaction. */
    int attempts;
    /** The clock value at the first attempt: the age that orders priority (ties broken by slot). */
    long firstStart;
    /** {@link CoarseClock#now} at the start of the current attempt (0: not timed), for time lost in aborts. */
    long attemptStart;
    /** Deadline of a pending timed retry, or 0. */
    long retryDeadline;
    /** Whether the next attempt starts inevitable (a previous one failed to become inevitable). */
    boolean nextInevitable;
    /** Whether the running transaction is the inevitable tail after a {@code @GilReleased} call. */
    boolean inevitableTail;
    /** Boundaries passed in the running boundary transaction, and the adaptive limit (AIMD, [1, MAX_LENGTH]). */
    int boundaries;
    int lengthLimit = 32;
    /** Set while blocked in retry, so that committers unpark this thread. */
    volatile boolean waiting;

    ArrayList<Runnable> commitHooks;
    ArrayList<Runnable> rollbackHooks;

    // ---------------------------------------------------------------- statistics (owner writes, readers race)

    long statStarts;
    long statCommits;
    long statInevitable;
    long statRetries;
    long statNanosLost;
    final long[] statAborts = new long[AbortCause.values().length];
    final ConcurrentHashMap<ConflictSite.Key, ConflictSite.Counts> statSites = new ConcurrentHashMap<>();
    /** Nanoseconds spent waiting for the inevitable token (measured only when it was taken). */
    long statInevitableWaitNanos;
    /** Nanoseconds spent in {@code @GilReleased} calls; {@link #gilReleasedStart} is the running one's start. */
    long statGilReleasedNanos;
    long gilReleasedStart;
    /** Committed boundary transactions by length in boundaries; the last bucket counts all longer ones. */
    final long[] statLengths = new long[Attribution.LENGTH_BUCKETS];
    long statMaxLength;
    /** Reasons this thread's transactions became inevitable, with the interpreter's location: counts. */
    final ConcurrentHashMap<ConflictSite.InevitableKey, long[]> statInevitableReasons = new ConcurrentHashMap<>();
    /** Boundaries passed when {@code commitSoon} was asked, plus one (0: not asked); the length then recorded. */
    int hintedLength;
    /** The descriptor whose lock made this attempt give way; set just before the abort, cleared when recorded. */
    Txn conflictWith;
    /** Who last asked this attempt to give way (set with {@link #killed}; racy, for the statistics only). */
    volatile Txn killedBy;
    /** The failed read entry's lock (holder and offset) of a validation abort, for the statistics. */
    Object failedHolder;
    long failedLockOff;
    /** The JFR event of the running transaction while a recording may be running, else null. */
    Object event;

    private Txn(int slot, Thread thread) {
        this.slot = slot;
        this.lockWord = LockWord.lockedBy(slot);
        this.thread = thread;
        this.rng = 0x9E3779B97F4A7C15L ^ ((long) slot << 32) ^ System.nanoTime();
        if (rng == 0) {
            rng = 1;
        }
    }

    /** The transaction running on the current thread, or {@code null} when none is. */
    public static Txn current() {
        Txn d = lookup();
        return d != null && d.active ? d : null;
    }

    /** The current thread's descriptor, created (and given a slot) on first use. */
    static Txn descriptor() {
        Txn d = lookup();
        return d != null ? d : register();
    }

    /** The current thread's descriptor, or null before its first use. */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    private static Txn lookup() {
        Thread t = Thread.currentThread();
        Txn d = BY_THREAD_ID[(int) t.getId() & (BY_THREAD_ID.length - 1)];
        if (d != null && d.thread == t) {
            return d;
        }
        return DESCRIPTORS.get();
    }

    private static Txn register() {
        Thread t = Thread.currentThread();
        Txn d;
        synchronized (SLOTS) {
            int slot = -1;
            // reuse the slot of a dead thread when one is found cheaply (a few probes), so that short-lived
            // threads do not pin descriptors; scan everything only when the table is full
            int probes = slotsUsed < MAX_SLOTS ? 4 : MAX_SLOTS;
            for (int k = 0; k < probes && slotsUsed > 0; k++) {
                int i = reuseCursor;
                reuseCursor = (i + 1) % slotsUsed;
                Txn old = SLOTS[i];
                if (old != null && !old.thread.isAlive() && old.lockSize == 0) {
                    // a dead thread that still held locks keeps its slot forever: its lock words must never
                    // look like a new owner's
                    RETIRED.add(old);
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (slotsUsed == MAX_SLOTS) {
                    throw new IllegalStateException("stmj: more than " + MAX_SLOTS
                            + " live threads use transactions");
                }
                slot = slotsUsed++;
            }
            d = new Txn(slot, t);
            SLOTS[slot] = d;
            @SuppressWarnings("deprecation")
            int byId = (int) t.getId() & (BY_THREAD_ID.length - 1);
            Txn old = BY_THREAD_ID[byId];
            if (old == null || !old.thread.isAlive()) {
                BY_THREAD_ID[byId] = d;
            }
        }
        DESCRIPTORS.set(d);
        Attribution.threadStarted();
        return d;
    }

    static int slotsUsed() {
        synchronized (SLOTS) {
            return slotsUsed;
        }
    }

    // ---------------------------------------------------------------- begin / commit / abort

    /** Starts a new transaction (not a new attempt of the same one). */
    void beginTransaction(boolean byAtomicScope, boolean inevitable) {
        beginTransaction(byAtomicScope, inevitable, false);
    }

    /** Starts a new transaction, in read-only mode when {@code readOnlyHint} (see {@link #readOnly}). */
    void beginTransaction(boolean byAtomicScope, boolean inevitable, boolean readOnlyHint) {
        readOnly = readOnlyHint;
        active = true;
        topAtomic = byAtomicScope;
        attempts = 0;
        retryDeadline = 0;
        nextInevitable = false;
        inevitableTail = false;
        boundaries = 0;
        depth = byAtomicScope ? 1 : 0;
        firstStart = CLOCK.get();
        StmEvents.begin(this);
        beginAttempt(inevitable);
    }

    /** Starts an attempt; inevitable when asked, or when the transaction has aborted too often. */
    void beginAttempt(boolean forceInevitable) {
        boolean inev = forceInevitable || nextInevitable || attempts >= INEVITABLE_AFTER;
        boolean escalated = inev && !forceInevitable && !nextInevitable;
        nextInevitable = false;
        if (inev) {
            acquireInevitable(false);
            statInevitable++;
            if (escalated) {
                Attribution.inevitable(this, Attribution.TOO_MANY_ABORTS);
            }
        }
        inevitable = inev;
        inevitableRequested = forceInevitable;
        if (serial == serialEnd) {
            serial = SERIALS.getAndAdd(SERIAL_BLOCK);
            serialEnd = serial + SERIAL_BLOCK;
        }
        allocWord = LockWord.allocatedBy(serial++);
        newArray0 = null;
        newArray1 = null;
        clearReadLog();
        clearUndoLog();
        undoFloor = 0;
        lockSize = 0;
        hadWrites = false;
        if (killed) {
            killed = false;
        }
        chaosCountdown = 0;
        if (CHAOS > 0 && !inev) {
            long r = nextRandom();
            if ((r >>> 11) * 0x1.0p-53 < CHAOS) {
                chaosCountdown = 1 + (int) ((r & 0x7fffffffL) % 12);
            }
        }
        statStarts++;
        attemptStart = CoarseClock.now;
        rv = CLOCK.get();
        status = ACTIVE;
        active = true;
        updateFastMax();
    }

    /** Re-derives {@link #fastMax} from the attempt's state (see its invariant). */
    void updateFastMax() {
        fastMax = status == ACTIVE && !inevitable && chaosCountdown == 0 ? LockWord.snapshotBound(rv) : -1;
    }

    private long nextRandom() {
        long x = rng;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        rng = x;
        return x;
    }

    /**
     * Commits the running attempt. Read-only attempts commit without touching the clock; writers take a new
     * version, validate their read set unless no other writer committed since {@link #rv}, then release their
     * locks with that version. Throws {@link ControlFlowError} (after rolling back) when validation fails.
     */
    void commit() {
        if (status != ACTIVE) {
            throw ControlFlowError.INSTANCE;
        }
        if (chaosCountdown > 0) {
            abort(AbortCause.CHAOS, null, 0, ConflictSite.NONE);
        }
        int n = lockSize;
        if (n != 0) {
            Object[] objs = lockObjs;
            long[] longs = lockLongs;
            if (!hadWrites) {
                // nothing was written in place (inevitable read locks only): restore the old words, no new version
                for (int i = n - 1; i >= 0; i--) {
                    U.putLongVolatile(objs[i], longs[2 * i], longs[2 * i + 1]);
                }
            } else {
                long wv = CLOCK.incrementAndGet();
                if (!inevitable && wv != rv + 1 && !validate()) {
                    abortValidation(failedEntry);
                }
                if (Attribution.RECORD_WRITERS) {
                    Attribution.noteWriters(objs, longs, n);
                }
                // Read the waiter count before releasing, with no fence of its own: every lock was taken by a
                // CAS (a full fence) before this read, and a waiter increments WAITERS before it compares its
                // read set with the seen words. So either this read sees the waiter, or the waiter sees this
                // attempt's lock word (or the release word) in place of what it read, and does not park.
                boolean wake = WAITERS.get() > 0;
                long word = LockWord.unlocked(wv);
                for (int i = 0; i < n; i++) {
                    U.putOrderedLong(objs[i], longs[2 * i], word);
                }
                if (wake) {
                    U.fullFence();
                    wakeWaiters();
                }
            }
            clearLocks();
        }
        statCommits++;
        endAttempt();
    }

    private void clearLocks() {
        int n = lockSize;
        if (n > CLEAR_ABOVE) {
            java.util.Arrays.fill(lockObjs, CLEAR_ABOVE, n, null);
        }
        lockSize = 0;
    }

    /** Ends the attempt's bookkeeping (not the hooks): the thread then runs no transaction. */
    private void endAttempt() {
        fastMax = -1;
        allocWord = NO_ALLOC;
        newArray0 = null;
        newArray1 = null;
        hadWrites = false;
        status = IDLE;
        active = false;
        depth = 0;
        inevitableTail = false;
        if (inevitable) {
            inevitable = false;
            INEVITABLE.set(null);
        }
        clearReadLog();
        clearUndoLog();
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
    private void clearReadLog() {
        int n = readSize;
        if (n > CLEAR_ABOVE) {
            java.util.Arrays.fill(readObjs, CLEAR_ABOVE, n, null);
        }
        readSize = 0;
    }

    private static final int CLEAR_ABOVE = 256;

    /**
     * Clears the log slots that are kept between attempts (the first {@link #CLEAR_ABOVE} entries of the read,
     * undo and lock logs), so that the idle calling thread's descriptor keeps nothing alive: an interpreter calls
     * it before a full collection that must free unreachable objects (Python's gc.collect() with weak
     * references). Does nothing while the thread runs a transaction.
     */
    static void releaseRetained() {
        Txn d = lookup();
        if (d == null || d.active) {
            return;
        }
        java.util.Arrays.fill(d.readObjs, 0, Math.min(CLEAR_ABOVE, d.readObjs.length), null);
        java.util.Arrays.fill(d.undoObjs, 0, Math.min(2 * CLEAR_ABOVE, d.undoObjs.length), null);
        java.util.Arrays.fill(d.lockObjs, 0, Math.min(CLEAR_ABOVE, d.lockObjs.length), null);
    }

    private void clearUndoLog() {
        int n = undoSize;
        if (n > CLEAR_ABOVE) {
            java.util.Arrays.fill(undoObjs, 2 * CLEAR_ABOVE, 2 * n, null);
        }
        undoSize = 0;
    }

    /** Rolls the attempt back for {@code cause} and ends it (the transaction ends too unless restarted). */
    void rollbackAndEnd(AbortCause cause) {
        recordAbort(cause, null, 0, ConflictSite.NONE);
        rollback();
        endAttempt();
    }

    /** Ends everything after an engine-level failure (for example an illegal retry): nothing stays locked. */
    void endAfterFailure() {
        if (lockSize != 0 || undoSize != 0 || inevitable) {
            rollback();
        }
        endAttempt();
        endTransaction();
    }

    /** Ends the transaction after a commit or a final rollback. */
    void endTransaction() {
        readOnly = false;
        active = false;
        depth = 0;
        topAtomic = false;
        retryDeadline = 0;
        attempts = 0;
    }

    /**
     * Records the abort, rolls the attempt back (undo newest first, release locks with a fresh version) and
     * throws {@link ControlFlowError}. Never returns.
     */
    RuntimeException abort(AbortCause cause, Object site, long siteOffset, int siteKind) {
        recordAbort(cause, site, siteOffset, siteKind);
        rollback();
        status = ABORTED;
        throw ControlFlowError.INSTANCE;
    }

    void recordAbort(AbortCause cause, Object site, long siteOffset, int siteKind) {
        statAborts[cause.ordinal()]++;
        long start = attemptStart;
        long lost = start == 0 ? 0 : CoarseClock.now - start;
        statNanosLost += lost;
        CoarseClock.start();
        Attribution.abort(this, cause, site, siteOffset, siteKind, lost);
    }

    /**
     * Undoes every in-place write of the attempt and releases its locks. Returns the word the locks were
     * released with, or 0 when they got their old words back (nothing had been written in place).
     */
    long rollback() {
        fastMax = -1;
        undoTo(0);
        long released = 0;
        int n = lockSize;
        if (n != 0) {
            Object[] objs = lockObjs;
            long[] longs = lockLongs;
            if (hadWrites) {
                // a fresh version: a reader that saw the old version before our lock must not accept the
                // location again as unchanged after our uncommitted value was visible in place (ABA)
                released = LockWord.unlocked(CLOCK.incrementAndGet());
                for (int i = 0; i < n; i++) {
                    U.putLongVolatile(objs[i], longs[2 * i], released);
                }
            } else {
                for (int i = n - 1; i >= 0; i--) {
                    U.putLongVolatile(objs[i], longs[2 * i], longs[2 * i + 1]);
                }
            }
            clearLocks();
        }
        hadWrites = false;
        allocWord = NO_ALLOC;
        newArray0 = null;
        newArray1 = null;
        if (inevitable) {
            inevitable = false;
            INEVITABLE.set(null);
        }
        return released;
    }

    /** Whether any in-place write happened in the attempt (set by {@link #logUndo}; undo may have emptied the log). */
    private boolean hadWrites;

    /** Restores the undo log down to {@code mark} entries, newest first; locks stay held. */
    void undoTo(int mark) {
        Object[] objs = undoObjs;
        long[] longs = undoLongs;
        for (int i = undoSize - 1; i >= mark; i--) {
            Object target = objs[2 * i];
            long meta = longs[2 * i];
            long off = meta & OFFSET_MASK;
            long bits = longs[2 * i + 1];
            switch ((int) (meta >>> 59)) {
                case K_BYTE: U.putByte(target, off, (byte) bits); break;
                case K_SHORT: U.putShort(target, off, (short) bits); break;
                case K_INT: U.putInt(target, off, (int) bits); break;
                case K_LONG: U.putLong(target, off, bits); break;
                default: U.putObject(target, off, objs[2 * i + 1]); break;
            }
            objs[2 * i] = null;
            objs[2 * i + 1] = null;
        }
        undoSize = Math.min(undoSize, mark);
    }

    private static final long OFFSET_MASK = (1L << 59) - 1;

    // ---------------------------------------------------------------- validation

    /** Whether every read is still current (unchanged, or since locked by this attempt). */
    boolean validate() {
        Object[] objs = readObjs;
        long[] longs = readLongs;
        long mine = lockWord;
        for (int i = 0, n = readSize; i < n; i++) {
            long lo = longs[3 * i];
            long cur = lo < 0 ? U.getLongVolatile(LockTable.TABLE, lo & ~STRIPED) : U.getLongVolatile(objs[i], lo);
            if (cur != longs[3 * i + 1] && cur != mine) {
                failedEntry = i;
                return false;
            }
        }
        return true;
    }

    /** Index of the read entry that failed the last validation, for conflict attribution. */
    private int failedEntry;

    /** Snapshot extension: moves {@link #rv} to the present if the read set is still valid, else aborts. */
    private void extend() {
        long now = CLOCK.get();
        if (!validate()) {
            int i = failedEntry;
            abortValidation(i);
        }
        rv = now;
        updateFastMax();
    }

    /**
     * Leaves read-only mode: this attempt read without logging, so it cannot validate, write or lock what it
     * read; it aborts (holding no locks and having written nothing) and the transaction runs again as an
     * ordinary one. Never returns.
     */
    void leaveReadOnly() {
        readOnly = false;
        throw abort(AbortCause.READ_ONLY, null, 0, ConflictSite.NONE);
    }

    /**
     * A read-only attempt met a version newer than its snapshot. Without a read set the snapshot cannot be
     * extended: abort so that the next attempt takes a new snapshot; after {@link #READ_ONLY_RESTARTS} such
     * restarts fall back to logging reads (which can extend), so that a long reader against frequent writers
     * is not restarted over and over. Never returns.
     */
    private void restartReadOnly(Object target, long off, int siteKind) {
        if (attempts + 1 >= READ_ONLY_RESTARTS) {
            readOnly = false;
        }
        throw abort(AbortCause.VALIDATION, target, off, siteKind);
    }

    private void abortValidation(int i) {
        failedHolder = readHolder(i);
        failedLockOff = readLongs[3 * i] & ~STRIPED;
        Object target = readObjs[i];
        long off = readLongs[3 * i + 2];
        int kind = readLongs[3 * i] < 0 ? ConflictSite.kindOfStriped(target) : ConflictSite.FIELD;
        abort(AbortCause.VALIDATION, target, off, kind);
    }

    /** Aborts, validating first, when the attempt must stop: asked to give way, or chosen by chaos mode. */
    void checkInterrupts() {
        if (status != ACTIVE) {
            throw ControlFlowError.INSTANCE;
        }
        if (chaosCountdown != 0 && --chaosCountdown == 0) {
            abort(AbortCause.CHAOS, null, 0, ConflictSite.NONE);
        }
        if (killed && !inevitable) {
            abort(AbortCause.KILLED, null, 0, ConflictSite.NONE);
        }
    }

    // ---------------------------------------------------------------- logs

    /** The object holding the lock word of read entry {@code i}. */
    private Object readHolder(int i) {
        return readLongs[3 * i] < 0 ? LockTable.TABLE : readObjs[i];
    }

    /**
     * Appends a read entry. Duplicates (another field of the same object, the same element again) are not
     * looked for: comparing with the newest entry cost 2 to 3 ns per logged read on the 16-read benchmark
     * (about a quarter of it), more than the entries it saves cost to write and validate there.
     */
    private void logRead(Object holder, long lockOff, long seen, Object target, long off) {
        int n = readSize;
        Object o;
        long lo;
        if (holder == LockTable.TABLE) {
            o = target;
            lo = lockOff | STRIPED;
        } else {
            o = holder;
            lo = lockOff;
        }
        long[] l = readLongs;
        if (n == readObjs.length) {
            readObjs = java.util.Arrays.copyOf(readObjs, n * 2);
            readLongs = l = java.util.Arrays.copyOf(l, n * 6);
        }
        Object[] objs = readObjs;
        if (objs[n] != o) {
            objs[n] = o;
        }
        l[3 * n] = lo;
        l[3 * n + 1] = seen;
        l[3 * n + 2] = off;
        readSize = n + 1;
    }

    /**
     * The end of the read fast path at the top of {@link #readPrim} and {@link #readRef}: the caller saw the
     * unlocked word {@code w <= fastMax} at {@code (holder, lockOff)} (a volatile load), then read the value. The read is
     * good when the word is unchanged after the value was read (the same bracket as {@link #readPrim}) and no
     * other transaction asked this one to give way; it is then logged (not in read-only mode). Returns false
     * when the caller must take the slow path instead, which re-reads and decides (abort, wait, extend).
     */
    boolean confirmRead(Object holder, long lockOff, long w, Object target, long off) {
        U.loadFence();
        if (U.getLongVolatile(holder, lockOff) != w || killed) {
            return false;
        }
        if (!readOnly) {
            logRead(holder, lockOff, w, target, off);
        }
        return true;
    }

    /**
     * Logs the value of the location {@code (target, off)}, guarded by the lock at {@code lockOff}, before this
     * attempt overwrites it in place, unless it is already logged above {@link #undoFloor}: then the older
     * entry restores the value from before the first write, which is what undo needs (restoring newest first
     * ends with the oldest entry of each location), and a second entry is only cost.
     */
    /** {@link #logUndo(Object, long, int, long, Object, long)} where no lock offset is at hand (hash by identity). */
    void logUndo(Object target, long off, int kind, long oldBits, Object oldRef) {
        logUndo(target, off, kind, oldBits, oldRef, System.identityHashCode(target));
    }

    void logUndo(Object target, long off, int kind, long oldBits, Object oldRef, long lockOff) {
        int n = undoSize;
        long meta = off | ((long) kind << 59);
        int h = (int) (((lockOff + off) * 0x9E3779B97F4A7C15L) >>> (64 - UNDO_FILTER_BITS));
        int[] filter = undoFilter;
        int e = filter[h];
        if (e < n && e >= undoFloor && undoLongs[2 * e] == meta && undoObjs[2 * e] == target) {
            return;
        }
        filter[h] = n;
        if (2 * n + 2 > undoLongs.length) {
            undoObjs = java.util.Arrays.copyOf(undoObjs, undoObjs.length * 2);
            undoLongs = java.util.Arrays.copyOf(undoLongs, undoLongs.length * 2);
        }
        Object[] objs = undoObjs;
        if (objs[2 * n] != target) {
            objs[2 * n] = target;
        }
        if (objs[2 * n + 1] != oldRef) {
            objs[2 * n + 1] = oldRef;
        }
        undoLongs[2 * n] = meta;
        undoLongs[2 * n + 1] = oldBits;
        undoSize = n + 1;
        hadWrites = true;
    }

    private void logLock(Object holder, long lockOff, long oldWord) {
        int n = lockSize;
        if (n == lockObjs.length) {
            lockObjs = java.util.Arrays.copyOf(lockObjs, n * 2);
            lockLongs = java.util.Arrays.copyOf(lockLongs, n * 4);
        }
        if (lockObjs[n] != holder) {
            lockObjs[n] = holder;
        }
        lockLongs[2 * n] = lockOff;
        lockLongs[2 * n + 1] = oldWord;
        lockSize = n + 1;
    }

    // ---------------------------------------------------------------- barrier slow paths

    static long readRaw(Object target, long off, int kind) {
        switch (kind) {
            case K_BYTE: return U.getByte(target, off);
            case K_SHORT: return U.getShort(target, off);
            case K_INT: return U.getInt(target, off);
            default: return U.getLong(target, off);
        }
    }

    static void writeRaw(Object target, long off, int kind, long bits) {
        switch (kind) {
            case K_BYTE: U.putByte(target, off, (byte) bits); break;
            case K_SHORT: U.putShort(target, off, (short) bits); break;
            case K_INT: U.putInt(target, off, (int) bits); break;
            default: U.putLong(target, off, bits); break;
        }
    }

    /**
     * Reads a primitive guarded by the lock word at {@code (holder, lockOff)}: consistent with {@link #rv}
     * (extending the snapshot when the location is newer), logged in the read set; an inevitable attempt locks
     * it instead. {@code siteKind} names the location for conflict statistics.
     */
    long readPrim(Object holder, long lockOff, Object target, long off, int kind, int siteKind) {
        long w = U.getLongVolatile(holder, lockOff);
        if (LockWord.isUnlockedWithin(w, fastMax)) {
            long v = readRaw(target, off, kind);
            if (confirmRead(holder, lockOff, w, target, off)) {
                return v;
            }
        }
        checkInterrupts();
        for (;;) {
            long w1 = U.getLongVolatile(holder, lockOff);
            if (w1 == lockWord || w1 == allocWord) {
                return readRaw(target, off, kind);
            }
            if (LockWord.isLocked(w1)) {
                resolveConflict(holder, lockOff, w1, target, off, siteKind, AbortCause.READ_CONFLICT);
                continue;
            }
            if (inevitable) {
                if (U.compareAndSwapLong(holder, lockOff, w1, lockWord)) {
                    logLock(holder, lockOff, w1);
                    return readRaw(target, off, kind);
                }
                continue;
            }
            long v = readRaw(target, off, kind);
            U.loadFence();
            if (U.getLongVolatile(holder, lockOff) != w1) {
                continue;
            }
            if (LockWord.committedAfter(w1, rv)) {
                if (readOnly) {
                    restartReadOnly(target, off, siteKind);
                }
                extend();
                continue;
            }
            if (!readOnly) {
                logRead(holder, lockOff, w1, target, off);
            }
            return v;
        }
    }

    /** Reference version of {@link #readPrim}. */
    Object readRef(Object holder, long lockOff, Object target, long off, int siteKind) {
        long w = U.getLongVolatile(holder, lockOff);
        if (LockWord.isUnlockedWithin(w, fastMax)) {
            Object v = U.getObject(target, off);
            if (confirmRead(holder, lockOff, w, target, off)) {
                return v;
            }
        }
        checkInterrupts();
        for (;;) {
            long w1 = U.getLongVolatile(holder, lockOff);
            if (w1 == lockWord || w1 == allocWord) {
                return U.getObject(target, off);
            }
            if (LockWord.isLocked(w1)) {
                resolveConflict(holder, lockOff, w1, target, off, siteKind, AbortCause.READ_CONFLICT);
                continue;
            }
            if (inevitable) {
                if (U.compareAndSwapLong(holder, lockOff, w1, lockWord)) {
                    logLock(holder, lockOff, w1);
                    return U.getObject(target, off);
                }
                continue;
            }
            Object v = U.getObject(target, off);
            U.loadFence();
            if (U.getLongVolatile(holder, lockOff) != w1) {
                continue;
            }
            if (LockWord.committedAfter(w1, rv)) {
                if (readOnly) {
                    restartReadOnly(target, off, siteKind);
                }
                extend();
                continue;
            }
            if (!readOnly) {
                logRead(holder, lockOff, w1, target, off);
            }
            return v;
        }
    }

    /**
     * Writes a primitive in place under the lock word at {@code (holder, lockOff)}, taking the lock first
     * (encounter time) when this attempt does not own it, and logging the old value for undo.
     */
    void writePrim(Object holder, long lockOff, Object target, long off, int kind, long bits, int siteKind) {
        long w = U.getLong(holder, lockOff);
        if (w == allocWord) {
            writeRaw(target, off, kind, bits);
            return;
        }
        if (w != lockWord) {
            acquire(holder, lockOff, target, off, siteKind);
        }
        logUndo(target, off, kind, readRaw(target, off, kind), null, lockOff);
        writeRaw(target, off, kind, bits);
    }

    /** Reference version of {@link #writePrim}. */
    void writeRef(Object holder, long lockOff, Object target, long off, Object value, int siteKind) {
        long w = U.getLong(holder, lockOff);
        if (w == allocWord) {
            U.putObject(target, off, value);
            return;
        }
        if (w != lockWord) {
            acquire(holder, lockOff, target, off, siteKind);
        }
        logUndo(target, off, K_REF, 0, U.getObject(target, off), lockOff);
        U.putObject(target, off, value);
    }

    /**
     * Everything {@link #writeRef} does for a striped location except the store itself: takes the stripe lock
     * and logs the old value. The caller then stores with the JVM's own {@code aastore}, which performs the
     * array-store check; if that throws {@link ArrayStoreException} the lock and an undo entry of the unchanged
     * value remain, which commit and rollback treat like any other.
     */
    void prepareStripedRefStore(long lockOff, Object target, long off, int siteKind) {
        if (U.getLong(LockTable.TABLE, lockOff) != lockWord) {
            acquire(LockTable.TABLE, lockOff, target, off, siteKind);
        }
        logUndo(target, off, K_REF, 0, U.getObject(target, off), lockOff);
    }

    /** Takes the lock at {@code (holder, lockOff)} for this attempt (encounter-time locking). */
    void acquire(Object holder, long lockOff, Object target, long off, int siteKind) {
        checkInterrupts();
        if (readOnly && !inevitable) {
            leaveReadOnly();
        }
        for (;;) {
            long w = U.getLongVolatile(holder, lockOff);
            if (w == lockWord) {
                return;
            }
            if (LockWord.isLocked(w)) {
                resolveConflict(holder, lockOff, w, target, off, siteKind, AbortCause.WRITE_CONFLICT);
                continue;
            }
            if (!inevitable && LockWord.committedAfter(w, rv)) {
                // the location changed after our snapshot: extend (which validates what we read) or abort
                extend();
                continue;
            }
            if (U.compareAndSwapLong(holder, lockOff, w, lockWord)) {
                logLock(holder, lockOff, w);
                return;
            }
        }
    }

    // ---------------------------------------------------------------- contention management

    /**
     * Called when this attempt meets a lock held by another. Returns when the caller should look at the word
     * again (it changed); otherwise aborts this attempt. The inevitable attempt waits for as long as it takes,
     * asking the holder to give way; an attempt with priority (aborted {@link #PRIORITY_AFTER} times and older
     * than the holder) asks the holder to give way and waits a bounded time; everyone else gives way at once
     * to the inevitable attempt, and after a short spin to anyone else.
     */
    private void resolveConflict(Object holder, long lockOff, long w, Object target, long off, int siteKind,
                                 AbortCause cause) {
        Txn owner = SLOTS[LockWord.owner(w)];
        if (inevitable) {
            for (int i = 0; U.getLongVolatile(holder, lockOff) == w; i++) {
                owner.killedBy = this;
                owner.killed = true;
                backoffStep(i);
            }
            return;
        }
        int spins;
        if (owner.inevitable) {
            spins = 64;
        } else if (hasPriorityOver(owner)) {
            owner.killedBy = this;
            owner.killed = true;
            spins = 4096;
        } else {
            spins = 128;
        }
        for (int i = 0; i < spins; i++) {
            if (U.getLongVolatile(holder, lockOff) != w) {
                return;
            }
            if (killed) {
                abort(AbortCause.KILLED, target, off, siteKind);
            }
            backoffStep(i);
        }
        conflictWith = owner;
        abort(cause, target, off, siteKind);
    }

    boolean hasPriorityOver(Txn owner) {
        if (attempts < PRIORITY_AFTER) {
            return false;
        }
        if (owner.attempts < PRIORITY_AFTER) {
            return true;
        }
        long a = firstStart;
        long b = owner.firstStart;
        return a - b < 0 || (a == b && slot < owner.slot);
    }

    static void backoffStep(int i) {
        if (i < 64) {
            Thread.onSpinWait();
        } else if (i < 256) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(20_000);
        }
    }

    /** Randomised exponential backoff after an aborted attempt, growing with {@link #attempts}. */
    void backoffAfterAbort() {
        int a = attempts;
        if (a <= 1) {
            return;
        }
        int limit = 1 << Math.min(a, 12);
        int spins = (int) ((nextRandom() >>> 33) % limit);
        if (a > 6) {
            Thread.yield();
        }
        for (int i = 0; i < spins; i++) {
            Thread.onSpinWait();
        }
    }

    // ---------------------------------------------------------------- inevitability

    /** Takes the inevitable token, waiting while another thread holds it. */
    private void acquireInevitable(boolean holdsLocks) {
        if (INEVITABLE.compareAndSet(null, this)) {
            return;
        }
        long waitStart = System.nanoTime();
        try {
            for (int i = 0; !INEVITABLE.compareAndSet(null, this); i++) {
                if (holdsLocks && killed) {
                    // the inevitable transaction is waiting for one of our locks: give way
                    nextInevitable = true;
                    abort(AbortCause.KILLED, null, 0, ConflictSite.NONE);
                }
                backoffStep(i);
            }
        } finally {
            statInevitableWaitNanos += System.nanoTime() - waitStart;
        }
    }

    /**
     * Makes the running attempt inevitable: takes the token, then locks everything it has read so far (which
     * fails, and aborts, if any of it changed). From then on it never aborts and locks what it reads.
     */
    void becomeInevitable() {
        if (status != ACTIVE) {
            throw ControlFlowError.INSTANCE;
        }
        if (inevitable) {
            inevitableRequested = true;
            return;
        }
        if (readOnly) {
            // the unlogged reads cannot be locked: run again, inevitable from the start
            nextInevitable = true;
            leaveReadOnly();
        }
        acquireInevitable(true);
        inevitable = true;
        inevitableRequested = true;
        chaosCountdown = 0;
        fastMax = -1;
        statInevitable++;
        Object[] objs = readObjs;
        long[] longs = readLongs;
        for (int i = 0, n = readSize; i < n; i++) {
            Object holder = readHolder(i);
            long lockOff = longs[3 * i] & ~STRIPED;
            long seen = longs[3 * i + 1];
            long cur = U.getLongVolatile(holder, lockOff);
            if (cur == lockWord) {
                continue;
            }
            if (cur != seen || !U.compareAndSwapLong(holder, lockOff, seen, lockWord)) {
                nextInevitable = true;
                abortValidation(i);
            }
            logLock(holder, lockOff, seen);
        }
    }

    // ---------------------------------------------------------------- retry

    /**
     * Blocks the thread until a location in the read set changes, or until the retry deadline passes. Called
     * when an attempt threw for {@code retry}: validates (a stale read set restarts at once), rolls back, waits.
     */
    void blockForRetry() {
        if (inevitableRequested) {
            rollback();
            status = ABORTED;
            throw new IllegalStateException("stmj: retry() in an inevitable transaction (it has irrevocable effects)");
        }
        if (readSize == 0 && retryDeadline == 0) {
            rollback();
            status = ABORTED;
            throw new IllegalStateException("stmj: retry() in a transaction that has read nothing would block forever");
        }
        boolean valid = true;
        Object[] objs = readObjs;
        long[] longs = readLongs;
        int n = readSize;
        // entries we had locked ourselves: their word after rollback is the release word
        boolean[] mine = null;
        for (int i = 0; i < n; i++) {
            long cur = U.getLongVolatile(readHolder(i), longs[3 * i] & ~STRIPED);
            if (cur == lockWord) {
                if (mine == null) {
                    mine = new boolean[n];
                }
                mine[i] = true;
            } else if (cur != longs[3 * i + 1]) {
                valid = false;
                break;
            }
        }
        long released = rollback();
        statRetries++;
        if (!valid) {
            return;
        }
        if (mine != null && released != 0) {
            for (int i = 0; i < n; i++) {
                if (mine[i]) {
                    longs[3 * i + 1] = released;
                }
            }
        }
        WAITERS.incrementAndGet();
        waiting = true;
        boolean interrupted = false;
        try {
            for (;;) {
                if (readSetChanged()) {
                    return;
                }
                long deadline = retryDeadline;
                if (deadline != 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
        } finally {
            waiting = false;
            WAITERS.decrementAndGet();
            if (interrupted) {
                thread.interrupt();
            }
        }
    }

    private boolean readSetChanged() {
        Object[] objs = readObjs;
        long[] longs = readLongs;
        for (int i = 0, n = readSize; i < n; i++) {
            if (U.getLongVolatile(readHolder(i), longs[3 * i] & ~STRIPED) != longs[3 * i + 1]) {
                return true;
            }
        }
        return false;
    }

    private void wakeWaiters() {
        int n = slotsUsed();
        for (int i = 0; i < n; i++) {
            Txn t = SLOTS[i];
            if (t != null && t != this && t.waiting) {
                LockSupport.unpark(t.thread);
            }
        }
    }

    // ---------------------------------------------------------------- orElse support

    /** Starts a nested alternative: objects allocated so far lose their in-place privilege so writes to them are logged. */
    int savepoint() {
        if (serial == serialEnd) {
            serial = SERIALS.getAndAdd(SERIAL_BLOCK);
            serialEnd = serial + SERIAL_BLOCK;
        }
        allocWord = LockWord.allocatedBy(serial++);
        newArray0 = null;
        newArray1 = null;
        undoFloor = Math.max(undoFloor, undoSize);
        return undoSize;
    }

    // ---------------------------------------------------------------- hooks

    void addCommitHook(Runnable r) {
        if (commitHooks == null) {
            commitHooks = new ArrayList<>();
        }
        commitHooks.add(r);
    }

    void addRollbackHook(Runnable r) {
        if (rollbackHooks == null) {
            rollbackHooks = new ArrayList<>();
        }
        rollbackHooks.add(r);
    }

    /** Runs (and clears) the commit hooks, dropping the rollback ones; the first exception is rethrown after all ran. */
    void runCommitHooks() {
        if (rollbackHooks != null) {
            rollbackHooks.clear();
        }
        runHooks(commitHooks);
    }

    /** Runs (and clears) the rollback hooks, dropping the commit ones. */
    void runRollbackHooks() {
        if (commitHooks != null) {
            commitHooks.clear();
        }
        runHooks(rollbackHooks);
    }

    private static void runHooks(ArrayList<Runnable> hooks) {
        if (hooks == null || hooks.isEmpty()) {
            return;
        }
        Runnable[] copy = hooks.toArray(new Runnable[0]);
        hooks.clear();
        RuntimeException first = null;
        for (Runnable r : copy) {
            try {
                r.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Sizes of the hook lists, to discard a failed {@code orElse} branch's hooks. */
    int commitHookCount() {
        return commitHooks == null ? 0 : commitHooks.size();
    }

    int rollbackHookCount() {
        return rollbackHooks == null ? 0 : rollbackHooks.size();
    }

    void truncateHooks(int commits, int rollbacks) {
        if (commitHooks != null) {
            while (commitHooks.size() > commits) {
                commitHooks.remove(commitHooks.size() - 1);
            }
        }
        if (rollbackHooks != null) {
            while (rollbackHooks.size() > rollbacks) {
                rollbackHooks.remove(rollbackHooks.size() - 1);
            }
        }
    }

    @Override
    public String toString() {
        return "Txn[slot=" + slot + ", status=" + status + ", inevitable=" + inevitable + "]";
    }
}
