package org.stmj.python.objects;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The collector's side of {@code __del__}: one small JVM-finalizable object per Python object whose class defines
 * {@code __del__}. The Python object keeps its trigger strongly (the {@code owner} field of its instance dict,
 * see {@link Finalizers}) and the trigger keeps the object, so the two become unreachable together. The JVM then
 * runs {@link #finalize} on its finalizer thread, which touches no Python state: it only puts the trigger on its
 * interpreter's ready queue, which makes the object (and everything it reaches) strongly reachable again. The
 * interpreter takes the queue at its safe points ({@link Finalizers#drain}) and runs {@code __del__} there, on a
 * Python thread, as ordinary Python code (in STM mode inside the running transaction, made inevitable).
 *
 * <p>Why a finalizable trigger and not a {@code Cleaner} or {@code PhantomReference}: those are cleared before
 * their action runs, so {@code __del__(self)} could only get a copy of the object, and anything the object
 * reaches would have to be held by the cleaner, which keeps cycles through the object alive for ever. With the
 * trigger, {@code self} is the object itself, cycles are collected (all triggers of an unreachable cycle are
 * finalized in the same collection, as PEP 442 finalizes a cyclic isolate), and resurrection is exact: a
 * {@code __del__} that stores {@code self} keeps it, and the JVM never finalizes the trigger again, so
 * {@code __del__} runs at most once per object, as in CPython 3.4+.
 *
 * <p>STM: this class is not transformed (stm.properties excludes it). {@link #arm} creates a finalizable object,
 * which the JVM registers at once and which no rollback can unregister; it is left to the call policy's default,
 * so it makes the running transaction inevitable first and an object is armed only by a transaction that
 * commits. {@link #pending} only reads a concurrent queue (configured pure); {@link #take} consumes it and makes
 * the transaction inevitable (default), so a taken finaliser is never rolled back away. {@link #nextSeq} only
 * draws a number (configured pure).
 */
public final class FinalizerTrigger {
    private static final AtomicLong SEQ = new AtomicLong();
    /** Set by the first hand-over of any trigger: until then {@link #pending} is one volatile read. */
    private static volatile boolean anyArrived;

    /** Per interpreter: the triggers the finalizer thread has handed over, not yet taken. */
    private static final class Ready {
        final ConcurrentLinkedQueue<FinalizerTrigger> queue = new ConcurrentLinkedQueue<>();
        /** Bumped by every hand-over, so that a collection can wait until no more arrive. */
        final AtomicLong arrived = new AtomicLong();
        /**
         * Every armed trigger, weakly (for the finalisers run at exit, {@link #takeLive}): the collector clears a
         * reference when its trigger becomes garbage, before it is finalized, and the cleared reference is dropped
         * from the set at the next arming.
         */
        final java.util.Set<Live> live = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final java.lang.ref.ReferenceQueue<FinalizerTrigger> cleared = new java.lang.ref.ReferenceQueue<>();

        void expunge() {
            for (java.lang.ref.Reference<? extends FinalizerTrigger> r; (r = cleared.poll()) != null; ) {
                live.remove(r);
            }
        }
    }

    /** The weak entry of a trigger in its interpreter's live set. */
    private static final class Live extends java.lang.ref.WeakReference<FinalizerTrigger> {
        Live(FinalizerTrigger t, java.lang.ref.ReferenceQueue<FinalizerTrigger> q) {
            super(t, q);
        }
    }

    private static final java.util.Map<Object, Ready> READY =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final PyObject obj;
    private final Ready ready;
    /** Arming order: a batch runs newest first (see {@link #take}). */
    private final long seq;
    /** Set when the object's {@code __del__} was run at exit ({@link #takeLive}): the collector's turn is void. */
    private volatile boolean done;

    private FinalizerTrigger(PyObject obj, Ready ready, long seq) {
        this.obj = obj;
        this.ready = ready;
        this.seq = seq;
        ready.expunge();
        ready.live.add(new Live(this, ready.cleared));
    }

    /**
     * The interpreter has ended: its ready queue goes (a handed-over object reaches its interpreter, which keeps the
     * weak map's entry for ever otherwise). A trigger finalized later adds itself to the orphaned queue only.
     */
    public static void forget(Object interp) {
        READY.remove(interp);
    }

    private static Ready ready(Object interp, boolean create) {
        return create ? READY.computeIfAbsent(interp, k -> new Ready()) : READY.get(interp);
    }

    /** Runs on the JVM's finalizer thread: hands the trigger (and so its object) over to the interpreter. */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        ready.queue.add(this);
        ready.arrived.incrementAndGet();
        anyArrived = true;
    }

    /** A trigger for {@code obj} (which must keep it strongly), handed to {@code interp} once both are garbage. */
    public static Object arm(PyObject obj, Object interp) {
        return new FinalizerTrigger(obj, ready(interp, true), SEQ.incrementAndGet());
    }

    /**
     * As {@link #arm(PyObject, Object)}, with an arming order drawn earlier by {@link #nextSeq} (a generator whose
     * arming was deferred keeps its place among the objects armed in between).
     */
    public static Object arm(PyObject obj, Object interp, long seq) {
        return new FinalizerTrigger(obj, ready(interp, true), seq);
    }

    /**
     * The next arming order number (never 0). Pure under STM: a number drawn by a transaction that aborts is only
     * a gap in the order.
     */
    public static long nextSeq() {
        return SEQ.incrementAndGet();
    }

    /** Whether objects of this interpreter wait for their {@code __del__}. */
    public static boolean pending(Object interp) {
        if (!anyArrived) {
            return false;
        }
        Ready r = ready(interp, false);
        return r != null && !r.queue.isEmpty();
    }

    /**
     * Takes every waiting object, newest first: objects that died together (a structure freed at once) are
     * finalized in the order CPython's reference counting frees a structure built bottom-up, the outer (later
     * made) object before the ones it holds.
     */
    public static PyObject[] take(Object interp) {
        Ready r = ready(interp, false);
        if (r == null) {
            return new PyObject[0];
        }
        java.util.ArrayList<FinalizerTrigger> batch = new java.util.ArrayList<>();
        for (FinalizerTrigger t; (t = r.queue.poll()) != null; ) {
            if (!t.done) {
                batch.add(t);
            }
        }
        batch.sort((a, b) -> Long.compare(b.seq, a.seq));
        PyObject[] out = new PyObject[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = batch.get(i).obj;
        }
        return out;
    }

    /**
     * At exit: takes every armed object that is still alive and whose {@code __del__} has not run, oldest first (the
     * order in which CPython's final collection finalizes the objects that module globals held), and marks them so
     * that {@code __del__} is never run for them again.
     */
    public static PyObject[] takeLive(Object interp) {
        Ready r = ready(interp, false);
        if (r == null) {
            return new PyObject[0];
        }
        r.expunge();
        java.util.ArrayList<FinalizerTrigger> batch = new java.util.ArrayList<>();
        for (Live l : r.live) {
            FinalizerTrigger t = l.get();
            if (t != null && !t.done) {
                t.done = true;
                batch.add(t);
            }
            r.live.remove(l);
        }
        batch.sort((a, b) -> Long.compare(a.seq, b.seq));
        PyObject[] out = new PyObject[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = batch.get(i).obj;
        }
        return out;
    }

    /**
     * After a full collection (the caller has released the GIL): runs the JVM's pending finalizations and waits
     * until no trigger of this interpreter has arrived for {@code quietMillis}, at most {@code maxMillis}.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public static void awaitFinalization(Object interp, long maxMillis, long quietMillis) {
        Ready r = ready(interp, false);
        if (r == null) {
            return; // nothing was ever armed in this interpreter
        }
        long end = System.nanoTime() + maxMillis * 1_000_000L;
        long seen = -1;
        try {
            while (System.nanoTime() < end) {
                Runtime.getRuntime().runFinalization();
                long now = r.arrived.get();
                if (now == seen) {
                    return;
                }
                seen = now;
                Thread.sleep(quietMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
