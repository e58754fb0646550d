package org.stmj.stress.python;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.stmj.python.golden.GoldenSuite;

/**
 * Every golden program of the interpreter ({@code interpreter-integration/src/test/resources/golden}) run in STM
 * mode and compared with CPython's output exactly as the GIL suite does: the same {@link GoldenSuite} (from
 * interpreter-integration's test-jar), with the same known failures, argv, stdin, isolation and checks; only the
 * way a program runs differs. The interpreter's classes are transformed in this JVM by a child-first {@code
 * TransformingClassLoader} with {@code interpreter-integration/stm.properties} ({@link StmInterpreter}), and STM
 * mode is on from the start ({@code stmj.mode=stm}, {@link Rt#setMode}), so every bytecode of every thread runs as
 * a transaction. There is no list of programs that fail only in STM mode. A program that does not finish within
 * the timeout (default 60 s here) fails with the stacks of its threads, and the programs after it still run. The
 * stress profile runs the threaded programs 50 times with chaos ({@code golden.repeat}); the default build runs
 * this suite twice, the second time with {@code stmj.chaos=0.2}.
 */
class GoldenStmTest extends GoldenSuite {
    private StmInterpreter interpreter;
    private StmMode stm;

    /** The mode the programs run in: {@code stm} here, {@code auto} in {@link GoldenAutoTest}. */
    String mode() {
        return "stm";
    }

    @BeforeAll
    void transformInterpreter() throws Exception {
        stm = new StmMode(mode());
        interpreter = stm.interpreter;
    }

    @AfterAll
    void gilModeAgain() {
        stm.close();
    }

    @Override
    protected long defaultTimeoutSeconds() {
        return 60;
    }

    @Override
    protected int runProgram(Path script, InputStream in, PrintStream out, PrintStream err) throws Exception {
        return interpreter.main(argv(script), in, out, err);
    }
}
