package org.stmj.transform.bench;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.transform.fixtures.Bank;

/**
 * The bank transfer of the engine's workloads, one thread: a plain Java class with {@code @Atomic} under the
 * transformer, against the same transfer written with explicit {@code TLong}s and {@code Atomic.run}, and the
 * untransformed class with no transaction at all.
 *
 * <p>Run: {@code java -cp <test class path> org.openjdk.jmh.Main AtomicVsTRefBench -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AtomicVsTRefBench {
    Object transformed;
    Method transfer;
    Bank plain;
    TLong[] accounts;
    TLong transfers;
    int i;

    @Setup
    public void setup() throws Exception {
        Class<?> c = Class.forName("org.stmj.transform.fixtures.Bank", true, new ContextPassingBench.Loader());
        transformed = c.getConstructor(int.class, long.class).newInstance(8, 1000L);
        transfer = c.getMethod("transfer", int.class, int.class, long.class);
        plain = new Bank(8, 1000);
        accounts = new TLong[8];
        for (int k = 0; k < 8; k++) {
            accounts[k] = new TLong(1000);
        }
        transfers = new TLong(0);
    }

    @Benchmark
    public Object transformedAtomicMethod() throws Exception {
        int k = i++;
        return transfer.invoke(transformed, k & 7, (k + 3) & 7, 1L);
    }

    @Benchmark
    public Object untransformedViaReflection() throws Exception {
        int k = i++;
        return PLAIN_TRANSFER.invoke(plain, k & 7, (k + 3) & 7, 1L);
    }

    @Benchmark
    public void explicitTLongs() {
        int k = i++;
        Atomic.run(() -> {
            accounts[k & 7].add(-1);
            accounts[(k + 3) & 7].add(1);
            transfers.increment();
        });
    }

    static final Method PLAIN_TRANSFER;

    static {
        try {
            PLAIN_TRANSFER = Bank.class.getMethod("transfer", int.class, int.class, long.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
