package org.stmj.api.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TRef;
import org.stmj.testing.Workers;

/** Liveness: a transaction reading 1000 TRefs and writing one is not starved by two threads of short writers. */
class LongTransactionTest {
    /** The engine's default for -Dstmj.inevitableAfter: after this many aborts the next attempt is inevitable. */
    private static final int INEVITABLE_AFTER = Integer.getInteger("stmj.inevitableAfter", 16);

    @Test
    void whenShortWritersKeepChangingWhatALongTransactionReads_thenItCommitsWithinBoundedAttempts() throws Exception {
        int n = 1000;
        @SuppressWarnings("unchecked")
        TRef<Integer>[] refs = new TRef[n];
        for (int i = 0; i < n; i++) {
            refs[i] = new TRef<>(1);
        }
        TRef<Integer> total = new TRef<>(0);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger worst = new AtomicInteger();
        Workers.run(3, id -> {
            if (id == 0) {
                try {
                    for (int round = 0; round < 5; round++) {
                        AtomicInteger attempts = new AtomicInteger();
                        Atomic.run(() -> {
                            attempts.incrementAndGet();
                            int sum = 0;
                            for (TRef<Integer> r : refs) {
                                sum += r.get();
                            }
                            total.set(sum);
                        });
                        worst.accumulateAndGet(attempts.get(), Math::max);
                    }
                } finally {
                    done.set(true);
                }
            } else {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (!done.get()) {
                    int a = rnd.nextInt(n);
                    int b = rnd.nextInt(n);
                    Atomic.run(() -> {
                        refs[a].set(refs[a].get() - 1);
                        refs[b].set(refs[b].get() + 1);
                    });
                }
            }
        });
        assertEquals(n, total.get(), "the long transaction saw a consistent sum");
        assertTrue(worst.get() <= INEVITABLE_AFTER + 1, "worst attempts " + worst.get());
    }
}
