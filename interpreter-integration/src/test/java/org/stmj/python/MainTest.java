package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void whenCodeOption_thenStdoutAndExitZero() {
        PyRun r = PyRun.code("print(1 + 2, 'x', sep='-')");
        assertEquals("3-x\n", r.out);
        assertEquals(0, r.rc);
    }

    @Test
    void whenUncaughtException_thenTracebackOnStderrAndExitOne() throws Exception {
        Path p = dir.resolve("boom.py");
        Files.writeString(p, "def f(x):\n    return x / 0\nf(1)\n");
        PyRun r = PyRun.args(p.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.startsWith("Traceback (most recent call last):\n"), r.err);
        assertTrue(r.err.contains("line 2, in f\n    return x / 0\n"), r.err);
        assertEquals("ZeroDivisionError: division by zero", r.lastErrLine());
    }

    @Test
    void whenSysExitWithCode_thenThatExitCode() {
        assertEquals(3, PyRun.code("import sys\nsys.exit(3)").rc);
        assertEquals(0, PyRun.code("raise SystemExit").rc);
        PyRun r = PyRun.code("raise SystemExit('bye')");
        assertEquals(1, r.rc);
        assertEquals("bye", r.lastErrLine());
    }

    @Test
    void whenSyntaxError_thenSourceLineCaretAndExitOne() throws Exception {
        Path p = dir.resolve("bad.py");
        Files.writeString(p, "x = 1\ny = = 2\n");
        PyRun r = PyRun.args(p.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("line 2\n    y = = 2\n        ^\n"), r.err);
        assertEquals("SyntaxError: invalid syntax", r.lastErrLine());
    }

    @Test
    void whenUnknownOptionOrMissingFile_thenExitTwo() {
        assertEquals(2, PyRun.args("-Z").rc);
        assertEquals(2, PyRun.args(dir.resolve("missing.py").toString()).rc);
    }

    @Test
    void whenArgvPassed_thenSysArgvHasThem() {
        assertEquals("['-c', 'a', 'b']\n", PyRun.code("import sys; print(sys.argv)", "a", "b").out);
    }

    @Test
    void whenRunRepeatedly_thenNoStateLeaksBetweenRuns() {
        for (int i = 0; i < 20; i++) {
            PyRun r = PyRun.code(
                    "import sys\nprint(hasattr(sys, 'leak'))\nsys.leak = 1\nx = globals().get('y', 0)\ny = 5\n"
                    + "print(sys.getrecursionlimit())\nsys.setrecursionlimit(50)");
            assertEquals("False\n1000\n", r.out);
        }
    }

    @Test
    void whenDeepRecursion_thenRecursionError() {
        PyRun r = PyRun.code("def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, r.rc);
        assertEquals("RecursionError: maximum recursion depth exceeded", r.lastErrLine());
    }

    @Test
    void whenImportingScriptNeighbour_thenModuleLoaded() throws Exception {
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\nNAME = __name__\n");
        Path main = dir.resolve("main.py");
        Files.writeString(main, "import helper\nfrom helper import twice\nprint(twice(21), helper.NAME, __name__)\n");
        assertEquals("42 helper __main__\n", PyRun.args(main.toString()).out);
    }

    @Test
    void whenExceptionInThread_thenReportedAndMainContinues() {
        PyRun r = PyRun.code("import threading\ndef work():\n    raise ValueError('x')\n"
                + "t = threading.Thread(target=work)\nt.start(); t.join()\nprint('done')");
        assertEquals("done\n", r.out);
        assertEquals(0, r.rc);
        assertTrue(r.err.startsWith("Exception in thread Thread-"), r.err);
        assertEquals("ValueError: x", r.lastErrLine());
    }
}
