package org.stmj.transform;

import java.util.HashSet;
import java.util.List;
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
 * on every path to this one, with no {@code @BytecodeBoundary} call in between.
 *
 * <p>Why that is enough: after {@code $stm$own(o)} returns, the attempt holds {@code o}'s lock word (or
 * allocated {@code o}) until it commits or aborts. Within a method an attempt ends only at a boundary (commit
 * and begin), by an abort (which unwinds to the boundary, past every later access), or by a GIL-released call
 * that commits and continues inevitably to the next boundary; in that tail the plain accesses rely on the
 * hand-over rule exactly as the plain element accesses of confined arrays do ({@link ArrayOrigins}). So
 * between two boundaries the first access claims and the later ones are plain.
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

    /** An abstract value: its size, the local it is a copy of (its tag) and whether the attempt owns it. */
    record V(int size, int tag, boolean owned) implements org.objectweb.asm.tree.analysis.Value {
        static final V ONE = new V(1, NONE, false);
        static final V TWO = new V(2, NONE, false);

        @Override
        public int getSize() {
            return size;
        }

        static V plain(int size) {
            return size == 2 ? TWO : ONE;
        }
    }

    /**
     * The field instructions among {@code accesses} (confined-class accesses the barrier pass would precede with
     * {@code $stm$own}) whose receiver is already owned; empty when nothing can be proven.
     */
    static Set<AbstractInsnNode> owned(Ctx ctx, MethodNode m, Set<FieldInsnNode> accesses) {
        if (accesses.size() < 2) {
            return Set.of();
        }
        AbstractInsnNode[] insns = m.instructions.toArray();
        boolean[] boundary = new boolean[insns.length];
        boolean[] access = new boolean[insns.length];
        for (int i = 0; i < insns.length; i++) {
            boundary[i] = insns[i] instanceof MethodInsnNode mi && RestartPass.isBoundary(ctx, mi);
            access[i] = insns[i] instanceof FieldInsnNode fi && accesses.contains(fi);
        }
        int[] edgeFrom = {-1};
        IdInterpreter interp = new IdInterpreter();
        interp.edgeFrom = edgeFrom;
        interp.boundary = boundary;
        Analyzer<V> a = new Analyzer<>(interp) {
            @Override
            protected Frame<V> newFrame(int numLocals, int numStack) {
                return new OwnFrame(numLocals, numStack, m.instructions, boundary, access);
            }

            @Override
            protected Frame<V> newFrame(Frame<? extends V> frame) {
                OwnFrame f = new OwnFrame(frame.getLocals(), frame.getMaxStackSize(), m.instructions, boundary,
                        access);
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
            return Set.of(); // nothing proven: every access keeps its call
        }
        Set<AbstractInsnNode> out = new HashSet<>();
        for (int i = 0; i < insns.length; i++) {
            if (access[i] && frames[i] != null) {
                V recv = receiver(frames[i], (FieldInsnNode) insns[i]);
                if (recv.owned && recv.tag != NONE) {
                    out.add(insns[i]);
                }
            }
        }
        return out;
    }

    private static V receiver(Frame<V> f, FieldInsnNode fi) {
        int depth = fi.getOpcode() == Opcodes.GETFIELD ? 1 : 2;
        return f.getStack(f.getStackSize() - depth);
    }

    /** Frames that mark the receiver's identity owned after a confined access and forget all at a boundary. */
    private static final class OwnFrame extends Frame<V> {
        private final org.objectweb.asm.tree.InsnList list;
        private final boolean[] boundary;
        private final boolean[] access;

        OwnFrame(int numLocals, int numStack, org.objectweb.asm.tree.InsnList list, boolean[] boundary,
                 boolean[] access) {
            super(numLocals, numStack);
            this.list = list;
            this.boundary = boundary;
            this.access = access;
        }

        @Override
        public void execute(AbstractInsnNode insn, Interpreter<V> interpreter) throws AnalyzerException {
            int index = list.indexOf(insn);
            int owner = NONE;
            if (index >= 0 && access[index]) {
                owner = receiver(this, (FieldInsnNode) insn).tag;
            }
            super.execute(insn, interpreter);
            if (index < 0) {
                return;
            }
            if (boundary[index]) {
                forgetOwnership();
                return;
            }
            if (owner != NONE) {
                markOwned(owner);
            }
            if (insn.getOpcode() >= Opcodes.ISTORE && insn.getOpcode() <= Opcodes.ASTORE) {
                untagStackCopies(((org.objectweb.asm.tree.VarInsnNode) insn).var);
            }
        }

        private void forgetOwnership() {
            for (int i = 0; i < getLocals(); i++) {
                V v = getLocal(i);
                if (v != null && v.owned) {
                    setLocal(i, new V(v.size, v.tag, false));
                }
            }
            for (int i = 0; i < getStackSize(); i++) {
                V v = getStack(i);
                if (v != null && v.owned) {
                    setStack(i, new V(v.size, v.tag, false));
                }
            }
        }

        /** Every slot holding local {@code tag}'s object is owned now. */
        private void markOwned(int tag) {
            for (int i = 0; i < getLocals(); i++) {
                V v = getLocal(i);
                if (v != null && v.tag == tag) {
                    setLocal(i, new V(v.size, tag, true));
                }
            }
            for (int i = 0; i < getStackSize(); i++) {
                V v = getStack(i);
                if (v != null && v.tag == tag) {
                    setStack(i, new V(v.size, tag, true));
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
                        handlerFrame.setLocal(i, new V(v.size, v.tag, false));
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
                return new V(1, ((org.objectweb.asm.tree.VarInsnNode) insn).var, value.tag != NONE && value.owned);
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
