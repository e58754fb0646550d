package org.stmj.bench.jmh;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.stmj.bench.workload.IntSet;
import org.stmj.bench.workload.Workloads;

/**
 * A sorted linked-list set of keys in {@code [0, 256)}, starting with the 128 even keys; each operation is an
 * add (10%), a remove (10%) or a lookup (80%) of a random key, so 20% are updates and the size stays about 128.
 * Throughput at one and at two threads sharing the set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ListSetBench {
    /** Keys are drawn from {@code [0, KEY_RANGE)}. */
    public static final int KEY_RANGE = 256;

    /** The implementation under test; the atomic baseline cannot update a list atomically, so it is absent. */
    @Param({"stmj", "stmj-barriers", "multiverse", "scalastm", "synchronized", "lock"})
    public String impl;

    private IntSet set;

    /** Builds a fresh set holding the even keys. */
    @Setup
    public void setUp() {
        set = Workloads.named(impl).newIntSet();
        for (int k = 0; k < KEY_RANGE; k += 2) {
            set.add(k);
        }
    }

    private boolean operate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int op = random.nextInt(100);
        int key = random.nextInt(KEY_RANGE);
        if (op < 10) {
            return set.add(key);
        } else if (op < 20) {
            return set.remove(key);
        } else {
            return set.contains(key);
        }
    }

    /** One set operation, one thread. */
    @Benchmark
    @Threads(1)
    public boolean ops1t() {
        return operate();
    }

    /** One set operation, two threads on the same set. */
    @Benchmark
    @Threads(2)
    public boolean ops2t() {
        return operate();
    }
}
