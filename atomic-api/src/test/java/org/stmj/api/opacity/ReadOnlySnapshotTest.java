package org.stmj.api.opacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.api.TRef;
import org.stmj.testing.Workers;

/**
 * Opacity of read-only transactions: they log no reads, yet no attempt of one, committed or not, sees a state
 * that breaks an invariant every committed transaction keeps.
 */
class ReadOnlySnapshotTest {
    private static final int N = 8;
    private static final long TOTAL = 800;

    @Test
    void whenWritersMoveAmountsWhileReadOnlyTransactionsSum_thenEveryAttemptSeesTheInvariant() throws Exception {
        TLong[] cells = new TLong[N];
        for (int i = 0; i < N; i++) {
            cells[i] = new TLong(TOTAL / N);
        }
        AtomicLong violations = new AtomicLong();
        AtomicLong committedSums = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Workers.run(4, id -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            if (id < 2) {
                for (int k = 0; k < 200_000; k++) {
                    long s = Atomic.callReadOnly(() -> {
                        long sum = 0;
                        for (TLong c : cells) {
                            sum += c.get();
                        }
                        if (sum != TOTAL) {
                            violations.incrementAndGet();
                        }
                        return sum;
                    });
                    if (s == TOTAL) {
                        committedSums.incrementAndGet();
                    }
                }
                stop.set(true);
            } else {
                while (!stop.get()) {
                    int a = rnd.nextInt(N);
                    int b = rnd.nextInt(N);
                    long d = 1 + rnd.nextInt(5);
                    Atomic.run(() -> {
                        cells[a].add(-d);
                        cells[b].add(d);
                    });
                }
            }
        });
        assertEquals(0, violations.get());
        assertEquals(400_000, committedSums.get());
    }

    @Test
    void whenReadOnlyHintedTransactionWrites_thenTheWriteCommitsOnce() throws Exception {
        TLong counter = new TLong(0);
        TRef<String> name = new TRef<>("a");
        Workers.run(2, id -> {
            for (int k = 0; k < 1000; k++) {
                Atomic.runReadOnly(() -> {
                    if (counter.get() >= 0) {
                        counter.increment();
                        name.set("b" + id);
                    }
                });
            }
        });
        assertEquals(2000, counter.get());
        assertEquals('b', Atomic.get(name::get).charAt(0));
    }

    @Test
    void whenReadOnlyTransactionReturnsAValue_thenItIsTheCommittedOne() throws Exception {
        TLong x = new TLong(41);
        Atomic.run(() -> x.increment());
        assertEquals(42L, (long) Atomic.callReadOnly(x::get));
    }
}
