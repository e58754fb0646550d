package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.python.compiler.Compiler;

class StartupOptionsTest {
    @TempDir
    Path dir;

    @Test
    void whenWarningOptionError_thenAWarningIsRaised() {
        PyRun r = PyRun.args("-W", "error", "-c",
                "import warnings, sys\nprint(sys.warnoptions)\nwarnings.warn('careful')");
        assertEquals("['error']\n", r.out);
        assertEquals(1, r.rc);
        assertEquals("UserWarning: careful", r.lastErrLine());
    }

    @Test
    void whenXOptions_thenSysXoptionsAndDevModeAsCPython() {
        PyRun r = PyRun.args("-X", "dev", "-Xfoo=bar", "-c",
                "import sys; print(sys._xoptions, sys.flags.dev_mode, sys.warnoptions)");
        assertEquals("{'dev': True, 'foo': 'bar'} True ['default']\n", r.out);
    }

    @Test
    void whenIntMaxStrDigitsOption_thenTheLimitAppliesAndABadOneIsFatal() {
        PyRun r = PyRun.args("-X", "int_max_str_digits=1000", "-c",
                "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)\n"
                + "try:\n    int('1' * 1001)\nexcept ValueError:\n    print('limited')");
        assertEquals("1000 1000\nlimited\n", r.out);
        PyRun bad = PyRun.args("-X", "int_max_str_digits=5", "-c", "pass");
        assertEquals(1, bad.rc);
        assertTrue(bad.err.startsWith("Fatal Python error: -X int_max_str_digits: invalid limit"), bad.err);
    }

    @Test
    void whenUnbuffered_thenStdoutAndStderrReachOneStreamInWriteOrder() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(both, true, StandardCharsets.UTF_8);
        String src = "import sys\nfor i in range(3):\n"
                + "    sys.stdout.write('o%d ' % i)\n    sys.stderr.write('e%d ' % i)\n";
        int rc = Main.run(new String[] {"-u", "-c", src}, new ByteArrayInputStream(new byte[0]), ps, ps);
        assertEquals(0, rc);
        assertEquals("o0 e0 o1 e1 o2 e2 ", both.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whenNotATerminal_thenIsattyIsFalseAndStdoutIsNotLineBuffered() {
        PyRun r = PyRun.code("import sys, os\nprint(sys.stdout.isatty(), os.isatty(1), sys.stdout.line_buffering, "
                + "sys.stderr.line_buffering)");
        assertEquals("False False False True\n", r.out);
    }

    @Test
    void whenIsolated_thenTheScriptsDirectoryIsNotOnSysPath() throws Exception {
        Path p = dir.resolve("iso.py");
        Files.writeString(p, "import sys\nprint(sys.path[0] == '%s', sys.flags.isolated, sys.flags.safe_path)\n"
                .formatted(dir.toString()));
        assertEquals("True 0 False\n", PyRun.args(p.toString()).out);
        assertEquals("False 1 True\n", PyRun.args("-I", p.toString()).out);
    }

    @Test
    void whenScriptRun_thenItsFileIsAbsoluteAndArgvZeroAsGiven() throws Exception {
        Path p = dir.resolve("where.py");
        Files.writeString(p, "import os, sys\n"
                + "print(os.path.isabs(__file__), __file__ == os.path.abspath(sys.argv[0]))\n"
                + "print(sys.argv[0] == '%s')\n".formatted(p.toString()));
        assertEquals("True True\nTrue\n", PyRun.args(p.toString()).out);
    }

    @Test
    void whenOptimize_thenAssertsAreDroppedAndDebugIsFalse() {
        try {
            PyRun r = PyRun.args("-O", "-c", "import sys\nassert False, 'kept'\nprint(__debug__, sys.flags.optimize)");
            assertEquals("False 1\n", r.out);
            assertEquals(0, r.rc);
        } finally {
            Compiler.setOptimizeLevel(0);
        }
        PyRun plain = PyRun.code("assert False, 'kept'");
        assertEquals("AssertionError: kept", plain.lastErrLine());
    }
}
