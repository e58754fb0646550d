package org.stmj.transform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * Where the array operand of each element access in a twin came from: an {@code @ImmutableArray} field (element
 * reads need no barrier), an {@code @ConfinedArray} field of a confined class read in the same transaction
 * (element accesses need no barrier), or anything else (ordinary array barriers).
 *
 * <p>A data-flow analysis tracks, per stack slot and local, the set of field reads that produced an array
 * reference through copies and casts (locals, {@code DUP}, {@code CHECKCAST}); a merge with anything else loses
 * the mark. A confined-array value is only trusted at an access when no path leads from the field read through
 * a {@code @BytecodeBoundary} call to the access without reading the field again: a boundary may begin a new
 * transaction (and a restart restores locals saved there), which has not claimed the holder.
 */
final class ArrayOrigins {
    static final int NONE = 0;
    static final int IMMUTABLE = 1;
    static final int CONFINED = 2;
    /**
     * Read from a guarded array field ({@code guardedArrays}) of the object in a local that the method never
     * assigns ({@link V#holder}): element accesses take that object's lock word instead of a stripe. The entry
     * of such an access in {@link #analyze}'s result is {@code GUARDED | holder << HOLDER_SHIFT}.
     */
    static final int GUARDED = 3;
    /** A merge of a guarded array with anything else: refused wherever it is used (no stripe may guard it). */
    static final int TAINTED = 4;
    /** Where {@link #analyze} puts the holder's local of a {@link #GUARDED} access. */
    static final int HOLDER_SHIFT = 8;

    private ArrayOrigins() {
    }

    /**
     * An abstract value: its size, origin kind and (for confined and guarded arrays) the field reads it came from;
     * for a guarded array the local holding its holder object ({@code holder}, -1 when not known), and for any
     * reference the local it was last loaded from ({@code from}, -1 when none).
     */
    record V(int size, int kind, Set<AbstractInsnNode> sources, int holder, int from)
            implements org.objectweb.asm.tree.analysis.Value {
        static final V ONE = new V(1, NONE, Set.of(), -1, -1);
        static final V TWO = new V(2, NONE, Set.of(), -1, -1);

        V(int size, int kind, Set<AbstractInsnNode> sources) {
            this(size, kind, sources, -1, -1);
        }

        boolean guardedOrTainted() {
            return kind == GUARDED || kind == TAINTED;
        }

        @Override
        public int getSize() {
            return size;
        }

        static V plain(int size) {
            return size == 2 ? TWO : ONE;
        }
    }

    /**
     * The origin kind of the array operand of every element access of {@code m}, by instruction index (other
     * indices are {@link #NONE}); {@code null} when the method has no marked array fields at all. For a call of an
     * array helper ({@link #helperSource}: {@code System.arraycopy}, {@code Arrays.copyOf}/{@code copyOfRange},
     * an array's {@code clone()}) the entry is the kind of its source array, plus for {@code System.arraycopy}
     * the kind of its destination shifted left by {@link #DEST_SHIFT}: {@link CallPass} copies from an immutable
     * or owned confined source with plain reads, and into an owned confined destination with plain writes.
     */
    static int[] analyze(Ctx ctx, MethodNode m) {
        Origins o = analyzeAll(ctx, m);
        return o == null ? null : o.codes();
    }

    /**
     * {@link #analyze}'s codes, and for each {@link #GUARDED} access one guarded field read it came from (all of
     * them are reads of guarded fields of the same object, hence share its lock word).
     */
    record Origins(int[] codes, FieldInsnNode[] guardFields, int[] destHolders, FieldInsnNode[] destGuardFields) {
    }

    /**
     * {@link #analyze} with the guarded fields of its guarded accesses. Refuses (fails closed) a method where a
     * guarded array could be accessed without its holder's lock word: an element access or array helper whose
     * holder is not a local the method never assigns, a guarded array merged with another value and then used, a
     * guarded array passed to a call, returned, or stored anywhere (it must stay reachable only through its field),
     * or a guarded access in a method with boundary calls.
     */
    static Origins analyzeAll(Ctx ctx, MethodNode m) {
        boolean marked = false;
        boolean elements = false;
        for (AbstractInsnNode i : m.instructions) {
            int op = i.getOpcode();
            if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD || op >= Opcodes.IASTORE && op <= Opcodes.SASTORE
                    || helperSource(i) > 0) {
                elements = true;
            } else if (!marked && i instanceof FieldInsnNode fi && mark(ctx, fi) != NONE) {
                marked = true;
            }
        }
        boolean guarded = false;
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof FieldInsnNode fi && mark(ctx, fi) == GUARDED) {
                guarded = true;
                break;
            }
        }
        if (!marked || !elements && !guarded) {
            return null; // nothing to decide: skip the analysis (agent start-up time)
        }
        AbstractInsnNode[] insns = m.instructions.toArray();
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < insns.length; i++) {
            succ.add(new ArrayList<>());
        }
        Analyzer<V> a = new Analyzer<>(new OriginInterpreter(ctx)) {
            @Override
            protected Frame<V> newFrame(int numLocals, int numStack) {
                return new StoreAwareFrame(numLocals, numStack);
            }

            @Override
            protected Frame<V> newFrame(Frame<? extends V> frame) {
                StoreAwareFrame f = new StoreAwareFrame(frame.getLocals(), frame.getMaxStackSize());
                f.init(frame);
                return f;
            }

            @Override
            protected void newControlFlowEdge(int from, int to) {
                succ.get(from).add(to);
            }

            @Override
            protected boolean newControlFlowExceptionEdge(int from, int to) {
                succ.get(from).add(to);
                return true;
            }
        };
        Frame<V>[] frames;
        try {
            frames = a.analyze(ctx.cn.name, m);
        } catch (AnalyzerException e) {
            throw ctx.refuse(m, "cannot analyse array origins: " + Ctx.oneLine(e.getMessage()));
        }
        BitSet boundaries = new BitSet();
        for (int i = 0; i < insns.length; i++) {
            if (insns[i] instanceof MethodInsnNode mi && RestartPass.isBoundary(ctx, mi)) {
                boundaries.set(i);
            }
        }
        int[] out = new int[insns.length];
        FieldInsnNode[] guardFields = new FieldInsnNode[insns.length];
        int[] destHolders = new int[insns.length];
        FieldInsnNode[] destGuardFields = new FieldInsnNode[insns.length];
        Map<Integer, BitSet> reachCache = new HashMap<>();
        for (int i = 0; i < insns.length; i++) {
            int op = insns[i].getOpcode();
            Frame<V> f = frames[i];
            if (f == null) {
                continue;
            }
            if (guarded) {
                checkEscape(ctx, m, insns[i], f);
            }
            int depth;
            if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) {
                depth = 2;
            } else if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
                depth = 3;
            } else {
                depth = helperSource(insns[i]);
                if (depth <= 0) {
                    continue;
                }
                if (depth == 5) { // System.arraycopy(src, srcPos, dst, dstPos, len): the destination too
                    V dst = f.getStack(f.getStackSize() - 3);
                    if (dst.kind == GUARDED) {
                        checkGuardedHelper(ctx, m, dst, boundaries);
                        out[i] = GUARDED << DEST_SHIFT;
                        destHolders[i] = dst.holder;
                        destGuardFields[i] = (FieldInsnNode) dst.sources.iterator().next();
                    } else if (dst.guardedOrTainted()) {
                        throw ctx.refuse(m, "guarded array " + fieldName(dst) + " copied into where its holder is "
                                + "not known");
                    } else {
                        out[i] = kindAt(insns, succ, boundaries, dst, i, reachCache) << DEST_SHIFT;
                    }
                }
            }
            V arr = f.getStack(f.getStackSize() - depth);
            if (arr.kind == GUARDED && !(op >= Opcodes.IALOAD && op <= Opcodes.SASTORE)) {
                // an array helper's source: copied element by element through the holder's word (TxArrays)
                checkGuardedHelper(ctx, m, arr, boundaries);
                out[i] |= GUARDED | arr.holder << HOLDER_SHIFT;
                guardFields[i] = (FieldInsnNode) arr.sources.iterator().next();
                continue;
            }
            if (arr.kind == GUARDED && depth <= 3 && op >= Opcodes.IALOAD && op <= Opcodes.SASTORE) {
                if (arr.holder < 0 || !boundaries.isEmpty() || op == Opcodes.BALOAD || op == Opcodes.BASTORE) {
                    throw ctx.refuse(m, "guarded array " + fieldName(arr) + " accessed where its holder is not a "
                            + "local the method never assigns, or next to a boundary, or as byte/boolean[]");
                }
                out[i] = GUARDED | arr.holder << HOLDER_SHIFT;
                guardFields[i] = (FieldInsnNode) arr.sources.iterator().next();
                continue;
            }
            if (arr.guardedOrTainted()) {
                throw ctx.refuse(m, "guarded array " + fieldName(arr) + " used where its holder is not known");
            }
            out[i] |= kindAt(insns, succ, boundaries, arr, i, reachCache);
        }
        return new Origins(out, guardFields, destHolders, destGuardFields);
    }

    /**
     * Refuses an array helper's guarded source or destination unless {@code TxArrays} can copy it through its
     * holder's word: the holder is a local (not assigned between the field read and the call), no boundary call
     * in the method, and a reference array (the guarded helpers copy {@code Object[]} only).
     */
    private static void checkGuardedHelper(Ctx ctx, MethodNode m, V arr, BitSet boundaries) {
        FieldInsnNode fi = (FieldInsnNode) arr.sources.iterator().next();
        if (arr.holder < 0 || !boundaries.isEmpty() || !(fi.desc.startsWith("[L") || fi.desc.startsWith("[["))) {
            throw ctx.refuse(m, "guarded array " + fieldName(arr) + " passed to an array helper where its holder "
                    + "is not a local the method never assigns, or next to a boundary, or not a reference array");
        }
    }

    private static String fieldName(V v) {
        return v.sources.isEmpty() ? "(merged)" : v.sources.stream()
                .map(s -> Names.dotted(((FieldInsnNode) s).owner) + "." + ((FieldInsnNode) s).name)
                .sorted().findFirst().orElse("");
    }

    /**
     * Refuses an instruction through which a guarded array (or a merge that may be one) leaves the method's hands:
     * a call argument or receiver, a return value, a value stored in a field or array element. Element accesses,
     * {@code ARRAYLENGTH}, compares, casts and copies between locals and the stack are the only uses allowed.
     */
    private static void checkEscape(Ctx ctx, MethodNode m, AbstractInsnNode insn, Frame<V> f) {
        int n = 0;
        if (helperSource(insn) > 0 || isGuardedHelper(insn)) {
            // an array helper copies a guarded source or destination through its holder (checked by the caller
            // of this method for the JDK helpers; TxArrays' guarded versions are what CallPass made of them)
            // and keeps no reference to it
            return;
        } else if (insn instanceof MethodInsnNode mi) {
            n = Type.getArgumentTypes(mi.desc).length + (mi.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
        } else if (insn instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode indy) {
            n = Type.getArgumentTypes(indy.desc).length;
        } else if (insn.getOpcode() == Opcodes.ARETURN || insn.getOpcode() == Opcodes.PUTFIELD
                || insn.getOpcode() == Opcodes.PUTSTATIC || insn.getOpcode() == Opcodes.AASTORE) {
            n = 1; // the value on top: returned or stored
        }
        int top = f.getStackSize();
        for (int k = 1; k <= n && k <= top; k++) {
            V v = f.getStack(top - k);
            if (v.guardedOrTainted()) {
                throw ctx.refuse(m, "guarded array " + fieldName(v) + " escapes through "
                        + (insn instanceof MethodInsnNode mi ? "a call of " + mi.owner.replace('/', '.') + "." + mi.name
                        : "opcode " + insn.getOpcode()) + ": it must be reached only through its field");
            }
        }
    }

    /**
     * Whether the call is one of {@code TxArrays}' guarded helpers ({@code arraycopyGuarded}, {@code copyOfGuarded},
     * {@code copyOfRangeGuarded}, {@code cloneGuarded}), which {@link CallPass} emits for a JDK helper whose
     * source or destination is a guarded array, with the holder and its lock word as arguments.
     */
    static boolean isGuardedHelper(AbstractInsnNode insn) {
        return insn instanceof MethodInsnNode mi && mi.owner.equals(Names.ARRAYS) && mi.name.endsWith("Guarded");
    }

    /** Where {@link #analyze} puts the destination's kind of a {@code System.arraycopy}. */
    static final int DEST_SHIFT = 2;

    /** The kind an access at {@code i} may trust for the array value {@code arr}. */
    private static int kindAt(AbstractInsnNode[] insns, List<List<Integer>> succ, BitSet boundaries, V arr, int i,
                              Map<Integer, BitSet> reachCache) {
        if (arr.kind == CONFINED && !boundaries.isEmpty()) {
            return safe(insns, succ, boundaries, arr.sources, i, reachCache) ? CONFINED : NONE;
        }
        return arr.kind;
    }

    /**
     * For a call of an array helper that {@link CallPass} replaces (its source array is read element by element),
     * the stack depth of the source array operand before the call; 0 for anything else. {@code System.arraycopy}
     * is the only one with depth 5 (its destination is at depth 3).
     */
    static int helperSource(AbstractInsnNode i) {
        if (!(i instanceof MethodInsnNode mi)) {
            return 0;
        }
        if (mi.owner.startsWith("[")) {
            return mi.name.equals("clone") ? 1 : 0;
        }
        if (mi.owner.equals("java/lang/System") && mi.name.equals("arraycopy")) {
            return 5;
        }
        if (mi.owner.equals("java/util/Arrays") && (mi.name.equals("copyOf") || mi.name.equals("copyOfRange"))) {
            return Type.getArgumentTypes(mi.desc).length;
        }
        return 0;
    }

    /** No path source → boundary → access that does not pass through the source again. */
    private static boolean safe(AbstractInsnNode[] insns, List<List<Integer>> succ, BitSet boundaries,
                                Set<AbstractInsnNode> sources, int access, Map<Integer, BitSet> cache) {
        List<AbstractInsnNode> list = List.of(insns);
        for (AbstractInsnNode s : sources) {
            int si = list.indexOf(s);
            BitSet fromS = cache.computeIfAbsent(si, k -> reach(succ, k, k));
            for (int b = boundaries.nextSetBit(0); b >= 0; b = boundaries.nextSetBit(b + 1)) {
                if (fromS.get(b) && reach(succ, b, si).get(access)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Instructions reachable from the successors of {@code start}, never passing through {@code avoid}. */
    private static BitSet reach(List<List<Integer>> succ, int start, int avoid) {
        BitSet seen = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int n : succ.get(start)) {
            if (n != avoid && !seen.get(n)) {
                seen.set(n);
                work.add(n);
            }
        }
        while (!work.isEmpty()) {
            int x = work.poll();
            for (int n : succ.get(x)) {
                if (n != avoid && !seen.get(n)) {
                    seen.set(n);
                    work.add(n);
                }
            }
        }
        return seen;
    }

    /** The mark of a field read: immutable array, confined array of a confined class, or none. */
    static int mark(Ctx ctx, FieldInsnNode fi) {
        int op = fi.getOpcode();
        if (op != Opcodes.GETFIELD && op != Opcodes.GETSTATIC || fi.desc.charAt(0) != '[') {
            return NONE;
        }
        Hierarchy.FieldRef ref = ctx.h.resolveField(fi.owner, fi.name);
        if (ref == null) {
            return NONE;
        }
        if (ctx.h.isImmutableArray(ref, fi.name)) {
            return IMMUTABLE;
        }
        if (ctx.h.isGuardedArray(ref, fi.name)) {
            if (op != Opcodes.GETFIELD || ctx.h.lockRoot(ref.owner()) == null) {
                throw new IllegalStateException("guarded array field " + Names.dotted(ref.owner()) + "." + fi.name
                        + " must be an instance field of a transformed class with a lock word");
            }
            return GUARDED;
        }
        if (op == Opcodes.GETFIELD && ctx.h.isConfinedArray(ref, fi.name) && ctx.h.isConfinedClass(ref.owner())) {
            return CONFINED;
        }
        return NONE;
    }

    /**
     * A frame that forgets, at every store into local {@code n}, what depended on {@code n} still holding the value
     * it held: a guarded array whose holder is in {@code n} becomes {@link #TAINTED} (its holder is gone), and a
     * value tagged as loaded from {@code n} loses the tag. So a guarded access is emitted with {@code ALOAD n} only
     * when {@code n} holds, on every path, the object whose field produced the array.
     */
    private static final class StoreAwareFrame extends Frame<V> {
        StoreAwareFrame(int numLocals, int numStack) {
            super(numLocals, numStack);
        }

        @Override
        public void execute(AbstractInsnNode insn, Interpreter<V> interpreter) throws AnalyzerException {
            super.execute(insn, interpreter);
            int op = insn.getOpcode();
            if (op < Opcodes.ISTORE || op > Opcodes.ASTORE) {
                return;
            }
            int var = ((org.objectweb.asm.tree.VarInsnNode) insn).var;
            for (int i = 0; i < getLocals(); i++) {
                if (i != var) {
                    setLocal(i, forget(getLocal(i), var));
                }
            }
            for (int i = 0; i < getStackSize(); i++) {
                setStack(i, forget(getStack(i), var));
            }
        }

        private static V forget(V v, int var) {
            if (v == null) {
                return null;
            }
            if (v.kind == GUARDED && v.holder == var) {
                return new V(1, TAINTED, v.sources, -1, -1);
            }
            return v.from == var ? new V(v.size, v.kind, v.sources, v.holder, -1) : v;
        }
    }

    /** Tracks origins through copies and casts; everything computed is unmarked. */
    private static final class OriginInterpreter extends Interpreter<V> {
        private final Ctx ctx;
        private final BasicInterpreter basic = new BasicInterpreter();

        OriginInterpreter(Ctx ctx) {
            super(Opcodes.ASM9);
            this.ctx = ctx;
        }

        /** The value a field read produces; {@code receiver} is null for a static field. */
        private V origin(FieldInsnNode fi, V receiver) {
            int k = mark(ctx, fi);
            if (k == NONE) {
                return V.plain(Type.getType(fi.desc).getSize());
            }
            if (k == GUARDED) {
                int h = receiver != null ? receiver.from : -1;
                return new V(1, GUARDED, Set.of(fi), h, -1);
            }
            return new V(1, k, k == CONFINED ? Set.of(fi) : Set.of());
        }

        private static V of(BasicValue b) {
            return b == null ? null : V.plain(b.getSize());
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
        public V newOperation(AbstractInsnNode insn) throws AnalyzerException {
            if (insn instanceof FieldInsnNode fi) {
                return origin(fi, null);
            }
            return of(basic.newOperation(insn));
        }

        @Override
        public V copyOperation(AbstractInsnNode insn, V value) {
            if (insn.getOpcode() == Opcodes.ALOAD && value.size == 1) {
                int var = ((org.objectweb.asm.tree.VarInsnNode) insn).var;
                return value.from == var ? value : new V(1, value.kind, value.sources, value.holder, var);
            }
            return value;
        }

        @Override
        public V unaryOperation(AbstractInsnNode insn, V value) throws AnalyzerException {
            if (insn instanceof FieldInsnNode fi) {
                return origin(fi, insn.getOpcode() == Opcodes.GETFIELD ? value : null);
            }
            if (insn.getOpcode() == Opcodes.CHECKCAST) {
                return value;
            }
            return of(basic.unaryOperation(insn, BasicValue.REFERENCE_VALUE));
        }

        @Override
        public V binaryOperation(AbstractInsnNode insn, V v1, V v2) throws AnalyzerException {
            return of(basic.binaryOperation(insn, BasicValue.REFERENCE_VALUE, BasicValue.REFERENCE_VALUE));
        }

        @Override
        public V ternaryOperation(AbstractInsnNode insn, V v1, V v2, V v3) {
            return null;
        }

        @Override
        public V naryOperation(AbstractInsnNode insn, List<? extends V> values) throws AnalyzerException {
            return of(basic.naryOperation(insn, Collections.emptyList()));
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
                return a.guardedOrTainted() || b.guardedOrTainted() ? new V(1, TAINTED, Set.of()) : V.ONE;
            }
            int from = a.from == b.from ? a.from : -1;
            if (a.kind != NONE && a.kind == b.kind && (a.kind != GUARDED || a.holder == b.holder)) {
                Set<AbstractInsnNode> u = new HashSet<>(a.sources);
                u.addAll(b.sources);
                return new V(a.size, a.kind, Set.copyOf(u), a.holder, from);
            }
            if (a.guardedOrTainted() || b.guardedOrTainted()) {
                Set<AbstractInsnNode> u = new HashSet<>(a.sources);
                u.addAll(b.sources);
                return new V(1, TAINTED, Set.copyOf(u), -1, -1);
            }
            return from >= 0 ? new V(a.size, NONE, Set.of(), -1, from) : V.plain(a.size);
        }
    }
}
