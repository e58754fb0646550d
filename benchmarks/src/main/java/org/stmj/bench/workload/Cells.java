package org.stmj.bench.workload;

/** {@value #SIZE} shared {@code long} cells, read together: a read set of 16 locations. */
public interface Cells {
    /** The number of cells. */
    int SIZE = 16;

    /**
     * In one atomic step reads all {@value #SIZE} cells (each exactly once) and writes cell {@code target} back
     * incremented by one: 16 reads + 1 write.
     *
     * @param target a cell index in {@code [0, SIZE)}
     * @return the sum of the cells as read, before the write
     */
    long sumAndBump(int target);

    /** In one atomic, read-only step reads all {@value #SIZE} cells (each exactly once); returns their sum. */
    long sum();
}
