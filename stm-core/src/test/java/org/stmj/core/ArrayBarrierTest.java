package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArrayBarrierTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final int[] ints = {1, 2, 3};
    private final long[] longs = {1, 2, 3};
    private final float[] floats = {1, 2, 3};
    private final double[] doubles = {1, 2, 3};
    private final byte[] bytes = {1, 2, 3};
    private final boolean[] bools = {true, false, true};
    private final char[] chars = {'a', 'b', 'c'};
    private final short[] shorts = {1, 2, 3};
    private final Object[] refs = {"a", "b", "c"};

    private void bump(Txn tx, int k) {
        for (int i = 0; i < 3; i++) {
            Barriers.writeIntArray(ints, i, Barriers.readIntArray(ints, i, tx) + k, tx);
            Barriers.writeLongArray(longs, i, Barriers.readLongArray(longs, i, tx) + k, tx);
            Barriers.writeFloatArray(floats, i, Barriers.readFloatArray(floats, i, tx) + k, tx);
            Barriers.writeDoubleArray(doubles, i, Barriers.readDoubleArray(doubles, i, tx) + k, tx);
            Barriers.writeByteArray(bytes, i, (byte) (Barriers.readByteArray(bytes, i, tx) + k), tx);
            Barriers.writeByteArray(bools, i, (byte) (Barriers.readByteArray(bools, i, tx) ^ 1), tx);
            Barriers.writeCharArray(chars, i, (char) (Barriers.readCharArray(chars, i, tx) + k), tx);
            Barriers.writeShortArray(shorts, i, (short) (Barriers.readShortArray(shorts, i, tx) + k), tx);
            Barriers.writeRefArray(refs, i, Barriers.readRefArray(refs, i, tx) + "" + k, tx);
        }
    }

    @Test
    void whenArraysOfEveryTypeAreUpdatedAndCommitted_thenElementsHaveTheNewValues() {
        Stm.atomicRun(() -> bump(Barriers.current(), 10));
        assertArrayEquals(new int[] {11, 12, 13}, ints);
        assertArrayEquals(new long[] {11, 12, 13}, longs);
        assertArrayEquals(new float[] {11, 12, 13}, floats);
        assertArrayEquals(new double[] {11, 12, 13}, doubles);
        assertArrayEquals(new byte[] {11, 12, 13}, bytes);
        assertArrayEquals(new boolean[] {false, true, false}, bools);
        assertArrayEquals(new char[] {'k', 'l', 'm'}, chars);
        assertArrayEquals(new short[] {11, 12, 13}, shorts);
        assertArrayEquals(new Object[] {"a10", "b10", "c10"}, refs);
    }

    @Test
    void whenArraysOfEveryTypeAreUpdatedAndRolledBack_thenElementsAreRestored() {
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            bump(Barriers.current(), 1);
            bump(Barriers.current(), 2);
            throw new Boom();
        }));
        assertArrayEquals(new int[] {1, 2, 3}, ints);
        assertArrayEquals(new long[] {1, 2, 3}, longs);
        assertArrayEquals(new float[] {1, 2, 3}, floats);
        assertArrayEquals(new double[] {1, 2, 3}, doubles);
        assertArrayEquals(new byte[] {1, 2, 3}, bytes);
        assertArrayEquals(new boolean[] {true, false, true}, bools);
        assertArrayEquals(new char[] {'a', 'b', 'c'}, chars);
        assertArrayEquals(new short[] {1, 2, 3}, shorts);
        assertArrayEquals(new Object[] {"a", "b", "c"}, refs);
    }

    @Test
    void whenTheIndexIsOutOfBounds_thenArrayIndexOutOfBoundsAndNothingIsLocked() {
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Stm.atomicRun(
                () -> Barriers.writeIntArray(ints, 3, 0, Barriers.current())));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Stm.atomicRun(
                () -> Barriers.readRefArray(refs, -1, Barriers.current())));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Barriers.readByteArray(bools, 5, null));
        assertEquals(1, Stm.atomicGet(() -> Barriers.readIntArray(ints, 0, Barriers.current())));
    }

    @Test
    void whenTheArrayIsNull_thenNullPointerException() {
        assertThrows(NullPointerException.class, () -> Barriers.readIntArray(null, 0, null));
        assertThrows(NullPointerException.class, () -> Stm.atomicRun(
                () -> Barriers.writeByteArray(null, 0, (byte) 1, Barriers.current())));
    }

    @Test
    void whenAStoreDoesNotFitTheComponentType_thenArrayStoreExceptionAndTheElementIsKept() {
        Object[] strings = new String[] {"s"};
        ArrayStoreException e = assertThrows(ArrayStoreException.class, () -> Stm.atomicRun(
                () -> Barriers.writeRefArray(strings, 0, 42, Barriers.current())));
        assertEquals("java.lang.Integer", e.getMessage());
        assertEquals("s", strings[0]);
    }
}
