package org.stmj.stress.transformed;

/** Two fields kept equal by every transaction; implemented by a transformed fixture. */
public interface Pair {
    /** Atomically adds one to both fields. */
    void bump();

    /** The first field minus the second, read in one transaction. */
    int diff();

    /** The first field, read in a transaction. */
    int x();
}
