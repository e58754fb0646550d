package org.stmj.transform;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Adapter 6, the ways into a transaction from uninstrumented code.
 *
 * <p>An {@code @Atomic} method's body becomes a retry wrapper around its twin. A dispatch loop gets a private
 * entry {@code name$stmEntry}, the same retry wrapper with the loop protocol, and each of its boundary call sites
 * in the uninstrumented body first reads {@code Rt.stmMode}: when set, the loop is left and re-entered through
 * the entry with the current values of its parameters. The wrapper:
 * <pre>
 *   Txn outer = Barriers.current(); if (outer != null) return twin(args, outer);   // flat nesting
 *   for (;;) { Txn tx = begin();
 *              try { r = twin(args, tx); } catch (Throwable e) { e = fail(tx, e); if (e != null) throw e; continue; }
 *              if (commit(tx)) return r; }
 * </pre>
 */
final class EntryPass {
    private static final String TX = Names.TXN_DESC;

    private EntryPass() {
    }

    /** Replaces the body of {@code m} by the retry wrapper around its twin. */
    static void atomic(Ctx ctx, MethodNode m) {
        m.instructions.clear();
        m.tryCatchBlocks.clear();
        if (m.localVariables != null) {
            m.localVariables.clear();
        }
        wrapper(ctx, m, m.name, "atomicBegin", "atomicCommit", "atomicFail");
    }

    /** Adds the loop entry for {@code m} and the mode switch at its boundaries; {@code m} is the original. */
    static void loop(Ctx ctx, MethodNode m) {
        boolean isStatic = Ctx.isStatic(m);
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
        MethodNode entry = new MethodNode(Opcodes.ASM9, access, m.name + Names.ENTRY_SUFFIX, m.desc, null, null);
        wrapper(ctx, entry, m.name, "loopBegin", "loopCommit", "loopFail");
        ctx.added.add(entry);
        ctx.generated.add(entry);

        Type ret = Type.getReturnType(m.desc);
        for (AbstractInsnNode i : m.instructions.toArray()) {
            if (i instanceof MethodInsnNode mi && RestartPass.isBoundary(ctx, mi)) {
                LabelNode call = new LabelNode();
                InsnList l = new InsnList();
                l.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.RT, "stmMode", "Z"));
                l.add(new JumpInsnNode(Opcodes.IFEQ, call));
                Ctx.popArgs(l, mi.desc, mi.getOpcode() != Opcodes.INVOKESTATIC);
                Ctx.loadParams(l, m.desc, isStatic);
                l.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, ctx.cn.name,
                        entry.name, entry.desc, ctx.isInterface()));
                l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
                l.add(call);
                m.instructions.insertBefore(mi, l);
            }
        }
        // Count the threads running a dispatch loop (auto mode turns STM on at the second one).
        for (AbstractInsnNode i : m.instructions.toArray()) {
            if (i.getOpcode() >= Opcodes.IRETURN && i.getOpcode() <= Opcodes.RETURN) {
                m.instructions.insertBefore(i, Ctx.rt("loopThreadExit", "()V"));
            }
        }
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        InsnList pro = new InsnList();
        pro.add(Ctx.rt("loopThreadEnter", "()V"));
        pro.add(start);
        m.instructions.insert(pro);
        InsnList h = new InsnList();
        h.add(end);
        h.add(Ctx.rt("loopThreadExit", "()V"));
        h.add(new InsnNode(Opcodes.ATHROW));
        m.instructions.add(h);
        m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, end, null));
    }

    private static void wrapper(Ctx ctx, MethodNode w, String name, String begin, String commit, String fail) {
        boolean isStatic = Ctx.isStatic(w);
        String desc = w.desc;
        Type ret = Type.getReturnType(desc);
        int p = Names.paramSlots(desc, isStatic);
        int txl = p;
        int exl = p + 1;
        int rl = p + 2;
        InsnList l = w.instructions;
        LabelNode loop = new LabelNode();
        LabelNode tryStart = new LabelNode();
        LabelNode tryEnd = new LabelNode();
        LabelNode handler = new LabelNode();
        LabelNode retry = new LabelNode();
        LabelNode fresh = new LabelNode();
        MethodInsnNode twinCall = new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL,
                ctx.cn.name, Names.twinName(name), Names.twinDesc(desc), ctx.isInterface());

        l.add(Ctx.barrier("current", "()" + TX));
        l.add(new VarInsnNode(Opcodes.ASTORE, txl));
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(new JumpInsnNode(Opcodes.IFNULL, fresh));
        Ctx.loadParams(l, desc, isStatic);
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(twinCall.clone(null));
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        l.add(fresh);
        l.add(loop);
        l.add(Ctx.rt(begin, "()" + TX));
        l.add(new VarInsnNode(Opcodes.ASTORE, txl));
        l.add(tryStart);
        Ctx.loadParams(l, desc, isStatic);
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(twinCall);
        if (ret.getSort() != Type.VOID) {
            l.add(new VarInsnNode(ret.getOpcode(Opcodes.ISTORE), rl));
        }
        l.add(tryEnd);
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(Ctx.rt(commit, "(" + TX + ")Z"));
        l.add(new JumpInsnNode(Opcodes.IFEQ, loop));
        if (ret.getSort() != Type.VOID) {
            l.add(new VarInsnNode(ret.getOpcode(Opcodes.ILOAD), rl));
        }
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        l.add(handler);
        l.add(new VarInsnNode(Opcodes.ASTORE, exl));
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(new VarInsnNode(Opcodes.ALOAD, exl));
        l.add(Ctx.rt(fail, "(" + TX + "Ljava/lang/Throwable;)Ljava/lang/Throwable;"));
        l.add(new InsnNode(Opcodes.DUP));
        l.add(new JumpInsnNode(Opcodes.IFNULL, retry));
        l.add(new InsnNode(Opcodes.ATHROW));
        l.add(retry);
        l.add(new InsnNode(Opcodes.POP));
        l.add(new JumpInsnNode(Opcodes.GOTO, loop));
        w.tryCatchBlocks.add(new TryCatchBlockNode(tryStart, tryEnd, handler, null));
        w.maxLocals = rl + 2;
        w.maxStack = p + 4;
    }
}
