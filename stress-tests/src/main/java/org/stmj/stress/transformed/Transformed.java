package org.stmj.stress.transformed;

import java.lang.reflect.Method;
import org.stmj.transform.Config;
import org.stmj.transform.TransformingClassLoader;

/**
 * Loads the fixtures once per JVM, transformed, and makes fresh instances of them. The fixtures are defined by a
 * child-first loader from the class-file bytes of the application loader; a fixture class that comes out without
 * its {@code $stm} twins fails class initialisation here, so a test can never silently run untransformed code.
 */
final class Transformed {
    private static final String FIXTURES = "org.stmj.stress.transformed.fixture";
    private static final Class<? extends Counter> FIELD_COUNTER = load("FieldCounter", Counter.class);
    private static final Class<? extends Counter> ARRAY_COUNTER = load("ArrayCounter", Counter.class);
    private static final Class<? extends Pair> FIELD_PAIR = load("FieldPair", Pair.class);
    private static final Class<? extends Counter> CONFINED_COUNTER = load("ConfinedCounter", Counter.class);

    private Transformed() {
    }

    /** A fresh transformed {@code FieldCounter}. */
    static Counter fieldCounter() {
        return create(FIELD_COUNTER);
    }

    /** A fresh transformed {@code ArrayCounter}. */
    static Counter arrayCounter() {
        return create(ARRAY_COUNTER);
    }

    /** A fresh transformed {@code ConfinedCounter}. */
    static Counter confinedCounter() {
        return create(CONFINED_COUNTER);
    }

    /** A fresh transformed {@code FieldPair}. */
    static Pair fieldPair() {
        return create(FIELD_PAIR);
    }

    private static <T> T create(Class<? extends T> c) {
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + c.getName(), e);
        }
    }

    private static <T> Class<? extends T> load(String simpleName, Class<T> iface) {
        String name = FIXTURES + "." + simpleName;
        try {
            Class<?> c = Class.forName(name, true, Holder.LOADER);
            if (c.getClassLoader() != Holder.LOADER) {
                throw new IllegalStateException(name + " was not defined by the transforming loader");
            }
            for (Method m : iface.getMethods()) {
                c.getDeclaredMethod(m.getName() + "$stm", twinParams(m));
            }
            return c.asSubclass(iface);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(name + " was not transformed: missing twin " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load fixture " + name, e);
        }
    }

    private static Class<?>[] twinParams(Method m) throws ClassNotFoundException {
        Class<?>[] p = m.getParameterTypes();
        Class<?>[] t = java.util.Arrays.copyOf(p, p.length + 1);
        t[p.length] = Class.forName("org.stmj.core.Txn");
        return t;
    }

    /** The one transforming loader; in a holder so that it exists before the fixture fields are initialised. */
    private static final class Holder {
        static final ClassLoader LOADER = new TransformingClassLoader(Transformed.class.getClassLoader(),
                Config.packages(FIXTURES), false, FIXTURES + ".");
    }
}
