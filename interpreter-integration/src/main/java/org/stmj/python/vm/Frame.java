package org.stmj.python.vm;

import org.stmj.api.annotation.ConfinedArray;
import org.stmj.api.annotation.ImmutableArray;
import org.stmj.api.annotation.ThreadConfined;
import org.stmj.python.compiler.Code;
import org.stmj.python.objects.PyCell;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyGenerator;
import org.stmj.python.objects.PyObject;

/**
 * An activation record on the heap: everything a bytecode touches (pc, value stack, locals, cells, block
 * stack) lives here, so the dispatch loop can be left and re-entered at any bytecode boundary.
 *
 * <p>{@code @ThreadConfined}: a frame is run by one thread at a time. It is reachable from another thread only
 * through its generator ({@link PyGenerator#frame}), which hands it over: resuming writes the generator's
 * {@code running} flag, a transactional field. Tracebacks keep a frame only as an identity, and
 * {@code sys._getframe} / {@code f_locals} are not exposed. In STM mode a transaction claims a frame once (an
 * exclusive lock and an undo snapshot of its fields and of its value stack and block stack) and then accesses
 * it in place; see papers/design/confinement.md.
 */
@ThreadConfined
public final class Frame {
    /** How a suspended generator frame was resumed; decides where its yield and return go. */
    static final int RESUME_NESTED = 0, RESUME_FOR_ITER = 1, RESUME_YIELD_FROM = 2, RESUME_CALL = 3;
    /**
     * Resumed for {@code sum(g)}, {@code any(g)}, {@code all(g)} run by the loop: the resumer's stack holds the
     * result so far under the generator, each yielded value is folded into it and the generator resumed again.
     */
    static final int RESUME_SUM = 4, RESUME_ANY = 5, RESUME_ALL = 6;
    static final int B_FINALLY = 1, B_HANDLER = 2;

    public final Code code;
    public final PyDict globals;
    /** Name-based locals (module and class bodies); null for optimised function frames. */
    public PyDict locals;
    public final PyDict builtins;
    /** Fast locals, indexed by Code.varnames: the first code.varnames.length slots of the same array as the stack. */
    @ConfinedArray
    public final PyObject[] fast;
    /** Cell variables then free variables; filled by the constructor, never written afterwards. */
    @ImmutableArray
    public final PyCell[] cells;
    /** Value stack, above the fast locals in one array; invariant: stack[nlocals..sp) live. */
    @ConfinedArray
    public final PyObject[] stack;
    public int sp;
    /**
     * Index of the next instruction (the dispatch loop keeps the running frame's pc in a local and writes it here
     * before a call, return, yield or generator resumption, and when an exception is caught); the instruction a
     * suspended or faulting frame is at is pc - 1.
     */
    public int pc;
    /** Block stack of (kind, handler pc, stack level) triples; invariant: blocks[0..bsp) live. */
    @ConfinedArray
    public int[] blocks = NO_BLOCKS;
    public int bsp;
    /** The caller (or resumer, for a running generator). */
    public Frame back;
    /** For __init__ frames of stackless instantiation: the instance to push instead of the return value. */
    public PyObject initSelf;
    /**
     * For the frame of a binary operator's Python method run by the loop ({@code Interp.binaryFrame}): the operator
     * + 1, with a flag for a reflected method; its operands are on the caller's stack. 0 for every other frame.
     */
    public int binOp;
    /** The generator owning this frame, or null. */
    public PyGenerator gen;
    public int resumeKind;
    /** For RESUME_FOR_ITER: where the caller jumps when the generator is exhausted. */
    public int forIterTarget;
    public boolean started;
    /**
     * Whether this frame may run another call of its code after it returns (see {@link Interp}'s frame reuse): set
     * for the plain function frames the loop's fast call paths make (no cells), cleared for good by {@link #pin}
     * when something outside the call can still see the frame (a traceback entry, {@code sys._getframe}).
     */
    public boolean recyclable;
    /**
     * Whether something outside the frame's call can see it after the call (a Python frame object, a traceback
     * entry): set by {@link #pin} and never cleared. A frame that is not pinned is cleared when it returns
     * ({@link #released}).
     */
    public boolean pinned;
    /**
     * Returned frames of this frame's callees kept for reuse (a list of at most two through {@link #nextSpare}),
     * each with its locals and stack cleared. Like the frame, reachable only from the thread running it.
     */
    Frame spare;
    Frame nextSpare;
    /**
     * Tracing state (f_trace, the frame's one Python view, its last traced line): made by {@link Tracing} when the
     * frame is traced or seen from Python, else null.
     */
    public Tracing.FrameTrace trace;

    public Frame(Code code, PyDict globals, PyDict locals, PyDict builtins, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.builtins = builtins;
        int nl = code.varnames.length;
        this.fast = new PyObject[nl + code.stacksize + 4];
        this.sp = nl;
        int nc = code.cellvars.length, nf = code.freevars.length;
        this.cells = nc + nf == 0 ? NO_CELLS : new PyCell[nc + nf];
        for (int i = 0; i < nc; i++) {
            cells[i] = new PyCell(null);
        }
        if (nf > 0) {
            System.arraycopy(closure, 0, cells, nc, nf);
        }
        this.stack = this.fast;
    }

    private static final PyCell[] NO_CELLS = new PyCell[0];
    private static final int[] NO_BLOCKS = new int[0];

    /** The source line of the instruction this frame is at (pc - 1), for tracebacks. */
    public int line() {
        int i = Math.max(0, Math.min(pc - 1, code.lines.length - 1));
        return code.lines.length == 0 ? code.firstLine : code.lines[i];
    }

    /**
     * Marks this frame and its callers as seen from outside their calls (a Python frame object, a traceback):
     * none of them is reused for another call.
     */
    public void pin() {
        for (Frame x = this; x != null; x = x.back) {
            x.recyclable = false;
            x.pinned = true;
        }
    }

    /**
     * A frame that is not reused has returned: unless it is {@linkplain #pinned pinned}, its locals, cells, value stack
     * and caller are dropped, as CPython clears a returned frame that no frame object holds. Nothing can read them
     * any more, and a reference to the frame that outlives the call (the saved locals of an STM loop's restart
     * point, kept until its next transaction begins) must not keep the call's arguments alive: a weak reference
     * to an object the call received would survive {@code del} and {@code gc.collect()}.
     */
    void released() {
        if (pinned) {
            return;
        }
        dropCall();
        // the cells stay the closures' (each closure holds its own); the frame's array of them goes
        PyCell[] c = cells;
        for (int i = 0; i < c.length; i++) {
            c[i] = null;
        }
    }

    /**
     * Drops what a returned call left in this frame: its locals and value stack (up to {@link #sp}), the instance
     * an {@code __init__} call returns, and its caller. For a frame kept for reuse and for one {@link #released}.
     */
    void dropCall() {
        PyObject[] a = fast;
        for (int i = 0, n = sp; i < n; i++) {
            a[i] = null;
        }
        initSelf = null;
        back = null;
    }

    void pushBlock(int kind, int handler, int level) {
        if (bsp + 3 > blocks.length) {
            blocks = java.util.Arrays.copyOf(blocks, Math.max(12, blocks.length * 2));
        }
        blocks[bsp] = kind;
        blocks[bsp + 1] = handler;
        blocks[bsp + 2] = level;
        bsp += 3;
    }
}
