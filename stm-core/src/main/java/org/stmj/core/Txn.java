package org.stmj.core;

/** A transaction. STUB: to be replaced by the real implementation. */
public final class Txn {
    Txn() {
    }

    /** The transaction running on the current thread, or {@code null} when none is. */
    public static Txn current() {
        return null;
    }
}
