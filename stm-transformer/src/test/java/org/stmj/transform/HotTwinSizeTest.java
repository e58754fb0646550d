package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The transformer warns, one line through its listener, when the twin of a dispatch loop (or of a same-class
 * method the loop calls, its step) crosses HotSpot's 8000-byte compile limit, and stays silent otherwise.
 */
class HotTwinSizeTest {
    private static final String NAME = "gen/Vm";

    /**
     * A class {@code gen.Vm} with a static int field, a boundary {@code tick()}, a loop {@code run()} calling
     * {@code tick()} then {@code step()} until {@code step} returns false, and a {@code step()} that increments the
     * field {@code increments} times (8 bytes each as written, more once every access is a barrier call).
     */
    static byte[] vm(int increments) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, NAME, null, "java/lang/Object", null);
        cw.visitField(Opcodes.ACC_STATIC, "x", "I", null, null).visitEnd();
        MethodVisitor tick = cw.visitMethod(Opcodes.ACC_STATIC, "tick", "()V", null, null);
        tick.visitCode();
        tick.visitInsn(Opcodes.RETURN);
        tick.visitMaxs(0, 0);
        tick.visitEnd();
        MethodVisitor run = cw.visitMethod(Opcodes.ACC_STATIC, "run", "()V", null, null);
        run.visitCode();
        Label top = new Label();
        Label done = new Label();
        run.visitLabel(top);
        run.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "tick", "()V", false);
        run.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "step", "()Z", false);
        run.visitJumpInsn(Opcodes.IFEQ, done);
        run.visitJumpInsn(Opcodes.GOTO, top);
        run.visitLabel(done);
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        MethodVisitor step = cw.visitMethod(Opcodes.ACC_STATIC, "step", "()Z", null, null);
        step.visitCode();
        for (int i = 0; i < increments; i++) {
            step.visitFieldInsn(Opcodes.GETSTATIC, NAME, "x", "I");
            step.visitInsn(Opcodes.ICONST_1);
            step.visitInsn(Opcodes.IADD);
            step.visitFieldInsn(Opcodes.PUTSTATIC, NAME, "x", "I");
        }
        step.visitInsn(Opcodes.ICONST_0);
        step.visitInsn(Opcodes.IRETURN);
        step.visitMaxs(0, 0);
        step.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static List<String> transformAndCollect(byte[] in) {
        Properties p = new Properties();
        p.setProperty("transform", "gen.");
        p.setProperty("boundary", "gen.Vm#tick");
        List<String> warnings = new ArrayList<>();
        byte[] out = new Transformer(Config.of(p)).onWarning(warnings::add)
                .transform(HotTwinSizeTest.class.getClassLoader(), in, true);
        assertTrue(out != null, "the generated class is transformed");
        return warnings;
    }

    @Test
    void whenTheStepTwinCrossesTheCompileLimit_thenOneWarningNamesIt() {
        byte[] in = vm(900);
        assertTrue(CodeSize.of(in).get("step()Z") < CodeSize.HUGE_METHOD_LIMIT, "the original fits");
        List<String> warnings = transformAndCollect(in);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("gen.Vm.step$stm: "), warnings.get(0));
        assertTrue(warnings.get(0).contains("8000"), warnings.get(0));
    }

    @Test
    void whenTheHotTwinsFit_thenNoWarning() {
        assertEquals(List.of(), transformAndCollect(vm(100)));
    }

    @Test
    void whenSizesAreRead_thenTheyAreTheCodeLengths() {
        Map<String, Integer> sizes = CodeSize.of(vm(10));
        // 10 x (getstatic 3 + iconst_1 1 + iadd 1 + putstatic 3) + iconst_0 + ireturn
        assertEquals(82, sizes.get("step()Z"));
        assertEquals(1, sizes.get("tick()V"));
    }
}
