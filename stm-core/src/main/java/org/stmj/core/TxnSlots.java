package org.stmj.core;

/**
 * The slot registry: every thread that runs transactions has one descriptor ({@link Txn}) with a slot, the index
 * a lock word names its owner by ({@link LockWord#owner}). Slots of dead threads are reused; the descriptor of
 * the calling thread is found through a small table indexed by thread id, with a thread-local as fallback.
 */
final class TxnSlots {
    private TxnSlots() {
    }

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

    /*
     * Whether any thread has registered a descriptor: Descriptors.any (a class of its own, so that the lambda
     * bridges of uninstrumented code ask it without loading the engine). Until then lookup answers null after its
     * table miss, without the thread-local probe: an uninstrumented one-thread program (auto mode) never has a
     * descriptor. Plain, not volatile: see Descriptors.
     */

    /**
     * Fast path of the descriptor lookup ({@link Txn#current}, {@link Txn#descriptor}), which the Java API does on
     * every access: the descriptor of a thread at index {@code thread id & (length - 1)}. Written only at
     * registration (under the {@code SLOTS} lock), and only over an empty entry or one whose thread has died, so
     * a live thread's entry is never overwritten and the array is read-only in the steady state (no cache-line
     * traffic between threads). An entry is believed only when its final {@link Txn#thread} field is the calling
     * thread (so a racy read of another thread's entry is harmless); otherwise (two live threads whose ids
     * collide, or a thread not registered yet) the lookup falls back to {@link #DESCRIPTORS}.
     */
    private static final Txn[] BY_THREAD_ID = new Txn[1 << 12];

    /** {@code BY_THREAD_ID.length - 1}, a constant so that {@link #lookup} stays small. */
    private static final int BY_THREAD_ID_MASK = (1 << 12) - 1;

    /**
     * The content of every {@link #BY_THREAD_ID} entry no thread has registered in: a descriptor of no thread
     * (never in {@link #SLOTS}, never runs a transaction), so that {@link #lookup} needs no null check.
     */
    private static final Txn NONE = new Txn(MAX_SLOTS, null);

    static {
        java.util.Arrays.fill(BY_THREAD_ID, NONE);
    }

    /** Counters of descriptors whose slot was reused after their thread died. */
    static final StatsAccumulator RETIRED = new StatsAccumulator();

    /**
     * The current thread's descriptor, or null before its first use. The hot part only (a thread-id-indexed load
     * and one compare, 28 bytes of bytecode, under the JIT's {@code MaxInlineSize} of 35, so it inlines at every
     * call site, hot or not: the Java API calls it per access; it was 53 bytes); a miss goes to {@link
     * #lookupSlow}. Before any registration the table holds only {@link #NONE}, so an unregistered program also
     * takes the miss and answers null there without the thread-local probe.
     */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    static Txn lookup() {
        Thread t = Thread.currentThread();
        Txn d = BY_THREAD_ID[(int) t.getId() & BY_THREAD_ID_MASK];
        if (d.thread == t) {
            return d;
        }
        return lookupSlow();
    }

    /** {@link #lookup} after a miss of {@link #BY_THREAD_ID}: null before any registration, else the thread-local. */
    private static Txn lookupSlow() {
        if (!Descriptors.any) {
            return null;
        }
        return DESCRIPTORS.get();
    }

    static Txn register() {
        Thread t = Thread.currentThread();
        Txn d;
        Descriptors.any = true;
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
                    retire(old);
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
            if (old == NONE || !old.thread.isAlive()) {
                BY_THREAD_ID[byId] = d;
            }
        }
        DESCRIPTORS.set(d);
        Attribution.threadStarted();
        return d;
    }

    /**
     * Forgets a dead thread's descriptor whose slot is about to be reused: clears the log slots it kept between
     * attempts and takes it out of {@link #BY_THREAD_ID}. Before, a retired descriptor stayed in that table (until
     * a thread with a colliding id registered) with its logs' last entries, out of reach of {@link
     * Txn#releaseRetained} (which scans {@link #SLOTS} only): the values a short-lived thread last wrote over or
     * read were never freed (a Python thread's thread-local values, their weak references never cleared). Called
     * under the {@code SLOTS} lock; a dead thread runs no transaction and never looks its descriptor up.
     */
    private static void retire(Txn old) {
        old.clearRetained();
        @SuppressWarnings("deprecation")
        int byId = (int) old.thread.getId() & BY_THREAD_ID_MASK;
        if (BY_THREAD_ID[byId] == old) {
            BY_THREAD_ID[byId] = NONE;
        }
    }

    static int slotsUsed() {
        synchronized (SLOTS) {
            return slotsUsed;
        }
    }
}
