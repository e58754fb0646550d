package org.stmj.python.modules;

import org.stmj.api.Atomic;
import org.stmj.api.annotation.ThreadConfined;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyObject;
import org.stmj.python.vm.ThreadState;

/**
 * Signals pending for the main thread: what {@code _thread.interrupt_main()} called from another thread leaves for
 * it (CPython trips the signal, and the main thread runs the Python handler at its next check). Here the main
 * thread checks at its blocking waits: every lock acquisition that has to wait (a trip wakes the wait the main
 * thread is in, {@link #mainWait}), and every {@code join}/{@code is_alive} of a thread; the handler
 * then runs there, on the main thread, and its exception (KeyboardInterrupt for SIGINT's default handler) comes
 * out of the wait, as CPython's lock acquisition raises what a handler raised. A main thread that computes without
 * blocking sees the signal at its next bytecode boundary, as CPython's eval breaker: a trip sets the GIL's breaker
 * ({@link org.stmj.python.vm.Gil#requestSignalCheck}), which the boundary reads anyway.
 *
 * <p>The pending set is one word per interpreter, {@code @ThreadConfined} (no barrier and no rollback in STM mode):
 * a trip sets its bit after its transaction commits, and the main thread clears the set before it runs the
 * handlers and sets it again if that transaction rolls back, so each trip runs them once.
 */
public final class Signals {
    @ThreadConfined
    private volatile long pending;
    /**
     * The queue the main thread waits on, or null: a trip wakes it there (a spurious wake-up for the queue's other
     * waiters, which look again). The main thread sets it before it samples the queue and looks at
     * {@link #any()} after, and a trip sets {@link #pending} before it reads this field (both volatile): either the
     * main thread sees the signal before it waits, or the trip's wake-up comes after its sample and ends the wait.
     * {@code @ThreadConfined}: not Python state (no barrier, not rolled back).
     */
    @ThreadConfined
    volatile ThreadModule.WaitQueue mainWait;

    /** The interval timer and the dispositions its thread reads (life22: signal.alarm, setitimer, pause). */
    @ThreadConfined
    public final SignalTimer timer = new SignalTimer(this);

    /** The GIL whose breaker a signal sets, so that a busy main thread runs the handlers at its next bytecode. */
    @ThreadConfined
    private final org.stmj.python.vm.Gil gil;

    public Signals(org.stmj.python.vm.Gil gil) {
        this.gil = gil;
    }

    /** From a thread that runs no Python (the interval timer): records {@code bits} and wakes the main thread. */
    void deliver(long bits) {
        add(bits);
    }

    /**
     * Records signal {@code sig} (1..63) for the main thread once the running bytecode has taken effect (at once
     * under the GIL, after the commit under STM): a transaction that trips and then rolls back and runs again
     * would trip twice, and the main thread, woken at once, could run the handler for each.
     */
    void trip(int sig) {
        Atomic.afterCommit(new Pending(this, 1L << sig));
    }

    /** Signals to record: after the commit of a trip, or again after the rollback of a check that took them. */
    private static final class Pending implements Runnable {
        private final Signals signals;
        private final long bits;

        Pending(Signals signals, long bits) {
            this.signals = signals;
            this.bits = bits;
        }

        @Override
        public void run() {
            signals.add(bits);
        }
    }

    /**
     * How many interpreters have a signal pending (guarded by {@code Signals.class}; volatile for the unlocked read
     * of {@link #atSplit}): 0 almost always, so the STM loop's hook costs one read per transaction.
     */
    @ThreadConfined
    private static volatile int interpretersPending;

    /**
     * Non-zero while {@link #atSplit} has something to do (an interpreter with a signal pending, a thread to stop):
     * the STM loop's guard of its hook (stm.properties' {@code splitHookGuard}), which the loop twin reads plainly
     * so the hook's call costs its compiled code nothing while this stays 0. Only this class writes it, under
     * {@code Signals.class} ({@link #updateWanted}).
     */
    @ThreadConfined
    public static volatile int splitWanted;

    /** With {@code Signals.class} held, after {@link #interpretersPending} or {@link #stopping} changed. */
    private static void updateWanted() {
        splitWanted = interpretersPending != 0 || stopping.length != 0 ? 1 : 0;
    }

    private static void countPending(int delta) {
        synchronized (Signals.class) {
            interpretersPending += delta;
            updateWanted();
        }
    }

    /**
     * The STM dispatch loop's {@code splitHook} (stm.properties): called in each transaction that a boundary of the
     * loop's twin began, the STM build's eval breaker. The GIL loop's is {@link org.stmj.python.vm.Gil#boundary}.
     * When a signal waits, on the main thread: {@link #check} (the thread state's lookup makes the transaction
     * inevitable, so the handler runs once; on any other thread the same lookup, until the main thread has run it).
     */
    public static void atSplit() {
        Thread[] stop = stopping;
        if (stop.length != 0) {
            Thread me = Thread.currentThread();
            for (Thread t : stop) {
                if (t == me) {
                    // a daemon still running Python after its program ended (spinning in pure Python, which no
                    // blocking call stops) ends here, between two transactions, as under the GIL it ends at its next
                    // boundary (Gil#breaker); never inside `with atomic:`, where no boundary splits
                    throw org.stmj.python.vm.ThreadExit.INSTANCE;
                }
            }
        }
        if (interpretersPending != 0) {
            ThreadState ts = ThreadState.current();
            if (ts != null) {
                try {
                    check(ts);
                } catch (org.stmj.python.objects.PyException e) {
                    throw new org.stmj.python.vm.SignalRaised(e.exc);
                }
            }
        }
    }

    /**
     * The threads spawned by interpreters whose program has ended, still running then (copy on write, guarded by
     * {@code Signals.class} for writers; volatile and {@code @ThreadConfined} for the plain read of {@link #atSplit},
     * its elements never written once published): each ends at its next split. Empty almost always, so the hook
     * costs one read per transaction; the check compares {@code Thread.currentThread()}, so it makes no transaction
     * inevitable, as a thread state's lookup (a {@code ThreadLocal}) would, also in other programs of the JVM.
     */
    @ThreadConfined
    @org.stmj.api.annotation.ImmutableArray
    private static volatile Thread[] stopping = new Thread[0];

    /**
     * The program of {@code interp} has ended and its non-daemon threads were joined ({@code finalizing} is set): its
     * daemon threads still running end at their next split under STM ({@link #atSplit}), at their next boundary under
     * the GIL. Called outside any transaction ({@code ProgramEnd}).
     */
    public static void programEnded(org.stmj.python.vm.Interpreter interp) {
        synchronized (Signals.class) {
            java.util.List<Thread> l = new java.util.ArrayList<>(java.util.Arrays.asList(stopping));
            for (Thread t : interp.spawnedThreads) {
                if (t.isAlive() && !l.contains(t)) {
                    l.add(t);
                }
            }
            stopping = l.toArray(new Thread[0]);
            updateWanted();
        }
    }

    /** The calling thread, spawned by an interpreter, ends ({@code ThreadModule.runThread}, outside transactions). */
    public static void threadEnded() {
        if (stopping.length != 0) {
            Thread me = Thread.currentThread();
            synchronized (Signals.class) {
                java.util.List<Thread> l = new java.util.ArrayList<>(java.util.Arrays.asList(stopping));
                if (l.remove(me)) {
                    stopping = l.toArray(new Thread[0]);
                    updateWanted();
                }
            }
        }
    }

    private void add(long bits) {
        synchronized (this) {
            if (pending == 0 && bits != 0) {
                countPending(1);
            }
            pending |= bits;
        }
        gil.requestSignalCheck();
        ThreadModule.WaitQueue q = mainWait;
        if (q != null) {
            q.signal();
        }
    }

    /** Whether a signal waits (a plain read: no barrier). */
    public boolean any() {
        return pending != 0;
    }

    private synchronized long take() {
        long p = pending;
        pending = 0;
        if (p != 0) {
            countPending(-1);
        }
        return p;
    }

    /**
     * On the main thread: runs the Python handlers of the pending signals (in signal-number order), which may
     * raise. Elsewhere, or with nothing pending, does nothing.
     */
    public static void check(ThreadState ts) {
        Signals s = ts.interp.signals;
        if (!s.any() || ts != ts.interp.mainThread) {
            return;
        }
        long p = s.take();
        // under STM the check runs in a transaction, which may still roll back (the handler's effects with it):
        // then the signals are pending again, for the attempt that runs it again
        Atomic.afterRollback(new Pending(s, p));
        for (int sig = 1; sig < 64; sig++) {
            if ((p & (1L << sig)) != 0) {
                runHandler(ts, sig);
            }
        }
    }

    /** Calls the handler {@code signal.signal} installed for {@code sig}; SIG_DFL and SIG_IGN do nothing here. */
    static void runHandler(ThreadState ts, int sig) {
        PyObject signal = Ops.call(ts, ts.interp.builtins.getStr("__import__"), Py.str("_signal"));
        PyObject handler = Ops.call(ts, Ops.getattr(ts, signal, "getsignal"), Py.newInt(sig));
        if (handler instanceof PyInt || handler == Py.None) {
            return;
        }
        Ops.call(ts, handler, Py.newInt(sig), Py.None);
    }
}
