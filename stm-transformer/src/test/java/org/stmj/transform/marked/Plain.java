package org.stmj.transform.marked;

/** A class with no STM annotation at all. */
public class Plain {
    private int n;

    /** Counts. */
    public int next() {
        return ++n;
    }
}
