package org.stmj.core;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A millisecond-grained time source for the "time lost in aborts" statistic, because {@link System#nanoTime()}
 * costs tens of nanoseconds on virtualised machines (60 ns measured here), more than a short transaction.
 * A daemon thread refreshes {@link #now} every millisecond; it is started by the first abort, so a program
 * that never aborts never runs it. Summed over many aborts, differences of this clock estimate the lost time
 * without bias (an attempt of length d < 1 ms sees a tick with probability d / 1 ms).
 *
 * <p>The ticker parks for good after {@link #IDLE_TICKS} ticks without an abort (a program that aborted a few
 * times at its start, then runs conflict-free, paid about 1% of a CPU for a thousand wake-ups a second) and sets
 * {@link #now} to 0 first, which every begin then records as "not timed"; the next abort ({@link #used}) wakes it.
 * Aborts while it is parked, and attempts that began while it was parked, count no lost time: the statistic
 * under-counts only for the abort that wakes it and the attempts that run across the wake-up.
 */
final class CoarseClock {
    private CoarseClock() {
    }

    /** Ticks without an abort after which the ticker parks until the next abort. */
    static final int IDLE_TICKS = 64;

    /**
     * Nanoseconds at the last tick; 0 while the ticker is not running (not started, or parked). Increases while
     * it runs; a begin that reads 0 times nothing.
     */
    static volatile long now;

    /**
     * {@link #now} when the ticker last started or woke: an attempt that began before it (with a start from before
     * the ticker parked) counts its lost time from here, so the time parked is never counted.
     */
    private static volatile long resumedAt;

    /** Whether an abort happened since the ticker's last tick (set by aborts, cleared by the ticker). */
    private static volatile boolean aborted;

    private static final int NOT_STARTED = 0;
    private static final int RUNNING = 1;
    private static final int PARKED = 2;
    /** {@link #NOT_STARTED}, {@link #RUNNING} or {@link #PARKED}; RUNNING and PARKED only once the ticker exists. */
    private static final AtomicInteger STATE = new AtomicInteger(NOT_STARTED);

    /** The ticker thread; null before the first abort. */
    private static Thread ticker;

    /**
     * The time lost by an attempt that began at {@code start} (the value of {@link #now} it read) and aborts now:
     * 0 when it was not timed or the ticker is parked.
     */
    static long lostSince(long start) {
        long n = now;
        if (start == 0 || n == 0) {
            return 0;
        }
        return Math.max(0, n - Math.max(start, resumedAt));
    }

    /** Called at every abort: starts the ticker on the first, wakes it when parked, else notes the abort. */
    static void used() {
        int s = STATE.get();
        if (s == RUNNING) {
            if (!aborted) {
                aborted = true;
            }
        } else if (s == PARKED) {
            if (STATE.compareAndSet(PARKED, RUNNING)) {
                aborted = true;
                long t = System.nanoTime();
                resumedAt = t;
                now = t;
                LockSupport.unpark(ticker);
            }
        } else {
            start();
        }
    }

    private static void start() {
        synchronized (CoarseClock.class) {
            if (STATE.get() != NOT_STARTED) {
                return;
            }
            long t0 = System.nanoTime();
            resumedAt = t0;
            now = t0;
            // in the root thread group: the engine's ticker belongs to no program (a harness that runs each
            // program in its own group and waits for the group's threads must not wait for it)
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread t = new Thread(root, CoarseClock::tick, "stmj-coarse-clock");
            t.setDaemon(true);
            ticker = t;
            STATE.set(RUNNING);
            t.start();
        }
    }

    /** The ticker's loop. */
    private static void tick() {
        int idle = 0;
        for (;;) {
            LockSupport.parkNanos(1_000_000L);
            if (aborted) {
                aborted = false;
                idle = 0;
            } else if (++idle >= IDLE_TICKS) {
                idle = 0;
                // "not timed" first, then the state: an abort that wakes us after this sets a fresh time
                now = 0;
                STATE.set(PARKED);
                while (STATE.get() == PARKED) {
                    LockSupport.park();
                }
                continue;
            }
            now = System.nanoTime();
        }
    }
}
