package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.stmj.transform.desugar.Desugar;

/**
 * The STM build's lambda classes, as the desugaring makes them from a translated class: each asks
 * {@code Descriptors.anyRegistered()} first and, while no thread has a descriptor, calls the original
 * implementation itself (the GIL build's shape: no bridge frame in a one-thread auto-mode run); only otherwise
 * does it call the bridge, which picks the twin or the original.
 */
class LambdaDesugarShapeTest {
    private static final String FIX = "org/stmj/transform/fixtures/";

    @TempDir
    Path dir;

    private static byte[] bytes(String simple) throws Exception {
        try (InputStream in = LambdaDesugarShapeTest.class.getResourceAsStream("fixtures/" + simple + ".class")) {
            return in.readAllBytes();
        }
    }

    private static ClassNode read(byte[] b) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, 0);
        return cn;
    }

    private static List<MethodInsnNode> calls(MethodNode m) {
        List<MethodInsnNode> out = new ArrayList<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode c) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void whenATranslatedClassIsDesugared_thenItsLambdaClassesCallTheOriginalUntilAThreadHasADescriptor()
            throws Exception {
        Hierarchy h = new Transformer(Config.packages("org.stmj.transform.fixtures")).hierarchy(
                LambdaDesugarShapeTest.class.getClassLoader());
        Path in = dir.resolve("in.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(in))) {
            for (String simple : List.of("Lambdas", "Lambdas$Step")) {
                byte[] b = bytes(simple);
                h.define(FIX + simple, b);
                out.putNextEntry(new JarEntry(FIX + simple + ".class"));
                out.write(ClassTransformer.transform(h, b));
                out.closeEntry();
            }
        }
        Path outJar = dir.resolve("out.jar");
        Desugar.main(new String[] {in.toString(), outJar.toString()});
        int checked = 0;
        try (JarFile jf = new JarFile(outJar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) jf.stream()::iterator) {
                if (!e.getName().startsWith(FIX + "Lambdas$$Lambda$")) {
                    continue;
                }
                ClassNode cn = read(jf.getInputStream(e).readAllBytes());
                for (MethodNode m : cn.methods) {
                    if ((m.access & Opcodes.ACC_STATIC) != 0 || m.name.equals("<init>")) {
                        continue;
                    }
                    List<MethodInsnNode> seq = calls(m);
                    String where = cn.name + "." + m.name + ": " + seq.stream().map(c -> c.name).toList();
                    assertEquals(Names.DESCRIPTORS + ".anyRegistered", seq.get(0).owner + "." + seq.get(0).name,
                            where);
                    // the original (or the body of a JDK call), not the bridge, on the plain path
                    assertFalse(seq.get(1).name.startsWith("lambda$stmBridge$"), where);
                    assertFalse(seq.get(1).name.endsWith("$stm"), where);
                    assertTrue(seq.get(seq.size() - 1).name.startsWith("lambda$stmBridge$"), where);
                    assertEquals(3, seq.size(), where);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 5, "lambda classes checked: " + checked);
    }
}
