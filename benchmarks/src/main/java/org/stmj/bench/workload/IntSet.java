package org.stmj.bench.workload;

/**
 * A set of {@code int} keys kept as a sorted singly linked list between two sentinels ({@link Integer#MIN_VALUE}
 * and {@link Integer#MAX_VALUE}, so keys must lie strictly between them). Every operation walks the list from the
 * head in one atomic step, so a lookup reads about half the list.
 */
public interface IntSet {
    /** Adds {@code key}; returns whether it was absent. */
    boolean add(int key);

    /** Removes {@code key}; returns whether it was present. */
    boolean remove(int key);

    /** Whether {@code key} is present; a read-only step. */
    boolean contains(int key);

    /** The keys in ascending order, read atomically. */
    int[] toArray();
}
