package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The barriers' inline read path gives way to the slow path whenever the slow path must decide. */
class FastReadPathTest {

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
    void whenAskedToGiveWay_thenTheNextSharedReadAborts() {
        Cell c = new Cell();
        int[] attempts = new int[1];
        int v = Stm.atomicGet(() -> {
            Txn tx = Barriers.current();
            if (attempts[0]++ == 0) {
                tx.killed = true; // as an inevitable or older transaction would
                assertThrows(ControlFlowError.class, () -> Barriers.readInt(c, Cell.I, Cell.LOCK, tx));
                throw ControlFlowError.INSTANCE;
            }
            return Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
        });
        assertEquals(0, v);
        assertEquals(2, attempts[0]);
    }

    @Test
    void whenALocationIsNewerThanTheSnapshot_thenTheReadExtendsTheSnapshotAndSeesTheNewValue() throws Exception {
        Cell a = new Cell();
        Cell b = new Cell();
        long[] rvs = new long[2];
        int[] attempts = new int[1];
        int sum = Stm.atomic(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            int x = Barriers.readInt(a, Cell.I, Cell.LOCK, tx);
            rvs[0] = tx.rv;
            if (attempts[0] == 1) {
                Thread t = new Thread(() -> Stm.atomicRun(() -> b.setI(5)));
                t.start();
                t.join();
            }
            int y = Barriers.readInt(b, Cell.I, Cell.LOCK, tx);
            rvs[1] = tx.rv;
            return x + y;
        });
        assertEquals(5, sum);
        assertEquals(1, attempts[0]);
        assertTrue(rvs[1] > rvs[0], "the snapshot was extended");
    }

    @Test
    void whenTheAttemptIsInevitable_thenReadsLockInsteadOfLogging() {
        Cell c = new Cell();
        long[] seen = new long[3];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Stm.becomeInevitable(tx);
            Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
            seen[0] = tx.fastMax;
            seen[1] = tx.readSize;
            seen[2] = tx.lockSize;
        });
        assertEquals(-1, seen[0]);
        assertEquals(0, seen[1]);
        assertEquals(1, seen[2]);
    }
}
