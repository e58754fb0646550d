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
import org.stmj.python.golden.IsolatedRun;
import org.stmj.transform.Config;
import org.stmj.transform.TransformingClassLoader;

/**
 * The interpreter transformed in this JVM (child-first {@link TransformingClassLoader} with
 * {@code interpreter-integration/stm.properties}), and a runner of one program on it with captured output.
 */
final class StmInterpreter {
    private final Method mainRun;
    final Path module;

    /** What one program printed, and its exit code. */
    record Result(String out, String err, int exit) {
    }

    StmInterpreter() throws Exception {
        module = moduleDir();
        Config config = Config.load(module.resolve("stm.properties"));
        ClassLoader loader = new TransformingClassLoader(StmInterpreter.class.getClassLoader(), config, false,
                "org.stmj.python.");
        mainRun = Class.forName("org.stmj.python.Main", true, loader)
                .getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
    }

    /**
     * Runs {@code Main.run(args)} on its own thread group with captured output ({@link IsolatedRun}); a program
     * still running after {@code timeoutSeconds} fails the test with its threads' stacks.
     */
    Result run(String[] args, byte[] stdin, long timeoutSeconds, String name) throws Exception {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            InputStream in = new ByteArrayInputStream(stdin);
            exit = IsolatedRun.run(name, timeoutSeconds, () -> main(args, in, out, err));
        }
        return new Result(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8), exit);
    }

    /** The transformed {@code Main.run(args, in, out, err)} on the calling thread: the program's exit code. */
    int main(String[] args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        try {
            return (Integer) mainRun.invoke(null, args, in, out, err);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
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
