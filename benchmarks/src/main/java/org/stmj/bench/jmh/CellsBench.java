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
import org.stmj.bench.workload.Cells;
import org.stmj.bench.workload.Workloads;

/**
 * 16 reads + 1 write (one transaction reads 16 cells and writes one of them, the written cell rotating), and
 * 16 reads read-only, on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class CellsBench {
    /** The implementation under test. */
    @Param({"stmj", "stmj-barriers", "multiverse", "scalastm", "synchronized", "lock", "atomic"})
    public String impl;

    private Cells cells;
    private int target;

    /** Builds fresh cells for the trial. */
    @Setup
    public void setUp() {
        cells = Workloads.named(impl).newCells();
    }

    /** 16 reads and 1 write in one transaction. */
    @Benchmark
    public long reads16write1() {
        int t = target;
        target = (t + 1) & (Cells.SIZE - 1);
        return cells.sumAndBump(t);
    }

    /** 16 reads in one read-only transaction. */
    @Benchmark
    public long reads16readOnly() {
        return cells.sum();
    }
}
