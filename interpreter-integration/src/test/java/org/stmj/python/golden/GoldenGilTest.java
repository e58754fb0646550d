package org.stmj.python.golden;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The golden programs run in GIL mode: in-process, through
 * {@code org.stmj.python.Main.run(String[], InputStream, PrintStream, PrintStream)}, without the STM agent.
 * The entry point is looked up reflectively so that this suite compiles before the interpreter exists; while
 * it is absent every program is skipped through an assumption.
 */
class GoldenGilTest extends GoldenSuite {
    private static final Method MAIN_RUN = findMainRun();

    @Override
    protected int runProgram(Path script, InputStream in, PrintStream out, PrintStream err) throws Exception {
        Assumptions.assumeTrue(MAIN_RUN != null, "org.stmj.python.Main.run is not on the class path");
        try {
            return (Integer) MAIN_RUN.invoke(null, argv(script), in, out, err);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }

    private static Method findMainRun() {
        try {
            return Class.forName("org.stmj.python.Main")
                    .getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        }
    }
}
