package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Classes that cannot be transformed correctly are refused with one line naming the class and the reason. */
class RefusalTest {
    private static byte[] bytes(String name) throws Exception {
        try (InputStream in = RefusalTest.class.getResourceAsStream("refused/" + name + ".class")) {
            return in.readAllBytes();
        }
    }

    private static String refusal(String name, Config c) throws Exception {
        byte[] b = bytes(name);
        TransformException e = assertThrows(TransformException.class,
                () -> new Transformer(c).transform(RefusalTest.class.getClassLoader(), b, true));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("org.stmj.transform.refused." + name), e.getMessage());
        return e.getMessage();
    }

    @Test
    void whenBoundaryReturnsAValue_thenClassIsRefused() throws Exception {
        String m = refusal("NonVoidBoundary", Config.packages("org.stmj.transform.refused"));
        assertTrue(m.contains("must return void"), m);
    }

    @Test
    void whenBoundaryIsCalledWithValuesOnTheStack_thenClassIsRefused() throws Exception {
        // javac never emits this (a void call is a statement), other compilers may: built with ASM
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "org/stmj/transform/refused/Gen", null, "java/lang/Object", null);
        MethodVisitor tick = cw.visitMethod(Opcodes.ACC_STATIC, "tick", "()V", null, null);
        tick.visitAnnotation("Lorg/stmj/api/annotation/BytecodeBoundary;", true).visitEnd();
        tick.visitCode();
        tick.visitInsn(Opcodes.RETURN);
        tick.visitMaxs(0, 0);
        tick.visitEnd();
        MethodVisitor loop = cw.visitMethod(Opcodes.ACC_STATIC, "loop", "()I", null, null);
        loop.visitCode();
        loop.visitInsn(Opcodes.ICONST_1);
        loop.visitMethodInsn(Opcodes.INVOKESTATIC, "org/stmj/transform/refused/Gen", "tick", "()V", false);
        loop.visitInsn(Opcodes.IRETURN);
        loop.visitMaxs(0, 0);
        loop.visitEnd();
        cw.visitEnd();
        byte[] b = cw.toByteArray();
        TransformException e = assertThrows(TransformException.class, () -> new Transformer(
                Config.packages("org.stmj.transform.refused")).transform(getClass().getClassLoader(), b, true));
        assertEquals("org.stmj.transform.refused.Gen.loop$stm(Lorg/stmj/core/Txn;)I: boundary call "
                + "org.stmj.transform.refused.Gen.tick with values on the operand stack (it must be a statement of "
                + "its own)", e.getMessage());
    }

    @Test
    void whenConfinedClassIsNotFinal_thenClassIsRefused() throws Exception {
        String m = refusal("NonFinalConfined", Config.packages("org.stmj.transform.refused"));
        assertTrue(m.contains("a confined class must be final"), m);
    }

    @Test
    void whenConfigNamesAMissingMethod_thenClassIsRefused() throws Exception {
        Config c = Config.packages("org.stmj.transform.refused")
                .with("gilReleased", "org.stmj.transform.refused.NonVoidBoundary#sleepy");
        String m = refusal("NonVoidBoundary", c);
        assertTrue(m.contains("names method sleepy, which the class does not have"), m);
    }

    @Test
    void whenClassIsNotSelected_thenItIsReturnedUnchanged() throws Exception {
        byte[] b;
        try (InputStream in = RefusalTest.class.getResourceAsStream("marked/Plain.class")) {
            b = in.readAllBytes();
        }
        assertEquals(b, Transformer.transformClass(b, getClass().getClassLoader(), Config.packages("com.other")));
    }

    @Test
    void whenClassWasAlreadyTransformed_thenItIsNotTransformedAgain() throws Exception {
        Config c = Config.packages("org.stmj.transform.fixtures");
        byte[] b;
        try (InputStream in = RefusalTest.class.getResourceAsStream("fixtures/Bank.class")) {
            b = in.readAllBytes();
        }
        byte[] once = Transformer.transformClass(b, getClass().getClassLoader(), c);
        assertEquals(once, Transformer.transformClass(once, getClass().getClassLoader(), c));
    }
}
