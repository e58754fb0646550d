package org.stmj.python.modules;

import org.stmj.api.Atomic;
import org.stmj.api.annotation.ThreadConfined;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyMethod;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.OutsideLoop;
import org.stmj.python.vm.ThreadExit;
import org.stmj.python.vm.ThreadState;

/**
 * _thread: Java platform threads running Python callables, and the blocking primitives (locks) on which the
 * Python-level threading module is built. Every wait releases the GIL.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /**
     * Where threads blocked on a lock wait with the GIL released: a Java monitor and a count of releases (both
     * guarded by the monitor, outside Python state). A waiter samples the count before it reads the lock's
     * state and sleeps only while the count is unchanged; a releaser signals after the bytecode that released
     * has taken effect ({@link Atomic#afterCommit}: at once under the GIL, after the commit under STM). So a
     * release between a waiter's check and its wait is never lost, and no thread ever waits for the monitor
     * inside a transaction or while holding the monitor waits for a transaction: the fields are plain
     * ({@code @ThreadConfined}: not transactional state, the monitor guards them).
     */
    static final class WaitQueue implements Runnable {
        @ThreadConfined
        private long releases;
        @ThreadConfined
        private int waiting;

        /** Signals the waiters once the running bytecode (transaction) has taken effect. */
        void signalAfterCommit() {
            Atomic.afterCommit(this);
        }

        @Override
        public void run() {
            signal();
        }

        synchronized long sample() {
            return releases;
        }

        synchronized void signal() {
            releases++;
            if (waiting > 0) {
                notifyAll();
            }
        }

        /** Waits (the caller has released the GIL) until a release after {@code seen} or the deadline. */
        synchronized void await(long seen, long deadlineNanos) throws InterruptedException {
            waiting++;
            try {
                while (releases == seen) {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    wait(Math.max(1, left / 1_000_000), (int) (left % 1_000_000));
                }
            } finally {
                waiting--;
            }
        }
    }

    /**
     * A wait inside {@code with atomic:} that cannot be satisfied at once. The block keeps every other thread's
     * bytecodes out (the GIL is held; in STM mode the transaction is inevitable and holds what it read), so no
     * other thread could end the wait: an untimed wait raises {@code RuntimeError} instead of deadlocking, a
     * timed one times out at once. The same in every mode (papers/design/integration.md).
     */
    static boolean wouldBlockInAtomic(double timeout, String what) {
        if (timeout < 0) {
            throw Py.runtimeError("cannot " + what + " inside 'with atomic:' (no other thread can run until the block "
                    + "ends, so it would wait forever)");
        }
        return false;
    }

    /**
     * Waits with the GIL released until the thread ends, or at most timeout seconds (forever when negative; a
     * timeout of zero, or one shorter than a nanosecond, does not wait: {@code Thread.join(0)} would wait forever).
     */
    static void joinThread(ThreadState ts, Thread thread, double timeout) {
        long nanos = timeout < 0 ? -1 : (long) (timeout * 1e9);
        if (nanos == 0) {
            return;
        }
        ts.interp.gil.blocking(ts, () -> {
            org.stmj.api.Atomic.releaseRetainedReferences();
            if (nanos < 0) {
                thread.join();
            } else {
                thread.join(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
            return null;
        });
    }

    /** The longest timeout a wait accepts, in seconds (CPython's value on Linux). */
    static final double TIMEOUT_MAX = 9223372036.0;
    /** CPython's THREAD_STACK_MIN (thread_pthread.h): the least size stack_size accepts, other than 0. */
    static final long THREAD_STACK_MIN = 0x8000;

    static long deadline(double timeout) {
        return timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
    }

    /**
     * Before a blocked acquisition samples {@code q}: on the main thread, makes {@code q} the queue a signal trip
     * wakes ({@link Signals#mainWait}; set again each round, since a handler run in between may have waited
     * elsewhere). Returns whether the caller is the main thread.
     */
    static boolean watchSignals(ThreadState ts, WaitQueue q) {
        if (ts != ts.interp.mainThread) {
            return false;
        }
        ts.interp.signals.mainWait = q;
        return true;
    }

    /**
     * One wait of a blocked acquisition, after the caller sampled {@code seen} from {@code q} and found the lock
     * held: with the GIL released until a release on {@code q} (or, on the main thread, a signal trip) or the
     * deadline; the caller then looks again. On the main thread with a signal pending the wait is interrupted
     * instead: the handlers run (they may raise, out of the acquisition). As in CPython, handlers interrupt a wait
     * only: an acquisition that finds the lock free takes it and leaves pending signals for the next wait (a
     * KeyboardInterrupt out of the re-acquisition inside {@code Condition.wait} would leave the condition's lock
     * released under its {@code with} block).
     */
    static void awaitRelease(ThreadState ts, boolean main, WaitQueue q, long seen, long deadline) {
        if (main && ts.interp.signals.any()) {
            Signals.check(ts);
            return;
        }
        ts.interp.gil.blocking(ts, () -> {
            // a thread parked here for long must not keep alive what its last transactions overwrote or read
            // (another thread's gc.collect() would not free it: CPython's refcounts would have)
            org.stmj.api.Atomic.releaseRetainedReferences();
            q.await(seen, deadline);
            return null;
        });
    }

    /** Ends the main thread's watch of a queue ({@link #watchSignals}). */
    /** What a waiter tries each time it wakes: true when it may stop waiting (having taken what it waited for). */
    interface WaitTry {
        boolean now();
    }

    /**
     * Tries {@code attempt} until it succeeds (true) or the deadline passes (false), waiting on {@code q} between
     * tries with the GIL released: the queue is sampled before each try, so a release that follows a failed try is
     * never missed, and the main thread's wait is woken by a signal.
     */
    static boolean waitUntil(ThreadState ts, WaitQueue q, long deadline, WaitTry attempt) {
        boolean main = false;
        try {
            while (true) {
                main = watchSignals(ts, q);
                long seen = q.sample();
                if (attempt.now()) {
                    return true;
                }
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                awaitRelease(ts, main, q, seen, deadline);
            }
        } finally {
            unwatchSignals(ts, main);
        }
    }

    static void unwatchSignals(ThreadState ts, boolean main) {
        if (main) {
            ts.interp.signals.mainWait = null;
        }
    }

    /**
     * A non-reentrant lock; any thread may release it. Its state is the plain field {@code locked}, written by the
     * bytecode that acquires or releases (atomic with it under the GIL, transactional under STM); only waiting
     * happens outside, with the GIL released.
     */
    static final class Lock extends PyObject {
        boolean locked;
        final WaitQueue queue = new WaitQueue();

        @Override
        public PyType type() {
            return LOCK;
        }

        boolean acquire(ThreadState ts, boolean blocking, double timeout) {
            if (!locked) {
                locked = true;
                return true;
            }
            if (!blocking) {
                return false;
            }
            if (ts.atomicDepth > 0) {
                return wouldBlockInAtomic(timeout, "wait for a held lock");
            }
            return waitUntil(ts, queue, deadline(timeout), () -> {
                if (locked) {
                    return false;
                }
                locked = true;
                return true;
            });
        }

        void release() {
            if (!locked) {
                throw Py.runtimeError("release unlocked lock");
            }
            locked = false;
            queue.signalAfterCommit();
        }

        @Override
        public String repr(ThreadState ts) {
            return "<" + (locked ? "locked" : "unlocked") + " _thread.lock object at 0x"
                    + Long.toHexString(Ops.id(this)) + ">";
        }
    }

    /** A reentrant lock: owner ident and recursion count are plain fields, like Lock's state. */
    static final class RLock extends PyObject {
        long owner;
        int count;
        final WaitQueue queue = new WaitQueue();

        @Override
        public PyType type() {
            return RLOCK;
        }

        boolean acquire(ThreadState ts, boolean blocking, double timeout) {
            if (owner == ts.ident) {
                count++;
                return true;
            }
            if (owner == 0) {
                owner = ts.ident;
                count = 1;
                return true;
            }
            if (!blocking) {
                return false;
            }
            if (ts.atomicDepth > 0) {
                return wouldBlockInAtomic(timeout, "wait for a held lock");
            }
            return waitUntil(ts, queue, deadline(timeout), () -> {
                if (owner != 0) {
                    return false;
                }
                owner = ts.ident;
                count = 1;
                return true;
            });
        }

        @Override
        public String repr(ThreadState ts) {
            return "<" + (owner != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner + " count="
                    + count + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
        }

        void release(ThreadState ts) {
            if (owner != ts.ident) {
                throw Py.runtimeError("cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = 0;
                queue.signalAfterCommit();
            }
        }
    }

    /**
     * The lock {@code _thread._set_sentinel()} returns (CPython's thread-state lock, on which CPython's
     * {@code threading.Thread.join}, {@code is_alive} and {@code _shutdown} wait). The thread that asked for it
     * acquires it at once; that hold ends when the thread ends (CPython releases the lock when it deletes the
     * thread state: here the thread's runner, after its last Python code, through {@link ThreadState#atEnd}; the
     * JVM's {@code Thread.isAlive} too, in case a runner never got there) or when the thread releases it itself
     * (the main thread, in {@code threading._shutdown}). A waiter for that end waits on {@link #ends} with the GIL
     * released, woken at once by either end (and, on the main thread, by a signal trip): one wake-up per join, no
     * polling. Other holds are an ordinary {@link Lock}'s once the owner's hold is over (a joiner's acquire and
     * release: CPython's {@code Thread._wait_for_tstate_lock}). {@code locked()} reports the owner's hold only:
     * CPython 3.11's {@code Thread._stop} asserts {@code not lock.locked()} right after a joiner's acquire and
     * release, and a second joiner blocked in the same acquire may take the lock in between (CPython's window is a
     * few bytecodes under the GIL against a futex wake-up; under STM it is wide). A joiner's hold still keeps other
     * acquires out, so a thread whose ended lock someone holds still reads as alive, as in CPython.
     */
    static final class Sentinel extends PyObject implements Runnable {
        /** The thread whose end releases its own hold (final: never changes). */
        final Thread thread = Thread.currentThread();
        /** Whether the owning thread holds the lock (its hold lasts at most until the thread ends). */
        boolean ownerHolds;
        /** Holds by anyone once the owner's hold is over. */
        final Lock after = new Lock();
        /** Where waiters for the owner's hold wait; signalled when it ends. */
        final WaitQueue ends = new WaitQueue();
        /**
         * Set once by the owner's runner when the thread has run its last Python code ({@link #run}); not Python
         * state (no barrier, not rolled back: a thread that ended stays ended).
         */
        @ThreadConfined
        volatile boolean ended;
        /** The owner's earlier end action (another sentinel of the same thread), run after this one's; final. */
        final Runnable before;

        Sentinel(ThreadState ts) {
            before = ts.atEnd;
            ts.atEnd = this;
        }

        @Override
        public PyType type() {
            return SENTINEL;
        }

        /** The owner's end: its hold is over; wakes the waiters. */
        @Override
        public void run() {
            ended = true;
            ends.signal();
            if (before != null) {
                before.run();
            }
        }

        boolean ownerHolding() {
            return ownerHolds && !ended && thread.isAlive();
        }

        boolean acquire(ThreadState ts, boolean blocking, double timeout) {
            if (thread == Thread.currentThread() && !ownerHolds && !after.locked) {
                ownerHolds = true;
                return true;
            }
            if (ownerHolding()) {
                if (!blocking) {
                    return false;
                }
                if (thread == Thread.currentThread()) {
                    throw Py.runtimeError("cannot wait for the end of the current thread");
                }
                if (ts.atomicDepth > 0) {
                    return wouldBlockInAtomic(timeout, "join a running thread");
                }
                // the hold ends with the thread or when the owner releases it (the main thread in
                // threading._shutdown, while it keeps running); both signal ends
                if (!waitUntil(ts, ends, deadline(timeout), () -> !ownerHolding())) {
                    return false;
                }
            }
            if (blocking) {
                // after the owner's hold is seen over: a signal the owner tripped before it ended (set before
                // ended, both volatile) is seen here, so its handler has run when a join returns
                Signals.check(ts);
            }
            return after.acquire(ts, blocking, timeout);
        }

        /**
         * Releases the lock: the owner's hold when it lasts (by the owner, or, as any thread may release a CPython
         * lock, by another: CPython's {@code _wait_for_tstate_lock} does when a signal handler raised in its
         * acquire, after {@code locked()} said true; the owner may have ended in between, so a hold not yet
         * released by the owner counts while nobody holds the lock after it), else a later hold.
         */
        void release() {
            if (ownerHolds && (thread == Thread.currentThread() || ownerHolding() || !after.locked)) {
                ownerHolds = false;
                ends.signalAfterCommit();
                return;
            }
            after.release();
        }

        boolean locked() {
            return ownerHolding();
        }
    }

    /** A started thread: join() waits for it with the GIL released. */
    static final class Handle extends PyObject {
        Thread thread;
        volatile boolean done;

        @Override
        public PyType type() {
            return HANDLE;
        }
    }

    static final PyType LOCK = new PyType("lock", Builtins.OBJECT, false, (ts, cls, a, kw) -> new Lock());
    static final PyType RLOCK = new PyType("RLock", Builtins.OBJECT, false, (ts, cls, a, kw) -> new RLock());
    static final PyType HANDLE = new PyType("_ThreadHandle", Builtins.OBJECT, false, null);
    static final PyType SENTINEL = new PyType("_thread_state_lock", Builtins.OBJECT, false, null);

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static boolean[] acqArgs(ThreadState ts, PyObject[] a, String[] kw, double[] timeout) {
        PyObject[] p = Args.parse("acquire", a, kw, new String[] {"self", "blocking", "timeout"}, 1);
        boolean blocking = p[1] == null || Ops.truth(ts, p[1]);
        timeout[0] = p[2] == null ? -1 : Ops.toDouble(ts, p[2]);
        // as CPython's lock_acquire_parse_args
        if (!blocking && timeout[0] != -1) {
            throw Py.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout[0] < 0 && timeout[0] != -1) {
            throw Py.valueError("timeout value must be positive");
        }
        if (timeout[0] > TIMEOUT_MAX) {
            throw Py.overflow("timestamp out of range for platform time_t");
        }
        return new boolean[] {blocking};
    }

    static {
        // as CPython's: <class '_thread.lock'>, and threading.local is _thread._local (threading's __all__ check)
        for (PyType t : new PyType[] {LOCK, RLOCK}) {
            t.dict.putStr("__module__", Py.str("_thread"));
        }
        m(LOCK, "acquire", (ts, a, kw) -> {
            double[] t = new double[1];
            boolean b = acqArgs(ts, a, kw, t)[0];
            return Py.bool(((Lock) a[0]).acquire(ts, b, t[0]));
        });
        m(LOCK, "__enter__", (ts, a, kw) -> Py.bool(((Lock) a[0]).acquire(ts, true, -1)));
        m(LOCK, "release", (ts, a, kw) -> {
            ((Lock) a[0]).release();
            return Py.None;
        });
        m(LOCK, "__exit__", (ts, a, kw) -> {
            ((Lock) a[0]).release();
            return Py.None;
        });
        m(LOCK, "locked", (ts, a, kw) -> Py.bool(((Lock) a[0]).locked));
        m(RLOCK, "acquire", (ts, a, kw) -> {
            double[] t = new double[1];
            boolean b = acqArgs(ts, a, kw, t)[0];
            return Py.bool(((RLock) a[0]).acquire(ts, b, t[0]));
        });
        m(RLOCK, "__enter__", (ts, a, kw) -> Py.bool(((RLock) a[0]).acquire(ts, true, -1)));
        m(RLOCK, "release", (ts, a, kw) -> {
            ((RLock) a[0]).release(ts);
            return Py.None;
        });
        m(RLOCK, "__exit__", (ts, a, kw) -> {
            ((RLock) a[0]).release(ts);
            return Py.None;
        });
        m(RLOCK, "_recursion_count", (ts, a, kw) -> Py.newInt(((RLock) a[0]).owner == ts.ident
                ? ((RLock) a[0]).count : 0));
        m(RLOCK, "_is_owned", (ts, a, kw) -> Py.bool(((RLock) a[0]).owner == ts.ident));
        m(RLOCK, "_release_save", (ts, a, kw) -> {
            RLock l = (RLock) a[0];
            if (l.owner != ts.ident) {
                throw Py.runtimeError("cannot release un-acquired lock");
            }
            PyObject state = new PyTuple(Py.newInt(l.count), Py.newInt(l.owner));
            l.count = 0;
            l.owner = 0;
            l.queue.signalAfterCommit();
            return state;
        });
        m(RLOCK, "_acquire_restore", (ts, a, kw) -> {
            RLock l = (RLock) a[0];
            PyTuple st = (PyTuple) a[1];
            l.acquire(ts, true, -1);
            l.count = (int) Ops.toInt(ts, st.items[0]).v;
            return Py.None;
        });
        m(SENTINEL, "acquire", (ts, a, kw) -> {
            double[] t = new double[1];
            boolean b = acqArgs(ts, a, kw, t)[0];
            return Py.bool(((Sentinel) a[0]).acquire(ts, b, t[0]));
        });
        m(SENTINEL, "__enter__", (ts, a, kw) -> Py.bool(((Sentinel) a[0]).acquire(ts, true, -1)));
        m(SENTINEL, "release", (ts, a, kw) -> {
            ((Sentinel) a[0]).release();
            return Py.None;
        });
        m(SENTINEL, "__exit__", (ts, a, kw) -> {
            ((Sentinel) a[0]).release();
            return Py.None;
        });
        m(SENTINEL, "locked", (ts, a, kw) -> Py.bool(((Sentinel) a[0]).locked()));
        m(HANDLE, "join", (ts, a, kw) -> {
            Handle h = (Handle) a[0];
            double timeout = a.length > 1 && a[1] != Py.None ? Ops.toDouble(ts, a[1]) : -1;
            if (h.thread == Thread.currentThread()) {
                throw Py.runtimeError("cannot join current thread");
            }
            if (ts.atomicDepth > 0 && !h.done) {
                wouldBlockInAtomic(timeout, "join a running thread");
                return Py.None;
            }
            joinThread(ts, h.thread, timeout);
            return Py.None;
        });
        m(HANDLE, "is_alive", (ts, a, kw) -> Py.bool(!((Handle) a[0]).done));
    }

    /**
     * _thread.interrupt_main(signum=SIGINT): as if the signal arrived. A signal Python does not handle (SIG_DFL,
     * SIG_IGN) does nothing; in the main thread the handler runs at once. From another thread the signal is left
     * pending for the main thread, which runs the handler at its next bytecode boundary or blocking wait
     * ({@link Signals}).
     */
    static PyObject interruptMain(Interpreter in, ThreadState ts, PyObject[] a, String[] kw) {
        PyObject[] p = org.stmj.python.objects.Args.parse("interrupt_main", a, kw, new String[] {"signum"}, 0);
        long sig = p[0] == null ? 2 : Ops.toInt(ts, p[0]).v;
        if (sig < 1 || sig >= 65) {
            throw Py.valueError("signal number out of range");
        }
        PyObject signal = Ops.call(ts, in.builtins.getStr("__import__"), Py.str("_signal"));
        PyObject handler = Ops.call(ts, Ops.getattr(ts, signal, "getsignal"), Py.newInt(sig));
        if (handler instanceof org.stmj.python.objects.PyInt) {
            return Py.None;
        }
        if (ts == in.mainThread) {
            Ops.call(ts, handler, Py.newInt(sig), Py.None);
        } else {
            in.signals.trip((int) sig);
        }
        return Py.None;
    }

    /**
     * The main thread sleeps until {@code deadline} ({@link System#nanoTime}; Long.MAX_VALUE: until a signal's
     * handler has run, {@code signal.pause}) with the GIL released; a signal wakes it, its handler runs here and may
     * raise out of the sleep, and otherwise the sleep goes on for the time left (PEP 475). Other threads sleep
     * plainly.
     */
    static void sleepMain(ThreadState ts, long deadline) {
        Signals s = ts.interp.signals;
        while (true) {
            if (s.any()) {
                Signals.check(ts);
                if (deadline == Long.MAX_VALUE) {
                    return;
                }
            }
            if (System.nanoTime() - deadline >= 0) {
                return;
            }
            ts.interp.gil.blocking(ts, () -> {
                s.timer.parkMain(deadline);
                return null;
            });
        }
    }

    static PyModule make(Interpreter in) {
        PyDict d = new PyDict();
        d.putStr("LockType", LOCK);
        d.putStr("RLock", RLOCK);
        d.putStr("TIMEOUT_MAX", Py.newFloat(TIMEOUT_MAX));
        d.putStr("error", Exc.RuntimeError);
        Modules.fn(d, "interrupt_main", (ts, a, kw) -> interruptMain(in, ts, a, kw));
        // for _signal.py (life22): the interval timer, the dispositions its thread reads, signal.pause
        Modules.fn(d, "_stmj_setitimer", 2, 2, (ts, a, kw) -> {
            double[] old = in.signals.timer.set(Ops.toDouble(ts, a[0]), Ops.toDouble(ts, a[1]));
            return new org.stmj.python.objects.PyTuple(Py.newFloat(old[0]), Py.newFloat(old[1]));
        });
        Modules.fn(d, "_stmj_getitimer", 0, 0, (ts, a, kw) -> {
            double[] v = in.signals.timer.get();
            return new org.stmj.python.objects.PyTuple(Py.newFloat(v[0]), Py.newFloat(v[1]));
        });
        Modules.fn(d, "_stmj_sigmode", 2, 2, (ts, a, kw) -> {
            in.signals.timer.setDisposition((int) Ops.toInt(ts, a[0]).v, (int) Ops.toInt(ts, a[1]).v);
            return Py.None;
        });
        Modules.fn(d, "_stmj_pause", 0, 0, (ts, a, kw) -> {
            sleepMain(ts, Long.MAX_VALUE);
            return Py.None;
        });
        Modules.fn(d, "allocate_lock", (ts, a, kw) -> new Lock());
        Modules.fn(d, "_set_sentinel", (ts, a, kw) -> new Sentinel(ts));
        Modules.fn(d, "daemon_threads_allowed", (ts, a, kw) -> Py.True);
        Modules.fn(d, "get_ident", (ts, a, kw) -> Py.newInt(ts.ident));
        Modules.fn(d, "get_native_id", (ts, a, kw) -> Py.newInt(ts.ident));
        Modules.fn(d, "_count", (ts, a, kw) -> Py.newInt(ts.interp.activeThreads.get() - 1));
        Modules.fn(d, "_active_count", (ts, a, kw) -> Py.newInt(ts.interp.activeThreads.get()));
        // stack_size([size]) -> the previous size: CPython's checks and values (no argument sets 0, the default,
        // as CPython's); Java threads keep their own stack (512 MiB, for deep recursion), the size is only recorded
        long[] stackSize = {0};
        Modules.fn(d, "stack_size", 0, 1, (ts, a, kw) -> {
            long size = 0;
            if (a.length == 1) {
                org.stmj.python.objects.PyInt n = Ops.toInt(ts, a[0]);
                if (n.big != null) {
                    throw Py.overflow("Python int too large to convert to C ssize_t");
                }
                size = n.v;
                if (size < 0) {
                    throw Py.valueError("size must be 0 or a positive value");
                }
                if (size != 0 && size < THREAD_STACK_MIN) {
                    throw Py.valueError("size not valid: " + size + " bytes");
                }
            }
            long old = stackSize[0];
            stackSize[0] = size;
            return Py.newInt(old);
        });
        Modules.fn(d, "_thread_name", (ts, a, kw) -> Py.str(ts.name));
        Modules.fn(d, "_thread_object", (ts, a, kw) -> ts.threadObject == null ? Py.None : ts.threadObject);
        Modules.fn(d, "_set_thread_object", (ts, a, kw) -> {
            ts.threadObject = a[0];
            return Py.None;
        });
        Modules.fn(d, "_next_thread_number", (ts, a, kw) -> Py.newInt(ts.interp.threadCounter.incrementAndGet()));
        Modules.fn(d, "_format_exception",
                (ts, a, kw) -> Py.str(ts.interp.formatException(ts, (PyBaseException) a[0])));
        Modules.fn(d, "_write_stderr", (ts, a, kw) -> {
            ts.interp.flushStdout(ts);
            ts.interp.stderr.write(ts, Ops.str(ts, a[0]));
            ts.interp.stderr.flush(ts);
            return Py.None;
        });
        // start_new_thread(function, args, kwargs=None) -> ident, as CPython's: the thread is not joined at exit
        // (CPython's threading joins its non-daemon threads itself, in threading._shutdown);
        // start_new_thread(function, args, kwargs, name, daemon=False, thread_object=None) -> handle: the
        // interpreter's own form, joined at exit unless daemon
        Modules.fn(d, "start_new_thread", (ts, a, kw) -> {
            PyObject[] p = Args.parse("start_new_thread", a, kw,
                    new String[] {"function", "args", "kwargs", "name", "daemon", "thread_object"}, 2);
            PyObject func = p[0];
            if (!Ops.isCallable(func)) {
                throw Py.typeError("first arg must be callable");
            }
            if (!(p[1] instanceof PyTuple)) {
                throw Py.typeError("2nd arg must be a tuple");
            }
            if (p[2] != null && p[2] != Py.None && !(p[2] instanceof PyDict)) {
                throw Py.typeError("optional 3rd arg must be a dictionary");
            }
            PyObject[] args = ((PyTuple) p[1]).items;
            String[] kwNames = null;
            if (p[2] instanceof PyDict && ((PyDict) p[2]).size() > 0) {
                // the call's arguments are bound now, as CPython's start_new_thread copies the dict
                PyDict kwd = (PyDict) p[2];
                PyObject[] ks = kwd.keysArray();
                kwNames = new String[ks.length];
                args = java.util.Arrays.copyOf(args, args.length + ks.length);
                for (int i = 0; i < ks.length; i++) {
                    if (!(ks[i] instanceof PyStr)) {
                        throw Py.typeError("keywords must be strings");
                    }
                    kwNames[i] = ((PyStr) ks[i]).value();
                    args[args.length - ks.length + i] = kwd.get(ts, ks[i]);
                }
            }
            PyObject[] callArgs = args;
            String[] callKw = kwNames;
            String name = p[3] == null || p[3] == Py.None ? threadName(ts, func) : Ops.str(ts, p[3]);
            boolean extended = p[3] != null || p[4] != null || p[5] != null;
            boolean daemon = !extended || p[4] != null && Ops.truth(ts, p[4]);
            PyObject tobj = p[5];
            Interpreter interp = ts.interp;
            Handle h = new Handle();
            long ident = IDENTS.incrementAndGet();
            Thread t = new Thread(null, () -> runThread(interp, ident, name, func, callArgs, callKw, tobj,
                    !extended, h), name, 512L << 20);
            t.setDaemon(true);
            h.thread = t;
            interp.activeThreads.incrementAndGet();
            if (!daemon) {
                interp.liveThreads.add(t);
            }
            t.start();
            return extended ? h : Py.newInt(ident);
        });
        d.putStr("_local", LOCAL);
        return new PyModule("_thread", d);
    }

    /**
     * The Java thread's name for {@code start_new_thread(func, ...)} without a name: CPython's threading starts
     * {@code Thread._bootstrap} bound to the Thread object, whose {@code _name} is the Python thread's name (the
     * name {@code transaction.stats()}, {@code --report} and JFR events show); else "Thread-N".
     */
    private static String threadName(ThreadState ts, PyObject func) {
        if (func instanceof PyMethod) {
            PyObject n = Ops.getattrOrNull(ts, ((PyMethod) func).self, "_name");
            if (n instanceof PyStr) {
                return Ops.str(ts, n);
            }
        }
        return "Thread-" + ts.interp.threadCounter.incrementAndGet();
    }

    static final java.util.concurrent.atomic.AtomicLong IDENTS = new java.util.concurrent.atomic.AtomicLong(1000);

    /**
     * The body of a thread started by {@code start_new_thread}: calls {@code func(*args, **kw)} (kw: the names of
     * the trailing arguments, or null). An exception other than SystemExit out of the plain form ({@code unraisable})
     * goes to sys.unraisablehook as "Exception ignored in thread started by" func, as CPython's; out of the
     * interpreter's own form it is reported as "Exception in thread NAME".
     */
    static void runThread(Interpreter interp, long ident, String name, PyObject func, PyObject[] args, String[] kw,
            PyObject tobj, boolean unraisable, Handle h) {
        ThreadState ts = new ThreadState(interp, ident, name);
        ts.threadObject = tobj;
        ts.spawned = true;
        ts.attach();
        interp.spawnedThreads.add(Thread.currentThread());
        interp.gil.acquire();
        try {
            ts.frame = null;
            Ops.call(ts, func, args, kw);
        } catch (PyException e) {
            if (!e.exc.isInstance(Exc.SystemExit)) {
                if (unraisable) {
                    reportUnraisable(ts, name, e.exc, func);
                } else {
                    report(interp, ts, name, e.exc, null);
                }
            }
        } catch (ThreadExit e) {
            // a daemon thread stopped at interpreter exit: silently
        } catch (StackOverflowError e) {
            report(interp, ts, name, null, "RecursionError: maximum recursion depth exceeded");
        } catch (Throwable e) {
            // not a Python exception: an interpreter bug (or an engine error), reported, never hidden, and the
            // thread still ends properly so that join() returns
            report(interp, ts, name, null, "SystemError: internal error: " + e);
        } finally {
            h.done = true;
            interp.activeThreads.decrementAndGet();
            // stdout is shared: flushed from a dispatch loop, as a transaction in STM mode (OutsideLoop says why)
            try {
                OutsideLoop.call(ts, (t, a, k) -> {
                    // its generators still on the deferred list: armed, so that a dropped one is closed
                    org.stmj.python.objects.Finalizers.flushGuarded(t);
                    dropLocals(t);
                    t.interp.flushStdout(t);
                    return Py.None;
                });
            } catch (ThreadExit | PyException e) {
                // stopped at interpreter exit, or the stream is gone: nothing more to write
            }
            // its list is empty now (flushed above, or taken by a collection since): no other thread needs it
            interp.guardedLists.remove(ts.guarded);
            interp.gil.release();
            ThreadState.detach();
            org.stmj.python.vm.ConflictLocator.threadEnded();
            interp.spawnedThreads.remove(Thread.currentThread());
            Signals.threadEnded();
            // before joiners wake: the STM's logs of this (now idle) thread keep what its last transactions wrote
            // over, such as the thread-local dicts just dropped, until its Java thread has died (a joiner's
            // gc.collect() could come first); does nothing in GIL mode
            org.stmj.api.Atomic.releaseRetainedReferences();
            // the thread-state locks of this thread are released: joins waiting on them wake now
            Runnable end = ts.atEnd;
            if (end != null) {
                end.run();
            }
        }
    }

    /**
     * At a thread's end: removes its dicts from the {@code _thread._local} objects it used, so that their values
     * can be freed (their {@code __del__} and weakref callbacks run), as CPython does with the thread state.
     */
    static void dropLocals(ThreadState ts) {
        if (ts.locals == null) {
            return;
        }
        PyList used = (PyList) ts.locals;
        ts.locals = null;
        PyObject key = Py.newInt(ts.ident);
        for (int i = 0; i < used.size; i++) {
            ((Local) used.items[i]).perThread.remove(ts, key);
        }
    }

    /**
     * Hands {@code exc}, raised by {@code func} of a thread started by {@code start_new_thread}, to
     * sys.unraisablehook with CPython's message, from a dispatch loop ({@link OutsideLoop}); if that fails, reports
     * it as {@link #report} does.
     */
    private static void reportUnraisable(ThreadState ts, String name, PyBaseException exc, PyObject func) {
        try {
            OutsideLoop.call(ts, (t, a, kw) -> {
                t.interp.flushStdout(t);
                t.interp.writeUnraisable(t, exc, Py.str("Exception ignored in thread started by"), func);
                t.interp.stderr.flush(t);
                return Py.None;
            });
        } catch (PyException e) {
            report(ts.interp, ts, name, exc, null);
        }
    }

    /**
     * Writes "Exception in thread NAME:" and the exception's traceback ({@code exc}) or the given line to stderr,
     * from a dispatch loop ({@link OutsideLoop}); if even that fails, to the JVM's standard error.
     */
    private static void report(Interpreter interp, ThreadState ts, String name, PyBaseException exc, String line) {
        try {
            OutsideLoop.call(ts, (t, a, kw) -> {
                t.interp.flushStdout(t);
                t.interp.stderr.write(t, "Exception in thread " + name + ":\n"
                        + (exc != null ? t.interp.formatException(t, exc) : line + "\n"));
                t.interp.stderr.flush(t);
                return Py.None;
            });
        } catch (RuntimeException | ThreadExit | StackOverflowError e) {
            System.err.println("Exception in thread " + name + ":\n" + (exc != null ? exc.toString() : line));
        }
    }

    /**
     * threading.local: attributes per thread, kept in a dict keyed by thread ident. As CPython's
     * {@code _thread._local}: the construction arguments are kept, and a thread's first use of the object runs
     * the class's {@code __init__} with them in that thread (a subclass's per-thread defaults); a class without an
     * own {@code __init__} takes no arguments.
     */
    static final class Local extends PyObject {
        PyType type;
        final PyDict perThread = new PyDict();
        /** The arguments of the construction call (names of the trailing keyword ones in {@link #kw}). */
        PyObject[] args = new PyObject[0];
        String[] kw;
        /** The values of the class's {@code __slots__}: shared by all threads, as in CPython. */
        final PyDict slots = new PyDict();

        @Override
        public PyDict slotDict() {
            return slots;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            ThreadState ts = ThreadState.current();
            PyObject key = Py.newInt(ts == null ? 0 : ts.ident);
            PyObject d = perThread.get(ts, key);
            if (d == null) {
                d = new PyDict();
                perThread.put(ts, key, d);
                if (ts != null && ts.spawned) {
                    if (ts.locals == null) {
                        ts.locals = new PyList();
                    }
                    ((PyList) ts.locals).append(this);
                }
                PyObject init = type.lookup("__init__");
                if (ts != null && init != null && init != LOCAL_INIT) {
                    try {
                        Ops.call(ts, Ops.bindDescr(ts, init, this, type), args, kw);
                    } catch (RuntimeException e) {
                        perThread.remove(ts, key);
                        throw e;
                    }
                }
            }
            return (PyDict) d;
        }
    }

    /** {@code _local.__init__}, which does nothing: a class that inherits it has no per-thread initialiser. */
    static final PyBuiltin LOCAL_INIT = new PyBuiltin("__init__", (ts, a, kw) -> Py.None, null, "_local");

    static final PyType LOCAL = new PyType("_local", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        if (a.length > 0 && cls.lookup("__init__") == LOCAL_INIT) {
            throw Py.typeError("Initialization arguments are not supported");
        }
        Local l = new Local();
        l.type = cls;
        l.args = a;
        l.kw = kw;
        // the creating thread's dict: its __init__ is the one the construction call runs
        l.perThread.put(ts, Py.newInt(ts == null ? 0 : ts.ident), new PyDict());
        return l;
    });

    static {
        LOCAL.dict.putStr("__module__", Py.str("_thread"));
        LOCAL.dict.putStr("__init__", LOCAL_INIT);
    }
}
