package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StaticBarrierTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static String writeAndRead(Txn tx, int k) {
        Object b = Barriers.staticBase(Cell.class, "staticI");
        Barriers.writeStaticInt(k, b, Barriers.staticOffset(Cell.class, "staticI"), tx);
        Barriers.writeStaticLong(k, b, Barriers.staticOffset(Cell.class, "staticJ"), tx);
        Barriers.writeStaticFloat(k, b, Barriers.staticOffset(Cell.class, "staticF"), tx);
        Barriers.writeStaticDouble(k, b, Barriers.staticOffset(Cell.class, "staticD"), tx);
        Barriers.writeStaticBoolean(k % 2 == 1, b, Barriers.staticOffset(Cell.class, "staticZ"), tx);
        Barriers.writeStaticByte((byte) k, b, Barriers.staticOffset(Cell.class, "staticB"), tx);
        Barriers.writeStaticChar((char) ('a' + k), b, Barriers.staticOffset(Cell.class, "staticC"), tx);
        Barriers.writeStaticShort((short) k, b, Barriers.staticOffset(Cell.class, "staticS"), tx);
        Barriers.writeStaticRef("r" + k, b, Barriers.staticOffset(Cell.class, "staticR"), tx);
        return Barriers.readStaticInt(b, Barriers.staticOffset(Cell.class, "staticI"), tx) + ","
                + Barriers.readStaticLong(b, Barriers.staticOffset(Cell.class, "staticJ"), tx) + ","
                + Barriers.readStaticFloat(b, Barriers.staticOffset(Cell.class, "staticF"), tx) + ","
                + Barriers.readStaticDouble(b, Barriers.staticOffset(Cell.class, "staticD"), tx) + ","
                + Barriers.readStaticBoolean(b, Barriers.staticOffset(Cell.class, "staticZ"), tx) + ","
                + Barriers.readStaticByte(b, Barriers.staticOffset(Cell.class, "staticB"), tx) + ","
                + Barriers.readStaticChar(b, Barriers.staticOffset(Cell.class, "staticC"), tx) + ","
                + Barriers.readStaticShort(b, Barriers.staticOffset(Cell.class, "staticS"), tx) + ","
                + Barriers.readStaticRef(b, Barriers.staticOffset(Cell.class, "staticR"), tx);
    }

    private static String plain() {
        return Cell.staticI + "," + Cell.staticJ + "," + Cell.staticF + "," + Cell.staticD + "," + Cell.staticZ + ","
                + Cell.staticB + "," + Cell.staticC + "," + Cell.staticS + "," + Cell.staticR;
    }

    @Test
    void whenStaticsOfEveryKindAreWrittenAndCommitted_thenTheFieldsHoldTheValues() {
        String seen = Stm.atomicGet(() -> writeAndRead(Barriers.current(), 3));
        assertEquals(plain(), seen);
        assertEquals(3, Cell.staticI);
        assertEquals("r3", Cell.staticR);
    }

    @Test
    void whenStaticsAreWrittenAndRolledBack_thenTheOldValuesAreBack() {
        Stm.atomicRun(() -> writeAndRead(Barriers.current(), 1));
        String before = plain();
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            writeAndRead(Barriers.current(), 6);
            throw new Boom();
        }));
        assertEquals(before, plain());
    }

    @Test
    void whenAStaticBaseIsAskedForAnInstanceField_thenAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Barriers.staticBase(Cell.class, "i"));
        assertEquals("stmj: org.stmj.core.Cell.i is not static", e.getMessage());
    }
}
