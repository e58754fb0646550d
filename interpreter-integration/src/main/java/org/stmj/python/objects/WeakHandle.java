package org.stmj.python.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import org.stmj.api.Atomic;

/**
 * The collector's side of a {@link PyWeakRef}: a {@link WeakReference} to the referent with a link back to the
 * Python reference object (for its callback), and the per-interpreter queues the collector puts cleared handles on.
 *
 * <p>STM: this class is not transformed (stm.properties excludes it): it is JVM-managed state the STM cannot
 * version. Transformed code calls it only through its static methods, which are classified there:
 * {@link #create} and {@link #referent} run as is inside a transaction (configured pure: what creating a handle
 * registers is transactional in effect through the attempt's hooks: its referent's list entry is seen by other
 * threads only after the commit, and an after-rollback hook un-lists the handle and marks it abandoned so that
 * its callback never runs, even when a stale reference keeps the aborted attempt's reference object reachable
 * (the handle itself is not cleared: an object of the attempt that leaked stays usable); reading the referent is
 * safe because the
 * collector clears a handle only when no thread and no transaction's log reaches the referent strongly);
 * {@link #pending} only moves cleared handles from the JDK queue to a side queue,
 * losing nothing if the transaction aborts (pure too); {@link #take} consumes one and therefore makes the
 * transaction inevitable (the call policy's default), so a consumed handle's callback is never rolled back away.
 */
public final class WeakHandle extends WeakReference<PyObject> {
    final PyWeakRef owner;
    /** Creation order of the handles (JVM-wide); the callbacks of cleared handles run newest first. */
    private final long seq;
    /** This handle's entry in its referent's list ({@link #count}), or null when not listed. Set once. */
    private Listed entry;
    /**
     * Set (once, from false to true) when the transaction attempt that made this handle was rolled back: its
     * reference object never existed, so it is not listed and its callback never runs ({@link #take}).
     */
    private volatile boolean abandoned;
    private static final java.util.concurrent.atomic.AtomicLong SEQ = new java.util.concurrent.atomic.AtomicLong();

    private WeakHandle(PyObject referent, ReferenceQueue<PyObject> q, PyWeakRef owner) {
        super(referent, q);
        this.owner = owner;
        this.seq = SEQ.incrementAndGet();
    }

    /**
     * Per interpreter: the queue the collector fills, and the handles already taken off it by {@link #pending},
     * newest first: CPython keeps an object's references with callbacks newest first and calls them in that order
     * when the object dies (a weakref.finalize made after a ref(o, cb) runs before cb).
     */
    private static final class Queues {
        final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
        final java.util.concurrent.PriorityBlockingQueue<WeakHandle> side =
                new java.util.concurrent.PriorityBlockingQueue<>(11, (a, b) -> Long.compare(b.seq, a.seq));
    }

    private static final java.util.Map<Object, Queues> QUEUES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** An interpreter (weakly) and its queues: the one {@link #queues} found last. */
    private static final class QueuesOf extends WeakReference<Object> {
        final Queues q;

        QueuesOf(Object interp, Queues q) {
            super(interp);
            this.q = q;
        }
    }

    /** The queues {@link #queues} found last (a lock-free hit while one interpreter makes references); racy, benign. */
    private static volatile QueuesOf lastQueues;

    /**
     * The interpreter has ended: its queue goes. A weak map's value that reaches its key keeps the entry for ever (a
     * queued handle's weakref callback reaches the interpreter through its globals).
     */
    public static void forget(Object interp) {
        QUEUES.remove(interp);
        QueuesOf c = lastQueues;
        if (c != null && c.refersTo(interp)) {
            lastQueues = null;
        }
    }

    private static Queues queues(Object interp, boolean create) {
        QueuesOf c = lastQueues;
        if (c != null && c.refersTo(interp)) {
            return c.q;
        }
        Queues q = create ? QUEUES.computeIfAbsent(interp, k -> new Queues()) : QUEUES.get(interp);
        if (q != null) {
            lastQueues = new QueuesOf(interp, q);
        }
        return q;
    }

    /**
     * A handle to {@code referent}; registered with the interpreter's queue when {@code queued}, and listed as one
     * of the referent's weak references ({@link #count}) under {@code face} (the reference object, or the proxy
     * over it; null: not listed, an interpreter-internal handle) of kind {@code kind} ({@link #BASIC_REF},
     * {@link #BASIC_PROXY} or {@link #OTHER}).
     */
    public static WeakHandle create(PyObject referent, Object interp, boolean queued, PyWeakRef owner,
            PyObject face, int kind) {
        WeakHandle h = new WeakHandle(referent, queued ? queues(interp, true).queue : null, owner);
        // what a rollback must undo (this class is not transformed): the listing, and the callback's handle, which a
        // stale reference to the aborted attempt's objects could keep reachable until the referent dies; and other
        // threads see the listing only once the transaction has committed
        boolean txn = (face != null || queued) && Atomic.isInTransaction();
        if (face != null) {
            h.entry = list(referent, face, kind, txn ? Thread.currentThread() : null);
            if (txn) {
                Atomic.afterCommit(h.entry::publish);
            }
        }
        if (txn) {
            Atomic.afterRollback(h::abandon);
        }
        return h;
    }

    /** After the attempt that made this handle rolled back: un-lists it and keeps its callback from running. */
    private void abandon() {
        abandoned = true;
        if (entry != null) {
            entry.clear();
        }
    }

    /** Kinds of listed references, in CPython's list order: the basic reference, the basic proxy, the others. */
    public static final int BASIC_REF = 0, BASIC_PROXY = 1, OTHER = 2;

    /** A weak reference object as getweakrefs gives it (the reference, or the proxy over it), held weakly. */
    private static final class Listed extends WeakReference<PyObject> {
        final int kind;
        /**
         * The thread whose running transaction made this entry, until it commits (then null; null from the start
         * outside a transaction): while set, only that thread sees the entry ({@link #visible}).
         */
        volatile Thread maker;

        void publish() {
            maker = null;
        }

        boolean visible() {
            Thread m = maker;
            return m == null || m == Thread.currentThread();
        }

        Listed(PyObject face, int kind, Thread maker) {
            super(face);
            this.kind = kind;
            this.maker = maker;
        }
    }

    /**
     * Per referent (weakly, by identity): its weak reference objects in creation order, held weakly, so an entry
     * lives as long as the reference object it lists; cleared entries are dropped when a list doubles, and a list
     * goes with its referent (the keys' queue is purged on every use). A concurrent map, so making a reference takes
     * no global lock; each list is guarded by itself. Entries are added inside
     * {@link #create} (pure under STM), seen at once by the thread that made them and by the others once its
     * transaction commits ({@link Listed#maker}); the entry of a reference made by a transaction attempt that rolls
     * back is cleared by the attempt's after-rollback hook ({@link #abandon}), before
     * the next attempt begins (the collection getweakrefcount runs first does not cover it: something the aborted
     * attempt left, not rolled back, can keep that reference reachable; the conf27 goldens counted such ones).
     */
    private static final java.util.concurrent.ConcurrentHashMap<Object, java.util.ArrayList<Listed>> LISTS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final ReferenceQueue<PyObject> LISTS_QUEUE = new ReferenceQueue<>();

    private static Listed list(PyObject referent, PyObject face, int kind, Thread maker) {
        purge(LISTS, LISTS_QUEUE);
        java.util.ArrayList<Listed> l = LISTS.get(new Probe(referent));
        if (l == null) {
            // the referent is strongly reachable here, so its key stays in the map while this adds to its list
            java.util.ArrayList<Listed> fresh = new java.util.ArrayList<>(2);
            l = LISTS.putIfAbsent(new IdKey(referent, LISTS_QUEUE), fresh);
            l = l == null ? fresh : l;
        }
        Listed x = new Listed(face, kind, maker);
        synchronized (l) {
            if (l.size() >= 8 && Integer.bitCount(l.size()) == 1) {
                l.removeIf(e -> e.refersTo(null));
            }
            l.add(x);
        }
        return x;
    }

    /** Drops the entries of {@code map} whose referents the collector has cleared. */
    private static void purge(java.util.Map<Object, ?> map, ReferenceQueue<PyObject> q) {
        for (java.lang.ref.Reference<? extends PyObject> r; (r = q.poll()) != null; ) {
            map.remove(r);
        }
    }

    /**
     * A copy of the entries of {@code referent} that the calling thread sees (committed, or its own transaction's),
     * or null when it has none.
     */
    private static Listed[] entries(PyObject referent) {
        java.util.ArrayList<Listed> l = LISTS.get(new Probe(referent));
        if (l == null) {
            return null;
        }
        Listed[] all;
        synchronized (l) {
            all = l.toArray(new Listed[0]);
        }
        int n = 0;
        for (Listed x : all) {
            if (x.visible()) {
                all[n++] = x;
            }
        }
        return java.util.Arrays.copyOf(all, n);
    }

    /** Whether {@code referent} has listed weak references that the collector has not cleared yet. */
    public static boolean anyListed(PyObject referent) {
        Listed[] l = entries(referent);
        if (l != null) {
            for (Listed x : l) {
                if (!x.refersTo(null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The weak reference objects of {@code referent} that are alive, in CPython's order (the basic reference, the
     * basic proxy, then the others newest first). A reference no longer reachable counts until a collection clears
     * it (the caller runs one first, as CPython's reference counts would have freed it already; so are the
     * references made by an aborted transaction). Makes a running transaction inevitable (not configured).
     */
    public static java.util.List<PyObject> listed(PyObject referent) {
        Listed[] l = entries(referent);
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        if (l == null) {
            return out;
        }
        for (int kind = BASIC_REF; kind <= BASIC_PROXY; kind++) {
            for (Listed x : l) {
                PyObject f = x.get();
                if (x.kind == kind && f != null) {
                    out.add(f);
                }
            }
        }
        for (int i = l.length - 1; i >= 0; i--) {
            PyObject f = l[i].get();
            if (l[i].kind == OTHER && f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The live basic proxy of {@code referent} (a proxy made without a callback), or null. */
    public static PyObject basicProxy(PyObject referent) {
        Listed[] l = entries(referent);
        if (l != null) {
            for (Listed x : l) {
                PyObject f = x.get();
                if (x.kind == BASIC_PROXY && f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The referent, or null once collected. */
    public static PyObject referent(WeakHandle h) {
        return h.get();
    }

    /** Whether cleared handles of this interpreter wait for their callbacks (moves them to the side queue). */
    public static boolean pending(Object interp) {
        Queues q = queues(interp, false);
        if (q == null) {
            return false;
        }
        for (java.lang.ref.Reference<? extends PyObject> r; (r = q.queue.poll()) != null; ) {
            q.side.add((WeakHandle) r);
        }
        return !q.side.isEmpty();
    }

    /** Takes one cleared handle's reference object, or null. */
    public static PyWeakRef take(Object interp) {
        Queues q = queues(interp, false);
        WeakHandle h = q == null ? null : q.side.poll();
        return h == null || h.abandoned ? null : h.owner;
    }

    /**
     * A referent by identity, weakly: the stored key of {@link #LISTS} and {@link #BASIC}; a cleared key equals only
     * itself (its removal). Looked up with a {@link Probe}, which allocates no reference object.
     */
    private static final class IdKey extends WeakReference<PyObject> {
        final int hash;

        IdKey(PyObject referent, ReferenceQueue<PyObject> q) {
            super(referent, q);
            hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (o instanceof Probe) {
                return refersTo(((Probe) o).referent);
            }
            PyObject r = get();
            return r != null && o instanceof IdKey && ((IdKey) o).refersTo(r);
        }
    }

    /** A lookup key of {@link #LISTS} and {@link #BASIC}: a live referent, strongly, for the call's duration. */
    private static final class Probe {
        final PyObject referent;

        Probe(PyObject referent) {
            this.referent = referent;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IdKey && ((IdKey) o).refersTo(referent);
        }
    }

    /**
     * Per referent: its basic reference (exact type ReferenceType, no callback), which CPython hands out again for
     * the same referent and which {@code __weakref__} reads. Both sides are weak: an entry goes when its referent or
     * its reference is collected (the keys' queue is purged on every use). Not configured under STM: a call makes
     * the running transaction inevitable (only for references made without a callback, and __weakref__ reads).
     */
    private static final java.util.concurrent.ConcurrentHashMap<Object, WeakReference<PyWeakRef>> BASIC =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final ReferenceQueue<PyObject> BASIC_QUEUE = new ReferenceQueue<>();

    /** The live basic reference to {@code referent}, or null. */
    public static PyWeakRef basic(PyObject referent) {
        purge(BASIC, BASIC_QUEUE);
        WeakReference<PyWeakRef> w = BASIC.get(new Probe(referent));
        PyWeakRef ref = w == null ? null : w.get();
        return ref != null && ref.get() == referent ? ref : null;
    }

    /** Records {@code ref} as the basic reference to {@code referent}. */
    public static void setBasic(PyObject referent, PyWeakRef ref) {
        BASIC.put(new IdKey(referent, BASIC_QUEUE), new WeakReference<>(ref));
    }

    /**
     * Runs a full collection and waits (the caller has released the GIL) until the reference handler has enqueued
     * what it cleared. A sentinel reference, cleared by the same collection, tells when the handler has taken that
     * collection's batch (it takes the whole pending list at once, up to {@code maxMillis}); the handles of this
     * interpreter then keep coming in its tight loop, and are collected until none arrives for {@code quietMillis}.
     */
    public static void collectAndAwait(Object interp, long maxMillis, long quietMillis) {
        ReferenceQueue<Object> sq = new ReferenceQueue<>();
        WeakReference<Object> sentinel = new WeakReference<>(new Object(), sq);
        System.gc();
        Queues q = queues(interp, false);
        try {
            sq.remove(maxMillis);
            if (q == null) {
                return;
            }
            for (java.lang.ref.Reference<? extends PyObject> r; (r = q.queue.remove(quietMillis)) != null; ) {
                q.side.add((WeakHandle) r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            java.lang.ref.Reference.reachabilityFence(sentinel);
        }
    }
}
