package org.stmj.python.compiler;

import org.stmj.api.annotation.ImmutableArray;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * A compiled code object: immutable after compilation (shared read-only by all threads). Its arrays are
 * {@code @ImmutableArray}: built by the compiler before the code object exists, never written afterwards, so
 * STM mode reads their elements with no barrier.
 */
public final class Code extends PyObject {
    /**
     * Flags. A coroutine (async def) and an async generator (async def with yield) also carry GENERATOR: the loop
     * runs all three as suspendable heap frames wrapped in a PyGenerator, whose Python type the flags choose.
     */
    public static final int GENERATOR = 1, VARARGS = 2, VARKW = 4, NEWLOCALS = 8, CLASS_BODY = 16, COROUTINE = 32,
            ASYNC_GENERATOR = 64;
    public final String name, qualname, filename;
    /**
     * Whether this code stands in for C code of CPython (a module of the interpreter's own library that CPython
     * implements in C: {@code <stmj>/array.py}, ...): its frames make no traceback entries,
     * as C functions make none, so a user's traceback is CPython's.
     */
    public final boolean hiddenInTraceback;
    /**
     * The instructions: the program's own ({@link #plainLength} of them), then the trace appendix, two instructions
     * per trace point (see {@link #tracePoints}): a copy of the instruction at the point and a jump back to the one
     * after it. The appendix runs only while a trace point is patched (written to {@link Op#TRACE} by
     * {@code vm.Tracing} while a trace or profile function is set somewhere): the loop then runs the patched
     * program, whose TRACE instructions report an event and continue at their copy. Without tracing nothing jumps
     * to the appendix and the program runs as compiled.
     */
    @ImmutableArray
    public final int[] code;
    /** Source line of each instruction (the appendix's copies have their original's line). */
    @ImmutableArray
    public final int[] lines;
    /** Number of instructions of the program itself, before the trace appendix. */
    public final int plainLength;
    /**
     * The trace points: {@code pc << 8 | kinds} (the {@code TP_} bits), ascending pc; the appendix copy of point k
     * is at {@code plainLength + 2 * k}.
     */
    @ImmutableArray
    public final int[] tracePoints;
    /** Trace point kinds: frame entry (pc 0), resumption after a yield, a line start or jump target, return, yield. */
    public static final int TP_ENTRY = 1, TP_RESUME = 2, TP_LINE = 4, TP_RETURN = 8, TP_YIELD = 16;
    /** Source positions of the program's instructions ({@link PositionTable}'s encoding). */
    @ImmutableArray
    public final byte[] positions;
    @ImmutableArray
    public final PyObject[] consts;
    @ImmutableArray
    public final String[] names;
    /** Fast locals: arguments first (positional, keyword-only, *args, **kwargs), then other locals. */
    @ImmutableArray
    public final String[] varnames;
    /** Cell variables (created by this frame) followed by free variables (from the closure). */
    @ImmutableArray
    public final String[] cellvars, freevars;
    /** For each cell variable, the argument index it is initialised from, or -1. */
    @ImmutableArray
    public final int[] cell2arg;
    public final int argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstLine;
    /** True when a call with exactly argcount positional arguments can copy them straight into the locals. */
    public final boolean simpleArgs;
    /**
     * Inline caches of the dispatch loop, one slot per instruction (see {@code vm.InlineCache}): immutable entries
     * that remember where a global or an attribute was found, validated on every use by globally unique dict and
     * type versions. Unlike the other arrays it is written while the code runs; its elements are read and written
     * only through {@code vm.CacheMemory}, outside the STM (plain, not logged, not rolled back; see
     * papers/design/caches.md for why that is correct).
     */
    public final Object[] caches;

    /**
     * CPython's CO_ITERABLE_COROUTINE: a generator function decorated with types.coroutine, whose generators
     * 'await' accepts as they are. Write-once (false to true) by {@code code._stmj_iterable_coroutine()}, which
     * types.coroutine calls before the function is used (CPython replaces the function's code object instead; here
     * the mark is on the code object, so every function made from it shares it).
     */
    public boolean iterableCoroutine;

    static {
        Builtins.CODE.dict.putStr("_stmj_iterable_coroutine",
                new PyBuiltin("_stmj_iterable_coroutine",
                (ts, a, kw) -> {
                    Code c = (Code) a[0];
                    if (c.isGenerator() && (c.flags & (COROUTINE | ASYNC_GENERATOR)) == 0) {
                        c.iterableCoroutine = true;
                    }
                    return org.stmj.python.objects.Py.None;
                }, null, "code"));
        Builtins.CODE.dict.putStr("co_positions", new PyBuiltin("co_positions",
                (ts, a, kw) -> Ops.iter(ts, ((Code) a[0]).positionTuples()), null, "code"));
        Builtins.CODE.dict.putStr("co_consts", new org.stmj.python.objects.PyProperty(new PyBuiltin("co_consts",
                (ts, a, kw) -> new PyTuple(((Code) a[0]).consts.clone())), null, null, Py.None));
        Builtins.CODE.dict.putStr("co_names", new org.stmj.python.objects.PyProperty(new PyBuiltin("co_names",
                (ts, a, kw) -> {
                    String[] n = ((Code) a[0]).names;
                    PyObject[] v = new PyObject[n.length];
                    for (int i = 0; i < n.length; i++) {
                        v[i] = Py.str(n[i]);
                    }
                    return new PyTuple(v);
                }), null, null, Py.None));
        Builtins.CODE.dict.putStr("co_lines", new PyBuiltin("co_lines",
                (ts, a, kw) -> Ops.iter(ts, ((Code) a[0]).lineRanges()), null, "code"));
    }

    /**
     * The own library's files ({@code modules.Library.OWN}, spelled out: the compiler does not depend on the modules)
     * except those that are Python in CPython too (asyncio, types).
     */
    static boolean hiddenInTraceback(String filename) {
        return filename.startsWith("<stmj>/") && !filename.startsWith("<stmj>/asyncio/")
                && !filename.equals("<stmj>/types.py");
    }

    Code(String name, String qualname, String filename, int[] code, int[] lines, byte[] positions, PyObject[] consts,
            String[] names, String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg, int argcount,
            int posonly, int kwonly, int flags, int stacksize, int firstLine) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.hiddenInTraceback = hiddenInTraceback(filename);
        this.plainLength = code.length;
        this.tracePoints = tracePoints(code, lines);
        int n = code.length, k = tracePoints.length;
        int[] all = java.util.Arrays.copyOf(code, n + 2 * k);
        int[] allLines = java.util.Arrays.copyOf(lines, n + 2 * k);
        for (int i = 0; i < k; i++) {
            int pc = tracePoints[i] >> 8;
            all[n + 2 * i] = code[pc];
            all[n + 2 * i + 1] = Op.JUMP | (pc + 1) << 8;
            allLines[n + 2 * i] = lines[pc];
            allLines[n + 2 * i + 1] = lines[pc];
        }
        quicken(all, n, tracePoints, consts);
        this.code = all;
        this.lines = allLines;
        this.positions = positions == null ? PositionTable.EMPTY : positions;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.argcount = argcount;
        this.posonlyargcount = posonly;
        this.kwonlyargcount = kwonly;
        this.flags = flags;
        this.stacksize = stacksize;
        this.firstLine = firstLine;
        this.simpleArgs = (flags & (VARARGS | VARKW | GENERATOR)) == 0 && kwonly == 0;
        this.caches = new Object[all.length];
        org.stmj.python.vm.Tracing.register(this);
    }

    /**
     * The trace points of a program: its first instruction, every instruction that starts a line or is a jump
     * target (a line event may be due there), every return and yield, and every instruction after a yield (where a
     * generator resumes). {@code YIELD_FROM} is never one: it re-executes itself and is looked for in place.
     */
    static int[] tracePoints(int[] code, int[] lines) {
        int n = code.length;
        if (n == 0) {
            return new int[0];
        }
        int[] kinds = new int[n];
        kinds[0] = TP_ENTRY | TP_LINE;
        for (int i = 0; i < n; i++) {
            int op = Op.op(code[i]);
            if (i > 0 && lines[i] != lines[i - 1]) {
                kinds[i] |= TP_LINE;
            }
            if (Op.isDefined(op) && Op.argKind(op) == Op.Arg.JUMP) {
                int t = Op.arg(code[i]);
                // a target that only jumps back (a loop body's closing jump, reached from a branch that skips
                // the rest of the body) is CPython's artificial jump: no line event of its own, the loop's
                // instruction it goes to has one
                if (t >= 0 && t < n && !(t > 0 && lines[t] == lines[t - 1] && Op.op(code[t]) == Op.JUMP
                        && Op.arg(code[t]) < t)) {
                    kinds[t] |= TP_LINE;
                }
            }
            if (op == Op.RETURN_VALUE) {
                kinds[i] |= TP_RETURN;
            } else if (op == Op.YIELD_VALUE) {
                kinds[i] |= TP_YIELD;
                if (i + 1 < n) {
                    kinds[i + 1] |= TP_RESUME;
                }
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Op.op(code[i]) == Op.YIELD_FROM) {
                kinds[i] = 0;
            }
            if (kinds[i] != 0) {
                count++;
            }
        }
        int[] tp = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (kinds[i] != 0) {
                tp[j++] = i << 8 | kinds[i];
            }
        }
        return tp;
    }

    /** co_positions(): (line, end line, column, end column) per instruction, None for an unknown column. */
    PyTuple positionTuples() {
        int[] p = PositionTable.decode(positions, plainLength);
        PyObject[] items = new PyObject[plainLength];
        for (int i = 0; i < items.length; i++) {
            boolean known = p[4 * i] > 0;
            int line = known ? p[4 * i] : lines[i];
            boolean cols = known && p[4 * i + 2] >= 0 && p[4 * i + 3] >= 0;
            items[i] = new PyTuple(Py.newInt(line), Py.newInt(known ? p[4 * i + 1] : line),
                    cols ? Py.newInt(p[4 * i + 2]) : Py.None, cols ? Py.newInt(p[4 * i + 3]) : Py.None);
        }
        return new PyTuple(items);
    }

    /** co_lines(): (start, end, line) for each run of instructions on one line, offsets 2 per instruction. */
    PyTuple lineRanges() {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < plainLength) {
            int j = i + 1;
            while (j < plainLength && lines[j] == lines[i]) {
                j++;
            }
            out.add(new PyTuple(Py.newInt(2 * i), Py.newInt(2 * j), Py.newInt(lines[i])));
            i = j;
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    /** The program's instruction an appendix instruction copies (the pc itself below {@link #plainLength}). */
    public int originalPc(int pc) {
        if (pc < plainLength || pc >= code.length) {
            return pc;
        }
        return tracePoints[(pc - plainLength) >> 1] >> 8;
    }

    /**
     * The program's instructions as compiled: the first {@link #plainLength}, with any trace point unpatched and
     * every superinstruction back to the instruction it was quickened from.
     */
    public int[] plainCode() {
        int[] c = java.util.Arrays.copyOf(code, plainLength);
        for (int i = 0; i < tracePoints.length; i++) {
            c[tracePoints[i] >> 8] = code[plainLength + 2 * i];
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] & ~0xff | Op.base(c[i] & 0xff);
        }
        return c;
    }

    /**
     * Which superinstructions {@link #quicken} makes: {@code
     * -Dstmj.quicken=attr,fast,slice,unpack,mul,aug,const,chain,locals}, a subset, or {@code none}; read once. The
     * default is all but {@code mul} and {@code locals}, except in STM mode ({@code stmj.mode=stm}), where they did
     * not pay: the twin's compiles of the loop grew and took longer (indep_cpu whole process 1.15x CPU in 2 of 3
     * pairs, steady state 1.01x; papers/results/interpreter-perf.md, loop15). {@code mul} is opt-in: warm nbody
     * 0.98x with it, but the int loop of indep_cpu 1.05-1.11x slower in GIL mode (lead, 2026-12-04, RESULTS.md).
     * {@code locals} is opt-in too: with it spectral_norm's whole process is 1.26-1.36x CPU (float22 and loc25,
     * each with its own form of the fused cases): one more C2 compile of the loop, after a trap at the opcode
     * switch, most likely at the {@code LOAD_FAST_LOAD_FAST} key that {@code locals} leaves rare there (without
     * {@code fast}, 3 of 4 runs had no such trap); warm nbody and floats gain 10-20%.
     */
    private static final String QUICKEN = System.getProperty("stmj.quicken",
            "stm".equals(System.getProperty("stmj.mode")) ? "none" : "attr,fast,slice,unpack,aug,const,chain");
    private static final boolean Q_ATTR = QUICKEN.contains("attr");
    private static final boolean Q_FAST = QUICKEN.contains("fast");
    private static final boolean Q_SLICE = QUICKEN.contains("slice");
    private static final boolean Q_UNPACK = QUICKEN.contains("unpack");
    private static final boolean Q_MUL = QUICKEN.contains("mul");
    private static final boolean Q_AUG = QUICKEN.contains("aug");
    private static final boolean Q_CONST = QUICKEN.contains("const");
    private static final boolean Q_CHAIN = QUICKEN.contains("chain");
    private static final boolean Q_LOCALS = QUICKEN.contains("locals");

    /**
     * Rewrites, in place, the first of two adjacent instructions of the program (the first {@code n} of {@code code};
     * the trace appendix keeps the compiled copies) into a superinstruction ({@link Op#LOAD_FAST_LOAD_ATTR}, {@link
     * Op#LOAD_FAST_LOAD_FAST}, {@link Op#LOAD_FAST_LOAD_CONST}, {@link Op#SLICE_SUBSCR}) where the second is not a
     * trace point: a jump target, a line start, a resume point or a return is always reached by itself, and a patched
     * trace point is never skipped by the pair (see {@code vm.Tracing}). Pairs are taken from the left and do not
     * overlap. The operand of the second instruction stays where it is; the loop reads it from there. Of {@code
     * LOAD_FAST a; LOAD_FAST b; LOAD_ATTR n} the second and third make the pair (attribute loads are the more frequent
     * and the costlier dispatch). An {@code UNPACK_SEQUENCE n} followed by n {@code STORE_FAST}s that are not trace
     * points becomes {@link Op#UNPACK_SEQUENCE_STORE_FAST} (the stores stay in place), and with a {@code BUILD_TUPLE n}
     * before it that is not a trace point either, {@link Op#BUILD_TUPLE_STORE_FAST}. {@code BINARY MUL} before an
     * addition or subtraction becomes {@link Op#MUL_ADD}; an augmented attribute assignment's {@code LOAD_FAST;
     * DUP_TOP; LOAD_ATTR} and {@code ROT_TWO; STORE_ATTR} become {@link Op#LOAD_FAST_DUP_LOAD_ATTR} and {@link
     * Op#ROT_TWO_STORE_ATTR}; {@code LOAD_FAST; LOAD_CONST; BINARY|INPLACE} becomes {@link
     * Op#LOAD_FAST_LOAD_CONST_BINARY}; {@code BINARY; LOAD_CONST k; BINARY|INPLACE} with an int k becomes {@link
     * Op#BINARY_CONST_BINARY}; {@code LOAD_FAST; LOAD_FAST; BINARY|INPLACE} becomes {@link
     * Op#LOAD_FAST_LOAD_FAST_BINARY}, or with a second {@code BINARY|INPLACE} after it {@link
     * Op#LOAD_FAST_LOAD_FAST_BINARY2} (of {@code LOAD_FAST x; LOAD_FAST a; LOAD_FAST b; BINARY} the last three).
     */
    static void quicken(int[] code, int n, int[] tracePoints, PyObject[] consts) {
        if (!Q_ATTR && !Q_FAST && !Q_SLICE && !Q_UNPACK && !Q_MUL && !Q_AUG && !Q_CONST && !Q_CHAIN && !Q_LOCALS) {
            return;
        }
        boolean[] point = new boolean[n + 1];
        for (int tp : tracePoints) {
            point[tp >> 8] = true;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (Q_SLICE && Op.op(code[i]) == Op.BUILD_SLICE && !point[i + 1]
                    && (Op.op(code[i + 1]) == Op.BINARY_SUBSCR || Op.op(code[i + 1]) == Op.STORE_SUBSCR)) {
                code[i] = code[i] & ~0xff | Op.SLICE_SUBSCR;
                i++;
                continue;
            }
            if (Q_UNPACK && Op.op(code[i]) == Op.BUILD_TUPLE && i + 1 < n && code[i + 1] == (code[i] & ~0xff
                    | Op.UNPACK_SEQUENCE) && !point[i + 1] && storesFollow(code, n, point, i + 1, code[i] >> 8)) {
                code[i] = code[i] & ~0xff | Op.BUILD_TUPLE_STORE_FAST;
                i += (code[i] >> 8) + 1;
                continue;
            }
            if (Q_UNPACK && Op.op(code[i]) == Op.UNPACK_SEQUENCE && storesFollow(code, n, point, i, code[i] >> 8)) {
                code[i] = code[i] & ~0xff | Op.UNPACK_SEQUENCE_STORE_FAST;
                i += code[i] >> 8;
                continue;
            }
            if (Q_MUL && !point[i + 1] && isMulAdd(code[i], code[i + 1])) {
                code[i] = code[i] & ~0xff | Op.MUL_ADD;
                i++;
                continue;
            }
            if (Q_AUG && Op.op(code[i]) == Op.LOAD_FAST && i + 2 < n && Op.op(code[i + 1]) == Op.DUP_TOP
                    && Op.op(code[i + 2]) == Op.LOAD_ATTR && !point[i + 1] && !point[i + 2]) {
                code[i] = code[i] & ~0xff | Op.LOAD_FAST_DUP_LOAD_ATTR; // a.n op= v: its start
                i += 2;
                continue;
            }
            if (Q_AUG && Op.op(code[i]) == Op.ROT_TWO && Op.op(code[i + 1]) == Op.STORE_ATTR && !point[i + 1]) {
                code[i] = code[i] & ~0xff | Op.ROT_TWO_STORE_ATTR; // o.n op= v: its end
                i++;
                continue;
            }
            if (Q_CHAIN && Op.op(code[i]) == Op.BINARY && i + 2 < n && Op.op(code[i + 1]) == Op.LOAD_CONST
                    && !point[i + 1] && !point[i + 2] && isSmallInt(consts[code[i + 1] >> 8])
                    && (Op.op(code[i + 2]) == Op.BINARY || Op.op(code[i + 2]) == Op.INPLACE)
                    && code[i + 2] >> 8 != org.stmj.python.objects.Ops.TRUEDIV) {
                // ij * (ij + 1) // 2: one dispatch, one int. Not before a `/`: floats' `(x * x) / 2` ran 1.12x slower
                code[i] = code[i] & ~0xff | Op.BINARY_CONST_BINARY;
                i += 2;
                continue;
            }
            if (Op.op(code[i]) != Op.LOAD_FAST || point[i + 1]) {
                continue;
            }
            int next = Op.op(code[i + 1]);
            if (next == Op.LOAD_FAST && Q_LOCALS && i + 2 < n && isBinary(code[i + 2]) && !point[i + 2]) {
                // dx * bm: one dispatch; with a second operator after it (c - dx * bm), one float less
                boolean two = i + 3 < n && isBinary(code[i + 3]) && !point[i + 3];
                code[i] = code[i] & ~0xff | (two ? Op.LOAD_FAST_LOAD_FAST_BINARY2 : Op.LOAD_FAST_LOAD_FAST_BINARY);
                i += two ? 3 : 2;
                continue;
            }
            if (next == Op.LOAD_FAST && Q_LOCALS && i + 3 < n && Op.op(code[i + 2]) == Op.LOAD_FAST && !point[i + 2]
                    && isBinary(code[i + 3]) && !point[i + 3]) {
                continue; // LOAD_FAST x; LOAD_FAST a; LOAD_FAST b; BINARY: a, b and the operator make the triple
            }
            if (next == Op.LOAD_FAST && Q_ATTR && i + 2 < n && Op.op(code[i + 2]) == Op.LOAD_ATTR && !point[i + 2]) {
                continue; // LOAD_FAST a; LOAD_FAST b; LOAD_ATTR: b and its attribute make the pair
            }
            if (next == Op.LOAD_FAST && Q_CONST && i + 3 < n && Op.op(code[i + 2]) == Op.LOAD_CONST && !point[i + 2]
                    && (Op.op(code[i + 3]) == Op.BINARY || Op.op(code[i + 3]) == Op.INPLACE) && !point[i + 3]) {
                continue; // LOAD_FAST a; LOAD_FAST b; LOAD_CONST c; BINARY: b, c and the operator make the triple
            }
            if (next == Op.LOAD_CONST && Q_CONST && i + 2 < n && !point[i + 2]
                    && (Op.op(code[i + 2]) == Op.BINARY || Op.op(code[i + 2]) == Op.INPLACE)) {
                code[i] = code[i] & ~0xff | Op.LOAD_FAST_LOAD_CONST_BINARY; // i + 1, n += 1
                i += 2;
                continue;
            }
            int fused = next == Op.LOAD_ATTR && Q_ATTR ? Op.LOAD_FAST_LOAD_ATTR
                    : next == Op.LOAD_FAST && Q_FAST ? Op.LOAD_FAST_LOAD_FAST
                    : next == Op.LOAD_CONST && Q_CONST ? Op.LOAD_FAST_LOAD_CONST : -1;
            if (fused >= 0) {
                code[i] = code[i] & ~0xff | fused;
                i++;
            }
        }
    }

    /** Whether ins is a {@code BINARY} or an {@code INPLACE}. */
    private static boolean isBinary(int ins) {
        return Op.op(ins) == Op.BINARY || Op.op(ins) == Op.INPLACE;
    }

    /** Whether c is an exact int of machine size (a constant that {@link Op#BINARY_CONST_BINARY} takes). */
    private static boolean isSmallInt(PyObject c) {
        return c != null && c.getClass() == PyInt.class && ((PyInt) c).isSmall();
    }

    /**
     * Whether the {@code k} instructions after {@code i} are {@code STORE_FAST}s and none of them is a trace point
     * ({@link Op#UNPACK_SEQUENCE_STORE_FAST}).
     */
    private static boolean storesFollow(int[] code, int n, boolean[] point, int i, int k) {
        if (k < 1 || i + k >= n) {
            return false;
        }
        for (int j = i + 1; j <= i + k; j++) {
            if (Op.op(code[j]) != Op.STORE_FAST || point[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code first; second} is {@code BINARY MUL; BINARY|INPLACE ADD|SUB}: the product consumed at once by
     * an addition or subtraction ({@link Op#MUL_ADD}).
     */
    private static boolean isMulAdd(int first, int second) {
        int op = Op.op(second);
        int arg = Op.arg(second);
        return first == (Ops.MUL << 8 | Op.BINARY) && (op == Op.BINARY || op == Op.INPLACE)
                && (arg == Ops.ADD || arg == Ops.SUB);
    }

    /** The line of each of the program's instructions. */
    public int[] plainLines() {
        return java.util.Arrays.copyOf(lines, plainLength);
    }

    /**
     * The source position of instruction pc (an appendix pc counts as its original) as {line, endLine, col,
     * endCol}, with -1 for unknown columns; the line alone when the table does not cover it.
     */
    public int[] position(int pc) {
        int p = originalPc(pc);
        int[] r = p >= 0 && p < plainLength ? PositionTable.at(positions, p) : null;
        if (r == null) {
            int line = p >= 0 && p < lines.length ? lines[p] : firstLine;
            return new int[] {line, line, -1, -1};
        }
        return r;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    @Override
    public PyType type() {
        return Builtins.CODE;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }

    /** A disassembly of this code object alone, for debugging ({@link Disassembler#disOne}). */
    public String dis() {
        return Disassembler.disOne(this);
    }
}
