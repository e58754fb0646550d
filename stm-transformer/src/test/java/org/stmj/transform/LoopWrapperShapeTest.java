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

    /**
     * The switch into STM at a boundary (the {@code @ModeSwitch} methods, {@code Rt.enterStm}, the twin's entry and
     * what follows it) is a method of its own, called from the body: C1 inlined its small callees into the plain
     * loop, whose profiled code it made bigger for a path a one-thread run never takes. The body keeps the check
     * that enters.
     */
    @Test
    void whenADispatchLoopIsTransformed_thenItsSwitchIntoStmIsAMethodOfItsOwn() throws Exception {
        ClassNode cn = transformed();
        MethodNode body = method(cn, "run" + Names.PLAIN_SUFFIX);
        MethodNode run = method(cn, "run" + Names.SWITCH_SUFFIX + "0");
        assertNotNull(run, "no switch method");
        Map<String, Integer> n = calls(body);
        assertEquals(1, n.getOrDefault("run" + Names.SWITCH_SUFFIX + "0", 0), n.toString());
        assertEquals(1, n.getOrDefault("mayEnterStm", 0), n.toString());
        for (String gone : new String[] {"enterStm", "twinExited", "run" + Names.ENTRY_SUFFIX, "toStm"}) {
            assertEquals(0, n.getOrDefault(gone, 0), gone + " in the body: " + n);
        }
        Map<String, Integer> r = calls(run);
        assertEquals(1, r.getOrDefault("toStm", 0), r.toString());
        assertEquals(1, r.getOrDefault("enterStm", 0), r.toString());
        assertEquals(1, r.getOrDefault("run" + Names.ENTRY_SUFFIX, 0), r.toString());
        assertEquals(2, r.getOrDefault("twinExited", 0), r.toString());
        assertEquals(2, r.getOrDefault("toGil", 0), r.toString());
        assertEquals(2, run.tryCatchBlocks.size());
        assertEquals(Names.RT_PKG + "LeaveStm", run.tryCatchBlocks.get(0).type, "a LeaveStm must reach the body");
        assertEquals(null, run.tryCatchBlocks.get(1).type);
    }

    /**
     * After a {@code LeaveStm} the plain body does not restore the twin's locals and jump back into its loop (a merge
     * of every local into the loop's hottest point, which made C1's code of the plain loop a tenth bigger): its
     * handler returns what the resume copy {@code run$stmResume0} returns, from code after the body's last
     * instruction that no handler of the body covers; the copy restores the locals, leaves STM and runs on, with
     * its own switch. Fails before: the body called {@code leftValues} and {@code leaveStm}, and no copy existed.
     */
    @Test
    void whenADispatchLoopIsTransformed_thenItResumesAfterLeavingStmInAColdCopy() throws Exception {
        ClassNode cn = transformed();
        MethodNode body = method(cn, "run" + Names.PLAIN_SUFFIX);
        MethodNode resume = method(cn, "run" + Names.RESUME_SUFFIX + "0");
        assertNotNull(resume, "no resume copy");
        Map<String, Integer> n = calls(body);
        for (String gone : new String[] {"leftValues", "leftSite", "leaveStm", "toGil"}) {
            assertEquals(0, n.getOrDefault(gone, 0), gone + " in the body: " + n);
        }
        assertEquals(1, n.getOrDefault("run" + Names.RESUME_SUFFIX + "0", 0), n.toString());
        TryCatchBlockNode leave = body.tryCatchBlocks.get(0);
        assertEquals(Names.RT_PKG + "LeaveStm", leave.type);
        int handler = body.instructions.indexOf(leave.handler);
        for (TryCatchBlockNode t : body.tryCatchBlocks) {
            assertFalse(body.instructions.indexOf(t.end) > handler, "a handler covers the resume call");
        }
        Map<String, Integer> r = calls(resume);
        for (String kept : new String[] {"leftValues", "leftSite", "leaveStm", "toGil", "mayEnterStm", "tick"}) {
            assertEquals(1, r.getOrDefault(kept, 0), kept + " in the copy: " + r);
        }
        assertEquals(1, r.getOrDefault("run" + Names.SWITCH_SUFFIX + "0", 0), r.toString());
        assertEquals(0, r.getOrDefault("run" + Names.RESUME_SUFFIX + "0", 0), r.toString());
        assertEquals(Names.RT_PKG + "LeaveStm", resume.tryCatchBlocks.get(0).type);
    }
}
