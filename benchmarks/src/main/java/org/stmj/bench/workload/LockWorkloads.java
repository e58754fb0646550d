package org.stmj.bench.workload;

import java.util.concurrent.locks.ReentrantLock;

/** Baseline: each workload instance is guarded by one {@link ReentrantLock} (non-fair). Fields are plain. */
final class LockWorkloads implements Workloads {
    @Override
    public String name() {
        return "lock";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private final ReentrantLock lock = new ReentrantLock();
            private long value;

            @Override
            public void increment() {
                lock.lock();
                try {
                    value = value + 1;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public long get() {
                lock.lock();
                try {
                    return value;
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final ReentrantLock lock = new ReentrantLock();
            private final long[] cells = new long[SIZE];

            @Override
            public long sumAndBump(int target) {
                lock.lock();
                try {
                    long sum = 0;
                    long old = 0;
                    for (int i = 0; i < SIZE; i++) {
                        long v = cells[i];
                        sum += v;
                        if (i == target) {
                            old = v;
                        }
                    }
                    cells[target] = old + 1;
                    return sum;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public long sum() {
                lock.lock();
                try {
                    long sum = 0;
                    for (int i = 0; i < SIZE; i++) {
                        sum += cells[i];
                    }
                    return sum;
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    @Override
    public Bank newBank(int accounts) {
        return new Bank() {
            private final ReentrantLock lock = new ReentrantLock();
            private final long[] balances = SynchronizedWorkloads.filled(accounts);

            @Override
            public boolean transfer(int from, int to, long amount) {
                lock.lock();
                try {
                    long fromBalance = balances[from];
                    if (fromBalance < amount) {
                        return false;
                    }
                    balances[from] = fromBalance - amount;
                    balances[to] = balances[to] + amount;
                    return true;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public long total() {
                lock.lock();
                try {
                    long sum = 0;
                    for (long b : balances) {
                        sum += b;
                    }
                    return sum;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public long balance(int account) {
                lock.lock();
                try {
                    return balances[account];
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    @Override
    public IntSet newIntSet() {
        return new PlainListSet() {
            private final ReentrantLock lock = new ReentrantLock();

            @Override
            public boolean add(int key) {
                lock.lock();
                try {
                    return doAdd(key);
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public boolean remove(int key) {
                lock.lock();
                try {
                    return doRemove(key);
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public boolean contains(int key) {
                lock.lock();
                try {
                    return doContains(key);
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public int[] toArray() {
                lock.lock();
                try {
                    return doToArray();
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}
