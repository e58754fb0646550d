package org.stmj.transform;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Adapter 0 (runs on the original methods, before twins are made): the implementation of every lambda or method
 * reference that a transformed class creates is re-pointed at a static bridge in the same class, which runs the
 * transactional version of the implementation when a transaction is running and the original otherwise. A lambda
 * object can be made outside a transaction and called inside one (or the reverse); the bridge decides at each
 * call: while no thread has a transaction descriptor ({@code Descriptors.anyRegistered()}, one static read that
 * loads no engine class: the whole life of a one-thread program in auto mode) it calls the original at once;
 * otherwise it asks {@code Barriers.current()}.
 *
 * <ul>
 *   <li>An implementation that is a method of a transformed class: the bridge calls its twin directly.</li>
 *   <li>Any other (a JDK method such as {@code Math::sin}, a constructor reference): the call is moved into a
 *       private static <em>body</em> method of this class, which gets a twin like any other method, so the call
 *       policy (pure, array helper, inevitable) treats it as it treats the same call written in the code; the
 *       bridge calls the body's twin.</li>
 * </ul>
 *
 * <p>Only the implementation handle changes: the call site keeps its bootstrap ({@code metafactory} or
 * {@code altMetafactory}) and its flags, so the JDK's class-data-sharing archive keeps the lambda classes (JDK 17
 * archives a lambda proxy only when it has no marker interface, no extra bridge and is not serializable; a
 * marker interface here once made every start spin some 460 lambda classes again). How the runtime knows that a
 * lambda is self-bridging without a marker: a class all of whose lambda sites were bridged gets the static field
 * {@link #SELF_BRIDGING_FIELD}, and {@code Rt.selfBridging} recognises a lambda class by its host (the class
 * whose name prefixes {@code $$Lambda$}, in the same nest) carrying that field.
 */
final class LambdaPass {
    private LambdaPass() {
    }

    /** The static field that says every lambda this class creates is self-bridging (see the class comment). */
    static final String SELF_BRIDGING_FIELD = org.stmj.transform.runtime.Rt.SELF_BRIDGING_FIELD;

    /** The bootstrap methods whose implementation handle this pass re-points. */
    private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    /**
     * Re-points the lambda sites of {@code m}, adding the bridges to {@link Ctx#added} and the body methods (which
     * need twins) to {@code bodies}; returns whether every lambda site of {@code m} was bridged.
     */
    static boolean run(Ctx ctx, MethodNode m, List<MethodNode> bodies) {
        boolean all = true;
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(METAFACTORY)
                    && indy.bsmArgs.length >= 3 && indy.bsmArgs[1] instanceof Handle impl) {
                Handle bridge = bridge(ctx, impl, bodies);
                if (bridge != null) {
                    indy.bsmArgs[1] = bridge;
                } else {
                    all = false;
                }
            }
        }
        return all;
    }

    /** Marks the class as creating only self-bridging lambdas (called when {@link #run} said so for every method). */
    static void markSelfBridging(Ctx ctx) {
        if (ctx.cn.fields.stream().anyMatch(f -> f.name.equals(SELF_BRIDGING_FIELD))) {
            throw new TransformException(Names.dotted(ctx.cn.name) + ": already has a field " + SELF_BRIDGING_FIELD);
        }
        int access = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC
                | (ctx.isInterface() ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE);
        ctx.cn.fields.add(new FieldNode(access, SELF_BRIDGING_FIELD, "Z", null, 1));
    }

    /** Whether {@code m} creates a lambda through {@code LambdaMetafactory}. */
    static boolean hasLambdaSite(MethodNode m) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(METAFACTORY)) {
                return true;
            }
        }
        return false;
    }

    private static Handle bridge(Ctx ctx, Handle impl, List<MethodNode> bodies) {
        int tag = impl.getTag();
        int op;
        switch (tag) {
            case Opcodes.H_INVOKESTATIC -> op = Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> op = Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> op = Opcodes.INVOKEINTERFACE;
            case Opcodes.H_NEWINVOKESPECIAL -> op = Opcodes.INVOKESPECIAL;
            case Opcodes.H_INVOKESPECIAL -> {
                // a static method may invokespecial only a private method of its own class
                if (!impl.getOwner().equals(ctx.cn.name)) {
                    return null;
                }
                op = Opcodes.INVOKESPECIAL;
            }
            default -> {
                return null;
            }
        }
        String desc = switch (tag) {
            case Opcodes.H_INVOKESTATIC -> impl.getDesc();
            case Opcodes.H_NEWINVOKESPECIAL -> Type.getMethodDescriptor(Type.getObjectType(impl.getOwner()),
                    Type.getArgumentTypes(impl.getDesc()));
            default -> "(L" + impl.getOwner() + ";" + impl.getDesc().substring(1);
        };
        Hierarchy.MethodRef r = tag == Opcodes.H_NEWINVOKESPECIAL ? null
                : ctx.h.resolveMethod(impl.getOwner(), impl.getName(), impl.getDesc());
        MethodInsnNode txCall;
        MethodInsnNode plainCall;
        if (r != null && ctx.h.isTransformed(r.owner())) {
            txCall = new MethodInsnNode(op, impl.getOwner(), Names.twinName(impl.getName()),
                    Names.twinDesc(impl.getDesc()), impl.isInterface());
            plainCall = new MethodInsnNode(op, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
        } else {
            MethodNode body = body(ctx, impl, op, desc);
            bodies.add(body);
            txCall = new MethodInsnNode(Opcodes.INVOKESTATIC, ctx.cn.name, Names.twinName(body.name),
                    Names.twinDesc(body.desc), ctx.isInterface());
            plainCall = new MethodInsnNode(Opcodes.INVOKESTATIC, ctx.cn.name, body.name, body.desc,
                    ctx.isInterface());
        }
        MethodNode b = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                ctx.newBridgeName("lambda"), desc, null, null);
        int p = Names.paramSlots(desc, true);
        Type ret = Type.getReturnType(desc);
        InsnList l = b.instructions;
        LabelNode plain = new LabelNode();
        // no descriptor anywhere: the calling thread runs no transaction (and the engine stays unloaded)
        l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.DESCRIPTORS, "anyRegistered", "()Z", false));
        l.add(new JumpInsnNode(Opcodes.IFEQ, plain));
        l.add(Ctx.barrier("current", "()" + Names.TXN_DESC));
        l.add(new VarInsnNode(Opcodes.ASTORE, p));
        l.add(new VarInsnNode(Opcodes.ALOAD, p));
        l.add(new JumpInsnNode(Opcodes.IFNULL, plain));
        Ctx.loadParams(l, desc, true);
        l.add(new VarInsnNode(Opcodes.ALOAD, p));
        l.add(txCall);
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        l.add(plain);
        Ctx.loadParams(l, desc, true);
        l.add(plainCall);
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        b.maxLocals = p + 1;
        b.maxStack = p + 2;
        ctx.added.add(b);
        ctx.generated.add(b);
        return new Handle(Opcodes.H_INVOKESTATIC, ctx.cn.name, b.name, b.desc, ctx.isInterface());
    }

    /**
     * A private static method of this class whose code is the implementation's call, as the lambda would make it:
     * {@code (receiver?, args...)}, or {@code new Owner(args...)} for a constructor reference.
     */
    private static MethodNode body(Ctx ctx, Handle impl, int op, String desc) {
        MethodNode body = new MethodNode(Opcodes.ASM9,
                Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, ctx.newBridgeName("lambdaBody"),
                desc, null, null);
        InsnList l = body.instructions;
        int extra = 0;
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            l.add(new TypeInsnNode(Opcodes.NEW, impl.getOwner()));
            l.add(new InsnNode(Opcodes.DUP));
            extra = 2;
        }
        Ctx.loadParams(l, desc, true);
        l.add(new MethodInsnNode(op, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
        l.add(new InsnNode(Type.getReturnType(desc).getOpcode(Opcodes.IRETURN)));
        body.maxLocals = Names.paramSlots(desc, true);
        body.maxStack = Math.max(body.maxLocals + extra, Type.getReturnType(desc).getSize());
        return body;
    }
}
