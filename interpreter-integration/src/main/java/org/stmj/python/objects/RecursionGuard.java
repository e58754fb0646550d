package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * The recursion count of Java-level recursion (CPython's {@code Py_EnterRecursiveCall}): comparison, repr and str
 * of containers recurse on the Java stack, not through frames, so each level counts one against
 * {@code sys.getrecursionlimit()} here. The count is {@link ThreadState#depth}, the one Python frames use, as in
 * CPython 3.11 where C calls and Python calls share {@code recursion_remaining}: a recursion that alternates between
 * Python code and containers is caught at the same limit.
 *
 * <p>Under STM {@code depth} is a transactional field of the thread's claimed {@code ThreadState}: an abort rolls it
 * back to its value at the boundary the transaction began at, which is exactly the count of the Java frames still on
 * the stack after the unwind (the finally blocks of the unwound frames do not run on an abort, and need not). Callers
 * pair {@link #enter} with {@link #leave} in try/finally, the way the loop pairs a frame push with its pop.
 */
public final class RecursionGuard {
    private RecursionGuard() {
    }

    /** Where the Java recursion was: the text CPython appends to "maximum recursion depth exceeded". */
    public static final String COMPARISON = " in comparison";
    public static final String REPR = " while getting the repr of an object";
    public static final String STR = " while getting the str of an object";
    /** A builtin's call that CPython counts (its C function's vectorcall, or CALL's BUILTIN_O path). */
    public static final String CALL = " while calling a Python object";

    /** One level deeper, or RecursionError when the thread is at the recursion limit. */
    public static void enter(ThreadState ts, String where) {
        int d = ts.depth;
        if (d >= ts.interp.recursionLimit) {
            throw tooDeep(where);
        }
        ts.depth = d + 1;
    }

    /** Leaves the level of the matching {@link #enter}. */
    public static void leave(ThreadState ts) {
        ts.depth--;
    }

    private static PyException tooDeep(String where) {
        return Py.raise(Exc.RecursionError, "maximum recursion depth exceeded" + where);
    }
}
