package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Stable fields ({@code stableFields}): their accesses get the stable barriers, and a reader of two stable fields
 * that writers only change together never sees them differ, while no writer's update is lost (also with
 * {@code -Dstmj.chaos=0.2}, which the surefire configuration passes on).
 */
class StableFieldsTest {
    static final String T = "org.stmj.transform.fixtures.StableTags";

    static Config stable() {
        return Config.packages("org.stmj.transform.fixtures").with("stableFields", T + ".tag");
    }

    private static byte[] original() throws Exception {
        try (InputStream in = StableFieldsTest.class.getClassLoader()
                .getResourceAsStream(T.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Integer> calls(byte[] transformed, String method) {
        ClassNode cn = new ClassNode();
        new ClassReader(transformed).accept(cn, 0);
        Map<String, Integer> n = new HashMap<>();
        for (MethodNode m : cn.methods) {
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
    void whenFieldIsStable_thenItsAccessesUseTheStableBarriers() throws Exception {
        byte[] out = new Transformer(stable()).transform(getClass().getClassLoader(), original(), true);
        Map<String, Integer> bump = calls(out, "bumpBoth$stm");
        assertEquals(2, bump.getOrDefault("readLongStable", 0), bump.toString());
        assertEquals(2, bump.getOrDefault("writeLongStable", 0), bump.toString());
        assertEquals(0, bump.getOrDefault("readLong", 0) + bump.getOrDefault("writeLong", 0), bump.toString());
        Map<String, Integer> plain = calls(new Transformer(Config.packages("org.stmj.transform.fixtures"))
                .transform(getClass().getClassLoader(), original(), true), "bumpBoth$stm");
        assertEquals(2, plain.getOrDefault("readLong", 0), "without the key: ordinary barriers, " + plain);
    }

    @Test
    void whenWritersBumpTwoStableFieldsTogether_thenReadersSeeThemEqualAndNoBumpIsLost() throws Exception {
        byte[] b = original();
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            private final Transformer tr = new Transformer(stable());

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
        Object x = cls.getConstructor().newInstance();
        Object y = cls.getConstructor().newInstance();
        Method bump = cls.getMethod("bumpBoth", cls, cls);
        Method same = cls.getMethod("same", cls, cls);
        Method get = cls.getMethod("get");
        int n = 5_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger differed = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    if (!(Boolean) same.invoke(null, x, y)) {
                        differed.incrementAndGet();
                    }
                    checks.incrementAndGet();
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
        reader.start();
        Thread[] ts = new Thread[2];
        for (int t = 0; t < 2; t++) {
            ts[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        bump.invoke(null, x, y);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        done.set(true);
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(0, differed.get(), "a reader saw the two tags differ");
        assertTrue(checks.get() > 0);
        assertEquals(2L * n, get.invoke(x));
        assertEquals(2L * n, get.invoke(y));
    }
}
