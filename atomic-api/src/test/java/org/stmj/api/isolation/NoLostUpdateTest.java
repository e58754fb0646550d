package org.stmj.api.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TArray;
import org.stmj.api.TLong;
import org.stmj.api.TRef;
import org.stmj.testing.Workers;

class NoLostUpdateTest {
    @Test
    void whenFourThreadsIncrementOneCounter_thenNoIncrementIsLost() throws Exception {
        TLong c = new TLong(0);
        int per = 20_000;
        Workers.run(4, id -> {
            for (int i = 0; i < per; i++) {
                Atomic.run(c::increment);
            }
        });
        assertEquals(4L * per, c.get());
    }

    @Test
    void whenTwoThreadsIncrementOutsideTransactions_thenEachCallIsItsOwnTransaction() throws Exception {
        TLong c = new TLong(0);
        TRef<Integer> r = new TRef<>(0);
        Workers.run(2, id -> {
            for (int i = 0; i < 10_000; i++) {
                c.increment();
                r.update(x -> x + 1);
            }
        });
        assertEquals(20_000, c.get());
        assertEquals(20_000, r.get());
    }

    @Test
    void whenThreadsMoveAmountsBetweenRefs_thenTotalIsKept() throws Exception {
        int n = 8;
        List<TRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(new TRef<>(100));
        }
        Workers.run(3, id -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (int i = 0; i < 20_000; i++) {
                int a = r.nextInt(n);
                int b = r.nextInt(n);
                Atomic.run(() -> {
                    refs.get(a).set(refs.get(a).get() - 1);
                    refs.get(b).set(refs.get(b).get() + 1);
                });
            }
        });
        int total = Atomic.get(() -> refs.stream().mapToInt(TRef::get).sum());
        assertEquals(100 * n, total);
    }

    @Test
    void whenThreadsIncrementArrayElements_thenNoIncrementIsLost() throws Exception {
        TArray<Integer> a = new TArray<>(4);
        Atomic.run(() -> {
            for (int i = 0; i < a.length(); i++) {
                a.set(i, 0);
            }
        });
        Workers.run(3, id -> {
            for (int i = 0; i < 10_000; i++) {
                int k = i % 4;
                Atomic.run(() -> a.set(k, a.get(k) + 1));
            }
        });
        assertEquals(30_000, Atomic.get(() -> a.get(0) + a.get(1) + a.get(2) + a.get(3)));
    }
}
