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
 * blocking sees the signal at its next wait (CPython would see it at its next bytecode).
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

    public Signals() {
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

    private void add(long bits) {
        synchronized (this) {
            pending |= bits;
        }
        ThreadModule.WaitQueue q = mainWait;
        if (q != null) {
            q.signal();
        }
    }

    /** Whether a signal waits (a plain read: no barrier). */
    boolean any() {
        return pending != 0;
    }

    private synchronized long take() {
        long p = pending;
        pending = 0;
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
