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
    /** The current version. Invariant: never decreases; every released lock word's version is at most it. */
    volatile long value;
}

/** The global version clock, alone on its cache line. */
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

    long get() {
        return value;
    }

    long incrementAndGet() {
        return (long) VALUE.getAndAdd(this, 1L) + 1L;
    }
}
