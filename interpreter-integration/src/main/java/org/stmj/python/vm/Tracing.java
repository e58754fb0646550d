package org.stmj.python.vm;

import java.lang.ref.WeakReference;
import org.stmj.api.annotation.GilReleased;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Op;
import org.stmj.python.modules.PyFrame;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the call, line, return and exception events of CPython 3.11,
 * at no cost to the dispatch loop while no thread traces.
 *
 * <p>How: every code object carries trace points and a trace appendix ({@link Code#tracePoints}; the compiler's
 * instructions are untouched). While at least one thread has a trace or profile function, every code object's
 * trace points are patched in place to {@link Op#TRACE}: the loop's TRACE case calls {@link #point}, which reports
 * the due events and continues at the point's copy in the appendix, whose jump returns to the program. When the
 * last thread stops tracing the points are unpatched. The loop itself has no check per instruction: one more case
 * in its switch, and two calls on the exception path behind {@code ts.tracer != null}. Code objects created while
 * tracing are patched as they are made (every code object registers itself, weakly).
 *
 * <p>A patch is global (the code arrays are shared), tracing is per thread ({@code ts.tracer}): a thread without
 * a trace function that meets a patched point goes on at the copy with no event (a jump more per traced line).
 * The patch writes an instruction array that is {@code @ImmutableArray}: both its values are correct programs, so
 * a thread that reads either runs correctly. In STM mode the trace function's calls and this class's bookkeeping
 * make the traced thread's transactions inevitable.
 */
public final class Tracing {
    private Tracing() {
    }

    /** A thread's trace and profile functions. */
    public static final class Tracer {
        /** The Java thread and the interpreter it traces: a dead thread or an ended program stops counting. */
        final Thread thread = Thread.currentThread();
        final Interpreter interp;
        PyObject trace;
        PyObject profile;
        /** True while one of its functions runs: events inside it are not reported (CPython's tstate->tracing). */
        boolean busy;

        Tracer(Interpreter interp) {
            this.interp = interp;
        }
    }

    /** A frame's tracing state ({@code Frame.trace}): its local trace function and where its line events stand. */
    public static final class FrameTrace {
        /** {@code f_trace}: where line, return and exception events of the frame go; null for none. */
        public PyObject localTrace;
        /** {@code f_trace_lines}. */
        public boolean traceLines = true;
        /** The frame's Python view, one per frame (pdb compares frames by identity). */
        public PyFrame view;
        /** f_locals of a function frame: one dict, refreshed at each access. */
        public org.stmj.python.objects.PyDict locals;
        boolean active;
        int lastLine = -1, lastPc = -1;
        /** Whether a 'call' event is being reported: f_lineno is then {@link #callLine}. */
        public boolean inCall;
        /** f_lineno during a 'call' event: the def line (0 for a module), or a resumed generator's yield line. */
        public int callLine;
        int generation;
        /** Resumed while suspended in a {@code YIELD_FROM}: its 'call' event is due when that runs again. */
        boolean resumedInYieldFrom;
        /** The value a {@code YIELD_FROM} of this frame last sent was None (see {@link #delegateReturned}). */
        boolean sentNone;
    }

    private static final Object LOCK = new Object();
    @SuppressWarnings("unchecked")
    private static WeakReference<Code>[] codes = new WeakReference[256];
    private static int ncodes;
    /** The tracers of threads with a trace or profile function; the points are patched while there is one. */
    private static Tracer[] active = new Tracer[4];
    private static int tracing;
    private static boolean patched;
    /** Bumped when tracing stops everywhere: frame states of an earlier generation are stale. */
    private static volatile int generation;

    /** Registers a new code object (patched at once while tracing). Called by Code's constructor. */
    public static void register(Code c) {
        if (c.tracePoints.length == 0) {
            return;
        }
        synchronized (LOCK) {
            if (ncodes == codes.length) {
                int live = 0;
                for (int i = 0; i < ncodes; i++) {
                    if (codes[i].get() != null) {
                        codes[live++] = codes[i];
                    }
                }
                for (int i = live; i < ncodes; i++) {
                    codes[i] = null;
                }
                ncodes = live;
                if (ncodes > codes.length / 2) {
                    codes = java.util.Arrays.copyOf(codes, codes.length * 2);
                }
            }
            codes[ncodes++] = new WeakReference<>(c);
            if (patched) {
                prune(null);
            }
            if (patched) {
                patch(c, true);
            }
        }
    }

    private static void patch(Code c, boolean on) {
        int n = c.plainLength;
        int[] tp = c.tracePoints;
        int[] insns = c.code;
        for (int k = 0; k < tp.length; k++) {
            insns[tp[k] >> 8] = on ? Op.TRACE | k << 8 : insns[n + 2 * k];
        }
    }

    private static void patchAll(boolean on) {
        for (int i = 0; i < ncodes; i++) {
            Code c = codes[i].get();
            if (c != null) {
                patch(c, on);
            }
        }
        patched = on;
    }

    /** {@code sys.settrace(fn)} for the calling thread (None or null removes it). */
    public static void setTrace(ThreadState ts, PyObject fn) {
        set(ts, fn, true);
    }

    /** {@code sys.setprofile(fn)} for the calling thread. */
    public static void setProfile(ThreadState ts, PyObject fn) {
        set(ts, fn, false);
    }

    /**
     * Installs or removes a thread's trace or profile function. Patching the code arrays is not transactional (they
     * are immutable to the STM), so under STM this runs between transactions: what ran before it has committed
     * and cannot be re-executed against code patched or unpatched by an aborted attempt (lost line events).
     */
    @GilReleased
    private static void set(ThreadState ts, PyObject fn, boolean trace) {
        if (fn == Py.None) {
            fn = null;
        }
        Tracer t = ts.tracer;
        boolean before = t != null;
        if (t == null) {
            if (fn == null) {
                return;
            }
            t = new Tracer(ts.interp);
        }
        if (trace) {
            t.trace = fn;
        } else {
            t.profile = fn;
        }
        boolean after = t.trace != null || t.profile != null;
        ts.tracer = after ? t : null;
        if (before == after) {
            return;
        }
        synchronized (LOCK) {
            if (after) {
                if (tracing == active.length) {
                    active = java.util.Arrays.copyOf(active, tracing * 2);
                }
                active[tracing++] = t;
            } else {
                remove(t);
            }
            prune(null);
            if (tracing > 0 && !patched) {
                patchAll(true);
            }
        }
    }

    private static void remove(Tracer t) {
        for (int i = 0; i < tracing; i++) {
            if (active[i] == t) {
                active[i] = active[--tracing];
                active[tracing] = null;
                return;
            }
        }
    }

    /**
     * Drops the tracers of dead threads and of {@code ended} (a finished program's interpreter), and unpatches
     * when none is left. Under LOCK.
     */
    private static void prune(Interpreter ended) {
        for (int i = tracing - 1; i >= 0; i--) {
            if (!active[i].thread.isAlive() || active[i].interp == ended) {
                active[i] = active[--tracing];
                active[tracing] = null;
            }
        }
        if (tracing == 0 && patched) {
            patchAll(false);
            generation++;
        }
    }

    /** The program of {@code interp} has ended: its threads' trace and profile functions no longer count. */
    public static void end(Interpreter interp) {
        synchronized (LOCK) {
            prune(interp);
        }
    }

    /** {@code sys.gettrace()}. */
    public static PyObject getTrace(ThreadState ts) {
        Tracer t = ts.tracer;
        return t == null || t.trace == null ? Py.None : t.trace;
    }

    /** {@code sys.getprofile()}. */
    public static PyObject getProfile(ThreadState ts) {
        Tracer t = ts.tracer;
        return t == null || t.profile == null ? Py.None : t.profile;
    }

    /** The tracing state of f, made on first use. */
    public static FrameTrace state(Frame f) {
        FrameTrace ft = f.trace;
        if (ft == null) {
            ft = new FrameTrace();
            ft.generation = generation;
            f.trace = ft;
        }
        return ft;
    }

    /** The one Python view of f (sys._getframe, tb_frame, the trace functions' frame argument). */
    public static PyFrame view(Frame f) {
        FrameTrace ft = state(f);
        if (ft.view == null) {
            ft.view = new PyFrame(f);
        }
        return ft.view;
    }

    private static final PyStr CALL = Py.str("call"), LINE = Py.str("line"), RETURN = Py.str("return"),
            EXCEPTION = Py.str("exception");

    /**
     * The TRACE instruction of trace point k at pc of the running frame f (its stack pointer written): reports the
     * events due there to this thread's functions, then sets {@code f.pc} to the point's copy in the appendix,
     * where the loop goes on. An exception from a trace function ends tracing on this thread and propagates.
     */
    public static void point(ThreadState ts, Frame f, int pc, int k) {
        Code c = f.code;
        int kinds = c.tracePoints[k] & 0xff;
        int copy = c.plainLength + 2 * k;
        Tracer t = ts.tracer;
        if (t == null || t.busy) {
            f.pc = copy;
            return;
        }
        FrameTrace ft = state(f);
        fresh(ft);
        // during the events f_lineno is the line of the instruction at the point
        f.pc = pc + 1;
        try {
            if (!ft.active) {
                ft.active = true;
                if ((kinds & (Code.TP_ENTRY | Code.TP_RESUME)) != 0) {
                    boolean entry = (kinds & Code.TP_ENTRY) != 0 && pc == 0;
                    if (entry) {
                        ft.localTrace = null;
                        ft.lastLine = -1;
                        ft.lastPc = -1;
                    }
                    // CPython's RESUME: the def line (0 for a module), a resumed generator's yield line
                    ft.callLine = !entry ? c.lines[pc - 1] : "<module>".equals(c.name) ? 0 : c.firstLine;
                    ft.inCall = true;
                    try {
                        callEvent(ts, t, f, ft);
                    } finally {
                        ft.inCall = false;
                    }
                }
            }
            int line = c.lines[pc];
            if ((kinds & Code.TP_LINE) != 0) {
                boolean due = line != ft.lastLine || pc <= ft.lastPc;
                ft.lastLine = line;
                ft.lastPc = pc;
                if (due && ft.localTrace != null && ft.traceLines && t.trace != null) {
                    traceEvent(ts, t, f, ft, LINE, Py.None);
                }
            }
            if ((kinds & (Code.TP_RETURN | Code.TP_YIELD)) != 0) {
                ft.lastLine = line;
                ft.lastPc = pc;
                PyObject v = f.sp > 0 ? f.stack[f.sp - 1] : Py.None;
                returnEvent(ts, t, f, ft, v == null ? Py.None : v);
            }
        } finally {
            f.pc = copy;
        }
    }

    private static void callEvent(ThreadState ts, Tracer t, Frame f, FrameTrace ft) {
        if (t.profile != null) {
            profileEvent(ts, t, f, CALL, Py.None);
        }
        if (t.trace != null) {
            PyObject r = invoke(ts, t, t.trace, f, CALL, Py.None);
            if (r != Py.None) {
                ft.localTrace = r;
            }
        }
    }

    private static void returnEvent(ThreadState ts, Tracer t, Frame f, FrameTrace ft, PyObject v) {
        ft.active = false;
        if (ft.localTrace != null && t.trace != null) {
            traceEvent(ts, t, f, ft, RETURN, v);
        }
        if (t.profile != null) {
            profileEvent(ts, t, f, RETURN, v);
        }
    }

    private static void traceEvent(ThreadState ts, Tracer t, Frame f, FrameTrace ft, PyStr what, PyObject arg) {
        PyObject r = invoke(ts, t, ft.localTrace, f, what, arg);
        if (r != Py.None) {
            ft.localTrace = r;
        }
    }

    private static void profileEvent(ThreadState ts, Tracer t, Frame f, PyStr what, PyObject arg) {
        PyObject fn = t.profile;
        t.busy = true;
        try {
            org.stmj.python.objects.Ops.call(ts, fn, view(f), what, arg);
        } catch (PyException e) {
            setProfile(ts, null);
            throw e;
        } finally {
            t.busy = false;
        }
    }

    private static PyObject invoke(ThreadState ts, Tracer t, PyObject fn, Frame f, PyStr what, PyObject arg) {
        t.busy = true;
        try {
            PyObject r = org.stmj.python.objects.Ops.call(ts, fn, view(f), what, arg);
            return r == null ? Py.None : r;
        } catch (PyException e) {
            // CPython: an exception from the trace function ends tracing on this thread
            FrameTrace ft = f.trace;
            if (ft != null) {
                ft.localTrace = null;
            }
            setTrace(ts, null);
            throw e;
        } finally {
            t.busy = false;
        }
    }

    /**
     * An exception was raised in f or entered it from a callee (its traceback entry made): the 'exception' event
     * to f's local trace function. An exception from that function ends tracing and is dropped (the loop is
     * already handling one).
     */
    public static void exception(ThreadState ts, Frame f, PyBaseException exc) {
        Tracer t = ts.tracer;
        FrameTrace ft = f.trace;
        if (t == null || t.busy || t.trace == null || ft == null || ft.localTrace == null
                || ft.generation != generation) {
            return;
        }
        PyObject tb = exc.traceback == null ? Py.None : exc.traceback;
        try {
            traceEvent(ts, t, f, ft, EXCEPTION, new PyTuple(exc.type(), exc, tb));
        } catch (PyException e) {
            // tracing has been switched off by invoke
        }
    }

    /**
     * Generator frame gf, suspended in a {@code YIELD_FROM}, is being resumed by a thread with a tracer: its
     * 'call' event (CPython's RESUME after the delegation's yield) is reported when the YIELD_FROM runs again
     * ({@link #yieldFromStep}); a frame that reaches a YIELD_FROM by running on gets none.
     */
    public static void resuming(Frame gf) {
        int pc = gf.pc;
        int[] insns = gf.code.code;
        if (gf.started && pc < insns.length && Op.op(insns[pc]) == Op.YIELD_FROM) {
            FrameTrace ft = state(gf);
            fresh(ft);
            ft.resumedInYieldFrom = true;
        }
    }

    /**
     * Generator frame gf is resumed with exc thrown into it ({@code throw()}, or the exception of the delegate of
     * its {@code yield from} passing to it), with a tracer on this thread: CPython resumes the frame with the error
     * set, which reports the frame's 'call' event (at the line it is suspended in) and then its 'exception' event.
     * An exception from a trace function ends tracing and is dropped (the thrown one is on its way).
     */
    public static void thrownIn(ThreadState ts, Frame gf, PyBaseException exc) {
        Tracer t = ts.tracer;
        if (t == null || t.busy) {
            return;
        }
        FrameTrace ft = state(gf);
        fresh(ft);
        ft.resumedInYieldFrom = false;
        try {
            if (!ft.active) {
                ft.active = true;
                ft.callLine = gf.line();
                ft.inCall = true;
                try {
                    callEvent(ts, t, gf, ft);
                } finally {
                    ft.inCall = false;
                }
            }
        } catch (PyException e) {
            return; // tracing has been switched off by invoke
        }
        exception(ts, gf, exc);
    }

    /** Resets ft's per-frame state when tracing was restarted since it was last used (a new generation). */
    private static void fresh(FrameTrace ft) {
        if (ft.generation != generation) {
            ft.generation = generation;
            ft.active = false;
            ft.localTrace = null;
            ft.lastLine = -1;
            ft.lastPc = -1;
        }
    }

    /**
     * The YIELD_FROM at pc of f runs (f.pc is pc + 1) and sends v, with a tracer on this thread: the frame's 'call'
     * event when it was resumed there ({@link #resuming}), as at a trace point.
     */
    public static void yieldFromStep(ThreadState ts, Frame f, int pc, PyObject v) {
        Tracer t = ts.tracer;
        FrameTrace ft = f.trace;
        if (t == null || ft == null) {
            return;
        }
        ft.sentNone = v == Py.None;
        if (!ft.resumedInYieldFrom) {
            return;
        }
        ft.resumedInYieldFrom = false;
        if (t.busy) {
            return;
        }
        fresh(ft);
        if (!ft.active) {
            ft.active = true;
            ft.callLine = f.code.lines[pc];
            ft.inCall = true;
            try {
                callEvent(ts, t, f, ft);
            } finally {
                ft.inCall = false;
            }
        }
    }

    /**
     * Delegating frame f (its pc at its YIELD_FROM) passes on the value v its delegate yielded and is suspended:
     * its 'return' event, as CPython's YIELD_VALUE after SEND reports it. An exception from the trace function ends
     * tracing and is dropped (the yield is half done).
     */
    public static void delegatorYields(ThreadState ts, Frame f, PyObject v) {
        Tracer t = ts.tracer;
        FrameTrace ft = f.trace;
        if (t == null || t.busy || ft == null || !ft.active || ft.generation != generation) {
            return;
        }
        int pc = f.pc;
        f.pc = pc + 1; // f_lineno: the YIELD_FROM's line
        try {
            returnEvent(ts, t, f, ft, v);
        } catch (PyException e) {
            // tracing has been switched off
        } finally {
            f.pc = pc;
        }
    }

    /**
     * Generator g, delegated to by the YIELD_FROM of frame f, returned v: CPython 3.11 with a tracer resumes the
     * delegate through next()/send(), so the StopIteration it raises is reported to f as an 'exception' event
     * (none when next() of a generator returns None: no StopIteration is made then).
     */
    public static void delegateReturned(ThreadState ts, Frame f, PyObject g, PyObject v) {
        FrameTrace ft = f.trace;
        if (ts.tracer == null || ft == null || ft.localTrace == null) {
            return;
        }
        if (v == Py.None && ft.sentNone && g instanceof org.stmj.python.objects.PyGenerator
                && g.type() == Builtins.GENERATOR) {
            return;
        }
        exception(ts, f, Py.stopIteration(v).exc);
    }

    /** f is left by an exception: its 'return' event with None. */
    public static void unwound(ThreadState ts, Frame f) {
        Tracer t = ts.tracer;
        FrameTrace ft = f.trace;
        if (t == null || t.busy || ft == null || !ft.active || ft.generation != generation) {
            return;
        }
        try {
            returnEvent(ts, t, f, ft, Py.None);
        } catch (PyException e) {
            // tracing has been switched off
        }
    }
}
