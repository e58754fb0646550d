import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Warm, load-tolerant timing of a Python program on stmpy: runs {@code org.stmj.python.Main.run(prog args)} REPS
 * times in one JVM and reports the process CPU time (user + system of all JVM threads, so JIT and GC included) of
 * each run, and the median over the last half. On a shared machine CPU time moves far less with the load than wall
 * time does. Checks that every run prints the same output and exits 0.
 *
 * <pre>
 * cd benchmarks/python
 * CP=../../interpreter-integration/target/interpreter-integration-0.1.0-SNAPSHOT.jar:$(echo ../../interpreter-integration/target/lib/*.jar | tr ' ' :)
 * java -XX:+UseParallelGC -Xss64m -cp $CP ../../scripts/WarmCpu.java 10 nbody.py 20000                  # GIL mode
 * java -XX:+UseParallelGC -Xss64m -Dstmj.mode=stm \
 *     -javaagent:../../stm-transformer/target/stm-agent.jar=config=../../interpreter-integration/stm.properties \
 *     -cp $CP ../../scripts/WarmCpu.java 12 nbody.py 2000                                                 # STM mode
 * </pre>
 * Prints {@code warm cpu=<median s of the last half> wall=<same, wall> first_cpu=<s> out=<output> all_cpu=[...]}.
 */
public class WarmCpu {
    public static void main(String[] a) throws Exception {
        if (a.length < 2) {
            System.err.println("usage: WarmCpu REPS script.py [args...]");
            System.exit(2);
        }
        int reps = Integer.parseInt(a[0]);
        String[] prog = Arrays.copyOfRange(a, 1, a.length);
        Method run = Class.forName("org.stmj.python.Main")
                .getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        String out = null;
        for (int i = 0; i < reps; i++) {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            long c0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            int rc = (Integer) run.invoke(null, prog, new ByteArrayInputStream(new byte[0]), new PrintStream(bo),
                    System.err);
            cpu.add((os.getProcessCpuTime() - c0) / 1e9);
            wall.add((System.nanoTime() - w0) / 1e9);
            String o = bo.toString().trim();
            if (rc != 0 || (out != null && !out.equals(o))) {
                throw new IllegalStateException("run " + i + ": exit " + rc + ", output " + o);
            }
            out = o;
        }
        System.out.printf(Locale.ROOT, "warm cpu=%.3f wall=%.3f first_cpu=%.3f out=%s all_cpu=%s%n",
                lastHalfMedian(cpu), lastHalfMedian(wall), cpu.get(0), out.replace('\n', ' '), cpu);
    }

    private static double lastHalfMedian(List<Double> xs) {
        List<Double> tail = new ArrayList<>(xs.subList(xs.size() / 2, xs.size()));
        Collections.sort(tail);
        return tail.get(tail.size() / 2);
    }
}
