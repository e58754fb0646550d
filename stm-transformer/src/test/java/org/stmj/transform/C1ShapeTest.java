package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * The twin of a dispatch loop keeps its exception handlers in an order HotSpot's C1 can parse ({@link C1Shape}): the
 * restart handler jumps back only to code C1 has reached before it, so C1 compiles the loop's twin (tiers 2 and 3)
 * instead of leaving it to the bytecode interpreter until C2. A handler that jumps back into the middle
 * of its region, the shape the restart handler had before, is reported, and a loop of that shape is refused.
 */
class C1ShapeTest {
    private static final String NAME = "gen/C1Vm";

    private static byte[] fixture(String cls) throws Exception {
        try (InputStream in = C1ShapeTest.class.getClassLoader()
                .getResourceAsStream(cls.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    private static ClassNode read(byte[] b) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, 0);
        return cn;
    }

    /**
     * {@code gen.C1Vm.run()}: a boundary {@code tick()}, then {@code step()} until it returns false, all under one
     * catch-all whose handler jumps to {@code mid} (the code after the boundary that only a flag set by the handler
     * leads to) when {@code intoTheMiddle}, or to the region's first instruction otherwise.
     */
    static byte[] loop(boolean intoTheMiddle) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, NAME, null, "java/lang/Object", null);
        cw.visitField(Opcodes.ACC_STATIC, "x", "I", null, null).visitEnd();
        for (String m : new String[] {"tick", "own"}) {
            MethodVisitor v = cw.visitMethod(Opcodes.ACC_STATIC, m, "()V", null, null);
            v.visitCode();
            increments(v);
            v.visitInsn(Opcodes.RETURN);
            v.visitMaxs(0, 0);
            v.visitEnd();
        }
        MethodVisitor step = cw.visitMethod(Opcodes.ACC_STATIC, "step", "()Z", null, null);
        step.visitCode();
        increments(step);
        step.visitInsn(Opcodes.ICONST_0);
        step.visitInsn(Opcodes.IRETURN);
        step.visitMaxs(0, 0);
        step.visitEnd();
        MethodVisitor run = cw.visitMethod(Opcodes.ACC_STATIC, "run", "()V", null, null);
        run.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label top = new Label();
        Label mid = new Label();
        Label skip = new Label();
        Label done = new Label();
        run.visitTryCatchBlock(start, end, handler, null);
        run.visitInsn(Opcodes.ICONST_0);
        run.visitVarInsn(Opcodes.ISTORE, 0);
        run.visitLabel(start);
        run.visitLabel(top);
        run.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "tick", "()V", false);
        run.visitVarInsn(Opcodes.ILOAD, 0);
        run.visitJumpInsn(Opcodes.IFEQ, skip);
        run.visitLabel(mid);
        run.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "own", "()V", false);
        run.visitLabel(skip);
        run.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "step", "()Z", false);
        run.visitJumpInsn(Opcodes.IFEQ, done);
        run.visitJumpInsn(Opcodes.GOTO, top);
        run.visitLabel(done);
        run.visitInsn(Opcodes.RETURN);
        run.visitLabel(end);
        run.visitLabel(handler);
        run.visitInsn(Opcodes.POP);
        run.visitInsn(Opcodes.ICONST_1);
        run.visitVarInsn(Opcodes.ISTORE, 0);
        run.visitJumpInsn(Opcodes.GOTO, intoTheMiddle ? mid : start);
        run.visitMaxs(0, 0);
        run.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Bytes enough that C1 calls the method instead of inlining it (so the call keeps its exception edge). */
    private static void increments(MethodVisitor v) {
        for (int i = 0; i < 8; i++) {
            v.visitFieldInsn(Opcodes.GETSTATIC, NAME, "x", "I");
            v.visitInsn(Opcodes.ICONST_1);
            v.visitInsn(Opcodes.IADD);
            v.visitFieldInsn(Opcodes.PUTSTATIC, NAME, "x", "I");
        }
    }

    private static MethodNode method(ClassNode cn, String name) {
        return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void whenAHandlerJumpsIntoTheMiddleOfItsRegion_thenTheShapeIsReported() {
        String why = C1Shape.problem(method(read(loop(true)), "run"));
        assertNotNull(why, "C1 parses the handler before the block after the boundary that throws into it");
        assertTrue(why.contains("parse order"), why);
    }

    /** Runs {@code gen.C1Vm.run()} hot, so that C1 compiles it: {@code main(intoTheMiddle)}. */
    public static final class Hot {
        public static void main(String[] args) throws Exception {
            byte[] b = loop(Boolean.parseBoolean(args[0]));
            Class<?> c = new ClassLoader(Hot.class.getClassLoader()) {
                Class<?> define() {
                    return defineClass("gen.C1Vm", b, 0, b.length);
                }
            }.define();
            java.lang.reflect.Method run = c.getDeclaredMethod("run");
            run.setAccessible(true);
            for (int i = 0; i < 100_000; i++) {
                run.invoke(null);
            }
        }
    }

    /** The lines of {@code -XX:+PrintCompilation} about {@code C1Vm::run} at tiers 1-3 of a JVM running it hot. */
    private static String c1Lines(boolean intoTheMiddle) throws Exception {
        Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-XX:+PrintCompilation",
                "-cp", System.getProperty("java.class.path"), Hot.class.getName(), String.valueOf(intoTheMiddle))
                .redirectErrorStream(true).start();
        StringBuilder lines = new StringBuilder();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.contains("C1Vm::run") && line.matches(".*\\s[123]\\s+gen\\.C1Vm::run.*")) {
                    lines.append(line.strip()).append('\n');
                }
            }
        }
        assertEquals(0, p.waitFor());
        return lines.toString();
    }

    @Test
    void whenHotSpotRunsEitherShape_thenC1GivesUpExactlyOnTheReportedOne() throws Exception {
        String bad = c1Lines(true);
        String good = c1Lines(false);
        assertTrue(bad.contains("error while joining with exception handler"), bad);
        assertTrue(!good.isEmpty() && !good.contains("SKIPPED"), good);
    }

    @Test
    void whenAHandlerJumpsToItsRegionsEntry_thenTheShapeIsAccepted() {
        assertNull(C1Shape.problem(method(read(loop(false)), "run")));
    }

    @Test
    void whenTheOriginalLoopHasTheBadShape_thenTheTransformerRefusesIt() {
        Properties p = new Properties();
        p.setProperty("transform", "gen.");
        p.setProperty("boundary", "gen.C1Vm#tick");
        Transformer t = new Transformer(Config.of(p));
        TransformException e = assertThrows(TransformException.class,
                () -> t.transform(getClass().getClassLoader(), loop(true), true));
        assertTrue(e.getMessage().contains("C1 cannot compile"), e.getMessage());
        assertNotNull(new Transformer(Config.of(p)).transform(getClass().getClassLoader(), loop(false), true));
    }

    @Test
    void whenTheFixtureLoopsAreTransformed_thenEveryTwinKeepsAShapeC1Parses() throws Exception {
        int loops = 0;
        for (String vm : new String[] {"org.stmj.transform.fixtures.StackVm",
            "org.stmj.transform.fixtures.ThrowingVm"}) {
            byte[] out = new Transformer(Config.packages("org.stmj.transform.fixtures"))
                    .transform(getClass().getClassLoader(), fixture(vm), true);
            for (MethodNode m : read(out).methods) {
                assertNull(C1Shape.problem(m), vm + "." + m.name);
                TryCatchBlockNode restart = restartHandler(m);
                if (restart == null) {
                    continue;
                }
                loops++;
                // the restart path's own re-claims (when the boundary carries owned locals) lie outside the
                // region, under a handler of their own that leads back to the restart handler's code
                for (TryCatchBlockNode tc : m.tryCatchBlocks) {
                    if (tc.type != null || tc == restart || m.instructions.indexOf(tc.start)
                            < m.instructions.indexOf(restart.handler)) {
                        continue;
                    }
                    AbstractInsnNode first = real(tc.handler);
                    AbstractInsnNode second = real(first.getNext());
                    assertEquals(Opcodes.ASTORE, first.getOpcode(), vm + "." + m.name);
                    assertTrue(second instanceof org.objectweb.asm.tree.JumpInsnNode j
                            && m.instructions.indexOf(j.label) > m.instructions.indexOf(restart.handler),
                            vm + "." + m.name + ": a handler inside the restart code leads back to it");
                }
            }
        }
        assertEquals(2, loops, "one restart handler in each loop's twin");
    }

    @Test
    void whenTheFixtureLoopsAreTransformed_thenTheRestartHandlerTestsNoTypeAndSwitchesOnlyBetweenBoundaries()
            throws Exception {
        int loops = 0;
        for (String vm : new String[] {"org.stmj.transform.fixtures.StackVm",
            "org.stmj.transform.fixtures.ThrowingVm"}) {
            byte[] out = new Transformer(Config.packages("org.stmj.transform.fixtures"))
                    .transform(getClass().getClassLoader(), fixture(vm), true);
            for (MethodNode m : read(out).methods) {
                TryCatchBlockNode restart = restartHandler(m);
                if (restart == null) {
                    continue;
                }
                loops++;
                int boundaries = 0;
                for (AbstractInsnNode i : m.instructions) {
                    if (i instanceof org.objectweb.asm.tree.MethodInsnNode mi
                            && mi.name.equals("boundaryAfterCountdown")) {
                        boundaries++;
                    }
                }
                // the handler's decisions on the throwable are out of line (Rt.loopCaught): an instanceof or a
                // switch in the twin is profiled, and its first unseen case made C2 recompile the whole loop
                for (AbstractInsnNode i = restart.handler; i != null; i = i.getNext()) {
                    assertTrue(i.getOpcode() != Opcodes.INSTANCEOF, vm + "." + m.name + ": instanceof in the handler");
                }
                AbstractInsnNode i = real(restart.handler);
                for (int op : new int[] {Opcodes.ASTORE, Opcodes.ALOAD, Opcodes.ALOAD, Opcodes.ILOAD,
                    Opcodes.INVOKESTATIC, Opcodes.DUP, Opcodes.IFNULL, Opcodes.ASTORE}) {
                    assertEquals(op, i.getOpcode(), vm + "." + m.name);
                    i = real(i.getNext());
                }
                assertEquals(boundaries > 1, i.getOpcode() == Opcodes.TABLESWITCH,
                        vm + "." + m.name + ": a switch on the site only with more than one boundary");
            }
        }
        assertEquals(2, loops, "one restart handler in each loop's twin");
    }

    private static AbstractInsnNode real(AbstractInsnNode i) {
        while (i.getOpcode() < 0) {
            i = i.getNext();
        }
        return i;
    }

    /** The outermost catch-all of a twin that calls the engine's restart, or null. */
    private static TryCatchBlockNode restartHandler(MethodNode m) {
        for (TryCatchBlockNode tc : m.tryCatchBlocks) {
            if (tc.type != null) {
                continue;
            }
            for (AbstractInsnNode i = tc.handler; i != null; i = i.getNext()) {
                if (i instanceof org.objectweb.asm.tree.MethodInsnNode mi && mi.name.equals("loopCaught")) {
                    return tc;
                }
                if (i.getOpcode() == Opcodes.ATHROW) {
                    break;
                }
            }
        }
        return null;
    }
}
