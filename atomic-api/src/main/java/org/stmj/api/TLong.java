package org.stmj.api;

import org.stmj.core.Barriers;
import org.stmj.core.Stm;
import org.stmj.core.Txn;

/**
 * A transactional {@code long}. Inside a transaction its accesses are part of the transaction; outside one,
 * each method runs as its own small transaction.
 */
public final class TLong {
    private static final long LOCK = Barriers.fieldOffset(TLong.class, "lock");
    private static final long VALUE = Barriers.fieldOffset(TLong.class, "value");

    /** The lock word the engine keeps for this object (never read or written directly). */
    @SuppressWarnings("unused")
    private long lock;
    private long value;

    /** A transactional long holding {@code initial}. */
    public TLong(long initial) {
        this.value = initial;
        Txn tx = Txn.current();
        if (tx != null) {
            Barriers.onNew(this, LOCK, tx);
        }
    }

    /** The current value. */
    public long get() {
        Txn tx = Txn.current();
        if (tx != null) {
            return Barriers.readLong(this, VALUE, LOCK, tx);
        }
        return Stm.atomicGet(this::get);
    }

    /** Replaces the value. */
    public void set(long newValue) {
        Txn tx = Txn.current();
        if (tx != null) {
            Barriers.writeLong(this, newValue, VALUE, LOCK, tx);
            return;
        }
        Stm.atomicRun(() -> set(newValue));
    }

    /** Adds one and returns the new value, atomically. */
    public long increment() {
        return add(1);
    }

    /** Adds {@code delta} and returns the new value, atomically. */
    public long add(long delta) {
        return getAndAdd(delta) + delta;
    }

    /** Adds {@code delta} and returns the old value, atomically. */
    public long getAndAdd(long delta) {
        Txn tx = Txn.current();
        if (tx != null) {
            long old = Barriers.readLong(this, VALUE, LOCK, tx);
            Barriers.writeLong(this, old + delta, VALUE, LOCK, tx);
            return old;
        }
        return Stm.atomicGet(() -> getAndAdd(delta));
    }

    @Override
    public String toString() {
        return "TLong[" + get() + "]";
    }
}
