package org.stmj.bench.workload;

/**
 * Baseline: each workload instance is guarded by one monitor ({@code synchronized}), the coarse lock a programmer
 * would write instead of a transaction. Fields are plain.
 */
final class SynchronizedWorkloads implements Workloads {
    @Override
    public String name() {
        return "synchronized";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private long value;

            @Override
            public synchronized void increment() {
                value = value + 1;
            }

            @Override
            public synchronized long get() {
                return value;
            }
        };
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final long[] cells = new long[SIZE];

            @Override
            public synchronized long sumAndBump(int target) {
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
            }

            @Override
            public synchronized long sum() {
                long sum = 0;
                for (int i = 0; i < SIZE; i++) {
                    sum += cells[i];
                }
                return sum;
            }
        };
    }

    @Override
    public Bank newBank(int accounts) {
        return new Bank() {
            private final long[] balances = filled(accounts);

            @Override
            public synchronized boolean transfer(int from, int to, long amount) {
                long fromBalance = balances[from];
                if (fromBalance < amount) {
                    return false;
                }
                balances[from] = fromBalance - amount;
                balances[to] = balances[to] + amount;
                return true;
            }

            @Override
            public synchronized long total() {
                long sum = 0;
                for (long b : balances) {
                    sum += b;
                }
                return sum;
            }

            @Override
            public synchronized long balance(int account) {
                return balances[account];
            }
        };
    }

    static long[] filled(int accounts) {
        long[] balances = new long[accounts];
        java.util.Arrays.fill(balances, Bank.INITIAL_BALANCE);
        return balances;
    }

    @Override
    public IntSet newIntSet() {
        return new PlainListSet() {
            @Override
            public synchronized boolean add(int key) {
                return doAdd(key);
            }

            @Override
            public synchronized boolean remove(int key) {
                return doRemove(key);
            }

            @Override
            public synchronized boolean contains(int key) {
                return doContains(key);
            }

            @Override
            public synchronized int[] toArray() {
                return doToArray();
            }
        };
    }
}
