package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Every call that any pass of the transformer emits into the engine or the transformer's runtime ({@code
 * Barriers}, {@code ConfinedBarriers}, {@code Stm}, {@code Rt}, the bootstrap methods of dynamic constants and
 * call sites, ...) names a public method of that class with exactly the emitted descriptor. Checked on every
 * fixture class, transformed as the fixtures tests do and with the stack VM's confinement configuration, so
 * renaming an engine entry point fails the build rather than the first transformed program that runs it.
 */
class EmittedCallsResolveTest {
    private static final String FIXTURES = "org/stmj/transform/fixtures/";

    private static List<String> fixtureClasses() throws Exception {
        URL dir = EmittedCallsResolveTest.class.getClassLoader().getResource(FIXTURES);
        assertNotNull(dir, "fixtures on the test class path");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
        }
    }

    private static boolean engineSide(String owner) {
        return owner.startsWith("org/stmj/") && !owner.startsWith(FIXTURES);
    }

    private static MethodInsnNode call(Handle h) {
        int op = switch (h.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> Opcodes.INVOKEVIRTUAL;
        };
        return new MethodInsnNode(op, h.getOwner(), h.getName(), h.getDesc(), h.isInterface());
    }

    /** The engine-side calls of one transformed class: invocations and bootstrap handles. */
    private static void collect(ClassNode cn, List<MethodInsnNode> out) {
        for (MethodNode m : cn.methods) {
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof MethodInsnNode mi) {
                    out.add(mi);
                } else if (i instanceof InvokeDynamicInsnNode indy) {
                    out.add(call(indy.bsm));
                } else if (i instanceof LdcInsnNode ldc && ldc.cst instanceof ConstantDynamic cd) {
                    out.add(call(cd.getBootstrapMethod()));
                }
            }
        }
        out.removeIf(c -> !engineSide(c.owner) || c.name.equals("<init>"));
    }

    @Test
    void whenFixturesTransformed_thenEveryEngineAndRuntimeCallResolves() throws Exception {
        ClassLoader cl = getClass().getClassLoader();
        List<MethodInsnNode> calls = new ArrayList<>();
        for (Config config : List.of(Config.packages("org.stmj.transform.fixtures"),
                ConfinedBarrierShapeTest.confinedVm())) {
            Transformer t = new Transformer(config);
            for (String name : fixtureClasses()) {
                byte[] in;
                try (InputStream s = cl.getResourceAsStream(FIXTURES + name + ".class")) {
                    in = s.readAllBytes();
                }
                byte[] out = t.transform(cl, in, false);
                if (out != null) {
                    ClassNode cn = new ClassNode();
                    new ClassReader(out).accept(cn, 0);
                    collect(cn, calls);
                }
            }
        }
        assertFalse(calls.isEmpty());
        Set<String> owners = new TreeSet<>();
        for (MethodInsnNode c : calls) {
            BarrierNamesTest.resolve(c);
            owners.add(c.owner);
        }
        // the fixtures reach the barriers, the confined barriers and the transaction entry points
        assertTrue(owners.contains(Names.BARRIERS), owners::toString);
        assertTrue(owners.contains("org/stmj/core/ConfinedBarriers"), owners::toString);
    }
}
