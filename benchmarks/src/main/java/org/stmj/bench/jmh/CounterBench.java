package org.stmj.bench.jmh;

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
import org.stmj.bench.workload.Counter;
import org.stmj.bench.workload.Workloads;

/** Tiny increment: one transaction that reads one counter and writes it back plus one, on one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class CounterBench {
    /** The implementation under test. */
    @Param({"stmj", "stmj-barriers", "multiverse", "scalastm", "synchronized", "lock", "atomic"})
    public String impl;

    private Counter counter;

    /** Builds a fresh counter for the trial. */
    @Setup
    public void setUp() {
        counter = Workloads.named(impl).newCounter();
    }

    /** One atomic increment. */
    @Benchmark
    public void increment() {
        counter.increment();
    }
}
