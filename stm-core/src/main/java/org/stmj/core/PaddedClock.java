package org.stmj.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Left padding of the clock, so that no other hot field shares its cache line. */
@SuppressWarnings("unused")
abstract class ClockPadLeft {
    long p0, p1, p2, p3, p4, p5, p6, p7;
}

/** The clock's value (between the paddings: superclass fields are laid out first). */
abstract class ClockValue extends ClockPadLeft {
    /**
     * The clock word: {@code (time << 1) | lazy}. Invariant: only ever increases as a number (an increment adds 2,
     * entering lazy mode sets the bit, leaving it clears the bit and adds one to the time); in eager mode (bit 0)
     * every released lock word's version is at most the time, in lazy mode (bit 1) at most the time plus one.
     */
    volatile long value;
}

/**
 * The global version clock, alone on its cache line (papers/design/engine.md, "An adaptive clock"). In eager mode
 * every writer's commit (and every rollback of in-place writes) increments it, so a writer whose increment starts
 * from the word it sampled at its snapshot knows that nobody else committed since; in lazy mode (TL2's GV5)
 * writers commit with the time plus one without writing the clock, and a transaction that meets a newer version
 * advances the clock to it: the clock's cache line is then written about once per snapshot extension instead of
 * once per commit, which is what two threads committing short transactions back to back pay for.
 */
@SuppressWarnings("unused")
final class PaddedClock extends ClockValue {
    long q0, q1, q2, q3, q4, q5, q6, q7;

    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(ClockValue.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The clock word (a volatile load). */
    long get() {
        return value;
    }

    /** The time of a clock word: the version a snapshot taken at that word has. */
    static long time(long word) {
        return word >>> 1;
    }

    /** Whether a clock word is in lazy mode. */
    static boolean isLazy(long word) {
        return (word & 1) != 0;
    }

    /** Adds one to the time, keeping the mode; returns the word before. */
    long getAndIncrement() {
        return (long) VALUE.getAndAdd(this, 2L);
    }

    /** Enters lazy mode from the eager word {@code c} (same time); whether the clock still held {@code c}. */
    boolean enterLazy(long c) {
        return VALUE.compareAndSet(this, c, c | 1);
    }

    /**
     * Leaves lazy mode from the lazy word {@code c}: eager at time {@code time(c) + 1}, the largest version a lazy
     * commit that read {@code c} gives; whether the clock still held {@code c}.
     */
    boolean leaveLazy(long c) {
        return VALUE.compareAndSet(this, c, (time(c) + 1) << 1);
    }

    /** Puts the clock into eager mode, as an adaptive clock's writers do after a while (for tests). */
    void makeEager() {
        for (long c = value; isLazy(c) && !leaveLazy(c); c = value) {
            Thread.onSpinWait();
        }
    }

    /** Puts the clock into lazy mode, as a writer that met an overlapping commit does (for tests). */
    void makeLazy() {
        for (long c = value; !isLazy(c) && !enterLazy(c); c = value) {
            Thread.onSpinWait();
        }
    }

    /**
     * Makes the time at least {@code version} (keeping the mode) and returns the word then in the clock. Only a
     * lazy clock can be behind a version (in eager mode every version is at most the time).
     */
    long advanceTo(long version) {
        for (;;) {
            long c = value;
            if (time(c) >= version || VALUE.compareAndSet(this, c, (version << 1) | (c & 1))) {
                return time(c) >= version ? c : (version << 1) | (c & 1);
            }
        }
    }
}
