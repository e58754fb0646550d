package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

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
 *
 * <p>This class holds the attempt's state and its life (begin, the barrier slow paths, validation, commit,
 * rollback, contention management, inevitability); the other concerns of a descriptor sit beside it, package
 * private: {@link TxnSlots} (the slot registry and the per-thread lookup), {@link TxnLogs} (the code of the read,
 * undo and lock logs, whose arrays stay fields here so that the slow paths reach them with no indirection),
 * {@link RetryWait} (blocking in {@code retry} and waking the waiters), {@link TxnHooks} (after-commit and
 * after-rollback hooks) and {@link TxnCounters} (the thread's statistics).
 */
public final class Txn extends TxnPadding {
    // ---------------------------------------------------------------- global state

    /**
     * Global version clock (a word of time and mode, see {@link PaddedClock}). Invariant: every unlocked lock word's
     * version is at most the clock's time in eager mode, at most the time plus one in lazy mode.
     */
    static final PaddedClock CLOCK = new PaddedClock();
    /**
     * Which clock modes writers use ({@code -Dstmj.lazyClock}): 0, eager only (one increment per writer commit, the
     * clock of TL2's GV1); 1, adaptive (default): eager while commits do not overlap, lazy (GV5) for
     * {@link #LAZY_COMMITS} commits of a thread once a writer finds that another committed during its attempt;
     * 2, lazy only (for measurement: unlogged writers then never commit unlogged).
     */
    static final int CLOCK_MODE = Config.intProperty("stmj.lazyClock", 1, 0, 2);
    /** Lazy commits a thread makes before it switches the clock back to eager mode (adaptive mode). */
    static final int LAZY_COMMITS = 256;

    static {
        if (CLOCK_MODE == 2) {
            CLOCK.value = 1;
        }
    }

    /** The inevitable transaction, or null. Invariant: at most one descriptor has {@link #inevitable} set. */
    static final java.util.concurrent.atomic.AtomicReference<Txn> INEVITABLE =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** Source of per-attempt serials; each thread takes a block of {@link #SERIAL_BLOCK} at a time. */
    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong(1);
    private static final int SERIAL_BLOCK = 1 << 12;

    /** An alloc word no object ever carries (tag 11 is unused): the value of {@link #allocWord} between attempts. */
    static final long NO_ALLOC = LockWord.NO_ALLOC;

    // tunables (system properties, read once)
    static final double CHAOS = Config.chaos();
    static final int PRIORITY_AFTER = Config.intProperty("stmj.priorityAfter", 8, 1, 1 << 20);
    static final int INEVITABLE_AFTER = Config.intProperty("stmj.inevitableAfter", 16, 1, 1 << 20);
    static final int MIN_LENGTH = 1;
    static final int MAX_LENGTH = Config.intProperty("stmj.maxLength", 1024, 1, 1 << 20);
    /**
     * Whether an attempt that meets another's lock asks the holder to commit at its next boundary ({@link
     * #requestCommit}); {@code -Dstmj.commitRequests=0} turns it off (for measuring it), default on.
     */
    /**
     * Whether the outermost transactions of atomic scopes may start in {@link #unlogged} mode
     * ({@code -Dstmj.unlogged=0} turns it off, for comparison).
     */
    static final boolean UNLOGGED_ENABLED = Config.intProperty("stmj.unlogged", 1, 0, 1) != 0;
    /** The largest {@link #unloggedSkip} a failure of an unlogged attempt sets. */
    static final int UNLOGGED_MAX_PENALTY = 1 << 12;
    static final boolean COMMIT_REQUESTS = Config.intProperty("stmj.commitRequests", 1, 0, 1) != 0;

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

    /** Index of this descriptor in {@link TxnSlots#SLOTS}; fixed for the descriptor's life. */
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
    /**
     * The epoch word ({@link StableEpoch}) this attempt logged at its first stable read, or {@code -1} (no word is
     * negative) when it logged none or may not read stable fields in place: the stable read barrier reads the field
     * in place when the epoch word still equals this. Invariant: {@code -1} between attempts, in an attempt that
     * began inevitable or counts down to a chaos abort; otherwise, when not {@code -1}, an unlocked word with a
     * version at or below {@link #rv} that is in this attempt's read log (and, once the attempt turned inevitable,
     * the reader word is locked by it).
     */
    long stableSeen = -1;
    /**
     * A holder object (never the lock table) and the word of its lock word that this attempt's read log holds: the
     * last such entry appended ({@link TxnLogs#logRead}). The inlined field and guarded-array read barriers read a
     * location of that holder in place, with no call and no new entry, when its word still equals {@link #lastSeen}
     * after the value is read. Invariant: {@code lastHolder} is null, or the pair is an entry of the running
     * attempt's read log; cleared with the log ({@link TxnLogs#clearReadLog}).
     */
    Object lastHolder;
    /** The word seen at {@link #lastHolder}'s lock word (see there); meaningless while {@code lastHolder} is null. */
    long lastSeen;
    /**
     * The holder and word that were {@link #lastHolder}/{@link #lastSeen} before the last entry of another holder
     * was appended: the same shortcut for a loop that reads two objects in turn (a shared list and each of its
     * elements). Invariant as for {@code lastHolder}: null, or the pair is an entry of the running attempt's read
     * log; cleared with it.
     */
    Object prevHolder;
    /** The word seen at {@link #prevHolder}'s lock word; meaningless while {@code prevHolder} is null. */
    long prevSeen;
    private long serial;
    private long serialEnd;

    /**
     * The two arrays most recently allocated by the running attempt ({@code Barriers.onNewArray}), accessed in
     * place without locking or logging; null when none. Invariant: each was allocated by this attempt since its
     * begin or its last {@code orElse} savepoint, so no other transaction can reach it.
     */
    Object newArray0;
    Object newArray1;
    /**
     * Arrays the running attempt allocated before the two newest: {@code Barriers.onNewArray} moves the array
     * that leaves {@link #newArray1} here, into slot {@code freshCount++ & (FRESH_ARRAYS - 1)}, so the last
     * {@link #FRESH_ARRAYS} of them are kept. The array write barriers look an array up here after the
     * two-entry compare and before hashing its stripe ({@code identityHashCode}, a VM call on an array never
     * hashed) and write it in place with no lock and no undo entry; reads keep the striped path (a logged read
     * of a stripe is cheap, and a scan per read would cost every shared array read). Invariant: as for {@link
     * #newArray0}, every array in the first {@code min(freshCount, FRESH_ARRAYS)} slots was allocated by this
     * attempt since its begin or its last savepoint; {@code freshCount} is 0 between attempts and the slots are
     * then null. Why it matters: a new dict allocates four arrays, so its first insert found two of them outside
     * the two-entry cache and paid a stripe hash, lock, lock-log and undo entry per write.
     */
    final Object[] freshArrays = new Object[FRESH_ARRAYS];
    int freshCount;
    /** Size of {@link #freshArrays}, a power of two. */
    static final int FRESH_ARRAYS = 8;

    /**
     * Whether {@code a} is one of the arrays kept in {@link #freshArrays} (allocated by this attempt). Kept out of
     * line by {@code stm-jit.args}: inlined into a dispatch loop's twin (the array write barriers), its loop's
     * {@code loop_limit_check} predicate trapped the first time the ring held arrays and threw the compiled loop
     * away (papers/results/scaling.md, par15 and trapt).
     */
    boolean isFreshArray(Object a) {
        Object[] r = freshArrays;
        for (int i = Math.min(freshCount, FRESH_ARRAYS) - 1; i >= 0; i--) {
            if (r[i] == a) {
                return true;
            }
        }
        return false;
    }

    /** Forgets {@link #freshArrays} (at every point that forgets {@link #newArray0}). */
    void clearFreshArrays() {
        if (freshCount != 0) {
            java.util.Arrays.fill(freshArrays, null);
            freshCount = 0;
        }
    }

    /**
     * Read version: the attempt's snapshot is consistent as of this clock time. Whether it was taken on an eager
     * clock and nobody has written the clock since is the one test {@code clock word == rv << 1}: the word only
     * grows, and a lazy word of time {@code rv} is already above the eager one ({@link PaddedClock}).
     */
    long rv;
    /** This thread's commits in lazy mode since it last entered it or switched the clock back (adaptive mode). */
    int lazyCommits;
    /**
     * The largest lock word a read may accept on the fast path at the top of {@link #readPrim} and {@link #readRef}:
     * {@code rv << 2}, i.e. an unlocked word (tag 00) whose version is {@code <= rv}, or any allocation word
     * (tag 10, version 0; see {@link LockWord#isReadableWithin}), while the attempt runs,
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
    /**
     * Unlogged mode, for writers: reads are checked against {@link #rv} but not logged, as in read-only mode, and
     * the attempt may write. It commits only if no other transaction committed or rolled back a write since its
     * snapshot (its write version is {@code rv + 1}): then every location it read still holds the value it read,
     * which is why a TL2 writer may skip validation then, so the read set was never needed. Until then every
     * value it read had a version {@code <= rv} when read and was unlocked, so it sees the snapshot at {@code rv}
     * (opacity, as in read-only mode). Anything that needs the read set (a snapshot extension, a commit after
     * another's, {@code retry}, inevitability) aborts the attempt with {@link AbortCause#UNLOGGED}, and the next
     * attempts of the transaction log their reads. Chosen at the start of an atomic scope's outermost transaction
     * (not an interpreter boundary transaction: those are long, overlap other threads' and often end inevitable)
     * unless {@link #unloggedSkip} says to wait. Invariant: while set, the attempt is not inevitable, not
     * read-only, and its read log is empty.
     */
    boolean unlogged;
    /**
     * Outermost atomic-scope transactions still to start in logging mode before {@link #unlogged} mode is tried
     * again: set to {@link #unloggedPenalty} when an unlogged attempt fails, so that a thread whose transactions
     * overlap others' commits pays a wasted attempt only once per penalty.
     */
    int unloggedSkip;
    /** Doubled plus one (at most {@link #UNLOGGED_MAX_PENALTY}) per failed unlogged attempt, halved per commit. */
    int unloggedPenalty;
    /** Restarts a read-only transaction may take on a too-new version before it falls back to logging reads. */
    static final int READ_ONLY_RESTARTS = 3;
    /** Whether inevitability was asked for by the program (irrevocable side effects): retry is then illegal. */
    boolean inevitableRequested;
    /** Set by other threads (an inevitable or higher-priority transaction) to ask this attempt to give way. */
    volatile boolean killed;
    /** Barriers left before chaos mode aborts this attempt; 0 when it will not. */
    int chaosCountdown;
    private long rng;

    // The three logs (code in TxnLogs, which says why a reference is stored only when the slot differs).
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
     * Two-way filter (slots {@code h} and {@code h ^ 1}) from a hash of (lock location, offset) to the index of an
     * undo entry that may log the same location. A hit is only believed after comparing the entry itself (target,
     * offset, kind) and checking {@code undoFloor <= index < undoSize}, so stale values from earlier attempts,
     * collisions and entries removed by {@link TxnLogs#undoTo} are harmless and the filter is never cleared.
     */
    final int[] undoFilter = new int[1 << TxnLogs.UNDO_FILTER_BITS];
    /**
     * The open null and zero runs of the undo log ({@link TxnLogs#logNullRefStore}, {@link TxnLogs#logZeroStore}): slot
     * {@code i} names an array ({@code null}: slot free) and the index of its {@link TxnLogs#K_NULLS} or {@code
     * K_ZEROS_*} entry, whose run a store into the slot just past its end may extend. Invariant: for a non-null {@code
     * runArrays[i]}, entry {@code runEntries[i]} is a run entry of that array with {@code undoFloor <= runEntries[i] <
     * undoSize}, and no entry above it names that array: so an extension restores its slot after every entry logged
     * since the run began, which is newest-first order for that slot too. Emptied with the undo log, at every {@link
     * TxnLogs#undoTo} and at every savepoint; {@link #runCount} is the number of non-null slots (0: no slot is looked
     * at).
     */
    final Object[] runArrays = new Object[TxnLogs.RUNS];
    /** The undo entry of each slot of {@link #runArrays}; meaningless where that slot is null. */
    final int[] runEntries = new int[TxnLogs.RUNS];
    /** Non-null slots of {@link #runArrays}. */
    int runCount;
    /** The slot of {@link #runArrays} a new run takes when none is free or holds a one-slot run (round robin). */
    int runNext;

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
    /**
     * Nesting of interpreter dispatch loops on this thread (a builtin calling back into the interpreter runs a
     * nested loop). The outermost loop splits at every boundary whose countdown ran out; a nested one only while
     * the running transaction is inevitable (see {@link Stm#atBoundaryAfterCountdown}).
     */
    int loopDepth;
    /**
     * The {@link #loopDepth} of the loop whose boundary began the running boundary transaction: its restart point,
     * where an abort resumes ({@link Stm#restart} rethrows in deeper loops). 0 when it has none (an inevitable
     * tail, which never aborts). Invariant: never above {@link #loopDepth} while a boundary transaction runs
     * ({@link Stm#finish} ends it before its loop returns).
     */
    int restartDepth;
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
    /**
     * Boundaries left before the running boundary transaction may end ({@link Stm#atBoundary} decrements it; at
     * zero or below the boundary runs the full check), and its value when the transaction began. Invariant: it is
     * zero whenever the next outermost boundary must end the transaction (length reached, inevitable tail,
     * commit requested). Below: the adaptive limit (AIMD, [1, MAX_LENGTH]).
     * Public for the transformer only: a transformed dispatch loop decrements it inline at every boundary and
     * calls the engine only when it reaches zero ({@link Stm#atBoundaryAfterCountdown}); nothing else may touch it.
     */
    public int countdown;
    int countdownStart;
    int lengthLimit = 32;

    /** Starts the countdown of a new transaction or attempt from the adaptive length. */
    void startCountdown() {
        countdown = lengthLimit;
        countdownStart = lengthLimit;
    }

    /** Boundaries the running boundary transaction has passed (nested loops' included). */
    int boundariesPassed() {
        return Math.max(0, countdownStart - countdown);
    }
    /** Set while blocked in retry, so that committers unpark this thread ({@link RetryWait}). */
    volatile boolean waiting;
    /** The running transaction's after-commit and after-rollback hooks. */
    final TxnHooks hooks = new TxnHooks();

    // ---------------------------------------------------------------- statistics (owner writes, readers race)

    /** This thread's counters (transactions, aborts by cause, time lost, conflict sites, ...). */
    final TxnCounters stats = new TxnCounters();
    /** {@code System.nanoTime()} at the start of the running {@code @GilReleased} call. */
    long gilReleasedStart;
    /** Boundaries passed when {@code commitSoon} was asked, plus one (0: not asked); the length then recorded. */
    int hintedLength;

    /**
     * Asks this descriptor's running boundary transaction to end at its next boundary: called by another thread
     * whose attempt met one of this attempt's locks ({@link #resolveConflict}). Encounter-time locking holds a
     * lock until commit, and a boundary transaction runs up to {@link #MAX_LENGTH} bytecodes, so without this
     * the waiter gives up after its short spin and aborts; with it the holder commits (releasing every lock)
     * within one bytecode of reaching its boundary, usually while the waiter still spins.
     * <p>
     * A hint, written racily into fields the owner writes without synchronisation: the owner may overwrite the
     * zero with its own decrement (the waiter asks again while it spins), and a request that arrives after the
     * holder's transaction ended shortens the next one. Neither affects correctness: the countdown only decides
     * where a boundary transaction is cut, and every cut is a legal commit point. Atomic scopes, atomic blocks
     * and nested loops are not cut (their boundaries keep the countdown at zero until the scope ends). The
     * length recorded for the cut transaction is taken from the owner's countdown as read here.
     */
    void requestCommit() {
        int c = countdown;
        if (c > 0 && !topAtomic) {
            if (hintedLength == 0) {
                hintedLength = Math.max(1, countdownStart - c + 1);
            }
            countdown = 0;
        }
    }
    /** The descriptor whose lock made this attempt give way; set just before the abort, cleared when recorded. */
    Txn conflictWith;
    /** Who last asked this attempt to give way (set with {@link #killed}; racy, for the statistics only). */
    volatile Txn killedBy;
    /** The failed read entry's lock (holder and offset) of a validation abort, for the statistics. */
    Object failedHolder;
    long failedLockOff;
    /**
     * An abort of this thread recorded but not yet resolved to the interpreter's location (the resolver's
     * {@code captureAbort}): resolved at the dispatch loop's restart ({@link Stm#loopAbortedAt}), else before the
     * next attempt begins or when the transaction ends after a failure. Only this thread reads or writes it.
     */
    Attribution.Pending pendingAbort;
    /** The location a pending abort of this thread was resolved to last (null: none since the last abort). */
    String lastAbortSource;
    /** The JFR event of the running transaction while a recording may be running, else null. */
    Object event;

    Txn(int slot, Thread thread) {
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
        Txn d = TxnSlots.lookup();
        return d != null && d.active ? d : null;
    }

    /** The current thread's descriptor, created (and given a slot) on first use. */
    static Txn descriptor() {
        Txn d = TxnSlots.lookup();
        return d != null ? d : TxnSlots.register();
    }

    // ---------------------------------------------------------------- begin / commit / abort

    /** Starts a new transaction (not a new attempt of the same one). */
    void beginTransaction(boolean byAtomicScope, boolean inevitable) {
        beginTransaction(byAtomicScope, inevitable, false);
    }

    /** Starts a new transaction, in read-only mode when {@code readOnlyHint} (see {@link #readOnly}). */
    void beginTransaction(boolean byAtomicScope, boolean inevitable, boolean readOnlyHint) {
        readOnly = readOnlyHint;
        unlogged = false;
        if (byAtomicScope && !readOnlyHint && !inevitable && UNLOGGED_ENABLED) {
            if (unloggedSkip > 0) {
                unloggedSkip--;
            } else {
                unlogged = true;
            }
        }
        active = true;
        topAtomic = byAtomicScope;
        attempts = 0;
        retryDeadline = 0;
        nextInevitable = false;
        inevitableTail = false;
        startCountdown();
        depth = byAtomicScope ? 1 : 0;
        firstStart = PaddedClock.time(CLOCK.get());
        StmEvents.begin(this);
        beginAttempt(inevitable);
    }

    /** Starts an attempt; inevitable when asked, or when the transaction has aborted too often. */
    void beginAttempt(boolean forceInevitable) {
        if (pendingAbort != null) {
            Attribution.resolvePending(this); // the abort was caught by no loop that knows its position
        }
        boolean inev = forceInevitable || nextInevitable || attempts >= INEVITABLE_AFTER;
        boolean escalated = inev && !forceInevitable && !nextInevitable;
        if (unlogged && attempts > 0) {
            // the unlogged attempt failed (another commit, contention, or it needed its read set): log from now
            unlogged = false;
            unloggedPenalty = Math.min(UNLOGGED_MAX_PENALTY, 2 * unloggedPenalty + 1);
            unloggedSkip = unloggedPenalty;
        }
        nextInevitable = false;
        if (inev) {
            acquireInevitable(false);
            stats.inevitable++;
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
        clearFreshArrays();
        TxnLogs.clearReadLog(this);
        TxnLogs.clearUndoLog(this);
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
        stats.starts++;
        attemptStart = CoarseClock.now;
        long c = CLOCK.get();
        rv = PaddedClock.time(c);
        if (unlogged && PaddedClock.isLazy(c)) {
            // a lazy clock cannot tell this attempt that nobody else committed: log (no penalty: the mode is brief)
            unlogged = false;
        }
        status = ACTIVE;
        active = true;
        stableSeen = -1;
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
        TxnCounters c = stats;
        c.readEntries += readSize;
        c.undoEntries += undoSize;
        c.lockEntries += n;
        if (n != 0) {
            Object[] objs = lockObjs;
            long[] longs = lockLongs;
            if (!hadWrites) {
                // nothing shared was written in place (inevitable read locks, claims of confined objects): restore the
                // old words, no new version
                restoreLockWords(n);
            } else {
                long cw = CLOCK.get();
                long wv;
                // whether no transaction but this one committed or rolled back a write since the snapshot
                boolean alone;
                long eagerRv = rv << 1; // the eager clock word of the snapshot
                if (cw == eagerRv) {
                    long old = CLOCK.getAndIncrement();
                    wv = PaddedClock.time(old) + 1;
                    alone = old == eagerRv; // the word only grows: unchanged since the snapshot
                } else {
                    wv = writeVersionAfterOverlap(cw);
                    alone = false;
                }
                if (!inevitable && !alone) {
                    validateForCommit();
                }
                if (Attribution.RECORD_WRITERS) {
                    Attribution.noteWriters(objs, longs, n);
                }
                // Read the waiter count before releasing, with no fence of its own: every lock was taken by a
                // CAS (a full fence) before this read, and a waiter increments WAITERS before it compares its
                // read set with the seen words. So either this read sees the waiter, or the waiter sees this
                // attempt's lock word (or the release word) in place of what it read, and does not park.
                boolean wake = RetryWait.WAITERS.get() > 0;
                long word = LockWord.unlocked(wv);
                for (int i = 0; i < n; i++) {
                    U.putOrderedLong(objs[i], longs[2 * i], word);
                }
                if (wake) {
                    U.fullFence();
                    RetryWait.wakeWaiters(this);
                }
            }
            TxnLogs.clearLocks(this);
        }
        if (unlogged) {
            unloggedPenalty >>= 1;
        }
        stats.commits++;
        endAttempt();
    }

    /**
     * The write version of a commit whose clock word {@code cw} is not its snapshot's eager word {@code rv << 1}:
     * another transaction committed during the attempt, or the clock is lazy (papers/design/engine.md, "An adaptive
     * clock"). Lazy: the time plus one, without writing the clock (after {@link #LAZY_COMMITS} such commits of this
     * thread, the clock goes back to eager). Eager (adaptive mode): enters lazy mode with the same version;
     * otherwise, or in eager-only mode, increments. The caller validates: another commit may have come first.
     */
    private long writeVersionAfterOverlap(long cw) {
        if (PaddedClock.isLazy(cw)) {
            if (CLOCK_MODE == 1 && ++lazyCommits >= LAZY_COMMITS) {
                lazyCommits = 0;
                CLOCK.leaveLazy(cw); // back to eager at time + 1 (no version exceeds it)
            }
            return PaddedClock.time(cw) + 1;
        }
        if (CLOCK_MODE == 1 && CLOCK.enterLazy(cw)) {
            lazyCommits = 0;
            return PaddedClock.time(cw) + 1;
        }
        return PaddedClock.time(CLOCK.getAndIncrement()) + 1;
    }

    /**
     * A writer's commit that cannot tell that nobody else committed since its snapshot: validates the read set
     * (aborting if it is stale), or aborts an {@link #unlogged} attempt, which has none. Never returns if it aborts.
     */
    private void validateForCommit() {
        if (unlogged) {
            throw leaveUnlogged();
        }
        if (!TxnLogs.validate(this)) {
            abortValidation(failedEntry);
        }
    }

    /**
     * Puts back the words the lock log saved (an attempt that wrote nothing shared in place), newest first. Ordered
     * (release) stores, as the release of a commit: each needs only that the attempt's own writes (to the confined
     * objects it claimed) come before it, which a release store gives; a volatile store added a full fence per
     * lock (a boundary transaction that claimed its frames releases several per commit). Nobody waits in
     * {@code retry} for these words to change: they come back unchanged.
     */
    private void restoreLockWords(int n) {
        Object[] objs = lockObjs;
        long[] longs = lockLongs;
        for (int i = n - 1; i >= 0; i--) {
            U.putOrderedLong(objs[i], longs[2 * i], longs[2 * i + 1]);
        }
    }

    /** Ends the attempt's bookkeeping (not the hooks): the thread then runs no transaction. */
    private void endAttempt() {
        fastMax = -1;
        stableSeen = -1;
        allocWord = NO_ALLOC;
        newArray0 = null;
        newArray1 = null;
        clearFreshArrays();
        hadWrites = false;
        status = IDLE;
        active = false;
        depth = 0;
        inevitableTail = false;
        if (inevitable) {
            inevitable = false;
            INEVITABLE.set(null);
        }
        TxnLogs.clearReadLog(this);
        TxnLogs.clearUndoLog(this);
    }

    /** Rolls the attempt back for {@code cause} and ends it (the transaction ends too unless restarted). */
    void rollbackAndEnd(AbortCause cause) {
        recordAbort(cause, null, 0, ConflictSite.NONE);
        rollback();
        endAttempt();
    }

    /**
     * Clears the log slots that are kept between attempts (the first {@link TxnLogs#CLEAR_ABOVE} entries of the
     * read, undo and lock logs), so that the idle calling thread's descriptor keeps nothing alive: an interpreter
     * calls it before a full collection that must free unreachable objects (Python's gc.collect() with weak
     * references). Does nothing while the thread runs a transaction.
     */
    static void releaseRetained() {
        Txn d = TxnSlots.lookup();
        if (d != null && !d.active) {
            d.clearRetained();
        }
        // the descriptors of threads that have died keep their logs until their slot is reused: clear them too
        // (a dead thread runs no transaction, and slots change owner only under the SLOTS lock)
        synchronized (TxnSlots.SLOTS) {
            for (int i = 0, n = TxnSlots.slotsUsed(); i < n; i++) {
                Txn o = TxnSlots.SLOTS[i];
                if (o != null && o != d && !o.thread.isAlive()) {
                    o.clearRetained();
                }
            }
        }
    }

    /**
     * Clears the log slots kept between attempts (see {@link #releaseRetained}). Only for a descriptor that runs no
     * transaction: the calling thread's own when idle, or a dead thread's.
     */
    void clearRetained() {
        Txn d = this;
        int keep = TxnLogs.CLEAR_ABOVE;
        java.util.Arrays.fill(d.readObjs, 0, Math.min(keep, d.readObjs.length), null);
        java.util.Arrays.fill(d.undoObjs, 0, Math.min(2 * keep, d.undoObjs.length), null);
        java.util.Arrays.fill(d.lockObjs, 0, Math.min(keep, d.lockObjs.length), null);
    }

    /** Ends everything after an engine-level failure (for example an illegal retry): nothing stays locked. */
    void endAfterFailure() {
        if (pendingAbort != null) {
            Attribution.resolvePending(this);
        }
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
        stats.aborts[cause.ordinal()]++;
        long lost = CoarseClock.lostSince(attemptStart);
        stats.nanosLost += lost;
        CoarseClock.used();
        Attribution.abort(this, cause, site, siteOffset, siteKind, lost);
    }

    /**
     * Undoes every in-place write of the attempt and releases its locks. Returns the word the locks were
     * released with, or 0 when they got their old words back (nothing had been written in place).
     */
    long rollback() {
        fastMax = -1;
        stableSeen = -1;
        lastHolder = null;
        prevHolder = null;
        TxnLogs.undoTo(this, 0);
        long released = 0;
        int n = lockSize;
        if (n != 0) {
            Object[] objs = lockObjs;
            long[] longs = lockLongs;
            if (hadWrites) {
                // a fresh version: a reader that saw the old version before our lock must not accept the
                // location again as unchanged after our uncommitted value was visible in place (ABA)
                long c = CLOCK.get();
                long v = PaddedClock.time(PaddedClock.isLazy(c) ? c : CLOCK.getAndIncrement()) + 1;
                released = LockWord.unlocked(v);
                for (int i = 0; i < n; i++) {
                    U.putLongVolatile(objs[i], longs[2 * i], released);
                }
            } else {
                for (int i = n - 1; i >= 0; i--) {
                    U.putLongVolatile(objs[i], longs[2 * i], longs[2 * i + 1]);
                }
            }
            TxnLogs.clearLocks(this);
        }
        hadWrites = false;
        allocWord = NO_ALLOC;
        newArray0 = null;
        newArray1 = null;
        clearFreshArrays();
        if (inevitable) {
            inevitable = false;
            INEVITABLE.set(null);
        }
        return released;
    }

    /**
     * Whether any in-place write of shared memory happened in the attempt (set by {@link TxnLogs#logUndo}, not by
     * the snapshot of a confined claim; undo may empty the log).
     */
    boolean hadWrites;

    // ---------------------------------------------------------------- validation

    /** Index of the read entry that failed the last validation, for conflict attribution. */
    int failedEntry;

    /**
     * Whether everything the attempt read still holds the value it read: its read log validates, or, for an
     * {@link #unlogged} attempt (no log), no transaction committed or rolled back a write since its snapshot.
     */
    boolean readsStillCurrent() {
        return unlogged ? CLOCK.get() == rv << 1 : TxnLogs.validate(this);
    }

    /**
     * Snapshot extension, for a location whose word {@code w} has a version newer than {@link #rv}: moves the clock
     * to at least that version (a lazy clock may be behind it) and {@link #rv} to the clock's time if the read set
     * is still valid, else aborts.
     */
    private void extend(long w) {
        if (unlogged) {
            throw leaveUnlogged();
        }
        long now = CLOCK.advanceTo(w >>> 2);
        if (!TxnLogs.validate(this)) {
            int i = failedEntry;
            abortValidation(i);
        }
        rv = PaddedClock.time(now);
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
     * Leaves unlogged mode: the attempt needs a read set it did not keep (to extend its snapshot, to commit after
     * another's commit, to retry or to become inevitable), so it aborts with {@link AbortCause#UNLOGGED}; the next
     * attempt logs its reads (see {@link #beginAttempt}). Never returns.
     */
    RuntimeException leaveUnlogged() {
        throw abort(AbortCause.UNLOGGED, null, 0, ConflictSite.NONE);
    }

    /**
     * A read-only attempt met a version newer than its snapshot. Without a read set the snapshot cannot be
     * extended: abort so that the next attempt takes a new snapshot; after {@link #READ_ONLY_RESTARTS} such
     * restarts fall back to logging reads (which can extend), so that a long reader against frequent writers
     * is not restarted over and over. Never returns.
     */
    private void restartReadOnly(long w, Object target, long off, int siteKind) {
        CLOCK.advanceTo(w >>> 2); // a lazy clock may be behind the version: the next snapshot must include it
        if (attempts + 1 >= READ_ONLY_RESTARTS) {
            readOnly = false;
        }
        throw abort(AbortCause.VALIDATION, target, off, siteKind);
    }

    private void abortValidation(int i) {
        failedHolder = TxnLogs.readHolder(this, i);
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

    /**
     * The end of the read fast path at the top of {@link #readPrim} and {@link #readRef}: the caller saw the
     * unlocked word {@code w <= fastMax} at {@code (holder, lockOff)} (a volatile load), then read the value. The read
     * is
     * good when the word is unchanged after the value was read (the same bracket as {@link #readPrim}) and no
     * other transaction asked this one to give way; it is then logged (not in read-only mode). Returns false
     * when the caller must take the slow path instead, which re-reads and decides (abort, wait, extend).
     */
    boolean confirmRead(Object holder, long lockOff, long w, Object target, long off) {
        U.loadFence();
        if (U.getLongVolatile(holder, lockOff) != w || killed) {
            return false;
        }
        if (!readOnly && !unlogged) {
            TxnLogs.logRead(this, holder, lockOff, w, target, off);
        }
        return true;
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
        if (LockWord.isReadableWithin(w, fastMax)) {
            long v = readRaw(target, off, kind);
            if (confirmRead(holder, lockOff, w, target, off)) {
                return v;
            }
        }
        return readPrimSlow(holder, lockOff, target, off, kind, siteKind);
    }

    /**
     * The slow path of {@link #readPrim} (kept out of line by {@code stm-jit.args}): its branches (an inevitable
     * attempt, a locked word, an extension) are first taken at the end of a program's first repetitions, and
     * inlined into a dispatch loop's twin each such first time made C2 throw away the whole compiled loop
     * (an {@code unstable_if} trap at {@code inevitable}: papers/results/scaling.md, trapt); out of line only
     * this method is recompiled.
     */
    long readPrimSlow(Object holder, long lockOff, Object target, long off, int kind, int siteKind) {
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
                if (lockToRead(holder, lockOff, w1)) {
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
                    restartReadOnly(w1, target, off, siteKind);
                }
                extend(w1);
                continue;
            }
            if (!readOnly && !unlogged) {
                TxnLogs.logRead(this, holder, lockOff, w1, target, off);
            }
            return v;
        }
    }

    /**
     * The inevitable attempt's read of a location whose unlocked word is {@code w1}: locks it (so nothing it has seen
     * can change) and logs the lock; false if the word changed first. A word newer than the snapshot (an inevitable
     * attempt does not extend) first advances a lazy clock to its version, so that the commit's version exceeds it.
     */
    private boolean lockToRead(Object holder, long lockOff, long w1) {
        if (LockWord.committedAfter(w1, rv)) {
            CLOCK.advanceTo(w1 >>> 2);
        }
        if (U.compareAndSwapLong(holder, lockOff, w1, lockWord)) {
            TxnLogs.logLock(this, holder, lockOff, w1);
            return true;
        }
        return false;
    }

    /** Reference version of {@link #readPrim}. */
    Object readRef(Object holder, long lockOff, Object target, long off, int siteKind) {
        long w = U.getLongVolatile(holder, lockOff);
        if (LockWord.isReadableWithin(w, fastMax)) {
            Object v = U.getObject(target, off);
            if (confirmRead(holder, lockOff, w, target, off)) {
                return v;
            }
        }
        return readRefSlow(holder, lockOff, target, off, siteKind);
    }

    /** The slow path of {@link #readRef}, out of line for the reason {@link #readPrimSlow} gives. */
    Object readRefSlow(Object holder, long lockOff, Object target, long off, int siteKind) {
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
                if (lockToRead(holder, lockOff, w1)) {
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
                    restartReadOnly(w1, target, off, siteKind);
                }
                extend(w1);
                continue;
            }
            if (!readOnly && !unlogged) {
                TxnLogs.logRead(this, holder, lockOff, w1, target, off);
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
        TxnLogs.logUndo(this, target, off, kind, readRaw(target, off, kind), null, lockOff);
        writeRaw(target, off, kind, bits);
    }

    /**
     * {@link #writePrim} for an element of a primitive array (the guarded and striped array write barriers): a slot
     * that holds 0 goes into a zero run ({@link TxnLogs#logZeroStore}: a dict's hashes appended at consecutive
     * positions are one entry per run), any other through the filtered entry. {@code kind} is {@code K_SHORT},
     * {@code K_INT} or {@code K_LONG}.
     */
    void writePrimElement(Object holder, long lockOff, Object array, long off, int kind, long bits, int siteKind) {
        long w = U.getLong(holder, lockOff);
        if (w == allocWord) {
            writeRaw(array, off, kind, bits);
            return;
        }
        if (w != lockWord) {
            acquire(holder, lockOff, array, off, siteKind);
        }
        long old = readRaw(array, off, kind);
        if (old == 0 && kind != K_BYTE) {
            TxnLogs.logZeroStore(this, array, off, kind);
        } else {
            TxnLogs.logUndo(this, array, off, kind, old, null, lockOff);
        }
        writeRaw(array, off, kind, bits);
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
        TxnLogs.logUndo(this, target, off, K_REF, 0, U.getObject(target, off), lockOff);
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
        logArrayRefUndo(target, off, lockOff);
    }

    /** {@link #prepareStripedRefStore} for a location guarded by the lock word at {@code (holder, lockOff)}. */
    void prepareRefStore(Object holder, long lockOff, Object target, long off, int siteKind) {
        if (U.getLong(holder, lockOff) != lockWord) {
            acquire(holder, lockOff, target, off, siteKind);
        }
        logArrayRefUndo(target, off, lockOff);
    }

    /**
     * Logs the old value of the reference array slot at {@code (array, off)} before an in-place store: a slot
     * that holds null goes into a null run ({@link TxnLogs#logNullRefStore}: a list's append writes the slot past
     * the last one it wrote, and the whole run is one entry), any other through the filtered entry.
     */
    private void logArrayRefUndo(Object array, long off, long lockOff) {
        Object old = U.getObject(array, off);
        if (old == null) {
            TxnLogs.logNullRefStore(this, array, off);
        } else {
            TxnLogs.logUndo(this, array, off, K_REF, 0, old, lockOff);
        }
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
            if (LockWord.committedAfter(w, rv)) {
                if (inevitable) {
                    CLOCK.advanceTo(w >>> 2); // so that the commit's version exceeds the word's (lazy clock)
                } else {
                    // the location changed after our snapshot: extend (which validates what we read) or abort
                    extend(w);
                    continue;
                }
            }
            if (U.compareAndSwapLong(holder, lockOff, w, lockWord)) {
                TxnLogs.logLock(this, holder, lockOff, w);
                if (LogSites.ON) {
                    LogSites.note("lock", holder, target, off);
                }
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
        Txn owner = TxnSlots.SLOTS[LockWord.owner(w)];
        stats.locksMet++;
        if (inevitable) {
            for (int i = 0; U.getLongVolatile(holder, lockOff) == w; i++) {
                owner.killedBy = this;
                owner.killed = true;
                if (COMMIT_REQUESTS && (i & 7) == 0) {
                    owner.requestCommit();
                }
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
            if (COMMIT_REQUESTS && (i & 7) == 0) {
                // the holder releases at its next boundary (asked again: the first request may be overwritten)
                owner.requestCommit();
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
            stats.inevitableWaitNanos += System.nanoTime() - waitStart;
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
        if (unlogged) {
            nextInevitable = true;
            throw leaveUnlogged();
        }
        acquireInevitable(true);
        inevitable = true;
        inevitableRequested = true;
        chaosCountdown = 0;
        fastMax = -1;
        stats.inevitable++;
        Object[] objs = readObjs;
        long[] longs = readLongs;
        for (int i = 0, n = readSize; i < n; i++) {
            Object holder = TxnLogs.readHolder(this, i);
            long lockOff = longs[3 * i] & ~STRIPED;
            long seen = longs[3 * i + 1];
            long cur = U.getLongVolatile(holder, lockOff);
            if (cur == lockWord) {
                continue;
            }
            if (holder == StableEpoch.EPOCH && lockOff == StableEpoch.EPOCH_OFF) {
                // the epoch word, which every stable reader checks, stays unlocked: the reader word keeps
                // stable writers (who lock it before the epoch word) out instead; taken first, so that the epoch
                // word read after it is final: still the one logged, or the attempt cannot go on
                if (!lockReaderWord() || U.getLongVolatile(holder, lockOff) != seen) {
                    nextInevitable = true;
                    abortValidation(i);
                }
                continue;
            }
            if (cur != seen || !U.compareAndSwapLong(holder, lockOff, seen, lockWord)) {
                nextInevitable = true;
                abortValidation(i);
            }
            TxnLogs.logLock(this, holder, lockOff, seen);
        }
    }

    /** Locks {@link StableEpoch#READER} for this inevitable attempt (once); false if a stable writer holds it. */
    private boolean lockReaderWord() {
        long r = U.getLongVolatile(StableEpoch.READER, StableEpoch.READER_OFF);
        if (r == lockWord) {
            return true;
        }
        if (LockWord.isLocked(r)) {
            return false;
        }
        if (LockWord.committedAfter(r, rv)) {
            CLOCK.advanceTo(r >>> 2); // so that the commit's version exceeds the word's (lazy clock)
        }
        if (!U.compareAndSwapLong(StableEpoch.READER, StableEpoch.READER_OFF, r, lockWord)) {
            return false;
        }
        TxnLogs.logLock(this, StableEpoch.READER, StableEpoch.READER_OFF, r);
        return true;
    }

    // ---------------------------------------------------------------- stable fields

    /**
     * The slow path of a stable read that did not find {@link #stableSeen} in the epoch word: logs the epoch word
     * (an ordinary read: it may wait, extend or abort) when this attempt has not yet and may read stable fields in
     * place (active, not inevitable, no chaos countdown, not the writer of a stable field). Returns true when
     * {@link #stableSeen} now holds the logged word; false when the caller must read the field through the
     * ordinary barrier instead (which is always correct: a stable field is an ordinary field that writers also
     * guard with the epoch).
     */
    boolean enterStable() {
        if (stableSeen != -1 || fastMax < 0) {
            return false; // the epoch moved since it was logged (this attempt will fail validation), or no fast mode
        }
        for (;;) {
            long w = U.getLongVolatile(StableEpoch.EPOCH, StableEpoch.EPOCH_OFF);
            if (w == lockWord) {
                return false; // this attempt writes stable fields: it reads them through their objects' words
            }
            if (LockWord.isReadableWithin(w, fastMax)) {
                U.loadFence();
                if (killed) {
                    checkInterrupts();
                }
                if (!readOnly && !unlogged) {
                    TxnLogs.logRead(this, StableEpoch.EPOCH, StableEpoch.EPOCH_OFF, w, StableEpoch.EPOCH,
                            StableEpoch.EPOCH_OFF);
                }
                stableSeen = w;
                return true;
            }
            // locked, newer than the snapshot: the ordinary read decides (waits, extends or aborts)
            readPrim(StableEpoch.EPOCH, StableEpoch.EPOCH_OFF, StableEpoch.EPOCH, StableEpoch.EPOCH_OFF, K_LONG,
                    ConflictSite.FIELD);
            if (fastMax < 0) {
                return false;
            }
        }
    }

    /**
     * Before a write of a stable field of an object this attempt did not allocate: locks the reader word and the
     * epoch word (encounter time, like any write; released at commit with its version, on abort with a fresh one),
     * so that every attempt that read a stable field in place fails its validation if it overlaps this one.
     */
    void lockStableEpoch() {
        if (U.getLongVolatile(StableEpoch.EPOCH, StableEpoch.EPOCH_OFF) != lockWord) {
            acquire(StableEpoch.READER, StableEpoch.READER_OFF, StableEpoch.READER, StableEpoch.READER_OFF,
                    ConflictSite.FIELD);
            acquire(StableEpoch.EPOCH, StableEpoch.EPOCH_OFF, StableEpoch.EPOCH, StableEpoch.EPOCH_OFF,
                    ConflictSite.FIELD);
        }
    }

    // ---------------------------------------------------------------- orElse support

    /**
     * Starts a nested alternative: objects allocated so far lose their in-place privilege so writes to them are logged.
     */
    int savepoint() {
        if (serial == serialEnd) {
            serial = SERIALS.getAndAdd(SERIAL_BLOCK);
            serialEnd = serial + SERIAL_BLOCK;
        }
        allocWord = LockWord.allocatedBy(serial++);
        newArray0 = null;
        newArray1 = null;
        clearFreshArrays();
        TxnLogs.closeRuns(this); // a failed alternative undoes only down to here: no run below may grow
        undoFloor = Math.max(undoFloor, undoSize);
        return undoSize;
    }

    @Override
    public String toString() {
        return "Txn[slot=" + slot + ", status=" + status + ", inevitable=" + inevitable + "]";
    }
}
