package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Guarded arrays ({@code guardedArrays}): element accesses of an array held by a configured field use the holder's
 * lock word (no stripe), a twin where such an array escapes is refused, and two threads updating elements of one
 * guarded array lose no update (also with {@code -Dstmj.chaos=0.2}, which the surefire configuration passes on).
 */
class GuardedArrayTest {
    static final String T = "org.stmj.transform.fixtures.GuardedTable";

    static Config guarded() {
        return Config.packages("org.stmj.transform.fixtures").with("guardedArrays", T + ".counts," + T + ".cells");
    }

    /** The fixture without its {@code leak} method (which is refused when {@code cells} is guarded). */
    private static byte[] withoutLeak() throws Exception {
        ClassNode cn = classNode(original());
        cn.methods.removeIf(m -> m.name.equals("leak"));
        ClassWriter cw = new ClassWriter(0);
        cn.accept(cw);
        return cw.toByteArray();
    }

    private static byte[] original() throws Exception {
        try (InputStream in = GuardedArrayTest.class.getClassLoader()
                .getResourceAsStream(T.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
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
                        n.merge(mi.name, 1, Integer::sum);
                    }
                }
            }
        }
        return n;
    }

    @Test
    void whenArrayFieldIsGuarded_thenElementAccessesUseTheHolderAndNoStripe() throws Exception {
        byte[] out = new Transformer(guarded()).transform(getClass().getClassLoader(), withoutLeak(), true);
        Map<String, Integer> add = calls(out, "add$stm");
        assertEquals(1, add.getOrDefault("readLongArrayGuarded", 0), add.toString());
        assertEquals(1, add.getOrDefault("writeLongArrayGuarded", 0), add.toString());
        assertEquals(0, add.getOrDefault("readLongArray", 0) + add.getOrDefault("writeLongArray", 0), add.toString());
        Map<String, Integer> put = calls(out, "put$stm");
        // the old cells are read guarded; the new array is written through the ordinary barriers until published
        assertTrue(put.getOrDefault("readRefArrayGuarded", 0) >= 1, put.toString());
        assertTrue(put.getOrDefault("writeRefArrayGuarded", 0) >= 1, put.toString());
        Map<String, Integer> first = calls(out, "firstNonNull$stm");
        assertEquals(2, first.getOrDefault("readRefArrayGuarded", 0), first.toString());
        Map<String, Integer> plain = calls(new Transformer(Config.packages("org.stmj.transform.fixtures"))
                .transform(getClass().getClassLoader(), original(), true), "add$stm");
        assertEquals(1, plain.getOrDefault("readLongArray", 0), "without the key: stripes, " + plain);
    }

    @Test
    void whenGuardedArrayEscapes_thenClassIsRefused() throws Exception {
        byte[] b = original();
        TransformException e = assertThrows(TransformException.class,
                () -> new Transformer(guarded()).transform(getClass().getClassLoader(), b, true));
        assertTrue(e.getMessage().contains("leak") && e.getMessage().contains("escapes"), e.getMessage());
    }

    @Test
    void whenTwoThreadsUpdateOneGuardedArray_thenNoUpdateIsLostAndReplacedArraysAreSeen() throws Exception {
        byte[] b = withoutLeak();
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            private final Transformer tr = new Transformer(guarded());

            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(T)) {
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
        Class<?> cls = Class.forName(T, true, loader);
        Object table = cls.getConstructor(int.class).newInstance(4);
        Method add = cls.getMethod("add", int.class, long.class);
        Method put = cls.getMethod("put", int.class, Object.class);
        Method sum = cls.getMethod("sum");
        int n = 20_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] ts = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        add.invoke(table, i & 3, 1L);
                        if (i % 1000 == 0) {
                            put.invoke(table, id * 50 + i / 1000, "v" + id + "." + i);
                        }
                    }
                } catch (Throwable x) {
                    failure.compareAndSet(null, x);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(2L * n, sum.invoke(table));
        Method first = cls.getMethod("firstNonNull", cls.arrayType(), int.class);
        Object arr = java.lang.reflect.Array.newInstance(cls, 1);
        java.lang.reflect.Array.set(arr, 0, table);
        for (int id = 0; id < 2; id++) {
            for (int k = 0; k < n / 1000; k++) {
                assertEquals("v" + id + "." + k * 1000, first.invoke(null, arr, id * 50 + k));
            }
        }
        assertNull(first.invoke(null, arr, 49));
    }
}
