package org.stmj.transform.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatException;
import java.lang.invoke.StringConcatFactory;
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * Bootstrap methods and initializers for what transformed code uses: the offsets its {@code <clinit>} stores in
 * {@code static final} fields (folded by the JIT), the static-field bases (dynamic constants), and the call sites
 * of virtual calls to untransformed methods and of string concatenation.
 */
public final class Bootstraps {
    private Bootstraps() {
    }

    /**
     * Dynamic constant: the base of static field {@code field} of {@code owner}. Initializes {@code owner} first,
     * as the {@code GETSTATIC}/{@code PUTSTATIC} it replaces would have.
     */
    public static Object staticBase(MethodHandles.Lookup l, String name, Class<?> type, String owner, String field)
            throws ClassNotFoundException {
        return Barriers.staticBase(load(l, owner, true), field);
    }

    /** For a transformed class's {@code <clinit>}: the offset of instance field {@code field} of {@code owner}. */
    public static long instanceOffset(Class<?> caller, String owner, String field) throws ClassNotFoundException {
        return Barriers.fieldOffset(Class.forName(owner, false, caller.getClassLoader()), field);
    }

    /** For a transformed class's {@code <clinit>}: the offset of static field {@code field} of {@code owner}. */
    public static long staticOffsetOf(Class<?> caller, String owner, String field) throws ClassNotFoundException {
        return Barriers.staticOffset(Class.forName(owner, false, caller.getClassLoader()), field);
    }

    /** The named class as the caller's loader sees it (by name: no access check on a declaring class). */
    private static Class<?> load(MethodHandles.Lookup l, String owner, boolean initialize)
            throws ClassNotFoundException {
        return Class.forName(owner, initialize, l.lookupClass().getClassLoader());
    }

    /**
     * Call site for a virtual call, inside a transaction, to a method declared by a class that is not transformed
     * (such as {@code Object.toString} or {@code Comparable.compareTo}). The site's type is the original call's
     * with the receiver first and the transaction last. When the receiver's class has a transactional twin of the
     * method, the twin runs; otherwise the original method runs, after making the transaction inevitable unless
     * {@code pure} is 1 (the original is known to touch no transactional state).
     */
    public static CallSite virtual(MethodHandles.Lookup caller, String name, MethodType type, Class<?> owner,
            String site, int pure) throws ReflectiveOperationException {
        int n = type.parameterCount();
        MethodType origType = type.dropParameterTypes(n - 1, n).dropParameterTypes(0, 1);
        MethodHandle original = caller.findVirtual(owner, name, origType).asType(type.dropParameterTypes(n - 1, n));
        MethodHandle inevitable = MethodHandles.insertArguments(Rt.Handles.INEVITABLE, 1, site);
        MethodHandle fallback = MethodHandles.dropArguments(original, n - 1, Txn.class);
        MethodHandle plain = fallback;
        if (pure == 0) {
            fallback = MethodHandles.foldArguments(fallback, n - 1, inevitable);
        }
        Twins twins = new Twins(name + "$stm", type.dropParameterTypes(0, 1), fallback, plain);
        MethodHandle chooser = Twins.CHOOSE.bindTo(twins)
                .asType(MethodType.methodType(MethodHandle.class, type.parameterType(0)));
        chooser = MethodHandles.dropArguments(chooser, 1, type.parameterList().subList(1, n));
        MethodHandle target = MethodHandles.foldArguments(MethodHandles.exactInvoker(type), chooser);
        return new ConstantCallSite(target);
    }

    /**
     * {@code StringConcatFactory.makeConcatWithConstants} for transformed code: object arguments are turned into
     * strings by {@link Rt#stringOf}, which runs a transformed {@code toString} transactionally.
     */
    public static CallSite concat(MethodHandles.Lookup l, String name, MethodType type, String recipe,
            Object... constants) throws StringConcatException {
        MethodType asStrings = type;
        for (int i = 0; i < type.parameterCount(); i++) {
            if (needsStringOf(type.parameterType(i))) {
                asStrings = asStrings.changeParameterType(i, String.class);
            }
        }
        MethodHandle mh = StringConcatFactory.makeConcatWithConstants(l, name, asStrings, recipe, constants)
                .getTarget();
        for (int i = 0; i < type.parameterCount(); i++) {
            if (needsStringOf(type.parameterType(i))) {
                mh = MethodHandles.filterArguments(mh, i,
                        Rt.Handles.STRING_OF.asType(MethodType.methodType(String.class, type.parameterType(i))));
            }
        }
        return new ConstantCallSite(mh);
    }

    /** {@code StringConcatFactory.makeConcat} for transformed code, as {@link #concat}. */
    public static CallSite concatPlain(MethodHandles.Lookup l, String name, MethodType type)
            throws StringConcatException {
        return concat(l, name, type, "\u0001".repeat(type.parameterCount()));
    }

    private static boolean needsStringOf(Class<?> c) {
        return !c.isPrimitive() && c != String.class && c != Integer.class && c != Long.class && c != Short.class
                && c != Byte.class && c != Character.class && c != Boolean.class && c != Float.class
                && c != Double.class;
    }
}
