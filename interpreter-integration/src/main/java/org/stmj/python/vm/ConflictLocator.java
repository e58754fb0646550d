package org.stmj.python.vm;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stmj.api.Atomic;
import org.stmj.api.SourceLocator;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Op;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyFunction;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyMethod;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;

/**
 * Names the engine's conflicts and inevitable transactions in Python terms: the {@code file:line} and function
 * of the bytecode a thread is executing, what that bytecode accesses (a global, an attribute of an object of some
 * type, an item with its key), and one-line remedies for the common patterns (a shared counter, a global rebound
 * in a loop, a list every thread appends to).
 *
 * <p>The engine calls it on slow paths only (an abort, inevitability), on the thread concerned, and for the other
 * side of a conflict on another thread's state, read racily: this class is excluded from the transformation
 * (stm.properties) so that its reads are plain, and every method catches everything, as a diagnostic must never
 * break a transaction. What it reads of the current thread (its frame, {@code pc}, value stack) is the
 * thread's own state, whose in-place values are current even inside a running transaction.
 */
public final class ConflictLocator implements SourceLocator {
    private static final ConflictLocator INSTANCE = new ConflictLocator();
    /** The Python thread state of each Java thread seen running transactions (for the other side). */
    private final Map<Thread, ThreadState> threads = new ConcurrentHashMap<>();

    private ConflictLocator() {
    }

    /** The one instance (the engine holds it once installed). */
    static ConflictLocator instance() {
        return INSTANCE;
    }

    /** Installs the locator in the engine (idempotent; one for all interpreters of the JVM). */
    public static void install() {
        Atomic.setSourceLocator(INSTANCE);
    }

    /** {@code file:line in function} of the bytecode {@code ts} is executing, or null. */
    static String location(ThreadState ts) {
        if (ts == null) {
            return null;
        }
        Frame f = ts.frame;
        if (f == null) {
            return null;
        }
        return location(f, f.pc);
    }

    /** {@code file:line in function} of instruction {@code pc - 1} of frame {@code f} (as {@link Frame#line}). */
    static String location(Frame f, int pc) {
        Code c = f.code;
        int i = Math.max(0, Math.min(pc - 1, c.lines.length - 1));
        return c.filename + ":" + (c.lines.length == 0 ? c.firstLine : c.lines[i]) + " in " + c.name;
    }

    /**
     * Records the calling thread's state. A thread seen for the first time also drops the entries of threads that
     * have died: one pass over the map per new thread (it holds the live threads and those that ended since the last
     * new one), so a program that starts many short threads keeps no dead thread's state, frames and locals alive
     * here (the map outlives interpreters: it is the JVM's one locator). Before, dead threads were swept only past
     * 256 entries.
     */
    private void remember(ThreadState ts) {
        Thread t = Thread.currentThread();
        if (ts != null && threads.get(t) != ts) {
            if (!threads.isEmpty()) {
                threads.keySet().removeIf(x -> !x.isAlive());
            }
            threads.put(t, ts);
        }
    }

    /**
     * Forgets the calling thread: its Python thread has ended ({@code ThreadModule.runThread}) or its program has
     * ({@code Main}). Without it the last threads of a program stayed listed, with their states, until a new thread
     * of some later program ran a transaction.
     */
    public static void threadEnded() {
        try {
            INSTANCE.threads.remove(Thread.currentThread());
        } catch (RuntimeException e) {
            // diagnostic only
        }
    }

    /** The number of threads listed (for tests). */
    int listedThreads() {
        return threads.size();
    }

    @Override
    public String currentSourceLocation() {
        try {
            ThreadState ts = ThreadState.current();
            remember(ts);
            return location(ts);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public String sourceLocationOf(Thread thread) {
        try {
            return location(threads.get(thread));
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public void threadStarted() {
        try {
            remember(ThreadState.current());
        } catch (RuntimeException | LinkageError e) {
            // diagnostic only
        }
    }

    @Override
    public String threadName(Thread thread) {
        ThreadState ts = threads.get(thread);
        return ts != null && ts.name != null ? ts.name : thread.getName();
    }

    @Override
    public String boundaryUnit() {
        return "bytecodes";
    }

    /**
     * What an abort left for its resolution at the loop's restart ({@link #captureAbort}): the frame running at the
     * abort and a copy of its value stack (the rollback restores both the stack and the thread's frame), its
     * stored position as the fallback, replaced by the loop's own when the loop restarts in that frame.
     */
    private static final class Aborted {
        final Frame frame;
        final PyObject[] stack;
        int pc;
        int sp;

        Aborted(Frame frame) {
            this.frame = frame;
            this.stack = frame.stack.clone();
            this.pc = frame.pc;
            this.sp = frame.sp;
        }
    }

    /** The abort of each thread captured and not yet resolved (the state the engine holds, for positionAt). */
    private static final ThreadLocal<Aborted> ABORTED = new ThreadLocal<>();

    /**
     * Defers the abort's location and access to the loop's restart: the transactional loop does not store its
     * position at every bytecode, the restart handler hands it to {@link #positionAt} (stm.properties,
     * {@code loopPosition}). The frame and a copy of its stack are taken now, before the rollback.
     */
    @Override
    public Object captureAbort() {
        try {
            ThreadState ts = ThreadState.current();
            remember(ts);
            if (ts == null || ts.frame == null) {
                ABORTED.remove();
                return null;
            }
            Aborted a = new Aborted(ts.frame);
            ABORTED.set(a);
            return a;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The transactional loop restarts after an abort: {@code where} is its frame, {@code pc} the index of the
     * instruction that was running, {@code sp} its stack pointer then. Kept in the captured abort when it ran in
     * that frame, never written to the frame: the attempt is rolled back, and that frame may be one whose
     * committed position is state (a generator's frame resumed in the attempt, a frame reused for a later call).
     */
    @Override
    public void positionAt(Object where, int pc, int sp) {
        try {
            Aborted a = ABORTED.get();
            if (a != null && a.frame == where) {
                a.pc = pc + 1;
                a.sp = sp;
            }
        } catch (RuntimeException | LinkageError e) {
            // diagnostic only
        }
    }

    @Override
    public String[] resolveAbort(Object state, Object target, String javaLocation, boolean describe) {
        try {
            if (!(state instanceof Aborted)) {
                return null;
            }
            Aborted a = (Aborted) state;
            if (ABORTED.get() == a) {
                ABORTED.remove();
            }
            return new String[] {location(a.frame, a.pc),
                describe ? describe(a.frame, a.pc, a.sp, a.stack, target) : null};
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public String describeAccess(Object target, String javaLocation) {
        try {
            return describe(ThreadState.current(), target);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String typeName(Object o) {
        if (o instanceof PyObject) {
            return ((PyObject) o).type().name;
        }
        return null;
    }

    private static PyObject stackAt(Code c, PyObject[] st, int sp, int fromTop) {
        int i = sp - fromTop;
        return i >= c.varnames.length && i < st.length ? st[i] : null;
    }

    private static String keyText(PyObject k) {
        if (k instanceof PyInt) {
            PyInt i = (PyInt) k;
            return "[" + (i.big != null ? i.big.toString() : Long.toString(i.v)) + "]";
        }
        if (k instanceof PyStr) {
            String s = ((PyStr) k).value();
            return "['" + (s.length() > 30 ? s.substring(0, 27) + "..." : s) + "']";
        }
        String t = typeName(k);
        return t == null ? "" : "[a " + t + " key]";
    }

    private static String calleeName(PyObject callee, PyObject self) {
        String recv = self != null ? typeName(self) : null;
        if (callee instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) callee;
            String owner = b.owner != null ? b.owner : recv;
            return owner != null ? owner + "." + b.name : b.name;
        }
        if (callee instanceof PyFunction) {
            return ((PyFunction) callee).qualname;
        }
        if (callee instanceof PyMethod) {
            return "a method";
        }
        return typeName(callee);
    }

    /** What the bytecode {@code ts} is executing accesses, in Python terms; null when it cannot be told. */
    static String describe(ThreadState ts, Object target) {
        if (ts == null || ts.frame == null) {
            return null;
        }
        Frame f = ts.frame;
        return describe(f, f.pc, f.sp, f.stack, target);
    }

    /**
     * What instruction {@code pc - 1} of {@code f} accesses, with stack pointer {@code sp} over the value stack
     * {@code st} (the frame's, or a copy taken at an abort); null when it cannot be told.
     */
    static String describe(Frame f, int pc, int sp, PyObject[] st, Object target) {
        Code c = f.code;
        int at = pc - 1;
        if (at < 0 || at >= c.code.length) {
            return null;
        }
        int ins = c.code[at];
        if (Op.op(ins) == Op.LOAD_FAST_LOAD_ATTR && at + 1 < c.code.length) {
            ins = c.code[at + 1]; // the pair's shared access is its attribute load (a local is never shared)
        } else if (Op.op(ins) == Op.LOAD_FAST_DUP_LOAD_ATTR && at + 2 < c.code.length) {
            ins = c.code[at + 2];
        } else if (Op.op(ins) == Op.ROT_TWO_STORE_ATTR && at + 1 < c.code.length) {
            ins = c.code[at + 1];
        }
        int op = Op.base(Op.op(ins));
        int arg = Op.arg(ins);
        String of = typeName(target);
        switch (op) {
            case Op.LOAD_GLOBAL:
                return "global '" + c.names[arg] + "' (read)";
            case Op.STORE_GLOBAL:
                return "global '" + c.names[arg] + "' (rebound)";
            case Op.DELETE_GLOBAL:
                return "global '" + c.names[arg] + "' (deleted)";
            case Op.LOAD_NAME:
                return "name '" + c.names[arg] + "' (read)";
            case Op.STORE_NAME:
                return "name '" + c.names[arg] + "' (rebound)";
            case Op.LOAD_DEREF:
            case Op.LOAD_CLASSDEREF:
            case Op.STORE_DEREF: {
                String n = arg < c.cellvars.length ? c.cellvars[arg] : c.freevars[arg - c.cellvars.length];
                return "closure variable '" + n + "'" + (op == Op.STORE_DEREF ? " (rebound)" : " (read)");
            }
            case Op.LOAD_ATTR:
            case Op.LOAD_METHOD:
            case Op.STORE_ATTR:
            case Op.DELETE_ATTR: {
                String owner = typeName(stackAt(c, st, sp, 1));
                if (owner == null) {
                    owner = of;
                }
                String rw = op == Op.STORE_ATTR ? " (written)" : op == Op.DELETE_ATTR ? " (deleted)" : " (read)";
                return "attribute '" + c.names[arg] + "'" + (owner != null ? " of a " + owner + " object" : "") + rw;
            }
            case Op.STORE_SUBSCR:
            case Op.DELETE_SUBSCR: {
                PyObject container = stackAt(c, st, sp, 2);
                String t = typeName(container);
                return "item " + keyText(stackAt(c, st, sp, 1)) + " of a "
                        + (t != null ? t : of != null ? of : "container")
                        + (op == Op.STORE_SUBSCR ? " (written)" : " (deleted)");
            }
            case Op.BINARY_SUBSCR: {
                String t = typeName(stackAt(c, st, sp, 2));
                return "item of a " + (t != null ? t : of != null ? of : "container") + " (read)";
            }
            case Op.CALL_METHOD: {
                PyObject self = stackAt(c, st, sp, arg + 1);
                PyObject meth = stackAt(c, st, sp, arg + 2);
                String n = calleeName(meth, self);
                return n != null ? "call of " + n + "()" : "a method call";
            }
            case Op.CALL: {
                String n = calleeName(stackAt(c, st, sp, arg + 1), null);
                return n != null ? "call of " + n + "()" : "a call";
            }
            case Op.FOR_ITER:
                return "the iterator of a for loop";
            case Op.BINARY:
            case Op.INPLACE:
            case Op.COMPARE:
            case Op.CONTAINS_OP:
                return "an operand" + (of != null ? " (" + of + ")" : "") + " of "
                        + Op.NAMES[op].toLowerCase(Locale.ROOT);
            default:
                return Op.NAMES[op] != null ? Op.NAMES[op].toLowerCase(Locale.ROOT) + (of != null ? " on a " + of : "")
                        : null;
        }
    }

    @Override
    public String hint(String kind, String access, String source, String other) {
        return hintFor(kind, access);
    }

    /** The one-line remedy for a conflict of {@code kind} on {@code access} (see {@link #describe}), or null. */
    public static String hintFor(String kind, String access) {
        if ("inevitability".equals(kind)) {
            return "gave way to an inevitable transaction (I/O, a blocking call, an import): move print/I/O out of "
                    + "the parallel loop, or batch it";
        }
        if (access == null) {
            return null;
        }
        if (access.startsWith("global '") && access.endsWith("(rebound)")) {
            String name = access.substring(8, access.indexOf('\'', 8));
            return "a global rebound in a loop by several threads ('" + name + "'): accumulate in a local variable "
                    + "and publish the result once at the end (or give each thread its own)";
        }
        if (access.startsWith("global '") || access.startsWith("name '")) {
            return "a global read while another thread rebinds a global of the same module (one dict holds them "
                    + "all): do not rebind module globals in a loop while threads run (use locals)";
        }
        if (access.startsWith("closure variable '")) {
            return "a variable shared through a closure (nonlocal) written by several threads: keep a local per "
                    + "thread and combine at the end";
        }
        if (access.startsWith("attribute '") && (access.endsWith("(written)") || access.endsWith("(read)"))) {
            return "a shared counter or field: every thread updates the same attribute; keep a count per thread "
                    + "(a local, threading.local or transaction.local) and add them up at the end";
        }
        if (access.startsWith("call of list.append") || access.startsWith("call of list.extend")
                || access.startsWith("call of list.insert")) {
            return "a list every thread appends to: collect into a list per thread and concatenate at the end";
        }
        if (access.startsWith("item ") && access.contains(" of a dict")) {
            return "a dict every thread writes to: the same key conflicts; give each thread its own dict (or its "
                    + "own keys) and merge at the end";
        }
        if (access.startsWith("item ") && access.contains(" of a list")) {
            return "a list every thread writes to: give each thread its own slice or list and combine at the end";
        }
        if (access.startsWith("call of dict.") || access.startsWith("call of set.")) {
            return "a dict or set every thread updates: give each thread its own and merge at the end";
        }
        return null;
    }

    @Override
    public String explainInevitable(String reason) {
        if (reason == null) {
            return null;
        }
        String prefix = "call into untransformed code: ";
        if (reason.startsWith(prefix)) {
            String site = reason.substring(prefix.length());
            if (site.contains("org.stmj.python.compiler.")) {
                return "import or compile (the compiler runs untransformed): " + shortSite(site);
            }
            if (site.contains("java.io.") || site.contains("java.nio.") || site.contains("PyFile")) {
                return "I/O: " + shortSite(site);
            }
            return "a Java call: " + shortSite(site);
        }
        return null;
    }

    private static String shortSite(String site) {
        return site.replace("org.stmj.python.", "");
    }
}
