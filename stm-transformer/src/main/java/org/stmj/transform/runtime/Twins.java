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

    /** (receiver, args..., Txn)R: runs the original without inevitability (a {@link TxLambda} bridges itself). */
    private final MethodHandle plain;

    @Override
    protected MethodHandle computeValue(Class<?> c) {
        if (TxLambda.class.isAssignableFrom(c)) {
            return plain;
        }
        MethodHandle mh = find(c, twinName, twinType);
        return mh == null ? fallback : mh.asType(fallback.type());
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
