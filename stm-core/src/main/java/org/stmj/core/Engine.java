package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * What the barriers ({@link Barriers}, {@link ConfinedBarriers}) need besides the descriptor: the layout of
 * arrays (element base offsets and the reference element shift) and the reflective lookups of field offsets and
 * static bases that transformed code resolves once per field.
 */
final class Engine {
    private Engine() {
    }

    static final long BOOLEAN_BASE = U.arrayBaseOffset(boolean[].class);
    static final long BYTE_BASE = U.arrayBaseOffset(byte[].class);
    static final long CHAR_BASE = U.arrayBaseOffset(char[].class);
    static final long SHORT_BASE = U.arrayBaseOffset(short[].class);
    static final long INT_BASE = U.arrayBaseOffset(int[].class);
    static final long LONG_BASE = U.arrayBaseOffset(long[].class);
    static final long FLOAT_BASE = U.arrayBaseOffset(float[].class);
    static final long DOUBLE_BASE = U.arrayBaseOffset(double[].class);
    static final long REF_BASE = U.arrayBaseOffset(Object[].class);
    static final int REF_SHIFT = 31 - Integer.numberOfLeadingZeros(U.arrayIndexScale(Object[].class));

    static long fieldOffset(Class<?> owner, String name) {
        Field f = field(owner, name);
        if (Modifier.isStatic(f.getModifiers())) {
            throw new IllegalArgumentException("stmj: " + owner.getName() + "." + name + " is static");
        }
        return U.objectFieldOffset(f);
    }

    @SuppressWarnings("deprecation")
    static Object staticBase(Class<?> owner, String name) {
        Field f = staticField(owner, name);
        try {
            // Unsafe accesses do not initialise the class the way GETSTATIC would, so do it here
            Class.forName(owner.getName(), true, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("stmj: cannot initialise " + owner.getName(), e);
        }
        return U.staticFieldBase(f);
    }

    @SuppressWarnings("deprecation")
    static long staticOffset(Class<?> owner, String name) {
        return U.staticFieldOffset(staticField(owner, name));
    }

    private static Field staticField(Class<?> owner, String name) {
        Field f = field(owner, name);
        if (!Modifier.isStatic(f.getModifiers())) {
            throw new IllegalArgumentException("stmj: " + owner.getName() + "." + name + " is not static");
        }
        return f;
    }

    private static Field field(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException("stmj: " + owner.getName() + " declares no field '" + name + "'");
        }
    }
}
