package org.stmj.bench.workload;

/** One shared counter: the smallest possible update transaction (one read, one write). */
public interface Counter {
    /** Atomically adds one: read the value, write it plus one. */
    void increment();

    /** The current value, read atomically. */
    long get();
}
