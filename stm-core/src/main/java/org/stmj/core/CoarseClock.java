package org.stmj.core;

import java.util.concurrent.locks.LockSupport;

/**
 * A millisecond-grained time source for the "time lost in aborts" statistic, because {@link System#nanoTime()}
 * costs tens of nanoseconds on virtualised machines (60 ns measured here), more than a short transaction.
 * A daemon thread refreshes {@link #now} every millisecond; it is started by the first abort, so a program
 * that never aborts never runs it. Summed over many aborts, differences of this clock estimate the lost time
 * without bias (an attempt of length d < 1 ms sees a tick with probability d / 1 ms).
 */
final class CoarseClock {
    private CoarseClock() {
    }

    /** Nanoseconds at the last tick; 0 until the ticker starts. Only ever increases. */
    static volatile long now;

    private static volatile boolean started;

    static void start() {
        if (started) {
            return;
        }
        synchronized (CoarseClock.class) {
            if (started) {
                return;
            }
            now = System.nanoTime();
            // in the root thread group: the engine's ticker belongs to no program (a harness that runs each
            // program in its own group and waits for the group's threads must not wait for it)
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread t = new Thread(root, () -> {
                for (;;) {
                    LockSupport.parkNanos(1_000_000L);
                    now = System.nanoTime();
                }
            }, "stmj-coarse-clock");
            t.setDaemon(true);
            t.start();
            started = true;
        }
    }
}
