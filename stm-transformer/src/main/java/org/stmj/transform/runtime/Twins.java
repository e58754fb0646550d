package org.stmj.transform.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Finds, per receiver class, the transactional twin of one method, for one dynamic call site. */
final class Twins extends ClassValue<MethodHandle> {
    static final MethodHandle CHOOSE;

    static {
        try {
            CHOOSE = MethodHandles.lookup().findVirtual(Twins.class, "choose",
                    MethodType.methodType(MethodHandle.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String twinName;
    /** The twin's type without the receiver: the original parameters, then {@code Txn}. */
    private final MethodType twinType;
    /** (receiver, args..., Txn)R: makes the transaction inevitable and runs the original method. */
    private final MethodHandle fallback;

    Twins(String twinName, MethodType twinType, MethodHandle fallback, MethodHandle plain) {
        this.twinName = twinName;
        this.twinType = twinType;
        this.fallback = fallback;
        this.plain = plain;
    }

    MethodHandle choose(Object receiver) {
        return receiver == null ? fallback : get(receiver.getClass());
    }

    /**
     * (receiver, args..., Txn)R: runs the original without inevitability (a lambda of transformed code bridges
     * itself: {@link Rt#selfBridging}).
     */
    private final MethodHandle plain;

    @Override
    protected MethodHandle computeValue(Class<?> c) {
        if (Rt.selfBridgingClass(c) || isValueMethod(c)) {
            return plain;
        }
        MethodHandle mh = find(c, twinName, twinType);
        return mh == null ? fallback : mh.asType(fallback.type());
    }

    /**
     * Whether {@code c} is an immutable JDK value class (a string or a box) and the method one of
     * {@code equals/hashCode/toString/compareTo}: these read only the receiver's final state and, for
     * {@code equals}/{@code compareTo}, an argument of the same final class, so they need no inevitability.
     */
    private boolean isValueMethod(Class<?> c) {
        boolean value = c == String.class || c == Integer.class || c == Long.class || c == Short.class
                || c == Byte.class || c == Character.class || c == Boolean.class || c == Float.class
                || c == Double.class;
        String m = twinName.substring(0, twinName.length() - "$stm".length());
        return value && (m.equals("equals") || m.equals("hashCode") || m.equals("toString") || m.equals("compareTo"));
    }

    /** The twin as a virtual handle on {@code c}, or {@code null} when {@code c} has none. */
    static MethodHandle find(Class<?> c, String name, MethodType type) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Method m = k.getDeclaredMethod(name, type.parameterArray());
                if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() != type.returnType()) {
                    return null;
                }
                m.setAccessible(true);
                return MethodHandles.lookup().unreflect(m);
            } catch (NoSuchMethodException e) {
                continue;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        try {
            Method m = c.getMethod(name, type.parameterArray());
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
