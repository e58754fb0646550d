package org.stmj.transform;

import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * For a confined class ({@code @ThreadConfined} on the class, or {@code confinedClasses}): checks that it can be
 * one (final, owns its lock word) and adds the two methods the barriers of {@link BarrierPass} call:
 * <pre>
 *   public static void $stm$own(Object o, Txn tx) { if (!ConfinedBarriers.owned(o, LOCK, tx)) $stm$claim(o, tx); }
 *   private static void $stm$claim(Object o, Txn tx) {
 *       ConfinedBarriers.claim(o, LOCK, tx);
 *       C s = (C) ConfinedBarriers.blank(C.class);           // one snapshot of the rolled-back fields: every
 *       s.f = ((C) o).f; ...                                  // non-static, non-final field f of the class that is
 *       ConfinedBarriers.saveObject(o, s, tx);                // not @ThreadConfined itself; one undo entry
 *       ConfinedBarriers.saveArray(((C) o).a, tx);            // every @ConfinedArray field a
 *   }
 *   public void $stm$restore(Object s) { f = ((C) s).f; ... } // C implements ConfinedSnapshot; undo calls it
 * </pre>
 * {@code $stm$own} is small enough to be inlined at every access; the claim runs once per object per attempt.
 * A class with no rolled-back field of its own gets no snapshot and no {@code $stm$restore}; one that may have a
 * finalizer (its blank copy would be finalized) keeps one {@code ConfinedBarriers.saveK(o, OFF_f, tx)} per field.
 */
final class ConfinedPass {
    static final String CONFINED = "org/stmj/core/ConfinedBarriers";
    static final String CLAIM = "$stm$claim";
    static final String RESTORE = "$stm$restore";
    static final String SNAPSHOT = "org/stmj/core/ConfinedSnapshot";

    private ConfinedPass() {
    }

    static void run(Ctx ctx) {
        String name = ctx.cn.name;
        if (!ctx.h.isConfinedClass(name)) {
            return;
        }
        String who = Names.dotted(name);
        if (ctx.isInterface() || ctx.h.info(name).isRecord()) {
            throw new TransformException(who + ": a confined class cannot be an interface or a record");
        }
        if ((ctx.cn.access & Opcodes.ACC_FINAL) == 0) {
            throw new TransformException(who + ": a confined class must be final");
        }
        // the claim takes the object's one lock word: its own, or the one it inherits from its transformed
        // superclasses (their fields keep the ordinary barriers, which treat a word holding the attempt's lock
        // as locked by the attempt, so the two protocols agree on it)
        String root = ctx.h.lockRoot(name);
        if (root == null) {
            throw new TransformException(who + ": a confined class needs a lock word (not an interface or record)");
        }
        for (MethodNode m : ctx.cn.methods) {
            if (m.name.equals(BarrierPass.OWN) || m.name.equals(CLAIM) || m.name.equals(RESTORE)) {
                throw new TransformException(who + ": method name " + m.name + " clashes with the transformer's");
            }
        }
        String tx = Names.TXN_DESC;
        MethodNode own = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                BarrierPass.OWN, BarrierPass.OWN_DESC, null, null);
        InsnList o = own.instructions;
        LabelNode done = new LabelNode(new Label());
        o.add(new VarInsnNode(Opcodes.ALOAD, 0));
        o.add(ctx.offsetHolder("instanceOffset", root, Names.LOCK_FIELD));
        o.add(new VarInsnNode(Opcodes.ALOAD, 1));
        o.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CONFINED, "owned", "(Ljava/lang/Object;J" + tx + ")Z", false));
        o.add(new JumpInsnNode(Opcodes.IFNE, done));
        o.add(new VarInsnNode(Opcodes.ALOAD, 0));
        o.add(new VarInsnNode(Opcodes.ALOAD, 1));
        o.add(new MethodInsnNode(Opcodes.INVOKESTATIC, name, CLAIM, BarrierPass.OWN_DESC, false));
        o.add(done);
        o.add(new InsnNode(Opcodes.RETURN));
        own.maxStack = 4;
        own.maxLocals = 2;

        MethodNode claim = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC
                | Opcodes.ACC_SYNTHETIC, CLAIM, BarrierPass.OWN_DESC, null, null);
        InsnList c = claim.instructions;
        c.add(new VarInsnNode(Opcodes.ALOAD, 0));
        c.add(ctx.offsetHolder("instanceOffset", root, Names.LOCK_FIELD));
        c.add(new VarInsnNode(Opcodes.ALOAD, 1));
        c.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CONFINED, "claim", "(Ljava/lang/Object;J" + tx + ")V", false));
        java.util.List<FieldNode> saved = rolledBack(ctx);
        boolean snap = !saved.isEmpty() && !mayHaveFinalizer(ctx);
        if (snap) {
            snapshot(ctx, c, saved);
        } else {
            for (FieldNode f : saved) { // a class whose blank copy could be finalized: an undo entry per field
                c.add(new VarInsnNode(Opcodes.ALOAD, 0));
                c.add(ctx.offsetHolder("instanceOffset", name, f.name));
                c.add(new VarInsnNode(Opcodes.ALOAD, 1));
                c.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CONFINED, "save" + saveKind(Type.getType(f.desc)),
                        "(Ljava/lang/Object;J" + tx + ")V", false));
            }
        }
        for (FieldNode f : ctx.cn.fields) {
            if ((f.access & Opcodes.ACC_STATIC) != 0 || f.name.equals(Names.LOCK_FIELD)) {
                continue;
            }
            Hierarchy.FieldRef ref = ctx.h.resolveField(name, f.name);
            if (ref == null || ctx.h.isConfinedField(ref, name, f.name)) {
                continue; // @ThreadConfined fields: no barrier, not rolled back
            }
            if (f.desc.startsWith("[") && ctx.h.isConfinedArray(ref, f.name)) {
                c.add(new VarInsnNode(Opcodes.ALOAD, 0));
                c.add(new TypeInsnNode(Opcodes.CHECKCAST, name));
                c.add(new FieldInsnNode(Opcodes.GETFIELD, name, f.name, f.desc));
                c.add(new VarInsnNode(Opcodes.ALOAD, 1));
                c.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CONFINED, "saveArray", "(Ljava/lang/Object;" + tx + ")V",
                        false));
            }
        }
        c.add(new InsnNode(Opcodes.RETURN));
        claim.maxStack = 4;
        claim.maxLocals = 3;
        ctx.added.add(own);
        ctx.added.add(claim);
        if (snap) {
            ctx.added.add(restore(ctx, saved));
            if (!ctx.cn.interfaces.contains(SNAPSHOT)) {
                ctx.cn.interfaces.add(SNAPSHOT);
            }
        }
    }

    /**
     * The fields a claim rolls back: every non-static, non-final field the class declares, except its lock word
     * and the fields marked {@code @ThreadConfined} themselves (no barrier, not rolled back). Inherited fields keep
     * the ordinary barriers and their undo entries.
     */
    private static java.util.List<FieldNode> rolledBack(Ctx ctx) {
        java.util.List<FieldNode> out = new java.util.ArrayList<>();
        for (FieldNode f : ctx.cn.fields) {
            if ((f.access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) != 0 || f.name.equals(Names.LOCK_FIELD)) {
                continue;
            }
            Hierarchy.FieldRef ref = ctx.h.resolveField(ctx.cn.name, f.name);
            if (ref == null || ctx.h.isConfinedField(ref, ctx.cn.name, f.name)) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Whether the class or a superclass may declare {@code finalize()}: then a blank copy made without a constructor
     * would still be registered for finalization, and the claim logs an entry per field instead. A superclass the
     * hierarchy cannot read (other than {@code Object}) counts as one that may.
     */
    private static boolean mayHaveFinalizer(Ctx ctx) {
        for (String c = ctx.cn.name; c != null && !c.equals("java/lang/Object"); ) {
            ClassInfo ci = ctx.h.info(c);
            if (ci == null || ci.methods.containsKey("finalize()V")) {
                return true;
            }
            c = ci.superName;
        }
        return false;
    }

    private static String saveKind(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE -> "Byte";
            case Type.CHAR, Type.SHORT -> "Short";
            case Type.INT, Type.FLOAT -> "Int";
            case Type.LONG, Type.DOUBLE -> "Long";
            default -> "Ref";
        };
    }

    /**
     * Emits the claim's snapshot: a blank instance of the class (no constructor runs; it is never published), the
     * rolled-back fields copied into it with plain loads and stores (the claim holds the object's lock, and the
     * copy is the attempt's own), and the copy logged as one undo entry. Local 2 holds the copy.
     */
    private static void snapshot(Ctx ctx, InsnList c, java.util.List<FieldNode> saved) {
        String name = ctx.cn.name;
        c.add(new LdcInsnNode(Type.getObjectType(name)));
        c.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CONFINED, "blank", "(Ljava/lang/Class;)Ljava/lang/Object;",
                false));
        c.add(new TypeInsnNode(Opcodes.CHECKCAST, name));
        c.add(new VarInsnNode(Opcodes.ASTORE, 2));
        for (FieldNode f : saved) {
            c.add(new VarInsnNode(Opcodes.ALOAD, 2));
            c.add(new VarInsnNode(Opcodes.ALOAD, 0));
            c.add(new TypeInsnNode(Opcodes.CHECKCAST, name));
            c.add(new FieldInsnNode(Opcodes.GETFIELD, name, f.name, f.desc));
            c.add(new FieldInsnNode(Opcodes.PUTFIELD, name, f.name, f.desc));
        }
        c.add(new VarInsnNode(Opcodes.ALOAD, 0));
        c.add(new VarInsnNode(Opcodes.ALOAD, 2));
        c.add(new VarInsnNode(Opcodes.ALOAD, 1));
        c.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CONFINED, "saveObject",
                "(Ljava/lang/Object;Ljava/lang/Object;" + Names.TXN_DESC + ")V", false));
    }

    /** {@code public void $stm$restore(Object s)}: copies the snapshot's fields back ({@code ConfinedSnapshot}). */
    private static MethodNode restore(Ctx ctx, java.util.List<FieldNode> saved) {
        String name = ctx.cn.name;
        MethodNode r = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, RESTORE,
                "(Ljava/lang/Object;)V", null, null);
        InsnList in = r.instructions;
        in.add(new VarInsnNode(Opcodes.ALOAD, 1));
        in.add(new TypeInsnNode(Opcodes.CHECKCAST, name));
        in.add(new VarInsnNode(Opcodes.ASTORE, 2));
        for (FieldNode f : saved) {
            in.add(new VarInsnNode(Opcodes.ALOAD, 0));
            in.add(new VarInsnNode(Opcodes.ALOAD, 2));
            in.add(new FieldInsnNode(Opcodes.GETFIELD, name, f.name, f.desc));
            in.add(new FieldInsnNode(Opcodes.PUTFIELD, name, f.name, f.desc));
        }
        in.add(new InsnNode(Opcodes.RETURN));
        r.maxStack = 3;
        r.maxLocals = 3;
        return r;
    }
}
