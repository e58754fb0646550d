package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Arrays a transaction allocates are announced to the engine ({@code Barriers.onNewArray} right after the
 * allocation in every twin), so that the transaction fills them in place; publishing such an array stays
 * isolated and an abort leaves nothing of it. Run with {@code -Dstmj.chaos=0.2} as well (surefire passes it on).
 */
class NewArrayTest {
    private static final String FIXTURE = "org.stmj.transform.fixtures.ArrayPublisher";

    @Test
    void whenTwinAllocatesArrays_thenEachAllocationIsFollowedByOnNewArray() throws Exception {
        byte[] b;
        try (InputStream in = NewArrayTest.class.getClassLoader()
                .getResourceAsStream(FIXTURE.replace('.', '/') + ".class")) {
            b = in.readAllBytes();
        }
        byte[] out = new Transformer(Config.packages("org.stmj.transform.fixtures")).transform(
                NewArrayTest.class.getClassLoader(), b, true);
        ClassNode cn = new ClassNode();
        new ClassReader(out).accept(cn, 0);
        int twins = 0;
        for (MethodNode m : cn.methods) {
            if (!m.name.endsWith("$stm")) {
                continue;
            }
            for (AbstractInsnNode i : m.instructions) {
                if (CallPass.isArrayAllocation(i)) {
                    twins++;
                    AbstractInsnNode dup = i.getNext();
                    AbstractInsnNode call = dup.getNext().getNext();
                    assertTrue(call instanceof MethodInsnNode mi && mi.name.equals("onNewArray"),
                            m.name + ": allocation not announced");
                }
            }
        }
        assertEquals(2, twins, "publish$stm allocates int[n] and Object[n][2]");
    }

    @Test
    void whenThreadsPublishFreshlyFilledArrays_thenReadersNeverSeeAMixedArray() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("ArrayPublisher");
        Object p = c.getConstructor().newInstance();
        Method publish = c.getMethod("publish", int.class, int.class);
        Method consistent = c.getMethod("consistent");
        AtomicBoolean mixed = new AtomicBoolean();
        FixturesConcurrencyTest.threads(3, 1500, (t, i) -> {
            if (t == 0) {
                if (!(Boolean) consistent.invoke(p)) {
                    mixed.set(true);
                }
            } else {
                publish.invoke(p, 1 + i % 40, t * 100_000 + i);
            }
        });
        assertTrue(!mixed.get() && (Boolean) consistent.invoke(p), "a reader saw a half-published array");
    }

    @Test
    void whenTransactionWritesItsNewArrayAndThenFails_thenThePublishedArrayIsTheOldOne() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("ArrayPublisher");
        Object p = c.getConstructor().newInstance();
        c.getMethod("publish", int.class, int.class).invoke(p, 5, 7);
        try {
            c.getMethod("publishThenFail", int.class, int.class).invoke(p, 9, 11);
        } catch (InvocationTargetException e) {
            assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
        }
        assertEquals(7, c.getMethod("value").invoke(p));
        assertTrue((Boolean) c.getMethod("consistent").invoke(p));
    }
}
