package org.stmj.transform;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.analysis.BasicValue;
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
 * <p>An {@code @Atomic} method's body becomes the engine's retry loop around its twin:
 * <pre>
 *   Txn tx = Stm.beginAtomic();                       // begins, or joins the running transaction
 *   for (;;) { try { r = twin(args, tx); Stm.commitAtomic(tx); return r; }
 *              catch (Throwable e) { if (Stm.onThrowable(tx, e)) throw e; } }   // false: aborted, run again
 * </pre>
 * A dispatch loop gets a private entry {@code name$stmEntry(args) = Rt.enterStm(); twin(args,
 * Barriers.current())} (enterStm waits until no thread runs the loop uninstrumented); each of its
 * boundary call sites in the uninstrumented body first reads {@code Rt.stmMode}: when set, the loop is left and
 * re-entered through the entry with the current values of its parameters; the twin's first boundary begins the
 * transaction. The uninstrumented loop also counts the threads running it, for the automatic mode switch.
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
        boolean isStatic = Ctx.isStatic(m);
        Type ret = Type.getReturnType(m.desc);
        int p = Names.paramSlots(m.desc, isStatic);
        int txl = p;
        int exl = p + 1;
        int rl = p + 2;
        InsnList l = m.instructions;
        LabelNode loop = new LabelNode();
        LabelNode tryEnd = new LabelNode();
        LabelNode handler = new LabelNode();
        l.add(Ctx.stm("beginAtomic", "()" + TX));
        l.add(new VarInsnNode(Opcodes.ASTORE, txl));
        l.add(loop);
        Ctx.loadParams(l, m.desc, isStatic);
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(twinCall(ctx, m));
        if (ret.getSort() != Type.VOID) {
            l.add(new VarInsnNode(ret.getOpcode(Opcodes.ISTORE), rl));
        }
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(Ctx.stm("commitAtomic", "(" + TX + ")V"));
        l.add(tryEnd);
        if (ret.getSort() != Type.VOID) {
            l.add(new VarInsnNode(ret.getOpcode(Opcodes.ILOAD), rl));
        }
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        l.add(handler);
        l.add(new VarInsnNode(Opcodes.ASTORE, exl));
        l.add(new VarInsnNode(Opcodes.ALOAD, txl));
        l.add(new VarInsnNode(Opcodes.ALOAD, exl));
        l.add(Ctx.stm("onThrowable", "(" + TX + "Ljava/lang/Throwable;)Z"));
        l.add(new JumpInsnNode(Opcodes.IFEQ, loop));
        l.add(new VarInsnNode(Opcodes.ALOAD, exl));
        l.add(new InsnNode(Opcodes.ATHROW));
        m.tryCatchBlocks.add(new TryCatchBlockNode(loop, tryEnd, handler, null));
        m.maxLocals = rl + 2;
        m.maxStack = p + 4;
    }

    /**
     * In an uninstrumented method, counts the atomic blocks entered in GIL mode (see {@code Rt.mayEnterStm}), and
     * marks the thread as running no bytecode while it is in a {@code @GilReleased} call (see
     * {@code Rt.enterStm}).
     */
    static void gilBlocks(Ctx ctx, MethodNode m) {
        for (AbstractInsnNode i : m.instructions.toArray()) {
            if (i instanceof MethodInsnNode mi && !mi.name.startsWith("<") && !mi.owner.startsWith("[")
                    && !mi.owner.startsWith("org/stmj/core/") && !mi.owner.startsWith("org/stmj/transform/runtime/")) {
                int marks = ctx.marks(mi.owner, mi.name, mi.desc);
                if ((marks & ClassInfo.GIL_RELEASED) != 0) {
                    // try { Rt.gilReleasedEnter(); call } finally { Rt.gilReleasedExit(); }
                    LabelNode start = new LabelNode();
                    LabelNode end = new LabelNode();
                    LabelNode handler = new LabelNode();
                    LabelNode after = new LabelNode();
                    InsnList before = new InsnList();
                    before.add(Ctx.rt("gilReleasedEnter", "()V"));
                    before.add(start);
                    InsnList tail = new InsnList();
                    tail.add(end);
                    tail.add(Ctx.rt("gilReleasedExit", "()V"));
                    tail.add(new JumpInsnNode(Opcodes.GOTO, after));
                    tail.add(handler);
                    tail.add(Ctx.rt("gilReleasedExit", "()V"));
                    tail.add(new InsnNode(Opcodes.ATHROW));
                    tail.add(after);
                    m.instructions.insertBefore(mi, before);
                    m.instructions.insert(mi, tail);
                    m.tryCatchBlocks.add(0, new TryCatchBlockNode(start, end, handler, null));
                } else if ((marks & ClassInfo.BLOCK_ENTER) != 0) {
                    m.instructions.insert(mi, Ctx.rt("gilBlockEnter", "()V"));
                } else if ((marks & ClassInfo.BLOCK_EXIT) != 0) {
                    m.instructions.insert(mi, Ctx.rt("gilBlockExit", "()V"));
                }
            }
        }
    }

    /** Unboxes (or casts) an element of the locals payload to the local's type. */
    private static void unbox(InsnList l, Type t) {
        String box = switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> null;
        };
        if (box != null) {
            l.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.CHECKCAST, box));
            l.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, box, t.getClassName() + "Value",
                    "()" + t.getDescriptor(), false));
        } else if (t.getSort() == Type.ARRAY) {
            l.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.CHECKCAST, t.getDescriptor()));
        } else if (!t.getInternalName().equals("java/lang/Object")) {
            l.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.CHECKCAST, t.getInternalName()));
        }
    }

    private static void loadSaved(InsnList l, boolean recv, Type[] args, int[] slots) {
        if (recv) {
            l.add(new VarInsnNode(Opcodes.ALOAD, slots[0]));
        }
        for (int k = 0; k < args.length; k++) {
            l.add(new VarInsnNode(args[k].getOpcode(Opcodes.ILOAD), slots[k + 1]));
        }
    }

    private static MethodInsnNode twinCall(Ctx ctx, MethodNode m) {
        return new MethodInsnNode(Ctx.isStatic(m) ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, ctx.cn.name,
                Names.twinName(m.name), Names.twinDesc(m.desc), ctx.isInterface());
    }

    /**
     * The method the boundary's class declares with {@code @ModeSwitch(kind)} and the boundary's parameters, or
     * null.
     */
    private static MethodInsnNode modeSwitch(Ctx ctx, MethodInsnNode boundary, int kind) {
        Hierarchy.MethodRef r = ctx.h.resolveMethod(boundary.owner, boundary.name, boundary.desc);
        ClassInfo ci = ctx.h.info(r == null ? boundary.owner : r.owner());
        if (ci == null) {
            return null;
        }
        for (ClassInfo.Method m : ci.methods.values()) {
            if ((m.marks() & kind) != 0) {
                boolean isStatic = (m.access() & Opcodes.ACC_STATIC) != 0;
                if (!m.desc().equals(boundary.desc) || isStatic != (boundary.getOpcode() == Opcodes.INVOKESTATIC)) {
                    throw new TransformException(Names.dotted(ci.name) + "." + m.name() + ": a @ModeSwitch method must"
                            + " take the parameters of the @BytecodeBoundary method " + boundary.name + boundary.desc);
                }
                int op = isStatic ? Opcodes.INVOKESTATIC : ci.isInterface() ? Opcodes.INVOKEINTERFACE
                        : (m.access() & Opcodes.ACC_PRIVATE) != 0 ? Opcodes.INVOKESPECIAL : Opcodes.INVOKEVIRTUAL;
                return new MethodInsnNode(op, ci.name, m.name(), m.desc(), ci.isInterface());
            }
        }
        return null;
    }

    /**
     * Adds the loop entry for {@code m} and the mode switch at its boundaries; {@code m} is the original. At
     * each boundary call site, with the call's receiver and arguments on the stack:
     * <pre>
     *   if (Rt.stmMode &amp;&amp; Rt.mayEnterStm()) {
     *       save receiver and arguments in locals
     *       try { return name$stmSwitchK(params, receiver, args, true); }  (receiver.toStm(args), Rt.enterStm(),
     *                                                                       the twin; see switchRun)
     *       catch (LeaveStm e) { return name$stmResumeK(params, receiver, args); }   (auto mode: the twin's thread
     *   }                                                                             is alone; see resume)
     *   boundary call
     * </pre>
     * The resume after a {@code LeaveStm} is a cold copy of the loop ({@code name$stmResumeK}), so the plain loop's
     * control flow is the untransformed one's plus the check and one call: restoring the twin's locals in the plain
     * loop itself and jumping back after the boundary merged every local into the hottest point of the loop, and C1
     * compiled the plain loop of the STM build to 100 kB of code against the GIL build's 90 kB (auto17). The
     * handler's call sits after the loop's last instruction, outside every handler of the loop's own. The code then
     * moves into a private body that {@code m} wraps (see {@link #wrapBody}).
     *
     * @return the body, the method that now holds the loop's code, and the resume copies (for C1's checks)
     */
    static List<MethodNode> loop(Ctx ctx, MethodNode m) {
        boolean isStatic = Ctx.isStatic(m);
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
        MethodNode entry = new MethodNode(Opcodes.ASM9, access, m.name + Names.ENTRY_SUFFIX, m.desc, null, null);
        Ctx.loadParams(entry.instructions, m.desc, isStatic);
        entry.instructions.add(Ctx.barrier("current", "()" + TX));
        entry.instructions.add(twinCall(ctx, m));
        entry.instructions.add(new InsnNode(Type.getReturnType(m.desc).getOpcode(Opcodes.IRETURN)));
        entry.maxLocals = Names.paramSlots(m.desc, isStatic);
        entry.maxStack = entry.maxLocals + 2;
        ctx.added.add(entry);
        ctx.generated.add(entry);

        // the locals live at each boundary site, in the order RestartPass numbers the sites in the twin (the
        // analysis of the original: the resume copies take other parameters but restore the same locals)
        List<MethodInsnNode> sites = sites(ctx, m);
        org.objectweb.asm.tree.analysis.Frame<BasicValue>[] frames = ctx.analyze(m);
        List<List<int[]>> live = new ArrayList<>();
        List<List<Type>> liveTypes = new ArrayList<>();
        for (MethodInsnNode mi : sites) {
            org.objectweb.asm.tree.analysis.Frame<BasicValue> f = frames[m.instructions.indexOf(mi)];
            List<int[]> slots = new ArrayList<>();
            List<Type> types = new ArrayList<>();
            if (f != null) {
                for (int j = 0; j < f.getLocals(); j++) {
                    Type ty = f.getLocal(j).getType();
                    if (ty == null || ty.getSort() == Type.METHOD) {
                        continue;
                    }
                    if (ty.getSort() == Type.OBJECT && ty.getInternalName().equals("null")) {
                        ty = Type.getObjectType("java/lang/Object");
                    }
                    slots.add(new int[] {j});
                    types.add(ty);
                }
            }
            live.add(slots);
            liveTypes.add(types);
        }
        MethodNode pristine = copy(m, m.name, m.desc);
        MethodNode[] runs = new MethodNode[sites.size()];
        List<MethodNode> out = new ArrayList<>();
        switches(ctx, m, m.desc, entry, runs, live, liveTypes, false);
        List<MethodNode> resumes = new ArrayList<>();
        boolean parsable = true;
        for (int k = 0; k < sites.size(); k++) {
            MethodNode r = resume(ctx, m, pristine, k, sites.get(k), entry, runs, live, liveTypes);
            resumes.add(r);
            parsable &= C1Shape.problem(r) == null;
        }
        if (!parsable) {
            // a copy entered at its restore that C1 would not parse (the restore's jump enters a handler's region
            // before C1 reached it from the region's entry): this loop keeps the restore in itself, as before
            ctx.added.removeAll(resumes);
            ctx.generated.removeAll(resumes);
            resumes.clear();
            MethodNode again = copy(pristine, m.name, m.desc);
            m.instructions = again.instructions;
            m.tryCatchBlocks = again.tryCatchBlocks;
            m.maxLocals = again.maxLocals;
            m.maxStack = again.maxStack;
            m.localVariables = null;
            switches(ctx, m, m.desc, entry, runs, live, liveTypes, true);
        }
        // Count the threads running a dispatch loop (auto mode turns STM on at the second one). The count is kept by
        // a small wrapper around the loop's body, not by a try/finally in the loop itself: a catch-all handler over
        // the whole loop gave every call and trapping instruction of it one more exception edge, and C1 compiled the
        // uninstrumented loop of the STM build to 114-118 kB of code against the GIL build's 86-95 kB (jdk.Compilation
        // events, raytracer.py 20); the body is now the GIL build's loop plus the boundary switch.
        out.add(wrapBody(ctx, m));
        out.addAll(resumes);
        return out;
    }

    private static List<MethodInsnNode> sites(Ctx ctx, MethodNode m) {
        List<MethodInsnNode> sites = new ArrayList<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode mi && RestartPass.isBoundary(ctx, mi)) {
                sites.add(mi);
            }
        }
        return sites;
    }

    /** A copy of {@code m}'s code (instructions and handlers, no debug tables) under another name and descriptor. */
    private static MethodNode copy(MethodNode m, String name, String desc) {
        MethodNode c = new MethodNode(Opcodes.ASM9, m.access, name, desc, null, null);
        java.util.Map<LabelNode, LabelNode> map = new java.util.HashMap<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof LabelNode l) {
                map.put(l, new LabelNode());
            }
        }
        for (AbstractInsnNode i : m.instructions) {
            c.instructions.add(i.clone(map));
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            c.tryCatchBlocks.add(new TryCatchBlockNode(map.get(t.start), map.get(t.end), map.get(t.handler), t.type));
        }
        c.maxLocals = m.maxLocals;
        c.maxStack = m.maxStack;
        return c;
    }

    /** The descriptor of the resume copy for boundary {@code mi}: the loop's parameters, the call's receiver, args. */
    private static String resumeDesc(MethodNode m, MethodInsnNode mi) {
        StringBuilder desc = new StringBuilder("(");
        for (Type a : Type.getArgumentTypes(m.desc)) {
            desc.append(a.getDescriptor());
        }
        if (mi.getOpcode() != Opcodes.INVOKESTATIC) {
            desc.append(Type.getObjectType(mi.owner).getDescriptor());
        }
        for (Type a : Type.getArgumentTypes(mi.desc)) {
            desc.append(a.getDescriptor());
        }
        return desc.append(')').append(Type.getReturnType(m.desc).getDescriptor()).toString();
    }

    /**
     * The resume after a {@code LeaveStm} at boundary site {@code k} ({@code name$stmResumeK}, private and
     * synthetic, static when {@code m} is): a copy of the loop with its own mode switches, entered at site k's
     * restore with the loop's parameters and the boundary call's receiver and arguments:
     * <pre>
     *   save receiver and arguments; enter = false
     *   restore the twin's locals at the site it left from (site j, Rt.leftValues / Rt.leftSite)
     *   if (!Rt.leaveStm()) re-enter the twin with the restored parameters (name$stmSwitchK(..., enter))
     *   receiver.toGil(args); go on after boundary j under the GIL         (the {@code @ModeSwitch(TO_GIL)} method)
     * </pre>
     * By the boundary contract everything the loop needs after the boundary is read from the heap. The copy runs
     * out the loop's current call (its own switches restore into itself); a program that never leaves STM never
     * runs it.
     */
    private static MethodNode resume(Ctx ctx, MethodNode m, MethodNode pristine, int k, MethodInsnNode mi,
            MethodNode entry, MethodNode[] runs, List<List<int[]>> live, List<List<Type>> liveTypes) {
        boolean isStatic = Ctx.isStatic(m);
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
        String desc = resumeDesc(m, mi);
        MethodNode r = copy(pristine, m.name + Names.RESUME_SUFFIX + k, desc);
        r.access = access;
        // the saved receiver and arguments go to slots above every local of the loop and every parameter here
        r.maxLocals = Math.max(r.maxLocals, Names.paramSlots(desc, isStatic));
        Site[] at = switches(ctx, r, m.desc, entry, runs, live, liveTypes, true);
        boolean recv = mi.getOpcode() != Opcodes.INVOKESTATIC;
        Type[] args = Type.getArgumentTypes(mi.desc);
        InsnList l = new InsnList();
        int from = Names.paramSlots(m.desc, isStatic);
        if (recv) {
            l.add(new VarInsnNode(Opcodes.ALOAD, from++));
            l.add(new VarInsnNode(Opcodes.ASTORE, at[k].slots[0]));
        }
        for (int j = 0; j < args.length; j++) {
            l.add(new VarInsnNode(args[j].getOpcode(Opcodes.ILOAD), from));
            l.add(new VarInsnNode(args[j].getOpcode(Opcodes.ISTORE), at[k].slots[j + 1]));
            from += args[j].getSize();
        }
        // the locals the plain loop had at site k get a value of their type before the restore writes them: the
        // restore can trap (a cast) inside a handler's range of the loop, and that handler's frame must see them
        // defined, as it does on the plain loop's way in (the verifier's merge at the handler)
        List<int[]> ls = live.get(k);
        for (int q = 0; q < ls.size(); q++) {
            int slot = ls.get(q)[0];
            if (slot < Names.paramSlots(m.desc, isStatic)) {
                continue;
            }
            Type ty = liveTypes.get(k).get(q);
            l.add(switch (ty.getSort()) {
                case Type.LONG -> new InsnNode(Opcodes.LCONST_0);
                case Type.FLOAT -> new InsnNode(Opcodes.FCONST_0);
                case Type.DOUBLE -> new InsnNode(Opcodes.DCONST_0);
                case Type.OBJECT, Type.ARRAY -> new InsnNode(Opcodes.ACONST_NULL);
                default -> new InsnNode(Opcodes.ICONST_0);
            });
            l.add(new VarInsnNode(ty.getOpcode(Opcodes.ISTORE), slot));
        }
        l.add(new JumpInsnNode(Opcodes.GOTO, at[k].restore));
        r.instructions.insert(l);
        ctx.added.add(r);
        ctx.generated.add(r);
        return r;
    }

    /** A boundary site's mode switch as inserted: where its restore begins (copies only), the saved-value slots. */
    private record Site(LabelNode restore, int[] slots) {
    }

    /**
     * Inserts the mode switch at each boundary site of {@code m} (the plain loop, or with {@code cold} a resume copy,
     * whose {@code LeaveStm} handlers restore the twin's locals in place); {@code loopDesc} is the loop's descriptor.
     */
    private static Site[] switches(Ctx ctx, MethodNode m, String loopDesc, MethodNode entry, MethodNode[] runs,
            List<List<int[]>> live, List<List<Type>> liveTypes, boolean cold) {
        boolean isStatic = Ctx.isStatic(m);
        Type ret = Type.getReturnType(loopDesc);
        List<MethodInsnNode> sites = sites(ctx, m);
        List<LabelNode> afterCall = new ArrayList<>();
        for (MethodInsnNode mi : sites) {
            LabelNode after = new LabelNode();
            m.instructions.insert(mi, after);
            afterCall.add(after);
        }
        Site[] at = new Site[sites.size()];
        int payload = m.maxLocals++;
        int first = m.maxLocals++;
        InsnList tail = new InsnList();
        for (int k = 0; k < sites.size(); k++) {
            MethodInsnNode mi = sites.get(k);
            boolean recv = mi.getOpcode() != Opcodes.INVOKESTATIC;
            Type[] args = Type.getArgumentTypes(mi.desc);
            int[] slots = new int[args.length + 1];
            int next = m.maxLocals;
            if (recv) {
                slots[0] = next++;
            }
            for (int j = 0; j < args.length; j++) {
                slots[j + 1] = next;
                next += args[j].getSize();
            }
            m.maxLocals = next;
            MethodInsnNode toStm = modeSwitch(ctx, mi, ClassInfo.TO_STM);
            MethodInsnNode toGil = modeSwitch(ctx, mi, ClassInfo.TO_GIL);
            LabelNode call = new LabelNode();
            LabelNode again = new LabelNode();
            LabelNode tryEnd = new LabelNode();
            LabelNode handler = new LabelNode();
            InsnList l = new InsnList();
            l.add(new FieldInsnNode(Opcodes.GETSTATIC, Names.RT, "stmMode", "Z"));
            l.add(new JumpInsnNode(Opcodes.IFEQ, call));
            l.add(Ctx.rt("mayEnterStm", "()Z"));
            l.add(new JumpInsnNode(Opcodes.IFEQ, call));
            for (int j = args.length - 1; j >= 0; j--) {
                l.add(new VarInsnNode(args[j].getOpcode(Opcodes.ISTORE), slots[j + 1]));
            }
            if (recv) {
                l.add(new VarInsnNode(Opcodes.ASTORE, slots[0]));
            }
            // the switch itself (toStm, Rt.enterStm, the twin, and after it Rt.twinExited and toGil) is a method
            // of its own, called here: inlined, its code made C1's profiled code of the plain loop 15% bigger
            // (jdk.Compilation, raytracer.py 20: 103-106 kB against the GIL build's 83-90 kB) for a path that a
            // one-thread run never takes
            if (runs[k] == null) {
                runs[k] = switchRun(ctx, m, entry, k, mi, toStm, toGil);
            }
            MethodNode run = runs[k];
            l.add(new InsnNode(Opcodes.ICONST_1));
            l.add(new VarInsnNode(Opcodes.ISTORE, first));
            l.add(again);
            Ctx.loadParams(l, loopDesc, isStatic);
            loadSaved(l, recv, args, slots);
            l.add(new VarInsnNode(Opcodes.ILOAD, first));
            l.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, ctx.cn.name,
                    run.name, run.desc, ctx.isInterface()));
            l.add(tryEnd);
            l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
            if (!cold) {
                // the plain loop: the rest of this call runs in the resume copy; the call sits after the loop's
                // last instruction, outside every handler of the loop's own
                tail.add(handler);
                tail.add(new InsnNode(Opcodes.POP));
                Ctx.loadParams(tail, loopDesc, isStatic);
                loadSaved(tail, recv, args, slots);
                tail.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, ctx.cn.name,
                        m.name + Names.RESUME_SUFFIX + k, resumeDesc(m, mi), ctx.isInterface()));
                tail.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
                l.add(call);
                m.instructions.insertBefore(mi, l);
                m.tryCatchBlocks.add(0, new TryCatchBlockNode(again, tryEnd, handler, Names.RT_PKG + "LeaveStm"));
                at[k] = new Site(null, slots);
                continue;
            }
            LabelNode restore = new LabelNode();
            l.add(handler);
            l.add(new InsnNode(Opcodes.POP));
            l.add(restore);
            l.add(new InsnNode(Opcodes.ICONST_0));
            l.add(new VarInsnNode(Opcodes.ISTORE, first));
            // the twin's locals at the boundary it left from (site j): restore them, then go on after boundary
            // j under the GIL, or, when no longer alone, re-enter the twin with the restored parameters
            l.add(Ctx.rt("leftValues", "()[Ljava/lang/Object;"));
            l.add(new VarInsnNode(Opcodes.ASTORE, payload));
            LabelNode[] cases = new LabelNode[sites.size()];
            for (int j = 0; j < cases.length; j++) {
                cases[j] = new LabelNode();
            }
            LabelNode bad = new LabelNode();
            l.add(Ctx.rt("leftSite", "()I"));
            l.add(new org.objectweb.asm.tree.TableSwitchInsnNode(0, cases.length - 1, bad, cases));
            for (int j = 0; j < cases.length; j++) {
                l.add(cases[j]);
                List<int[]> ls = live.get(j);
                for (int q = 0; q < ls.size(); q++) {
                    Type ty = liveTypes.get(j).get(q);
                    l.add(new VarInsnNode(Opcodes.ALOAD, payload));
                    l.add(RestartPass.intConst(ls.get(q)[0]));
                    l.add(new InsnNode(Opcodes.AALOAD));
                    unbox(l, ty);
                    l.add(new VarInsnNode(ty.getOpcode(Opcodes.ISTORE), ls.get(q)[0]));
                }
                l.add(Ctx.rt("leaveStm", "()Z"));
                l.add(new JumpInsnNode(Opcodes.IFEQ, again));
                if (toGil != null) {
                    loadSaved(l, recv, args, slots);
                    l.add(toGil);
                }
                l.add(new JumpInsnNode(Opcodes.GOTO, afterCall.get(j)));
            }
            l.add(bad);
            l.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
            l.add(new InsnNode(Opcodes.DUP));
            l.add(new org.objectweb.asm.tree.LdcInsnNode("stmj: left STM at an unknown boundary"));
            l.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>",
                    "(Ljava/lang/String;)V", false));
            l.add(new InsnNode(Opcodes.ATHROW));
            l.add(call);
            m.instructions.insertBefore(mi, l);
            m.tryCatchBlocks.add(0, new TryCatchBlockNode(again, tryEnd, handler, Names.RT_PKG + "LeaveStm"));
            at[k] = new Site(restore, slots);
        }
        m.instructions.add(tail);
        return at;
    }

    /**
     * The mode switch at boundary site {@code k} of the loop {@code m}, as a method of its own
     * ({@code name$stmSwitchK}, private and synthetic, static when {@code m} is): it takes the loop's parameters, the
     * boundary call's receiver and arguments, and whether the thread enters STM now (else it re-enters the twin after
     * a {@code LeaveStm} it was not left alone for):
     * <pre>
     *   if (enter) { receiver.toStm(args); Rt.enterStm(); }
     *   try { r = name$stmEntry(params); }
     *   catch (LeaveStm e) { throw e; }                                  (the loop restores the twin's locals)
     *   catch (any e) { Rt.twinExited(); receiver.toGil(args); throw e; }
     *   Rt.twinExited(); receiver.toGil(args); return r;
     * </pre>
     * (without a {@code @ModeSwitch(TO_GIL)} method, no handlers and no {@code twinExited}, as before).
     */
    private static MethodNode switchRun(Ctx ctx, MethodNode m, MethodNode entry, int k, MethodInsnNode mi,
            MethodInsnNode toStm, MethodInsnNode toGil) {
        boolean isStatic = Ctx.isStatic(m);
        boolean recv = mi.getOpcode() != Opcodes.INVOKESTATIC;
        Type[] args = Type.getArgumentTypes(mi.desc);
        Type ret = Type.getReturnType(m.desc);
        StringBuilder desc = new StringBuilder("(");
        for (Type a : Type.getArgumentTypes(m.desc)) {
            desc.append(a.getDescriptor());
        }
        int next = Names.paramSlots(m.desc, isStatic);
        int[] slots = new int[args.length + 1];
        if (recv) {
            desc.append(Type.getObjectType(mi.owner).getDescriptor());
            slots[0] = next++;
        }
        for (int j = 0; j < args.length; j++) {
            desc.append(args[j].getDescriptor());
            slots[j + 1] = next;
            next += args[j].getSize();
        }
        int enter = next++;
        desc.append("Z)").append(ret.getDescriptor());
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
        MethodNode r = new MethodNode(Opcodes.ASM9, access, m.name + Names.SWITCH_SUFFIX + k, desc.toString(), null,
                null);
        InsnList l = r.instructions;
        LabelNode run = new LabelNode();
        LabelNode tryEnd = new LabelNode();
        l.add(new VarInsnNode(Opcodes.ILOAD, enter));
        l.add(new JumpInsnNode(Opcodes.IFEQ, run));
        if (toStm != null) {
            loadSaved(l, recv, args, slots);
            l.add(toStm.clone(null));
        }
        l.add(Ctx.rt("enterStm", "()V"));
        l.add(run);
        Ctx.loadParams(l, m.desc, isStatic);
        l.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, ctx.cn.name, entry.name,
                entry.desc, ctx.isInterface()));
        l.add(tryEnd);
        int locals = next;
        if (toGil != null) {
            int res = next;
            if (ret.getSort() != Type.VOID) {
                locals += ret.getSize();
                l.add(new VarInsnNode(ret.getOpcode(Opcodes.ISTORE), res));
            }
            l.add(Ctx.rt("twinExited", "()V"));
            loadSaved(l, recv, args, slots);
            l.add(toGil.clone(null));
            if (ret.getSort() != Type.VOID) {
                l.add(new VarInsnNode(ret.getOpcode(Opcodes.ILOAD), res));
            }
        }
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        if (toGil != null) {
            LabelNode leave = new LabelNode();
            LabelNode exit = new LabelNode();
            int exc = locals++;
            l.add(leave);
            l.add(new InsnNode(Opcodes.ATHROW));
            l.add(exit);
            l.add(new VarInsnNode(Opcodes.ASTORE, exc));
            l.add(Ctx.rt("twinExited", "()V"));
            loadSaved(l, recv, args, slots);
            l.add(toGil.clone(null));
            l.add(new VarInsnNode(Opcodes.ALOAD, exc));
            l.add(new InsnNode(Opcodes.ATHROW));
            r.tryCatchBlocks.add(new TryCatchBlockNode(run, tryEnd, leave, Names.RT_PKG + "LeaveStm"));
            r.tryCatchBlocks.add(new TryCatchBlockNode(run, tryEnd, exit, null));
        }
        r.maxLocals = locals;
        r.maxStack = next + 2;
        ctx.added.add(r);
        ctx.generated.add(r);
        return r;
    }

    /**
     * Moves the code of the loop {@code m} into a private method {@code name$stmPlain} with the same parameters and
     * makes {@code m} its wrapper:
     * <pre>
     *   Rt.loopThreadEnter(); try { r = name$stmPlain(params); } catch (any e) { Rt.loopThreadExit(); throw e; }
     *   Rt.loopThreadExit(); return r;
     * </pre>
     * The wrapper keeps the name, access and annotations that callers and the twin's dispatch rely on.
     */
    private static MethodNode wrapBody(Ctx ctx, MethodNode m) {
        boolean isStatic = Ctx.isStatic(m);
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0)
                | (m.access & Opcodes.ACC_VARARGS);
        String[] exceptions = m.exceptions == null ? null : m.exceptions.toArray(new String[0]);
        MethodNode body = new MethodNode(Opcodes.ASM9, access, m.name + Names.PLAIN_SUFFIX, m.desc, null, exceptions);
        Ctx.moveCode(m, body);
        ctx.added.add(body);
        ctx.generated.add(body);

        Type ret = Type.getReturnType(m.desc);
        int p = Names.paramSlots(m.desc, isStatic);
        m.instructions = new InsnList();
        m.tryCatchBlocks = new ArrayList<>();
        m.localVariables = null;
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        InsnList l = m.instructions;
        l.add(Ctx.rt("loopThreadEnter", "()V"));
        l.add(start);
        Ctx.loadParams(l, m.desc, isStatic);
        l.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, ctx.cn.name, body.name,
                body.desc, ctx.isInterface()));
        l.add(end);
        if (ret.getSort() != Type.VOID) {
            l.add(new VarInsnNode(ret.getOpcode(Opcodes.ISTORE), p));
        }
        l.add(Ctx.rt("loopThreadExit", "()V"));
        if (ret.getSort() != Type.VOID) {
            l.add(new VarInsnNode(ret.getOpcode(Opcodes.ILOAD), p));
        }
        l.add(new InsnNode(ret.getOpcode(Opcodes.IRETURN)));
        l.add(handler);
        l.add(Ctx.rt("loopThreadExit", "()V"));
        l.add(new InsnNode(Opcodes.ATHROW));
        m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
        m.maxLocals = p + Math.max(ret.getSize(), 1);
        m.maxStack = Math.max(p, 1) + 1;
        return body;
    }
}
