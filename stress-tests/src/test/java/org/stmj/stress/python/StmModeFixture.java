package org.stmj.stress.python;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class run against the interpreter's STM build in this JVM ({@link StmMode}): transformed once for the class
 * in the mode {@link #mode} names, GIL mode and the previous {@code stmj.mode} afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StmModeFixture {
    /** The transformed interpreter, set before the class's first test. */
    StmInterpreter interpreter;
    private StmMode stm;

    /** The mode the class's programs run in: {@code stm}, or {@code auto} ({@link AutoModeFixture}). */
    String mode() {
        return "stm";
    }

    @BeforeAll
    final void enterMode() throws Exception {
        stm = new StmMode(mode());
        interpreter = stm.interpreter;
    }

    @AfterAll
    final void leaveMode() {
        stm.close();
    }
}
