package org.stmj.bench.workload;

import java.util.concurrent.Callable;
import org.stmj.api.Atomic;
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * stmj as transformed code drives it: plain objects carrying the {@code long} lock word that the transformer
 * adds, read and written through {@link Barriers} with the transaction looked up once per attempt and passed
 * along (as the transformer passes it), new objects announced with {@link Barriers#onNew}. Transactions are
 * delimited by {@link Atomic#run} / {@link Atomic#get}. This is a diagnostic next to {@link StmjWorkloads}:
 * the difference between the two is the cost of the Java API's per-access transaction lookup and wrappers.
 */
final class StmjBarrierWorkloads implements Workloads {
    /** A transformed object holding one {@code long}. */
    static final class Cell {
        static final long LOCK = Barriers.fieldOffset(Cell.class, "lock");
        static final long VALUE = Barriers.fieldOffset(Cell.class, "value");

        @SuppressWarnings("unused")
        private long lock;
        private long value;

        Cell(long value) {
            this.value = value;
        }

        long get(Txn tx) {
            return Barriers.readLong(this, VALUE, LOCK, tx);
        }

        void set(long v, Txn tx) {
            Barriers.writeLong(this, v, VALUE, LOCK, tx);
        }
    }

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

    private static Cell[] newCellArray(int n, long initial) {
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new Cell(initial);
        }
        return cells;
    }

    @Override
    public String name() {
        return "stmj-barriers";
    }

    @Override
    public Counter newCounter() {
        return new Counter() {
            private final Cell value = new Cell(0);

            @Override
            public void increment() {
                Atomic.run(() -> {
                    Txn tx = Barriers.current();
                    value.set(value.get(tx) + 1, tx);
                });
            }

            @Override
            public long get() {
                return readOnly(() -> value.get(Barriers.current()));
            }
        };
    }

    @Override
    public Cells newCells() {
        return new Cells() {
            private final Cell[] cells = newCellArray(SIZE, 0);

            @Override
            public long sumAndBump(int target) {
                return Atomic.get(() -> {
                    Txn tx = Barriers.current();
                    long sum = 0;
                    long old = 0;
                    for (int i = 0; i < SIZE; i++) {
                        long v = cells[i].get(tx);
                        sum += v;
                        if (i == target) {
                            old = v;
                        }
                    }
                    cells[target].set(old + 1, tx);
                    return sum;
                });
            }

            @Override
            public long sum() {
                return readOnly(() -> {
                    Txn tx = Barriers.current();
                    long sum = 0;
                    for (int i = 0; i < SIZE; i++) {
                        sum += cells[i].get(tx);
                    }
                    return sum;
                });
            }
        };
    }

    @Override
    public Bank newBank(int accounts) {
        return new Bank() {
            private final Cell[] balances = newCellArray(accounts, INITIAL_BALANCE);

            @Override
            public boolean transfer(int from, int to, long amount) {
                return Atomic.get(() -> {
                    Txn tx = Barriers.current();
                    long fromBalance = balances[from].get(tx);
                    if (fromBalance < amount) {
                        return false;
                    }
                    balances[from].set(fromBalance - amount, tx);
                    balances[to].set(balances[to].get(tx) + amount, tx);
                    return true;
                });
            }

            @Override
            public long total() {
                return readOnly(() -> {
                    Txn tx = Barriers.current();
                    long sum = 0;
                    for (Cell b : balances) {
                        sum += b.get(tx);
                    }
                    return sum;
                });
            }

            @Override
            public long balance(int account) {
                return readOnly(() -> balances[account].get(Barriers.current()));
            }
        };
    }

    /** A transformed list node: its {@code next} field goes through the barriers, {@code key} is final. */
    static final class Node {
        static final long LOCK = Barriers.fieldOffset(Node.class, "lock");
        static final long NEXT = Barriers.fieldOffset(Node.class, "next");

        @SuppressWarnings("unused")
        private long lock;
        final int key;
        private Node next;

        Node(int key, Node next, Txn tx) {
            this.key = key;
            this.next = next;
            Barriers.onNew(this, LOCK, tx);
        }

        Node next(Txn tx) {
            return (Node) Barriers.readRef(this, NEXT, LOCK, tx);
        }

        void setNext(Node n, Txn tx) {
            Barriers.writeRef(this, n, NEXT, LOCK, tx);
        }
    }

    @Override
    public IntSet newIntSet() {
        return new IntSet() {
            private final Node head = new Node(Integer.MIN_VALUE, new Node(Integer.MAX_VALUE, null, null), null);

            @Override
            public boolean add(int key) {
                return Atomic.get(() -> {
                    Txn tx = Barriers.current();
                    Node pred = head;
                    Node curr = pred.next(tx);
                    while (curr.key < key) {
                        pred = curr;
                        curr = curr.next(tx);
                    }
                    if (curr.key == key) {
                        return false;
                    }
                    pred.setNext(new Node(key, curr, tx), tx);
                    return true;
                });
            }

            @Override
            public boolean remove(int key) {
                return Atomic.get(() -> {
                    Txn tx = Barriers.current();
                    Node pred = head;
                    Node curr = pred.next(tx);
                    while (curr.key < key) {
                        pred = curr;
                        curr = curr.next(tx);
                    }
                    if (curr.key != key) {
                        return false;
                    }
                    pred.setNext(curr.next(tx), tx);
                    return true;
                });
            }

            @Override
            public boolean contains(int key) {
                return readOnly(() -> {
                    Txn tx = Barriers.current();
                    Node curr = head.next(tx);
                    while (curr.key < key) {
                        curr = curr.next(tx);
                    }
                    return curr.key == key;
                });
            }

            @Override
            public int[] toArray() {
                return Atomic.get(() -> {
                    Txn tx = Barriers.current();
                    int n = 0;
                    for (Node c = head.next(tx); c.key != Integer.MAX_VALUE; c = c.next(tx)) {
                        n++;
                    }
                    int[] keys = new int[n];
                    int i = 0;
                    for (Node c = head.next(tx); c.key != Integer.MAX_VALUE; c = c.next(tx)) {
                        keys[i++] = c.key;
                    }
                    return keys;
                });
            }
        };
    }
}
