package org.stmj.bench.workload;

import static scala.concurrent.stm.japi.STM.atomic;
import static scala.concurrent.stm.japi.STM.newRef;

import scala.concurrent.stm.Ref;

/**
 * ScalaSTM 0.11.1 through its Java API {@code scala.concurrent.stm.japi.STM}: {@code Ref.View<Long>} cells (the
 * Java API has no unboxed refs) and {@code atomic(Runnable)} / {@code atomic(Callable)}. The Java API has no way
 * to declare a transaction read-only, so the read-only workloads use plain {@code atomic} (ScalaSTM detects a
 * read-only transaction at commit by itself).
 */
final class ScalaStmWorkloads implements Workloads {
    @Override
    public String name() {
        return "scalastm";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private final Ref.View<Long> value = newRef(0L);

            @Override
            public void increment() {
                atomic(() -> {
                    value.set(value.get() + 1);
                });
            }

            @Override
            public long get() {
                return atomic(() -> value.get());
            }
        };
    }

    private static Ref.View<Long>[] newCellArray(int n, long initial) {
        @SuppressWarnings("unchecked")
        Ref.View<Long>[] cells = new Ref.View[n];
        for (int i = 0; i < n; i++) {
            cells[i] = newRef(initial);
        }
        return cells;
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final Ref.View<Long>[] cells = newCellArray(SIZE, 0);

            @Override
            public long sumAndBump(int target) {
                return atomic(() -> {
                    long sum = 0;
                    long old = 0;
                    for (int i = 0; i < SIZE; i++) {
                        long v = cells[i].get();
                        sum += v;
                        if (i == target) {
                            old = v;
                        }
                    }
                    cells[target].set(old + 1);
                    return sum;
                });
            }

            @Override
            public long sum() {
                return atomic(() -> {
                    long sum = 0;
                    for (int i = 0; i < SIZE; i++) {
                        sum += cells[i].get();
                    }
                    return sum;
                });
            }
        };
    }

    @Override
    public Bank newBank(int accounts) {
        return new Bank() {
            private final Ref.View<Long>[] balances = newCellArray(accounts, INITIAL_BALANCE);

            @Override
            public boolean transfer(int from, int to, long amount) {
                return atomic(() -> {
                    long fromBalance = balances[from].get();
                    if (fromBalance < amount) {
                        return false;
                    }
                    balances[from].set(fromBalance - amount);
                    balances[to].set(balances[to].get() + amount);
                    return true;
                });
            }

            @Override
            public long total() {
                return atomic(() -> {
                    long sum = 0;
                    for (Ref.View<Long> b : balances) {
                        sum += b.get();
                    }
                    return sum;
                });
            }

            @Override
            public long balance(int account) {
                return atomic(() -> balances[account].get());
            }
        };
    }

    private static final class Node {
        final int key;
        final Ref.View<Node> next;

        Node(int key, Node next) {
            this.key = key;
            this.next = newRef(next);
        }
    }

    @Override
    public IntSet newIntSet() {
        return new IntSet() {
            private final Node head = new Node(Integer.MIN_VALUE, new Node(Integer.MAX_VALUE, null));

            @Override
            public boolean add(int key) {
                return atomic(() -> {
                    Node pred = head;
                    Node curr = pred.next.get();
                    while (curr.key < key) {
                        pred = curr;
                        curr = curr.next.get();
                    }
                    if (curr.key == key) {
                        return false;
                    }
                    pred.next.set(new Node(key, curr));
                    return true;
                });
            }

            @Override
            public boolean remove(int key) {
                return atomic(() -> {
                    Node pred = head;
                    Node curr = pred.next.get();
                    while (curr.key < key) {
                        pred = curr;
                        curr = curr.next.get();
                    }
                    if (curr.key != key) {
                        return false;
                    }
                    pred.next.set(curr.next.get());
                    return true;
                });
            }

            @Override
            public boolean contains(int key) {
                return atomic(() -> {
                    Node curr = head.next.get();
                    while (curr.key < key) {
                        curr = curr.next.get();
                    }
                    return curr.key == key;
                });
            }

            @Override
            public int[] toArray() {
                return atomic(() -> {
                    int n = 0;
                    for (Node c = head.next.get(); c.key != Integer.MAX_VALUE; c = c.next.get()) {
                        n++;
                    }
                    int[] keys = new int[n];
                    int i = 0;
                    for (Node c = head.next.get(); c.key != Integer.MAX_VALUE; c = c.next.get()) {
                        keys[i++] = c.key;
                    }
                    return keys;
                });
            }
        };
    }
}
