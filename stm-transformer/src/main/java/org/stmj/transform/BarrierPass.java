package org.stmj.transform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Adapter 3: in a twin, replaces every {@code GETFIELD}, {@code PUTFIELD}, {@code GETSTATIC}, {@code PUTSTATIC},
 * {@code xALOAD} and {@code xASTORE} by the matching {@code Barriers} call, with the offsets as dynamic
 * constants. No barrier on final and {@code @ThreadConfined} fields, nor on fields of the object a constructor
 * is building (its receiver is local 0 and local 0 is never reassigned). Fields of a confined class
 * ({@code @ThreadConfined} on the class) are accessed plainly after {@code C.$stm$own(obj, tx)}; element
 * accesses of arrays read from {@code @ImmutableArray} fields (loads) and from {@code @ConfinedArray} fields in
 * the same transaction (loads and stores) get no barrier ({@link ArrayOrigins}).
 */
final class BarrierPass {
    private BarrierPass() {
    }

    static void run(Ctx ctx, MethodNode t, int txSlot) {
        boolean ctor = t.name.equals("<init>");
        Set<AbstractInsnNode> ownFields = ctor ? thisAccesses(ctx, t) : Set.of();
        AbstractInsnNode[] insns = t.instructions.toArray();
        ArrayOrigins.Origins all = ArrayOrigins.analyzeAll(ctx, t);
        int[] origins = all == null ? null : all.codes();
        Map<FieldInsnNode, String> owning = new HashMap<>();
        for (AbstractInsnNode i : insns) {
            String cls = i instanceof FieldInsnNode fi && !ownFields.contains(fi) ? ownerToClaim(ctx, fi) : null;
            if (cls != null) {
                owning.put((FieldInsnNode) i, cls);
            }
        }
        OwnedReceivers.Result ownership = OwnedReceivers.analyze(ctx, t, owning);
        Set<AbstractInsnNode> alreadyOwned = ownership.owned();
        // the locals owned at each boundary call, claimed again where a new attempt begins there (RestartPass)
        ctx.carried.putAll(ownership.carried());
        Frame<BasicValue>[] frames = null;
        for (AbstractInsnNode i : insns) {
            if (i.getOpcode() == Opcodes.AALOAD) {
                frames = ctx.analyze(t);
                break;
            }
        }
        for (int index = 0; index < insns.length; index++) {
            AbstractInsnNode insn = insns[index];
            int op = insn.getOpcode();
            if (insn instanceof FieldInsnNode fi) {
                if (!ownFields.contains(fi)) {
                    field(ctx, t, fi, txSlot, alreadyOwned.contains(fi));
                }
            } else if (origins != null && (origins[index] & 0xff) == ArrayOrigins.GUARDED
                    && op >= Opcodes.IALOAD && op <= Opcodes.SASTORE) {
                guarded(ctx, t, insn, op, origins[index] >>> ArrayOrigins.HOLDER_SHIFT, all.guardFields()[index],
                        txSlot, frames == null ? null : frames[index]);
            } else if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) {
                if (origins != null && origins[index] != ArrayOrigins.NONE) {
                    continue; // an immutable array, or a confined array whose holder this attempt claimed
                }
                Type elem = null;
                if (op == Opcodes.AALOAD) {
                    Frame<BasicValue> f = frames[index];
                    if (f == null) {
                        continue; // unreachable
                    }
                    Type arr = f.getStack(f.getStackSize() - 2).getType();
                    if (arr == null || arr.getSort() != Type.ARRAY) {
                        continue; // a null array: the plain AALOAD throws the NullPointerException
                    }
                    elem = Type.getType(arr.getDescriptor().substring(1));
                }
                arrayLoad(t, insn, op, elem, txSlot);
            } else if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
                if (origins != null && origins[index] == ArrayOrigins.CONFINED) {
                    continue; // the holder is claimed (exclusive) and its elements snapshotted this attempt
                }
                arrayStore(t, insn, op, txSlot);
            }
        }
    }

    private static final String[] ARRAY_KIND = {"Int", "Long", "Float", "Double", "Ref", "Byte", "Char", "Short"};
    private static final String[] ARRAY_DESC = {"[I", "[J", "[F", "[D", "[Ljava/lang/Object;", "Ljava/lang/Object;",
        "[C", "[S"};
    private static final String[] ELEM_DESC = {"I", "J", "F", "D", "Ljava/lang/Object;", "B", "C", "S"};

    /**
     * The barrier call that replaces the array instruction {@code op} ({@code IALOAD..SALOAD}, {@code
     * IASTORE..SASTORE}): {@code readKArray(array, index, tx)} or {@code writeKArray(array, index, value, tx)}.
     * Every name and descriptor an array access can get is built here ({@code BarrierNamesTest} resolves them all).
     */
    static MethodInsnNode arrayBarrier(int op) {
        if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) {
            int k = op - Opcodes.IALOAD;
            return Ctx.barrier("read" + ARRAY_KIND[k] + "Array", "(" + ARRAY_DESC[k] + "I" + Names.TXN_DESC + ")"
                    + ELEM_DESC[k]);
        }
        if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
            int k = op - Opcodes.IASTORE;
            return Ctx.barrier("write" + ARRAY_KIND[k] + "Array", "(" + ARRAY_DESC[k] + "I" + ELEM_DESC[k]
                    + Names.TXN_DESC + ")V");
        }
        throw new IllegalArgumentException("not an array load or store: " + op);
    }

    /**
     * The barrier call that replaces the field instruction {@code op} ({@code GETFIELD}, {@code PUTFIELD}, {@code
     * GETSTATIC}, {@code PUTSTATIC}) on a field of {@code type}; an instance field of a class without a lock word
     * ({@code striped}) gets the striped barrier. Every name and descriptor a field access can get is built here
     * ({@code BarrierNamesTest} resolves them all).
     */
    static MethodInsnNode fieldBarrier(Type type, int op, boolean striped) {
        String k = Names.kind(type);
        String v = Names.barrierDesc(type);
        String tx = Names.TXN_DESC;
        return switch (op) {
            case Opcodes.GETFIELD -> striped
                    ? Ctx.barrier("read" + k + "Striped", "(Ljava/lang/Object;J" + tx + ")" + v)
                    : Ctx.barrier("read" + k, "(Ljava/lang/Object;JJ" + tx + ")" + v);
            case Opcodes.PUTFIELD -> striped
                    ? Ctx.barrier("write" + k + "Striped", "(Ljava/lang/Object;" + v + "J" + tx + ")V")
                    : Ctx.barrier("write" + k, "(Ljava/lang/Object;" + v + "JJ" + tx + ")V");
            case Opcodes.GETSTATIC -> Ctx.barrier("readStatic" + k, "(Ljava/lang/Object;J" + tx + ")" + v);
            case Opcodes.PUTSTATIC -> Ctx.barrier("writeStatic" + k, "(" + v + "Ljava/lang/Object;J" + tx + ")V");
            default -> throw new IllegalArgumentException("not a field instruction: " + op);
        };
    }

    /**
     * The barrier call for a {@code GETFIELD}/{@code PUTFIELD} of a stable field ({@code stableFields}) of a class
     * with a lock word: {@code readKStable(obj, offset, lockOffset, tx)} or {@code writeKStable(obj, value, offset,
     * lockOffset, tx)} ({@code BarrierNamesTest} resolves them all).
     */
    static MethodInsnNode stableBarrier(Type type, int op) {
        String k = Names.kind(type);
        String v = Names.barrierDesc(type);
        String tx = Names.TXN_DESC;
        return switch (op) {
            case Opcodes.GETFIELD -> Ctx.barrier("read" + k + "Stable", "(Ljava/lang/Object;JJ" + tx + ")" + v);
            case Opcodes.PUTFIELD -> Ctx.barrier("write" + k + "Stable", "(Ljava/lang/Object;" + v + "JJ" + tx + ")V");
            default -> throw new IllegalArgumentException("not an instance field instruction: " + op);
        };
    }

    /**
     * An element access of a guarded array ({@code guardedArrays}): {@code readKArrayGuarded(array, index, holder,
     * lockOffset, tx)} or {@code writeKArrayGuarded(array, index, value, holder, lockOffset, tx)}, with the holder
     * loaded from the local that {@link ArrayOrigins} found it in (never assigned in this method) and the lock
     * word of the class declaring the field.
     */
    private static void guarded(Ctx ctx, MethodNode t, AbstractInsnNode insn, int op, int holderLocal,
                                FieldInsnNode field, int txSlot, Frame<BasicValue> f) {
        Hierarchy.FieldRef ref = ctx.h.resolveField(field.owner, field.name);
        String root = ctx.h.lockRoot(ref.owner());
        boolean load = op <= Opcodes.SALOAD;
        int k = load ? op - Opcodes.IALOAD : op - Opcodes.IASTORE;
        String tail = "Ljava/lang/Object;J" + Names.TXN_DESC + ")";
        MethodInsnNode call = load
                ? Ctx.barrier("read" + ARRAY_KIND[k] + "ArrayGuarded", "(" + ARRAY_DESC[k] + "I" + tail + ELEM_DESC[k])
                : Ctx.barrier("write" + ARRAY_KIND[k] + "ArrayGuarded", "(" + ARRAY_DESC[k] + "I" + ELEM_DESC[k] + tail
                        + "V");
        InsnList out = new InsnList();
        out.add(new VarInsnNode(Opcodes.ALOAD, holderLocal));
        out.add(ctx.offsetHolder("instanceOffset", root, Names.LOCK_FIELD));
        out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        out.add(call);
        if (op == Opcodes.AALOAD && f != null) {
            Type arr = f.getStack(f.getStackSize() - 2).getType();
            Type elem = arr != null && arr.getSort() == Type.ARRAY ? Type.getType(arr.getDescriptor().substring(1))
                    : null;
            if (elem != null && !elem.getDescriptor().equals("Ljava/lang/Object;")) {
                out.add(new TypeInsnNode(Opcodes.CHECKCAST, elem.getSort() == Type.ARRAY ? elem.getDescriptor()
                        : elem.getInternalName()));
            }
        }
        t.instructions.insert(insn, out);
        t.instructions.remove(insn);
    }

    private static void arrayLoad(MethodNode t, AbstractInsnNode insn, int op, Type elem, int txSlot) {
        InsnList out = new InsnList();
        out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        out.add(arrayBarrier(op));
        if (elem != null && !elem.getDescriptor().equals("Ljava/lang/Object;")) {
            out.add(new TypeInsnNode(Opcodes.CHECKCAST, elem.getSort() == Type.ARRAY ? elem.getDescriptor()
                    : elem.getInternalName()));
        }
        t.instructions.insert(insn, out);
        t.instructions.remove(insn);
    }

    private static void arrayStore(MethodNode t, AbstractInsnNode insn, int op, int txSlot) {
        InsnList out = new InsnList();
        out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        out.add(arrayBarrier(op));
        t.instructions.insert(insn, out);
        t.instructions.remove(insn);
    }

    /**
     * The confined class whose {@code $stm$own} must precede this field instruction in a twin, or {@code null}:
     * a non-final, non-{@code @ThreadConfined} instance field of a confined class, or a final
     * {@code @ConfinedArray} field read (plain element accesses follow it).
     */
    private static String ownerToClaim(Ctx ctx, FieldInsnNode fi) {
        int op = fi.getOpcode();
        if (fi.name.startsWith("$stm$") || op != Opcodes.GETFIELD && op != Opcodes.PUTFIELD) {
            return null;
        }
        Hierarchy.FieldRef ref = ctx.h.resolveField(fi.owner, fi.name);
        if (ref == null || ctx.h.isConfinedField(ref, fi.owner, fi.name) || !ctx.h.isConfinedClass(ref.owner())) {
            return null;
        }
        if ((ref.field().access() & Opcodes.ACC_FINAL) != 0) {
            return op == Opcodes.GETFIELD && ctx.h.isConfinedArray(ref, fi.name) ? ref.owner() : null;
        }
        return ref.owner();
    }

    private static void field(Ctx ctx, MethodNode t, FieldInsnNode fi, int txSlot, boolean owned) {
        if (fi.name.startsWith("$stm$")) {
            return;
        }
        Hierarchy.FieldRef ref = ctx.h.resolveField(fi.owner, fi.name);
        if (ref == null) {
            throw ctx.refuse(t, "cannot resolve field " + Names.dotted(fi.owner) + "." + fi.name);
        }
        if (ctx.h.isConfinedField(ref, fi.owner, fi.name)) {
            return;
        }
        boolean instance = fi.getOpcode() == Opcodes.GETFIELD || fi.getOpcode() == Opcodes.PUTFIELD;
        boolean confinedClass = instance && ctx.h.isConfinedClass(ref.owner());
        if ((ref.field().access() & Opcodes.ACC_FINAL) != 0) {
            if (confinedClass && fi.getOpcode() == Opcodes.GETFIELD && ctx.h.isConfinedArray(ref, fi.name)
                    && !owned) {
                own(t, fi, ref.owner(), txSlot); // plain element accesses follow: the holder must be claimed
            }
            return;
        }
        if (confinedClass) {
            if (!owned) {
                own(t, fi, ref.owner(), txSlot); // else: claimed earlier in this attempt (OwnedReceivers)
            }
            return;
        }
        Type type = Type.getType(fi.desc);
        InsnList out = new InsnList();
        boolean read = fi.getOpcode() == Opcodes.GETFIELD || fi.getOpcode() == Opcodes.GETSTATIC;
        if (fi.getOpcode() == Opcodes.GETFIELD || fi.getOpcode() == Opcodes.PUTFIELD) {
            String root = ctx.h.lockRoot(ref.owner());
            boolean stable = ctx.h.isStableField(ref, fi.name);
            if (stable && root == null) {
                throw ctx.refuse(t, "stable field " + Names.dotted(ref.owner()) + "." + fi.name
                        + " is in a class without a lock word");
            }
            out.add(ctx.offsetHolder("instanceOffset", ref.owner(), fi.name));
            if (root != null) {
                out.add(ctx.offsetHolder("instanceOffset", root, Names.LOCK_FIELD));
            }
            out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
            out.add(stable ? stableBarrier(type, fi.getOpcode()) : fieldBarrier(type, fi.getOpcode(), root == null));
        } else {
            out.add(new LdcInsnNode(Ctx.staticBase(ref.owner(), fi.name)));
            out.add(ctx.offsetHolder("staticOffsetOf", ref.owner(), fi.name));
            out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
            out.add(fieldBarrier(type, fi.getOpcode(), true));
        }
        if (read && Names.kind(type).equals("Ref") && !fi.desc.equals("Ljava/lang/Object;")) {
            out.add(new TypeInsnNode(Opcodes.CHECKCAST, type.getSort() == Type.ARRAY ? fi.desc
                    : type.getInternalName()));
        }
        t.instructions.insert(fi, out);
        t.instructions.remove(fi);
    }

    /** Name of the method a confined class gets: {@code static void $stm$own(Object, Txn)}. */
    static final String OWN = "$stm$own";
    static final String OWN_DESC = "(Ljava/lang/Object;" + Names.TXN_DESC + ")V";

    /**
     * Before a plain {@code GETFIELD}/{@code PUTFIELD} of a confined class: {@code C.$stm$own(obj, tx)}, which
     * claims the object for the running attempt unless it owns it already (one load and two compares).
     */
    private static void own(MethodNode t, FieldInsnNode fi, String owner, int txSlot) {
        InsnList out = new InsnList();
        if (fi.getOpcode() == Opcodes.GETFIELD) {
            out.add(new InsnNode(Opcodes.DUP));                      // obj obj
        } else if (Type.getType(fi.desc).getSize() == 1) {
            out.add(new InsnNode(Opcodes.SWAP));                     // v obj
            out.add(new InsnNode(Opcodes.DUP_X1));                   // obj v obj
        } else {
            out.add(new InsnNode(Opcodes.DUP2_X1));                  // vv obj vv
            out.add(new InsnNode(Opcodes.POP2));                     // vv obj
            out.add(new InsnNode(Opcodes.DUP_X2));                   // obj vv obj
        }
        out.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, OWN, OWN_DESC, false));
        t.instructions.insertBefore(fi, out);
    }

    /** Field instructions of a constructor whose receiver is the object under construction. */
    private static Set<AbstractInsnNode> thisAccesses(Ctx ctx, MethodNode t) {
        for (AbstractInsnNode i : t.instructions) {
            if (i instanceof VarInsnNode v && v.var == 0 && v.getOpcode() == Opcodes.ASTORE) {
                return Set.of();
            }
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(ctx.cn.name, t);
        } catch (AnalyzerException e) {
            throw ctx.refuse(t, "cannot analyse constructor: " + Ctx.oneLine(e.getMessage()));
        }
        Set<AbstractInsnNode> out = new HashSet<>();
        AbstractInsnNode[] insns = t.instructions.toArray();
        for (int i = 0; i < insns.length; i++) {
            if (!(insns[i] instanceof FieldInsnNode fi) || frames[i] == null) {
                continue;
            }
            int depth = switch (fi.getOpcode()) {
                case Opcodes.GETFIELD -> 1;
                case Opcodes.PUTFIELD -> 2;
                default -> -1;
            };
            if (depth < 0) {
                continue;
            }
            Frame<SourceValue> f = frames[i];
            SourceValue recv = f.getStack(f.getStackSize() - depth);
            boolean self = !recv.insns.isEmpty();
            for (AbstractInsnNode s : recv.insns) {
                self &= s instanceof VarInsnNode v && v.getOpcode() == Opcodes.ALOAD && v.var == 0;
            }
            if (self) {
                out.add(fi);
            }
        }
        return out;
    }
}
