package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Isolation and no lost update: the fixtures, loaded transformed, driven by 2 to 4 threads through their
 * {@code @Atomic} methods. Run with {@code -Dstmj.chaos=0.2} as well (the surefire configuration passes it on).
 */
class FixturesConcurrencyTest {
    static final ClassLoader LOADER = new TransformingClassLoader(FixturesConcurrencyTest.class.getClassLoader(),
            Config.packages("org.stmj.transform.fixtures"), false,
            "org.stmj.transform.fixtures.");

    static Class<?> fixture(String name) throws Exception {
        return Class.forName("org.stmj.transform.fixtures." + name, true, LOADER);
    }

    interface Body {
        void run(int thread, int i) throws Exception;
    }

    static void threads(int n, int iterations, Body body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int id = t;
            ts.add(new Thread(() -> {
                try {
                    for (int i = 0; i < iterations; i++) {
                        body.run(id, i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        ts.forEach(Thread::start);
        for (Thread t : ts) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void whenFourThreadsTransfer_thenTotalIsKeptAndNoTransferIsLost() throws Exception {
        Class<?> bank = fixture("Bank");
        Object b = bank.getConstructor(int.class, long.class).newInstance(8, 1000L);
        Method transfer = bank.getMethod("transfer", int.class, int.class, long.class);
        Method total = bank.getMethod("total");
        threads(4, 2000, (t, i) -> {
            transfer.invoke(b, (t + i) % 8, (t * 3 + i * 5 + 1) % 8, (long) (i % 7));
            if (i % 50 == 0) {
                assertEquals(8000L, total.invoke(b));
            }
        });
        assertEquals(8000L, total.invoke(b));
        assertEquals(8000L, bank.getMethod("transfers").invoke(b));
    }

    @Test
    void whenThreadsAddAndRemoveInList_thenListStaysSortedAndCounted() throws Exception {
        Class<?> list = fixture("IntList");
        Object l = list.getConstructor().newInstance();
        Method add = list.getMethod("add", int.class);
        Method remove = list.getMethod("remove", int.class);
        Method ok = list.getMethod("sortedAndCounted");
        threads(3, 1500, (t, i) -> {
            int v = (i * 7 + t * 13) % 64;
            if ((i + t) % 3 == 0) {
                remove.invoke(l, v);
            } else {
                add.invoke(l, v);
            }
            if (i % 100 == 0) {
                assertTrue((Boolean) ok.invoke(l));
            }
        });
        assertTrue((Boolean) ok.invoke(l));
    }

    @Test
    void whenThreadsAddToMap_thenEveryDeltaIsCountedAcrossGrowth() throws Exception {
        Class<?> map = fixture("IntMap");
        Object m = map.getConstructor().newInstance();
        Method add = map.getMethod("add", int.class, long.class);
        threads(4, 1000, (t, i) -> add.invoke(m, i % 200, 1L));
        assertEquals(4000L, map.getMethod("sum").invoke(m));
        assertEquals(200, map.getMethod("size").invoke(m));
        for (int k = 0; k < 200; k++) {
            assertEquals(20L, map.getMethod("get", int.class).invoke(m, k));
        }
    }

    @Test
    void whenThreadsInsertIntoTree_thenSizeMatchesNodes() throws Exception {
        Class<?> tree = fixture("Tree");
        Object tr = tree.getConstructor().newInstance();
        Method insert = tree.getMethod("insert", Comparable.class);
        threads(3, 500, (t, i) -> insert.invoke(tr, "k" + ((i * 31 + t * 17) % 700)));
        assertTrue((Boolean) tree.getMethod("consistent").invoke(tr));
    }
}
