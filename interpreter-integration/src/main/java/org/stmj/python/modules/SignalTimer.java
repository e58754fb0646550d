package org.stmj.python.modules;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The process's real-time interval timer ({@code signal.setitimer(ITIMER_REAL)}, {@code signal.alarm}) and the
 * delivery of its SIGALRM, per interpreter. The JVM owns the process's signals, so the timer is a daemon thread of
 * the JVM's, which runs no Python: at expiry it looks at the disposition {@code signal.signal} last set
 * ({@link #setDisposition}): a Python handler makes the signal pending for the main thread ({@link Signals}) and wakes
 * it where it sleeps ({@code time.sleep}, {@code signal.pause}: {@link #parkMain}) or waits for a lock; SIG_IGN
 * drops it; SIG_DFL ends the process at once with status 128 + 14, without flushing, as the kernel's default action
 * ends CPython ("Alarm clock" in a shell).
 *
 * <p>STM: not transformed (stm.properties excludes it): JVM-managed state, as WeakHandle. Its state is guarded by
 * its own monitor; the calls from transformed code make their transaction inevitable (the call policy's default),
 * which is right for a timer that no rollback can unset.
 */
public final class SignalTimer {
    static final int SIGALRM = 14;
    private final Signals signals;
    /**
     * Per signal, bit {@code 1 << sig}: a Python handler is installed. SIGINT's at start:
     * {@code default_int_handler}.
     */
    private volatile long handled = 1L << 2;
    /** Per signal: SIG_IGN is installed. */
    private volatile long ignored;
    /** The main thread while it is parked in {@link #parkMain}, else null. */
    private volatile Thread sleeper;
    /** Invariant (guarded by this): null when the timer is off; else the pending expiry, at {@link #deadline}. */
    private ScheduledFuture<?> task;
    private ScheduledThreadPoolExecutor exec;
    private long deadline;
    private long interval;
    /** Invariant (guarded by this): counts schedulings; a scheduled expiry fires only while it is the current one. */
    private long generation;

    SignalTimer(Signals signals) {
        this.signals = signals;
    }

    /** {@code signal.signal(sig, h)}: mode 0 SIG_DFL, 1 SIG_IGN, 2 a Python handler. */
    public void setDisposition(int sig, int mode) {
        long bit = 1L << sig;
        synchronized (this) {
            handled = mode == 2 ? handled | bit : handled & ~bit;
            ignored = mode == 1 ? ignored | bit : ignored & ~bit;
        }
    }

    /**
     * {@code setitimer(ITIMER_REAL, value, interval)}: the timer fires after {@code value} seconds (0: off), then
     * every {@code interval}; returns the previous setting, {remaining, interval} in seconds.
     */
    public synchronized double[] set(double value, double every) {
        double[] old = get();
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        long v = toNanos(value);
        if (v > 0) {
            if (exec == null) {
                exec = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "stmpy-itimer");
                    t.setDaemon(true);
                    return t;
                });
                exec.setRemoveOnCancelPolicy(true);
            }
            interval = toNanos(every);
            deadline = System.nanoTime() + v;
            schedule(v);
        } else {
            interval = 0;
            stop();
        }
        return old;
    }

    private static long toNanos(double s) {
        if (!(s > 0)) {
            return 0;
        }
        // setitimer's microseconds: a positive value below one still arms the timer
        return Math.max(1000L, (long) Math.ceil(s * 1e6) * 1000L);
    }

    /** {@code getitimer(ITIMER_REAL)}: {remaining, interval} in seconds, {0, 0} when off. */
    public synchronized double[] get() {
        if (task == null) {
            return new double[] {0.0, 0.0};
        }
        long left = Math.max(1000L, deadline - System.nanoTime());
        return new double[] {(left / 1000L) / 1e6, (interval / 1000L) / 1e6};
    }

    /** Guarded by this: the next expiry, at {@link #deadline}, {@code delay} nanoseconds from now. */
    private void schedule(long delay) {
        long g = ++generation;
        task = exec.schedule(() -> fire(g, false), Math.max(0, delay), TimeUnit.NANOSECONDS);
    }

    /**
     * The expiry {@code g}: from the timer's thread, or ({@code early}) from the main thread that found the deadline
     * passed while the timer's thread had not run yet (a loaded machine can delay it by a sleep's whole length).
     */
    private void fire(long g, boolean early) {
        synchronized (this) {
            if (task == null || g != generation || early && deadline - System.nanoTime() > 0) {
                return;
            }
            task.cancel(false);
            if (interval > 0) {
                // the next expiry after now, as the kernel forwards an interval timer: periods missed while the
                // timer's thread was descheduled are one signal, not a burst that would nest the handler's calls
                // (loop28/itimer_busy_repeat counted 8 ticks for 5 under load)
                long now = System.nanoTime();
                deadline += interval;
                if (deadline - now <= 0) {
                    deadline += ((now - deadline) / interval + 1) * interval;
                }
                schedule(deadline - now);
            } else {
                task = null;
                stop();
            }
        }
        deliver(SIGALRM);
    }

    /** Nanoseconds to the timer's next expiry (at most 0 when it is due), or Long.MAX_VALUE when it is off. */
    private synchronized long toExpiry() {
        return task == null ? Long.MAX_VALUE : deadline - System.nanoTime();
    }

    /** The timer is off: its thread ends (none is left behind by a program, or an interpreter, that is done). */
    private void stop() {
        if (exec != null) {
            exec.shutdown();
            exec = null;
        }
    }

    /**
     * Delivers {@code sig} as the kernel would to the process: see the class comment (from the interval timer, and
     * from the JVM's handler of a real SIGINT, {@code Main}).
     */
    public void deliver(int sig) {
        long bit = 1L << sig;
        if ((handled & bit) != 0) {
            signals.deliver(bit);
            Thread t = sleeper;
            if (t != null) {
                LockSupport.unpark(t);
            }
        } else if ((ignored & bit) == 0) {
            Runtime.getRuntime().halt(128 + sig);
        }
    }

    /**
     * On the main thread, with the GIL released: sleeps until {@code deadlineNanos} ({@link System#nanoTime}) or a
     * signal is pending, whichever comes first (Long.MAX_VALUE: until a signal).
     */
    public void parkMain(long deadlineNanos) {
        sleeper = Thread.currentThread();
        try {
            while (true) {
                long expiry = toExpiry();
                if (expiry <= 0) {
                    // the kernel's timer would have fired by now: do not wait for a descheduled timer thread
                    long g;
                    synchronized (this) {
                        g = generation;
                    }
                    fire(g, true);
                    expiry = toExpiry();
                }
                if (signals.any()) {
                    return;
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, Math.max(1000L, Math.min(expiry, Math.min(left, 50_000_000L))));
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            sleeper = null;
        }
    }
}
