package org.stmj.core;

/** Emulates a class the transformer rewrote: a {@code long} lock word plus fields of every JVM kind. */
final class Cell {
    static final long LOCK = Barriers.fieldOffset(Cell.class, "lock");
    static final long I = Barriers.fieldOffset(Cell.class, "i");
    static final long J = Barriers.fieldOffset(Cell.class, "j");
    static final long F = Barriers.fieldOffset(Cell.class, "f");
    static final long D = Barriers.fieldOffset(Cell.class, "d");
    static final long Z = Barriers.fieldOffset(Cell.class, "z");
    static final long B = Barriers.fieldOffset(Cell.class, "b");
    static final long C = Barriers.fieldOffset(Cell.class, "c");
    static final long S = Barriers.fieldOffset(Cell.class, "s");
    static final long R = Barriers.fieldOffset(Cell.class, "r");

    long lock;
    int i;
    long j;
    float f;
    double d;
    boolean z;
    byte b;
    char c;
    short s;
    Object r;

    static int staticI;
    static long staticJ;
    static float staticF;
    static double staticD;
    static boolean staticZ;
    static byte staticB;
    static char staticC;
    static short staticS;
    static Object staticR;

    /** Reads {@code i} through the barrier of the running transaction. */
    int getI() {
        return Barriers.readInt(this, I, LOCK, Barriers.current());
    }

    /** Writes {@code i} through the barrier of the running transaction. */
    void setI(int v) {
        Barriers.writeInt(this, v, I, LOCK, Barriers.current());
    }
}
