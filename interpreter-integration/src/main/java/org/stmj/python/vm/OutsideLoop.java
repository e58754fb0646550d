package org.stmj.python.vm;

import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyObject;

/**
 * Runs interpreter work that begins outside every dispatch loop but touches Python objects other threads can
 * reach: a thread's closing flush of {@code sys.stdout}, the report of an exception that ended a thread or the
 * program, the interpreter's shutdown. The work becomes the one call of a one-line Python program, so it runs
 * from a dispatch loop like any builtin a Python program calls.
 *
 * <p>Why: in STM and auto modes only code reached from a dispatch loop runs in transactions (the contract of
 * {@code @BytecodeBoundary}); plain Java code outside every loop reads and writes shared objects with no
 * barrier and no phase lock. It would see another thread's uncommitted in-place writes (the line that a running
 * transaction put in stdout's buffer, written out by the flush and then again after that transaction aborts and
 * runs once more) and its own writes would escape conflict detection. From a loop the same Java code runs as a
 * transaction in STM mode, under the phase lock in auto mode and under the GIL in GIL mode: no mode-specific
 * path here. Only the thread's own new objects (its {@link ThreadState}, the program's globals before any
 * thread starts) may still be touched outside a loop.
 */
public final class OutsideLoop {
    /** {@code _r = _f()}: compiled once; a code object is never written after compilation but for its caches. */
    private static volatile Code trampoline;

    private OutsideLoop() {
    }

    /** The shared trampoline's inline caches let go of the interpreter that filled them (Library.releaseCaches). */
    public static void releaseCaches() {
        Code c = trampoline;
        if (c != null) {
            InlineCache.clear(c);
        }
    }

    /**
     * Calls {@code work} from a dispatch loop on the calling thread (which must not be inside one) and returns
     * its result; a Python exception it raises propagates as from any call.
     */
    public static PyObject call(ThreadState ts, PyBuiltin.Native work) {
        return run(ts, new PyBuiltin("<interpreter>", work));
    }

    /**
     * Calls the Python callable {@code f} with no arguments from a dispatch loop on the calling thread (which must
     * not be inside one) and returns its result. The call is the trampoline's own {@code CALL}, so a Python
     * function's frame runs in that outermost loop: its bytecode boundaries end transactions in STM mode as a
     * thread's own code does. Work that may wait for another thread (joins, exit handlers) must be called this
     * way, never through {@code Ops.call} from inside a builtin, whose nested loop would make the whole call one
     * transaction that the other thread's writes could never reach.
     */
    public static PyObject run(ThreadState ts, PyObject f) {
        Code c = trampoline;
        if (c == null) {
            c = Compiler.compile("_r = _f()\n", "<interpreter>", false);
            trampoline = c;
        }
        PyDict g = new PyDict();
        g.putStr("_f", f);
        Interp.runFrame(ts, new Frame(c, g, null, ts.interp.builtins, null));
        return g.getStr("_r");
    }
}
