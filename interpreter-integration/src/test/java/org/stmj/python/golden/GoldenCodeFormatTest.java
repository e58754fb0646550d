package org.stmj.python.golden;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.stmj.python.compiler.CodeFormat;

/**
 * The golden programs in GIL mode on deserialised code: with {@link CodeFormat#roundTripAll} every module the
 * compiler compiles (the program and the modules it imports from its directory) is serialised, read back, checked
 * field for field against the original, and the copy runs. The output must be CPython's, as in GoldenGilTest.
 */
class GoldenCodeFormatTest extends GoldenGilTest {
    @BeforeAll
    void roundTripOn() {
        CodeFormat.roundTripAll = true;
    }

    @AfterAll
    void roundTripOff() {
        CodeFormat.roundTripAll = false;
    }

    /**
     * A second pass of the whole suite in the same JVM, on a loaded machine: the GC-heavy programs
     * (objects13c/del_finalizers.py timed out once at 20 s under a load of 70 while it passes in GoldenGilTest) get
     * more time. The round trip itself costs milliseconds per program.
     */
    @Override
    protected long defaultTimeoutSeconds() {
        return 60;
    }
}
