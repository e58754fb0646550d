package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

import java.util.Arrays;

/**
 * By-hand comparison (not run by surefire) of the engine's encounter-time write-through design with a minimal
 * commit-time-locking redo-log STM (TL2 style: writes buffered in a write set found through a Bloom filter and a
 * scan, locks taken at commit, values written back, reads of written locations served from the write set).
 * Both run on {@link Cell}'s {@code int} field with the same lock word encoding; single thread, so the numbers
 * are the bookkeeping costs of each design. Usage: {@code java -cp stm-core/target/classes:
 * stm-core/target/test-classes org.stmj.core.RedoComparison}.
 */
public final class RedoComparison {
    private RedoComparison() {
    }

    static volatile long sink;

    /** The redo-log reference STM (only what the comparison needs; aborts are exceptions, never hit here). */
    static final class Redo {
        static final PaddedClock CLOCK = Txn.CLOCK;
        static final long MINE = (1L << 40) | 1L;
        long rv;
        Object[] rObj = new Object[64];
        long[] rSeen = new long[64];
        int rn;
        Cell[] wObj = new Cell[64];
        long[] wOff = new long[64];
        int[] wVal = new int[64];
        int wn;
        long bloom;

        void begin() {
            rv = PaddedClock.time(CLOCK.get());
            rn = 0;
            wn = 0;
            bloom = 0;
        }

        private static long bit(Object o, long off) {
            return 1L << ((System.identityHashCode(o) ^ (int) off) & 63);
        }

        int read(Cell c, long off) {
            long b = bit(c, off);
            if ((bloom & b) != 0) {
                for (int i = wn - 1; i >= 0; i--) {
                    if (wObj[i] == c && wOff[i] == off) {
                        return wVal[i];
                    }
                }
            }
            long w1 = U.getLongVolatile(c, Cell.LOCK);
            int v = U.getInt(c, off);
            U.loadFence();
            long w2 = U.getLongVolatile(c, Cell.LOCK);
            if (w1 != w2 || (w1 & 1) != 0 || (w1 >>> 2) > rv) {
                throw new IllegalStateException("abort (not expected single-threaded)");
            }
            if (rn == rObj.length) {
                rObj = Arrays.copyOf(rObj, rn * 2);
                rSeen = Arrays.copyOf(rSeen, rn * 2);
            }
            rObj[rn] = c;
            rSeen[rn++] = w1;
            return v;
        }

        void write(Cell c, long off, int v) {
            long b = bit(c, off);
            if ((bloom & b) != 0) {
                for (int i = wn - 1; i >= 0; i--) {
                    if (wObj[i] == c && wOff[i] == off) {
                        wVal[i] = v;
                        return;
                    }
                }
            }
            bloom |= b;
            if (wn == wObj.length) {
                wObj = Arrays.copyOf(wObj, wn * 2);
                wOff = Arrays.copyOf(wOff, wn * 2);
                wVal = Arrays.copyOf(wVal, wn * 2);
            }
            wObj[wn] = c;
            wOff[wn] = off;
            wVal[wn++] = v;
        }

        void commit() {
            if (wn == 0) {
                return;
            }
            long[] old = new long[0];
            for (int i = 0; i < wn; i++) {
                Cell c = wObj[i];
                long w = U.getLongVolatile(c, Cell.LOCK);
                if (w != MINE && !U.compareAndSwapLong(c, Cell.LOCK, w, MINE)) {
                    throw new IllegalStateException("abort (not expected single-threaded)");
                }
            }
            long wv = PaddedClock.time(CLOCK.getAndIncrement()) + 1;
            if (wv != rv + 1) {
                for (int i = 0; i < rn; i++) {
                    long cur = U.getLongVolatile(rObj[i], Cell.LOCK);
                    if (cur != rSeen[i] && cur != MINE) {
                        throw new IllegalStateException("abort");
                    }
                }
            }
            for (int i = 0; i < wn; i++) {
                U.putInt(wObj[i], wOff[i], wVal[i]);
            }
            for (int i = 0; i < wn; i++) {
                U.putOrderedLong(wObj[i], Cell.LOCK, wv << 2);
            }
            sink += old.length;
            for (int i = 0; i < rn; i++) {
                rObj[i] = null;
            }
            for (int i = 0; i < wn; i++) {
                wObj[i] = null;
            }
        }
    }

    interface Case {
        long run(long n);
    }

    public static void main(String[] args) {
        Cell[] shared = new Cell[10];
        Cell[] sharedR = new Cell[10];
        for (int i = 0; i < 10; i++) {
            shared[i] = new Cell();
            sharedR[i] = new Cell();
        }
        Cell frameE = new Cell();
        Cell frameR = new Cell();
        Redo redo = new Redo();
        // 1. read-only transaction, 10 shared reads
        Case e1 = (n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (Cell c : shared) {
                    s += Barriers.readInt(c, Cell.I, Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return s;
        });
        Case r1 = (n -> {
            long s = 0;
            for (long k = 0; k < n; k++) {
                redo.begin();
                for (Cell c : sharedR) {
                    s += redo.read(c, Cell.I);
                }
                redo.commit();
            }
            return s;
        });
        // 2. one increment of a shared field
        Case e2 = (n -> {
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                Barriers.writeInt(shared[0], Barriers.readInt(shared[0], Cell.I, Cell.LOCK, tx) + 1, Cell.I,
                        Cell.LOCK, tx);
                Stm.commitAtomic(tx);
            }
            return n;
        });
        Case r2 = (n -> {
            for (long k = 0; k < n; k++) {
                redo.begin();
                redo.write(sharedR[0], Cell.I, redo.read(sharedR[0], Cell.I) + 1);
                redo.commit();
            }
            return n;
        });
        // 3. interpreter-like: a "frame" object whose 4 int-sized fields are each read and written 25 times
        long[] offs = {Cell.I, Cell.F, Cell.J, Cell.D};
        Case e3 = (n -> {
            for (long k = 0; k < n; k++) {
                Txn tx = Stm.beginAtomic();
                for (int r = 0; r < 25; r++) {
                    for (int f = 0; f < 2; f++) {
                        long o = offs[f];
                        Barriers.writeInt(frameE, Barriers.readInt(frameE, o, Cell.LOCK, tx) + 1, o, Cell.LOCK, tx);
                    }
                    Barriers.writeInt(frameE, Barriers.readInt(frameE, Cell.I, Cell.LOCK, tx) + 1, Cell.I,
                            Cell.LOCK, tx);
                    Barriers.writeInt(frameE, Barriers.readInt(frameE, Cell.F, Cell.LOCK, tx) + 1, Cell.F,
                            Cell.LOCK, tx);
                }
                Stm.commitAtomic(tx);
            }
            return n;
        });
        Case r3 = (n -> {
            for (long k = 0; k < n; k++) {
                redo.begin();
                for (int r = 0; r < 25; r++) {
                    for (int f = 0; f < 2; f++) {
                        long o = offs[f];
                        redo.write(frameR, o, redo.read(frameR, o) + 1);
                    }
                    redo.write(frameR, Cell.I, redo.read(frameR, Cell.I) + 1);
                    redo.write(frameR, Cell.F, redo.read(frameR, Cell.F) + 1);
                }
                redo.commit();
            }
            return n;
        });
        String[] names = {"read-only, 10 shared reads", "increment one shared field",
            "frame-like: 100 read+write pairs on 2 fields of one object"};
        Case[][] pairs = {{e1, r1}, {e2, r2}, {e3, r3}};
        System.out.printf("%-62s %10s %10s %8s%n", "case (median ns per transaction, 9 alternating rounds)", "ETL-WT",
                "redo/CTL", "ratio");
        for (int c = 0; c < pairs.length; c++) {
            alternate(names[c], pairs[c][0], pairs[c][1]);
        }
    }

    /** Warms both up, then alternates 9 short rounds of each and reports medians and the median ratio. */
    private static void alternate(String name, Case a, Case b) {
        long n = calibrate(a);
        calibrate(b);
        double[] ta = new double[9];
        double[] tb = new double[9];
        double[] ratio = new double[9];
        for (int i = 0; i < 9; i++) {
            ta[i] = round(a, n);
            tb[i] = round(b, n);
            ratio[i] = ta[i] / tb[i];
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        Arrays.sort(ratio);
        System.out.printf("%-62s %10.1f %10.1f %8.2f%n", name, ta[4], tb[4], ratio[4]);
    }

    private static long calibrate(Case c) {
        long n = 1000;
        for (;;) {
            long t0 = System.nanoTime();
            sink += c.run(n);
            long dt = System.nanoTime() - t0;
            if (dt > 100_000_000L) {
                return Math.max(1, (long) (n * 0.05e9 / dt));
            }
            n *= 2;
        }
    }

    private static double round(Case c, long n) {
        long t0 = System.nanoTime();
        sink += c.run(n);
        return (System.nanoTime() - t0) / (double) n;
    }
}
