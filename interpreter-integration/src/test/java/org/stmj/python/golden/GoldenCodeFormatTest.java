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
}
