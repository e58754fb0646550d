package org.stmj.transform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/** What the passes over one class share: the class, the hierarchy, the policy, and small code-emitting helpers. */
final class Ctx {
    final Hierarchy h;
    final ClassNode cn;
    final CallPolicy policy;
    /** Methods the passes added that must not get twins themselves (bridges, entries). */
    final Set<MethodNode> generated = new HashSet<>();
    final List<MethodNode> added = new ArrayList<>();
    private int bridges;
    /**
     * Boundary calls of the twins (before {@link RestartPass} rewrites them) to the confined locals owned there,
     * which the rewrite claims again on the paths where a new attempt begins ({@link OwnedReceivers}).
     */
    final java.util.Map<AbstractInsnNode, List<OwnedReceivers.Carried>> carried = new java.util.IdentityHashMap<>();
    /** Offset holders: "bootstrap|owner|field" to the name of the static final long field caching it. */
    final java.util.Map<String, String> holders = new java.util.LinkedHashMap<>();

    Ctx(Hierarchy h, ClassNode cn) {
        this.h = h;
        this.cn = cn;
        this.policy = new CallPolicy(h);
    }

    boolean isInterface() {
        return (cn.access & Opcodes.ACC_INTERFACE) != 0;
    }

    String newBridgeName(String stem) {
        return stem + "$stmBridge$" + (bridges++);
    }

    TransformException refuse(MethodNode m, String why) {
        return new TransformException(Names.dotted(cn.name) + "." + m.name + m.desc + ": " + why);
    }

    /**
     * The STM marks of a called method: annotations on its declaration, or the configuration. Cached per hierarchy
     * (every class of a translation asks about the same few thousand methods, each pass again).
     */
    int marks(String owner, String name, String desc) {
        String key = owner + '#' + name + desc;
        Integer cached = h.marks.get(key);
        if (cached != null) {
            return cached;
        }
        int marks = computeMarks(owner, name, desc);
        h.marks.put(key, marks);
        return marks;
    }

    private int computeMarks(String owner, String name, String desc) {
        int marks = 0;
        Hierarchy.MethodRef r = h.resolveMethod(owner, name, desc);
        String declaring = r == null ? owner : r.owner();
        if (r != null) {
            marks = r.method().marks();
        }
        Config c = h.config;
        for (String o : new String[] {owner, declaring}) {
            if (c.isBoundary(o, name)) {
                marks |= ClassInfo.BOUNDARY;
            }
            if (c.isGilReleased(o, name)) {
                marks |= ClassInfo.GIL_RELEASED;
            }
            if (c.isAtomicEnter(o, name)) {
                marks |= ClassInfo.BLOCK_ENTER;
            }
            if (c.isAtomicExit(o, name)) {
                marks |= ClassInfo.BLOCK_EXIT;
            }
        }
        return marks;
    }

    /** "Owner.method:line" for the instruction, for reports. */
    String site(MethodNode m, AbstractInsnNode insn, String what) {
        int line = -1;
        for (AbstractInsnNode p = insn; p != null; p = p.getPrevious()) {
            if (p instanceof LineNumberNode ln) {
                line = ln.line;
                break;
            }
        }
        String src = cn.sourceFile != null ? cn.sourceFile : Names.dotted(cn.name);
        return what + " at " + Names.dotted(cn.name) + "." + m.name.replace("$stm", "") + "(" + src + ":" + line + ")";
    }

    Frame<BasicValue>[] analyze(MethodNode m) {
        Type sup = cn.superName == null ? null : Type.getObjectType(cn.superName);
        List<Type> itfs = new ArrayList<>();
        for (String i : cn.interfaces) {
            itfs.add(Type.getObjectType(i));
        }
        Analyzer<BasicValue> a = new Analyzer<>(new HierarchyVerifier(h, Type.getObjectType(cn.name), sup, itfs,
                isInterface()));
        try {
            return a.analyze(cn.name, m);
        } catch (AnalyzerException e) {
            throw refuse(m, "does not verify before transformation: " + oneLine(e.getMessage()));
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ');
    }

    // ---- emitting ----

    static Handle bsm(String name, String desc) {
        return new Handle(Opcodes.H_INVOKESTATIC, Names.BOOT, name, desc, false);
    }

    private static final String CONDY_DESC_PREFIX = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;)";

    /**
     * A {@code GETSTATIC} of a {@code static final long} of this class holding the offset, filled in by
     * {@code <clinit>}: the JIT folds it like a constant. (Dynamic constants of type {@code long} would be simpler,
     * but HotSpot 17's compilers skip methods that load them, leaving twins interpreted.)
     */
    org.objectweb.asm.tree.FieldInsnNode offsetHolder(String bootstrap, String owner, String field) {
        String key = bootstrap + "|" + owner + "|" + field;
        String name = holders.computeIfAbsent(key, k -> "$stm$off$" + holders.size());
        return new org.objectweb.asm.tree.FieldInsnNode(Opcodes.GETSTATIC, offsetsOwner(), name, "J");
    }

    /** The class that declares this class's offset holders: itself, or its own holder class. */
    String offsetsOwner() {
        return h.offsetHoldersApart() ? cn.name + Names.OFFSETS_SUFFIX : cn.name;
    }

    static ConstantDynamic staticBase(String owner, String field) {
        return new ConstantDynamic("base", "Ljava/lang/Object;", bsm("staticBase", CONDY_DESC_PREFIX
                + "Ljava/lang/Object;"), Names.dotted(owner), field);
    }

    static MethodInsnNode rt(String name, String desc) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, Names.RT, name, desc, false);
    }

    static MethodInsnNode stm(String name, String desc) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, Names.STM, name, desc, false);
    }

    static MethodInsnNode barrier(String name, String desc) {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, Names.BARRIERS, name, desc, false);
    }

    /** Pops the receiver (if any) and arguments of a call with this descriptor. */
    static void popArgs(InsnList out, String desc, boolean hasReceiver) {
        Type[] args = Type.getArgumentTypes(desc);
        for (int i = args.length - 1; i >= 0; i--) {
            out.add(new InsnNode(args[i].getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
        }
        if (hasReceiver) {
            out.add(new InsnNode(Opcodes.POP));
        }
    }

    /** Gives {@code to} the code of {@code from}: instructions, handlers, local variables and frame sizes. */
    static void moveCode(MethodNode from, MethodNode to) {
        to.instructions = from.instructions;
        to.tryCatchBlocks = from.tryCatchBlocks;
        to.localVariables = from.localVariables;
        to.maxLocals = from.maxLocals;
        to.maxStack = from.maxStack;
    }

    /**
     * A method that passes {@code this} (if not static) and its parameters to {@code owner.name(targetDesc)} by
     * {@code invokestatic} and returns what it returns.
     */
    static MethodNode callThrough(int access, String name, String desc, String[] exceptions, String owner,
            String targetDesc) {
        MethodNode f = new MethodNode(Opcodes.ASM9, access, name, desc, null, exceptions);
        boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
        loadParams(f.instructions, desc, isStatic);
        f.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, name, targetDesc, false));
        Type ret = Type.getReturnType(desc);
        f.instructions.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        int p = Names.paramSlots(desc, isStatic);
        f.maxLocals = p;
        f.maxStack = Math.max(p, ret.getSize());
        return f;
    }

    /** Loads {@code this} (if any) and every parameter. */
    static void loadParams(InsnList out, String desc, boolean isStatic) {
        int slot = 0;
        if (!isStatic) {
            out.add(new VarInsnNode(Opcodes.ALOAD, 0));
            slot = 1;
        }
        for (Type a : Type.getArgumentTypes(desc)) {
            out.add(new VarInsnNode(a.getOpcode(Opcodes.ILOAD), slot));
            slot += a.getSize();
        }
    }

    /** Boxes the value on top of the stack. */
    static void box(InsnList out, Type t) {
        String box = switch (t.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> null;
        };
        if (box != null) {
            out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, box, "valueOf", "(" + t.getDescriptor() + ")L" + box + ";",
                    false));
        }
    }

    static boolean isStatic(MethodNode m) {
        return (m.access & Opcodes.ACC_STATIC) != 0;
    }
}
