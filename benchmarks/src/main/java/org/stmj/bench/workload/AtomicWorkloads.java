package org.stmj.bench.workload;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Baseline: {@code java.util.concurrent.atomic}, a floor for the cost of the memory accesses themselves. Only the
 * counter is truly atomic ({@link AtomicLong#incrementAndGet}); the cells are 16 volatile reads and one volatile
 * write with no snapshot guarantee, kept only as the raw-access floor. The bank and the set need multi-location
 * atomicity, which this baseline does not have, so it offers neither.
 */
final class AtomicWorkloads implements Workloads {
    @Override
    public String name() {
        return "atomic";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private final AtomicLong value = new AtomicLong();

            @Override
            public void increment() {
                value.incrementAndGet();
            }

            @Override
            public long get() {
                return value.get();
            }
        };
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final AtomicLongArray cells = new AtomicLongArray(SIZE);

            @Override
            public long sumAndBump(int target) {
                long sum = 0;
                long old = 0;
                for (int i = 0; i < SIZE; i++) {
                    long v = cells.get(i);
                    sum += v;
                    if (i == target) {
                        old = v;
                    }
                }
                cells.set(target, old + 1);
                return sum;
            }

            @Override
            public long sum() {
                long sum = 0;
                for (int i = 0; i < SIZE; i++) {
                    sum += cells.get(i);
                }
                return sum;
            }
        };
    }

    @Override
    public Bank newBank(int accounts) {
        throw new UnsupportedOperationException(
                "atomic: a transfer updates two accounts, which needs a lock or an STM");
    }

    @Override
    public IntSet newIntSet() {
        throw new UnsupportedOperationException("atomic: a list update needs a lock or an STM");
    }
}
