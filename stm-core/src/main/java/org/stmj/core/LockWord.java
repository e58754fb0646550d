package org.stmj.core;

/**
 * The metadata word of a transactional location: the {@code long} lock word in a transformed object, or a stripe
 * of {@link LockTable#TABLE}. Every read and construction of such a word goes through these methods, so the
 * encoding lives in one place (see {@code papers/design/engine.md}, "Lock word encoding"):
 *
 * <pre>
 *   ...payload... | tag (2 bits)
 *   tag 00  unlocked            payload = version: the clock value of the commit that last wrote it (0: never)
 *   tag 01  locked              payload = the owner's slot, an index into TxnSlots.SLOTS
 *   tag 10  allocated           payload = the serial of the attempt that allocated the object
 *   tag 11  unused              NO_ALLOC, the descriptor's allocation word between attempts, is 3
 * </pre>
 *
 * Words are never negative (versions, slots and serials stay below 2^61), which {@link Txn#fastMax} relies on.
 */
final class LockWord {
    private LockWord() {
    }

    /** An allocation word no object ever carries (tag 11): a descriptor's allocation word between attempts. */
    static final long NO_ALLOC = 3L;

    /** The word of a location released at clock value {@code version}. */
    static long unlocked(long version) {
        return version << 2;
    }

    /** The word a descriptor in slot {@code slot} stores into what it locks. */
    static long lockedBy(int slot) {
        return ((long) slot << 2) | 1L;
    }

    /** The word of objects allocated by the attempt with serial {@code serial}. */
    static long allocatedBy(long serial) {
        return (serial << 2) | 2L;
    }

    /** Whether the word is held by a transaction (tag 01). */
    static boolean isLocked(long w) {
        return (w & 3) == 1;
    }

    /** The slot of the descriptor holding a locked word. */
    static int owner(long w) {
        return (int) (w >>> 2);
    }

    /**
     * Whether a transaction whose snapshot is {@code rv} must extend its snapshot before using a location with this
     * (not locked) word: it was committed after the snapshot. An allocation word (tag 10) counts as version 0: the
     * only way to reach another attempt's object is through that attempt's committed writes.
     */
    static boolean committedAfter(long w, long rv) {
        return (w & 2) == 0 && (w >>> 2) > rv;
    }

    /** The bound {@link #isReadableWithin} compares with for a snapshot {@code rv}. */
    static long snapshotBound(long rv) {
        return rv << 2;
    }

    /**
     * Whether a read may take the word as it is within the snapshot whose bound is {@code bound}
     * ({@link #snapshotBound}): unlocked with a version at or below the snapshot (tag 00), or an allocation word
     * (tag 10), which counts as version 0 (see {@link #committedAfter}): an object allocated by an attempt that has
     * since committed and that no transaction has written since. Always false for a bound of -1. For a tag-00
     * word this is the one compare {@code w <= bound}; the allocation case is tested only when that fails.
     */
    static boolean isReadableWithin(long w, long bound) {
        return (w & 1) == 0 && (w <= bound || ((w & 2) != 0 && bound >= 0));
    }
}
