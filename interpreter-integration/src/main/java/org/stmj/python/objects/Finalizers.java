package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code __del__}: arming objects whose class defines it, and running the finalisers of those that became garbage
 * at the interpreter's safe points. The JVM side is {@link FinalizerTrigger} (the reasons for its design are in
 * its javadoc and in papers/design/stdlib.md).
 *
 * <p>An object is armed when it is made (the end of {@code type.__call__}, {@code object.__new__} and the
 * {@code __new__} of the built-in containers) or when its {@code __class__} is set to such a class; the trigger
 * is kept in the {@code owner} field of the object's instance dict, which the object never replaces (assigning
 * {@code __dict__} copies into it). Objects without an instance dict (every class of the MRO declares
 * {@code __slots__}) cannot be armed. Safe points: {@code gc.collect()}, and the making of every armed object
 * (which bounds how many finalisable objects wait). {@code __del__} is looked up when it runs, so deleting it
 * from the class first (CPython's test idiom for a resurrected object) means nothing runs.
 *
 * <p>Generators too (life22): one suspended inside a {@code try} or {@code with} block is armed the same way
 * and closed here when it became garbage (CPython closes it when its last reference goes), or at exit among the
 * live objects. One more safe point for them: the making of every generator ({@link #drainIfPending}). The arming
 * is deferred (gen25): at its first such suspension ({@link PyGenerator#suspendGuarded}) a generator only goes on
 * a list of its thread ({@link #deferArm}, a link in the generator and a head in the thread state, both rolled
 * back with an aborted transaction); the list is flushed ({@link #flushGuarded}) when it holds
 * {@link #DEFERRED} generators, at {@code gc.collect()} in any thread (conf26: every thread's list, see
 * {@link GuardedGenerators}), at its thread's end and at exit, and only the
 * generators that have not finished by then are armed. A generator that runs to its end soon (the one of a
 * {@code @contextmanager}, which {@code __exit__} finishes) costs a link, no finalizable object, and under STM
 * no inevitable transaction. A dropped generator waits on the list until the next flush (at most
 * {@link #DEFERRED} more guarded suspensions of its thread) before the collector can find it.
 */
public final class Finalizers {
    private Finalizers() {
    }

    /** Arms {@code obj} if its class defines {@code __del__} and it is not armed yet; returns it. */
    public static PyObject track(ThreadState ts, PyObject obj) {
        if (obj == null || obj.type().slots[PyType.S_DEL] == null) {
            return obj;
        }
        PyDict holder = obj instanceof PyInstance ? ((PyInstance) obj).attrs : obj.attrs();
        if (holder == null || holder.owner != null) {
            return obj;
        }
        if (FinalizerTrigger.pending(ts.interp)) {
            drain(ts);
        }
        holder.owner = FinalizerTrigger.arm(obj, ts.interp);
        return obj;
    }

    /** How many generators a thread's deferred list holds before it is flushed. */
    static final int DEFERRED = 32;

    /**
     * Puts {@code g}, just suspended in a block for the first time, on its thread's deferred list; a full list is
     * flushed first (not after: {@code g} itself is suspended now, and would be armed at once).
     */
    static void deferArm(ThreadState ts, PyGenerator g) {
        GuardedGenerators l = ts.guarded;
        if (l.count >= DEFERRED) {
            flush(ts, l);
        }
        g.nextGuarded = l.head;
        l.head = g;
        l.count++;
    }

    /**
     * Empties this thread's deferred list: arms every generator on it that has not finished (under STM the first
     * arming makes the transaction inevitable, as {@link FinalizerTrigger#arm} says).
     */
    public static void flushGuarded(ThreadState ts) {
        flush(ts, ts.guarded);
    }

    /**
     * Empties the deferred lists of every thread of this interpreter, the caller's first ({@code gc.collect()} and
     * exit): a generator another thread suspended and dropped is armed here, so that this collection finds it
     * (CPython closes it when the last reference goes, in whichever thread). Under STM the iteration over the
     * registry makes the transaction inevitable; each list's fields are transactional, so a concurrent addition by
     * its owner conflicts with the taking.
     */
    public static void flushAllGuarded(ThreadState ts) {
        flush(ts, ts.guarded);
        for (GuardedGenerators l : ts.interp.guardedLists) {
            if (l.head != null) {
                flush(ts, l);
            }
        }
    }

    /** Empties {@code l}, arming every generator on it that has not finished ({@code ts}: the calling thread). */
    private static void flush(ThreadState ts, GuardedGenerators l) {
        PyGenerator g = l.head;
        l.head = null;
        l.count = 0;
        while (g != null) {
            PyGenerator next = g.nextGuarded;
            g.nextGuarded = null;
            g.armIfSuspended(ts);
            g = next;
        }
    }

    /** At the making of a generator: runs the finalisers that wait, if any (one volatile read when none do). */
    public static void drainIfPending(ThreadState ts) {
        if (FinalizerTrigger.pending(ts.interp)) {
            drain(ts);
        }
    }

    /**
     * Runs {@code __del__} of every object of this interpreter the collector has found garbage (a safe point: the
     * caller holds the GIL or runs in a transaction). An exception is reported as CPython reports an unraisable
     * one and dropped. Returns how many ran.
     */
    public static int drain(ThreadState ts) {
        int n = 0;
        while (FinalizerTrigger.pending(ts.interp)) {
            n += run(ts, FinalizerTrigger.take(ts.interp));
        }
        return n;
    }

    /**
     * At interpreter exit (after {@code threading._shutdown()} and the {@code atexit} handlers): runs
     * {@code __del__} of the objects that became garbage and then of every armed object still alive, oldest first,
     * with the program's state intact, as CPython's final collection finalizes what module globals held (the
     * objects of a module are in a cycle with the module's functions, so PEP 442 runs all their finalisers before
     * anything is cleared). Objects armed by those finalisers get the same treatment, for a few rounds. Returns how
     * many ran.
     */
    public static int runAtExit(ThreadState ts) {
        flushAllGuarded(ts);
        int n = drain(ts);
        for (int round = 0; round < 4; round++) {
            PyObject[] live = FinalizerTrigger.takeLive(ts.interp);
            if (live.length == 0) {
                break;
            }
            n += run(ts, live);
            flushAllGuarded(ts);
            n += drain(ts);
        }
        return n;
    }

    private static int run(ThreadState ts, PyObject[] objs) {
        int n = 0;
        for (PyObject o : objs) {
            if (o instanceof PyGenerator) {
                ((PyGenerator) o).closeUnreachable(ts);
                n++;
                continue;
            }
            PyType t = o.type();
            PyObject del = t.lookup("__del__");
            if (del == null) {
                continue;
            }
            n++;
            try {
                Ops.call(ts, Ops.bindDescr(ts, del, o, t));
            } catch (PyException e) {
                ts.interp.writeUnraisable(ts, e.exc, del);
            }
        }
        return n;
    }
}
