package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read shortcut covers the two holders whose words the attempt logged last ({@code Txn.lastHolder} and
 * {@code Txn.prevHolder}): a loop that reads two objects in turn logs each once, a third object pushes the oldest
 * out, a writer that commits to the previous holder after it was logged still makes the reader run again, and the
 * attempt's end forgets both.
 */
class TwoLastHoldersShortcutTest {

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
    void whenAnAttemptReadsTwoObjectsInTurn_thenEachIsLoggedOnce() {
        Cell a = new Cell();
        Cell b = new Cell();
        Stm.atomicRun(() -> {
            a.setI(2);
            b.setI(3);
        });
        int[] seen = new int[2];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            int sum = 0;
            for (int k = 0; k < 10; k++) {
                sum += Barriers.readInt(a, Cell.I, Cell.LOCK, tx) * Barriers.readInt(b, Cell.I, Cell.LOCK, tx);
            }
            seen[0] = sum;
            seen[1] = tx.readSize;
        });
        assertEquals(60, seen[0]);
        assertEquals(2, seen[1]);
    }

    @Test
    void whenAThirdObjectIsReadInTurn_thenTheOldestIsLoggedAgain() {
        Cell a = new Cell();
        Cell b = new Cell();
        Cell c = new Cell();
        int[] size = new int[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int k = 0; k < 3; k++) {
                Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
                Barriers.readInt(b, Cell.I, Cell.LOCK, tx);
                Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            }
            size[0] = tx.readSize;
        });
        assertEquals(9, size[0]);
    }

    @Test
    void whenThePreviousHolderChangesAfterItWasLogged_thenTheAttemptRunsAgainAndNeverMixes() {
        Cell a = new Cell();
        Cell b = new Cell();
        Object[] arr = new Object[] {"x"};
        int[] attempts = new int[1];
        int[] pair = Stm.atomicGet(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            int x = Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            Barriers.readInt(b, Cell.I, Cell.LOCK, tx); // a is now the previous holder
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

    @Test
    void whenAnAttemptEnds_thenBothHoldersAreForgotten() {
        Cell a = new Cell();
        Cell b = new Cell();
        Txn[] tx = new Txn[1];
        Stm.atomicRun(() -> {
            tx[0] = Barriers.current();
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx[0]);
            Barriers.readInt(b, Cell.I, Cell.LOCK, tx[0]);
        });
        assertNull(tx[0].lastHolder);
        assertNull(tx[0].prevHolder);
    }
}
