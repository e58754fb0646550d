package org.stmj.python.vm;

/**
 * Ends a daemon thread that comes back from a GIL-released call after the interpreter has finished (the main
 * program returned and its non-daemon threads were joined), as CPython stops daemon threads at exit. Not a
 * Python exception: Python code cannot catch it; the thread runner ends the thread silently. Preallocated and
 * stackless.
 */
public final class ThreadExit extends Error {
    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final ThreadExit INSTANCE = new ThreadExit();

    private ThreadExit() {
        super("daemon thread stopped at interpreter exit", null, false, false);
    }
}
