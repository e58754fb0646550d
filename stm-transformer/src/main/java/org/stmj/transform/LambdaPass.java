package org.stmj.transform;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Adapter 0 (runs on the original methods, before twins are made): a lambda or method reference whose
 * implementation is a method of a transformed class is re-pointed at a static bridge in this class that runs the
 * implementation's twin when a transaction is running and the original otherwise. A lambda object can be made
 * outside a transaction and called inside one (or the reverse); the bridge decides at each call, for one
 * {@code Txn.current()} lookup.
 */
final class LambdaPass {
    private LambdaPass() {
    }

    static void run(Ctx ctx, MethodNode m) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof InvokeDynamicInsnNode indy
                    && indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                    && indy.bsmArgs.length >= 3 && indy.bsmArgs[1] instanceof Handle impl) {
                Handle bridge = bridge(ctx, impl);
                if (bridge != null) {
                    indy.bsmArgs[1] = bridge;
                    mark(indy);
                }
            }
        }
    }

    static final int FLAG_MARKERS = 2;
    static final String MARKER = "org/stmj/transform/runtime/TxLambda";

    /** Makes the lambda class implement {@code TxLambda}, turning {@code metafactory} into {@code altMetafactory}. */
    private static void mark(InvokeDynamicInsnNode indy) {
        Object[] a = indy.bsmArgs;
        java.util.List<Object> out = new java.util.ArrayList<>(java.util.List.of(a[0], a[1], a[2]));
        if (indy.bsm.getName().equals("metafactory")) {
            out.add(FLAG_MARKERS);
            out.add(1);
            out.add(Type.getObjectType(MARKER));
        } else {
            int flags = (Integer) a[3];
            int i = 4;
            out.add(flags | FLAG_MARKERS);
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) a[i++];
                out.add(n + 1);
                for (int k = 0; k < n; k++) {
                    out.add(a[i++]);
                }
            } else {
                out.add(1);
            }
            out.add(Type.getObjectType(MARKER));
            for (; i < a.length; i++) {
                out.add(a[i]);
            }
        }
        indy.bsm = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "altMetafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
        indy.bsmArgs = out.toArray();
    }

    private static Handle bridge(Ctx ctx, Handle impl) {
        int tag = impl.getTag();
        int op;
        switch (tag) {
            case Opcodes.H_INVOKESTATIC -> op = Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> op = Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> op = Opcodes.INVOKEINTERFACE;
            case Opcodes.H_INVOKESPECIAL -> {
                if (!impl.getOwner().equals(ctx.cn.name)) {
                    return null;
                }
                op = Opcodes.INVOKESPECIAL;
            }
            default -> {
                return null;
            }
        }
        Hierarchy.MethodRef r = ctx.h.resolveMethod(impl.getOwner(), impl.getName(), impl.getDesc());
        if (r == null || !ctx.h.isTransformed(r.owner())) {
            return null;
        }
        boolean isStatic = tag == Opcodes.H_INVOKESTATIC;
        String desc = isStatic ? impl.getDesc() : "(L" + impl.getOwner() + ";" + impl.getDesc().substring(1);
        MethodNode b = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                ctx.newBridgeName("lambda"), desc, null, null);
        int p = Names.paramSlots(desc, true);
        Type ret = Type.getReturnType(desc);
        InsnList l = b.instructions;
        LabelNode plain = new LabelNode();
        l.add(Ctx.barrier("current", "()" + Names.TXN_DESC));
        l.add(new VarInsnNode(Opcodes.ASTORE, p));
        l.add(new VarInsnNode(Opcodes.ALOAD, p));
        l.add(new JumpInsnNode(Opcodes.IFNULL, plain));
        Ctx.loadParams(l, desc, true);
        l.add(new VarInsnNode(Opcodes.ALOAD, p));
        l.add(new MethodInsnNode(op, impl.getOwner(), Names.twinName(impl.getName()),
                Names.twinDesc(impl.getDesc()), impl.isInterface()));
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        l.add(plain);
        Ctx.loadParams(l, desc, true);
        l.add(new MethodInsnNode(op, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        b.maxLocals = p + 1;
        b.maxStack = p + 2;
        ctx.added.add(b);
        ctx.generated.add(b);
        return new Handle(Opcodes.H_INVOKESTATIC, ctx.cn.name, b.name, b.desc, ctx.isInterface());
    }
}
