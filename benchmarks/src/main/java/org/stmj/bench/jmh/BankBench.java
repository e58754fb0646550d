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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.stmj.bench.workload.Bank;
import org.stmj.bench.workload.Workloads;

/**
 * Bank transfers over {@value Bank#ACCOUNTS} accounts: each operation moves 1 to 16 units between two random
 * accounts if the source holds enough; throughput at one and at two threads sharing the bank.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BankBench {
    /** The implementation under test; the atomic baseline has no multi-account atomicity, so it is absent. */
    @Param({"stmj", "stmj-barriers", "multiverse", "scalastm", "synchronized", "lock"})
    public String impl;

    private Bank bank;

    /** Builds a fresh bank for the trial. */
    @Setup
    public void setUp() {
        bank = Workloads.named(impl).newBank(Bank.ACCOUNTS);
    }

    /** Checks that no money was created or lost during the trial. */
    @TearDown
    public void checkTotal() {
        long expected = (long) Bank.ACCOUNTS * Bank.INITIAL_BALANCE;
        long total = bank.total();
        if (total != expected) {
            throw new IllegalStateException(impl + ": bank total " + total + ", expected " + expected);
        }
    }

    private boolean transfer() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int from = random.nextInt(Bank.ACCOUNTS);
        int to = random.nextInt(Bank.ACCOUNTS);
        long amount = 1 + random.nextInt(16);
        return bank.transfer(from, to, amount);
    }

    /** One transfer, one thread. */
    @Benchmark
    @Threads(1)
    public boolean transfer1t() {
        return transfer();
    }

    /** One transfer, two threads on the same bank. */
    @Benchmark
    @Threads(2)
    public boolean transfer2t() {
        return transfer();
    }
}
