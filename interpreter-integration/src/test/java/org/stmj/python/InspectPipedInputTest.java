package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code -i} with input that is not a terminal runs CPython's prompt loop on it, statement by statement. */
class InspectPipedInputTest {
    private static String[] run(String input, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new String[] {o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), "" + rc};
    }

    @Test
    void whenInspectWithPipedInput_thenEachStatementRunsAndEchoesAndPromptsGoToStderr() {
        String[] r = run("x = 2\nx * 21\ndef f(a):\n    return a + 1\n\nf(x)\n1/0\nx\n", "-q", "-i");
        assertEquals("42\n3\n2\n", r[0]);
        assertEquals("0", r[2]);
        assertTrue(r[1].startsWith(">>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> "), r[1]);
    }

    @Test
    void whenInspectAfterACommand_thenThePromptSeesItsGlobalsAndSysExitEndsIt() {
        String[] r = run("y + 1\nimport sys; sys.exit(3)\nprint(9)\n", "-q", "-i", "-c", "y = 5");
        assertEquals("6\n", r[0]);
        assertEquals("3", r[2]);
    }
}
