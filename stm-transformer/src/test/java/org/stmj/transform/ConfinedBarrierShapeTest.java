package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What the transformer emits for confinement: accesses to a confined class's fields become one {@code $stm$own}
 * call and a plain access (no field barrier), element accesses of {@code @ConfinedArray} arrays and loads from
 * {@code @ImmutableArray} arrays get no array barrier, and shared arrays keep theirs. Checked on the annotated
 * fixture and on the stack VM configured through {@code confinedClasses}/{@code confinedArrays}/
 * {@code immutableArrays}.
 */
class ConfinedBarrierShapeTest {
    static final String VM = "org.stmj.transform.fixtures.StackVm";

    static Config confinedVm() {
        return Config.packages("org.stmj.transform.fixtures")
                .with("confinedClasses", VM + "$Frame," + VM + "$ThreadState")
                .with("confinedArrays", VM + "$Frame.stack," + VM + "$ThreadState.locals")
                .with("immutableArrays", VM + "$Frame.code");
    }

    private static Map<String, Integer> calls(Config c, String cls, String method) throws Exception {
        byte[] b;
        try (InputStream in = getClassBytes(cls)) {
            b = in.readAllBytes();
        }
        byte[] out = new Transformer(c).transform(ConfinedBarrierShapeTest.class.getClassLoader(), b, true);
        ClassNode cn = new ClassNode();
        new ClassReader(out).accept(cn, 0);
        Map<String, Integer> n = new HashMap<>();
        for (MethodNode m : cn.methods) {
            if (!m.name.equals(method)) {
                continue;
            }
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof MethodInsnNode mi) {
                    n.merge(mi.name, 1, Integer::sum);
                }
            }
        }
        return n;
    }

    private static InputStream getClassBytes(String cls) {
        return ConfinedBarrierShapeTest.class.getClassLoader().getResourceAsStream(cls.replace('.', '/') + ".class");
    }

    @Test
    void whenConfinedClassIsClaimed_thenItsFieldsAreSnapshottedAsOneEntryAndItsArraysAsOneEach() throws Exception {
        String cell = "org.stmj.transform.fixtures.Confined$Cell";
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"), cell, "$stm$claim");
        // nine rolled-back fields (n, big, d, f, flag, ch, sh, by, ref, and the non-final array field refs): one
        // blank copy, one undo entry; the two @ConfinedArray fields one copy each; the @ThreadConfined scratch none
        assertEquals(1, n.getOrDefault("blank", 0), n.toString());
        assertEquals(1, n.getOrDefault("saveObject", 0), n.toString());
        assertEquals(2, n.getOrDefault("saveArray", 0), n.toString());
        for (String perField : new String[] {"saveByte", "saveShort", "saveInt", "saveLong", "saveRef"}) {
            assertEquals(0, n.getOrDefault(perField, 0), perField + " in " + n);
        }
        byte[] b;
        try (InputStream in = getClassBytes(cell)) {
            b = in.readAllBytes();
        }
        ClassNode cn = new ClassNode();
        new ClassReader(new Transformer(Config.packages("org.stmj.transform.fixtures"))
                .transform(ConfinedBarrierShapeTest.class.getClassLoader(), b, true)).accept(cn, 0);
        assertTrue(cn.interfaces.contains("org/stmj/core/ConfinedSnapshot"), cn.interfaces.toString());
        MethodNode restore = cn.methods.stream().filter(m -> m.name.equals("$stm$restore")).findFirst().orElseThrow();
        int puts = 0;
        for (AbstractInsnNode i : restore.instructions) {
            if (i.getOpcode() == Opcodes.PUTFIELD) {
                puts++;
            }
        }
        assertEquals(10, puts, "the restore writes back every rolled-back field, not scratch nor the final slots");
    }

    @Test
    void whenConfinedClassHasAFinalizer_thenItsClaimLogsAnEntryPerFieldAndMakesNoCopy() throws Exception {
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"),
                "org.stmj.transform.fixtures.Confined$Finalized", "$stm$claim");
        assertEquals(0, n.getOrDefault("blank", 0), n.toString());
        assertEquals(0, n.getOrDefault("saveObject", 0), n.toString());
        assertEquals(1, n.getOrDefault("saveInt", 0), n.toString());
    }

    @Test
    void whenAtomicMethodTouchesAConfinedObject_thenOnlyOwnCallsAndNoFieldOrArrayBarriers() throws Exception {
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"),
                "org.stmj.transform.fixtures.Confined", "bump$stm");
        // c.n++ and c.slots[0]++: the first access claims, the others use the same receiver in the same attempt
        assertEquals(1, n.getOrDefault("$stm$own", 0), n.toString());
        for (String barrier : new String[] {"readInt", "writeInt", "readLongArray", "writeLongArray"}) {
            assertEquals(0, n.getOrDefault(barrier, 0), barrier + " in " + n);
        }
    }

    @Test
    void whenImmutableArrayIsRead_thenNoArrayBarrier() throws Exception {
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"),
                "org.stmj.transform.fixtures.Confined", "sumTable$stm");
        assertEquals(0, n.getOrDefault("readIntArray", 0), n.toString());
    }

    @Test
    void whenStackVmIsConfiguredConfined_thenFrameStateNeedsNoBarrierAndSharedGlobalsKeepTheirs() throws Exception {
        Map<String, Integer> plain = calls(Config.packages("org.stmj.transform.fixtures"), VM, "run$stm");
        Map<String, Integer> conf = calls(confinedVm(), VM, "run$stm");
        assertTrue(plain.getOrDefault("readInt", 0) > 0 && plain.getOrDefault("readIntArray", 0) > 0, plain.toString());
        assertEquals(0, conf.getOrDefault("readInt", 0), "frame pc/sp barriers: " + conf);
        assertEquals(0, conf.getOrDefault("writeInt", 0), "frame pc/sp barriers: " + conf);
        assertEquals(0, conf.getOrDefault("readIntArray", 0), "code[] is immutable: " + conf);
        assertTrue(conf.getOrDefault("$stm$own", 0) > 0, conf.toString());
        // globals[] is shared: its reads and writes keep their barriers (LOAD, STORE, INC, MOVE, CHECK)
        int sharedBefore = plain.getOrDefault("readLongArray", 0);
        int sharedAfter = conf.getOrDefault("readLongArray", 0);
        assertTrue(sharedAfter > 0 && sharedAfter < sharedBefore, plain + " / " + conf);
    }

    @Test
    void whenArrayHelperCopiesConfinedOrImmutableArrays_thenThoseSidesNeedNoBarrier() throws Exception {
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"),
                "org.stmj.transform.fixtures.Confined", "copies$stm");
        assertEquals(1, n.getOrDefault("arraycopyPlainSource", 0), n.toString());
        assertEquals(1, n.getOrDefault("arraycopyPlainDestination", 0), n.toString());
        // System.arraycopy kept for confined into confined, TxArrays.arraycopy for the shared source
        assertEquals(2, n.getOrDefault("arraycopy", 0), n.toString());
        assertEquals(1, n.getOrDefault("copyOf", 0), n.toString());
        assertEquals(1, n.getOrDefault("clone", 0), n.toString());
        assertEquals(0, n.getOrDefault("cloneArray", 0), n.toString());
        assertTrue(n.getOrDefault("onNewArray", 0) >= 2, "the JDK's copies are announced as new arrays: " + n);
    }

    @Test
    void whenReceiverWasClaimedSinceTheLastBoundary_thenNoSecondClaimCheck() throws Exception {
        int[] own = ownCalls("org.stmj.transform.fixtures.Confined", "acrossBoundary$stm");
        // claim checks before an access: the first read, the read through the reassigned local, the read in the
        // handler of the boundary's exception; the second read before the boundary and the read after it are
        // plain (the owned local is carried across the boundary)
        assertEquals(3, own[0], "claim checks before accesses");
        // re-claims of the carried local: two at each of the two boundaries, one where a new attempt begins there
        // (split) and one in the restart handler's code, where an aborted one restarts (C1Shape: the handler does
        // not jump to the split path's copy)
        assertEquals(4, own[1], "re-claims at boundaries");
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"),
                "org.stmj.transform.fixtures.Confined", "acrossBoundary$stm");
        assertEquals(0, n.getOrDefault("readInt", 0), n.toString());
    }

    @Test
    void whenLoopKeepsItsFrameInALocal_thenNoClaimCheckPerPassAndOneReclaimPerNewAttemptPath() throws Exception {
        int[] own = ownCalls(VM, "run$stm", confinedVm());
        // StackVm.run keeps its frame (and thread state) in locals across the boundary: the pc, sp and stack
        // accesses of a pass need no claim check. Claim checks remain where the loop gets a frame it does not own
        // yet: on entry (ts.frame, f.pc), after CALL (the new frame) and RET (the caller's frame), and for the
        // nested loop's thread state (sub.frame, its pc)
        assertEquals(6, own[0], "claim checks before accesses");
        // the boundary re-claims the frame and the thread state on its split path and on its restart path (a copy
        // in the restart handler's code)
        assertEquals(4, own[1], "re-claims at the boundary");
    }

    /** {@code $stm$own} calls in a twin: [0] right before a field access, [1] elsewhere (re-claims). */
    private static int[] ownCalls(String cls, String method) throws Exception {
        return ownCalls(cls, method, Config.packages("org.stmj.transform.fixtures"));
    }

    private static int[] ownCalls(String cls, String method, Config c) throws Exception {
        byte[] b;
        try (InputStream in = getClassBytes(cls)) {
            b = in.readAllBytes();
        }
        ClassNode cn = new ClassNode();
        new ClassReader(new Transformer(c).transform(ConfinedBarrierShapeTest.class.getClassLoader(), b, true))
                .accept(cn, 0);
        int[] n = new int[2];
        for (MethodNode m : cn.methods) {
            if (!m.name.equals(method)) {
                continue;
            }
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof MethodInsnNode mi && mi.name.equals("$stm$own")) {
                    AbstractInsnNode next = mi.getNext();
                    while (next != null && next.getOpcode() < 0) {
                        next = next.getNext();
                    }
                    boolean access = next != null && (next.getOpcode() == Opcodes.GETFIELD
                            || next.getOpcode() == Opcodes.PUTFIELD);
                    n[access ? 0 : 1]++;
                }
            }
        }
        return n;
    }

    @Test
    void whenConfinedClassExtendsATransformedClass_thenOwnFieldsClaimedAndInheritedFieldsKeepBarriers()
            throws Exception {
        Map<String, Integer> n = calls(Config.packages("org.stmj.transform.fixtures"),
                "org.stmj.transform.fixtures.Confined$Counter", "step$stm");
        assertEquals(1, n.getOrDefault("$stm$own", 0), n.toString());
        assertTrue(n.getOrDefault("readLong", 0) > 0 && n.getOrDefault("writeLong", 0) > 0, n.toString());
    }
}
