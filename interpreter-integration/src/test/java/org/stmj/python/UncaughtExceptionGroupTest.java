package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An uncaught exception group is printed as CPython 3.11 prints it: nested boxes with margins, member tracebacks,
 * chained exceptions and notes inside the box. The expected text is CPython 3.11.7's stderr for the same program
 * with its "^^^^" position lines removed (the interpreter does not draw them) and the script's path shortened.
 */
class UncaughtExceptionGroupTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = String.join("\n",
            "def fail(i):",
            "    raise ValueError(i)",
            "errs = []",
            "for i in range(2):",
            "    try:",
            "        fail(i)",
            "    except ValueError as e:",
            "        errs.append(e)",
            "k = KeyError(\"k\")",
            "k.add_note(\"a note\")",
            "try:",
            "    raise TypeError(\"t\") from k",
            "except TypeError as t:",
            "    errs.append(t)",
            "raise ExceptionGroup(\"top\", [errs[0], ExceptionGroup(\"nested\", errs[1:])])",
            "");

    private static final String EXPECTED = String.join("\n",
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 15, in <module>",
            "  |     raise ExceptionGroup(\"top\", [errs[0], ExceptionGroup(\"nested\", errs[1:])])",
            "  | ExceptionGroup: top (2 sub-exceptions)",
            "  +-+---------------- 1 ----------------",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 6, in <module>",
            "    |     fail(i)",
            "    |   File \"prog.py\", line 2, in fail",
            "    |     raise ValueError(i)",
            "    | ValueError: 0",
            "    +---------------- 2 ----------------",
            "    | ExceptionGroup: nested (2 sub-exceptions)",
            "    +-+---------------- 1 ----------------",
            "      | Traceback (most recent call last):",
            "      |   File \"prog.py\", line 6, in <module>",
            "      |     fail(i)",
            "      |   File \"prog.py\", line 2, in fail",
            "      |     raise ValueError(i)",
            "      | ValueError: 1",
            "      +---------------- 2 ----------------",
            "      | KeyError: 'k'",
            "      | a note",
            "      | ",
            "      | The above exception was the direct cause of the following exception:",
            "      | ",
            "      | Traceback (most recent call last):",
            "      |   File \"prog.py\", line 12, in <module>",
            "      |     raise TypeError(\"t\") from k",
            "      | TypeError: t",
            "      +------------------------------------",
            "");

    @Test
    void whenExceptionGroupUncaught_thenNestedBoxesAsCPython() throws Exception {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        PyRun r = PyRun.args(p.toString());
        assertEquals(1, r.rc);
        assertEquals(EXPECTED, r.err.replace(p.toString(), "prog.py"));
    }
}
