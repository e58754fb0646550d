package org.stmj.stress.transformed;

/** A transactional counter as the tests see it; implemented by transformed fixtures. */
public interface Counter {
    /** Atomically adds one to slot {@code i} and returns the value it had before. */
    int increment(int i);

    /** The current value of slot {@code i}, read in a transaction. */
    int get(int i);
}
