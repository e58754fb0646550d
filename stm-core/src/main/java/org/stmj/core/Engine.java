package org.stmj.core;

/** The engine behind {@link Barriers}. STUB: to be replaced by the real implementation. */
final class Engine {
    private Engine() {
    }

    static long fieldOffset(Class<?> owner, String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void onNew(Object obj, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void onNewArray(Object array, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static boolean readBoolean(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static boolean readBooleanStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static byte readByte(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static byte readByteArray(Object array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static byte readByteStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static char readChar(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static char readCharArray(char[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static char readCharStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static double readDouble(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static double readDoubleArray(double[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static double readDoubleStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static float readFloat(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static float readFloatArray(float[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static float readFloatStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static int readInt(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static int readIntArray(int[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static int readIntStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static long readLong(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static long readLongArray(long[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static long readLongStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static Object readRef(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static Object readRefArray(Object[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static Object readRefStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static short readShort(Object obj, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static short readShortArray(short[] array, int index, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static short readShortStriped(Object obj, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static Object staticBase(Class<?> owner, String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static long staticOffset(Class<?> owner, String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeBoolean(Object obj, boolean value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeBooleanStriped(Object obj, boolean value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeByte(Object obj, byte value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeByteArray(Object array, int index, byte value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeByteStriped(Object obj, byte value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeChar(Object obj, char value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeCharArray(char[] array, int index, char value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeCharStriped(Object obj, char value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeDouble(Object obj, double value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeDoubleArray(double[] array, int index, double value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeDoubleStriped(Object obj, double value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeFloat(Object obj, float value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeFloatArray(float[] array, int index, float value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeFloatStriped(Object obj, float value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeInt(Object obj, int value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeIntArray(int[] array, int index, int value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeIntStriped(Object obj, int value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeLong(Object obj, long value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeLongArray(long[] array, int index, long value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeLongStriped(Object obj, long value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeRef(Object obj, Object value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeRefArray(Object[] array, int index, Object value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeRefStriped(Object obj, Object value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeShort(Object obj, short value, long offset, long lockOffset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeShortArray(short[] array, int index, short value, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    static void writeShortStriped(Object obj, short value, long offset, Txn tx) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
