package org.stmj.transform;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Adapter 2: every call in a twin. Calls to methods of transformed classes go to their twins, passing the
 * transaction; {@code @GilReleased} and {@code @AtomicBlock} calls get their STM meaning; calls to code that is
 * not transformed follow {@link CallPolicy}. Boundary calls are left for {@link RestartPass}.
 */
final class CallPass {
    private static final String TX = Names.TXN_DESC;

    private CallPass() {
    }

    static void run(Ctx ctx, MethodNode t, int txSlot) {
        AbstractInsnNode[] insns = t.instructions.toArray();
        Frame<BasicValue>[] frames = null;
        if (!t.name.equals("<init>")) {
            for (AbstractInsnNode i : insns) {
                if (i instanceof MethodInsnNode mi && mi.name.equals("<init>") && ctx.h.lockRoot(mi.owner) != null) {
                    frames = ctx.analyze(t);
                    break;
                }
            }
        }
        ArrayOrigins.Origins all = null;
        for (AbstractInsnNode i : insns) {
            if (ArrayOrigins.helperSource(i) > 0) {
                all = ArrayOrigins.analyzeAll(ctx, t);
                break;
            }
        }
        int[] origins = all == null ? null : all.codes();
        for (int index = 0; index < insns.length; index++) {
            AbstractInsnNode insn = insns[index];
            if (insn instanceof MethodInsnNode mi) {
                if (frames != null && frames[index] != null && mi.name.equals("<init>")) {
                    onNew(ctx, t, mi, frames[index], txSlot);
                }
                if (origins != null && guardedHelper(origins[index]) && ArrayOrigins.helperSource(mi) > 0) {
                    guardedArrayHelper(ctx, t, mi, txSlot, all, index);
                } else {
                    call(ctx, t, mi, txSlot, origins == null ? ArrayOrigins.NONE : origins[index]);
                }
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                indy(ctx, t, indy, txSlot);
            } else if (isArrayAllocation(insn)) {
                onNewArray(t, insn, txSlot);
            }
        }
    }

    /** {@code NEWARRAY}, {@code ANEWARRAY} or {@code MULTIANEWARRAY}. */
    static boolean isArrayAllocation(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        return op == Opcodes.NEWARRAY || op == Opcodes.ANEWARRAY || op == Opcodes.MULTIANEWARRAY;
    }

    /**
     * After an array allocation, tells the engine the running attempt allocated it ({@code Barriers.onNewArray}):
     * the array barriers then read and write the attempt's two newest arrays in place (no stripe, no log) until
     * the attempt ends. The engine forgets them at every begin, commit, abort and {@code orElse} savepoint, so
     * this stays correct when the array is published and the transaction commits at a boundary or before a
     * {@code @GilReleased} call in between. Of a {@code MULTIANEWARRAY} only the outer array is announced.
     */
    private static void onNewArray(MethodNode t, AbstractInsnNode insn, int txSlot) {
        InsnList l = new InsnList();
        l.add(new InsnNode(Opcodes.DUP));
        l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        l.add(Ctx.barrier("onNewArray", "(Ljava/lang/Object;" + TX + ")V"));
        t.instructions.insert(insn, l);
    }

    private static InsnList txThen(int txSlot) {
        InsnList l = new InsnList();
        l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        return l;
    }

    private static void inevitable(Ctx ctx, MethodNode t, AbstractInsnNode at, int txSlot, String what) {
        InsnList l = txThen(txSlot);
        l.add(new LdcInsnNode(ctx.site(t, at, what)));
        l.add(Ctx.rt("inevitable", "(" + TX + "Ljava/lang/String;)V"));
        t.instructions.insertBefore(at, l);
    }

    /**
     * One call in a twin; {@code origin} is {@link ArrayOrigins}'s entry for it (the kinds of an array helper's
     * source and destination arrays).
     */
    private static void call(Ctx ctx, MethodNode t, MethodInsnNode mi, int txSlot, int origin) {
        if (mi.owner.startsWith("org/stmj/core/") || mi.owner.startsWith("org/stmj/transform/runtime/")) {
            return;
        }
        boolean hasReceiver = mi.getOpcode() != Opcodes.INVOKESTATIC;
        String what = Names.dotted(mi.owner) + "." + mi.name;
        if (!mi.name.equals("<init>") && !mi.owner.startsWith("[")) {
            int marks = ctx.marks(mi.owner, mi.name, mi.desc);
            if ((marks & ClassInfo.BOUNDARY) != 0) {
                return;
            }
            if ((marks & ClassInfo.GIL_RELEASED) != 0) {
                gilReleased(t, mi, txSlot);
                return;
            }
            if ((marks & (ClassInfo.BLOCK_ENTER | ClassInfo.BLOCK_EXIT)) != 0) {
                if (Type.getReturnType(mi.desc) != Type.VOID_TYPE) {
                    throw ctx.refuse(t, "@AtomicBlock method " + what + " must return void");
                }
                // the method's own body runs too (as a twin, below), so that what the interpreter keeps about
                // its blocks (a depth, is_atomic()) is the same in every mode; then the engine's block level
                InsnList l = txThen(txSlot);
                l.add(Ctx.stm((marks & ClassInfo.BLOCK_ENTER) != 0 ? "enterAtomicBlock" : "exitAtomicBlock",
                        "(" + TX + ")V"));
                t.instructions.insert(mi, l);
            }
        }
        if (mi.owner.startsWith("[")) {
            if (mi.name.equals("clone") && plainSource(origin)) {
                announceNewArray(t, mi, txSlot); // the JVM's clone of an array that needs no read barrier here
            } else if (mi.name.equals("clone")) {
                InsnList l = txThen(txSlot);
                l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.ARRAYS, "cloneArray",
                        "(Ljava/lang/Object;" + TX + ")Ljava/lang/Object;", false));
                l.add(new TypeInsnNode(Opcodes.CHECKCAST, mi.owner));
                t.instructions.insert(mi, l);
                t.instructions.remove(mi);
            }
            return;
        }
        if (mi.name.equals("<init>")) {
            if (ctx.h.isTransformed(mi.owner)) {
                t.instructions.insertBefore(mi, txThen(txSlot));
                mi.desc = Names.twinDesc(mi.desc);
            } else if (!ctx.policy.isPure(mi.getOpcode(), mi.owner, mi.name, mi.desc)) {
                inevitable(ctx, t, mi, txSlot, "new " + Names.dotted(mi.owner));
            }
            return;
        }
        Hierarchy.MethodRef r = ctx.h.resolveMethod(mi.owner, mi.name, mi.desc);
        if (r != null && ctx.h.isTransformed(r.owner())) {
            t.instructions.insertBefore(mi, txThen(txSlot));
            mi.name = Names.twinName(mi.name);
            mi.desc = Names.twinDesc(mi.desc);
            return;
        }
        switch (ctx.policy.kind(mi.getOpcode(), mi.owner, mi.name, mi.desc)) {
            case PURE -> {
            }
            case ARRAY_HELPER -> arrayHelper(t, mi, txSlot, origin);
            case VIRTUAL -> {
                String desc = "(" + (mi.owner.startsWith("[") ? "Ljava/lang/Object;" : "L" + mi.owner + ";")
                        + Names.twinDesc(mi.desc).substring(1);
                Handle bsm = Ctx.bsm("virtual", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/Class;Ljava/lang/String;I)"
                        + "Ljava/lang/invoke/CallSite;");
                int pure = ctx.policy.isPure(mi.getOpcode(), mi.owner, mi.name, mi.desc) ? 1 : 0;
                InvokeDynamicInsnNode indy = new InvokeDynamicInsnNode(mi.name, desc, bsm,
                        Type.getObjectType(mi.owner), ctx.site(t, mi, what), pure);
                t.instructions.insertBefore(mi, txThen(txSlot));
                t.instructions.insert(mi, indy);
                t.instructions.remove(mi);
            }
            case INEVITABLE -> inevitable(ctx, t, mi, txSlot, what);
        }
    }

    /**
     * A {@code @GilReleased} call:
     * <pre>
     *   tx = Rt.beforeGilReleased(tx);      // commits (null), or makes the transaction inevitable (tx)
     *   start: call end:
     *   tx = Rt.afterGilReleased(tx);       // the inevitable tail after a commit
     *   goto cont
     *   handler (any throwable from the call):  tx = Rt.afterGilReleased(tx); athrow
     *   cont:
     * </pre>
     * The handler sits inline, right after the call, so every handler of the method that covers the call covers
     * its rethrow too: the exception reaches the interpreter's own handlers with a running transaction.
     */
    private static void gilReleased(MethodNode t, MethodInsnNode mi, int txSlot) {
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        LabelNode cont = new LabelNode();
        InsnList before = txThen(txSlot);
        before.add(Ctx.rt("beforeGilReleased", "(" + TX + ")" + TX));
        before.add(new VarInsnNode(Opcodes.ASTORE, txSlot));
        before.add(start);
        InsnList after = new InsnList();
        after.add(end);
        after.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        after.add(Ctx.rt("afterGilReleased", "(" + TX + ")" + TX));
        after.add(new VarInsnNode(Opcodes.ASTORE, txSlot));
        after.add(new JumpInsnNode(Opcodes.GOTO, cont));
        after.add(handler);
        after.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        after.add(Ctx.rt("afterGilReleased", "(" + TX + ")" + TX));
        after.add(new VarInsnNode(Opcodes.ASTORE, txSlot));
        after.add(new InsnNode(Opcodes.ATHROW));
        after.add(cont);
        t.instructions.insertBefore(mi, before);
        t.instructions.insert(mi, after);
        t.tryCatchBlocks.add(0, new TryCatchBlockNode(start, end, handler, null));
    }

    /**
     * After {@code new C(...)} of a transformed class, tells the engine the transaction owns the new object, when
     * the new reference is left on the stack by the usual NEW, DUP, args, INVOKESPECIAL sequence.
     */
    private static void onNew(Ctx ctx, MethodNode t, MethodInsnNode mi, Frame<BasicValue> f, int txSlot) {
        String root = ctx.h.lockRoot(mi.owner);
        int args = Type.getArgumentTypes(mi.desc).length;
        int below = f.getStackSize() - args - 2;
        if (root == null || below < 0) {
            return;
        }
        Type copy = f.getStack(below).getType();
        Type recv = f.getStack(below + 1).getType();
        if (copy == null || recv == null || !copy.equals(recv) || !copy.getInternalName().equals(mi.owner)) {
            return;
        }
        InsnList l = new InsnList();
        l.add(new InsnNode(Opcodes.DUP));
        l.add(ctx.offsetHolder("instanceOffset", root, Names.LOCK_FIELD));
        l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        l.add(Ctx.barrier("onNew", "(Ljava/lang/Object;J" + TX + ")V"));
        t.instructions.insert(mi, l);
    }

    /**
     * Whether {@link ArrayOrigins} found the source array of a helper call to need no read barrier there: an
     * {@code @ImmutableArray}, or an {@code @ConfinedArray} read from its holder in this attempt (the holder was
     * claimed at that field read, and no boundary lies between); the same rules as for a plain element load.
     */
    private static boolean plainSource(int origin) {
        return (origin & 3) != ArrayOrigins.NONE;
    }

    /** Whether the destination of a {@code System.arraycopy} is a confined array owned here (plain stores). */
    private static boolean plainDestination(int origin) {
        return (origin >>> ArrayOrigins.DEST_SHIFT & 3) == ArrayOrigins.CONFINED;
    }

    /** Whether an array helper's source or destination is a guarded array ({@link ArrayOrigins#GUARDED}). */
    private static boolean guardedHelper(int origin) {
        return (origin & 3) == ArrayOrigins.GUARDED || (origin >>> ArrayOrigins.DEST_SHIFT & 3) == ArrayOrigins.GUARDED;
    }

    /**
     * An array helper ({@code System.arraycopy}, {@code Arrays.copyOf}/{@code copyOfRange}, an array's {@code
     * clone()}) whose source or destination is a guarded array: its {@code TxArrays} guarded version, which takes
     * each guarded side's holder (loaded from the local {@link ArrayOrigins} found it in) and the holder's lock word
     * offset after the JDK method's arguments, {@code null} and 0 for a side that is not guarded, and reads and
     * writes every element of a guarded side through {@code Barriers.readRefArrayGuarded}/{@code
     * writeRefArrayGuarded}, exactly as the element loop it stands for would be transformed. The other side of a
     * copy may not be an owned confined array (refused: it would need a third protocol on one copy).
     */
    private static void guardedArrayHelper(Ctx ctx, MethodNode t, MethodInsnNode mi, int txSlot,
                                           ArrayOrigins.Origins all, int index) {
        int origin = all.codes()[index];
        boolean srcGuarded = (origin & 3) == ArrayOrigins.GUARDED;
        boolean dstGuarded = (origin >>> ArrayOrigins.DEST_SHIFT & 3) == ArrayOrigins.GUARDED;
        if (!srcGuarded && (origin & 3) == ArrayOrigins.CONFINED
                || !dstGuarded && (origin >>> ArrayOrigins.DEST_SHIFT & 3) == ArrayOrigins.CONFINED) {
            throw ctx.refuse(t, "array helper " + mi.name + " between a guarded and a confined array");
        }
        InsnList l = new InsnList();
        if (srcGuarded) {
            holderAndOffset(ctx, l, origin >>> ArrayOrigins.HOLDER_SHIFT, all.guardFields()[index]);
        }
        Type ret = Type.getReturnType(mi.desc);
        String name;
        StringBuilder d = new StringBuilder("(");
        if (mi.name.equals("arraycopy")) {
            if (!srcGuarded) {
                l.add(new InsnNode(Opcodes.ACONST_NULL));
                l.add(new InsnNode(Opcodes.LCONST_0));
            }
            if (dstGuarded) {
                holderAndOffset(ctx, l, all.destHolders()[index], all.destGuardFields()[index]);
            } else {
                l.add(new InsnNode(Opcodes.ACONST_NULL));
                l.add(new InsnNode(Opcodes.LCONST_0));
            }
            name = "arraycopyGuarded";
            d.append("Ljava/lang/Object;ILjava/lang/Object;IILjava/lang/Object;JLjava/lang/Object;J");
        } else {
            name = mi.owner.startsWith("[") ? "cloneGuarded" : mi.name + "Guarded";
            if (!mi.owner.startsWith("[")) {
                for (Type a : Type.getArgumentTypes(mi.desc)) {
                    d.append(a.getSort() == Type.ARRAY ? "Ljava/lang/Object;" : a.getDescriptor());
                }
            } else {
                d.append("Ljava/lang/Object;");
            }
            d.append("Ljava/lang/Object;J");
        }
        d.append(TX).append(")").append(ret.getSort() == Type.ARRAY || mi.owner.startsWith("[")
                ? "Ljava/lang/Object;" : ret.getDescriptor());
        l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.ARRAYS, name, d.toString(), false));
        if (mi.owner.startsWith("[")) {
            l.add(new TypeInsnNode(Opcodes.CHECKCAST, mi.owner));
        } else if (ret.getSort() == Type.ARRAY) {
            l.add(new TypeInsnNode(Opcodes.CHECKCAST, ret.getDescriptor()));
        }
        t.instructions.insert(mi, l);
        t.instructions.remove(mi);
    }

    /** Pushes a guarded array's holder (from its local) and the offset of the holder's lock word. */
    private static void holderAndOffset(Ctx ctx, InsnList l, int holderLocal, FieldInsnNode field) {
        Hierarchy.FieldRef ref = ctx.h.resolveField(field.owner, field.name);
        String root = ctx.h.lockRoot(ref.owner());
        l.add(new VarInsnNode(Opcodes.ALOAD, holderLocal));
        l.add(ctx.offsetHolder("instanceOffset", root, Names.LOCK_FIELD));
    }

    /** After a JDK call left a new array on the stack: {@code Barriers.onNewArray(array, tx)}. */
    private static void announceNewArray(MethodNode t, MethodInsnNode mi, int txSlot) {
        InsnList l = new InsnList();
        l.add(new InsnNode(Opcodes.DUP));
        l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        l.add(Ctx.barrier("onNewArray", "(Ljava/lang/Object;" + TX + ")V"));
        t.instructions.insert(mi, l);
    }

    /**
     * Replaces {@code System.arraycopy} or an {@code Arrays} helper by its {@code TxArrays} version. A copy whose
     * source needs no read barrier ({@link #plainSource}) keeps the JDK's {@code Arrays.copyOf}/{@code copyOfRange}
     * (the new array announced with {@code onNewArray}), or becomes {@code TxArrays.arraycopyPlainSource} (plain
     * reads, barriers on the destination), or stays {@code System.arraycopy} when its destination is an owned
     * confined array too; one into an owned confined array from anything else becomes
     * {@code TxArrays.arraycopyPlainDestination}.
     */
    private static void arrayHelper(MethodNode t, MethodInsnNode mi, int txSlot, int origin) {
        boolean copy = mi.name.equals("copyOf") || mi.name.equals("copyOfRange");
        boolean arraycopy = mi.name.equals("arraycopy");
        if (copy && plainSource(origin)) {
            announceNewArray(t, mi, txSlot);
            return;
        }
        if (arraycopy && plainSource(origin) && plainDestination(origin)) {
            return; // both sides are plain: the JVM's own copy
        }
        if (arraycopy && (plainSource(origin) || plainDestination(origin))) {
            InsnList l = txThen(txSlot);
            l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.ARRAYS,
                    plainSource(origin) ? "arraycopyPlainSource" : "arraycopyPlainDestination",
                    "(Ljava/lang/Object;ILjava/lang/Object;II" + TX + ")V", false));
            t.instructions.insert(mi, l);
            t.instructions.remove(mi);
            return;
        }
        Type[] args = Type.getArgumentTypes(mi.desc);
        Type ret = Type.getReturnType(mi.desc);
        InsnList l = new InsnList();
        StringBuilder d = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            boolean last = i == args.length - 1;
            if (mi.name.equals("fill") && last) {
                Ctx.box(l, args[i]);
                d.append("Ljava/lang/Object;");
            } else if (args[i].getSort() == Type.ARRAY || args[i].getSort() == Type.OBJECT
                    && !args[i].getInternalName().equals("java/lang/Class")) {
                d.append("Ljava/lang/Object;");
            } else {
                d.append(args[i].getDescriptor());
            }
        }
        d.append(TX).append(")");
        boolean castBack = ret.getSort() == Type.ARRAY;
        d.append(castBack ? "Ljava/lang/Object;" : ret.getDescriptor());
        l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Names.ARRAYS, mi.name, d.toString(), false));
        if (castBack) {
            l.add(new TypeInsnNode(Opcodes.CHECKCAST, ret.getDescriptor()));
        }
        t.instructions.insert(mi, l);
        t.instructions.remove(mi);
    }

    private static void indy(Ctx ctx, MethodNode t, InvokeDynamicInsnNode indy, int txSlot) {
        String owner = indy.bsm.getOwner();
        if (owner.equals("java/lang/invoke/StringConcatFactory")) {
            String lookup = "Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;";
            if (indy.bsm.getName().equals("makeConcatWithConstants")) {
                indy.bsm = Ctx.bsm("concat", "(" + lookup + "Ljava/lang/String;[Ljava/lang/Object;)"
                        + "Ljava/lang/invoke/CallSite;");
            } else {
                indy.bsm = Ctx.bsm("concatPlain", "(" + lookup + ")Ljava/lang/invoke/CallSite;");
            }
        } else if (!owner.equals("java/lang/invoke/LambdaMetafactory")
                && !owner.equals("java/lang/runtime/ObjectMethods") && !owner.equals(Names.BOOT)) {
            inevitable(ctx, t, indy, txSlot, "invokedynamic " + indy.name + " (" + Names.dotted(owner) + ")");
        }
    }
}
