package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * Bodies of built-in functions and methods for a fixed number of positional arguments, called without an argument
 * array ({@link PyBuiltin#call1} and its siblings, reached from the dispatch loop's CALL and CALL_METHOD). A method
 * descriptor's self is the first argument, as in {@link PyBuiltin.Native}'s array.
 *
 * <p>Contract: a built-in that has a body for n arguments accepts every call with n positional arguments and no
 * keyword arguments (its arity check passes), and that body computes what the array body computes for the same
 * arguments. {@link #of} derives the array body from the fixed ones, so a method defined only by fixed bodies has
 * one implementation; a built-in with a general array body (keywords, a variable count) may add a fixed body for
 * its common count beside it.
 */
public final class FixedArity {
    private FixedArity() {
    }

    /** A body for one positional argument (a method's self alone). */
    @FunctionalInterface
    public interface Body1 {
        PyObject call(ThreadState ts, PyObject a0);
    }

    /** A body for two positional arguments. */
    @FunctionalInterface
    public interface Body2 {
        PyObject call(ThreadState ts, PyObject a0, PyObject a1);
    }

    /** A body for three positional arguments. */
    @FunctionalInterface
    public interface Body3 {
        PyObject call(ThreadState ts, PyObject a0, PyObject a1, PyObject a2);
    }

    /**
     * The array body made of the fixed bodies (some null): it picks the one for the array's length. Only called
     * after the built-in's arity check, so the length is one that has a body.
     */
    static PyBuiltin.Native of(Body1 b1, Body2 b2, Body3 b3) {
        return (ts, a, kw) -> {
            switch (a.length) {
                case 1: return b1.call(ts, a[0]);
                case 2: return b2.call(ts, a[0], a[1]);
                default: return b3.call(ts, a[0], a[1], a[2]);
            }
        };
    }
}
