package org.stmj.python.vm;

import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Op;
import org.stmj.python.objects.ArithChain;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.ExceptionGroups;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyCell;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyFunction;
import org.stmj.python.objects.PyGenerator;
import org.stmj.python.objects.PyInstance;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyMethod;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyRange;
import org.stmj.python.objects.PySeqIter;
import org.stmj.python.objects.PySet;
import org.stmj.python.objects.PySlice;
import org.stmj.python.objects.PySuper;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;

/**
 * The dispatch loop. One loop runs Python-to-Python calls, returns, instantiations with a Python __init__ and
 * generator resumption by switching the thread state's current frame; only Java built-ins that call back into
 * Python start a nested loop. At the top of every bytecode the loop calls {@link Gil#boundary} and then reads the
 * frame, pc and stack pointer afresh from the heap.
 */
public final class Interp {
    private Interp() {
    }

    /** Marker returned by call dispatch when a frame was pushed instead of a value computed. */
    private static final PyObject PUSHED = new PyTuple();

    /**
     * Whether the dispatch loop stores the running frame's position ({@code f.pc}, {@code f.sp}) at every bytecode,
     * in both modes (system property {@code stmj.everyPosition}; off by default). Off, the position is written only
     * where it is read (see {@link #loop}); a conflict report takes the transactional loop's own position from its
     * restart handler (stm.properties, {@code loopPosition}). On, another thread's current line is exact in a
     * conflict report ({@code other}) and an inevitability raised out of line is located at its own bytecode, at
     * the price of two stores per bytecode (~8% of an STM thread's time on indep_cpu: papers/results/scaling.md,
     * stm25 and pos26).
     *
     * <p>The test stays in the loop when it is off, as a constant C2 folds away, on purpose: it makes the loop
     * head's block end in a two-way branch. Without one, that block (boundary, stack re-read) has a single
     * successor inside the loop, which C2's type flow ({@code ciTypeFlow::clone_loop_heads}) takes for a loop
     * exit test to rotate: in every non-OSR compile it clones the head for one back edge, and the loop becomes a
     * two-level nest whose code ran the GIL loop 15% slower (indep_cpu; loop27 in papers/results/scaling.md).
     */
    static final boolean EVERY_POSITION = Boolean.getBoolean("stmj.everyPosition");

    /**
     * Runs until {@code entry} returns (its return value) or, for a generator resumed from Java, yields (the value)
     * or finishes (null). Exceptions leaving {@code entry} propagate as {@link PyException}.
     */
    public static PyObject run(ThreadState ts, Frame entry, PyBaseException pending) {
        ts.nestedLoops++;
        try {
            if (pending != null) {
                Frame h = unwind(ts, entry, pending, entry);
                if (h == null) {
                    throw pending.raise();
                }
            }
            Frame f = ts.frame;
            return loop(ts, entry, f, f.pc, f.sp);
        } finally {
            ts.nestedLoops--;
        }
    }

    static String shortReason(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length > 0 ? " at " + st[0].getClassName().replaceAll(".*\\.", "") + "."
                + st[0].getMethodName() : "";
        return "internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "") + where;
    }

    private static final PyObject RETURN_NULL = new PyTuple();

    private static void handle(ThreadState ts, PyBaseException exc, Frame entry) {
        Frame f = ts.frame;
        if (ts.excInfo != null && exc != ts.excInfo && exc.context == null && !reachable(ts.excInfo, exc)) {
            exc.context = ts.excInfo;
        }
        addTraceback(exc, f);
        if (ts.tracer != null) {
            Tracing.exception(ts, f, exc);
        }
        Frame h = unwind(ts, f, exc, entry);
        if (h == null) {
            throw exc.raise();
        }
    }

    private static boolean reachable(PyBaseException from, PyBaseException target) {
        // the chain may be a cycle (__context__ is assignable): a second pointer at half speed detects it
        PyBaseException slow = from;
        int i = 0;
        for (PyBaseException c = from; c != null; c = c.context, i++) {
            if (c == target) {
                return true;
            }
            if (i > 0 && c == slow) {
                return false; // went round a cycle, having seen all of it
            }
            if ((i & 1) == 1) {
                slow = slow.context;
            }
        }
        return false;
    }

    static void addTraceback(PyBaseException exc, Frame f) {
        Traceback tb = exc.traceback;
        if (tb != null && tb.frameId == f || f.code.hiddenInTraceback) {
            return;
        }
        if (exc.noEntryFor != null) {
            if (exc.noEntryFor == f) {
                exc.noEntryFor = null;
                return;
            }
            exc.noEntryFor = null;
        }
        // the entry names the frame (tb_frame): it is not reused for another call, nor cleared when it returns
        f.recyclable = false;
        f.pinned = true;
        exc.traceback = new Traceback(f.code.filename, f.line(), f.code.name, tb, f);
    }

    /**
     * Finds a handler for exc starting in frame f, popping frames up to entry. Returns the frame that handles
     * it (ts.frame set, pc at the handler), or null when the exception leaves entry (ts.frame = entry.back).
     */
    static Frame unwind(ThreadState ts, Frame f, PyBaseException exc, Frame entry) {
        while (true) {
            while (f.bsp > 0) {
                f.bsp -= 3;
                int kind = f.blocks[f.bsp], handler = f.blocks[f.bsp + 1], level = f.blocks[f.bsp + 2];
                if (kind == Frame.B_HANDLER) {
                    ts.excInfo = handledBefore(f, level);
                    f.sp = level;
                    continue;
                }
                closeDropped(ts, f, level, f.sp);
                for (int i = level; i < f.sp; i++) {
                    f.stack[i] = null;
                }
                f.sp = level;
                f.stack[f.sp++] = ts.excInfo == null ? Py.None : ts.excInfo;
                f.stack[f.sp++] = exc;
                f.pushBlock(Frame.B_HANDLER, 0, level);
                ts.excInfo = exc;
                f.pc = handler;
                ts.frame = f;
                return f;
            }
            closeDropped(ts, f, 0, f.sp);
            if (ts.tracer != null) {
                Tracing.unwound(ts, f);
            }
            Frame back = f.back;
            if (f.gen != null) {
                f.gen.finished = true;
                f.gen.running = false;
                leaveGenExc(ts, f.gen, null);
                PyBaseException re = PyGenerator.stopIterationEscaped(f.gen, exc);
                if (re != null) {
                    exc = re;
                }
            }
            ts.depth--;
            ts.frame = back;
            if (f == entry) {
                throw exc.raise();
            }
            f = back;
            addTraceback(exc, f);
            if (ts.tracer != null) {
                Tracing.exception(ts, f, exc);
            }
        }
    }

    /**
     * The top {@code n} operands of {@code f}'s value stack as a new array, their slots cleared. Takes the frame, not
     * its stack array: the array read from the {@code @ConfinedArray} field here is known to the transformer as the
     * frame's, so the twin copies and clears it with plain accesses (an array parameter would take the striped
     * barriers, a logged read per argument).
     */
    private static PyObject[] popArgs(Frame f, int sp, int n) {
        if (n == 0) {
            return Py.EMPTY;
        }
        PyObject[] st = f.stack;
        PyObject[] a = new PyObject[n];
        System.arraycopy(st, sp - n, a, 0, n);
        for (int i = sp - n; i < sp; i++) {
            st[i] = null;
        }
        return a;
    }

    private static void pushFrame(ThreadState ts, Frame caller, Frame nf) {
        nf.back = caller;
        enter(ts, nf);
    }

    /**
     * Makes {@code nf} (its {@code back} set) the running frame, one Python call deeper. Kept under C2's 35-byte
     * limit for inlining at sites its profile rates cold (the loop's call sites are compiled before the call
     * handlers' own profiles have counts), with the error out of line.
     */
    private static void enter(ThreadState ts, Frame nf) {
        int d = ts.depth;
        if (d >= ts.interp.recursionLimit) {
            throw recursionError();
        }
        ts.depth = d + 1;
        ts.frame = nf;
    }

    private static PyException recursionError() {
        return Py.raise(Exc.RecursionError, "maximum recursion depth exceeded");
    }

    /**
     * Calls a value from the loop: Python functions, bound Python methods and classes with a Python __init__
     * push a frame (returns PUSHED); everything else returns its result.
     */
    private static PyObject dispatchCall(ThreadState ts, Frame f, PyObject callee, PyObject[] args, String[] kw) {
        if (callee instanceof PyFunction) {
            PyFunction fn = (PyFunction) callee;
            Frame nf = ArgBinding.makeFrame(ts, fn, args, kw);
            if (fn.code.isGenerator()) {
                org.stmj.python.objects.Finalizers.drainIfPending(ts);
                PyGenerator g = new PyGenerator(nf, fn.name, fn.qualname);
                int p = f.pc;
                int[] c = f.code.code;
                if (p < c.length && c[p] == (Op.GET_ITER | 1 << 8)) {
                    g.loopOwned = true; // for x in gen(...): the loop holds the only reference (PyGenerator)
                } else if (p < c.length && c[p] == (Op.POP_TOP | 1 << 8)) {
                    AsyncOps.discardedCall(ts, g); // a statement work(): the only reference is dropped at once
                }
                return g;
            }
            pushFrame(ts, f, nf);
            return PUSHED;
        }
        if (callee instanceof PyMethod) {
            PyMethod m = (PyMethod) callee;
            if (m.func instanceof PyFunction) {
                return dispatchCall(ts, f, m.func, Py.prepend(m.self, args), kw);
            }
        }
        if (callee instanceof PyType) {
            PyType t = (PyType) callee;
            PyObject init = t.slots[PyType.S_INIT];
            if (t.heap && t.metatype == null && init instanceof PyFunction && !((PyFunction) init).code.isGenerator()) {
                PyObject obj = t.construct(ts, args, kw);
                if (obj.type() != t) {
                    return t.finishInit(ts, obj, args, kw); // not an instance of t, or one of a subclass
                }
                Frame nf = ArgBinding.makeFrame(ts, (PyFunction) init, Py.prepend(obj, args), kw);
                nf.initSelf = obj;
                pushFrame(ts, f, nf);
                return PUSHED;
            }
        }
        PyType ct = callee.type();
        if (ct.heap && ct.slots[PyType.S_CALL] instanceof PyFunction) {
            // an instance whose class defines __call__ in Python: its frame is pushed here like a method's, not
            // run by Ops.call in a nested dispatch loop (whose boundaries never end the transaction in STM mode)
            return dispatchCall(ts, f, ct.slots[PyType.S_CALL], Py.prepend(callee, args), kw);
        }
        return Ops.call(ts, callee, args, kw);
    }

    /** Calls a Python function from Java (a nested loop). */
    public static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, String[] kw) {
        Frame nf = ArgBinding.makeFrame(ts, fn, args, kw);
        if (fn.code.isGenerator()) {
            return new PyGenerator(nf, fn.name, fn.qualname);
        }
        if (ts.depth >= ts.interp.recursionLimit) {
            throw recursionError(); // CPython 3.11: the frame's own check (_PyEval_EvalFrameDefault), no suffix
        }
        pushFrame(ts, ts.frame, nf);
        return run(ts, nf, null);
    }

    /** Runs a module or class body frame in a nested loop. */
    public static PyObject runFrame(ThreadState ts, Frame nf) {
        pushFrame(ts, ts.frame, nf);
        return run(ts, nf, null);
    }

    /** Resumes a generator from Java: returns the yielded value, or null when it finished. */
    public static PyObject resumeNested(ThreadState ts, PyGenerator g, PyObject value, PyBaseException exc) {
        if (g.running) {
            throw Py.valueError("generator already executing");
        }
        Frame gf = g.frame;
        if (exc != null && gf.started && gf.pc < gf.code.code.length && Op.op(gf.code.code[gf.pc]) == Op.YIELD_FROM
                && gf.stack[gf.sp - 1] instanceof PyGenerator) {
            PyGenerator sub = (PyGenerator) gf.stack[gf.sp - 1];
            try {
                if (exc.isInstance(Exc.GeneratorExit)) {
                    sub.close(ts);
                } else {
                    PyObject r = sub.throwIn(ts, exc);
                    return r;
                }
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.StopIteration)) {
                    gf.stack[gf.sp - 1] = e.exc.args.items.length > 0 ? e.exc.args.items[0] : Py.None;
                    gf.pc++;
                    exc = null;
                    value = null;
                } else {
                    exc = e.exc;
                }
            }
        }
        gf.back = ts.frame;
        gf.resumeKind = Frame.RESUME_NESTED;
        if (ts.tracer != null && exc == null) {
            Tracing.resuming(gf);
        }
        if (gf.started) {
            if (exc == null && value != null) {
                gf.stack[gf.sp++] = value;
            }
        } else {
            gf.started = true;
        }
        g.running = true;
        if (ts.depth >= ts.interp.recursionLimit) {
            g.running = false;
            throw Py.raise(Exc.RecursionError, "maximum recursion depth exceeded");
        }
        ts.depth++;
        ts.frame = gf;
        enterGenExc(ts, g);
        if (exc != null) {
            addTraceback(exc, gf);
            if (ts.tracer != null) {
                Tracing.thrownIn(ts, gf, exc);
            }
        }
        return run(ts, gf, exc);
    }

    /**
     * Resumes g from frame {@code caller} with {@code value} (the frame switch of a {@code for}, a send or a
     * delegation: {@code kind}, {@code target} as in {@link Frame#resumeKind}). When g is suspended in a
     * {@code yield from} (or {@code await}) of another suspended generator, the delegation is entered here without
     * a trip through the loop per level (a recursive generator's values pass through every level on each resume):
     * each delegating frame is entered as running and left past its {@code YIELD_FROM} with the iterator still on its
     * stack, exactly as {@link #yieldFrom} leaves it when it resumes the next one, and the value goes on to the next
     * level. Not while tracing (the {@code YIELD_FROM} of each level is a traced instruction) nor where the step
     * would need the loop's error path (the next generator running or finished, the recursion limit near).
     */
    private static void resumeGen(ThreadState ts, Frame caller, PyGenerator g, PyObject value, int kind, int target) {
        if (g.running) {
            throw Py.valueError("generator already executing");
        }
        Frame gf = g.frame;
        PyGenerator sub;
        while ((sub = delegatedTo(ts, gf)) != null) {
            gf.resumeKind = kind;
            gf.forIterTarget = target;
            g.running = true;
            pushFrame(ts, caller, gf); // below the recursion limit (delegatedTo)
            ArgBinding.moveSpares(caller, gf);
            enterGenExc(ts, g);
            gf.pc++; // YIELD_FROM done: the value goes to sub, the iterator stays on gf's stack (gf.sp unchanged)
            caller = gf;
            g = sub;
            gf = sub.frame;
            kind = Frame.RESUME_YIELD_FROM;
            target = 0;
        }
        gf.resumeKind = kind;
        gf.forIterTarget = target;
        if (ts.tracer != null) {
            Tracing.resuming(gf); // its 'call' event when it resumes in a YIELD_FROM (the loop's are trace points)
        }
        if (gf.started) {
            gf.stack[gf.sp++] = value;
        } else {
            gf.started = true;
        }
        g.running = true;
        pushFrame(ts, caller, gf);
        ArgBinding.moveSpares(caller, gf); // lent while it runs, handed back when it yields or returns
        enterGenExc(ts, g);
    }

    /**
     * The generator that suspended generator frame gf delegates to in the {@code yield from} it is suspended in, when
     * {@link #resumeGen} may resume that one at once: it is suspended itself (started, neither running nor finished),
     * no tracer runs in this thread, and two more frames stay below the recursion limit; else null.
     */
    private static PyGenerator delegatedTo(ThreadState ts, Frame gf) {
        if (!gf.started || ts.tracer != null || ts.depth + 2 >= ts.interp.recursionLimit) {
            return null;
        }
        int pc = gf.pc, sp = gf.sp;
        int[] insns = gf.code.code;
        if (pc >= insns.length || Op.op(insns[pc]) != Op.YIELD_FROM || sp < 1) {
            return null;
        }
        PyObject it = gf.stack[sp - 1];
        if (!(it instanceof PyGenerator)) {
            return null;
        }
        PyGenerator sub = (PyGenerator) it;
        return sub.running || sub.finished || !sub.frame.started ? null : sub;
    }

    /** Resuming g: the resumer's handled exception is kept for later, the generator's own becomes current. */
    private static void enterGenExc(ThreadState ts, PyGenerator g) {
        g.callerExc = ts.excInfo;
        PyBaseException own = g.savedExc;
        if (own != null) {
            ts.excInfo = own;
            g.savedExc = null;
        }
    }

    /**
     * g's frame stops running (suspended frame f, or f null when it ended): the exception it handles is saved when
     * one of its except blocks is active, and the resumer's becomes current again.
     */
    private static void leaveGenExc(ThreadState ts, PyGenerator g, Frame f) {
        PyBaseException own = null;
        if (f != null) {
            for (int i = 0; i < f.bsp; i += 3) {
                if (f.blocks[i] == Frame.B_HANDLER) {
                    own = ts.excInfo;
                }
            }
        }
        g.savedExc = own;
        ts.excInfo = g.callerExc;
        g.callerExc = null;
    }

    /**
     * The handled exception again current when f's except block at stack level {@code level} ends (its block just
     * popped): the one saved under the block when it began, except when the block was a generator's outermost:
     * the generator may have been suspended inside it and resumed by code handling another exception, so the
     * exception of its present resumer (CPython's exc_info chain down to the caller's).
     */
    private static PyBaseException handledBefore(Frame f, int level) {
        if (f.gen != null) {
            boolean outermost = true;
            for (int i = 0; i < f.bsp; i += 3) {
                if (f.blocks[i] == Frame.B_HANDLER) {
                    outermost = false;
                }
            }
            if (outermost) {
                return f.gen.callerExc;
            }
        }
        PyObject prev = f.stack[level];
        return prev instanceof PyBaseException ? (PyBaseException) prev : null;
    }

    private static PyException unbound(Code c, int idx) {
        return Py.raise(Exc.UnboundLocalError, "cannot access local variable '" + c.varnames[idx]
                + "' where it is not associated with a value");
    }

    /**
     * The dispatch loop. Its registers {@code f} (the running frame), {@code pc} (the instruction being executed)
     * and {@code sp} (its stack pointer) are Java locals across bytecodes; the frame's own {@code pc}/{@code sp} are
     * written only where something else reads them: before a call, a return, a yield or a generator resumption
     * switches frames (the caller's {@code pc} is then the next instruction, its {@code sp} the stack without the
     * call's operands), before an out-of-line handler that jumps, and when an exception is caught (so that
     * unwinding and the traceback see the faulting instruction). After a frame switch or a handled exception the
     * registers are read back from {@code ts.frame}.
     *
     * <p>At the boundary the registers are the whole state of the loop that is not on the heap, and they are
     * parameters of this method: in STM mode an aborted transaction restarts at its boundary with the loop's locals
     * restored by the transformer (together with the heap, rolled back), and a thread switching from GIL to STM
     * execution leaves this method at a boundary and re-enters its twin with the current values of its
     * parameters. Locals derived from the registers ({@code code}, {@code insns}, {@code st}) are recomputed on
     * entry.
     *
     * <p>Layout: the hot opcodes (stack shuffles, fast locals, constants, globals, attributes, arithmetic and
     * comparison fast paths, jumps, iteration) are inline; the four call opcodes share one handler that C2 never
     * inlines ({@link #calls}); every other opcode is a handler method named after
     * it ({@code LOAD_METHOD} is {@link #loadMethod}), the rarest reached through one call of {@link #rare}, with the
     * shape {@code int handler(ts, f, sp, arg)} (the value stack is {@code f.stack}) returning
     * the new stack pointer, or -1 when it switched frames (with {@code f.sp} written). This keeps the loop, and
     * above all its STM twin (a third larger: every heap access becomes a barrier call), far below HotSpot's
     * 8000-byte limit for compiled methods and leaves C2 inlining budget for the hot handlers;
     * {@code InterpCodeSizeTest} in stress-tests keeps it so. The inline opcodes' generic paths (the data model
     * behind the fast paths) all go through one handler, {@link #generic}, that C2 never inlines into the loop.
     *
     * <p>Superinstructions ({@code Code.quicken}, at code load): {@code LOAD_FAST LOAD_FAST} is one case that pushes
     * both; {@code LOAD_FAST LOAD_ATTR} pushes the local and falls through into the {@code LOAD_ATTR} case at the
     * next pc, so the attribute paths are inlined once and no branch asks which of the two cases came.
     *
     * <p>Name lookups go through per-instruction inline caches ({@link InlineCache}, slots in {@code Code.caches}):
     * {@code LOAD_GLOBAL} inline, and the attribute handlers ({@code loadAttr}, {@code storeAttr},
     * {@link #loadMethod}) for module attributes, instance attributes and type (MRO) lookups. Entries are
     * immutable and validated by globally unique dict and type versions on every use; the slots live outside the
     * STM ({@code CacheMemory}; see papers/design/caches.md).
     */
    @SuppressWarnings("fallthrough") // LOAD_FAST_LOAD_ATTR into LOAD_ATTR, and the other superinstructions
    private static PyObject loop(ThreadState ts, Frame entry, Frame f, int pc, int sp) {
        final Gil gil = ts.interp.gil;
        Code code = f.code;
        int[] insns = code.code;
        PyObject[] st = f.stack;
        while (true) {
            switched: {
                try {
                    gil.boundary(ts);
                } catch (SignalRaised e) {
                    // what a signal's handler raised at the boundary (the eval breaker: Gil.boundary, and in the STM
                    // twin Signals.atSplit), at the instruction about to run, as CPython's. Its own handler, not the
                    // loop's: in the STM build the boundary site also holds the switch to the loop's twin, and what
                    // the twin throws has left its frames already; it leaves by the loop's one path back to its
                    // head, with a handled exception's (papers/results/interpreter-perf.md, loop28)
                    fault(ts, f, pc, sp);
                    handle(ts, e.exc, entry);
                    break switched;
                }
                // re-read after the boundary: a plain load here, and in the STM twin the read that follows the
                // boundary's commit makes the stack's element accesses plain again (ArrayOrigins: no boundary
                // between the holder's claim and the access)
                st = f.stack;
                if (EVERY_POSITION) {
                    // pc - 1 is the instruction executed (see EVERY_POSITION: off, this two-way branch is folded by
                    // C2 but keeps the loop head's block from being a "clonable exit" for C2's type flow)
                    f.pc = pc + 1;
                    f.sp = sp;
                }
                try {
                    final int ins = insns[pc];
                    final int arg = ins >> 8;
                    switch (ins & 0xff) {
                        case Op.NOP:
                            break;
                        case Op.POP_TOP:
                            st[--sp] = null;
                            break;
                        case Op.ROT_TWO: {
                            PyObject t = st[sp - 1];
                            st[sp - 1] = st[sp - 2];
                            st[sp - 2] = t;
                            break;
                        }
                        case Op.ROT_THREE: {
                            PyObject t = st[sp - 1];
                            st[sp - 1] = st[sp - 2];
                            st[sp - 2] = st[sp - 3];
                            st[sp - 3] = t;
                            break;
                        }
                        case Op.DUP_TOP:
                            st[sp] = st[sp - 1];
                            sp++;
                            break;
                        case Op.DUP_TOP_TWO:
                            st[sp] = st[sp - 2];
                            st[sp + 1] = st[sp - 1];
                            sp += 2;
                            break;
                        case Op.LOAD_CONST:
                            st[sp++] = code.consts[arg];
                            break;
                        case Op.LOAD_FAST: {
                            PyObject v = f.fast[arg];
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp++] = v;
                            break;
                        }
                        case Op.LOAD_FAST_LOAD_FAST: {
                            // superinstructions (Code.quicken): the second instruction's operand is the next word
                            PyObject[] fast = f.fast;
                            PyObject v = fast[arg];
                            PyObject w = fast[insns[pc + 1] >> 8];
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp++] = v;
                            if (w == null) {
                                break; // the second LOAD_FAST raises, at its own position
                            }
                            st[sp++] = w;
                            pc += 2;
                            continue;
                        }
                        case Op.LOAD_FAST_LOAD_FAST_BINARY2: { // LOAD_FAST a; LOAD_FAST b; BINARY; BINARY
                            PyObject v = f.fast[arg];
                            PyObject w = f.fast[insns[pc + 1] >> 8];
                            PyObject r = v != null & w != null ? ArithChain.binary2(insns[pc + 2] >> 8, v, w,
                                    insns[pc + 3] >> 8, st[sp - 1]) : null;
                            if (r != null) {
                                st[sp - 1] = r;
                                pc += 4;
                                continue;
                            }
                        }
                        // falls through: the pair and the first operator (the second runs by itself at pc + 3)
                        case Op.LOAD_FAST_LOAD_FAST_BINARY: { // LOAD_FAST a; LOAD_FAST b; BINARY|INPLACE op
                            PyObject v = f.fast[arg];
                            PyObject w = f.fast[insns[pc + 1] >> 8];
                            PyObject r = v != null & w != null ? ArithChain.binary(insns[pc + 2] >> 8, v, w) : null;
                            if (r != null) {
                                st[sp++] = r;
                                pc += 3;
                                continue;
                            }
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp++] = v;
                            if (w == null) {
                                break; // the second LOAD_FAST raises, at its own position
                            }
                            st[sp++] = w;
                            pc += 2; // the operator by itself, at its own position
                            continue;
                        }
                        case Op.LOAD_FAST_LOAD_CONST: { // LOAD_FAST a; LOAD_CONST c (Code.quicken)
                            PyObject v = f.fast[arg];
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp] = v;
                            st[sp + 1] = code.consts[insns[pc + 1] >> 8];
                            sp += 2;
                            pc += 2;
                            continue;
                        }
                        case Op.STORE_FAST:
                            f.fast[arg] = st[--sp];
                            st[sp] = null;
                            break;
                        case Op.LOAD_DEREF: {
                            PyObject v = f.cells[arg].value;
                            if (v == null) {
                                throw derefError(code, arg);
                            }
                            st[sp++] = v;
                            break;
                        }
                        case Op.STORE_DEREF:
                            f.cells[arg].value = st[--sp];
                            st[sp] = null;
                            break;
                        case Op.LOAD_CLOSURE:
                            st[sp++] = f.cells[arg];
                            break;
                        case Op.LOAD_GLOBAL: {
                            Object c = InlineCache.slot(code, pc);
                            PyObject v = c instanceof InlineCache.Global ? ((InlineCache.Global) c).get(f) : null;
                            if (v != null) {
                                st[sp++] = v;
                            } else {
                                f.pc = pc + 1;
                                sp = generic(ts, f, sp, ins);
                            }
                            break;
                        }
                        case Op.LOAD_FAST_DUP_LOAD_ATTR: { // LOAD_FAST a; DUP_TOP; LOAD_ATTR n (Code.quicken)
                            PyObject v = f.fast[arg];
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp++] = v;
                            pc++;
                        }
                        // falls through: LOAD_FAST_LOAD_ATTR pushes the same local again (the DUP_TOP's copy)
                        case Op.LOAD_FAST_LOAD_ATTR: {
                            PyObject v = f.fast[arg];
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp++] = v;
                            pc++;
                        }
                        // falls through: from here the LOAD_ATTR itself runs (its cache slot, errors, position);
                        // one inlined copy of the attribute paths for both cases, and no test of which case came
                        // (an untaken branch there would be a trap: a recompile when a later phase takes it)
                        case Op.LOAD_ATTR: {
                            final int at = insns[pc];
                            PyObject v = loadAttr(ts, st[sp - 1], code, pc, at >> 8);
                            if (v != null) {
                                st[sp - 1] = v;
                            } else {
                                f.pc = pc + 1; // generic's InlineCache.boundMethod finds its slot at f.pc - 1
                                sp = generic(ts, f, sp, at);
                            }
                            break;
                        }
                        case Op.ROT_TWO_STORE_ATTR: { // ROT_TWO; STORE_ATTR n (Code.quicken): o.n op= v
                            PyObject t = st[sp - 1];
                            st[sp - 1] = st[sp - 2];
                            st[sp - 2] = t;
                            pc++;
                        }
                        // falls through: the STORE_ATTR itself (its word, cache slot and position)
                        case Op.STORE_ATTR: {
                            final int at = insns[pc];
                            if (storeAttr(st[sp - 1], code, pc, at >> 8, st[sp - 2])) {
                                st[--sp] = null;
                                st[--sp] = null;
                            } else {
                                sp = generic(ts, f, sp, at);
                            }
                            break;
                        }
                        case Op.LOAD_METHOD: {
                            PyObject o = st[sp - 1];
                            PyObject m = o instanceof PyInstance
                                    ? InlineCache.instanceMethod(code, pc, (PyInstance) o, code.names[arg])
                                    : InlineCache.builtinMethod(code, pc, o, code.names[arg]);
                            if (m != null) {
                                st[sp - 1] = m;
                                st[sp++] = o;
                            } else {
                                f.pc = pc + 1; // loadMethod finds its cache slot at f.pc - 1
                                sp = generic(ts, f, sp, ins);
                            }
                            break;
                        }
                        case Op.CALL_METHOD:
                        case Op.CALL:
                        case Op.CALL_KW:
                        case Op.CALL_EX:
                            f.pc = pc + 1;
                            if ((sp = calls(ts, f, sp, ins)) < 0) {
                                break switched;
                            }
                            break;
                        case Op.MUL_ADD: {
                            // BINARY MUL; BINARY|INPLACE ADD|SUB (Code.quicken): three exact floats in one step
                            PyObject r = mulAdd(insns[pc + 1] >> 8, st[sp - 3], st[sp - 2], st[sp - 1]);
                            if (r != null) {
                                st[--sp] = null;
                                st[--sp] = null;
                                st[sp - 1] = r;
                                pc += 2;
                                continue;
                            }
                            // the multiplication by itself, out of line (generic runs MUL_ADD as BINARY), then the
                            // addition or subtraction at the next pc
                            f.pc = pc + 1;
                            if ((sp = generic(ts, f, sp, ins)) < 0) {
                                break switched;
                            }
                            break;
                        }
                        case Op.BINARY_CONST_BINARY: { // BINARY op1; LOAD_CONST k; BINARY|INPLACE op2 (Code.quicken)
                            PyObject r = ArithChain.binaryConst(arg, st[sp - 2], st[sp - 1], insns[pc + 2] >> 8,
                                    code.consts[insns[pc + 1] >> 8]);
                            if (r != null) {
                                st[--sp] = null;
                                st[sp - 1] = r;
                                pc += 3;
                                continue;
                            }
                            // the first operator by itself, out of line (generic runs it as BINARY), then the
                            // constant and the second operator at the next pc
                            f.pc = pc + 1;
                            if ((sp = generic(ts, f, sp, ins)) < 0) {
                                break switched;
                            }
                            break;
                        }
                        case Op.LOAD_FAST_LOAD_CONST_BINARY: { // LOAD_FAST a; LOAD_CONST c; BINARY|INPLACE
                            PyObject v = f.fast[arg];
                            if (v == null) {
                                throw unbound(code, arg);
                            }
                            st[sp] = v;
                            st[sp + 1] = code.consts[insns[pc + 1] >> 8];
                            sp += 2;
                            pc += 2;
                        }
                        // falls through: the operator itself at the third word (its operator, errors, position)
                        case Op.BINARY:
                        case Op.INPLACE: {
                            final int bw = insns[pc];
                            final int bop = bw >> 8;
                            PyObject b = st[sp - 1];
                            PyObject a = st[sp - 2];
                            // type tests without a branch or a profile of their own (see isInt)
                            PyObject r = isInt(a) & isInt(b) ? smallIntOp(bop, (PyInt) a, (PyInt) b)
                                    : isFloat(a) | isFloat(b) ? floatOp(bop, a, b) : null;
                            if (r != null) {
                                st[--sp] = null;
                                st[sp - 1] = r;
                            } else {
                                f.pc = pc + 1; // a Python operator method runs in a pushed frame
                                if ((sp = generic(ts, f, sp, bw)) < 0) {
                                    break switched;
                                }
                            }
                            break;
                        }
                        case Op.UNARY_NEG:
                            sp = unaryNeg(ts, f, sp, arg);
                            break;
                        case Op.UNARY_NOT: {
                            PyObject v = st[sp - 1];
                            st[sp - 1] = v == Py.True || (v != Py.False && generic(ts, f, sp, ins) != 0)
                                    ? Py.False : Py.True;
                            break;
                        }
                        case Op.COMPARE: {
                            PyObject b = st[sp - 1];
                            PyObject a = st[sp - 2];
                            int t = isInt(a) & isInt(b) ? compareInts(arg, (PyInt) a, (PyInt) b)
                                    : isFloat(a) & isFloat(b) ? compareFloats(arg, (PyFloat) a, (PyFloat) b) : -1;
                            if (t >= 0) {
                                st[--sp] = null;
                                st[sp - 1] = t != 0 ? Py.True : Py.False;
                            } else {
                                sp = generic(ts, f, sp, ins);
                            }
                            break;
                        }
                        case Op.IS_OP: {
                            PyObject b = st[--sp];
                            st[sp] = null;
                            st[sp - 1] = Py.bool((st[sp - 1] == b) == (arg == 0));
                            break;
                        }
                        case Op.CONTAINS_OP:
                            sp = containsOp(ts, f, sp, arg);
                            break;
                        case Op.BINARY_SUBSCR: {
                            PyObject v = listItem(st[sp - 2], st[sp - 1]);
                            if (v != null) {
                                st[--sp] = null;
                                st[sp - 1] = v;
                            } else {
                                sp = generic(ts, f, sp, ins);
                            }
                            break;
                        }
                        case Op.SLICE_SUBSCR: // BUILD_SLICE n; BINARY_SUBSCR or STORE_SUBSCR (Code.quicken)
                            pc++; // the subscript's position for a fault (the slice part cannot fail)
                            sp = Slicing.subscript(ts, f, sp, arg, insns[pc]);
                            break;
                        case Op.STORE_SUBSCR: {
                            PyObject k = st[sp - 1], o = st[sp - 2], v = st[sp - 3];
                            Ops.setitem(ts, o, k, v);
                            st[--sp] = null;
                            st[--sp] = null;
                            st[--sp] = null;
                            break;
                        }
                        case Op.BUILD_TUPLE: {
                            PyObject[] items = popArgs(f, sp, arg);
                            sp -= arg;
                            st[sp++] = arg == 0 ? Py.EMPTY_TUPLE : new PyTuple(items);
                            break;
                        }
                        case Op.BUILD_LIST:
                            sp = buildList(ts, f, sp, arg);
                            break;
                        case Op.LIST_APPEND: {
                            PyObject v = st[--sp];
                            st[sp] = null;
                            ((PyList) st[sp - arg]).append(v);
                            break;
                        }
                        case Op.UNPACK_SEQUENCE:
                            sp = unpackSequence(ts, f, sp, arg);
                            break;
                        case Op.UNPACK_SEQUENCE_STORE_FAST:
                            // Code.quicken: a tuple of arg items straight into the arg STORE_FASTs' locals
                            if (unpackToFast(f, st[sp - 1], insns, pc, arg)) {
                                st[--sp] = null;
                                pc += arg + 1;
                                continue;
                            }
                            sp = unpackSequence(ts, f, sp, arg);
                            break;
                        case Op.BUILD_TUPLE_STORE_FAST:
                            // Code.quicken: `a, b = x, y`, the values straight into the locals, no tuple
                            sp = stackToFast(f, sp, insns, pc + 1, arg);
                            pc += arg + 2;
                            continue;
                        case Op.JUMP:
                            pc = arg;
                            continue;
                        case Op.POP_JUMP_IF_FALSE: {
                            PyObject v = st[sp - 1];
                            boolean t = v == Py.True || (v != Py.False && generic(ts, f, sp, ins) != 0);
                            st[--sp] = null;
                            if (!t) {
                                pc = arg;
                                continue;
                            }
                            break;
                        }
                        case Op.POP_JUMP_IF_TRUE: {
                            PyObject v = st[sp - 1];
                            boolean t = v == Py.True || (v != Py.False && generic(ts, f, sp, ins) != 0);
                            st[--sp] = null;
                            if (t) {
                                pc = arg;
                                continue;
                            }
                            break;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP: {
                            PyObject v = st[sp - 1];
                            if (v == Py.False || (v != Py.True && generic(ts, f, sp, ins) == 0)) {
                                pc = arg;
                                continue;
                            }
                            st[--sp] = null;
                            break;
                        }
                        case Op.JUMP_IF_TRUE_OR_POP: {
                            PyObject v = st[sp - 1];
                            if (v == Py.True || (v != Py.False && generic(ts, f, sp, ins) != 0)) {
                                pc = arg;
                                continue;
                            }
                            st[--sp] = null;
                            break;
                        }
                        case Op.GET_ITER:
                            sp = generic(ts, f, sp, ins);
                            break;
                        case Op.FOR_ITER: {
                            PyObject it = st[sp - 1];
                            PyObject v;
                            if (it instanceof PyRange.Iter) {
                                v = ((PyRange.Iter) it).next(ts);
                            } else if (it instanceof PySeqIter) {
                                v = ((PySeqIter) it).next(ts);
                            } else if (it instanceof PyGenerator) {
                                f.pc = pc + 1;
                                if ((sp = forIterGenerator(ts, f, sp, arg)) < 0) {
                                    break switched;
                                }
                                pc = f.pc;
                                continue;
                            } else {
                                int nsp = generic(ts, f, sp, ins);
                                if (nsp < sp) {
                                    sp = nsp;
                                    pc = arg;
                                    continue;
                                }
                                sp = nsp;
                                break;
                            }
                            if (v == null) {
                                st[--sp] = null;
                                pc = arg;
                                continue;
                            }
                            st[sp++] = v;
                            break;
                        }
                        case Op.RETURN_VALUE: {
                            PyObject r = returnValue(ts, f, sp, entry);
                            if (r != null) {
                                return r == RETURN_NULL ? null : r;
                            }
                            break switched;
                        }
                        case Op.YIELD_VALUE: {
                            PyObject v = st[--sp];
                            st[sp] = null;
                            f.sp = sp;
                            f.pc = pc + 1;
                            PyObject r = yieldOut(ts, f, v);
                            if (r != null) {
                                return r;
                            }
                            break switched;
                        }
                        case Op.YIELD_FROM: {
                            f.pc = pc + 1;
                            PyObject r = yieldFrom(ts, f, sp, pc);
                            if (r != null) {
                                return r;
                            }
                            break switched;
                        }
                        case Op.POP_BLOCK:
                            f.bsp -= 3;
                            break;
                        case Op.JUMP_IF_NOT_EXC_MATCH:
                            f.pc = pc + 1;
                            sp = jumpIfNotExcMatch(ts, f, sp, arg);
                            pc = f.pc;
                            continue;
                        case Op.CHECK_EG_MATCH:
                            f.pc = pc + 1;
                            sp = checkEgMatch(ts, f, sp, arg);
                            pc = f.pc;
                            continue;
                        case Op.LOAD_BUILD_CLASS:
                            st[sp++] = ts.interp.buildClass;
                            break;
                        case Op.LOAD_ASSERTION_ERROR:
                            st[sp++] = Exc.AssertionError;
                            break;
                        case Op.TRACE: // a patched trace point (Tracing): events, then the point's copy
                            f.sp = sp;
                            Tracing.point(ts, f, pc, arg);
                            break switched;
                        default:
                            f.pc = pc + 1; // for a report made there (POP_ITER's unraisable exception)
                            sp = rare(ts, f, sp, ins);
                            break;
                    }
                    pc++;
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    // one handler (one inlined fault and handle in the compiled loop, not three)
                    fault(ts, f, pc, sp);
                    handle(ts, caught(e), entry);
                }
            }
            // a frame switch or a handled exception: the registers come from the new current frame
            f = ts.frame;
            code = f.code;
            insns = code.code;
            st = f.stack;
            pc = f.pc;
            sp = f.sp;
        }
    }

    /**
     * The Python exception for what the dispatch loop caught from an instruction: a {@link PyException}'s own, a
     * RecursionError for a Java stack overflow, a SystemError naming any other Java exception (an interpreter bug).
     */
    private static PyBaseException caught(Throwable e) {
        if (e instanceof PyException) {
            return ((PyException) e).exc;
        }
        if (e instanceof StackOverflowError) {
            return new PyBaseException(Exc.RecursionError, Py.str("maximum recursion depth exceeded"));
        }
        return new PyBaseException(Exc.SystemError, Py.str(shortReason(e)));
    }

    /**
     * The opcodes that are rare in hot code (imports, class and function definition, {@code with}, exception handling,
     * deletions, the less common builders, and the name opcodes of module and class bodies, {@code LOAD_NAME}, {@code
     * STORE_NAME}, {@code STORE_GLOBAL}: in chaos's first C2 compile of the loop, storeName's inlined tree alone was
     * 1.8 kB and pushed the global cache out), instruction {@code ins} with stack pointer {@code sp}: the new stack
     * pointer (none of them switches frames). One call site in the loop for all of them, and this method over C2's
     * {@code FreqInlineSize} (325 bytes), so C2 never inlines it: the loop's own bytecode is smaller and the compile's
     * inlining budget ({@code DesiredMethodLimit}, 8000 bytes with the loop's own), which C2 spends on call sites in
     * the order of the switch's keys from the highest, is not spent on {@code makeFunction} or {@code importName}
     * before it reaches the arithmetic ({@code BINARY}) and the caches. {@code InterpCodeSizeTest} keeps it over the
     * limit.
     */
    private static int rare(ThreadState ts, Frame f, int sp, int ins) {
        int arg = ins >> 8;
        switch (ins & 0xff) {
            case Op.DELETE_FAST:
                return deleteFast(ts, f, sp, arg);
            case Op.LOAD_CLASSDEREF:
                return loadClassderef(ts, f, sp, arg);
            case Op.DELETE_DEREF:
                return deleteDeref(ts, f, sp, arg);
            case Op.STORE_GLOBAL:
                return storeGlobal(ts, f, sp, arg);
            case Op.DELETE_GLOBAL:
                return deleteGlobal(ts, f, sp, arg);
            case Op.LOAD_NAME:
                return loadName(ts, f, sp, arg);
            case Op.STORE_NAME:
                return storeName(ts, f, sp, arg);
            case Op.DELETE_NAME:
                return deleteName(ts, f, sp, arg);
            case Op.DELETE_ATTR:
                return deleteAttr(ts, f, sp, arg);
            case Op.UNARY_POS:
                return unaryPos(ts, f, sp, arg);
            case Op.UNARY_INVERT:
                return unaryInvert(ts, f, sp, arg);
            case Op.DELETE_SUBSCR:
                return deleteSubscr(ts, f, sp, arg);
            case Op.BUILD_SLICE:
                return buildSlice(ts, f, sp, arg);
            case Op.BUILD_SET:
                return buildSet(ts, f, sp, arg);
            case Op.BUILD_MAP:
                return buildMap(ts, f, sp, arg);
            case Op.SET_ADD:
                return setAdd(ts, f, sp, arg);
            case Op.MAP_ADD:
                return mapAdd(ts, f, sp, arg);
            case Op.LIST_EXTEND:
                return listExtend(ts, f, sp, arg);
            case Op.SET_UPDATE:
                return setUpdate(ts, f, sp, arg);
            case Op.DICT_UPDATE:
                return dictUpdate(ts, f, sp, arg);
            case Op.DICT_MERGE:
                return dictMerge(ts, f, sp, arg);
            case Op.LIST_TO_TUPLE:
                return listToTuple(ts, f, sp, arg);
            case Op.BUILD_STRING:
                return buildString(ts, f, sp, arg);
            case Op.FORMAT_VALUE:
                return formatValue(ts, f, sp, arg);
            case Op.UNPACK_EX:
                return unpackEx(ts, f, sp, arg);
            case Op.GET_YIELD_FROM_ITER:
                return getYieldFromIter(ts, f, sp, arg);
            case Op.POP_EXCEPT:
                return popExcept(ts, f, sp, arg);
            case Op.RERAISE:
                return reraise(ts, f, sp, arg);
            case Op.RAISE_VARARGS:
                return raiseVarargs(ts, f, sp, arg);
            case Op.PREP_RERAISE_STAR:
                return prepReraiseStar(ts, f, sp, arg);
            case Op.SETUP_WITH:
                return setupWith(ts, f, sp, arg);
            case Op.CALL_EXIT_NONE:
                return callExitNone(ts, f, sp, arg);
            case Op.WITH_EXCEPT_START:
                return withExceptStart(ts, f, sp, arg);
            case Op.MAKE_FUNCTION:
                return makeFunction(ts, f, sp, arg);
            case Op.IMPORT_NAME:
                return importName(ts, f, sp, arg);
            case Op.IMPORT_FROM:
                return importFrom(ts, f, sp, arg);
            case Op.IMPORT_STAR:
                return importStar(ts, f, sp, arg);
            case Op.PRINT_EXPR:
                return printExpr(ts, f, sp, arg);
            case Op.SETUP_ANNOTATIONS:
                setupAnnotations(ts, f);
                return sp;
            case Op.SETUP_FINALLY:
                f.pushBlock(Frame.B_FINALLY, arg, sp);
                return sp;
            case Op.POP_ITER:
                return popIter(ts, f, sp);
            default:
                throw Py.systemError("unknown opcode " + (ins & 0xff));
        }
    }

    /**
     * An exception left instruction pc of the loop's frame f with stack pointer sp: f's position written for the
     * handler search and the traceback, unless the instruction had already switched to another frame before it
     * raised (a {@code sum} run by the loop whose {@code +} fails after its generator yielded and was suspended:
     * the exception belongs to the resumer, whose position is written, and f keeps its suspended one).
     */
    private static void fault(ThreadState ts, Frame f, int pc, int sp) {
        if (ts.frame == f) {
            f.pc = pc + 1;
            f.sp = sp;
        }
    }

    // ---------------------------------------------------------------- opcode handlers out of line (rare ones)

    /**
     * BINARY and INPLACE (opcode {@code op}) after the small-int fast path: the float fast path, then the generic
     * data model.
     */
    private static PyObject binaryOp(ThreadState ts, int op, int arg, PyObject a, PyObject b) {
        if (a.getClass() == PyFloat.class || b.getClass() == PyFloat.class) {
            // float is immutable and has no __i<op>__, so BINARY and INPLACE agree.
            PyObject r = floatOp(arg, a, b);
            if (r != null) {
                return r;
            }
        }
        if (arg == Ops.MOD && a.getClass() == PyStr.class && !b.type().heap) {
            // str % x: only a heap subclass of str could take precedence with __rmod__
            return Py.str(org.stmj.python.objects.Formatter.percent(ts, (PyStr) a, b));
        }
        return op == Op.BINARY ? Ops.binary(ts, arg, a, b) : Ops.inplace(ts, arg, a, b);
    }

    /**
     * Whether o is an int (a bool or an int subclass too; {@link #smallIntOp} and {@link #compareInts} check the
     * exact class). One {@code instanceof} for every operand of every site: its type profile is shared by both
     * operands of BINARY, COMPARE and {@code sum} (C2 speculates on an {@code instanceof} that has seen one class
     * only, with an uncommon trap for the rest, and in the dispatch loop such a trap throws the whole compiled loop
     * away when a later phase of the program meets another class). Two of these combined with {@code &} make one
     * branch, whose false side ("not both ints") most programs take early, instead of a branch per operand.
     * ({@code Class.isInstance} would have no profile at all, but it is a native call in the bytecode interpreter,
     * where the loop runs first: slower start, measured.)
     */
    private static boolean isInt(PyObject o) {
        return o instanceof PyInt;
    }

    /**
     * Whether o is exactly a float (a subclass takes the generic path, as {@link #floatOp} would send it there): an
     * exact-class compare, not {@code instanceof}, measured warm (3 interleaved rounds, quiet): nbody 0.88x,
     * raytracer 0.95x, fannkuch 1.035x, others 0.96-1.00x; exact ints too cost fannkuch more (1.05x).
     */
    private static boolean isFloat(PyObject o) {
        return o.getClass() == PyFloat.class;
    }

    /**
     * The result of comparison {@code op} (Ops.LT .. Ops.GE) by index: 0 less, 1 equal, 2 greater, 3 unordered
     * (a NaN), four bits per operator.
     */
    private static final long CMP_TABLE = 0b0001L | 0b0011L << 4 | 0b0010L << 8 | 0b1101L << 12 | 0b0100L << 16
            | 0b0110L << 20;

    /**
     * A comparison of two exact small ints: 1 true, 0 false, -1 when the fast path does not apply (big ints, bools
     * and subclasses go the generic way).
     */
    private static int compareInts(int op, PyInt x, PyInt y) {
        if (x.big != null || y.big != null || x.getClass() != PyInt.class || y.getClass() != PyInt.class) {
            return -1;
        }
        return compareLongs(op, x.v, y.v);
    }

    /** A comparison of two exact floats: 1 true, 0 false, -1 for a subclass (generic). */
    private static int compareFloats(int op, PyFloat x, PyFloat y) {
        if (x.getClass() != PyFloat.class || y.getClass() != PyFloat.class) {
            return -1;
        }
        return compareDoubles(op, x.v, y.v);
    }

    /**
     * A comparison operator (Ops.LT .. Ops.GE) on two longs, 1 or 0, without a branch: a switch on the operator
     * (or a branch per outcome) is profiled, and C2 compiles the cases a program has not used yet as uncommon
     * traps, so that the first {@code >=} of a later phase would throw the compiled dispatch loop away.
     * {@code x < y} is the sign of {@code (x - y) ^ ((x ^ y) & ((x - y) ^ x))} (Hacker's Delight 2-12).
     */
    static int compareLongs(int op, long x, long y) {
        long d = x - y;
        long e = x ^ y;
        int lt = (int) ((d ^ (e & (d ^ x))) >>> 63);
        int ne = (int) ((e | -e) >>> 63);
        int idx = 1 - lt + (ne & (lt ^ 1));
        return (int) (CMP_TABLE >>> (op * 4 + idx)) & 1;
    }

    /**
     * A comparison operator on two doubles with IEEE's rules (a NaN is unordered: only != is true; -0.0 equals
     * 0.0), 1 or 0, without a branch (see {@link #compareLongs}): each double becomes a long in the same order
     * (its bits, with the magnitude bits of a negative one flipped; {@code + 0.0} makes -0.0 positive zero).
     */
    static int compareDoubles(int op, double x, double y) {
        long a = Double.doubleToRawLongBits(x + 0.0);
        long b = Double.doubleToRawLongBits(y + 0.0);
        // a NaN's magnitude bits are above infinity's; both differences are of non-negative longs
        long inf = 0x7ff0000000000000L;
        int nan = (int) (((inf - (a & Long.MAX_VALUE)) | (inf - (b & Long.MAX_VALUE))) >>> 63);
        a ^= (a >> 63) & Long.MAX_VALUE;
        b ^= (b >> 63) & Long.MAX_VALUE;
        long d = a - b;
        long e = a ^ b;
        int lt = (int) ((d ^ (e & (d ^ a))) >>> 63);
        int ne = (int) ((e | -e) >>> 63);
        int idx = (1 - lt + (ne & (lt ^ 1))) | (nan * 3);
        return (int) (CMP_TABLE >>> (op * 4 + idx)) & 1;
    }

    /**
     * The generic path of the opcodes whose fast paths are inline in the loop (instruction {@code ins}, its operands
     * still on the stack): the new stack pointer, or -1 when a call pushed a frame (f.sp written); for the
     * conditional jumps and {@code UNARY_NOT} the truth of the top of the stack (1 or 0, the stack untouched);
     * {@code FOR_ITER} pops the exhausted iterator (the new sp is below the old). {@code LOAD_GLOBAL} comes here on
     * a cache miss with {@code f.pc} written, {@code LOAD_METHOD} on a miss of its inline hits (module functions
     * such as {@code math.sqrt}, class attributes, the first execution) to {@link #loadMethod}, also with
     * {@code f.pc} written: inlined, loadMethod's tree was 0.6-0.8 kB of the loop's budget.
     *
     * <p>One method for all of them, kept large on purpose: its bytecode is over C2's {@code FreqInlineSize} (325
     * bytes), so C2 never inlines it into the loop, and the loop's inlining budget ({@code DesiredMethodLimit}, 8000
     * bytes of bytecode per compile with the loop's own) goes to the hot handlers (small-int and float arithmetic,
     * comparisons, the attribute and global caches) instead of the generic data model below, whose call trees are
     * large and whose cost is dominated by what they do. {@code InterpCodeSizeTest} keeps it over the limit.
     */
    private static int generic(ThreadState ts, Frame f, int sp, int ins) {
        PyObject[] st = f.stack;
        int arg = ins >> 8;
        int op = ins & 0xff;
        switch (op) {
            case Op.LOAD_GLOBAL:
                st[sp++] = InlineCache.loadGlobal(f, f.code, f.pc - 1, arg);
                return sp;
            case Op.LOAD_ATTR: {
                PyObject o = st[sp - 1];
                PyObject v = InlineCache.boundMethod(ts, f.code, f.pc - 1, o, f.code.names[arg]);
                st[sp - 1] = v != null ? v : Ops.getattr(ts, o, f.code.names[arg]);
                return sp;
            }
            case Op.STORE_ATTR:
                Ops.setattr(ts, st[sp - 1], f.code.names[arg], st[sp - 2]);
                st[--sp] = null;
                st[--sp] = null;
                return sp;
            case Op.MUL_ADD: // the multiplication of a quickened pair whose operands were not three floats
            case Op.BINARY_CONST_BINARY: // the first operator of a quickened triple the fast path did not take
            case Op.BINARY:
            case Op.INPLACE: {
                op = op == Op.INPLACE ? op : Op.BINARY;
                if (op == Op.BINARY && (st[sp - 2] instanceof PyInstance || st[sp - 1] instanceof PyInstance)) {
                    int r = binaryFrame(ts, f, sp, arg);
                    if (r != NOT_TAKEN) {
                        return r;
                    }
                }
                PyObject b = st[--sp];
                st[sp] = null;
                st[sp - 1] = binaryOp(ts, op, arg, st[sp - 1], b);
                return sp;
            }
            case Op.COMPARE: {
                PyObject b = st[--sp];
                st[sp] = null;
                st[sp - 1] = Ops.richcmp(ts, st[sp - 1], b, arg);
                return sp;
            }
            case Op.BINARY_SUBSCR: {
                PyObject k = st[--sp];
                st[sp] = null;
                st[sp - 1] = Ops.getitem(ts, st[sp - 1], k);
                return sp;
            }
            case Op.UNARY_NOT:
            case Op.POP_JUMP_IF_FALSE:
            case Op.POP_JUMP_IF_TRUE:
            case Op.JUMP_IF_FALSE_OR_POP:
            case Op.JUMP_IF_TRUE_OR_POP:
                return Ops.truth(ts, st[sp - 1]) ? 1 : 0;
            case Op.GET_ITER:
                st[sp - 1] = Ops.iter(ts, st[sp - 1]);
                return sp;
            case Op.FOR_ITER: {
                PyObject it = st[sp - 1];
                PyObject v = it.type().heap ? Ops.next(ts, it) : it.next(ts);
                if (v == null) {
                    st[--sp] = null;
                    return sp;
                }
                st[sp++] = v;
                return sp;
            }
            case Op.CALL:
                return callGeneric(ts, f, sp, arg);
            case Op.CALL_METHOD:
                return callMethodGeneric(ts, f, sp, arg);
            case Op.LOAD_METHOD:
                return loadMethod(ts, f, sp, arg);
            default:
                throw Py.systemError("no generic path for opcode " + op);
        }
    }

    /**
     * BINARY operator {@code arg} on a heap-class instance whose Python method answers it first: the method runs in a
     * frame pushed on this loop (-1, f.sp written) instead of a nested loop, with the operands left on f's stack
     * under it; {@link #binaryReturn} pops them and takes the result, or, for NotImplemented, goes on with the rest of
     * the protocol ({@code Ops.binaryAfterUser}). The method is {@code a.__op__} when a is an instance (and b's
     * class not a subclass of a's, whose reflected method could go first), {@code b.__rop__} when a is an exact int
     * or float (whose built-in operator never takes an instance); it must be a plain Python function that
     * {@link #simpleFrame} can bind. {@link #NOT_TAKEN} for everything else, which {@code Ops.binary} answers.
     */
    private static int binaryFrame(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject a = st[sp - 2], b = st[sp - 1];
        PyObject fn;
        boolean reflected;
        if (a instanceof PyInstance) {
            PyType ta = ((PyInstance) a).type, tb = b.type();
            if (tb != ta && tb.heap && tb.isSubtype(ta)) {
                return NOT_TAKEN;
            }
            // the slot of this instruction holds only left-operand lookups: the name is fixed by arg
            fn = InlineCache.method(f.code, f.pc - 1, ta, Ops.binaryDunder(arg, false));
            reflected = false;
        } else if (a.getClass() == PyFloat.class || a.getClass() == PyInt.class) {
            fn = Ops.heapLookup(((PyInstance) b).type, Ops.binaryDunder(arg, true));
            reflected = true;
        } else {
            return NOT_TAKEN;
        }
        if (!(fn instanceof PyFunction)) {
            return NOT_TAKEN;
        }
        Frame nf = reflected ? simpleFrame(ts, f, (PyFunction) fn, b, sp - 1, 1)
                : simpleFrame(ts, f, (PyFunction) fn, a, sp, 1);
        if (nf == null) {
            return NOT_TAKEN;
        }
        f.sp = sp;
        nf.binOp = (arg + 1) | (reflected ? BIN_REFLECTED : 0);
        nf.back = f;
        enter(ts, nf);
        return -1;
    }

    /** {@link Frame#binOp}'s flag for a reflected method ({@code __radd__}). */
    private static final int BIN_REFLECTED = 0x100;

    /**
     * The return value v of a binary operator's method run by {@link #binaryFrame}: the operands popped from the
     * caller's stack, and v, or for NotImplemented the rest of the protocol's answer (or its TypeError, raised at
     * the caller's instruction).
     */
    private static PyObject binaryReturn(ThreadState ts, Frame f, Frame back, PyObject v) {
        int k = f.binOp;
        PyObject[] bst = back.stack;
        int bsp = back.sp;
        PyObject a = bst[bsp - 2], b = bst[bsp - 1];
        bst[bsp - 1] = null;
        bst[bsp - 2] = null;
        back.sp = bsp - 2;
        return v != Py.NotImplemented ? v
                : Ops.binaryAfterUser(ts, (k & 0xff) - 1, a, b, (k & BIN_REFLECTED) != 0);
    }

    /** FOR_ITER over a generator: resumes it (-1, f.sp written) or jumps past the loop when it finished. */
    private static int forIterGenerator(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyGenerator g = (PyGenerator) st[sp - 1];
        if (g.finished) {
            st[--sp] = null;
            f.pc = arg;
            return sp;
        }
        f.sp = sp;
        resumeGen(ts, f, g, Py.None, Frame.RESUME_FOR_ITER, arg);
        return -1;
    }

    /**
     * The frame of a positional call of {@code fn} with {@code self} (unless null) and the {@code n} values
     * {@code st[sp - n .. sp)}, bound without {@link ArgBinding}, or null when that is not the same call: {@code fn}
     * takes no {@code *args}, {@code **kwargs} or keyword-only parameters, is not a generator, and the parameters
     * not given are trailing ones with defaults. The caller clears the operands and enters the frame.
     */
    private static Frame simpleFrame(ThreadState ts, Frame f, PyFunction fn, PyObject self, int sp, int n) {
        Code c = fn.code;
        int given = self != null ? n + 1 : n;
        int miss = c.argcount - given;
        if (!c.simpleArgs || miss < 0 || (miss > 0 && (fn.defaults == null || miss > fn.defaults.length))) {
            return null;
        }
        Frame nf = newFrame(ts, f, c, fn);
        PyObject[] fast = nf.fast;
        if (self != null) {
            fast[0] = self;
        }
        System.arraycopy(f.stack, sp - n, fast, given - n, n); // f's own array: a plain copy in the twin
        if (miss > 0) {
            fillDefaults(fn.defaults, fast, given, c.argcount);
        }
        if (c.cell2arg.length != 0) {
            ArgBinding.bindCells(c, nf);
        }
        return nf;
    }

    /** Most spare frames a frame keeps (see {@link #recycle}): the callees of a loop that calls a few functions. */
    private static final int SPARES = 16;

    /**
     * A frame for a call of fn (code c) from frame f: f's spare frame of the same code when it has one (see
     * {@link #recycle}), else a new one, recyclable when it has no cells.
     */
    private static Frame newFrame(ThreadState ts, Frame f, Code c, PyFunction fn) {
        Frame prev = null;
        for (Frame s = f.spare; s != null; prev = s, s = s.nextSpare) {
            if (s.code == c) {
                if (s.globals != fn.globals) {
                    break;
                }
                Frame next = s.nextSpare;
                if (prev == null) {
                    f.spare = next;
                } else {
                    prev.nextSpare = next;
                }
                if (next != null) {
                    s.nextSpare = null;
                }
                return s;
            }
        }
        Frame nf = new Frame(c, fn.globals, null, ts.interp.builtins, fn.closure);
        nf.recyclable = nf.cells.length == 0;
        if (!nf.recyclable) {
            ArgBinding.moveSpares(f, nf); // lent for nf's callees, handed back when it returns
        }
        return nf;
    }

    /**
     * Frame reuse: a returned recyclable frame {@code f} of a call from {@code back} becomes the first of back's
     * spare frames (at most {@link #SPARES}, of different codes, linked through {@code nextSpare}), its locals and
     * stack cleared (so that it keeps nothing alive) and its registers reset, ready for the next call of the same
     * code from back. Only plain function frames made by the fast call paths are recyclable, and a frame stops
     * being so when anything can see it after its call (a traceback entry, a Python frame object), so no one
     * observes the reuse. Frames are confined to their thread, and so are their spares; links are written only
     * when they change (in STM mode a write claims the frame).
     */
    private static void recycle(Frame back, Frame f) {
        // locals, stack and caller dropped: a spare must not keep its last caller alive either, since a caller that
        // is not recycled may be pinned and keep its locals (std19)
        f.dropCall();
        f.sp = f.code.varnames.length;
        f.pc = 0;
        f.bsp = 0;
        f.binOp = 0;
        // back's list without an entry of f's code, cut to SPARES - 1 entries, goes behind f
        Code c = f.code;
        Frame head = back.spare;
        Frame prev = null;
        int n = 1;
        for (Frame s = head; s != null; s = s.nextSpare) {
            if (s.code == c) {
                if (prev == null) {
                    head = s.nextSpare;
                } else {
                    prev.nextSpare = s.nextSpare;
                }
                continue;
            }
            if (n == SPARES) {
                prev.nextSpare = null;
                break;
            }
            prev = s;
            n++;
        }
        if (f.nextSpare != head) {
            f.nextSpare = head;
        }
        back.spare = f;
    }

    /** Parameters {@code given .. argc} from the last defaults (CPython's rule for missing trailing arguments). */
    private static void fillDefaults(PyObject[] defaults, PyObject[] fast, int given, int argc) {
        int off = argc - defaults.length;
        for (int i = given; i < argc; i++) {
            fast[i] = defaults[i - off];
        }
    }

    /**
     * The four call opcodes, {@code CALL_METHOD}, {@code CALL}, {@code CALL_KW} and {@code CALL_EX} (instruction
     * {@code ins}, {@code f.pc} written): the new stack pointer, or -1 when a frame was pushed (f.sp written).
     *
     * <p>One out-of-line handler for all of them, with the positional {@code CALL_METHOD} and {@code CALL} paths
     * (a Python function's frame, a class's {@code __init__} frame, a built-in's fixed-arity entry) in its own body,
     * kept large on purpose: its bytecode is over C2's {@code FreqInlineSize} (325 bytes), so C2 never inlines it
     * into the dispatch loop. Inlined, the calls' trees (frame set-up, class construction with its dict probes, the
     * bodies of whichever built-ins the profile saw) took 2.5-3 kB of the loop's 8000-byte inlining budget
     * ({@code DesiredMethodLimit}) in raytracer's first C2 compiles and pushed the attribute, global and comparison
     * fast paths out of line (papers/results/interpreter-perf.md, branch loop14); out of line, a call costs one
     * more Java call, small against a frame's set-up. {@code InterpCodeSizeTest} keeps it over the limit.
     */
    private static int calls(ThreadState ts, Frame f, int sp, int ins) {
        PyObject[] st = f.stack;
        int arg = ins >> 8;
        switch (ins & 0xff) {
            case Op.CALL_METHOD: {
                PyObject self = st[sp - arg - 1];
                PyObject meth = st[sp - arg - 2];
                if (meth instanceof PyFunction && self != null) {
                    Frame nf = simpleFrame(ts, f, (PyFunction) meth, self, sp, arg);
                    if (nf != null) {
                        for (int i = sp - arg - 2; i < sp; i++) {
                            st[i] = null;
                        }
                        f.sp = sp - arg - 2;
                        nf.back = f;
                        enter(ts, nf);
                        return -1;
                    }
                }
                if (meth instanceof PyBuiltin && arg < BuiltinCalls.MAX_ARGS) {
                    return BuiltinCalls.callMethod(ts, f, sp, arg, (PyBuiltin) meth);
                }
                return generic(ts, f, sp, Op.CALL_METHOD | arg << 8);
            }
            case Op.CALL: {
                PyObject callee = st[sp - arg - 1];
                if (callee instanceof PyFunction) {
                    Frame nf = simpleFrame(ts, f, (PyFunction) callee, null, sp, arg);
                    if (nf != null) {
                        for (int i = sp - arg - 1; i < sp; i++) {
                            st[i] = null;
                        }
                        f.sp = sp - arg - 1;
                        nf.back = f;
                        enter(ts, nf);
                        return -1;
                    }
                } else if (callee instanceof PyType && initDirectly((PyType) callee, arg)) {
                    return callInit(ts, f, sp, arg, (PyType) callee);
                } else if (arg == 1 && callee instanceof PyType && ((PyType) callee).call1 != null) {
                    return BuiltinCalls.callType1(ts, f, sp, (PyType) callee); // int(x), str(x): no argument array
                } else if (arg == 1 && st[sp - 1] instanceof PyGenerator) {
                    int r = reduceGenerator(ts, f, sp, callee);
                    if (r != NOT_TAKEN) {
                        return r;
                    }
                }
                if (callee instanceof PyBuiltin && arg <= BuiltinCalls.MAX_ARGS) {
                    int r = BuiltinCalls.call(ts, f, sp, arg, (PyBuiltin) callee);
                    if (r != NOT_TAKEN) {
                        return r;
                    }
                }
                return generic(ts, f, sp, Op.CALL | arg << 8);
            }
            case Op.CALL_KW:
                return callKw(ts, f, sp, arg);
            default:
                return callEx(ts, f, sp, arg);
        }
    }

    /** CALL_METHOD other than a positional call of a Python function (see {@link #generic}). */
    private static int callMethodGeneric(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject self = st[sp - arg - 1];
        PyObject meth = st[sp - arg - 2];
        PyObject[] args;
        if (self != null) {
            args = new PyObject[arg + 1];
            args[0] = self;
            System.arraycopy(st, sp - arg, args, 1, arg);
        } else {
            args = new PyObject[arg];
            System.arraycopy(st, sp - arg, args, 0, arg);
        }
        for (int i = sp - arg - 2; i < sp; i++) {
            st[i] = null;
        }
        sp -= arg + 2;
        f.sp = sp;
        // a method descriptor (list.append) or module function (math.sqrt): its own call, not dispatchCall's tests
        PyObject r = meth instanceof PyBuiltin ? ((PyBuiltin) meth).call(ts, args, null)
                : dispatchCall(ts, f, meth, args, null);
        if (r == PUSHED) {
            return -1;
        }
        st[sp++] = r;
        return sp;
    }

    /** {@link #reduceGenerator}'s answer when the call is not one it runs. */
    private static final int NOT_TAKEN = Integer.MIN_VALUE;

    /**
     * CALL of the built-in {@code sum}, {@code any} or {@code all} with one argument, a plain generator that is not
     * running: run in this loop instead of the built-in's nested loop per element. The callee's stack slot becomes
     * the result so far (0, False or True: the answer for an exhausted generator) and the generator is resumed with
     * {@link Frame#RESUME_SUM} (ANY, ALL); each value it yields is folded in by {@link #reduceStep}, and when it
     * returns the result is left on the caller's stack ({@link #returnValue}). -1 when the generator was resumed
     * (f.sp written), the new sp when it had finished already, {@link #NOT_TAKEN} for any other call. The built-in
     * would do the same: {@code iter(g)} is g, {@code next(g)} resumes it, and the start value of {@code sum} is 0.
     */
    private static int reduceGenerator(ThreadState ts, Frame f, int sp, PyObject callee) {
        Interpreter in = ts.interp;
        int kind = callee == in.sumBuiltin ? Frame.RESUME_SUM : callee == in.anyBuiltin ? Frame.RESUME_ANY
                : callee == in.allBuiltin ? Frame.RESUME_ALL : 0;
        PyObject[] st = f.stack;
        PyGenerator g = (PyGenerator) st[sp - 1];
        if (kind == 0 || g.running || (g.frame.code.flags & (Code.COROUTINE | Code.ASYNC_GENERATOR)) != 0) {
            return NOT_TAKEN;
        }
        st[sp - 2] = kind == Frame.RESUME_SUM ? Py.newInt(0) : kind == Frame.RESUME_ANY ? Py.False : Py.True;
        if (g.finished) {
            st[--sp] = null;
            return sp;
        }
        f.sp = sp;
        resumeGen(ts, f, g, Py.None, kind, 0);
        return -1;
    }

    /**
     * The fold of {@link #reduceStep} when it runs no Python code and does not end the reduction: int or float
     * {@code +} of {@code sum}, a bool that does not decide {@code any}/{@code all}; false (nothing done) otherwise.
     * The yielding generator then need not be suspended and resumed.
     */
    private static boolean foldInPlace(Frame back, PyObject v, int kind) {
        if (kind != Frame.RESUME_SUM) {
            return v == (kind == Frame.RESUME_ANY ? Py.False : Py.True);
        }
        PyObject[] bst = back.stack;
        int i = back.sp - 2;
        PyObject acc = bst[i];
        PyObject r = isInt(acc) & isInt(v) ? smallIntOp(Ops.ADD, (PyInt) acc, (PyInt) v)
                : isFloat(acc) | isFloat(v) ? floatOp(Ops.ADD, acc, v) : null;
        if (r == null) {
            return false;
        }
        bst[i] = r;
        return true;
    }

    /**
     * A value v yielded by generator g to a {@code sum}/{@code any}/{@code all} run by the loop (see
     * {@link #reduceGenerator}), g suspended and its resumer {@code back} the running frame again: folds v into the
     * result under g on back's stack, then resumes g, or, when {@code any}/{@code all} has its answer, pops g (left
     * suspended, as the built-in leaves it) and lets back go on. An exception (from {@code +} or a truth test) is
     * raised in back, at its call.
     */
    private static void reduceStep(ThreadState ts, Frame back, PyGenerator g, PyObject v, int kind) {
        PyObject[] bst = back.stack;
        int bsp = back.sp;
        if (kind == Frame.RESUME_SUM) {
            PyObject acc = bst[bsp - 2];
            PyObject r = isInt(acc) & isInt(v) ? smallIntOp(Ops.ADD, (PyInt) acc, (PyInt) v)
                    : isFloat(acc) | isFloat(v) ? floatOp(Ops.ADD, acc, v) : null;
            bst[bsp - 2] = r != null ? r : Ops.binary(ts, Ops.ADD, acc, v);
        } else {
            boolean t = v == Py.True || (v != Py.False && Ops.truth(ts, v));
            if (t == (kind == Frame.RESUME_ANY)) {
                bst[bsp - 2] = Py.bool(t);
                bst[--back.sp] = null;
                return;
            }
        }
        resumeGen(ts, back, g, Py.None, kind, 0);
    }

    /** CALL other than the fast paths of {@link #calls} (see {@link #generic}). */
    private static int callGeneric(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject callee = st[sp - arg - 1];
        if (arg == 1 && callee == ts.interp.absBuiltin && st[sp - 1] instanceof PyInstance) {
            // abs(x) of an instance whose class defines __abs__ in Python: its frame pushed, as Ops.abs would call it
            PyObject m = ((PyInstance) st[sp - 1]).type.slots[PyType.S_ABS];
            Frame nf = m instanceof PyFunction ? simpleFrame(ts, f, (PyFunction) m, st[sp - 1], sp, 0) : null;
            if (nf != null) {
                st[--sp] = null;
                st[--sp] = null;
                f.sp = sp;
                nf.back = f;
                enter(ts, nf);
                return -1;
            }
        }
        PyObject[] args = popArgs(f, sp, arg);
        sp -= arg + 1;
        st[sp] = null;
        f.sp = sp;
        PyObject r = callee instanceof PyBuiltin ? ((PyBuiltin) callee).call(ts, args, null)
                : dispatchCall(ts, f, callee, args, null);
        if (r == PUSHED) {
            return -1;
        }
        st[sp++] = r;
        return sp;
    }

    /**
     * Whether {@code t(a1..an)} with n = arg positional arguments can skip the argument arrays: a plain heap class
     * (object layout, no metaclass, no {@code __new__}) whose {@code __init__} is a Python function taking exactly
     * self and n positional arguments. Then {@code object.__new__} ignores the arguments and the result is an
     * instance of t, so the call is "make the instance, run {@code __init__} in a new frame" ({@link #callInit}).
     */
    private static boolean initDirectly(PyType t, int arg) {
        if (!t.heap || t.metatype != null || t.solid != Builtins.OBJECT || t.slots[PyType.S_NEW] != null) {
            return false;
        }
        PyObject init = t.slots[PyType.S_INIT];
        if (!(init instanceof PyFunction)) {
            return false;
        }
        Code c = ((PyFunction) init).code;
        return c.simpleArgs && c.argcount == arg + 1;
    }

    /** CALL of a class that {@link #initDirectly} accepts: the instance, then its {@code __init__} frame pushed. */
    private static int callInit(ThreadState ts, Frame f, int sp, int arg, PyType t) {
        PyObject[] st = f.stack;
        PyFunction init = (PyFunction) t.slots[PyType.S_INIT];
        Code c = init.code;
        PyObject obj = t.construct(ts, Py.EMPTY, null);
        Frame nf = newFrame(ts, f, c, init);
        nf.fast[0] = obj;
        System.arraycopy(st, sp - arg, nf.fast, 1, arg);
        for (int i = sp - arg - 1; i < sp; i++) {
            st[i] = null;
        }
        f.sp = sp - arg - 1;
        if (c.cell2arg.length != 0) {
            ArgBinding.bindCells(c, nf);
        }
        nf.initSelf = obj;
        nf.back = f;
        enter(ts, nf);
        return -1;
    }

    /** CALL_KW; -1 when a frame was pushed (f.sp written). */
    private static int callKw(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyTuple names = (PyTuple) st[--sp];
        st[sp] = null;
        PyObject callee = st[sp - arg - 1];
        PyObject[] args = popArgs(f, sp, arg);
        sp -= arg + 1;
        st[sp] = null;
        String[] kw = new String[names.items.length];
        for (int i = 0; i < kw.length; i++) {
            kw[i] = ((PyStr) names.items[i]).value();
        }
        f.sp = sp;
        PyObject r = dispatchCall(ts, f, callee, args, kw);
        if (r == PUSHED) {
            return -1;
        }
        st[sp++] = r;
        return sp;
    }

    /** CALL_EX; -1 when a frame was pushed (f.sp written). */
    private static int callEx(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyDict kwd = (arg & 1) != 0 ? (PyDict) st[--sp] : null;
        PyTuple pos = (PyTuple) st[--sp];
        PyObject callee = st[--sp];
        st[sp] = st[sp + 1] = null;
        if ((arg & 1) != 0) {
            st[sp + 2] = null;
        }
        PyObject[] args = pos.items;
        String[] kw = null;
        if (kwd != null && kwd.size() > 0) {
            PyObject[] ks = kwd.keysArray();
            kw = new String[ks.length];
            args = java.util.Arrays.copyOf(pos.items, pos.items.length + ks.length);
            for (int i = 0; i < ks.length; i++) {
                kw[i] = ((PyStr) ks[i]).value();
                args[pos.items.length + i] = kwd.get(ts, ks[i]);
            }
        }
        f.sp = sp;
        PyObject r = dispatchCall(ts, f, callee, args, kw);
        if (r == PUSHED) {
            return -1;
        }
        st[sp++] = r;
        return sp;
    }

    /** FORMAT_VALUE. */
    private static int formatValue(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        String spec = "";
        if ((arg & 4) != 0) {
            spec = ((PyStr) st[--sp]).value();
            st[sp] = null;
        }
        PyObject v = st[sp - 1];
        switch (arg & 3) {
            case 1: v = Py.str(Ops.repr(ts, v)); break;
            case 2: v = Py.str(Ops.str(ts, v)); break;
            case 3: v = Ops.call(ts, ts.interp.builtins.getStr("ascii"), v); break;
            default:
        }
        st[sp - 1] = spec.isEmpty() && v instanceof PyStr && !v.type().heap ? v : Ops.format(ts, v, spec);
        return sp;
    }

    /** RETURN_VALUE: pops the frame; the value step returns (see step). */
    private static PyObject returnValue(ThreadState ts, Frame f, int sp, Frame entry) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        f.sp = sp;
        Frame back = f.back;
        ts.depth--;
        ts.frame = back;
        if (f.gen != null) {
            PyGenerator g = f.gen;
            ArgBinding.moveSpares(f, back);
            g.finished = true;
            g.running = false;
            leaveGenExc(ts, g, null);
            // a finished generator keeps nothing alive through its locals (CPython clears its frame)
            PyObject[] fast = f.fast;
            for (int i = 0; i < sp; i++) {
                fast[i] = null;
            }
            switch (f.resumeKind) {
                case Frame.RESUME_FOR_ITER:
                    back.stack[--back.sp] = null;
                    back.pc = f.forIterTarget;
                    return null;
                case Frame.RESUME_YIELD_FROM:
                    back.stack[back.sp - 1] = v;
                    if (ts.tracer != null) {
                        Tracing.delegateReturned(ts, back, g, v);
                    }
                    return null;
                case Frame.RESUME_SUM:
                case Frame.RESUME_ANY:
                case Frame.RESUME_ALL:
                    back.stack[--back.sp] = null; // the result is under the generator
                    return null;
                default:
                    g.returnValue = v;
                    return RETURN_NULL;
            }
        }
        if (f.initSelf != null) {
            if (v != Py.None) {
                throw initReturnError(ts, v);
            }
            v = f.initSelf;
        }
        if (f == entry) {
            return v;
        }
        if (f.binOp != 0) {
            v = binaryReturn(ts, f, back, v);
        }
        back.stack[back.sp++] = v;
        if (f.recyclable) {
            recycle(back, f);
        } else {
            ArgBinding.moveSpares(f, back);
            f.released();
        }
        return null;
    }

    /** YIELD_FROM: null to go on (f.sp written), else the value step returns. */
    private static PyObject yieldFrom(ThreadState ts, Frame f, int sp, int pc) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        PyObject it = st[sp - 1];
        if (ts.tracer != null) {
            Tracing.yieldFromStep(ts, f, pc, v);
        }
        if (it instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) it;
            if (g.finished) {
                st[sp - 1] = Py.None;
                f.sp = sp;
                return null;
            }
            f.sp = sp;
            resumeGen(ts, f, g, v, Frame.RESUME_YIELD_FROM, 0);
            return null;
        }
        PyObject r;
        PyObject result = Py.None;
        if (v == Py.None) {
            r = Ops.next(ts, it);
        } else {
            try {
                r = Ops.callMethod(ts, it, "send", v);
            } catch (PyException e) {
                if (!e.exc.isInstance(Exc.StopIteration)) {
                    throw e;
                }
                r = null;
                result = e.exc.args.items.length > 0 ? e.exc.args.items[0] : Py.None;
            }
        }
        if (r == null) {
            st[sp - 1] = result;
            f.sp = sp;
            return null;
        }
        f.pc = pc;
        f.sp = sp;
        if (ts.tracer != null) {
            Tracing.delegatorYields(ts, f, r);
        }
        return yieldOut(ts, f, r);
    }

    /** DELETE_FAST. */
    private static int deleteFast(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        if (f.fast[arg] == null) {
            throw unbound(f.code, arg);
        }
        f.fast[arg] = null;
        return sp;
    }

    /** LOAD_CLASSDEREF. */
    private static int loadClassderef(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        String n = arg < f.code.cellvars.length ? f.code.cellvars[arg] : f.code.freevars[arg - f.code.cellvars.length];
        PyObject v = f.locals != null ? f.locals.getStr(n) : null;
        if (v == null) {
            v = f.cells[arg].value;
        }
        if (v == null) {
            throw derefError(f.code, arg);
        }
        st[sp++] = v;
        return sp;
    }

    /** DELETE_DEREF. */
    private static int deleteDeref(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        if (f.cells[arg].value == null) {
            throw derefError(f.code, arg);
        }
        f.cells[arg].value = null;
        return sp;
    }

    /** STORE_GLOBAL. */
    private static int storeGlobal(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        f.globals.putStr(f.code.names[arg], st[--sp]);
        st[sp] = null;
        return sp;
    }

    /** DELETE_GLOBAL. */
    private static int deleteGlobal(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        if (f.globals.remove(ts, Py.str(f.code.names[arg])) == null) {
            throw Py.nameError(f.code.names[arg]);
        }
        return sp;
    }

    /** LOAD_NAME. */
    private static int loadName(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        String n = f.code.names[arg];
        PyObject v = f.locals == null ? null : f.locals.type().heap ? Ops.nameLookup(ts, f.locals, n)
                : f.locals.getStr(n);
        if (v == null) {
            v = f.globals.getStr(n);
            if (v == null) {
                v = f.builtins.getStr(n);
                if (v == null) {
                    throw Py.nameError(n);
                }
            }
        }
        st[sp++] = v;
        return sp;
    }

    /** SETUP_ANNOTATIONS: {@code __annotations__ = {}} in the frame's namespace unless it has one already. */
    private static void setupAnnotations(ThreadState ts, Frame f) {
        PyDict d = f.locals != null ? f.locals : f.globals;
        if (!d.type().heap) {
            if (d.getStr("__annotations__") == null) {
                d.putStr("__annotations__", new PyDict());
            }
        } else if (!Ops.truth(ts, Ops.call(ts, Ops.getattr(ts, d, "__contains__"), Py.str("__annotations__")))) {
            Ops.setitem(ts, d, Py.str("__annotations__"), new PyDict());
        }
    }

    /** STORE_NAME. */
    private static int storeName(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyDict d = f.locals != null ? f.locals : f.globals;
        if (d.type().heap) {
            // a class body run in a dict subclass from __prepare__: its own __setitem__
            Ops.setitem(ts, d, Py.str(f.code.names[arg]), st[--sp]);
        } else {
            d.putStr(f.code.names[arg], st[--sp]);
        }
        st[sp] = null;
        return sp;
    }

    /** DELETE_NAME. */
    private static int deleteName(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyDict d = f.locals != null ? f.locals : f.globals;
        if (d.type().heap) {
            try {
                Ops.delitem(ts, d, Py.str(f.code.names[arg]));
            } catch (PyException e) {
                if (!e.exc.type().isSubtype(Exc.KeyError)) {
                    throw e;
                }
                throw Py.nameError(f.code.names[arg]);
            }
        } else if (d.remove(ts, Py.str(f.code.names[arg])) == null) {
            throw Py.nameError(f.code.names[arg]);
        }
        return sp;
    }

    /** DELETE_ATTR. */
    private static int deleteAttr(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        Ops.delattr(ts, st[sp - 1], f.code.names[arg]);
        st[--sp] = null;
        return sp;
    }

    /** LOAD_METHOD. */
    private static int loadMethod(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject obj = st[sp - 1];
        PyType t = obj.type();
        String n = f.code.names[arg];
        if (obj instanceof PyModule) {
            PyObject v = InlineCache.moduleAttr(f.code, f.pc - 1, ((PyModule) obj).dict, n);
            if (v != null) {
                st[sp - 1] = v;
                st[sp++] = null;
                return sp;
            }
        } else if (!(obj instanceof PyType) && !(obj instanceof PySuper)) {
            PyObject d = InlineCache.method(f.code, f.pc - 1, t, n);
            if (d instanceof PyFunction || (d instanceof PyBuiltin && ((PyBuiltin) d).isMethodDescr())) {
                PyDict ad = obj.attrs();
                if (ad == null || ad.getStr(n) == null) {
                    st[sp - 1] = d;
                    st[sp++] = obj;
                    return sp;
                }
            }
        }
        st[sp - 1] = Ops.getattr(ts, obj, n);
        st[sp++] = null;
        return sp;
    }

    /** UNARY_NEG. */
    private static int unaryNeg(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        st[sp - 1] = Ops.neg(ts, st[sp - 1]);
        return sp;
    }

    /** UNARY_POS. */
    private static int unaryPos(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        st[sp - 1] = Ops.pos(ts, st[sp - 1]);
        return sp;
    }

    /** UNARY_INVERT. */
    private static int unaryInvert(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        st[sp - 1] = Ops.invert(ts, st[sp - 1]);
        return sp;
    }

    /** CONTAINS_OP. */
    private static int containsOp(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject container = st[--sp];
        st[sp] = null;
        st[sp - 1] = Py.bool(Ops.contains(ts, container, st[sp - 1]) == (arg == 0));
        return sp;
    }

    /** BINARY_SUBSCR's fast path: the item of an exact list at an in-range small int index, else null. */
    private static PyObject listItem(PyObject o, PyObject k) {
        if (o instanceof PyList && k instanceof PyInt && ((PyList) o).type == null && ((PyInt) k).big == null) {
            PyList l = (PyList) o;
            long i = ((PyInt) k).v;
            if (i < 0) {
                i += l.size;
            }
            if (i >= 0 && i < l.size) {
                return l.items[(int) i];
            }
        }
        return null;
    }

    /** DELETE_SUBSCR. */
    private static int deleteSubscr(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject k = st[sp - 1], o = st[sp - 2];
        Ops.delitem(ts, o, k);
        st[--sp] = null;
        st[--sp] = null;
        return sp;
    }

    /** BUILD_SLICE. */
    private static int buildSlice(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject step = arg == 3 ? st[--sp] : Py.None;
        PyObject hi = st[--sp];
        PyObject lo = st[sp - 1];
        st[sp] = st[sp + 1] = null;
        st[sp - 1] = new PySlice(lo, hi, step);
        return sp;
    }

    /** BUILD_LIST. */
    private static int buildList(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject[] items = new PyObject[Math.max(arg, 4)];
        System.arraycopy(st, sp - arg, items, 0, arg);
        for (int i = sp - arg; i < sp; i++) {
            st[i] = null;
        }
        sp -= arg;
        st[sp++] = new PyList(items, arg);
        return sp;
    }

    /** BUILD_SET. */
    private static int buildSet(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PySet s = new PySet(false);
        for (int i = sp - arg; i < sp; i++) {
            s.add(ts, st[i]);
            st[i] = null;
        }
        sp -= arg;
        st[sp++] = s;
        return sp;
    }

    /** BUILD_MAP. */
    private static int buildMap(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyDict d = new PyDict();
        for (int i = sp - 2 * arg; i < sp; i += 2) {
            d.put(ts, st[i], st[i + 1]);
            st[i] = st[i + 1] = null;
        }
        sp -= 2 * arg;
        st[sp++] = d;
        return sp;
    }

    /** SET_ADD. */
    private static int setAdd(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        ((PySet) st[sp - arg]).add(ts, v);
        return sp;
    }

    /** MAP_ADD. */
    private static int mapAdd(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        PyObject k = st[--sp];
        st[sp] = st[sp + 1] = null;
        ((PyDict) st[sp - arg]).put(ts, k, v);
        return sp;
    }

    /** LIST_EXTEND. */
    private static int listExtend(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        int depth = arg & 0xFF;
        PyList l = (PyList) st[sp - depth];
        if (!(v instanceof PyList || v instanceof PyTuple) && !Ops.isIterableForStar(ts, v)) {
            throw Py.typeError((depth != arg ? funcName(ts, st[sp - depth - 1]) + " argument" : "Value")
                    + " after * must be an iterable, not " + v.type().name);
        }
        l.extend(ts, v);
        return sp;
    }

    /** SET_UPDATE. */
    private static int setUpdate(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        ((PySet) st[sp - arg]).update(ts, v);
        return sp;
    }

    /** DICT_UPDATE. */
    private static int dictUpdate(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        if (!(v instanceof PyDict) && !Ops.hasAttr(ts, v, "keys")) {
            throw Py.typeError("'" + v.type().name + "' object is not a mapping");
        }
        ((PyDict) st[sp - arg]).mergeFrom(ts, v);
        return sp;
    }

    /** DICT_MERGE. */
    private static int dictMerge(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        PyDict target = (PyDict) st[sp - arg];
        if (!(v instanceof PyDict) && !Ops.hasAttr(ts, v, "keys")) {
            PyObject fn = st[sp - arg - 2];
            throw Py.typeError(funcName(ts, fn) + " argument after ** must be a mapping, not " + v.type().name);
        }
        PyDict src = v instanceof PyDict ? (PyDict) v : null;
        PyObject[] ks = src != null ? src.keysArray() : Ops.toArray(ts, Ops.callMethod(ts, v, "keys"));
        for (PyObject k : ks) {
            if (!(k instanceof PyStr)) {
                throw Py.typeError("keywords must be strings");
            }
            if (target.get(ts, k) != null) {
                PyObject fn = st[sp - arg - 2];
                throw Py.typeError(funcName(ts, fn) + " got multiple values for keyword argument '"
                        + ((PyStr) k).value() + "'");
            }
            target.put(ts, k, src != null ? src.get(ts, k) : Ops.getitem(ts, v, k));
        }
        return sp;
    }

    /** LIST_TO_TUPLE. */
    private static int listToTuple(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        st[sp - 1] = new PyTuple(((PyList) st[sp - 1]).toArray());
        return sp;
    }

    /** BUILD_STRING. */
    private static int buildString(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        StringBuilder sb = new StringBuilder();
        for (int i = sp - arg; i < sp; i++) {
            sb.append(((PyStr) st[i]).value());
            st[i] = null;
        }
        sp -= arg;
        st[sp++] = Py.str(sb.toString());
        return sp;
    }

    /** UNPACK_SEQUENCE. */
    private static int unpackSequence(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject seq = st[--sp];
        st[sp] = null;
        PyObject[] items;
        // an exact tuple (CPython's PyTuple_CheckExact): a subclass may define __iter__
        if (seq instanceof PyTuple && ((PyTuple) seq).items.length == arg && ((PyTuple) seq).type == null) {
            items = ((PyTuple) seq).items;
        } else {
            items = unpackIterable(ts, seq, arg, -1);
        }
        for (int i = arg - 1; i >= 0; i--) {
            st[sp++] = items[i];
        }
        return sp;
    }

    /**
     * UNPACK_SEQUENCE_STORE_FAST's fast path: when seq is an exact tuple of n items (UNPACK_SEQUENCE's), stores
     * them into the locals of the n STORE_FASTs after pc, in their order, and answers true; false, with nothing
     * done, for anything else.
     */
    private static boolean unpackToFast(Frame f, PyObject seq, int[] insns, int pc, int n) {
        if (!(seq instanceof PyTuple) || ((PyTuple) seq).type != null) {
            return false; // not an exact tuple: a subclass may define __iter__
        }
        PyObject[] items = ((PyTuple) seq).items;
        if (items.length != n) {
            return false;
        }
        PyObject[] fast = f.fast;
        for (int i = 0; i < n; i++) {
            fast[insns[pc + 1 + i] >> 8] = items[i];
        }
        return true;
    }

    /**
     * BUILD_TUPLE_STORE_FAST: the top n values of the stack, bottom first, into the locals of the n STORE_FASTs after
     * pc (the UNPACK_SEQUENCE's), in their order; the new stack pointer.
     */
    private static int stackToFast(Frame f, int sp, int[] insns, int pc, int n) {
        PyObject[] st = f.stack;
        PyObject[] fast = f.fast;
        int base = sp - n;
        for (int i = 0; i < n; i++) {
            fast[insns[pc + 1 + i] >> 8] = st[base + i];
            st[base + i] = null;
        }
        return base;
    }

    /** UNPACK_EX. */
    private static int unpackEx(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        int before = arg & 0xff, after = arg >> 8;
        PyObject seq = st[--sp];
        st[sp] = null;
        PyObject[] items = unpackIterable(ts, seq, before, after);
        int n = items.length;
        for (int i = n - 1; i >= n - after; i--) {
            st[sp++] = items[i];
        }
        st[sp++] = new PyList(java.util.Arrays.copyOfRange(items, before, n - after));
        for (int i = before - 1; i >= 0; i--) {
            st[sp++] = items[i];
        }
        return sp;
    }

    /** GET_YIELD_FROM_ITER. */
    private static int getYieldFromIter(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject o = st[sp - 1];
        if (!(o instanceof PyGenerator)) {
            st[sp - 1] = Ops.iter(ts, o);
        }
        return sp;
    }

    /** POP_EXCEPT. */
    private static int popExcept(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject keep = arg == 1 ? st[--sp] : null;
        f.bsp -= 3;
        int level = f.blocks[f.bsp + 2];
        ts.excInfo = handledBefore(f, level);
        for (int i = level; i < sp; i++) {
            st[i] = null;
        }
        sp = level;
        if (keep != null) {
            st[sp++] = keep;
        }
        return sp;
    }

    /** RERAISE. */
    private static int reraise(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyBaseException e = (PyBaseException) st[sp - 1];
        f.sp = sp;
        throw e.raise();
    }

    /** POP_ITER: a loop over a call's result left early; the generator it owns is closed ({@link Op#POP_ITER}). */
    private static int popIter(ThreadState ts, Frame f, int sp) {
        PyObject it = f.stack[--sp];
        f.stack[sp] = null;
        f.sp = sp;
        PyGenerator.closeDropped(ts, it);
        return sp;
    }

    /** Closes the loop-owned generators among stack slots [from, to) of f, which an exception drops (unwind). */
    private static void closeDropped(ThreadState ts, Frame f, int from, int to) {
        for (int i = from; i < to; i++) {
            PyGenerator.closeDropped(ts, f.stack[i]);
        }
    }

    /** JUMP_IF_NOT_EXC_MATCH. */
    private static int jumpIfNotExcMatch(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject t = st[--sp];
        PyObject e = st[--sp];
        st[sp] = st[sp + 1] = null;
        if (!excMatches(ts, e, t)) {
            f.pc = arg;
        }
        return sp;
    }

    /**
     * CHECK_EG_MATCH (except*): [rest, type] becomes [rest', match] with the match the handled exception, or
     * [rest] and a jump to arg when nothing of rest matches.
     */
    private static int checkEgMatch(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject t = st[sp - 1];
        PyObject[] r = ExceptionGroups.match(ts, st[sp - 2], t);
        st[--sp] = null;
        if (r[0] == null) {
            f.pc = arg;
            return sp;
        }
        st[sp - 1] = r[1];
        st[sp++] = r[0];
        ts.excInfo = (PyBaseException) r[0];
        return sp;
    }

    /**
     * PREP_RERAISE_STAR (except*): pops [raised list, rest] from above the caught exception and raises what is left
     * of them (no new context: the handled exception is cleared first, the handler block restores the outer one).
     */
    private static int prepReraiseStar(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject rest = st[--sp];
        st[sp] = null;
        PyList raised = (PyList) st[--sp];
        st[sp] = null;
        PyObject[] all = java.util.Arrays.copyOf(raised.items, raised.size + 1);
        all[raised.size] = rest;
        PyBaseException r = ExceptionGroups.prepReraise(ts, (PyBaseException) st[sp - 1], all);
        if (r == null) {
            return sp;
        }
        f.sp = sp;
        ts.excInfo = null;
        if (r.traceback == null) {
            r.noEntryFor = f; // a new group: re-raised without an entry for this frame
        }
        throw r.raise();
    }

    /** RAISE_VARARGS. */
    private static int raiseVarargs(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        f.sp = sp;
        if (arg == 0) {
            if (ts.excInfo == null) {
                throw Py.runtimeError("No active exception to reraise");
            }
            throw ts.excInfo.raise();
        }
        PyObject cause = arg == 2 ? st[--sp] : null;
        PyBaseException e = toException(ts, st[--sp]);
        if (cause != null) {
            if (cause == Py.None) {
                e.cause = null;
            } else {
                e.cause = causeException(ts, cause);
            }
            e.suppressContext = true;
        }
        f.sp = sp;
        throw e.raise();
    }

    /** SETUP_WITH. */
    private static int setupWith(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject mgr = st[sp - 1];
        PyObject enter = Ops.getattrOrNull(ts, mgr, "__enter__");
        PyObject exit = Ops.getattrOrNull(ts, mgr, "__exit__");
        if (enter == null) {
            throw Py.typeError("'" + mgr.type().name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Py.typeError("'" + mgr.type().name
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        st[sp - 1] = exit;
        f.sp = sp;
        PyObject r = Ops.call(ts, enter);
        f.pushBlock(Frame.B_FINALLY, arg, sp);
        st[sp++] = r;
        return sp;
    }

    /** CALL_EXIT_NONE. */
    private static int callExitNone(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject exit = st[--sp];
        st[sp] = null;
        f.sp = sp;
        Ops.call(ts, exit, Py.None, Py.None, Py.None);
        return sp;
    }

    /** WITH_EXCEPT_START. */
    private static int withExceptStart(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyBaseException e = (PyBaseException) st[sp - 1];
        PyObject exit = st[sp - 3];
        f.sp = sp;
        PyObject r = Ops.call(ts, exit, e.type(), e, e.traceback == null ? Py.None : e.traceback);
        st[sp++] = r;
        return sp;
    }

    /** MAKE_FUNCTION. */
    private static int makeFunction(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        Code c = (Code) st[--sp];
        st[sp] = null;
        PyCell[] closure = null;
        if ((arg & 8) != 0) {
            PyObject[] cl = ((PyTuple) st[--sp]).items;
            closure = new PyCell[cl.length];
            for (int i = 0; i < cl.length; i++) {
                closure[i] = (PyCell) cl[i];
            }
            st[sp] = null;
        }
        PyDict annotations = null;
        if ((arg & 4) != 0) {
            annotations = (PyDict) st[--sp];
            st[sp] = null;
        }
        PyDict kwdefs = null;
        if ((arg & 2) != 0) {
            kwdefs = (PyDict) st[--sp];
            st[sp] = null;
        }
        PyObject[] defs = null;
        if ((arg & 1) != 0) {
            defs = ((PyTuple) st[--sp]).items;
            st[sp] = null;
        }
        PyFunction fn = new PyFunction(c, f.globals, defs, kwdefs, closure);
        fn.annotations = annotations;
        if (c.consts.length > 0 && c.consts[0] instanceof PyStr && (c.flags & Code.NEWLOCALS) != 0
                && !c.name.startsWith("<")) {
            fn.doc = c.consts[0];
        }
        st[sp++] = fn;
        return sp;
    }

    /** IMPORT_NAME. */
    private static int importName(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject fromlist = st[--sp];
        PyObject level = st[--sp];
        st[sp] = st[sp + 1] = null;
        f.sp = sp;
        st[sp++] = ts.interp.importStatement(ts, f, f.code.names[arg], fromlist, (int) ((PyInt) level).v);
        return sp;
    }

    /** IMPORT_FROM. */
    private static int importFrom(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject m = st[sp - 1];
        String n = f.code.names[arg];
        PyObject v = Ops.getattrOrNull(ts, m, n);
        if (v == null && m instanceof PyModule) {
            try {
                v = ts.interp.importName(ts, ((PyModule) m).name + "." + n, null, 0, f.globals);
                v = ts.interp.modules.get(ts, Py.str(((PyModule) m).name + "." + n));
            } catch (PyException e) {
                v = null;
            }
        }
        if (v == null) {
            throw importFromError(ts, m, n);
        }
        st[sp++] = v;
        return sp;
    }

    /** CPython's import_from error: name and path set, a partially initialized module named as such. */
    private static PyException importFromError(ThreadState ts, PyObject m, String n) {
        PyObject mn = Ops.getattrOrNull(ts, m, "__name__");
        PyObject file = m instanceof PyModule ? ((PyModule) m).dict.getStr("__file__") : null;
        String name = mn instanceof PyStr ? ((PyStr) mn).value() : "<unknown module name>";
        String msg;
        if (!(file instanceof PyStr)) {
            msg = "cannot import name '" + n + "' from '" + name + "' (unknown location)";
        } else {
            msg = "cannot import name '" + n + "' from " + (Interpreter.initializing(ts, m) ? "partially initialized "
                    + "module '" + name + "' (most likely due to a circular import)" : "'" + name + "'") + " ("
                    + ((PyStr) file).value() + ")";
        }
        PyException x = Py.raise(Exc.ImportError, msg);
        x.exc.attrs().putStr("name", mn instanceof PyStr ? mn : Py.None);
        x.exc.attrs().putStr("path", file instanceof PyStr ? file : Py.None);
        return x;
    }

    /** IMPORT_STAR. */
    private static int importStar(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject m = st[--sp];
        st[sp] = null;
        PyDict target = f.locals != null ? f.locals : f.globals;
        PyDict md = m.attrs();
        PyObject all = md.getStr("__all__");
        if (all != null) {
            for (PyObject k : Ops.toArray(ts, all)) {
                target.put(ts, k, Ops.getattr(ts, m, ((PyStr) k).value()));
            }
        } else {
            for (PyObject k : md.keysArray()) {
                if (k instanceof PyStr && !((PyStr) k).value().startsWith("_")) {
                    target.put(ts, k, md.get(ts, k));
                }
            }
        }
        return sp;
    }

    /** PRINT_EXPR. */
    private static int printExpr(ThreadState ts, Frame f, int sp, int arg) {
        PyObject[] st = f.stack;
        PyObject v = st[--sp];
        st[sp] = null;
        f.sp = sp;
        if (v != Py.None) {
            ts.interp.builtins.putStr("_", v);
            ts.interp.writeStdout(ts, Ops.repr(ts, v) + "\n");
        }
        return sp;
    }

    /**
     * LOAD_ATTR. An instance of a heap class goes through its per-type cache entry (instance dict position,
     * {@code __slots__} index or class attribute; {@link InlineCache#instanceAttr}), a module through its dict
     * position; null for everything else, and whatever the entry leaves open, which the loop hands to
     * {@link #generic} (Ops.getattr).
     */
    private static PyObject loadAttr(ThreadState ts, PyObject o, Code code, int pc, int arg) {
        String name = code.names[arg];
        if (o instanceof PyInstance) {
            PyObject v = InlineCache.instanceAttr(ts, code, pc, (PyInstance) o, name);
            if (v != null) {
                return v;
            }
        } else if (o instanceof PyModule) {
            PyObject v = InlineCache.moduleAttr(code, pc, ((PyModule) o).dict, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * STORE_ATTR, with the same per-type cache entry as {@link #loadAttr} for heap-class instances: false when the
     * loop must hand it to {@link #generic} (Ops.setattr).
     */
    private static boolean storeAttr(PyObject o, Code code, int pc, int arg, PyObject v) {
        return o instanceof PyInstance && InlineCache.storeInstanceAttr(code, pc, (PyInstance) o, code.names[arg], v);
    }

    /**
     * +, -, *, / and ** (of a positive base) of an exact float with an exact float or small exact int; null for
     * anything else (other types, other operators, division by zero), which then takes the generic path with its
     * errors.
     */
    private static PyObject floatOp(int op, PyObject a, PyObject b) {
        if (!ArithChain.isReal(a) || !ArithChain.isReal(b)) {
            return null;
        }
        double x = ArithChain.real(a), y = ArithChain.real(b);
        double r;
        // one Py.newFloat below for every operator (one inlined allocation in the loop, not one per operator)
        switch (op) {
            case Ops.ADD: r = x + y; break;
            case Ops.SUB: r = x - y; break;
            case Ops.MUL: r = x * y; break;
            case Ops.TRUEDIV:
                if (y == 0) {
                    return null;
                }
                r = x / y;
                break;
            case Ops.POW:
                if (!(x > 0)) {
                    return null;
                }
                r = PyFloat.powPositive(x, y);
                if (!Double.isFinite(r)) {
                    return null; // the generic path's OverflowError (PyFloat.pow computes the same powPositive)
                }
                break;
            default: return null;
        }
        return Py.newFloat(r);
    }

    /**
     * {@code c + a * b} ({@code op} is Ops.ADD) or {@code c - a * b} (Ops.SUB) of three exact floats, as the two
     * float operations compute it (the product rounded, never fused); null for any other operands.
     */
    private static PyObject mulAdd(int op, PyObject c, PyObject a, PyObject b) {
        if (isFloat(c) & isFloat(a) & isFloat(b)) {
            double p = ((PyFloat) a).v * ((PyFloat) b).v;
            double x = ((PyFloat) c).v;
            return Py.newFloat(op == Ops.ADD ? x + p : x - p);
        }
        return null;
    }

    /**
     * Arithmetic on two small (long) ints without overflow; null when the fast path does not apply. The four most
     * common operators only, so that the method stays small enough for C2 to inline it into the dispatch loop within
     * the compile's inlining budget (in the STM twin too, where the budget is tighter); the others are in
     * {@link #smallIntOpMore}.
     */
    private static PyObject smallIntOp(int op, PyInt x, PyInt y) {
        if (x.big != null || y.big != null || x.getClass() != PyInt.class || y.getClass() != PyInt.class) {
            return null;
        }
        long a = x.v, b = y.v, r;
        // every operator computes r or returns: one Py.newInt below (one inlined allocation, not one per operator)
        switch (op) {
            case Ops.ADD:
                r = a + b;
                if (((a ^ r) & (b ^ r)) < 0) {
                    return null;
                }
                break;
            case Ops.SUB:
                r = a - b;
                if (((a ^ b) & (a ^ r)) < 0) {
                    return null;
                }
                break;
            case Ops.MUL: {
                long hi = Math.multiplyHigh(a, b);
                r = a * b;
                if (!((hi == 0 && r >= 0) || (hi == -1 && r < 0))) {
                    return null;
                }
                break;
            }
            case Ops.MOD:
                if (b <= 0) {
                    return null;
                }
                r = Math.floorMod(a, b);
                break;
            default:
                return smallIntOpMore(op, a, b);
        }
        return Py.newInt(r);
    }

    /** The less common operators of {@link #smallIntOp} on the values of two small ints. */
    private static PyObject smallIntOpMore(int op, long a, long b) {
        long r;
        switch (op) {
            case Ops.FLOORDIV:
                if (b <= 0) {
                    return null;
                }
                r = Math.floorDiv(a, b);
                break;
            case Ops.AND:
                r = a & b;
                break;
            case Ops.OR:
                r = a | b;
                break;
            case Ops.XOR:
                r = a ^ b;
                break;
            default:
                return null;
        }
        return Py.newInt(r);
    }

    /**
     * CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, without the module when it is builtins
     * or unknown; the type's name and " object" without a qualname. For error messages only.
     */
    private static String funcName(ThreadState ts, PyObject fn) {
        try {
            PyObject q = Ops.getattrOrNull(ts, fn, "__qualname__");
            if (q instanceof PyStr) {
                PyObject m = Ops.getattrOrNull(ts, fn, "__module__");
                String mod = m instanceof PyStr && !"builtins".equals(((PyStr) m).value()) ? ((PyStr) m).value() + "."
                        : "";
                return mod + ((PyStr) q).value() + "()";
            }
            if (q == null) {
                return fn.type().name + " object";
            }
        } catch (PyException e) {
            // fall back on the names the interpreter knows
        }
        return funcName(fn);
    }

    private static String funcName(PyObject fn) {
        if (fn instanceof PyFunction) {
            return ((PyFunction) fn).qualname + "()";
        }
        if (fn instanceof PyBuiltin) {
            return ((PyBuiltin) fn).name + "()";
        }
        if (fn instanceof PyType) {
            return ((PyType) fn).name + "()";
        }
        return "function";
    }

    private static PyException initReturnError(ThreadState ts, PyObject v) {
        return Py.typeError("__init__() should return None, not '" + v.type().name + "'");
    }

    private static PyException derefError(Code c, int idx) {
        int nc = c.cellvars.length;
        if (idx < nc) {
            return Py.raise(Exc.UnboundLocalError, "cannot access local variable '" + c.cellvars[idx]
                    + "' where it is not associated with a value");
        }
        return Py.raise(Exc.NameError, "cannot access free variable '" + c.freevars[idx - nc]
                + "' where it is not associated with a value in enclosing scope");
    }

    /** Hands a yielded value to whoever resumed the generator frame f (following yield-from delegation). */
    private static PyObject yieldOut(ThreadState ts, Frame f, PyObject v) {
        if (f.resumeKind >= Frame.RESUME_SUM && foldInPlace(f.back, v, f.resumeKind)) {
            // folded without running Python code: the generator goes on as if resumed at once (the yield's value)
            f.stack[f.sp++] = Py.None;
            return null;
        }
        while (true) {
            PyGenerator g = f.gen;
            g.running = false;
            if (f.bsp != 0) {
                g.suspendGuarded(ts); // closed when dropped (Finalizers)
            }
            leaveGenExc(ts, g, f);
            Frame back = f.back;
            ArgBinding.moveSpares(f, back);
            // a suspended generator frame keeps no link to its last resumer (as CPython clears f_back): the
            // resumer's locals must not stay reachable through the generator (weak references, gc.collect)
            f.back = null;
            ts.depth--;
            ts.frame = back;
            switch (f.resumeKind) {
                case Frame.RESUME_FOR_ITER:
                case Frame.RESUME_CALL:
                    back.stack[back.sp++] = v;
                    return null;
                case Frame.RESUME_YIELD_FROM:
                    back.pc = back.pc - 1;
                    if (ts.tracer != null) {
                        Tracing.delegatorYields(ts, back, v);
                    }
                    f = back;
                    continue;
                case Frame.RESUME_SUM:
                case Frame.RESUME_ANY:
                case Frame.RESUME_ALL:
                    reduceStep(ts, back, g, v, f.resumeKind);
                    return null;
                default:
                    return v;
            }
        }
    }

    private static PyObject[] unpackIterable(ThreadState ts, PyObject seq, int before, int after) {
        PyObject it;
        try {
            it = Ops.iter(ts, seq);
        } catch (PyException e) {
            if (e.exc.isInstance(Exc.TypeError) && (!seq.type().heap
                    || seq.type().lookup("__iter__") == null && seq.type().lookup("__getitem__") == null)) {
                throw Py.typeError("cannot unpack non-iterable " + seq.type().name + " object");
            }
            throw e;
        }
        PyList l = new PyList();
        if (after < 0) {
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                if (l.size == before) {
                    throw Py.valueError("too many values to unpack (expected " + before + ")");
                }
                l.append(x);
            }
            if (l.size < before) {
                throw Py.valueError("not enough values to unpack (expected " + before + ", got " + l.size + ")");
            }
            return l.toArray();
        }
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            l.append(x);
        }
        if (l.size < before + after) {
            throw Py.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + l.size
                    + ")");
        }
        return l.toArray();
    }

    static boolean excMatches(ThreadState ts, PyObject e, PyObject t) {
        if (t instanceof PyTuple) {
            for (PyObject x : ((PyTuple) t).items) {
                // every entry is checked before any matches, as CPython's CHECK_EXC_MATCH does
                if (!(x instanceof PyType) || !((PyType) x).isSubtype(Exc.BaseException)) {
                    throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
            }
            for (PyObject x : ((PyTuple) t).items) {
                if (e.type().isSubtype((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        if (!(t instanceof PyType) || !((PyType) t).isSubtype(Exc.BaseException)) {
            throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return e.type().isSubtype((PyType) t);
    }

    /** The cause of {@code raise ... from o}: CPython's own message when it is no exception. */
    private static PyBaseException causeException(ThreadState ts, PyObject o) {
        if (o instanceof PyBaseException || o instanceof PyType && ((PyType) o).isSubtype(Exc.BaseException)) {
            return toException(ts, o);
        }
        throw Py.typeError("exception causes must derive from BaseException");
    }

    static PyBaseException toException(ThreadState ts, PyObject o) {
        if (o instanceof PyBaseException) {
            return (PyBaseException) o;
        }
        if (o instanceof PyType && ((PyType) o).isSubtype(Exc.BaseException)) {
            PyObject e = Ops.call(ts, o);
            if (e instanceof PyBaseException) {
                return (PyBaseException) e;
            }
        }
        throw Py.typeError("exceptions must derive from BaseException");
    }

    // ---------------------------------------------------------------- classes, super, locals

    /** super() and super(type, obj). */
    public static PyObject makeSuper(ThreadState ts, PyObject[] a) {
        PyType start;
        PyObject obj;
        if (a.length == 0) {
            Frame f = ts.frame;
            Code c = f.code;
            PyObject cls = null;
            for (int i = 0; i < c.freevars.length; i++) {
                if (c.freevars[i].equals("__class__")) {
                    cls = f.cells[c.cellvars.length + i].value;
                }
            }
            if (c.argcount == 0 && (c.flags & Code.VARARGS) == 0 || c.varnames.length == 0) {
                throw Py.runtimeError("super(): no arguments"); // CPython checks this before the cell
            }
            if (cls == null) {
                throw Py.runtimeError("super(): __class__ cell not found");
            }
            obj = f.fast[0];
            if (obj == null && c.cell2arg.length > 0) {
                for (int i = 0; i < c.cell2arg.length; i++) {
                    if (c.cell2arg[i] == 0) {
                        obj = f.cells[i].value;
                    }
                }
            }
            if (obj == null) {
                throw Py.runtimeError("super(): arg[0] deleted");
            }
            start = (PyType) cls;
        } else {
            return PySuper.make(ts, a[0], a.length > 1 ? a[1] : null);
        }
        return new PySuper(start, obj);
    }

    /** locals() of the calling frame. */
    public static PyDict locals(ThreadState ts) {
        Frame f = ts.frame;
        if (f.locals != null) {
            return f.locals;
        }
        if ((f.code.flags & Code.NEWLOCALS) == 0) {
            return f.globals;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < f.code.varnames.length; i++) {
            if (f.fast[i] != null) {
                d.putStr(f.code.varnames[i], f.fast[i]);
            }
        }
        for (int i = 0; i < f.cells.length; i++) {
            String n = i < f.code.cellvars.length ? f.code.cellvars[i] : f.code.freevars[i - f.code.cellvars.length];
            if (f.cells[i].value != null) {
                d.putStr(n, f.cells[i].value);
            }
        }
        return d;
    }

    /** Whether a value is an instance of a user class with the given layout. */
    static boolean isPlainInstance(PyObject o) {
        return o instanceof PyInstance;
    }
}
