package org.stmj.transform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * Which field accesses of a confined class in a twin need no {@code $stm$own} call because their receiver is
 * an object the running attempt already owns: the same object was the receiver of an earlier confined access
 * on every path to this one, and every {@code @BytecodeBoundary} call in between re-claims it when it begins a
 * new attempt (below).
 *
 * <p>Why that is enough: after {@code $stm$own(o)} returns, the attempt holds {@code o}'s lock word (or
 * allocated {@code o}) until it commits or aborts. Within a method an attempt ends only at a boundary (commit
 * and begin), by an abort (which unwinds to the boundary, past every later access), or by a GIL-released call
 * that commits and continues inevitably to the next boundary; in that tail the plain accesses rely on the
 * hand-over rule exactly as the plain element accesses of confined arrays do ({@link ArrayOrigins}). So
 * between two boundaries the first access claims and the later ones are plain.
 *
 * <p>Ownership carried across a boundary: a boundary call in a loop's twin becomes {@code Rt.boundary}, which
 * either lets the running attempt go on (most bytecodes: nothing changes, what was owned stays owned) or
 * begins a new attempt there (then the loop saves its locals), and an abort restarts at the boundary where its
 * attempt began, with those locals restored. So the locals owned just before a boundary stay owned after it
 * provided that both "new attempt" paths, the split at the boundary and the restart to it, claim them again
 * ({@link RestartPass} emits {@code C.$stm$own(local, tx)} there for each local of {@link Result#carried}).
 * The dispatch loop of an interpreter keeps its running frame in a local across boundaries: its claim check
 * then runs once per transaction instead of once per bytecode. Stack values are not carried (a boundary call
 * is a statement: the stack is empty after it).
 *
 * <p>The analysis is a forward must-analysis over ASM frames, tracking ownership per local variable. A
 * reference in local {@code L} carries the tag {@code L} and a flag "owned"; {@code ALOAD L} pushes a copy with
 * the same tag and flag, {@code DUP} and {@code CHECKCAST} keep them, {@code ASTORE L} retags the stored value
 * {@code L} (keeping its flag: the same object) and untags every stack copy of the old content of {@code L}. So
 * every slot tagged {@code L} holds the object now in local {@code L}. After a confined access whose receiver is
 * tagged {@code L}, every slot tagged {@code L} is owned; after a boundary call nothing is; a merge keeps a tag
 * only when both sides have it, and the flag only when both are owned. An exception edge from a boundary call
 * reaches its handler with nothing owned. Mistakes can only be on the safe side: an access not proven owned
 * keeps its call.
 */
final class OwnedReceivers {
    private OwnedReceivers() {
    }

    /** No tag: a primitive, a computed value, or a merge of different tags. */
    private static final int NONE = Integer.MIN_VALUE;

    /**
     * An abstract value: its size, the local it is a copy of (its tag), whether the attempt owns it, and then the
     * confined class whose claim owns it (whose {@code $stm$own} re-claims it after a boundary).
     */
    record V(int size, int tag, boolean owned, String cls) implements org.objectweb.asm.tree.analysis.Value {
        static final V ONE = new V(1, NONE, false, null);
        static final V TWO = new V(2, NONE, false, null);

        V(int size, int tag, boolean owned) {
            this(size, tag, owned, null);
        }

        V disowned() {
            return new V(size, tag, false, null);
        }

        @Override
        public int getSize() {
            return size;
        }

        static V plain(int size) {
            return size == 2 ? TWO : ONE;
        }
    }

    /** A local owned just before a boundary call, and the confined class whose {@code $stm$own} claims it. */
    record Carried(int local, String cls) {
    }

    /**
     * The analysis: the field instructions among the accesses whose receiver is already owned, and for each
     * boundary call the locals that must be claimed again where a new attempt begins at it.
     */
    record Result(Set<AbstractInsnNode> owned, Map<AbstractInsnNode, List<Carried>> carried) {
        static final Result NONE = new Result(Set.of(), Map.of());
    }

    /**
     * Among {@code accesses} (confined-class accesses the barrier pass would precede with {@code $stm$own}, each
     * with the confined class whose {@code $stm$own} that is): those whose receiver is already owned, and the
     * locals each boundary call carries (to be claimed again on the paths where a new attempt begins there);
     * nothing when nothing can be proven.
     */
    static Result analyze(Ctx ctx, MethodNode m, Map<FieldInsnNode, String> accesses) {
        if (accesses.size() < 2) {
            return Result.NONE;
        }
        AbstractInsnNode[] insns = m.instructions.toArray();
        boolean[] boundary = new boolean[insns.length];
        boolean[] access = new boolean[insns.length];
        for (int i = 0; i < insns.length; i++) {
            boundary[i] = insns[i] instanceof MethodInsnNode mi && RestartPass.isBoundary(ctx, mi);
            access[i] = insns[i] instanceof FieldInsnNode fi && accesses.containsKey(fi);
        }
        int[] edgeFrom = {-1};
        IdInterpreter interp = new IdInterpreter();
        interp.edgeFrom = edgeFrom;
        interp.boundary = boundary;
        Analyzer<V> a = new Analyzer<>(interp) {
            @Override
            protected Frame<V> newFrame(int numLocals, int numStack) {
                return new OwnFrame(numLocals, numStack, m.instructions, boundary, access, accesses);
            }

            @Override
            protected Frame<V> newFrame(Frame<? extends V> frame) {
                OwnFrame f = new OwnFrame(frame.getLocals(), frame.getMaxStackSize(), m.instructions, boundary,
                        access, accesses);
                f.init(frame);
                return f;
            }

            @Override
            protected boolean newControlFlowExceptionEdge(int insnIndex, TryCatchBlockNode tcb) {
                edgeFrom[0] = insnIndex;
                return true;
            }
        };
        Frame<V>[] frames;
        try {
            frames = a.analyze(ctx.cn.name, m);
        } catch (AnalyzerException e) {
            return Result.NONE; // nothing proven: every access keeps its call
        }
        Set<AbstractInsnNode> out = new HashSet<>();
        Map<AbstractInsnNode, List<Carried>> carried = new IdentityHashMap<>();
        for (int i = 0; i < insns.length; i++) {
            if (access[i] && frames[i] != null) {
                V recv = receiver(frames[i], (FieldInsnNode) insns[i]);
                if (recv.owned && recv.tag != NONE) {
                    out.add(insns[i]);
                }
            }
            if (boundary[i] && frames[i] != null) {
                List<Carried> c = new ArrayList<>();
                for (int j = 0; j < frames[i].getLocals(); j++) {
                    V v = frames[i].getLocal(j);
                    if (v != null && v.owned && v.tag == j && v.cls != null) {
                        c.add(new Carried(j, v.cls));
                    }
                }
                if (!c.isEmpty()) {
                    carried.put(insns[i], c);
                }
            }
        }
        return new Result(out, carried);
    }

    private static V receiver(Frame<V> f, FieldInsnNode fi) {
        int depth = fi.getOpcode() == Opcodes.GETFIELD ? 1 : 2;
        return f.getStack(f.getStackSize() - depth);
    }

    /**
     * Frames that mark the receiver's identity owned after a confined access and keep the owned locals across a
     * boundary (carried).
     */
    private static final class OwnFrame extends Frame<V> {
        private final org.objectweb.asm.tree.InsnList list;
        private final boolean[] boundary;
        private final boolean[] access;
        private final Map<FieldInsnNode, String> classes;

        OwnFrame(int numLocals, int numStack, org.objectweb.asm.tree.InsnList list, boolean[] boundary,
                 boolean[] access, Map<FieldInsnNode, String> classes) {
            super(numLocals, numStack);
            this.list = list;
            this.boundary = boundary;
            this.access = access;
            this.classes = classes;
        }

        private String claimClass(FieldInsnNode fi) {
            return classes.get(fi);
        }

        @Override
        public void execute(AbstractInsnNode insn, Interpreter<V> interpreter) throws AnalyzerException {
            int index = list.indexOf(insn);
            int owner = NONE;
            String cls = null;
            if (index >= 0 && access[index]) {
                owner = receiver(this, (FieldInsnNode) insn).tag;
                cls = claimClass((FieldInsnNode) insn);
            }
            super.execute(insn, interpreter);
            if (index < 0) {
                return;
            }
            if (boundary[index]) {
                forgetStackOwnership(); // the locals are carried: re-claimed where a new attempt begins here
                return;
            }
            if (owner != NONE && cls != null) {
                markOwned(owner, cls);
            }
            if (insn.getOpcode() >= Opcodes.ISTORE && insn.getOpcode() <= Opcodes.ASTORE) {
                untagStackCopies(((org.objectweb.asm.tree.VarInsnNode) insn).var);
            }
        }

        private void forgetStackOwnership() {
            for (int i = 0; i < getStackSize(); i++) {
                V v = getStack(i);
                if (v != null && v.owned) {
                    setStack(i, v.disowned());
                }
            }
        }

        /** Every slot holding local {@code tag}'s object is owned now, through a claim of class {@code cls}. */
        private void markOwned(int tag, String cls) {
            for (int i = 0; i < getLocals(); i++) {
                V v = getLocal(i);
                if (v != null && v.tag == tag) {
                    setLocal(i, new V(v.size, tag, true, cls));
                }
            }
            for (int i = 0; i < getStackSize(); i++) {
                V v = getStack(i);
                if (v != null && v.tag == tag) {
                    setStack(i, new V(v.size, tag, true, cls));
                }
            }
        }

        /** The stack copies of local {@code var} hold its old content once it is stored to. */
        private void untagStackCopies(int var) {
            for (int i = 0; i < getStackSize(); i++) {
                V v = getStack(i);
                if (v != null && v.tag == var) {
                    setStack(i, V.plain(v.size));
                }
            }
        }
    }

    /** Values: tags for references held in or copied from locals, nothing for the rest. */
    private static final class IdInterpreter extends Interpreter<V> {
        private final BasicInterpreter basic = new BasicInterpreter();
        int[] edgeFrom;
        boolean[] boundary;

        IdInterpreter() {
            super(Opcodes.ASM9);
        }

        private static V untagged(BasicValue b) {
            if (b == null) {
                return null;
            }
            return V.plain(b.getSize());
        }

        @Override
        public V newValue(Type type) {
            if (type == null) {
                return V.ONE;
            }
            if (type == Type.VOID_TYPE) {
                return null;
            }
            return V.plain(type.getSize());
        }

        @Override
        public V newParameterValue(boolean isInstanceMethod, int local, Type type) {
            if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
                return new V(1, local, false);
            }
            return V.plain(type.getSize());
        }

        @Override
        public V newExceptionValue(TryCatchBlockNode tcb, Frame<V> handlerFrame, Type exceptionType) {
            if (edgeFrom != null && edgeFrom[0] >= 0 && boundary[edgeFrom[0]]) {
                // thrown by a boundary call: the handler may run in another attempt
                for (int i = 0; i < handlerFrame.getLocals(); i++) {
                    V v = handlerFrame.getLocal(i);
                    if (v != null && v.owned) {
                        handlerFrame.setLocal(i, v.disowned());
                    }
                }
            }
            return V.ONE;
        }

        @Override
        public V newOperation(AbstractInsnNode insn) throws AnalyzerException {
            return untagged(basic.newOperation(insn));
        }

        @Override
        public V copyOperation(AbstractInsnNode insn, V value) {
            int op = insn.getOpcode();
            if (op == Opcodes.ASTORE) {
                boolean owned = value.tag != NONE && value.owned;
                return new V(1, ((org.objectweb.asm.tree.VarInsnNode) insn).var, owned, owned ? value.cls : null);
            }
            return value;
        }

        @Override
        public V unaryOperation(AbstractInsnNode insn, V value) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.CHECKCAST) {
                return value;
            }
            return untagged(basic.unaryOperation(insn, BasicValue.REFERENCE_VALUE));
        }

        @Override
        public V binaryOperation(AbstractInsnNode insn, V v1, V v2) throws AnalyzerException {
            return untagged(basic.binaryOperation(insn, BasicValue.REFERENCE_VALUE,
                    BasicValue.REFERENCE_VALUE));
        }

        @Override
        public V ternaryOperation(AbstractInsnNode insn, V v1, V v2, V v3) {
            return null;
        }

        @Override
        public V naryOperation(AbstractInsnNode insn, List<? extends V> values) throws AnalyzerException {
            return untagged(basic.naryOperation(insn, List.of()));
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, V value, V expected) {
        }

        @Override
        public V merge(V a, V b) {
            if (a.equals(b)) {
                return a;
            }
            if (a.size != b.size) {
                return V.ONE;
            }
            if (a.tag != NONE && a.tag == b.tag) {
                return new V(a.size, a.tag, false); // the same local on both paths, owned on one only
            }
            return V.plain(a.size);
        }
    }
}
