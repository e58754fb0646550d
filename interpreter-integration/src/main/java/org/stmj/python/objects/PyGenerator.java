package org.stmj.python.objects;

import org.stmj.python.compiler.Code;
import org.stmj.python.vm.AsyncOps;
import org.stmj.python.vm.Frame;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.ThreadState;

/**
 * A generator: a suspended heap frame. The dispatch loop resumes it in place for {@code for} loops and
 * {@code yield from}; {@code next()}, {@code send()}, {@code throw()} and {@code close()} from Java resume it in
 * a nested loop.
 */
public final class PyGenerator extends PyObject {
    public final Frame frame;
    /** {@code __name__} and {@code __qualname__}: the function's when created, assignable (strings only). */
    public String name, qualname;
    /**
     * The str objects {@code __name__}/{@code __qualname__} last returned, and the view {@code gi_frame} returns,
     * made on first read: each read returns the same object, as CPython's (a wrapper compares them with is).
     */
    PyStr nameObj, qualnameObj;
    PyObject frameView;
    public boolean running;
    public boolean finished;
    /** An async generator whose first iteration has called the thread's firstiter hook. */
    public boolean asyncgenHooked;
    /**
     * Set when a {@code for} loop's call made this generator ({@code for x in gen(...)}: the call's next instruction
     * is {@code GET_ITER 1}): the loop's value stack holds the only reference to it, so when the loop ends other than
     * by exhaustion ({@code POP_ITER}, or an exception unwinding the stack) it is closed ({@link #closeDropped}), as
     * CPython's reference count closes it at once. Cleared when closed.
     */
    public boolean loopOwned;
    /**
     * Null, or the {@link FinalizerTrigger} that hands this generator to its interpreter once it is unreachable
     * ({@link Finalizers} then closes it, as CPython's reference count closes a dropped generator). Set when its
     * thread's list of deferred generators is flushed ({@link Finalizers#flushGuarded}) and it has not finished;
     * never cleared: the trigger fires at most once.
     */
    private Object trigger;
    /**
     * 0 until the first suspension inside a {@code try} or {@code with} block ({@link #suspendGuarded}, the only
     * suspensions where closing it runs code); then its arming order ({@link FinalizerTrigger#nextSeq}), kept for
     * the trigger it gets when armed later.
     */
    private long armSeq;
    /**
     * Invariant: while this generator is on its thread's list of deferred generators
     * ({@code ThreadState.guardedHead}), the next (older) one there, else null.
     */
    PyGenerator nextGuarded;
    /** The generator's return value once finished by return. */
    public PyObject returnValue;
    /**
     * Invariant: while suspended, the exception its frame is handling (it yielded inside an except block), else
     * null; while running, null. CPython's gi_exc_state: it becomes sys.exc_info() again when the generator resumes.
     */
    public PyBaseException savedExc;
    /** Invariant: while running, the handled exception of whoever resumed it, restored when it yields or ends. */
    public PyBaseException callerExc;

    public PyGenerator(Frame frame, String name) {
        this(frame, name, frame.code.qualname);
    }

    public PyGenerator(Frame frame, String name, String qualname) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        frame.gen = this;
    }

    /**
     * {@code gi_yieldfrom}: the iterator a suspended generator delegates to in a {@code yield from} (or
     * {@code await}), else null. A frame suspended in one is at its YIELD_FROM instruction again with the iterator
     * on top of its stack.
     */
    public PyObject yieldingFrom() {
        Frame f = frame;
        if (running || finished || !f.started || f.pc >= f.code.code.length || f.sp < 1
                || org.stmj.python.compiler.Op.op(f.code.code[f.pc]) != org.stmj.python.compiler.Op.YIELD_FROM) {
            return null;
        }
        return f.stack[f.sp - 1];
    }

    /**
     * The exception a value thrown in gets as its {@code __context__} (CPython's chaining with the exception-state
     * stack): the exception handled where it will be raised, the innermost generator of the {@code yield from}
     * chain that is inside an except block, else the thrower's.
     */
    private PyBaseException throwContext(ThreadState ts) {
        PyBaseException c = null;
        for (PyObject g = this; g instanceof PyGenerator; g = ((PyGenerator) g).yieldingFrom()) {
            if (((PyGenerator) g).savedExc != null) {
                c = ((PyGenerator) g).savedExc;
            }
        }
        return c != null ? c : ts.excInfo;
    }

    private void chainThrown(ThreadState ts, PyBaseException e) {
        if (e.context != null) {
            return;
        }
        PyBaseException c = throwContext(ts);
        PyBaseException slow = c;
        int i = 0;
        for (PyBaseException x = c; x != null; x = x.context, i++) {
            if (x == e) {
                return; // would make a cycle
            }
            if (i > 0 && x == slow) {
                break; // the chain is a cycle already (__context__ is assignable) without e
            }
            if ((i & 1) == 1) {
                slow = slow.context;
            }
        }
        e.context = c;
    }

    /**
     * CPython's gen_send_ex2: a StopIteration leaving generator g's frame (or a StopAsyncIteration leaving an async
     * generator's) becomes the RuntimeError returned, raised from it (its traceback starts at the caller); null for
     * any other exception.
     */
    public static PyBaseException stopIterationEscaped(PyGenerator g, PyBaseException exc) {
        int fl = g.frame.code.flags;
        String msg;
        if (exc.isInstance(Exc.StopIteration)) {
            msg = (fl & Code.COROUTINE) != 0 ? "coroutine raised StopIteration"
                    : (fl & Code.ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                    : "generator raised StopIteration";
        } else if ((fl & Code.ASYNC_GENERATOR) != 0 && exc.isInstance(Exc.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        } else {
            return null;
        }
        PyBaseException re = new PyBaseException(Exc.RuntimeError, Py.str(msg));
        re.cause = exc;
        re.context = exc;
        re.suppressContext = true; // raised in the caller's frame: its traceback starts there, as CPython's
        return re;
    }

    @Override
    public PyType type() {
        int fl = frame.code.flags;
        if ((fl & (Code.COROUTINE | Code.ASYNC_GENERATOR)) == 0) {
            return Builtins.GENERATOR;
        }
        return (fl & Code.COROUTINE) != 0 ? AsyncOps.COROUTINE : AsyncOps.ASYNC_GENERATOR;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<" + type().name + " object " + qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
    }

    @Override
    public PyObject iter(ThreadState ts) {
        if ((frame.code.flags & (Code.COROUTINE | Code.ASYNC_GENERATOR)) != 0) {
            throw Py.typeError("'" + type().name + "' object is not iterable");
        }
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (finished) {
            return null;
        }
        return Interp.resumeNested(ts, this, Py.None, null);
    }

    public PyObject send(ThreadState ts, PyObject v) {
        if (finished) {
            throw Py.stopIteration(null);
        }
        if (!frame.started && v != Py.None) {
            throw Py.typeError("can't send non-None value to a just-started generator");
        }
        PyObject r = Interp.resumeNested(ts, this, v, null);
        if (r == null) {
            throw Py.stopIteration(returnValue);
        }
        return r;
    }

    public PyObject throwIn(ThreadState ts, PyBaseException e) {
        chainThrown(ts, e);
        if (finished || !frame.started) {
            finished = true;
            throw e.raise();
        }
        PyObject r = Interp.resumeNested(ts, this, null, e);
        if (r == null) {
            throw Py.stopIteration(returnValue);
        }
        return r;
    }

    /**
     * Closes {@code o} if it is a loop-owned generator ({@link #loopOwned}) that its loop drops: its
     * {@code finally} blocks and {@code with} exits run now; an exception out of them is reported as CPython reports
     * one from a finaliser ("Exception ignored in: ...") and dropped. Anything else is left alone.
     */
    public static void closeDropped(ThreadState ts, PyObject o) {
        if (!(o instanceof PyGenerator)) {
            return;
        }
        PyGenerator g = (PyGenerator) o;
        if (!g.loopOwned || g.running) {
            return;
        }
        g.loopOwned = false;
        try {
            g.close(ts);
        } catch (PyException e) {
            ts.interp.writeUnraisable(ts, e.exc, g);
        }
    }

    /**
     * Called when this generator suspends inside a block ({@code try}, {@code with}, an {@code except} body) of its
     * frame: the first time, puts it on its thread's list of generators to arm for closing when they become
     * unreachable ({@link Finalizers#deferArm}); it is armed when the list is flushed if it has not finished by then,
     * so a {@code @contextmanager}'s generator, which its {@code __exit__} runs to the end, is never armed. Async
     * generators are left to the event loop's finalizer hook, as in CPython (not armed).
     */
    public void suspendGuarded(ThreadState ts) {
        // a loop-owned generator needs none: its loop closes it when left early (closeDropped)
        if (armSeq == 0 && !loopOwned && (frame.code.flags & Code.ASYNC_GENERATOR) == 0) {
            armSeq = FinalizerTrigger.nextSeq();
            Finalizers.deferArm(ts, this);
        }
    }

    /** At the flush of its thread's deferred list: arms this generator unless it has finished (or is armed). */
    void armIfSuspended(ThreadState ts) {
        if (!finished && trigger == null) {
            trigger = FinalizerTrigger.arm(this, ts.interp, armSeq);
        }
    }

    /**
     * Closes this generator that nothing references any more (from {@link Finalizers}): its {@code finally} blocks
     * and {@code with} exits run; an exception out of them is reported as CPython reports one from a dropped
     * generator and dropped.
     */
    void closeUnreachable(ThreadState ts) {
        if (finished || running || !frame.started) {
            return;
        }
        try {
            close(ts);
        } catch (PyException e) {
            ts.interp.writeUnraisable(ts, e.exc, this);
        }
    }

    public void close(ThreadState ts) {
        if (finished || !frame.started) {
            finished = true;
            return;
        }
        try {
            PyObject r = Interp.resumeNested(ts, this, null, new PyBaseException(Exc.GeneratorExit));
            if (r != null) {
                throw Py.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.exc.isInstance(Exc.GeneratorExit) && !e.exc.isInstance(Exc.StopIteration)) {
                throw e;
            }
        }
        finished = true;
    }
}
