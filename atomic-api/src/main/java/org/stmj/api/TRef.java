package org.stmj.api;

import java.util.function.UnaryOperator;
import org.stmj.core.Barriers;
import org.stmj.core.Stm;
import org.stmj.core.Txn;

/**
 * A transactional reference. Inside a transaction its accesses are part of the transaction; outside one, each
 * method runs as its own small transaction. The value may be {@code null}.
 *
 * @param <T> the type of the value
 */
public final class TRef<T> {
    private static final long LOCK = Barriers.fieldOffset(TRef.class, "lock");
    private static final long VALUE = Barriers.fieldOffset(TRef.class, "value");

    /** The lock word the engine keeps for this object (never read or written directly). */
    @SuppressWarnings("unused")
    private long lock;
    private Object value;

    /** A reference holding {@code initial}. */
    public TRef(T initial) {
        this.value = initial;
        Txn tx = Txn.current();
        if (tx != null) {
            Barriers.onNew(this, LOCK, tx);
        }
    }

    /** The current value. */
    @SuppressWarnings("unchecked")
    public T get() {
        Txn tx = Txn.current();
        if (tx != null) {
            return (T) Barriers.readRef(this, VALUE, LOCK, tx);
        }
        return Stm.atomicGet(this::get);
    }

    /** Replaces the value. */
    public void set(T newValue) {
        Txn tx = Txn.current();
        if (tx != null) {
            Barriers.writeRef(this, newValue, VALUE, LOCK, tx);
            return;
        }
        Stm.atomicRun(() -> set(newValue));
    }

    /** Replaces the value and returns the old one, atomically. */
    @SuppressWarnings("unchecked")
    public T getAndSet(T newValue) {
        Txn tx = Txn.current();
        if (tx != null) {
            Object old = Barriers.readRef(this, VALUE, LOCK, tx);
            Barriers.writeRef(this, newValue, VALUE, LOCK, tx);
            return (T) old;
        }
        return Stm.atomicGet(() -> getAndSet(newValue));
    }

    /** Replaces the value by {@code f} applied to it, atomically, and returns the new value. */
    @SuppressWarnings("unchecked")
    public T update(UnaryOperator<T> f) {
        Txn tx = Txn.current();
        if (tx != null) {
            T next = f.apply((T) Barriers.readRef(this, VALUE, LOCK, tx));
            Barriers.writeRef(this, next, VALUE, LOCK, tx);
            return next;
        }
        return Stm.atomicGet(() -> update(f));
    }

    @Override
    public String toString() {
        return "TRef[" + get() + "]";
    }
}
