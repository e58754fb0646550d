package org.stmj.python.vm;

import org.stmj.api.annotation.ConfinedArray;
import org.stmj.api.annotation.ThreadConfined;
import org.stmj.python.objects.PyObject;

/**
 * The objects whose repr one thread is computing (its {@link ThreadState#enterRepr} cycle guard).
 *
 * <p>{@code @ThreadConfined} with a {@code @ConfinedArray}: a transaction that prints a container claims it once
 * (one lock, one snapshot of the array for undo) and then writes the slots in place; an abort rolls the stack and
 * its count back (an abort skips the finally blocks that pop entries). As a transactional array of the thread
 * state, each slot written took a lock of the striped array table, and a deep repr's hundreds of locks met other
 * threads' reads of unrelated arrays whose slots hash to the same stripes (std15/recursion_threads.py).
 */
@ThreadConfined
final class ReprStack {
    /** The largest array an empty stack keeps. */
    private static final int KEEP = 64;

    @ConfinedArray
    private PyObject[] items = new PyObject[8];
    private int n;

    /** Pushes o; false when o is already being printed (a cycle). */
    boolean enter(PyObject o) {
        PyObject[] a = items;
        for (int i = 0; i < n; i++) {
            if (a[i] == o) {
                return false;
            }
        }
        if (n == a.length) {
            a = java.util.Arrays.copyOf(a, n * 2);
            items = a;
        }
        a[n++] = o;
        return true;
    }

    /**
     * Pops the top entry. An emptied stack that a deep repr grew past {@link #KEEP} slots drops back to a small
     * array, so that later transactions' claims do not snapshot the deep one's whole array for undo.
     */
    void exit() {
        if (n > 0) {
            items[--n] = null;
            if (n == 0 && items.length > KEEP) {
                items = new PyObject[8];
            }
        }
    }
}
