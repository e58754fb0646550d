package org.stmj.core;

import java.util.Arrays;

/**
 * A by-hand micro benchmark of the engine's per-access and per-transaction costs, single thread (not run by
 * surefire). Usage: {@code java -cp stm-core/target/classes:stm-core/target/test-classes
 * org.stmj.core.EngineMicroBenchmark [seconds-per-case]}. Prints the median of 5 rounds in ns of the thread's CPU time
 * per operation.
 */
public final class EngineMicroBenchmark {
    private EngineMicroBenchmark() {
    }

    static volatile long sink;

    interface Case {
        long run(long iterations);
    }

    /**
     * CPU time of the calling thread (not wall time): on a shared, oversubscribed machine the time a thread
     * waits for a core would otherwise dominate; JIT compiler threads are not counted either.
     */
    private static long now() {
        return CPU.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static double measure(Case c, double seconds) {
        long n = 1000;
        while (true) {
            long t0 = now();
            sink += c.run(n);
            long dt = now() - t0;
            if (dt > 50_000_000L) {
                n = (long) (n * seconds * 1e9 / dt / 5) + 1;
                break;
            }
            n *= 4;
        }
        double[] r = new double[5];
        for (int i = 0; i < 5; i++) {
            long t0 = now();
            sink += c.run(n);
            r[i] = (now() - t0) / (double) n;
        }
        Arrays.sort(r);
        return r[2];
    }

    public static void main(String[] args) {
        double secs = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Cell[] shared = new Cell[10];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = new Cell();
        }
        int[] array = new int[10];
        report("plain read of 10 fields (baseline)", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                for (Cell c : shared) {
                    s += Barriers.readInt(c, Cell.I, Cell.LOCK, null);
                }
            }
            return s;
        }, 10);
        report("txn: empty read-only transaction (begin+commit)", secs, n -> {
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                Stm.commitAtomic(tx);
            }
            return n;
        }, 1);
        report("txn: read 10 shared fields (logged), per read", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (Cell c : shared) {
                    s += Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return s;
        }, 10);
        Cell[] allocated = Stm.atomicGet(() -> {
            Cell[] a = new Cell[10];
            for (int i = 0; i < a.length; i++) {
                a[i] = new Cell();
                Barriers.onNew(a[i], Cell.LOCK, Barriers.current());
            }
            return a;
        });
        report("txn: read 10 fields of objects an earlier transaction allocated (logged), per read", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (Cell c : allocated) {
                    s += Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return s;
        }, 10);
        report("txn: read 10 array elements (striped, logged), per read", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (int i = 0; i < 10; i++) {
                    s += Barriers.readIntArray(array, i, tx);
                }
                Stm.commitAtomic(tx);
            }
            return s;
        }, 10);
        report("txn: increment 1 shared field (read, lock, undo, commit)", secs, n -> {
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                Barriers.writeInt(shared[0], Barriers.readInt(shared[0], Cell.I, Cell.LOCK, tx) + 1, Cell.I,
                        Cell.LOCK, tx);
                Stm.commitAtomic(tx);
            }
            return n;
        }, 1);
        report("txn: 100 increments of a field it has locked, per access pair", secs, n -> {
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                Cell c = shared[1];
                for (int i = 0; i < 100; i++) {
                    Barriers.writeInt(c, Barriers.readInt(c, Cell.I, Cell.LOCK, tx) + 1, Cell.I, Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return n;
        }, 100);
        report("txn: 100 increments of a field of an object it allocated, per access pair", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                Cell c = new Cell();
                Barriers.onNew(c, Cell.LOCK, tx);
                for (int i = 0; i < 100; i++) {
                    Barriers.writeInt(c, Barriers.readInt(c, Cell.I, Cell.LOCK, tx) + 1, Cell.I, Cell.LOCK, tx);
                }
                s += c.i;
                Stm.commitAtomic(tx);
            }
            return s;
        }, 100);
        report("boundary: atBoundary+split per boundary, 1 write per boundary", secs, n -> {
            Txn tx = null;
            Cell c = shared[2];
            for (long k = 0; k < n; k++) {
                if (Stm.atBoundary(tx)) {
                    tx = Stm.split(tx);
                }
                Barriers.writeInt(c, Barriers.readInt(c, Cell.I, Cell.LOCK, tx) + 1, Cell.I, Cell.LOCK, tx);
            }
            Stm.finish(tx);
            return n;
        }, 1);
        for (int round = 0; round < 2; round++) {
            report("txn: allocate and fill an int[16], onNewArray (in place), per element", secs, n -> {
                long s = 0;
                for (long k = 0; k < n; k++) {
                    Txn tx = Stm.beginAtomic();
                    int[] a = new int[16];
                    Barriers.onNewArray(a, tx);
                    for (int i = 0; i < 16; i++) {
                        Barriers.writeIntArray(a, i, i, tx);
                    }
                    s += Barriers.readIntArray(a, 15, tx);
                    Stm.commitAtomic(tx);
                }
                return s;
            }, 16);
            report("txn: allocate and fill an int[16], not announced (striped), per element", secs, n -> {
                long s = 0;
                for (long k = 0; k < n; k++) {
                    Txn tx = Stm.beginAtomic();
                    int[] a = new int[16];
                    for (int i = 0; i < 16; i++) {
                        Barriers.writeIntArray(a, i, i, tx);
                    }
                    s += Barriers.readIntArray(a, 15, tx);
                    Stm.commitAtomic(tx);
                }
                return s;
            }, 16);
        }
        Cell frame = new Cell();
        Object[] stack = new Object[16];
        Object[] consts = {"a", "b", "c", "d"};
        report("interp-like: 1000 steps/txn, each writes 2 fields of a shared frame, 1 push+pop, per step", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (int i = 0; i < 1000; i++) {
                    int sp = Barriers.readInt(frame, Cell.I, Cell.LOCK, tx);
                    Barriers.writeRefArray(stack, sp & 7, Barriers.readRefArray(consts, i & 3, tx), tx);
                    s += Barriers.readRefArray(stack, sp & 7, tx).hashCode();
                    Barriers.writeInt(frame, (sp + 1) & 7, Cell.I, Cell.LOCK, tx);
                    Barriers.writeLong(frame, i, Cell.J, Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return s;
        }, 1000);
        report("txn: read 3 fields of each of 10 shared objects, per read", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (Cell c : shared) {
                    s += Barriers.readInt(c, Cell.I, Cell.LOCK, tx) + Barriers.readLong(c, Cell.J, Cell.LOCK, tx)
                            + Barriers.readShort(c, Cell.S, Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return s;
        }, 30);
        String[] typed = new String[16];
        report("txn: 16 stores into a shared String[] (array-store check), per store", secs, n -> {
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (int i = 0; i < 16; i++) {
                    Barriers.writeRefArray(typed, i, "x", tx);
                }
                Stm.commitAtomic(tx);
            }
            return n;
        }, 16);
        report("Txn.current() (ThreadLocal)", secs, n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                s += Txn.current() == null ? 1 : 0;
            }
            return s;
        }, 1);
    }

    private static void report(String name, double secs, Case c, int opsPerIteration) {
        double ns = measure(c, secs) / opsPerIteration;
        System.out.printf("%-75s %8.2f ns%n", name, ns);
    }
}
