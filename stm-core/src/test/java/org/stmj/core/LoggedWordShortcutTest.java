package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inlined read barriers read a location of the holder whose word the attempt logged last in place (no call, no
 * entry), only while that word is unchanged, and never carry the shortcut into another attempt.
 */
class LoggedWordShortcutTest {

    /** These tests look at the read log: run their transactions in logging mode. */
    @BeforeEach
    void logReads() {
        LoggingMode.logReads();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
    }

    @Test
    void whenTheLoggedHoldersWordIsUnchanged_thenFurtherReadsAddNoEntry() {
        Cell a = new Cell();
        Stm.atomicRun(() -> a.setI(3));
        int[] seen = new int[2];
        Object[] holder = new Object[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            int sum = 0;
            for (int k = 0; k < 5; k++) {
                sum += Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            }
            seen[0] = sum;
            seen[1] = tx.readSize;
            holder[0] = tx.lastHolder;
        });
        assertEquals(15, seen[0]);
        assertEquals(1, seen[1]);
        assertSame(a, holder[0]);
    }

    @Test
    void whenAnAttemptEnds_thenTheShortcutIsForgotten() {
        Cell a = new Cell();
        Txn[] tx = new Txn[1];
        Stm.atomicRun(() -> {
            tx[0] = Barriers.current();
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx[0]);
        });
        assertNull(tx[0].lastHolder);
    }

    @Test
    void whenTheHolderChangesAfterItWasLogged_thenTheReadGoesToTheEngineAndTheAttemptRunsAgain() {
        Cell a = new Cell();
        Object[] arr = new Object[] {"x"};
        int[] attempts = new int[1];
        int[] pair = Stm.atomicGet(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            int x = Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            if (attempts[0] == 1) {
                Thread t = new Thread(() -> Stm.atomicRun(() -> {
                    Txn w = Barriers.current();
                    a.setI(1);
                    Barriers.writeRefArrayGuarded(arr, 0, "y", a, Cell.LOCK, w);
                }));
                t.start();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            Object e = Barriers.readRefArrayGuarded(arr, 0, a, Cell.LOCK, tx);
            return new int[] {x, e.equals("y") ? 1 : 0};
        });
        assertEquals(pair[0], pair[1], "i and the element were written together");
        assertEquals(2, attempts[0]);
    }
}
