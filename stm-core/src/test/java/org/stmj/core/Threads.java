package org.stmj.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Starts threads and joins them, rethrowing the first failure. */
final class Threads {
    private Threads() {
    }

    static void run(int n, IntBody body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int id = k;
            Thread t = new Thread(() -> {
                try {
                    body.run(id);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join(60_000);
        }
        if (failure.get() != null) {
            throw new AssertionError("a worker thread failed", failure.get());
        }
    }

    @FunctionalInterface
    interface IntBody {
        void run(int id) throws Exception;
    }
}
