package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The array helpers on guarded arrays ({@code guardedArrays}): {@code System.arraycopy}, {@code Arrays.copyOf} /
 * {@code copyOfRange} and {@code clone()} of an array held by a guarded field become {@code TxArrays}' guarded
 * versions, which take the holder and read and write the elements through its lock word (no stripe); a copy whose
 * holder local was reassigned is refused; and the property the guarded protocol relies on, that every
 * transactional access of the array goes through its one holder's word, holds through the helpers: a reader that
 * copies the array in one transaction never sees a shifted, grown or moved array half-way (two writer threads,
 * also under {@code -Dstmj.chaos=0.2}, which the surefire configuration passes on).
 */
class GuardedArrayHelperTest {
    static final String L = "org.stmj.transform.fixtures.GuardedList";

    static Config guarded() {
        return Config.packages("org.stmj.transform.fixtures").with("guardedArrays", L + ".items");
    }

    private static byte[] original() throws Exception {
        try (InputStream in = GuardedArrayHelperTest.class.getClassLoader()
                .getResourceAsStream(L.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The fixture without {@code copyAfterReassign} (refused when {@code items} is guarded). */
    private static byte[] accepted() throws Exception {
        ClassNode cn = classNode(original());
        cn.methods.removeIf(m -> m.name.equals("copyAfterReassign"));
        ClassWriter cw = new ClassWriter(0);
        cn.accept(cw);
        return cw.toByteArray();
    }

    private static ClassNode classNode(byte[] b) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, 0);
        return cn;
    }

    private static Map<String, Integer> calls(byte[] transformed, String method) {
        Map<String, Integer> n = new HashMap<>();
        for (MethodNode m : classNode(transformed).methods) {
            if (m.name.equals(method)) {
                for (AbstractInsnNode i : m.instructions) {
                    if (i instanceof MethodInsnNode mi) {
                        n.merge(mi.owner.substring(mi.owner.lastIndexOf('/') + 1) + "." + mi.name, 1, Integer::sum);
                    }
                }
            }
        }
        return n;
    }

    private static int striped(Map<String, Integer> c) {
        int n = 0;
        for (String k : new String[] {"Barriers.readRefArray", "Barriers.writeRefArray", "TxArrays.arraycopy",
            "TxArrays.copyOf", "TxArrays.copyOfRange", "TxArrays.cloneArray", "System.arraycopy",
            "Arrays.copyOf", "Arrays.copyOfRange"}) {
            n += c.getOrDefault(k, 0);
        }
        return n;
    }

    @Test
    void whenGuardedArrayIsPassedToAHelper_thenTheGuardedVersionTakesItsHolder() throws Exception {
        byte[] out = new Transformer(guarded()).transform(getClass().getClassLoader(), accepted(), true);
        Map<String, Integer> add = calls(out, "add$stm");
        assertEquals(1, add.getOrDefault("TxArrays.copyOfGuarded", 0), add.toString());
        assertEquals(0, striped(add), add.toString());
        Map<String, Integer> first = calls(out, "addFirst$stm");
        assertEquals(1, first.getOrDefault("TxArrays.arraycopyGuarded", 0), first.toString());
        assertEquals(0, striped(first), first.toString());
        Map<String, Integer> snap = calls(out, "snapshot$stm");
        assertEquals(1, snap.getOrDefault("TxArrays.copyOfRangeGuarded", 0), snap.toString());
        assertEquals(1, calls(out, "cloneItems$stm").getOrDefault("TxArrays.cloneGuarded", 0));
        Map<String, Integer> move = calls(out, "moveAllFrom$stm");
        assertEquals(1, move.getOrDefault("TxArrays.arraycopyGuarded", 0), move.toString());
        assertEquals(0, striped(move), move.toString());
        Map<String, Integer> both = calls(out, "both$stm");
        assertEquals(2, both.getOrDefault("TxArrays.arraycopyGuarded", 0), both.toString());
        Map<String, Integer> plain = calls(new Transformer(Config.packages("org.stmj.transform.fixtures"))
                .transform(getClass().getClassLoader(), original(), true), "addFirst$stm");
        assertEquals(1, plain.getOrDefault("TxArrays.arraycopy", 0), "without the key: stripes, " + plain);
    }

    @Test
    void whenHolderLocalIsReassignedBeforeTheCopy_thenClassIsRefused() throws Exception {
        byte[] b = original();
        TransformException e = assertThrows(TransformException.class,
                () -> new Transformer(guarded()).transform(getClass().getClassLoader(), b, true));
        assertTrue(e.getMessage().contains("copyAfterReassign") && e.getMessage().contains("GuardedList.items"),
                e.getMessage());
    }

    private static Class<?> load() throws Exception {
        byte[] b = accepted();
        ClassLoader loader = new ClassLoader(GuardedArrayHelperTest.class.getClassLoader()) {
            private final Transformer tr = new Transformer(guarded());

            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(L)) {
                    return super.loadClass(name, resolve);
                }
                synchronized (this) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        try {
                            byte[] t = tr.transform(this, b, true);
                            c = defineClass(name, t, 0, t.length);
                        } catch (Exception ex) {
                            throw new ClassNotFoundException(name, ex);
                        }
                    }
                    return c;
                }
            }
        };
        return Class.forName(L, true, loader);
    }

    @Test
    void whenOneThreadUsesTheHelpers_thenResultsAreTheJdkOnes() throws Exception {
        Class<?> cls = load();
        Object l = cls.getConstructor(int.class).newInstance(1);
        Method add = cls.getMethod("add", Object.class);
        Method addFirst = cls.getMethod("addFirst", Object.class);
        for (int i = 0; i < 5; i++) {
            add.invoke(l, i);
        }
        addFirst.invoke(l, -1);
        assertEquals(-1, cls.getMethod("removeFirst").invoke(l));
        cls.getMethod("rotate").invoke(l);
        assertArrayEquals(new Object[] {4, 0, 1, 2, 3}, (Object[]) cls.getMethod("snapshot").invoke(l));
        assertEquals(8, ((Object[]) cls.getMethod("cloneItems").invoke(l)).length);
        Object m = cls.getConstructor(int.class).newInstance(2);
        add.invoke(m, "x");
        cls.getMethod("moveAllFrom", cls).invoke(m, l);
        assertArrayEquals(new Object[] {"x", 4, 0, 1, 2, 3}, (Object[]) cls.getMethod("snapshot").invoke(m));
        assertEquals(0, ((Object[]) cls.getMethod("snapshot").invoke(l)).length);
        assertArrayEquals(new Object[] {"x", 4, 0, 1, 2, 3}, (Object[]) cls.getMethod("both", cls, cls)
                .invoke(null, l, m));
    }

    @Test
    void whenWritersShiftGrowAndMoveWhileAReaderCopies_thenEveryCopyIsWhole() throws Exception {
        Class<?> cls = load();
        int k = 16;
        Object a = cls.getConstructor(int.class).newInstance(k);
        Object b = cls.getConstructor(int.class).newInstance(2);
        Method add = cls.getMethod("add", Object.class);
        for (int i = 0; i < k; i++) {
            add.invoke(a, i);
        }
        Method rotate = cls.getMethod("rotate");
        Method trim = cls.getMethod("trim");
        Method move = cls.getMethod("moveAllFrom", cls);
        Method both = cls.getMethod("both", cls, cls);
        Object[] expect = new Object[k];
        for (int i = 0; i < k; i++) {
            expect[i] = i;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        int n = 4_000;
        Thread[] ts = new Thread[3];
        for (int t = 0; t < 2; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        Object from = (i & 1) == 0 ? a : b;
                        Object to = from == a ? b : a;
                        if (i % 64 == 0) {
                            move.invoke(to, from); // both lists' words, the arrays replaced
                        } else if (i % 16 == 0) {
                            trim.invoke(id == 0 ? a : b);
                        } else {
                            rotate.invoke(from); // shift and growth inside one list (nothing when empty)
                        }
                    }
                } catch (Throwable x) {
                    failure.compareAndSet(null, x);
                }
            });
        }
        ts[2] = new Thread(() -> {
            try {
                while (!done.get()) {
                    Object[] all = (Object[]) both.invoke(null, a, b);
                    Object[] sorted = all.clone();
                    Arrays.sort(sorted);
                    if (!Arrays.equals(expect, sorted)) {
                        failure.compareAndSet(null, new AssertionError("a torn copy: " + Arrays.toString(all)));
                    }
                }
            } catch (Throwable x) {
                failure.compareAndSet(null, x);
            }
        });
        for (Thread t : ts) {
            t.start();
        }
        ts[0].join();
        ts[1].join();
        done.set(true);
        ts[2].join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        Object[] all = (Object[]) both.invoke(null, a, b);
        Arrays.sort(all);
        assertArrayEquals(expect, all);
    }
}
