package org.stmj.api.opacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TArray;
import org.stmj.api.TLong;
import org.stmj.testing.Workers;

/**
 * Opacity: no attempt, not even one that later aborts, ever sees a state that breaks an invariant every
 * committed transaction keeps (here: the sum of several locations is constant).
 */
class SumInvariantTest {
    private static final int N = 6;
    private static final long TOTAL = 600;

    @Test
    void whenWritersMoveAmountsBetweenTLongs_thenNoReaderAttemptEverSeesAWrongSum() throws Exception {
        TLong[] cells = new TLong[N];
        for (int i = 0; i < N; i++) {
            cells[i] = new TLong(TOTAL / N);
        }
        AtomicLong violations = new AtomicLong();
        AtomicLong transactions = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        int readerTxns = 400_000;
        Workers.run(4, id -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            if (id < 2) {
                for (int k = 0; k < readerTxns; k++) {
                    Atomic.run(() -> {
                        long sum = 0;
                        for (TLong c : cells) {
                            sum += c.get();
                        }
                        if (sum != TOTAL) {
                            violations.incrementAndGet();
                        }
                    });
                }
                stop.set(true);
                transactions.addAndGet(readerTxns);
            } else {
                long n = 0;
                while (!stop.get()) {
                    int a = rnd.nextInt(N);
                    int b = rnd.nextInt(N);
                    long d = rnd.nextInt(5);
                    Atomic.run(() -> {
                        cells[a].add(-d);
                        long partial = 0;
                        for (TLong c : cells) {
                            partial += c.get();
                        }
                        if (partial != TOTAL - d) {
                            violations.incrementAndGet();
                        }
                        cells[b].add(d);
                    });
                    n++;
                }
                transactions.addAndGet(n);
            }
        });
        assertEquals(0, violations.get(), "violations in " + transactions.get() + " transactions");
    }

    @Test
    void whenWritersSwapArrayElements_thenNoReaderAttemptEverSeesAWrongSum() throws Exception {
        TArray<Integer> a = new TArray<>(N);
        Atomic.run(() -> {
            for (int i = 0; i < N; i++) {
                a.set(i, (int) (TOTAL / N));
            }
        });
        AtomicLong violations = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Workers.run(3, id -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            if (id == 0) {
                for (int k = 0; k < 300_000; k++) {
                    Atomic.run(() -> {
                        long sum = 0;
                        for (int i = 0; i < N; i++) {
                            sum += a.get(i);
                        }
                        if (sum != TOTAL) {
                            violations.incrementAndGet();
                        }
                    });
                }
                stop.set(true);
            } else {
                while (!stop.get()) {
                    int x = rnd.nextInt(N);
                    int y = rnd.nextInt(N);
                    Atomic.run(() -> {
                        int vx = a.get(x);
                        a.set(x, vx - 3);
                        a.set(y, a.get(y) + 3);
                    });
                }
            }
        });
        assertEquals(0, violations.get());
    }
}
