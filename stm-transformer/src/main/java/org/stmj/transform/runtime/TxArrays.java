package org.stmj.transform.runtime;

import java.lang.reflect.Array;
import java.util.Arrays;
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * Transactional versions of the JDK's array helpers, which transformed code calls instead of the originals.
 * Every element is read and written through the array barriers; a {@code null} transaction runs the JDK method.
 * Exceptions are those of the JDK methods.
 */
public final class TxArrays {
    private TxArrays() {
    }

    /** Reads element {@code i} of any array, boxed. */
    static Object get(Object a, int i, Txn tx) {
        if (a instanceof Object[] o) {
            return Barriers.readRefArray(o, i, tx);
        } else if (a instanceof int[] x) {
            return Barriers.readIntArray(x, i, tx);
        } else if (a instanceof long[] x) {
            return Barriers.readLongArray(x, i, tx);
        } else if (a instanceof double[] x) {
            return Barriers.readDoubleArray(x, i, tx);
        } else if (a instanceof float[] x) {
            return Barriers.readFloatArray(x, i, tx);
        } else if (a instanceof char[] x) {
            return Barriers.readCharArray(x, i, tx);
        } else if (a instanceof short[] x) {
            return Barriers.readShortArray(x, i, tx);
        } else if (a instanceof byte[]) {
            return Barriers.readByteArray(a, i, tx);
        } else if (a instanceof boolean[]) {
            return Barriers.readByteArray(a, i, tx) != 0;
        }
        throw a == null ? new NullPointerException() : new IllegalArgumentException("not an array");
    }

    /** Writes element {@code i} of any array from a boxed value. */
    static void set(Object a, int i, Object v, Txn tx) {
        if (a instanceof Object[] o) {
            if (v != null && !o.getClass().getComponentType().isInstance(v)) {
                throw new ArrayStoreException(v.getClass().getName());
            }
            Barriers.writeRefArray(o, i, v, tx);
        } else if (a instanceof int[] x) {
            Barriers.writeIntArray(x, i, (Integer) v, tx);
        } else if (a instanceof long[] x) {
            Barriers.writeLongArray(x, i, (Long) v, tx);
        } else if (a instanceof double[] x) {
            Barriers.writeDoubleArray(x, i, (Double) v, tx);
        } else if (a instanceof float[] x) {
            Barriers.writeFloatArray(x, i, (Float) v, tx);
        } else if (a instanceof char[] x) {
            Barriers.writeCharArray(x, i, (Character) v, tx);
        } else if (a instanceof short[] x) {
            Barriers.writeShortArray(x, i, (Short) v, tx);
        } else if (a instanceof byte[]) {
            Barriers.writeByteArray(a, i, (Byte) v, tx);
        } else if (a instanceof boolean[]) {
            Barriers.writeByteArray(a, i, (byte) ((Boolean) v ? 1 : 0), tx);
        } else {
            throw a == null ? new NullPointerException() : new IllegalArgumentException("not an array");
        }
    }

    /** A copy of {@code len} elements of {@code a} from {@code from} into a new array of class {@code type}. */
    private static Object snapshot(Object a, int from, int to, Class<?> type, Txn tx) {
        int n = Array.getLength(a);
        if (from < 0 || from > n) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        int end = Math.min(to, n);
        // typed loops for the common kinds: no boxing, no reflection (list and dict growth copy through here)
        if (a instanceof Object[] src && !type.getComponentType().isPrimitive()) {
            Object[] out = (Object[]) Array.newInstance(type.getComponentType(), to - from);
            for (int i = from; i < end; i++) {
                out[i - from] = Barriers.readRefArray(src, i, tx);
            }
            return out;
        } else if (a instanceof int[] src && type == int[].class) {
            int[] out = new int[to - from];
            for (int i = from; i < end; i++) {
                out[i - from] = Barriers.readIntArray(src, i, tx);
            }
            return out;
        } else if (a instanceof long[] src && type == long[].class) {
            long[] out = new long[to - from];
            for (int i = from; i < end; i++) {
                out[i - from] = Barriers.readLongArray(src, i, tx);
            }
            return out;
        }
        Object out = Array.newInstance(type.getComponentType(), to - from);
        for (int i = from; i < end; i++) {
            Array.set(out, i - from, get(a, i, tx));
        }
        return out;
    }

    /** {@code System.arraycopy}. */
    public static void arraycopy(Object src, int srcPos, Object dst, int dstPos, int len, Txn tx) {
        if (tx == null) {
            System.arraycopy(src, srcPos, dst, dstPos, len);
            return;
        }
        checkCopy(src, srcPos, dst, dstPos, len);
        boolean down = src == dst && srcPos < dstPos;
        if (src instanceof Object[] s && dst instanceof Object[] d) {
            // typed: no boxing; the store is the JVM's aastore, with its ArrayStoreException
            for (int k = 0; k < len; k++) {
                int i = down ? len - 1 - k : k;
                Barriers.writeRefArray(d, dstPos + i, Barriers.readRefArray(s, srcPos + i, tx), tx);
            }
            return;
        } else if (src instanceof int[] s && dst instanceof int[] d) {
            for (int k = 0; k < len; k++) {
                int i = down ? len - 1 - k : k;
                Barriers.writeIntArray(d, dstPos + i, Barriers.readIntArray(s, srcPos + i, tx), tx);
            }
            return;
        } else if (src instanceof long[] s && dst instanceof long[] d) {
            for (int k = 0; k < len; k++) {
                int i = down ? len - 1 - k : k;
                Barriers.writeLongArray(d, dstPos + i, Barriers.readLongArray(s, srcPos + i, tx), tx);
            }
            return;
        }
        if (down) {
            for (int i = len - 1; i >= 0; i--) {
                set(dst, dstPos + i, get(src, srcPos + i, tx), tx);
            }
        } else {
            for (int i = 0; i < len; i++) {
                set(dst, dstPos + i, get(src, srcPos + i, tx), tx);
            }
        }
    }

    /**
     * {@code System.arraycopy} from a source the transformer proved needs no read barrier at the call (an
     * {@code @ImmutableArray}, or an {@code @ConfinedArray} whose holder the running attempt owns; see
     * {@code ArrayOrigins}): plain reads; the destination through the write barriers, or the JVM's copy when the
     * attempt allocated the destination ({@link Barriers#ownsArray}), as for the value stack copied into a new
     * argument array.
     */
    public static void arraycopyPlainSource(Object src, int srcPos, Object dst, int dstPos, int len, Txn tx) {
        if (Barriers.ownsArray(dst, tx)) {
            System.arraycopy(src, srcPos, dst, dstPos, len);
            return;
        }
        checkCopy(src, srcPos, dst, dstPos, len);
        boolean down = src == dst && srcPos < dstPos;
        if (src instanceof Object[] s && dst instanceof Object[] d) {
            for (int k = 0; k < len; k++) {
                int i = down ? len - 1 - k : k;
                Barriers.writeRefArray(d, dstPos + i, s[srcPos + i], tx);
            }
            return;
        }
        for (int k = 0; k < len; k++) {
            int i = down ? len - 1 - k : k;
            set(dst, dstPos + i, Array.get(src, srcPos + i), tx);
        }
    }

    /**
     * {@code System.arraycopy} into a destination the transformer proved the running attempt owns (an
     * {@code @ConfinedArray} whose holder it claimed, which snapshotted the elements, or allocated): plain stores;
     * the source through the read barriers.
     */
    public static void arraycopyPlainDestination(Object src, int srcPos, Object dst, int dstPos, int len, Txn tx) {
        if (tx == null || Barriers.ownsArray(src, tx)) {
            System.arraycopy(src, srcPos, dst, dstPos, len);
            return;
        }
        checkCopy(src, srcPos, dst, dstPos, len);
        boolean down = src == dst && srcPos < dstPos;
        if (src instanceof Object[] s && dst instanceof Object[] d) {
            for (int k = 0; k < len; k++) {
                int i = down ? len - 1 - k : k;
                d[dstPos + i] = Barriers.readRefArray(s, srcPos + i, tx); // the JVM's aastore and its check
            }
            return;
        }
        for (int k = 0; k < len; k++) {
            int i = down ? len - 1 - k : k;
            Array.set(dst, dstPos + i, get(src, srcPos + i, tx));
        }
    }

    /** The checks of {@code System.arraycopy} that must come before any element is copied, with its exceptions. */
    private static void checkCopy(Object src, int srcPos, Object dst, int dstPos, int len) {
        if (src == null || dst == null) {
            throw new NullPointerException();
        }
        Class<?> sc = src.getClass().getComponentType();
        Class<?> dc = dst.getClass().getComponentType();
        if (sc == null || dc == null || sc.isPrimitive() != dc.isPrimitive() || (sc.isPrimitive() && sc != dc)) {
            throw new ArrayStoreException("arraycopy: type mismatch");
        }
        if (srcPos < 0 || dstPos < 0 || len < 0 || srcPos > Array.getLength(src) - len
                || dstPos > Array.getLength(dst) - len) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (srcPos + len)
                    + " out of bounds");
        }
    }

    // ---- guarded arrays (guardedArrays): the transformer passes each guarded side's holder and lock word ----
    //
    // A guarded array's elements are guarded by its holder's lock word, never by stripes (Barriers'
    // readRefArrayGuarded / writeRefArrayGuarded). These versions of the helpers read and write a guarded side's
    // elements through exactly those barriers, in the JDK method's order, so a call is equivalent to the element
    // loop it stands for written out in the calling twin with the same holder local: the transformer's refusals
    // (holder a local not assigned since the field read, no boundary in the method) are the same as for an
    // element access. A side with a null holder is not guarded and goes through the striped barriers. The helpers
    // keep no reference to a guarded array; a copy they return is a new array (announced as the attempt's own),
    // reachable only through what the caller does with it, and guarded only once stored into a guarded field.

    /** {@code System.arraycopy} where the source, the destination or both are guarded arrays (holder non-null). */
    public static void arraycopyGuarded(Object src, int srcPos, Object dst, int dstPos, int len, Object srcHolder,
                                        long srcLock, Object dstHolder, long dstLock, Txn tx) {
        if (tx == null) {
            System.arraycopy(src, srcPos, dst, dstPos, len);
            return;
        }
        checkCopy(src, srcPos, dst, dstPos, len);
        Object[] s = (Object[]) src; // a guarded side is a reference array (transformer), so both are
        Object[] d = (Object[]) dst;
        boolean down = src == dst && srcPos < dstPos;
        for (int k = 0; k < len; k++) {
            int i = down ? len - 1 - k : k;
            Object v = srcHolder != null ? Barriers.readRefArrayGuarded(s, srcPos + i, srcHolder, srcLock, tx)
                    : Barriers.readRefArray(s, srcPos + i, tx);
            if (dstHolder != null) {
                Barriers.writeRefArrayGuarded(d, dstPos + i, v, dstHolder, dstLock, tx);
            } else {
                Barriers.writeRefArray(d, dstPos + i, v, tx);
            }
        }
    }

    /** {@code Arrays.copyOf(a, len)} of a guarded array. */
    public static Object copyOfGuarded(Object a, int len, Object holder, long lock, Txn tx) {
        return copyOfGuarded(a, len, a.getClass(), holder, lock, tx);
    }

    /** {@code Arrays.copyOf(a, len, newType)} of a guarded array. */
    public static Object copyOfGuarded(Object a, int len, Class<?> type, Object holder, long lock, Txn tx) {
        if (len < 0) {
            throw new NegativeArraySizeException(Integer.toString(len));
        }
        return copyOfRangeGuarded(a, 0, len, type, holder, lock, tx);
    }

    /** {@code Arrays.copyOfRange(a, from, to)} of a guarded array. */
    public static Object copyOfRangeGuarded(Object a, int from, int to, Object holder, long lock, Txn tx) {
        return copyOfRangeGuarded(a, from, to, a.getClass(), holder, lock, tx);
    }

    /** {@code Arrays.copyOfRange(a, from, to, newType)} of a guarded array. */
    public static Object copyOfRangeGuarded(Object a, int from, int to, Class<?> type, Object holder, long lock,
                                            Txn tx) {
        Object[] src = (Object[]) a;
        int n = src.length;
        if (from < 0 || from > n) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        Object[] out = (Object[]) Array.newInstance(type.getComponentType(), to - from);
        int end = Math.min(to, n);
        if (tx == null) {
            System.arraycopy(src, from, out, 0, end - from);
            return out;
        }
        for (int i = from; i < end; i++) {
            out[i - from] = Barriers.readRefArrayGuarded(src, i, holder, lock, tx); // aastore: ArrayStoreException
        }
        Barriers.onNewArray(out, tx);
        return out;
    }

    /** {@code a.clone()} of a guarded array. */
    public static Object cloneGuarded(Object a, Object holder, long lock, Txn tx) {
        Object[] src = (Object[]) a;
        return copyOfRangeGuarded(a, 0, src.length, src.getClass(), holder, lock, tx);
    }

    /** {@code array.clone()} for any array. */
    public static Object cloneArray(Object a, Txn tx) {
        if (tx == null) {
            return cloneArray(a);
        }
        Object out = snapshot(a, 0, Array.getLength(a), a.getClass(), tx);
        Barriers.onNewArray(out, tx);
        return out;
    }

    private static Object cloneArray(Object a) {
        int n = Array.getLength(a);
        Object out = Array.newInstance(a.getClass().getComponentType(), n);
        System.arraycopy(a, 0, out, 0, n);
        return out;
    }

    /** {@code Arrays.copyOf(a, len)} for any array type. */
    public static Object copyOf(Object a, int len, Txn tx) {
        return copyOf(a, len, a.getClass(), tx);
    }

    /** {@code Arrays.copyOf(a, len, newType)}. */
    public static Object copyOf(Object a, int len, Class<?> type, Txn tx) {
        if (len < 0) {
            throw new NegativeArraySizeException(Integer.toString(len));
        }
        if (tx == null) {
            Object out = Array.newInstance(type.getComponentType(), len);
            System.arraycopy(a, 0, out, 0, Math.min(len, Array.getLength(a)));
            return out;
        }
        Object out = snapshot(a, 0, len, type, tx);
        Barriers.onNewArray(out, tx);
        return out;
    }

    /** {@code Arrays.copyOfRange(a, from, to)} for any array type. */
    public static Object copyOfRange(Object a, int from, int to, Txn tx) {
        return copyOfRange(a, from, to, a.getClass(), tx);
    }

    /** {@code Arrays.copyOfRange(a, from, to, newType)}. */
    public static Object copyOfRange(Object a, int from, int to, Class<?> type, Txn tx) {
        Object out = snapshot(a, from, to, type, tx == null ? null : tx);
        if (tx != null) {
            Barriers.onNewArray(out, tx);
        }
        return out;
    }

    /** {@code Arrays.fill(a, v)} with {@code v} boxed. */
    public static void fill(Object a, Object v, Txn tx) {
        fill(a, 0, Array.getLength(a), v, tx);
    }

    /** {@code Arrays.fill(a, from, to, v)} with {@code v} boxed. */
    public static void fill(Object a, int from, int to, Object v, Txn tx) {
        int n = Array.getLength(a);
        if (from > to) {
            throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
        }
        if (from < 0 || to > n) {
            throw new ArrayIndexOutOfBoundsException(from < 0 ? from : to);
        }
        for (int i = from; i < to; i++) {
            if (tx == null) {
                Array.set(a, i, v);
            } else {
                set(a, i, v, tx);
            }
        }
    }

    /** {@code Arrays.equals(a, b)} for primitive arrays. */
    public static boolean equals(Object a, Object b, Txn tx) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        int n = Array.getLength(a);
        if (Array.getLength(b) != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!get(a, i, tx).equals(get(b, i, tx))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Arrays.hashCode(a)} for primitive arrays. */
    public static int hashCode(Object a, Txn tx) {
        if (a == null) {
            return 0;
        }
        if (tx == null) {
            return Arrays.deepHashCode(new Object[] {a}) - 31;
        }
        int h = 1;
        int n = Array.getLength(a);
        for (int i = 0; i < n; i++) {
            h = 31 * h + get(a, i, tx).hashCode();
        }
        return h;
    }
}
