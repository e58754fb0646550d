package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FieldBarrierTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static void writeAll(Cell x, Txn tx, int k) {
        Barriers.writeInt(x, k, Cell.I, Cell.LOCK, tx);
        Barriers.writeLong(x, 1L << 40 | k, Cell.J, Cell.LOCK, tx);
        Barriers.writeFloat(x, k + 0.5f, Cell.F, Cell.LOCK, tx);
        Barriers.writeDouble(x, k + 0.25, Cell.D, Cell.LOCK, tx);
        Barriers.writeBoolean(x, (k & 1) == 1, Cell.Z, Cell.LOCK, tx);
        Barriers.writeByte(x, (byte) -k, Cell.B, Cell.LOCK, tx);
        Barriers.writeChar(x, (char) ('a' + k), Cell.C, Cell.LOCK, tx);
        Barriers.writeShort(x, (short) (-300 - k), Cell.S, Cell.LOCK, tx);
        Barriers.writeRef(x, "v" + k, Cell.R, Cell.LOCK, tx);
    }

    private static String readAll(Cell x, Txn tx) {
        return Barriers.readInt(x, Cell.I, Cell.LOCK, tx) + "," + Barriers.readLong(x, Cell.J, Cell.LOCK, tx) + ","
                + Barriers.readFloat(x, Cell.F, Cell.LOCK, tx) + "," + Barriers.readDouble(x, Cell.D, Cell.LOCK, tx)
                + "," + Barriers.readBoolean(x, Cell.Z, Cell.LOCK, tx) + ","
                + Barriers.readByte(x, Cell.B, Cell.LOCK, tx) + "," + Barriers.readChar(x, Cell.C, Cell.LOCK, tx)
                + "," + Barriers.readShort(x, Cell.S, Cell.LOCK, tx) + "," + Barriers.readRef(x, Cell.R, Cell.LOCK, tx);
    }

    private static String plain(Cell x) {
        return x.i + "," + x.j + "," + x.f + "," + x.d + "," + x.z + "," + x.b + "," + x.c + "," + x.s + "," + x.r;
    }

    @Test
    void whenEveryKindIsWrittenAndCommitted_thenPlainReadsSeeTheValues() {
        Cell x = new Cell();
        Stm.atomicRun(() -> writeAll(x, Barriers.current(), 3));
        Cell expected = new Cell();
        writeAll(expected, null, 3);
        assertEquals(plain(expected), plain(x));
        assertEquals(0L, x.lock & 3, "lock released after commit");
    }

    @Test
    void whenEveryKindIsWrittenInATransaction_thenItsOwnReadsSeeTheNewValues() {
        Cell x = new Cell();
        Cell expected = new Cell();
        writeAll(expected, null, 5);
        String seen = Stm.atomicGet(() -> {
            writeAll(x, Barriers.current(), 5);
            return readAll(x, Barriers.current());
        });
        assertEquals(readAll(expected, null), seen);
    }

    @Test
    void whenATransactionThrows_thenEveryKindIsRestored() {
        Cell x = new Cell();
        Stm.atomicRun(() -> writeAll(x, Barriers.current(), 2));
        String before = plain(x);
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            writeAll(x, Barriers.current(), 7);
            writeAll(x, Barriers.current(), 8);
            throw new Boom();
        }));
        assertEquals(before, plain(x));
    }

    @Test
    void whenNoTransactionRuns_thenBarriersArePlainAccesses() {
        Cell x = new Cell();
        writeAll(x, null, 4);
        assertEquals(4, x.i);
        assertEquals(plain(x), readAll(x, null));
        assertEquals(0L, x.lock);
    }

    @Test
    void whenTheObjectIsNull_thenNullPointerException() {
        assertThrows(NullPointerException.class, () -> Barriers.readInt(null, Cell.I, Cell.LOCK, null));
        assertThrows(NullPointerException.class, () -> Stm.atomicRun(
                () -> Barriers.writeRef(null, "x", Cell.R, Cell.LOCK, Barriers.current())));
        assertThrows(NullPointerException.class, () -> Stm.atomicRun(
                () -> Barriers.readLongStriped(null, Cell.J, Barriers.current())));
    }

    @Test
    void whenAFieldOffsetIsAskedForAMissingField_thenAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Barriers.fieldOffset(Cell.class, "nope"));
        assertEquals("stmj: org.stmj.core.Cell declares no field 'nope'", e.getMessage());
    }

    @Test
    void whenAnUntransformedClassFieldIsWrittenAndRolledBack_thenTheStripedBarrierRestoresIt() {
        StringBuilder holder = new StringBuilder();
        Plain p = new Plain();
        long off = Barriers.fieldOffset(Plain.class, "value");
        long noff = Barriers.fieldOffset(Plain.class, "name");
        Stm.atomicRun(() -> {
            Barriers.writeIntStriped(p, 41, off, Barriers.current());
            Barriers.writeRefStriped(p, "a", noff, Barriers.current());
        });
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            holder.setLength(0);
            Barriers.writeIntStriped(p, Barriers.readIntStriped(p, off, tx) + 1, off, tx);
            Barriers.writeRefStriped(p, "b", noff, tx);
            holder.append(Barriers.readIntStriped(p, off, tx)).append(Barriers.readRefStriped(p, noff, tx));
            throw new Boom();
        }));
        assertEquals("42b", holder.toString());
        assertEquals(41, p.value);
        assertSame("a", p.name);
    }

    /** A class with no lock word (not transformed). */
    static final class Plain {
        int value;
        Object name;
    }
}
