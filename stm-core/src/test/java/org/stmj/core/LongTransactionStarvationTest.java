package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.testing.Workers;

/** Liveness: a long transaction is not starved by short writers; it commits within bounded attempts. */
class LongTransactionStarvationTest {
    @Test
    void whenTwoShortWritersHammerWhatALongTransactionReads_thenItCommitsWithinBoundedAttempts() throws Exception {
        int n = 1000;
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new Cell();
            cells[i].i = 10;
        }
        Cell result = new Cell();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger maxAttempts = new AtomicInteger();
        AtomicInteger badSums = new AtomicInteger();
        int rounds = 5;
        Workers.run(3, id -> {
            if (id == 0) {
                try {
                    for (int r = 0; r < rounds; r++) {
                        AtomicInteger attempts = new AtomicInteger();
                        Stm.atomicRun(() -> {
                            attempts.incrementAndGet();
                            Txn tx = Barriers.current();
                            int sum = 0;
                            for (Cell c : cells) {
                                sum += Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
                            }
                            if (sum != 10 * n) {
                                badSums.incrementAndGet();
                            }
                            Barriers.writeInt(result, sum, Cell.I, Cell.LOCK, tx);
                        });
                        maxAttempts.accumulateAndGet(attempts.get(), Math::max);
                    }
                } finally {
                    done.set(true);
                }
            } else {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (!done.get()) {
                    int a = rnd.nextInt(n);
                    int b = rnd.nextInt(n);
                    Stm.atomicRun(() -> {
                        Txn tx = Barriers.current();
                        Barriers.writeInt(cells[a], Barriers.readInt(cells[a], Cell.I, Cell.LOCK, tx) - 1, Cell.I,
                                Cell.LOCK, tx);
                        Barriers.writeInt(cells[b], Barriers.readInt(cells[b], Cell.I, Cell.LOCK, tx) + 1, Cell.I,
                                Cell.LOCK, tx);
                    });
                }
            }
        });
        assertEquals(0, badSums.get(), "the long transaction never saw a broken sum");
        assertEquals(10 * n, result.i);
        assertTrue(maxAttempts.get() <= Txn.INEVITABLE_AFTER + 1,
                "attempts " + maxAttempts.get() + " exceed the inevitability bound " + (Txn.INEVITABLE_AFTER + 1));
    }
}
