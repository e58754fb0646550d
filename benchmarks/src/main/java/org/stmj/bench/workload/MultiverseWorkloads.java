package org.stmj.bench.workload;

import static org.multiverse.api.StmUtils.atomic;
import static org.multiverse.api.StmUtils.newTxnLong;
import static org.multiverse.api.StmUtils.newTxnRef;

import org.multiverse.api.GlobalStmInstance;
import org.multiverse.api.TxnExecutor;
import org.multiverse.api.callables.TxnCallable;
import org.multiverse.api.references.TxnLong;
import org.multiverse.api.references.TxnRef;

/**
 * Multiverse 0.7.0 (its GammaStm through {@code StmUtils}): {@code TxnLong} cells, {@code atomic(Runnable)} and
 * {@code atomic(Callable)} for update transactions, and an executor built with {@code setReadonly(true)} for the
 * read-only ones (Multiverse's way of saying "read-only", as {@code Atomic.callReadOnly} is stmj's).
 */
final class MultiverseWorkloads implements Workloads {
    private static final TxnExecutor READ_ONLY =
            GlobalStmInstance.getGlobalStmInstance().newTxnFactoryBuilder().setReadonly(true).newTxnExecutor();

    @Override
    public String name() {
        return "multiverse";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private final TxnLong value = newTxnLong(0);

            @Override
            public void increment() {
                atomic(() -> {
                    value.set(value.get() + 1);
                });
            }

            @Override
            public long get() {
                return READ_ONLY.execute((TxnCallable<Long>) tx -> value.get());
            }
        };
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final TxnLong[] cells = newCellArray(SIZE, 0);

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
                return READ_ONLY.execute((TxnCallable<Long>) tx -> {
                    long sum = 0;
                    for (int i = 0; i < SIZE; i++) {
                        sum += cells[i].get();
                    }
                    return sum;
                });
            }
        };
    }

    private static TxnLong[] newCellArray(int n, long initial) {
        TxnLong[] cells = new TxnLong[n];
        for (int i = 0; i < n; i++) {
            cells[i] = newTxnLong(initial);
        }
        return cells;
    }

    @Override
    public Bank newBank(int accounts) {
        return new Bank() {
            private final TxnLong[] balances = newCellArray(accounts, INITIAL_BALANCE);

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
                return READ_ONLY.execute((TxnCallable<Long>) tx -> {
                    long sum = 0;
                    for (TxnLong b : balances) {
                        sum += b.get();
                    }
                    return sum;
                });
            }

            @Override
            public long balance(int account) {
                return READ_ONLY.execute((TxnCallable<Long>) tx -> balances[account].get());
            }
        };
    }

    private static final class Node {
        final int key;
        final TxnRef<Node> next;

        Node(int key, Node next) {
            this.key = key;
            this.next = newTxnRef(next);
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
                return READ_ONLY.execute((TxnCallable<Boolean>) tx -> {
                    Node curr = head.next.get();
                    while (curr.key < key) {
                        curr = curr.next.get();
                    }
                    return curr.key == key;
                });
            }

            @Override
            public int[] toArray() {
                return READ_ONLY.execute((TxnCallable<int[]>) tx -> {
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
