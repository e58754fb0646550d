package org.stmj.core;

/**
 * Unwinds a transaction that must restart or block. STUB: the real one is preallocated and stackless.
 */
public final class ControlFlowError extends Error {
    private static final long serialVersionUID = 1L;

    ControlFlowError() {
        super(null, null, false, false);
    }
}
