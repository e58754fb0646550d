package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stable fields: read in place against one logged epoch word, written under the epoch's lock (StableEpoch). */
class StableFieldTest {

    /** These tests look at the read log: run their transactions in logging mode. */
    @BeforeEach
    void logReads() {
        LoggingMode.logReads();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
    }

    private static int readStable(Cell c, Txn tx) {
        return Barriers.readIntStable(c, Cell.I, Cell.LOCK, tx);
    }

    private static void writeStable(Cell c, int v) {
        Barriers.writeIntStable(c, v, Cell.I, Cell.LOCK, Barriers.current());
    }

    @Test
    void whenStableFieldsOfSeveralObjectsAreRead_thenOnlyTheEpochIsLogged() {
        Cell a = new Cell();
        Cell b = new Cell();
        Stm.atomicRun(() -> b.setI(7));
        int[] seen = new int[2];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            int sum = 0;
            for (int k = 0; k < 10; k++) {
                sum += readStable(a, tx) + readStable(b, tx);
            }
            seen[0] = sum;
            seen[1] = tx.readSize;
        });
        assertEquals(70, seen[0]);
        assertEquals(1, seen[1]);
    }

    @Test
    void whenAStableFieldIsWritten_thenTheEpochWordGetsTheCommitVersion() {
        Cell a = new Cell();
        long before = StableEpoch.epoch();
        long[] during = new long[1];
        Stm.atomicRun(() -> {
            writeStable(a, 3);
            during[0] = StableEpoch.epoch();
        });
        long after = StableEpoch.epoch();
        assertTrue(LockWord.isLocked(during[0]), "locked while the writer runs");
        assertFalse(LockWord.isLocked(after));
        assertNotEquals(before, after);
        assertEquals(3, a.i);
    }

    @Test
    void whenTheAttemptAllocatedTheObject_thenAStableWriteLeavesTheEpochAlone() {
        long before = StableEpoch.epoch();
        int[] locks = new int[1];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Cell c = new Cell();
            Barriers.onNew(c, Cell.LOCK, tx);
            writeStable(c, 4);
            locks[0] = tx.lockSize;
            assertEquals(4, readStable(c, tx));
        });
        assertEquals(0, locks[0]);
        assertEquals(before, StableEpoch.epoch());
    }

    @Test
    void whenAnotherTransactionWritesStableFieldsBetweenTwoReads_thenTheReaderNeverSeesAMixture() {
        Cell a = new Cell();
        Cell b = new Cell();
        int[] attempts = new int[1];
        int[] pair = Stm.atomicGet(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            int x = readStable(a, tx);
            if (attempts[0] == 1) {
                runInOtherThread(() -> Stm.atomicRun(() -> {
                    writeStable(a, 1);
                    writeStable(b, 1);
                }));
            }
            int y = readStable(b, tx);
            return new int[] {x, y};
        });
        assertEquals(pair[0], pair[1], "a and b were written together");
        assertEquals(1, pair[1]);
        assertEquals(2, attempts[0], "the first attempt read a before the write and b after it");
    }

    @Test
    void whenAStableWriterCommitsBeforeTheReadersCommit_thenTheReaderRunsAgain() {
        Cell a = new Cell();
        Cell other = new Cell();
        int[] attempts = new int[1];
        Stm.atomicRun(() -> {
            attempts[0]++;
            Txn tx = Barriers.current();
            int x = readStable(a, tx);
            if (attempts[0] == 1) {
                runInOtherThread(() -> Stm.atomicRun(() -> writeStable(a, x + 1)));
            }
            other.setI(x + 1); // an update commit validates its reads: the epoch entry is stale
        });
        assertEquals(2, attempts[0]);
        assertEquals(1, a.i);
        assertEquals(2, other.i);
    }

    @Test
    void whenTheReaderTurnsInevitable_thenStableWritersWaitForItsCommit() throws Exception {
        Cell a = new Cell();
        AtomicBoolean written = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        Thread[] writer = new Thread[1];
        int[] reads = new int[2];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            reads[0] = readStable(a, tx);
            Stm.becomeInevitable(tx);
            writer[0] = new Thread(() -> {
                started.countDown();
                Stm.atomicRun(() -> writeStable(a, 9));
                written.set(true);
            });
            writer[0].start();
            try {
                started.await();
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            reads[1] = readStable(a, tx);
            assertFalse(written.get(), "a stable writer committed under an inevitable reader");
        });
        writer[0].join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(0, reads[0]);
        assertEquals(0, reads[1]);
        assertTrue(written.get());
        assertEquals(9, a.i);
    }

    @Test
    void whenTheAttemptBeganInevitable_thenStableReadsLockTheObject() {
        Cell a = new Cell();
        int[] seen = new int[2];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Stm.becomeInevitable(tx);
            readStable(a, tx);
            seen[0] = tx.lockSize;
            seen[1] = (int) tx.stableSeen;
        });
        assertEquals(1, seen[0]);
        assertEquals(-1, seen[1]);
    }

    private static void runInOtherThread(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
