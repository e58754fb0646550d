package org.stmj.core;

/**
 * The entry points that transformed code calls: one read and one write barrier per JVM kind for instance fields,
 * static fields and array elements, plus allocation hooks and the lookup of the running transaction.
 *
 * <p>This class is the contract between the engine and the transformer; its signatures are laid out so that a
 * transformer can replace one bytecode by one static call, pushing only constants and the transaction after the
 * operands already on the stack:
 * <ul>
 *   <li>{@code GETFIELD} of a transformed class: {@code readK(obj, offset, lockOffset, tx)}, where
 *       {@code lockOffset} is the offset of the {@code long} lock word that the transformer added to the object's
 *       root transformed class, and {@code offset} the field's offset, both from {@link #fieldOffset};</li>
 *   <li>{@code PUTFIELD} of a transformed class: {@code writeK(obj, value, offset, lockOffset, tx)};</li>
 *   <li>fields of classes that are not transformed (no lock word): {@code readKStriped(obj, offset, tx)} and
 *       {@code writeKStriped(obj, value, offset, tx)}, guarded by the striped lock table;</li>
 *   <li>{@code GETSTATIC}: {@code readStaticK(base, offset, tx)}; {@code PUTSTATIC}:
 *       {@code writeStaticK(value, base, offset, tx)}, with {@code base} from {@link #staticBase} and
 *       {@code offset} from {@link #staticOffset}; striped lock table;</li>
 *   <li>{@code xALOAD}: {@code readKArray(array, index, tx)}; {@code xASTORE}:
 *       {@code writeKArray(array, index, value, tx)}; one striped lock per element. {@code BALOAD} and
 *       {@code BASTORE} serve {@code byte[]} and {@code boolean[]} alike, so the byte versions take an
 *       {@code Object} array and accept both.</li>
 * </ul>
 * A {@code null} transaction means "no transaction is running": the barrier then does a plain access. A
 * {@code null} object or array, or an index out of bounds, throws the same exception the bytecode would.
 *
 * <p>Barriers may throw {@link ControlFlowError} (the transaction must restart or block); transformed code must
 * let it propagate.
 */
public final class Barriers {
    private Barriers() {
    }

    /** The transaction running on the current thread, or {@code null} when none is. */
    public static Txn current() {
        return Txn.current();
    }

    /** The offset of the named instance field declared by {@code owner}, for the barriers' {@code offset}. */
    public static long fieldOffset(Class<?> owner, String name) {
        return Engine.fieldOffset(owner, name);
    }

    /** The base object of the named static field declared by {@code owner}, for the static barriers. */
    public static Object staticBase(Class<?> owner, String name) {
        return Engine.staticBase(owner, name);
    }

    /** The offset of the named static field declared by {@code owner}, for the static barriers. */
    public static long staticOffset(Class<?> owner, String name) {
        return Engine.staticOffset(owner, name);
    }

    /**
     * Tells the engine that {@code obj}, whose lock word is at {@code lockOffset}, was just allocated (its
     * constructor has returned) by {@code tx}: until {@code tx} ends it is read and written in place without
     * logging or locking. A {@code null} transaction does nothing.
     */
    public static void onNew(Object obj, long lockOffset, Txn tx) {
        Engine.onNew(obj, lockOffset, tx);
    }

    /** Tells the engine that {@code array} was just allocated by {@code tx}; a {@code null} tx does nothing. */
    public static void onNewArray(Object array, Txn tx) {
        Engine.onNewArray(array, tx);
    }

    // ---- int ----

    /** Reads a int field of a transformed class. */
    public static int readInt(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readInt(obj, offset, lockOffset, tx);
    }

    /** Writes a int field of a transformed class. */
    public static void writeInt(Object obj, int value, long offset, long lockOffset, Txn tx) {
        Engine.writeInt(obj, value, offset, lockOffset, tx);
    }

    /** Reads a int field of a class without a lock word (striped lock table). */
    public static int readIntStriped(Object obj, long offset, Txn tx) {
        return Engine.readIntStriped(obj, offset, tx);
    }

    /** Writes a int field of a class without a lock word (striped lock table). */
    public static void writeIntStriped(Object obj, int value, long offset, Txn tx) {
        Engine.writeIntStriped(obj, value, offset, tx);
    }

    /** Reads a static int field. */
    public static int readStaticInt(Object base, long offset, Txn tx) {
        return Engine.readIntStriped(base, offset, tx);
    }

    /** Writes a static int field. */
    public static void writeStaticInt(int value, Object base, long offset, Txn tx) {
        Engine.writeIntStriped(base, value, offset, tx);
    }

    // ---- long ----

    /** Reads a long field of a transformed class. */
    public static long readLong(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readLong(obj, offset, lockOffset, tx);
    }

    /** Writes a long field of a transformed class. */
    public static void writeLong(Object obj, long value, long offset, long lockOffset, Txn tx) {
        Engine.writeLong(obj, value, offset, lockOffset, tx);
    }

    /** Reads a long field of a class without a lock word (striped lock table). */
    public static long readLongStriped(Object obj, long offset, Txn tx) {
        return Engine.readLongStriped(obj, offset, tx);
    }

    /** Writes a long field of a class without a lock word (striped lock table). */
    public static void writeLongStriped(Object obj, long value, long offset, Txn tx) {
        Engine.writeLongStriped(obj, value, offset, tx);
    }

    /** Reads a static long field. */
    public static long readStaticLong(Object base, long offset, Txn tx) {
        return Engine.readLongStriped(base, offset, tx);
    }

    /** Writes a static long field. */
    public static void writeStaticLong(long value, Object base, long offset, Txn tx) {
        Engine.writeLongStriped(base, value, offset, tx);
    }

    // ---- float ----

    /** Reads a float field of a transformed class. */
    public static float readFloat(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readFloat(obj, offset, lockOffset, tx);
    }

    /** Writes a float field of a transformed class. */
    public static void writeFloat(Object obj, float value, long offset, long lockOffset, Txn tx) {
        Engine.writeFloat(obj, value, offset, lockOffset, tx);
    }

    /** Reads a float field of a class without a lock word (striped lock table). */
    public static float readFloatStriped(Object obj, long offset, Txn tx) {
        return Engine.readFloatStriped(obj, offset, tx);
    }

    /** Writes a float field of a class without a lock word (striped lock table). */
    public static void writeFloatStriped(Object obj, float value, long offset, Txn tx) {
        Engine.writeFloatStriped(obj, value, offset, tx);
    }

    /** Reads a static float field. */
    public static float readStaticFloat(Object base, long offset, Txn tx) {
        return Engine.readFloatStriped(base, offset, tx);
    }

    /** Writes a static float field. */
    public static void writeStaticFloat(float value, Object base, long offset, Txn tx) {
        Engine.writeFloatStriped(base, value, offset, tx);
    }

    // ---- double ----

    /** Reads a double field of a transformed class. */
    public static double readDouble(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readDouble(obj, offset, lockOffset, tx);
    }

    /** Writes a double field of a transformed class. */
    public static void writeDouble(Object obj, double value, long offset, long lockOffset, Txn tx) {
        Engine.writeDouble(obj, value, offset, lockOffset, tx);
    }

    /** Reads a double field of a class without a lock word (striped lock table). */
    public static double readDoubleStriped(Object obj, long offset, Txn tx) {
        return Engine.readDoubleStriped(obj, offset, tx);
    }

    /** Writes a double field of a class without a lock word (striped lock table). */
    public static void writeDoubleStriped(Object obj, double value, long offset, Txn tx) {
        Engine.writeDoubleStriped(obj, value, offset, tx);
    }

    /** Reads a static double field. */
    public static double readStaticDouble(Object base, long offset, Txn tx) {
        return Engine.readDoubleStriped(base, offset, tx);
    }

    /** Writes a static double field. */
    public static void writeStaticDouble(double value, Object base, long offset, Txn tx) {
        Engine.writeDoubleStriped(base, value, offset, tx);
    }

    // ---- boolean ----

    /** Reads a boolean field of a transformed class. */
    public static boolean readBoolean(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readBoolean(obj, offset, lockOffset, tx);
    }

    /** Writes a boolean field of a transformed class. */
    public static void writeBoolean(Object obj, boolean value, long offset, long lockOffset, Txn tx) {
        Engine.writeBoolean(obj, value, offset, lockOffset, tx);
    }

    /** Reads a boolean field of a class without a lock word (striped lock table). */
    public static boolean readBooleanStriped(Object obj, long offset, Txn tx) {
        return Engine.readBooleanStriped(obj, offset, tx);
    }

    /** Writes a boolean field of a class without a lock word (striped lock table). */
    public static void writeBooleanStriped(Object obj, boolean value, long offset, Txn tx) {
        Engine.writeBooleanStriped(obj, value, offset, tx);
    }

    /** Reads a static boolean field. */
    public static boolean readStaticBoolean(Object base, long offset, Txn tx) {
        return Engine.readBooleanStriped(base, offset, tx);
    }

    /** Writes a static boolean field. */
    public static void writeStaticBoolean(boolean value, Object base, long offset, Txn tx) {
        Engine.writeBooleanStriped(base, value, offset, tx);
    }

    // ---- byte ----

    /** Reads a byte field of a transformed class. */
    public static byte readByte(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readByte(obj, offset, lockOffset, tx);
    }

    /** Writes a byte field of a transformed class. */
    public static void writeByte(Object obj, byte value, long offset, long lockOffset, Txn tx) {
        Engine.writeByte(obj, value, offset, lockOffset, tx);
    }

    /** Reads a byte field of a class without a lock word (striped lock table). */
    public static byte readByteStriped(Object obj, long offset, Txn tx) {
        return Engine.readByteStriped(obj, offset, tx);
    }

    /** Writes a byte field of a class without a lock word (striped lock table). */
    public static void writeByteStriped(Object obj, byte value, long offset, Txn tx) {
        Engine.writeByteStriped(obj, value, offset, tx);
    }

    /** Reads a static byte field. */
    public static byte readStaticByte(Object base, long offset, Txn tx) {
        return Engine.readByteStriped(base, offset, tx);
    }

    /** Writes a static byte field. */
    public static void writeStaticByte(byte value, Object base, long offset, Txn tx) {
        Engine.writeByteStriped(base, value, offset, tx);
    }

    // ---- char ----

    /** Reads a char field of a transformed class. */
    public static char readChar(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readChar(obj, offset, lockOffset, tx);
    }

    /** Writes a char field of a transformed class. */
    public static void writeChar(Object obj, char value, long offset, long lockOffset, Txn tx) {
        Engine.writeChar(obj, value, offset, lockOffset, tx);
    }

    /** Reads a char field of a class without a lock word (striped lock table). */
    public static char readCharStriped(Object obj, long offset, Txn tx) {
        return Engine.readCharStriped(obj, offset, tx);
    }

    /** Writes a char field of a class without a lock word (striped lock table). */
    public static void writeCharStriped(Object obj, char value, long offset, Txn tx) {
        Engine.writeCharStriped(obj, value, offset, tx);
    }

    /** Reads a static char field. */
    public static char readStaticChar(Object base, long offset, Txn tx) {
        return Engine.readCharStriped(base, offset, tx);
    }

    /** Writes a static char field. */
    public static void writeStaticChar(char value, Object base, long offset, Txn tx) {
        Engine.writeCharStriped(base, value, offset, tx);
    }

    // ---- short ----

    /** Reads a short field of a transformed class. */
    public static short readShort(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readShort(obj, offset, lockOffset, tx);
    }

    /** Writes a short field of a transformed class. */
    public static void writeShort(Object obj, short value, long offset, long lockOffset, Txn tx) {
        Engine.writeShort(obj, value, offset, lockOffset, tx);
    }

    /** Reads a short field of a class without a lock word (striped lock table). */
    public static short readShortStriped(Object obj, long offset, Txn tx) {
        return Engine.readShortStriped(obj, offset, tx);
    }

    /** Writes a short field of a class without a lock word (striped lock table). */
    public static void writeShortStriped(Object obj, short value, long offset, Txn tx) {
        Engine.writeShortStriped(obj, value, offset, tx);
    }

    /** Reads a static short field. */
    public static short readStaticShort(Object base, long offset, Txn tx) {
        return Engine.readShortStriped(base, offset, tx);
    }

    /** Writes a static short field. */
    public static void writeStaticShort(short value, Object base, long offset, Txn tx) {
        Engine.writeShortStriped(base, value, offset, tx);
    }

    // ---- Object ----

    /** Reads a Object field of a transformed class. */
    public static Object readRef(Object obj, long offset, long lockOffset, Txn tx) {
        return Engine.readRef(obj, offset, lockOffset, tx);
    }

    /** Writes a Object field of a transformed class. */
    public static void writeRef(Object obj, Object value, long offset, long lockOffset, Txn tx) {
        Engine.writeRef(obj, value, offset, lockOffset, tx);
    }

    /** Reads a Object field of a class without a lock word (striped lock table). */
    public static Object readRefStriped(Object obj, long offset, Txn tx) {
        return Engine.readRefStriped(obj, offset, tx);
    }

    /** Writes a Object field of a class without a lock word (striped lock table). */
    public static void writeRefStriped(Object obj, Object value, long offset, Txn tx) {
        Engine.writeRefStriped(obj, value, offset, tx);
    }

    /** Reads a static Object field. */
    public static Object readStaticRef(Object base, long offset, Txn tx) {
        return Engine.readRefStriped(base, offset, tx);
    }

    /** Writes a static Object field. */
    public static void writeStaticRef(Object value, Object base, long offset, Txn tx) {
        Engine.writeRefStriped(base, value, offset, tx);
    }

    /** Reads an element of a int[] array. */
    public static int readIntArray(int[] array, int index, Txn tx) {
        return Engine.readIntArray(array, index, tx);
    }

    /** Writes an element of a int[] array. */
    public static void writeIntArray(int[] array, int index, int value, Txn tx) {
        Engine.writeIntArray(array, index, value, tx);
    }

    /** Reads an element of a long[] array. */
    public static long readLongArray(long[] array, int index, Txn tx) {
        return Engine.readLongArray(array, index, tx);
    }

    /** Writes an element of a long[] array. */
    public static void writeLongArray(long[] array, int index, long value, Txn tx) {
        Engine.writeLongArray(array, index, value, tx);
    }

    /** Reads an element of a float[] array. */
    public static float readFloatArray(float[] array, int index, Txn tx) {
        return Engine.readFloatArray(array, index, tx);
    }

    /** Writes an element of a float[] array. */
    public static void writeFloatArray(float[] array, int index, float value, Txn tx) {
        Engine.writeFloatArray(array, index, value, tx);
    }

    /** Reads an element of a double[] array. */
    public static double readDoubleArray(double[] array, int index, Txn tx) {
        return Engine.readDoubleArray(array, index, tx);
    }

    /** Writes an element of a double[] array. */
    public static void writeDoubleArray(double[] array, int index, double value, Txn tx) {
        Engine.writeDoubleArray(array, index, value, tx);
    }

    /** Reads an element of a Object array ({@code byte[]} or {@code boolean[]}). */
    public static byte readByteArray(Object array, int index, Txn tx) {
        return Engine.readByteArray(array, index, tx);
    }

    /** Writes an element of a Object array ({@code byte[]} or {@code boolean[]}). */
    public static void writeByteArray(Object array, int index, byte value, Txn tx) {
        Engine.writeByteArray(array, index, value, tx);
    }

    /** Reads an element of a char[] array. */
    public static char readCharArray(char[] array, int index, Txn tx) {
        return Engine.readCharArray(array, index, tx);
    }

    /** Writes an element of a char[] array. */
    public static void writeCharArray(char[] array, int index, char value, Txn tx) {
        Engine.writeCharArray(array, index, value, tx);
    }

    /** Reads an element of a short[] array. */
    public static short readShortArray(short[] array, int index, Txn tx) {
        return Engine.readShortArray(array, index, tx);
    }

    /** Writes an element of a short[] array. */
    public static void writeShortArray(short[] array, int index, short value, Txn tx) {
        Engine.writeShortArray(array, index, value, tx);
    }

    /** Reads an element of a Object[] array. */
    public static Object readRefArray(Object[] array, int index, Txn tx) {
        return Engine.readRefArray(array, index, tx);
    }

    /** Writes an element of a Object[] array. */
    public static void writeRefArray(Object[] array, int index, Object value, Txn tx) {
        Engine.writeRefArray(array, index, value, tx);
    }
}
