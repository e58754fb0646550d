package org.stmj.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Test helper (stm-core test-jar): runs {@code n} threads, joins them and rethrows the first failure. */
public final class Workers {
    private Workers() {
    }

    /** A worker body that gets its index. */
    @FunctionalInterface
    public interface Body {
        /** Runs worker {@code id}. */
        void run(int id) throws Exception;
    }

    /** Runs {@code n} workers to completion. */
    public static void run(int n, Body body) throws Exception {
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
            throw new AssertionError("a worker failed", failure.get());
        }
    }
}
