package org.stmj.api.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.api.TRef;

class NoLostUpdateTest {
    private static void runThreads(int n, Runnable r) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(r);
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }

    @Test
    void whenFourThreadsIncrementOneCounter_thenNoIncrementIsLost() throws Exception {
        TLong c = new TLong(0);
        int per = 20_000;
        runThreads(4, () -> {
            for (int i = 0; i < per; i++) {
                Atomic.run(c::increment);
            }
        });
        assertEquals(4L * per, c.get());
    }

    @Test
    void whenThreadsMoveAmountsBetweenRefs_thenTotalIsKept() throws Exception {
        int n = 8;
        List<TRef<Integer>> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(new TRef<>(100));
        }
        runThreads(3, () -> {
            java.util.Random r = new java.util.Random();
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
}
