package org.stmj.transform;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Adapter 1 of the chain: makes the transactional twin of a method, {@code name$stm(params..., Txn)} (a
 * constructor's twin is {@code <init>(params..., Txn)}), with the original body copied and every local after the
 * parameters moved up one slot for the transaction. Abstract and native methods get a twin that makes the
 * transaction inevitable and calls the original, so that a twin call never fails on an implementor that is not
 * transformed. Annotations and parameter metadata stay on the original only.
 */
final class TwinPass {
    private TwinPass() {
    }

    static MethodNode twin(Ctx ctx, MethodNode m) {
        boolean isStatic = Ctx.isStatic(m);
        int access = (m.access & ~(Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_VARARGS
                | Opcodes.ACC_BRIDGE)) | Opcodes.ACC_SYNTHETIC;
        MethodNode t = new MethodNode(Opcodes.ASM9, access, Names.twinName(m.name), Names.twinDesc(m.desc), null,
                m.exceptions.toArray(new String[0]));
        if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            fallback(ctx, m, t);
            return t;
        }
        int p = Names.paramSlots(m.desc, isStatic);
        m.accept(new Shifter(t, p));
        return t;
    }

    /** Body of a twin that runs the original inevitably. */
    private static void fallback(Ctx ctx, MethodNode m, MethodNode t) {
        boolean isStatic = Ctx.isStatic(m);
        int txSlot = Names.paramSlots(m.desc, isStatic);
        InsnList out = t.instructions;
        LabelNode call = new LabelNode();
        if (!isStatic) {
            // a lambda made by transformed code runs its own twin through its bridge
            out.add(new VarInsnNode(Opcodes.ALOAD, 0));
            out.add(Ctx.rt("selfBridging", "(Ljava/lang/Object;)Z"));
            out.add(new JumpInsnNode(Opcodes.IFNE, call));
        }
        out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        out.add(new LdcInsnNode(Names.dotted(ctx.cn.name) + "." + m.name + " (no transactional implementation)"));
        out.add(Ctx.rt("inevitable", "(" + Names.TXN_DESC + "Ljava/lang/String;)V"));
        out.add(call);
        Ctx.loadParams(out, m.desc, isStatic);
        int op;
        if (isStatic) {
            op = Opcodes.INVOKESTATIC;
        } else if ((m.access & Opcodes.ACC_PRIVATE) != 0) {
            op = Opcodes.INVOKESPECIAL;
        } else {
            op = ctx.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
        }
        out.add(new MethodInsnNode(op, ctx.cn.name, m.name, m.desc, ctx.isInterface()));
        out.add(new InsnNode(Type.getReturnType(m.desc).getOpcode(Opcodes.IRETURN)));
        t.maxLocals = txSlot + 1;
        t.maxStack = txSlot + 2;
    }

    /** Copies a method body, moving locals at or above {@code firstLocal} one slot up. */
    private static final class Shifter extends MethodVisitor {
        private final int firstLocal;

        Shifter(MethodVisitor mv, int firstLocal) {
            super(Opcodes.ASM9, mv);
            this.firstLocal = firstLocal;
        }

        private int shift(int v) {
            return v >= firstLocal ? v + 1 : v;
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            super.visitVarInsn(opcode, shift(var));
        }

        @Override
        public void visitIincInsn(int var, int increment) {
            super.visitIincInsn(shift(var), increment);
        }

        @Override
        public void visitLocalVariable(String name, String desc, String sig, Label start, Label end, int index) {
            super.visitLocalVariable(name, desc, sig, start, end, shift(index));
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            // frames are recomputed
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(maxStack + 8, maxLocals + 1);
        }

        @Override
        public void visitParameter(String name, int access) {
        }

        @Override
        public AnnotationVisitor visitAnnotation(String d, boolean v) {
            return null;
        }

        @Override
        public AnnotationVisitor visitAnnotationDefault() {
            return null;
        }

        @Override
        public void visitAnnotableParameterCount(int c, boolean v) {
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int p, String d, boolean v) {
            return null;
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int r, TypePath p, String d, boolean v) {
            return null;
        }

        @Override
        public AnnotationVisitor visitInsnAnnotation(int r, TypePath p, String d, boolean v) {
            return null;
        }

        @Override
        public AnnotationVisitor visitTryCatchAnnotation(int r, TypePath p, String d, boolean v) {
            return null;
        }

        @Override
        public AnnotationVisitor visitLocalVariableAnnotation(int r, TypePath p, Label[] s, Label[] e, int[] i,
                String d, boolean v) {
            return null;
        }
    }
}
