package org.stmj.python.vm;

import org.stmj.python.objects.PyBaseException;

/**
 * What a signal's Python handler raised when the eval breaker ran it at a bytecode boundary ({@link Gil#boundary};
 * in the STM build {@code Signals.atSplit}): the dispatch loop raises {@link #exc} at the instruction about to run.
 * A type of its own, caught only around the boundary, so that nothing else thrown there is taken for it (in the STM
 * build the boundary site also runs the loop's twin, whose exceptions have left their frames already).
 */
public final class SignalRaised extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exception to raise in the interrupted frame. */
    public final transient PyBaseException exc;

    public SignalRaised(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }
}
