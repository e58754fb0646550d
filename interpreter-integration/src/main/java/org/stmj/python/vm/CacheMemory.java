package org.stmj.python.vm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * State of the inline caches that lives outside the STM: the version counter of dicts and types, and the slots of
 * {@code Code.caches}. This class is excluded from the transformer and its methods are on the {@code pure=} list
 * of {@code stm.properties}, so in STM mode a call runs as written inside the transaction: a slot read is a plain
 * array load, a slot write a plain store that is neither logged nor rolled back, and a version drawn by a
 * transaction that then aborts is never drawn again.
 *
 * <p>Why that is correct (the full argument is in papers/design/caches.md): every version a dict or a type ever
 * holds is drawn from {@link #nextVersion}, so it names exactly one key layout of exactly one object, in every
 * transaction and every thread, committed or not. A cache entry records an object, one of its versions and an
 * answer that is a pure function of that object's layout at that version (read by a transaction whose snapshot is
 * consistent). A transaction uses the entry only after reading (transactionally) that the object still has that
 * version, so the answer is right for the state it sees. An entry made by a transaction that aborted names either a
 * committed version (and is right) or a version the abort rolled back, which no object holds again.
 */
public final class CacheMemory {
    private CacheMemory() {
    }

    /** Never repeats, never goes back; starts above 0 so that 0 is "no version". */
    private static final AtomicLong VERSIONS = new AtomicLong();

    /** A version no dict or type has held before. */
    public static long nextVersion() {
        return VERSIONS.incrementAndGet();
    }

    /** Slot i of an inline-cache array ({@code Code.caches}): a plain load. */
    public static Object get(Object[] slots, int i) {
        return slots[i];
    }

    /** Stores an immutable entry in slot i of an inline-cache array: a plain store, not rolled back. */
    public static void put(Object[] slots, int i, Object entry) {
        slots[i] = entry;
    }
}
