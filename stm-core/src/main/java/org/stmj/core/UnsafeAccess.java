package org.stmj.core;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/** The one place that obtains {@link Unsafe}; everything in the engine reads fields and lock words through it. */
final class UnsafeAccess {
    /** The JVM's Unsafe instance (never null once the class is initialised). */
    static final Unsafe U;

    static {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            U = (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("stmj: sun.misc.Unsafe is not available: " + e);
        }
    }

    private UnsafeAccess() {
    }
}
