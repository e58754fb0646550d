package org.stmj.python.vm;

import org.stmj.api.annotation.ThreadConfined;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyObject;

/**
 * The state of one Python thread: its current frame, handled exception, recursion depth and atomic depth.
 *
 * <p>{@code @ThreadConfined}: only its own thread creates and uses it (no other thread's code reaches it). In STM
 * mode a transaction claims it once and then reads and writes {@link #frame}, {@link #depth} and
 * {@link #excInfo} in place; they are rolled back on abort. The fields marked {@code @ThreadConfined} one by one
 * are not rolled back (they follow the Java stack, which an abort does not rewind).
 */
@ThreadConfined
public final class ThreadState {
    public final Interpreter interp;
    /** The frame the loop is executing (the top of this thread's frame chain). */
    public Frame frame;
    /** The exception being handled (sys.exc_info()), or null. */
    public PyBaseException excInfo;
    /** Python call depth, for RecursionError. */
    public int depth;
    /** sys.set_asyncgen_hooks (per thread, as in CPython): called with an async generator at its first iteration. */
    public PyObject asyncgenFirstiter, asyncgenFinalizer;
    /**
     * Nesting depth of {@code with atomic:} blocks. Transactional (not {@code @ThreadConfined}): a restarted
     * transaction re-runs the block's enter, so the depth must roll back with it.
     */
    public int atomicDepth;
    @ThreadConfined
    int gilHolds;
    /**
     * Whether this thread's loop runs transactionally (set by {@link Gil#toStm}, cleared by {@link Gil#toGil}).
     * The loop no longer reads it: the transactional loop's position reaches the conflict reports through its
     * restart handler (stm.properties, {@code loopPosition}; {@link Interp}'s {@code EVERY_POSITION} for the
     * per-bytecode stores). Follows the Java stack's mode, not the transaction, so not rolled back.
     */
    @ThreadConfined
    public boolean transactional;
    /** sys.settrace / sys.setprofile of this thread ({@link Tracing}), or null when it has neither. */
    @ThreadConfined
    public Tracing.Tracer tracer;
    /** Number of dispatch loops active on this Java stack beyond the outermost. */
    @ThreadConfined
    public int nestedLoops;
    /**
     * Objects whose repr is being computed (cycle guard for self-containing containers), in an object of their own
     * so that only transactions that print a container claim it ({@link ReprStack}).
     */
    private final ReprStack reprs = new ReprStack();
    public final long ident;
    /** Whether this thread was started by {@code _thread.start_new_thread} (not the main thread); set once. */
    public boolean spawned;
    public String name;
    public PyObject threadObject;
    /**
     * Run by the thread's runner once its last Python code has run (the thread-state locks of
     * {@code _thread._set_sentinel} chain themselves here, so that a join wakes at the end at once instead of
     * polling the JVM thread). Rolled back with the transaction that set it, like {@link #frame}.
     */
    public Runnable atEnd;
    /**
     * The {@code _thread._local} objects in which this thread has a dict (a {@code PyList}, made at the first),
     * or null: the thread's end removes its dicts from them, as CPython drops a thread's locals with its thread
     * state. Rolled back with the transaction that set it, like {@link #frame}.
     */
    public PyObject locals;
    /**
     * The generators this thread suspended inside a block for the first time since the last flush
     * ({@code objects.Finalizers#deferArm}). Not confined: another thread's {@code gc.collect()} takes it; in
     * {@code Interpreter.guardedLists} from here to the thread's end ({@code ThreadModule.runThread}).
     */
    public final org.stmj.python.objects.GuardedGenerators guarded = new org.stmj.python.objects.GuardedGenerators();

    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public ThreadState(Interpreter interp, long ident, String name) {
        this.interp = interp;
        this.ident = ident;
        this.name = name;
        if (interp != null) {
            interp.guardedLists.add(guarded);
        }
    }

    /** Binds this state to the calling Java thread. */
    public void attach() {
        CURRENT.set(this);
    }

    public static void detach() {
        CURRENT.remove();
    }

    public static ThreadState current() {
        return CURRENT.get();
    }

    /**
     * Enters the repr of a container: false when o is already being printed (a cycle). The depth is counted by
     * {@code Ops.repr} ({@code RecursionGuard}), as CPython's PyObject_Repr counts it, not here.
     */
    public boolean enterRepr(PyObject o) {
        return reprs.enter(o);
    }

    /**
     * Leaves the repr entered by the matching successful {@link #enterRepr} (callers pair them with try/finally).
     * On an abort the finally block does not run; the stack and its count roll back with the transaction.
     */
    public void exitRepr(PyObject o) {
        reprs.exit();
    }
}
