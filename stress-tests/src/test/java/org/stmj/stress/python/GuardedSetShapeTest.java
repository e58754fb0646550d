package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A set's {@code keys} and {@code hashes} arrays are guarded by the set's own lock word in the interpreter's STM build
 * ({@code guardedArrays} in {@code interpreter-integration/stm.properties}, objs21), as a dict's arrays are: every
 * element access of them names the set, none goes through a stripe of the lock table. The two protocols must never
 * be mixed on one array (papers/design/engine.md, "Guarded arrays"): a striped write would not lock the set, so a
 * reader that validates only the set's word would miss it. The transformer refuses a twin where a guarded array
 * escapes, so the build itself fails when the contract is broken; this test checks the other half, that the
 * configuration is in force, on the STM build's twins of the methods that touch only the set's own arrays. Needs
 * the packaged jar ({@code mvn package}); skipped when it is absent.
 */
class GuardedSetShapeTest {
    private static final Path STM_JAR = Path.of("..").toAbsolutePath().normalize()
            .resolve("interpreter-stm/target/interpreter-stm.jar");

    private static ClassNode load(ZipFile jar, String name) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getEntry(name + ".class"))) {
            ClassNode cn = new ClassNode();
            new ClassReader(in).accept(cn, 0);
            return cn;
        }
    }

    /** Per method of interest: the element barriers it calls (Barriers.read*Array*, write*Array*), in order. */
    private static Map<String, List<String>> arrayBarriers(ClassNode cn, List<String> methods) {
        Map<String, List<String>> out = new TreeMap<>();
        for (MethodNode m : cn.methods) {
            if (!methods.contains(m.name)) {
                continue;
            }
            List<String> calls = new ArrayList<>();
            for (AbstractInsnNode insn : m.instructions) {
                if (insn.getOpcode() == Opcodes.INVOKESTATIC) {
                    MethodInsnNode call = (MethodInsnNode) insn;
                    if (call.owner.equals("org/stmj/core/Barriers") && call.name.contains("Array")
                            && (call.name.startsWith("read") || call.name.startsWith("write"))) {
                        calls.add(call.name);
                    }
                }
            }
            out.put(m.name, calls);
        }
        return out;
    }

    @Test
    void whenSetTwinsTouchTheirOwnTable_thenEveryElementAccessIsGuardedBySet() throws Exception {
        Assumptions.assumeTrue(Files.exists(STM_JAR), "needs the packaged STM build");
        try (ZipFile jar = new ZipFile(STM_JAR.toFile())) {
            List<String> setMethods = List.of("addHashed$stm", "lookup$stm", "insertClean$stm", "resize$stm",
                    "discardHashed$stm", "merge$stm", "hash$stm", "isSubset$stm");
            Map<String, List<String>> set = arrayBarriers(load(jar, "org/stmj/python/objects/PySet$$StmTwins"),
                    setMethods);
            List<String> iterMethods = List.of("next$stm", "lengthHint$stm", "remaining$stm");
            Map<String, List<String>> iter = arrayBarriers(
                    load(jar, "org/stmj/python/objects/PySet$PySetIter$$StmTwins"), iterMethods);
            assertEquals(setMethods.size(), set.size(), "twins found: " + set.keySet());
            assertEquals(iterMethods.size(), iter.size(), "twins found: " + iter.keySet());
            Map<String, List<String>> all = new TreeMap<>(set);
            all.putAll(iter);
            for (Map.Entry<String, List<String>> e : all.entrySet()) {
                assertTrue(!e.getValue().isEmpty(), e.getKey() + " has no array barrier: " + e.getValue());
                for (String b : e.getValue()) {
                    assertTrue(b.endsWith("Guarded"), e.getKey() + " calls the striped " + b + ": " + e.getValue());
                }
            }
        }
    }
}
