package org.stmj.transform.marked;

import org.stmj.api.annotation.Atomic;

/** An {@code @Atomic} method in a class that a configuration may leave out: an error, never a silent plain run. */
public class UnselectedAtomic {
    private long total;

    /** Adds to the total, atomically when transformed. */
    @Atomic
    public void add(long n) {
        total += n;
    }

    /** The total. */
    public long total() {
        return total;
    }
}
