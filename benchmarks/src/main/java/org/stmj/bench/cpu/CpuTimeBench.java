package org.stmj.bench.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stmj.bench.workload.Cells;
import org.stmj.bench.workload.Counter;
import org.stmj.bench.workload.Workloads;

/**
 * The single-thread workloads of {@code CounterBench} and {@code CellsBench} (tiny increment, 16 reads + 1
 * write, 16 reads read-only), timed in <b>CPU time of the benchmark thread</b> instead of wall time, for a
 * shared machine whose load average is many times its core count: there a JMH iteration measures mostly the
 * time the thread waits for a core, and short warm-ups leave the peers' longer code paths uncompiled. CPU time
 * still includes cache and TLB damage from other processes, so compare only numbers of one run.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.stmj.bench.cpu.CpuTimeBench [warmupCpuSeconds
 * [rounds [impl,impl,...]]]}. Every implementation is first warmed up for {@code warmupCpuSeconds} of CPU time
 * per workload (default 3), then {@code rounds} rounds (default 7) measure each (workload, implementation) pair
 * once for about 0.2 s of CPU time, the pairs interleaved so that a load episode hits all of them alike. Prints
 * the median and the interquartile range of the rounds in ns of CPU per operation, and the target ratios.
 */
public final class CpuTimeBench {
    private CpuTimeBench() {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static volatile long sink;

    /** One operation of a workload, run {@code n} times. */
    private interface Op {
        long run(long n);
    }

    private static Map<String, Op> ops(Workloads w) {
        Map<String, Op> m = new LinkedHashMap<>();
        Counter counter = w.newCounter();
        m.put("CounterBench.increment", n -> {
            for (long i = 0; i < n; i++) {
                counter.increment();
            }
            return counter.get();
        });
        Cells cells = w.newCells();
        int[] target = new int[1];
        m.put("CellsBench.reads16write1", n -> {
            long s = 0;
            for (long i = 0; i < n; i++) {
                int t = target[0];
                target[0] = (t + 1) & (Cells.SIZE - 1);
                s += cells.sumAndBump(t);
            }
            return s;
        });
        Cells roCells = w.newCells();
        m.put("CellsBench.reads16readOnly", n -> {
            long s = 0;
            for (long i = 0; i < n; i++) {
                s += roCells.sum();
            }
            return s;
        });
        return m;
    }

    /** Runs {@code op} for about {@code cpuNanos} of CPU time; returns CPU ns per operation. */
    private static double timed(Op op, long cpuNanos) {
        long n = 64;
        long spent = 0;
        long done = 0;
        while (spent < cpuNanos) {
            long t0 = CPU.getCurrentThreadCpuTime();
            sink += op.run(n);
            long dt = CPU.getCurrentThreadCpuTime() - t0;
            spent += dt;
            done += n;
            if (dt < 20_000_000L) {
                n *= 2;
            }
        }
        return spent / (double) done;
    }

    public static void main(String[] args) {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<String> impls = args.length > 2 ? Arrays.asList(args[2].split(","))
                : List.of("stmj", "stmj-barriers", "multiverse", "scalastm");
        Map<String, Map<String, Op>> byImpl = new LinkedHashMap<>();
        for (String impl : impls) {
            byImpl.put(impl, ops(Workloads.named(impl)));
        }
        for (Map.Entry<String, Map<String, Op>> e : byImpl.entrySet()) {
            for (Op op : e.getValue().values()) {
                timed(op, (long) (warmup * 1e9));
            }
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Map<String, Op>> e : byImpl.entrySet()) {
                for (Map.Entry<String, Op> o : e.getValue().entrySet()) {
                    samples.computeIfAbsent(o.getKey() + " " + e.getKey(), k -> new ArrayList<>())
                            .add(timed(o.getValue(), 200_000_000L));
                }
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        System.out.println("| benchmark | impl | median CPU ns/op | interquartile range | rounds |");
        System.out.println("| --- | --- | ---: | ---: | ---: |");
        samples.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double med = quantile(v, 0.5);
            median.put(e.getKey(), med);
            String[] k = e.getKey().split(" ");
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f to %.1f | %d |%n", k[0], k[1], med,
                    quantile(v, 0.25), quantile(v, 0.75), v.length);
        });
        System.out.println();
        System.out.println("| target | ratio of medians | bound |");
        System.out.println("| --- | ---: | ---: |");
        ratio(median, "tiny increment: stmj / Multiverse", "CounterBench.increment", "multiverse", 0.6);
        ratio(median, "16 reads + 1 write: stmj / ScalaSTM", "CellsBench.reads16write1", "scalastm", 0.5);
        ratio(median, "16 reads read-only: stmj / ScalaSTM", "CellsBench.reads16readOnly", "scalastm", 0.5);
    }

    private static void ratio(Map<String, Double> m, String label, String bench, String peer, double bound) {
        for (String impl : List.of("stmj", "stmj-barriers")) {
            Double a = m.get(bench + " " + impl);
            Double b = m.get(bench + " " + peer);
            if (a != null && b != null) {
                System.out.printf(Locale.ROOT, "| %s%s | %.2f | <= %.1f |%n", label,
                        impl.equals("stmj") ? "" : " [" + impl + "]", a / b, bound);
            }
        }
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
