package org.stmj.stress.python;

import org.stmj.transform.runtime.Rt;

/**
 * The interpreter's STM build run in this JVM by one test class: made in its {@code @BeforeAll} with the mode
 * ("stm" or "auto") set as the {@code stmj.mode} property before the interpreter is transformed and in the runtime
 * after; {@link #close} in its {@code @AfterAll} puts back GIL mode and the property's previous value.
 */
final class StmMode implements AutoCloseable {
    /** The transformed interpreter, for the test class's programs. */
    final StmInterpreter interpreter;
    private final String previousMode;

    StmMode(String mode) throws Exception {
        previousMode = System.setProperty("stmj.mode", mode);
        interpreter = new StmInterpreter();
        Rt.setMode(mode);
    }

    @Override
    public void close() {
        Rt.setMode("gil");
        if (previousMode == null) {
            System.clearProperty("stmj.mode");
        } else {
            System.setProperty("stmj.mode", previousMode);
        }
    }
}
