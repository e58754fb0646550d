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
import org.stmj.transform.Config;
import org.stmj.transform.Transformer;
import org.stmj.transform.fixtures.Workload;

/**
 * How the transaction reaches transformed code, measured on one thread: the untransformed class; the
 * transformed class outside transactions (twins: the original bodies run unchanged); the hand-written
 * ThreadLocal-per-method alternative outside transactions; and the transformed class inside one transaction.
 *
 * <p>Run: {@code mvn -o -q -pl stm-transformer -am test-compile} then
 * {@code java -cp <test class path> org.openjdk.jmh.Main ContextPassingBench -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContextPassingBench {
    static final int N = 1000;
    Workload plain;
    Object transformed;
    Method transformedStep;
    Method transformedAtomic;
    WorkloadThreadLocal threadLocal;

    /** A loader that transforms the fixtures package. */
    public static final class Loader extends ClassLoader {
        private final Transformer t = new Transformer(Config.packages("org.stmj.transform.fixtures"));

        public Loader() {
            super(ContextPassingBench.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("org.stmj.transform.fixtures.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] b = in.readAllBytes();
                    byte[] out = t.transform(this, b, false);
                    byte[] d = out == null ? b : out;
                    return defineClass(name, d, 0, d.length);
                } catch (java.io.IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    @Setup
    public void setup() throws Exception {
        plain = new Workload(N);
        Class<?> c = Class.forName("org.stmj.transform.fixtures.Workload", true, new Loader());
        transformed = c.getConstructor(int.class).newInstance(N);
        transformedStep = c.getMethod("step");
        transformedAtomic = c.getMethod("stepAtomic");
        threadLocal = new WorkloadThreadLocal(N);
    }

    @Benchmark
    public long untransformed() {
        return plain.step();
    }

    @Benchmark
    public long twinsOutsideTransaction() throws Exception {
        return (long) transformedStep.invoke(transformed);
    }

    @Benchmark
    public long threadLocalPerMethodOutsideTransaction() {
        return threadLocal.step();
    }

    @Benchmark
    public long twinsInsideTransaction() throws Exception {
        return (long) transformedAtomic.invoke(transformed);
    }

    @Benchmark
    public long untransformedViaReflection() throws Exception {
        return (long) UNTRANSFORMED_STEP.invoke(plain);
    }

    static final Method UNTRANSFORMED_STEP;

    static {
        try {
            UNTRANSFORMED_STEP = Workload.class.getMethod("step");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
