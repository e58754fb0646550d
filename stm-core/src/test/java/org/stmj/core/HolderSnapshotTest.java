package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A holder of guarded arrays ({@link HolderSnapshot}: what the transformer generates for a dict, a set, a list) is
 * undo-logged as one snapshot entry per attempt, or per {@code orElse} alternative, and then written in place: the
 * rule (shared29) is that a holder's fields are written without an entry only while its snapshot entry lies at or
 * above the undo floor and the snapshot cache has not been emptied (savepoint, {@code undoTo}, end of the attempt);
 * so rollback of the attempt, or of one alternative down to its savepoint, gives every field back the value it had
 * there.
 */
class HolderSnapshotTest {
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Emulates a transformed holder: its own lock word, fields of several kinds, and the generated methods. */
    static final class Holder implements HolderSnapshot {
        static final long LOCK = Barriers.fieldOffset(Holder.class, "lock");
        static final long USED = Barriers.fieldOffset(Holder.class, "used");
        static final long VERSION = Barriers.fieldOffset(Holder.class, "version");
        static final long ITEMS = Barriers.fieldOffset(Holder.class, "items");
        static final long FLAG = Barriers.fieldOffset(Holder.class, "flag");

        long lock;
        int used;
        long version;
        Object[] items = new Object[4];
        boolean flag;
        int snapshots;

        @Override
        public Object $stm$snapshot() {
            snapshots++;
            Holder s = (Holder) ConfinedBarriers.blank(Holder.class);
            s.used = used;
            s.version = version;
            s.items = items;
            s.flag = flag;
            return s;
        }

        @Override
        public void $stm$restore(Object copy) {
            Holder s = (Holder) copy;
            used = s.used;
            version = s.version;
            items = s.items;
            flag = s.flag;
        }

        void write(Txn tx, int u, long v, Object[] a, boolean f) {
            Barriers.writeInt(this, u, USED, LOCK, tx);
            Barriers.writeLong(this, v, VERSION, LOCK, tx);
            Barriers.writeRef(this, a, ITEMS, LOCK, tx);
            Barriers.writeBoolean(this, f, FLAG, LOCK, tx);
        }
    }

    @Test
    void whenAnAttemptWritesAHoldersFieldsManyTimes_thenOneEntryAndRollbackRestoresEveryField() {
        Holder h = new Holder();
        h.used = 3;
        h.version = 7;
        Object[] items = h.items;
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 50; k++) {
                h.write(tx, k, 100 + k, new Object[k + 1], (k & 1) == 0);
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(1, entries[0]);
        assertEquals(1, h.snapshots);
        assertEquals(3, h.used);
        assertEquals(7, h.version);
        assertSame(items, h.items);
        assertEquals(false, h.flag);
    }

    @Test
    void whenAnAttemptCommits_thenTheInPlaceValuesStayAndTheLockWordGetsANewVersion() {
        Holder h = new Holder();
        long before = h.lock;
        Stm.atomicRun(() -> h.write(Barriers.current(), 5, 6, null, true));
        assertEquals(5, h.used);
        assertEquals(6, h.version);
        assertNull(h.items);
        assertTrue(h.flag);
        assertTrue(LockWord.committedAfter(h.lock, before >>> 2), "the commit gave the holder a new version");
    }

    /** More holders than the cache has slots, written in turn: the undo filter finds each one's snapshot. */
    @Test
    void whenMoreHoldersThanCacheSlotsAreWrittenInTurn_thenOneEntryEachAndRollbackRestoresThemAll() {
        Holder[] hs = new Holder[7];
        for (int i = 0; i < hs.length; i++) {
            hs[i] = new Holder();
            hs[i].used = i;
        }
        int[] entries = new int[1];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 20; k++) {
                for (Holder h : hs) {
                    h.write(tx, 1000 + k, k, null, true);
                }
            }
            entries[0] = tx.undoSize;
            throw new Boom();
        }));
        assertEquals(hs.length, entries[0]);
        for (int i = 0; i < hs.length; i++) {
            assertEquals(i, hs[i].used);
            assertEquals(1, hs[i].snapshots);
            assertEquals(0, hs[i].version);
        }
    }

    /**
     * The savepoint rule: a holder snapshotted before an {@code orElse} and written again in the first alternative,
     * which retries, has the values it had at the savepoint when the second alternative runs (the alternative took
     * its own snapshot above the floor); the second alternative's writes commit.
     */
    @Test
    void whenAnOrElseAlternativeWritesAHolderSnapshottedBeforeIt_thenItsRetryRestoresTheSavepointValues()
            throws Exception {
        Holder h = new Holder();
        Holder other = new Holder();
        int[] seen = Stm.atomic(() -> {
            Txn tx = Barriers.current();
            h.write(tx, 1, 1, null, false);
            return Stm.orElse(() -> {
                h.write(tx, 2, 2, null, true);
                other.write(tx, 9, 9, null, true);
                h.write(tx, 3, 3, null, true);
                Stm.retry();
                return null;
            }, () -> {
                int[] r = {h.used, (int) h.version, other.used};
                h.write(tx, 4, 4, null, false);
                return r;
            });
        });
        assertEquals(1, seen[0]);
        assertEquals(1, seen[1]);
        assertEquals(0, seen[2]);
        assertEquals(4, h.used);
        assertEquals(0, other.used);
    }

    /** Nested alternatives, then the whole attempt rolls back: every holder gets its pre-attempt values. */
    @Test
    void whenNestedAlternativesWriteHoldersAndTheAttemptFails_thenEveryHolderGetsItsOriginalValues() {
        Holder a = new Holder();
        Holder b = new Holder();
        a.used = 10;
        b.used = 20;
        assertThrows(Boom.class, () -> Stm.atomic(() -> {
            Txn tx = Barriers.current();
            a.write(tx, 11, 1, null, true);
            Stm.orElse(() -> {
                b.write(tx, 21, 1, null, true);
                return Stm.orElse(() -> {
                    a.write(tx, 12, 2, null, true);
                    Stm.retry();
                    return null;
                }, () -> {
                    assertEquals(11, a.used);
                    a.write(tx, 13, 3, null, true);
                    b.write(tx, 22, 3, null, true);
                    return null;
                });
            }, () -> null);
            assertEquals(13, a.used);
            assertEquals(22, b.used);
            throw new Boom();
        }));
        assertEquals(10, a.used);
        assertEquals(20, b.used);
        assertEquals(0, a.version);
        assertEquals(false, b.flag);
    }

    /** A holder written, then an ordinary object and arrays logged above it: rollback is exact for all of them. */
    @Test
    void whenHolderSnapshotsInterleaveWithFieldAndRunEntries_thenRollbackRestoresEverything() {
        Holder h = new Holder();
        Cell c = new Cell();
        c.i = 4;
        Object[] items = h.items;
        long[] hashes = new long[8];
        assertThrows(Boom.class, () -> Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 8; k++) {
                Barriers.writeRefArrayGuarded(items, k & 3, "v" + k, h, Holder.LOCK, tx);
                Barriers.writeLongArrayGuarded(hashes, k, k + 1, h, Holder.LOCK, tx);
                h.write(tx, k, k, items, true);
                Barriers.writeInt(c, k, Cell.I, Cell.LOCK, tx);
            }
            throw new Boom();
        }));
        assertEquals(0, h.used);
        assertEquals(4, c.i);
        assertEquals(new Object[4].length, items.length);
        for (Object o : items) {
            assertNull(o);
        }
        for (long x : hashes) {
            assertEquals(0, x);
        }
    }
}
