package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.stmj.transform.runtime.Rt;

/**
 * What {@code LambdaPass} leaves in the class file: every lambda site keeps its bootstrap and its arguments but
 * the implementation (so JDK 17's class-data-sharing archive can keep the lambda classes: no marker interface),
 * the implementation is a bridge of the same class, a JDK implementation is called from a body method that has
 * a twin, and a class whose every site is bridged says so in a static field.
 */
class LambdaSiteShapeTest {
    private static final String FIX = "org/stmj/transform/fixtures/";

    private static byte[] bytes(String simple) throws Exception {
        try (InputStream in = LambdaSiteShapeTest.class.getResourceAsStream("fixtures/" + simple + ".class")) {
            return in.readAllBytes();
        }
    }

    private static ClassNode read(byte[] b) {
        ClassNode cn = new ClassNode();
        new ClassReader(b).accept(cn, 0);
        return cn;
    }

    private static ClassNode transformed(String simple) throws Exception {
        Hierarchy h = new Transformer(Config.packages("org.stmj.transform.fixtures")).hierarchy(
                LambdaSiteShapeTest.class.getClassLoader());
        byte[] in = bytes(simple);
        h.define(FIX + simple, in);
        return read(ClassTransformer.transform(h, in));
    }

    private static List<InvokeDynamicInsnNode> lambdaSites(ClassNode cn) {
        List<InvokeDynamicInsnNode> out = new ArrayList<>();
        for (MethodNode m : cn.methods) {
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof InvokeDynamicInsnNode indy
                        && indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")) {
                    out.add(indy);
                }
            }
        }
        return out;
    }

    private static MethodNode method(ClassNode cn, String name) {
        return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name + " in " + cn.name));
    }

    private static Set<String> calls(MethodNode m) {
        Set<String> out = new java.util.TreeSet<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode c) {
                out.add(c.owner + "." + c.name);
            }
        }
        return out;
    }

    @Test
    void whenClassWithLambdasIsTransformed_thenEverySiteKeepsItsBootstrapAndArgumentsButTheImplementation()
            throws Exception {
        List<InvokeDynamicInsnNode> before = lambdaSites(read(bytes("Lambdas")));
        ClassNode after = transformed("Lambdas");
        // the twins repeat each site: compare the originals' sites (the first ones, in method order)
        List<InvokeDynamicInsnNode> sites = lambdaSites(after);
        assertTrue(sites.size() >= before.size(), "sites: " + sites.size());
        for (int k = 0; k < before.size(); k++) {
            InvokeDynamicInsnNode b = before.get(k);
            InvokeDynamicInsnNode a = sites.get(k);
            assertEquals(b.bsm, a.bsm, "the bootstrap (no altMetafactory with a marker interface)");
            assertEquals(b.bsmArgs.length, a.bsmArgs.length);
            assertEquals(b.bsmArgs[0], a.bsmArgs[0]);
            assertEquals(b.bsmArgs[2], a.bsmArgs[2]);
        }
        for (InvokeDynamicInsnNode a : sites) {
            Handle impl = (Handle) a.bsmArgs[1];
            assertEquals(Opcodes.H_INVOKESTATIC, impl.getTag(), impl.toString());
            assertEquals(after.name, impl.getOwner(), impl.toString());
            assertTrue(impl.getName().startsWith("lambda$stmBridge$"), impl.toString());
        }
    }

    @Test
    void whenEverySiteIsBridged_thenTheClassCarriesTheSelfBridgingField() throws Exception {
        ClassNode after = transformed("Lambdas");
        assertTrue(after.fields.stream().anyMatch(f -> f.name.equals(Rt.SELF_BRIDGING_FIELD)
                && (f.access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) == (Opcodes.ACC_STATIC
                        | Opcodes.ACC_SYNTHETIC)), "fields: " + after.fields.stream().map(f -> f.name)
                        .collect(Collectors.toList()));
    }

    @Test
    void whenClassHasNoLambdas_thenItGetsNoSelfBridgingField() throws Exception {
        ClassNode after = transformed("Bank");
        assertFalse(after.fields.stream().anyMatch(f -> f.name.equals(Rt.SELF_BRIDGING_FIELD)));
    }

    @Test
    void whenImplementationIsAJdkMethod_thenTheBridgeCallsABodyWhoseTwinTheCallPolicyTreats() throws Exception {
        ClassNode after = transformed("Lambdas");
        List<MethodNode> bodies = after.methods.stream().filter(m -> m.name.startsWith("lambdaBody$stmBridge$")
                && !m.name.endsWith("$stm")).collect(Collectors.toList());
        // Math::abs, StringBuilder::new and System::getProperty; this::bump, the lambda bodies and Lambdas::new
        // are transformed and bridge to their twins directly (a constructor reference goes through a body)
        Set<String> bodyCalls = new java.util.TreeSet<>();
        for (MethodNode b : bodies) {
            bodyCalls.addAll(calls(b));
            MethodNode twin = method(after, Names.twinName(b.name));
            assertEquals(Names.twinDesc(b.desc), twin.desc);
        }
        assertTrue(bodyCalls.containsAll(Set.of("java/lang/Math.abs", "java/lang/StringBuilder.<init>",
                "java/lang/System.getProperty")), bodyCalls.toString());
        // the twin of the impure one makes the transaction inevitable first; the pure ones do not
        for (MethodNode b : bodies) {
            Set<String> twinCalls = calls(method(after, Names.twinName(b.name)));
            boolean inevitable = twinCalls.contains(Names.RT + ".inevitable");
            assertEquals(calls(b).contains("java/lang/System.getProperty"), inevitable, b.name + ": " + twinCalls);
        }
    }

    @Test
    void whenNoThreadHasADescriptor_thenTheBridgeCallsTheOriginalWithoutAskingTheEngine() throws Exception {
        ClassNode after = transformed("Lambdas");
        List<MethodNode> bridges = after.methods.stream().filter(m -> m.name.startsWith("lambda$stmBridge$"))
                .collect(Collectors.toList());
        assertFalse(bridges.isEmpty());
        for (MethodNode b : bridges) {
            // the first call is the engine-free test, and a false answer jumps past Barriers.current() to the
            // original call (one uninstrumented thread never loads Txn, TxnSlots or Config through a bridge)
            List<MethodInsnNode> seq = new ArrayList<>();
            org.objectweb.asm.tree.JumpInsnNode firstJump = null;
            for (AbstractInsnNode i : b.instructions) {
                if (i instanceof MethodInsnNode c) {
                    seq.add(c);
                } else if (i instanceof org.objectweb.asm.tree.JumpInsnNode j && firstJump == null) {
                    firstJump = j;
                }
            }
            assertEquals(Names.DESCRIPTORS + ".anyRegistered", seq.get(0).owner + "." + seq.get(0).name, b.name);
            assertEquals(Names.BARRIERS + ".current", seq.get(1).owner + "." + seq.get(1).name, b.name);
            assertEquals(Opcodes.IFEQ, firstJump.getOpcode(), b.name);
            MethodInsnNode afterJump = null;
            for (AbstractInsnNode i = firstJump.label; i != null; i = i.getNext()) {
                if (i instanceof MethodInsnNode c) {
                    afterJump = c;
                    break;
                }
            }
            assertFalse(afterJump.name.endsWith("$stm"), b.name + " jumps to " + afterJump.name);
            assertEquals(seq.get(seq.size() - 1), afterJump, b.name + ": the plain call is the last one");
        }
    }
}
