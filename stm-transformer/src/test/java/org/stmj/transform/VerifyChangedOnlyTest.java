package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The translator verifies the methods the transformer wrote or changed and skips the original methods no pass
 * changed: an {@code @Atomic} method's original (rewritten into the retry loop) is verified, a plain one is not; a
 * broken twin is still caught.
 */
class VerifyChangedOnlyTest {
    private static byte[] bytes(String path) throws Exception {
        try (InputStream in = VerifyChangedOnlyTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void whenClassIsTransformed_thenOnlyUnchangedOriginalsAreReportedUnchanged() throws Exception {
        Hierarchy h = new Transformer(Config.packages("org.stmj.transform.fixtures")).hierarchy(
                getClass().getClassLoader());
        byte[] in = bytes("fixtures/Bank.class");
        h.define("org/stmj/transform/fixtures/Bank", in);
        Set<String> unchanged = new HashSet<>();
        ClassTransformer.transform(h, in, unchanged);
        assertFalse(unchanged.contains("transfer(IIJ)V"), "the @Atomic original became the retry loop: " + unchanged);
        assertFalse(unchanged.stream().anyMatch(m -> m.contains("$stm")), "twins are never skipped: " + unchanged);
        assertTrue(unchanged.stream().anyMatch(m -> m.startsWith("<init>")), "the constructor is unchanged: "
                + unchanged);
    }

    @Test
    void whenAWrittenMethodIsBroken_thenVerificationStillCatchesIt() throws Exception {
        Hierarchy h = new Transformer(Config.packages("org.stmj.transform.fixtures")).hierarchy(
                getClass().getClassLoader());
        byte[] in = bytes("fixtures/Bank.class");
        h.define("org/stmj/transform/fixtures/Bank", in);
        Set<String> unchanged = new HashSet<>();
        byte[] out = ClassTransformer.transform(h, in, unchanged);
        ClassNode cn = new ClassNode();
        new ClassReader(out).accept(cn, 0);
        for (MethodNode m : cn.methods) {
            if (m.name.equals("transfer$stm")) {
                m.instructions.insert(new InsnNode(Opcodes.POP)); // pops an empty stack
            }
        }
        ClassWriter cw = new ClassWriter(0);
        cn.accept(cw);
        TransformException e = assertThrows(TransformException.class,
                () -> Transformer.verify(h, cw.toByteArray(), unchanged));
        assertTrue(e.getMessage().contains("transfer$stm"), e.getMessage());
    }
}
