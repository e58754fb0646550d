package org.stmj.transform;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Adapter 4, abort safety: every exception handler of a twin gets a prologue. A handler that could catch the
 * abort error (catch-all, {@code finally}, {@code Throwable}, {@code Error}) first rethrows a
 * {@code ControlFlowError}. (No validation is needed in handlers: the engine validates every read, so an
 * exception is never raised from an inconsistent state.) The one exception is the compiler's handler that releases a
 * {@code synchronized}
 * block's monitor and rethrows: it runs as is, so an abort never leaves a monitor held.
 */
final class GuardPass {
    private GuardPass() {
    }

    static void run(MethodNode t) {
        Map<LabelNode, LabelNode> guarded = new HashMap<>();
        for (TryCatchBlockNode tcb : t.tryCatchBlocks) {
            if (isMonitorRelease(tcb.handler)) {
                continue;
            }
            boolean catchAll = tcb.type == null || tcb.type.equals("java/lang/Throwable")
                    || tcb.type.equals("java/lang/Error") || tcb.type.equals(Names.CFE);
            if (!catchAll) {
                continue;
            }
            LabelNode key = tcb.handler;
            LabelNode g = guarded.get(key);
            if (g == null) {
                g = new LabelNode();
                InsnList l = new InsnList();
                l.add(g);
                l.add(new InsnNode(Opcodes.DUP));
                l.add(new TypeInsnNode(Opcodes.INSTANCEOF, Names.CFE));
                l.add(new JumpInsnNode(Opcodes.IFEQ, key));
                l.add(new InsnNode(Opcodes.ATHROW));
                guarded.put(key, g);
                t.instructions.add(l);
            }
            tcb.handler = g;
        }
    }

    /** Whether the handler is javac's "release the monitor and rethrow" block. */
    private static boolean isMonitorRelease(LabelNode handler) {
        int real = 0;
        for (AbstractInsnNode i = handler; i != null && real < 6; i = i.getNext()) {
            if (i.getOpcode() < 0) {
                continue;
            }
            if (i.getOpcode() == Opcodes.MONITOREXIT) {
                return true;
            }
            if (i.getOpcode() == Opcodes.ATHROW || i.getOpcode() >= Opcodes.IRETURN && i.getOpcode()
                    <= Opcodes.RETURN) {
                return false;
            }
            real++;
        }
        return false;
    }
}
