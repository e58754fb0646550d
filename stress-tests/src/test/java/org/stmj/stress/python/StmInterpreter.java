package org.stmj.stress.python;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.stmj.transform.Config;
import org.stmj.transform.TransformingClassLoader;

/**
 * The interpreter transformed in this JVM (child-first {@link TransformingClassLoader} with
 * {@code interpreter-integration/stm.properties}), and a runner of one program on it with captured output. A
 * program that does not finish in time is a hang: {@link Hang} carries a dump of every thread's stack.
 */
final class StmInterpreter {
    private final Method mainRun;
    final Path module;

    /** What one program printed, and its exit code. */
    record Result(String out, String err, int exit) {
    }

    /** A program that did not finish within its timeout. */
    static final class Hang extends AssertionError {
        Hang(String what, String dump) {
            super(what + "; thread dump:\n" + dump);
        }
    }

    StmInterpreter() throws Exception {
        module = moduleDir();
        Config config = Config.load(module.resolve("stm.properties"));
        ClassLoader loader = new TransformingClassLoader(StmInterpreter.class.getClassLoader(), config, false,
                "org.stmj.python.");
        mainRun = Class.forName("org.stmj.python.Main", true, loader)
                .getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
    }

    /** Runs {@code Main.run(args)} on its own thread group; throws {@link Hang} after {@code timeoutSeconds}. */
    Result run(String[] args, byte[] stdin, long timeoutSeconds, String name) throws Exception {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            exit = runIsolated(args, new ByteArrayInputStream(stdin), out, err, timeoutSeconds, name);
        }
        return new Result(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8), exit);
    }

    private int runIsolated(String[] args, InputStream in, PrintStream out, PrintStream err, long timeout,
            String name) throws Exception {
        ThreadGroup group = new ThreadGroup("stm " + name);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread runner = new Thread(group, () -> {
            try {
                result.set(mainRun.invoke(null, args, in, out, err));
            } catch (InvocationTargetException e) {
                result.set(e.getCause());
            } catch (Throwable t) {
                result.set(t);
            }
        }, "stm-runner");
        runner.setDaemon(true);
        runner.start();
        runner.join(TimeUnit.SECONDS.toMillis(timeout));
        if (runner.isAlive()) {
            String dump = threadDump();
            Thread[] threads = new Thread[group.activeCount() + 16];
            int n = group.enumerate(threads, true);
            for (int i = 0; i < n; i++) {
                threads[i].interrupt();
            }
            System.err.println("StmInterpreter: " + name + " timed out after " + timeout + " s; threads:\n" + dump);
            throw new Hang("timed out after " + timeout + " s (a hang)", dump);
        }
        Object outcome = result.get();
        if (outcome instanceof Exception e) {
            throw e;
        }
        if (outcome instanceof Throwable t) {
            throw new AssertionError("interpreter threw " + t, t);
        }
        return (Integer) outcome;
    }

    /** Every live thread's stack, for the report of a hang. */
    static String threadDump() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            b.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
            for (StackTraceElement f : e.getValue()) {
                b.append("    at ").append(f).append('\n');
            }
        }
        return b.toString();
    }

    /** {@code interpreter-integration}, seen from this module's directory or the repository root. */
    private static Path moduleDir() {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p : List.of(cwd.resolveSibling("interpreter-integration"), cwd.resolve("interpreter-integration"))) {
            if (Files.isRegularFile(p.resolve("stm.properties"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find interpreter-integration/stm.properties from " + cwd);
    }
}
