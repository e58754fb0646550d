package org.stmj.transform;

import java.util.ArrayList;
import java.util.List;
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
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Adapter 5, boundaries and restart, for twins of dispatch loops (methods that call a {@code @BytecodeBoundary}).
 *
 * <pre>
 *   prologue:  Stm.loopEnter(); site = -1; every shadow local = its default
 *   boundary k (operand stack empty but for the call's arguments, which are popped):
 *              if (tx != null &amp;&amp; --tx.countdown &gt; 0) goto done_k   (inline, every bytecode)
 *              next = Stm.atBoundaryAfterCountdown(tx) ? Stm.split(tx) : null (Rt.boundaryAfterCountdown)
 *              if (next != null) { tx = next; shadow_k_j = local_j for every local j; site = k;
 *                                  Rt.maybeLeave(); C.$stm$own(local_c, tx) for every confined local c
 *                                  carried across k; H.hook$stm(tx) (the splitHook H#hook, if configured;
 *                                  only if G.guard != 0 when a splitHookGuard G.guard is) }
 *   done_k:    ...the loop goes on...
 *   return:    tx = Stm.finish(tx); Stm.loopExit(); return               (inside the guarded region)
 *   handler, around the whole body (the outermost handler):
 *              catch (Throwable e):
 *                next = Rt.loopCaught(tx, e, site)  // out of line: a restart (ControlFlowError, site &gt;= 0) returns
 *                                                   // the new attempt; any other throwable leaves the loop there
 *                                                   // (commits first; a failed commit restarts), LeaveStm gives null
 *                if (next == null) { Rt.leaveValues(shadows of site); next = Rt.loopLeave(tx, e, site) }
 *                restart: tx = next; local_j = shadow_site_j; C.$stm$own(local_c, tx) for every carried c (a copy
 *                    of the split path's re-claims; one that aborts is classified again); goto done_site
 * </pre>
 * The engine keeps the loop depth: a nested loop (a builtin calling back into the interpreter) splits only an
 * inevitable transaction and restarts only one that its own boundary began; any other abort unwinds to the loop
 * that began the transaction ({@code Stm}, "Nested dispatch loops").
 */
final class RestartPass {
    private RestartPass() {
    }

    static boolean isLoop(Ctx ctx, MethodNode m) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode mi && isBoundary(ctx, mi)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBoundary(Ctx ctx, MethodInsnNode mi) {
        return !mi.name.startsWith("<") && !mi.owner.startsWith("[") && !mi.owner.startsWith("org/stmj/core/")
                && !mi.owner.startsWith("org/stmj/transform/runtime/")
                && (ctx.marks(mi.owner, mi.name, mi.desc) & ClassInfo.BOUNDARY) != 0;
    }

    /** Checks a boundary call site: void, nothing on the stack below its arguments. */
    static void check(Ctx ctx, MethodNode m, MethodInsnNode mi, Frame<BasicValue> f) {
        if (Type.getReturnType(mi.desc) != Type.VOID_TYPE) {
            throw ctx.refuse(m, "@BytecodeBoundary method " + Names.dotted(mi.owner) + "." + mi.name
                    + " must return void");
        }
        int args = Type.getArgumentTypes(mi.desc).length + (mi.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
        if (f != null && f.getStackSize() != args) {
            throw ctx.refuse(m, "boundary call " + Names.dotted(mi.owner) + "." + mi.name
                    + " with values on the operand stack (it must be a statement of its own)");
        }
        if (m.name.equals("<init>") || m.name.equals("<clinit>")) {
            throw ctx.refuse(m, "a boundary call in a constructor or static initializer");
        }
    }

    private record Saved(int local, Type type, int shadow) {
    }

    /**
     * {@code C.$stm$own(local, tx)} for each local the boundary carries ({@link OwnedReceivers}): owned before the
     * boundary and treated as owned after it, so claimed again on both paths where a new attempt begins there.
     */
    private static void reclaim(InsnList l, List<OwnedReceivers.Carried> carried, int txSlot) {
        for (OwnedReceivers.Carried c : carried) {
            l.add(new VarInsnNode(Opcodes.ALOAD, c.local()));
            l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
            l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, c.cls(), BarrierPass.OWN, BarrierPass.OWN_DESC, false));
        }
    }

    /** {@code Rt.loopCaught} and {@code Rt.loopLeave}: (transaction, throwable, site) to the restarted transaction. */
    private static final String CAUGHT_DESC = "(" + Names.TXN_DESC + "Ljava/lang/Throwable;I)" + Names.TXN_DESC;

    /** {@code Rt.loopCaughtAt}: {@link #CAUGHT_DESC}'s arguments and the loop's position (reference, int, int). */
    private static final String CAUGHT_AT_DESC = "(" + Names.TXN_DESC + "Ljava/lang/Throwable;ILjava/lang/Object;II)"
            + Names.TXN_DESC;

    /**
     * The local slots of the twin's {@code loopPosition} parameters (configuration), or null when none is named;
     * refuses a named parameter that is missing or of the wrong kind (a reference, then two ints).
     */
    private static int[] positionSlots(Ctx ctx, MethodNode t) {
        String name = t.name.endsWith(Names.TWIN_SUFFIX)
                ? t.name.substring(0, t.name.length() - Names.TWIN_SUFFIX.length()) : t.name;
        int[] idx = ctx.h.config.loopPosition(ctx.cn.name, name);
        if (idx == null) {
            return null;
        }
        Type[] args = Type.getArgumentTypes(t.desc);
        int[] slots = new int[3];
        for (int k = 0; k < 3; k++) {
            // the twin's last parameter is the transaction: it is never a position
            if (idx[k] >= args.length - 1) {
                throw ctx.refuse(t, "loopPosition names parameter " + idx[k] + " of a method with "
                        + (args.length - 1));
            }
            Type ty = args[idx[k]];
            boolean ok = k == 0 ? ty.getSort() == Type.OBJECT || ty.getSort() == Type.ARRAY : ty == Type.INT_TYPE;
            if (!ok) {
                throw ctx.refuse(t, "loopPosition parameter " + idx[k] + " must be "
                        + (k == 0 ? "a reference" : "int"));
            }
            int slot = Ctx.isStatic(t) ? 0 : 1;
            for (int j = 0; j < idx[k]; j++) {
                slot += args[j].getSize();
            }
            slots[k] = slot;
        }
        return slots;
    }

    static void run(Ctx ctx, MethodNode t, int txSlot) {
        List<MethodInsnNode> sites = new ArrayList<>();
        for (AbstractInsnNode i : t.instructions) {
            if (i instanceof MethodInsnNode mi && isBoundary(ctx, mi)) {
                sites.add(mi);
            }
        }
        if (sites.isEmpty()) {
            return;
        }
        int[] position = positionSlots(ctx, t);
        String[] hook = ctx.h.config.splitHook();
        String[] hookGuard = ctx.h.config.splitHookGuard();
        Frame<BasicValue>[] all = ctx.analyze(t);
        List<Frame<BasicValue>> frames = new ArrayList<>();
        for (MethodInsnNode mi : sites) {
            frames.add(all[t.instructions.indexOf(mi)]);
        }
        int site = t.maxLocals;
        int exc = site + 1;
        int next = site + 2;
        List<List<Saved>> saved = new ArrayList<>();
        List<List<OwnedReceivers.Carried>> carried = new ArrayList<>();
        List<LabelNode> done = new ArrayList<>();
        List<LabelNode> reclaimAt = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
            MethodInsnNode mi = sites.get(k);
            Frame<BasicValue> f = frames.get(k);
            check(ctx, t, mi, f);
            List<Saved> s = new ArrayList<>();
            if (f != null) {
                for (int j = 0; j < f.getLocals(); j++) {
                    Type ty = f.getLocal(j).getType();
                    if (j == txSlot || ty == null || ty.getSort() == Type.METHOD) {
                        continue;
                    }
                    if (ty.getSort() == Type.OBJECT && ty.getInternalName().equals("null")) {
                        ty = Type.getObjectType("java/lang/Object");
                    }
                    s.add(new Saved(j, ty, next));
                    next += ty.getSize();
                }
            }
            saved.add(s);
            List<OwnedReceivers.Carried> c = ctx.carried.getOrDefault(mi, List.of());
            carried.add(c);
            LabelNode no = new LabelNode();
            LabelNode d = new LabelNode();
            done.add(d);
            InsnList l = new InsnList();
            Ctx.popArgs(l, mi.desc, mi.getOpcode() != Opcodes.INVOKESTATIC);
            // the countdown inline: the call below runs about once per transaction. Called at every bytecode,
            // Rt.boundary was not inlined into a large loop (C2's DesiredMethodLimit was spent on the handlers'
            // callees), and the call made the loop spill and reload its live values at every bytecode
            LabelNode slow = new LabelNode();
            l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
            l.add(new JumpInsnNode(Opcodes.IFNULL, slow));
            l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
            l.add(new InsnNode(Opcodes.DUP));
            l.add(new FieldInsnNode(Opcodes.GETFIELD, Names.TXN, "countdown", "I"));
            l.add(new InsnNode(Opcodes.ICONST_1));
            l.add(new InsnNode(Opcodes.ISUB));
            l.add(new InsnNode(Opcodes.DUP_X1));
            l.add(new FieldInsnNode(Opcodes.PUTFIELD, Names.TXN, "countdown", "I"));
            l.add(new JumpInsnNode(Opcodes.IFGT, d));
            l.add(slow);
            l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
            l.add(Ctx.rt("boundaryAfterCountdown", "(" + Names.TXN_DESC + ")" + Names.TXN_DESC));
            l.add(new InsnNode(Opcodes.DUP));
            l.add(new JumpInsnNode(Opcodes.IFNULL, no));
            l.add(new VarInsnNode(Opcodes.ASTORE, txSlot));
            for (Saved v : s) {
                l.add(new VarInsnNode(v.type.getOpcode(Opcodes.ILOAD), v.local));
                l.add(new VarInsnNode(v.type.getOpcode(Opcodes.ISTORE), v.shadow));
            }
            l.add(intConst(k));
            l.add(new VarInsnNode(Opcodes.ISTORE, site));
            // auto mode: a thread alone at this commit point leaves STM here (throws LeaveStm, whose handler below
            // hands the locals just saved to the uninstrumented loop)
            l.add(Ctx.rt("maybeLeave", "()V"));
            // the new attempt claims what the loop owned before the boundary and goes on using plainly; the restart
            // path jumps here too (inside the guarded region: a claim that aborts restarts again)
            LabelNode rc = new LabelNode();
            reclaimAt.add(rc);
            l.add(rc);
            reclaim(l, c, txSlot);
            if (hook != null) {
                // the configured splitHook, in the new transaction once its claims are made, once per transaction
                // (the restart path does not pass here): what it throws is the loop's to handle, as what the
                // bytecode after the boundary throws; behind its guard, a plain read of a static int (no barrier:
                // the guard is a hint the hook itself re-checks), the branch C2 prunes while the guard stays zero,
                // so the call takes none of the loop twin's inlining budget (loop29: 5% of STM indep_cpu)
                LabelNode skip = new LabelNode();
                if (hookGuard != null) {
                    l.add(new FieldInsnNode(Opcodes.GETSTATIC, hookGuard[0], hookGuard[1], "I"));
                    l.add(new JumpInsnNode(Opcodes.IFEQ, skip));
                }
                l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
                l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, hook[0], Names.twinName(hook[1]),
                        Names.twinDesc("()V"), false));
                l.add(skip);
            }
            l.add(new JumpInsnNode(Opcodes.GOTO, d));
            l.add(no);
            l.add(new InsnNode(Opcodes.POP));
            l.add(d);
            t.instructions.insert(mi, l);
            t.instructions.remove(mi);
        }
        // returns
        for (AbstractInsnNode i : t.instructions.toArray()) {
            if (i.getOpcode() >= Opcodes.IRETURN && i.getOpcode() <= Opcodes.RETURN) {
                InsnList l = new InsnList();
                l.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
                l.add(Ctx.stm("finish", "(" + Names.TXN_DESC + ")" + Names.TXN_DESC));
                l.add(new VarInsnNode(Opcodes.ASTORE, txSlot));
                l.add(Ctx.stm("loopExit", "()V"));
                t.instructions.insertBefore(i, l);
            }
        }
        // prologue
        LabelNode start = new LabelNode();
        InsnList pro = new InsnList();
        pro.add(Ctx.stm("loopEnter", "()V"));
        pro.add(new InsnNode(Opcodes.ICONST_M1));
        pro.add(new VarInsnNode(Opcodes.ISTORE, site));
        for (List<Saved> s : saved) {
            for (Saved v : s) {
                pro.add(defaultValue(v.type));
                pro.add(new VarInsnNode(v.type.getOpcode(Opcodes.ISTORE), v.shadow));
            }
        }
        pro.add(start);
        t.instructions.insert(pro);
        // handler: what to do with the throwable is decided out of line (Rt.loopCaught/loopLeave), so the twin holds no
        // branch on the exception's type and, with one boundary, no switch: an instanceof or a switch here was
        // profiled by the aborts seen before C2 compiled the loop, and the first other case (a thread's last
        // exception, an abort at another boundary) was an uncommon trap that threw the whole compiled loop away
        // (papers/results/scaling.md, par15 and trapt)
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        LabelNode leaving = new LabelNode();
        LabelNode restart = new LabelNode();
        InsnList h = new InsnList();
        h.add(end);
        h.add(handler);
        h.add(new VarInsnNode(Opcodes.ASTORE, exc));
        LabelNode classify = new LabelNode();
        h.add(classify);
        h.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        h.add(new VarInsnNode(Opcodes.ALOAD, exc));
        h.add(new VarInsnNode(Opcodes.ILOAD, site));
        if (position == null) {
            h.add(Ctx.rt("loopCaught", CAUGHT_DESC));
        } else {
            // the loop's position as the throwable left it (handler locals are those at the throw), for the
            // engine's conflict report: the loop need not store it at every boundary (loopPosition)
            h.add(new VarInsnNode(Opcodes.ALOAD, position[0]));
            h.add(new VarInsnNode(Opcodes.ILOAD, position[1]));
            h.add(new VarInsnNode(Opcodes.ILOAD, position[2]));
            h.add(Ctx.rt("loopCaughtAt", CAUGHT_AT_DESC));
        }
        h.add(new InsnNode(Opcodes.DUP));
        h.add(new JumpInsnNode(Opcodes.IFNULL, leaving));
        h.add(restart);
        h.add(new VarInsnNode(Opcodes.ASTORE, txSlot));
        List<LabelNode> reclaimRanges = new ArrayList<>();
        LabelNode[] restore = new LabelNode[sites.size()];
        for (int k = 0; k < restore.length; k++) {
            restore[k] = new LabelNode();
        }
        if (restore.length > 1) {
            // loopCaught returns a transaction only for a restart at a boundary (site >= 0)
            h.add(new VarInsnNode(Opcodes.ILOAD, site));
            h.add(new TableSwitchInsnNode(0, restore.length - 1, restore[0], restore));
        }
        for (int k = 0; k < restore.length; k++) {
            h.add(restore[k]);
            for (Saved v : saved.get(k)) {
                h.add(new VarInsnNode(v.type.getOpcode(Opcodes.ILOAD), v.shadow));
                if (v.type.getSort() == Type.ARRAY || v.type.getSort() == Type.OBJECT
                        && !v.type.getInternalName().equals("java/lang/Object")) {
                    h.add(new TypeInsnNode(Opcodes.CHECKCAST, v.type.getSort() == Type.ARRAY
                            ? v.type.getDescriptor() : v.type.getInternalName()));
                }
                h.add(new VarInsnNode(v.type.getOpcode(Opcodes.ISTORE), v.local));
            }
            if (!carried.get(k).isEmpty()) {
                // the restart path's own re-claims: a jump to the split path's re-claims (inside the guarded region,
                // reached otherwise only when a transaction ends there) made C1's depth-first walk reach that block
                // first through this handler, so C1 parsed the handler before a block that throws into it and gave
                // up on the whole method ("error while joining with exception handler"): C1Shape. done_k is reached
                // by the countdown's fast path long before any handler
                LabelNode from = new LabelNode();
                LabelNode to = new LabelNode();
                h.add(from);
                reclaim(h, carried.get(k), txSlot);
                h.add(to);
                reclaimRanges.add(from);
                reclaimRanges.add(to);
            }
            h.add(new JumpInsnNode(Opcodes.GOTO, done.get(k)));
        }
        // LeaveStm (auto mode): hand over the locals saved at the last boundary, then leave as for any other
        // throwable (loopLeave commits first; a failed commit restarts from that boundary instead)
        h.add(leaving);
        h.add(new InsnNode(Opcodes.POP));
        LabelNode handed = new LabelNode();
        leavePayload(h, site, saved, txSlot, handed);
        h.add(handed);
        h.add(new VarInsnNode(Opcodes.ALOAD, txSlot));
        h.add(new VarInsnNode(Opcodes.ALOAD, exc));
        h.add(new VarInsnNode(Opcodes.ILOAD, site));
        h.add(Ctx.rt("loopLeave", CAUGHT_DESC));
        h.add(new JumpInsnNode(Opcodes.GOTO, restart));
        // a re-claim on the restart path that aborts (a chaos abort, a conflict) is classified again, by a jump, not
        // by an exception edge into the handler's own entry: C1 bails out of a method whose already-parsed handler
        // block is reached again by an exception edge with other local types ("error while joining with exception
        // handler"), and the loop's twin then runs interpreted until C2 compiles it
        LabelNode refinish = new LabelNode();
        h.add(refinish);
        h.add(new VarInsnNode(Opcodes.ASTORE, exc));
        h.add(new JumpInsnNode(Opcodes.GOTO, classify));
        t.instructions.add(h);
        t.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
        for (int r = 0; r < reclaimRanges.size(); r += 2) {
            t.tryCatchBlocks.add(new TryCatchBlockNode(reclaimRanges.get(r), reclaimRanges.get(r + 1), refinish, null));
        }
        t.maxLocals = next;
    }

    /**
     * For {@code LeaveStm}: the live locals saved at the boundary it was thrown from (the shadows of {@code site}),
     * boxed into an array indexed by the original method's local slots (the twin's slot less one above the
     * transaction's), handed to {@code Rt.leaveValues}; the uninstrumented loop restores them.
     */
    private static void leavePayload(InsnList h, int site, List<List<Saved>> saved, int txSlot, LabelNode after) {
        int size = 1;
        for (List<Saved> s : saved) {
            for (Saved v : s) {
                size = Math.max(size, original(v.local, txSlot) + 2);
            }
        }
        LabelNode[] cases = new LabelNode[saved.size()];
        for (int k = 0; k < cases.length; k++) {
            cases[k] = new LabelNode();
        }
        h.add(new VarInsnNode(Opcodes.ILOAD, site));
        h.add(new TableSwitchInsnNode(0, cases.length - 1, after, cases));
        for (int k = 0; k < cases.length; k++) {
            h.add(cases[k]);
            h.add(intConst(size));
            h.add(new TypeInsnNode(Opcodes.ANEWARRAY, "java/lang/Object"));
            for (Saved v : saved.get(k)) {
                h.add(new InsnNode(Opcodes.DUP));
                h.add(intConst(original(v.local, txSlot)));
                h.add(new VarInsnNode(v.type.getOpcode(Opcodes.ILOAD), v.shadow));
                Ctx.box(h, v.type);
                h.add(new InsnNode(Opcodes.AASTORE));
            }
            h.add(intConst(k));
            h.add(Ctx.rt("leaveValues", "([Ljava/lang/Object;I)V"));
            h.add(new JumpInsnNode(Opcodes.GOTO, after));
        }
    }

    /** The original method's slot of a twin local (the twin has the transaction at {@code txSlot}). */
    static int original(int twinSlot, int txSlot) {
        return twinSlot < txSlot ? twinSlot : twinSlot - 1;
    }

    static AbstractInsnNode intConst(int k) {
        return k >= 0 && k <= 5 ? new InsnNode(Opcodes.ICONST_0 + k)
                : new org.objectweb.asm.tree.IntInsnNode(Opcodes.SIPUSH, k);
    }

    static AbstractInsnNode defaultValue(Type t) {
        return new InsnNode(switch (t.getSort()) {
            case Type.LONG -> Opcodes.LCONST_0;
            case Type.FLOAT -> Opcodes.FCONST_0;
            case Type.DOUBLE -> Opcodes.DCONST_0;
            case Type.OBJECT, Type.ARRAY -> Opcodes.ACONST_NULL;
            default -> Opcodes.ICONST_0;
        });
    }
}
