package org.stmj.transform;

import java.util.Arrays;
import java.util.Objects;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A fingerprint of a method's code (every instruction with its operands, labels by identity, the exception
 * table), taken before the passes run and again after, so that the translator's verification can skip the
 * original methods no pass changed: their code is the input's, which the JVM verifies as it would the original
 * class. One linear walk, far cheaper than a data-flow analysis.
 */
final class CodePrint {
    private CodePrint() {
    }

    static long of(MethodNode m) {
        long h = 17;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            h = h * 31 + i.getOpcode() + 7L * i.getType();
            h = h * 31 + operands(i);
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            h = h * 31 + System.identityHashCode(t.start) + 3L * System.identityHashCode(t.end)
                    + 5L * System.identityHashCode(t.handler) + Objects.hashCode(t.type);
        }
        return h * 31 + m.instructions.size();
    }

    private static long operands(AbstractInsnNode i) {
        if (i instanceof MethodInsnNode n) {
            return Objects.hash(n.owner, n.name, n.desc, n.itf);
        } else if (i instanceof FieldInsnNode n) {
            return Objects.hash(n.owner, n.name, n.desc);
        } else if (i instanceof TypeInsnNode n) {
            return n.desc.hashCode();
        } else if (i instanceof VarInsnNode n) {
            return n.var;
        } else if (i instanceof IntInsnNode n) {
            return n.operand;
        } else if (i instanceof IincInsnNode n) {
            return n.var * 65537L + n.incr;
        } else if (i instanceof LdcInsnNode n) {
            return Objects.hashCode(n.cst);
        } else if (i instanceof InvokeDynamicInsnNode n) {
            return Objects.hash(n.name, n.desc, n.bsm) * 31L + Arrays.deepHashCode(n.bsmArgs);
        } else if (i instanceof JumpInsnNode n) {
            return System.identityHashCode(n.label);
        } else if (i instanceof TableSwitchInsnNode n) {
            long h = n.min * 31L + n.max + System.identityHashCode(n.dflt);
            for (Object l : n.labels) {
                h = h * 31 + System.identityHashCode(l);
            }
            return h;
        } else if (i instanceof LookupSwitchInsnNode n) {
            long h = n.keys.hashCode() + System.identityHashCode(n.dflt);
            for (Object l : n.labels) {
                h = h * 31 + System.identityHashCode(l);
            }
            return h;
        } else if (i instanceof MultiANewArrayInsnNode n) {
            return n.desc.hashCode() * 31L + n.dims;
        }
        return System.identityHashCode(i) * (i.getType() == AbstractInsnNode.LABEL ? 1L : 0L);
    }
}
