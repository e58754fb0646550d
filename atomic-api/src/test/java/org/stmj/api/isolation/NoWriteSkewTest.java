package org.stmj.api.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TRef;
import org.stmj.testing.Workers;

/** Serializability: two transactions that each read both flags and clear their own never both succeed. */
class NoWriteSkewTest {
    @Test
    void whenTwoDoctorsGoOffCallAtOnce_thenOneAlwaysStaysOnCall() throws Exception {
        int rounds = 2000;
        TRef<Boolean> a = new TRef<>(true);
        TRef<Boolean> b = new TRef<>(true);
        AtomicInteger skews = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        CyclicBarrier end = new CyclicBarrier(2, () -> {
            if (!a.get() && !b.get()) {
                skews.incrementAndGet();
            }
            a.set(true);
            b.set(true);
        });
        Workers.run(2, id -> {
            TRef<Boolean> mine = id == 0 ? a : b;
            for (int r = 0; r < rounds; r++) {
                start.await(10, TimeUnit.SECONDS);
                Atomic.run(() -> {
                    if (a.get() && b.get()) {
                        mine.set(false);
                    }
                });
                end.await(10, TimeUnit.SECONDS);
            }
        });
        assertEquals(0, skews.get());
    }
}
