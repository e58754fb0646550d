package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * The uninstrumented dispatch loop keeps the shape of the untransformed one: the thread count of auto mode
 * ({@code Rt.loopThreadEnter/Exit}) sits in a small wrapper that keeps the loop's name, and the loop's code moves
 * into {@code name$stmPlain}, which has no catch-all handler over the boundary call (before, a try/finally over the
 * whole loop gave every call of it one more exception edge, and C1 compiled the interpreter's loop to a quarter
 * more code than the GIL build's). Checked on the stack VM.
 */
class LoopWrapperShapeTest {
    private static final String VM = "org.stmj.transform.fixtures.StackVm";

    private static ClassNode transformed() throws Exception {
        byte[] b;
        try (InputStream in = LoopWrapperShapeTest.class.getClassLoader()
                .getResourceAsStream(VM.replace('.', '/') + ".class")) {
            b = in.readAllBytes();
        }
        byte[] out = new Transformer(Config.packages("org.stmj.transform.fixtures"))
                .transform(LoopWrapperShapeTest.class.getClassLoader(), b, true);
        ClassNode cn = new ClassNode();
        new ClassReader(out).accept(cn, 0);
        return cn;
    }

    private static MethodNode method(ClassNode cn, String name) {
        return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElse(null);
    }

    private static Map<String, Integer> calls(MethodNode m) {
        Map<String, Integer> n = new HashMap<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode mi) {
                n.merge(mi.name, 1, Integer::sum);
            }
        }
        return n;
    }

    @Test
    void whenADispatchLoopIsTransformed_thenTheLoopWrapsItsBodyAndCountsTheThreadThere() throws Exception {
        ClassNode cn = transformed();
        MethodNode loop = method(cn, "run");
        assertNotNull(method(cn, "run" + Names.PLAIN_SUFFIX), "no plain body");
        Map<String, Integer> n = calls(loop);
        assertEquals(1, n.getOrDefault("loopThreadEnter", 0), n.toString());
        assertEquals(2, n.getOrDefault("loopThreadExit", 0), n.toString());
        assertEquals(1, n.getOrDefault("run" + Names.PLAIN_SUFFIX, 0), n.toString());
        assertEquals(1, loop.tryCatchBlocks.size());
        assertEquals(null, loop.tryCatchBlocks.get(0).type);
    }

    @Test
    void whenADispatchLoopIsTransformed_thenNoCatchAllHandlerOfItsBodyCoversTheBoundary() throws Exception {
        MethodNode body = method(transformed(), "run" + Names.PLAIN_SUFFIX);
        Map<String, Integer> n = calls(body);
        assertEquals(0, n.getOrDefault("loopThreadEnter", 0), n.toString());
        assertEquals(0, n.getOrDefault("loopThreadExit", 0), n.toString());
        assertEquals(1, n.getOrDefault("run", 0), "the nested run(sub) still calls the wrapper: " + n);
        int boundary = -1;
        for (AbstractInsnNode i : body.instructions) {
            if (i instanceof MethodInsnNode mi && mi.name.equals("tick")) {
                boundary = body.instructions.indexOf(mi);
            }
        }
        assertFalse(boundary < 0, "no boundary call in the body");
        for (TryCatchBlockNode t : body.tryCatchBlocks) {
            if (t.type == null) {
                int from = body.instructions.indexOf(t.start);
                int to = body.instructions.indexOf(t.end);
                assertFalse(from <= boundary && boundary < to,
                        "a catch-all handler covers the boundary call (" + from + ".." + to + ")");
            }
        }
    }
}
