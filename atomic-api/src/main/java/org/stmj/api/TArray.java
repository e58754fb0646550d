package org.stmj.api;

import org.stmj.core.Barriers;
import org.stmj.core.Stm;
import org.stmj.core.Txn;

/**
 * A fixed-length transactional array of references. Each element is a separate transactional location.
 * Inside a transaction its accesses are part of the transaction; outside one, each method runs as its own
 * small transaction. An index out of range throws {@link ArrayIndexOutOfBoundsException}.
 *
 * @param <T> the element type
 */
public final class TArray<T> {
    private final Object[] elements;

    /** An array of {@code length} elements, all {@code null}. */
    public TArray(int length) {
        if (length < 0) {
            throw new NegativeArraySizeException("TArray length " + length);
        }
        this.elements = new Object[length];
    }

    private TArray(Object[] elements) {
        this.elements = elements;
    }

    /** An array holding a copy of {@code values}. */
    @SafeVarargs
    public static <T> TArray<T> of(T... values) {
        return new TArray<>(java.util.Arrays.copyOf(values, values.length, Object[].class));
    }

    /** The number of elements. */
    public int length() {
        return elements.length;
    }

    /** The element at {@code index}. */
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Txn tx = Txn.current();
        if (tx != null) {
            return (T) Barriers.readRefArray(elements, index, tx);
        }
        return Stm.atomicGet(() -> get(index));
    }

    /** Replaces the element at {@code index}. */
    public void set(int index, T value) {
        Txn tx = Txn.current();
        if (tx != null) {
            Barriers.writeRefArray(elements, index, value, tx);
            return;
        }
        Stm.atomicRun(() -> set(index, value));
    }

    @Override
    public String toString() {
        return "TArray[length=" + elements.length + "]";
    }
}
