package org.stmj.transform;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where translation time goes, per stage, summed over all threads as CPU time of the thread that ran them (so that the
 * numbers hold on a loaded machine): reading
 * the class into a tree ({@link #PARSE}), the adapter chain ({@link #PASSES}), writing with stack-map frames
 * computed ({@link #WRITE}), verifying the output ({@link #VERIFY}). Counted only while {@link #enabled}; the
 * translator's {@code --stats} turns it on and prints {@link #summary}.
 */
public final class Stages {
    /** Whether stages are timed (a plain static: set once before translating). */
    public static volatile boolean enabled;

    static final LongAdder PARSE = new LongAdder();
    static final LongAdder PASSES = new LongAdder();
    static final LongAdder WRITE = new LongAdder();
    static final LongAdder VERIFY = new LongAdder();

    private Stages() {
    }

    static final LongAdder METHODS_VERIFIED = new LongAdder();
    static final LongAdder METHODS_SKIPPED = new LongAdder();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The current thread's CPU time in nanoseconds when timing is on, 0 otherwise. */
    static long start() {
        return enabled ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Adds the time since {@code t0} to {@code stage} and returns the current time (for the next stage). */
    static long lap(LongAdder stage, long t0) {
        if (!enabled) {
            return 0;
        }
        long now = THREADS.getCurrentThreadCpuTime();
        stage.add(now - t0);
        return now;
    }

    /** One line: CPU milliseconds per stage, summed over threads. */
    public static String summary() {
        return String.format("CPU: parse %d ms, passes %d ms, write+frames %d ms, verify %d ms (%d methods verified,"
                + " %d unchanged originals skipped)", PARSE.sum() / 1_000_000, PASSES.sum() / 1_000_000,
                WRITE.sum() / 1_000_000, VERIFY.sum() / 1_000_000, METHODS_VERIFIED.sum(), METHODS_SKIPPED.sum());
    }
}
