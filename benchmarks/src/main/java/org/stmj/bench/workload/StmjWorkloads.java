package org.stmj.bench.workload;

import java.util.concurrent.Callable;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.api.TRef;

/**
 * stmj through its Java API: {@link TLong} cells and {@link TRef} links, {@link Atomic#run} / {@link Atomic#get}
 * for update transactions and {@link Atomic#callReadOnly} for the read-only ones.
 */
final class StmjWorkloads implements Workloads {
    /** {@link Atomic#callReadOnly} for a body that throws no checked exception. */
    private static <T> T readOnly(Callable<T> body) {
        try {
            return Atomic.callReadOnly(body);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
    @Override
    public String name() {
        return "stmj";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private final TLong value = new TLong(0);

            @Override
            public void increment() {
                Atomic.run(() -> {
                    value.set(value.get() + 1);
                });
            }

            @Override
            public long get() {
                return readOnly(() -> value.get());
            }
        };
    }

    private static TLong[] newCellArray(int n, long initial) {
        TLong[] cells = new TLong[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new TLong(initial);
        }
        return cells;
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final TLong[] cells = newCellArray(SIZE, 0);

            @Override
            public long sumAndBump(int target) {
                return Atomic.get(() -> {
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
                return readOnly(() -> {
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
            private final TLong[] balances = newCellArray(accounts, INITIAL_BALANCE);

            @Override
            public boolean transfer(int from, int to, long amount) {
                return Atomic.get(() -> {
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
                return readOnly(() -> {
                    long sum = 0;
                    for (TLong b : balances) {
                        sum += b.get();
                    }
                    return sum;
                });
            }

            @Override
            public long balance(int account) {
                return readOnly(() -> balances[account].get());
            }
        };
    }

    private static final class Node {
        final int key;
        final TRef<Node> next;

        Node(int key, Node next) {
            this.key = key;
            this.next = new TRef<>(next);
        }
    }

    @Override
    public IntSet newIntSet() {
        return new IntSet() {
            private final Node head = new Node(Integer.MIN_VALUE, new Node(Integer.MAX_VALUE, null));

            @Override
            public boolean add(int key) {
                return Atomic.get(() -> {
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
                return Atomic.get(() -> {
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
                return readOnly(() -> {
                    Node curr = head.next.get();
                    while (curr.key < key) {
                        curr = curr.next.get();
                    }
                    return curr.key == key;
                });
            }

            @Override
            public int[] toArray() {
                return readOnly(() -> {
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
