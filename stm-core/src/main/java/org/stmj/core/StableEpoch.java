package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

/**
 * The two lock words behind stable fields ({@code stableFields}, papers/design/engine.md "Stable fields"): fields
 * read on nearly every operation and written almost never (a type's version tag, an instance's class).
 *
 * <p>Every transactional write of a stable field of an object its attempt did not allocate first locks both words
 * (the ordinary {@link Txn#acquire}, released with the commit's version or, on abort, a fresh one), then writes
 * the field through the ordinary write barrier. So the {@linkplain #EPOCH epoch word} changes whenever a stable
 * field of a published object changes, and is locked while one may be half-written. A reading attempt logs one
 * ordinary read of the epoch word, its first stable read, and from then on reads a stable field in place and
 * checks that the epoch word still equals the word it logged: no read-log entry, no load of the object's own
 * word. The {@linkplain #READER reader word} is what an attempt that turns inevitable locks instead of the epoch
 * word (which every other reader checks): it keeps stable writers out while the inevitable attempt runs, and
 * disturbs no other reader.
 *
 * <p>The words sit in the middle of their own arrays, each alone on its cache lines: the epoch word is read by
 * every thread and must not share a line with anything that is written.
 */
final class StableEpoch {
    private StableEpoch() {
    }

    /** Holder of the epoch word (a {@code long[]}: the lock table's code handles array holders already). */
    static final long[] EPOCH = new long[32];
    /** Offset of the epoch word in {@link #EPOCH}. */
    static final long EPOCH_OFF = U.arrayBaseOffset(long[].class) + 16L * U.arrayIndexScale(long[].class);
    /** Holder of the reader word. */
    static final long[] READER = new long[32];
    /** Offset of the reader word in {@link #READER}. */
    static final long READER_OFF = EPOCH_OFF;

    /** The epoch word now (a volatile load). */
    static long epoch() {
        return U.getLongVolatile(EPOCH, EPOCH_OFF);
    }
}
