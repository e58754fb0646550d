import java.util.Arrays;

/**
 * The machine's own parallel ceiling, for reading the scaling table: the same total amount of independent
 * CPU-bound work (a polynomial sum over private locals, the Java counterpart of {@code indep_cpu.py}) done by 1 and
 * by N plain Java threads. On a machine whose two vCPUs share a physical core, or under load from other processes,
 * two threads do not give 2x even with no synchronisation at all; the scaling of STM mode is judged against this
 * figure, not against the thread count.
 *
 * <p>Usage: {@code java benchmarks/scripts/Ceiling.java MAXTHREADS ROUNDS}. Prints {@code threads N SECONDS} for
 * N = 1 and N = MAXTHREADS: the median of ROUNDS rounds, after two warm-up rounds, rounds of 1 and N threads
 * interleaved so that load changes hit both alike.
 */
public final class Ceiling {
    private static final long WORK = 200_000_000L;
    private static volatile long sink;

    private Ceiling() {
    }

    static long part(long lo, long hi) {
        long s = 0;
        for (long i = lo; i < hi; i++) {
            s += (i * i + 3 * i) % 1009;
        }
        return s;
    }

    static double round(int n) throws InterruptedException {
        Thread[] ts = new Thread[n];
        long[] out = new long[n * 16];
        for (int t = 0; t < n; t++) {
            final int id = t;
            ts[t] = new Thread(() -> out[id * 16] = part(id * WORK / n, (id + 1) * WORK / n));
        }
        long t0 = System.nanoTime();
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        long t1 = System.nanoTime();
        long s = 0;
        for (int t = 0; t < n; t++) {
            s += out[t * 16];
        }
        sink = s;
        return (t1 - t0) / 1e9;
    }

    public static void main(String[] args) throws InterruptedException {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        round(1);
        round(max);
        double[] one = new double[rounds];
        double[] many = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            one[r] = round(1);
            many[r] = round(max);
        }
        Arrays.sort(one);
        Arrays.sort(many);
        System.out.printf("threads 1 %.4f%n", one[rounds / 2]);
        System.out.printf("threads %d %.4f%n", max, many[rounds / 2]);
    }
}
