package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

/**
 * The striped lock table: lock words for array elements, static fields and fields of classes without their own
 * lock word. A location hashes to one stripe; distinct locations may share a stripe (a false conflict, never a
 * missed one). Stripe words use the same encoding as in-object lock words.
 */
final class LockTable {
    private LockTable() {
    }

    static final int BITS = Config.intProperty("stmj.stripeBits", 20, 10, 26);
    static final int MASK = (1 << BITS) - 1;

    /** The stripes. Invariant: each word is unlocked with a version {@code <= CLOCK}, or locked by a live slot. */
    static final long[] TABLE = new long[1 << BITS];

    static final long BASE = U.arrayBaseOffset(long[].class);

    /** Offset in {@link #TABLE} of the stripe guarding element {@code index} of {@code array}. */
    static long arrayStripe(Object array, int index) {
        int h = System.identityHashCode(array) * 0x9E3779B9;
        return BASE + ((long) ((h + index) & MASK) << 3);
    }

    /** Offset in {@link #TABLE} of the stripe guarding the field at {@code offset} of {@code obj}. */
    static long fieldStripe(Object obj, long offset) {
        int h = (System.identityHashCode(obj) * 0x9E3779B9) ^ (int) (offset * 0x85EBCA6BL);
        h ^= h >>> 15;
        return BASE + ((long) (h & MASK) << 3);
    }
}
