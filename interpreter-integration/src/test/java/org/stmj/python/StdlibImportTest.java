package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import system: CPython's library from the jar, packages, relative imports, -m. */
class StdlibImportTest {
    @TempDir
    Path dir;

    @Test
    void whenStdlibModuleImported_thenItComesFromTheStdlibRoot() {
        PyRun r = PyRun.code("import json, textwrap\nprint(json.__file__, textwrap.__file__)");
        assertEquals("<stdlib>/json/__init__.py <stdlib>/textwrap.py\n", r.out, r.err);
    }

    @Test
    void whenThreadingImported_thenItIsCPythonsOverTheJavaThreadModule() {
        PyRun r = PyRun.code(
                "import threading, _thread\nprint(threading.__file__, threading._CRLock is _thread.RLock)");
        assertEquals("<stdlib>/threading.py True\n", r.out, r.err);
    }

    @Test
    void whenOwnModuleShadowsStdlib_thenOwnModuleWins() {
        PyRun r = PyRun.code("import types\nprint(types.__file__)");
        assertEquals("<stmj>/types.py\n", r.out, r.err);
    }

    @Test
    void whenRandomImported_thenItIsCPythonsOverTheJavaRandomCore() {
        PyRun r = PyRun.code("import random, _random\nprint(random.__file__, issubclass(random.Random, _random.Random),"
                + " random.Random(7).random())");
        assertEquals("<stdlib>/random.py True 0.32383276483316237\n", r.out, r.err);
    }

    @Test
    void whenSysPathListed_thenScriptDirThenVirtualRoots() {
        PyRun r = PyRun.code("import sys\nprint(sys.path[0] == '', sys.path[-2:])");
        assertEquals("True ['<stmj>', '<stdlib>']\n", r.out, r.err);
    }

    @Test
    void whenPackageUsesRelativeImports_thenTheyResolveAgainstThePackage() throws Exception {
        Path pkg = dir.resolve("pkg");
        Files.createDirectories(pkg.resolve("sub"));
        Files.writeString(pkg.resolve("__init__.py"), "from .a import A\n");
        Files.writeString(pkg.resolve("a.py"), "A = 'a'\n");
        Files.writeString(pkg.resolve("sub/__init__.py"), "");
        Files.writeString(pkg.resolve("sub/b.py"), "from ..a import A\nfrom . import c\nB = A + c.C\n");
        Files.writeString(pkg.resolve("sub/c.py"), "C = 'c'\n");
        Path main = dir.resolve("main.py");
        Files.writeString(main, "import pkg.sub.b\nfrom pkg.sub import c\nprint(pkg.A, pkg.sub.b.B, c.C)\n");
        PyRun r = PyRun.args(main.toString());
        assertEquals("a ac c\n", r.out, r.err);
    }

    @Test
    void whenModuleMissing_thenModuleNotFoundErrorNamesIt() {
        PyRun r = PyRun.code("try:\n    import no_such_mod\nexcept ModuleNotFoundError as e:\n    print(e.name, e)");
        assertEquals("no_such_mod No module named 'no_such_mod'\n", r.out, r.err);
    }

    @Test
    void whenDashM_thenModuleRunsAsMain() throws Exception {
        Path f = dir.resolve("data.json");
        Files.writeString(f, "{\"b\": 1, \"a\": [true, null]}");
        PyRun r = PyRun.args("-m", "json.tool", "--sort-keys", "--compact", f.toString());
        assertEquals("{\"a\":[true,null],\"b\":1}\n", r.out, r.err);
        assertEquals(0, r.rc);
    }

    @Test
    void whenDashMOfMissingModule_thenExitOne() {
        PyRun r = PyRun.args("-m", "no_such_module_x");
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("No module named no_such_module_x"), r.err);
    }
}
