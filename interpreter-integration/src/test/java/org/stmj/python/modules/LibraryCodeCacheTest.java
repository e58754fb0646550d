package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.python.PyRun;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;

/**
 * The compiled-code cache of imported modules: written next to the source as CPython does, read back, ignored
 * and rewritten when corrupt, truncated, foreign or stale, never written for the main script, nor with
 * {@code -B} or {@code sys.dont_write_bytecode}; a directory it cannot write is skipped.
 */
class LibraryCodeCacheTest {
    private static final String MOD = "VALUE = 41\n";

    @TempDir
    Path dir;

    /** The main script turns writing on itself: the environment of a test run may set PYTHONDONTWRITEBYTECODE. */
    private Path program(boolean write) throws IOException {
        Files.writeString(dir.resolve("mod.py"), MOD);
        Path main = dir.resolve("main.py");
        Files.writeString(main, "import sys\n" + (write ? "sys.dont_write_bytecode = False\n" : "")
                + "import mod\nprint(mod.VALUE)\n");
        return main;
    }

    private Path cacheFile() {
        return dir.resolve("__pycache__").resolve("mod." + LibraryCodeCache.TAG + ".pyc");
    }

    private Code decoded(Path file) throws IOException {
        return LibraryCodeCache.decode(Files.readAllBytes(file), Files.readString(dir.resolve("mod.py")),
                dir.resolve("mod.py").toString(), null);
    }

    @Test
    void whenAModuleIsImported_thenItsCodeIsCachedNextToItButNotTheMainScripts() throws IOException {
        Path main = program(true);
        PyRun r = PyRun.args(main.toString());
        assertEquals("41\n", r.out, r.err);
        assertNotNull(decoded(cacheFile()));
        try (Stream<Path> s = Files.list(dir.resolve("__pycache__"))) {
            assertEquals(List.of(cacheFile().getFileName().toString()),
                    s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void whenACacheFileExists_thenTheImportRunsItsCode() throws IOException {
        Path main = program(true);
        // a file for mod.py's source whose code says something else: the import must run the cached code
        byte[] forged = LibraryCodeCache.encode(Compiler.compile("VALUE = 99\n", "mod.py", false), MOD);
        Files.createDirectories(cacheFile().getParent());
        Files.write(cacheFile(), forged);
        assertEquals("99\n", PyRun.args(main.toString()).out);
    }

    @Test
    void whenTheCacheFileIsCorruptOrTruncated_thenItIsIgnoredAndRewritten() throws IOException {
        Path main = program(true);
        assertEquals("41\n", PyRun.args(main.toString()).out);
        byte[] good = Files.readAllBytes(cacheFile());
        byte[] flipped = good.clone();
        flipped[flipped.length - 3] ^= 0x5a;
        List<byte[]> bad = List.of(new byte[0], "garbage".getBytes(), java.util.Arrays.copyOf(good, good.length / 2),
                java.util.Arrays.copyOf(good, LibraryCodeCache.HEADER), flipped);
        for (byte[] b : bad) {
            Files.write(cacheFile(), b);
            assertNull(decoded(cacheFile()));
            PyRun r = PyRun.args(main.toString());
            assertEquals("41\n", r.out, r.err);
            assertNotNull(decoded(cacheFile()), "the file was not written again");
        }
    }

    @Test
    void whenTheFileIsFromAnotherBuild_thenItIsIgnored() throws IOException {
        Path main = program(true);
        PyRun.args(main.toString());
        byte[] b = Files.readAllBytes(cacheFile());
        b[12] ^= 1; // the build id follows the magic (8 bytes) and the format version (4)
        Files.write(cacheFile(), b);
        assertNull(decoded(cacheFile()));
        b = Files.readAllBytes(cacheFile());
        b[8] ^= 1; // the format version
        assertNull(LibraryCodeCache.decode(b, MOD, "mod.py", null));
    }

    @Test
    void whenTheSourceChanges_thenTheModuleIsRecompiled() throws IOException {
        Path main = program(true);
        assertEquals("41\n", PyRun.args(main.toString()).out);
        Files.writeString(dir.resolve("mod.py"), "VALUE = 42\n"); // same length, other text
        assertEquals("42\n", PyRun.args(main.toString()).out);
        assertNotNull(decoded(cacheFile()));
    }

    @Test
    void whenDashBIsGiven_thenNothingIsWritten() throws IOException {
        program(false);
        Path main = dir.resolve("main.py");
        Files.writeString(main, "import sys\nprint(sys.dont_write_bytecode)\nimport mod\n");
        PyRun r = PyRun.args("-B", main.toString());
        assertEquals("True\n", r.out, r.err);
        assertFalse(Files.exists(dir.resolve("__pycache__")));
    }

    @Test
    void whenTheProgramSetsDontWriteBytecode_thenNothingIsWritten() throws IOException {
        program(false);
        Path main = dir.resolve("main.py");
        Files.writeString(main, "import sys\nsys.dont_write_bytecode = True\nimport mod\nprint(mod.VALUE)\n");
        assertEquals("41\n", PyRun.args(main.toString()).out);
        assertFalse(Files.exists(dir.resolve("__pycache__")));
    }

    @Test
    void whenAPycachePrefixIsGiven_thenTheFileGoesUnderIt() throws IOException {
        Path main = program(true);
        Path prefix = dir.resolve("pfx");
        PyRun r = PyRun.args("-X", "pycache_prefix=" + prefix, main.toString());
        assertEquals("41\n", r.out, r.err);
        Path abs = dir.toAbsolutePath();
        Path expected = prefix.resolve(abs.getRoot().relativize(abs)).resolve("mod." + LibraryCodeCache.TAG + ".pyc");
        assertTrue(Files.isRegularFile(expected), "no " + expected);
        assertFalse(Files.exists(dir.resolve("__pycache__")));
    }

    @Test
    void whenTheCacheDirectoryCannotBeMade_thenTheImportStillWorks() throws IOException {
        Path main = program(true);
        Files.writeString(dir.resolve("__pycache__"), "a file where the directory would be");
        PyRun r = PyRun.args(main.toString());
        assertEquals("41\n", r.out, r.err);
        assertTrue(Files.isRegularFile(dir.resolve("__pycache__")));
    }

    @Test
    void whenTwoWritersRace_thenEveryReadSeesAWholeFileOrNone() throws Exception {
        Path target = dir.resolve("c").resolve("x.pyc");
        String src = "A = [i * i for i in range(10)]\n";
        byte[] a = LibraryCodeCache.encode(Compiler.compile(src, "x.py", false), src);
        byte[] b = LibraryCodeCache.encode(Compiler.compile(src, "x.py", false), src);
        AtomicReference<String> problem = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (byte[] data : List.of(a, b)) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!LibraryCodeCache.write(target, data)) {
                        problem.set("a write failed");
                    }
                }
            }));
        }
        threads.add(new Thread(() -> {
            for (int i = 0; i < 400; i++) {
                byte[] got = LibraryCodeCache.read(target);
                if (got != null && LibraryCodeCache.decode(got, src, "x.py", null) == null) {
                    problem.set("a reader saw a partial file");
                }
            }
        }));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertNull(problem.get());
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of("x.pyc"), s.map(p -> p.getFileName().toString()).toList(), "temporary files left");
        }
    }

    @Test
    void whenLibraryFilesAreMapped_thenTheyLieInThisBuildsCacheDirectory() {
        String old = System.getProperty("stmj.cache.dir");
        try {
            System.setProperty("stmj.cache.dir", dir.toString());
            LibraryCodeCache.reset();
            Path p = LibraryCodeCache.pathFor("<stdlib>/json/__init__.py", true, null);
            assertNotNull(p);
            assertTrue(p.startsWith(dir) && p.toString().endsWith("stdlib/json/__init__.stmjc"), p.toString());
            assertTrue(p.getParent().getParent().getParent().getFileName().toString().startsWith("b"), p.toString());
            assertNull(LibraryCodeCache.pathFor("<stdlib>/../../etc/x.py", true, null));
            System.setProperty("stmj.cache.dir", "");
            LibraryCodeCache.reset();
            assertNull(LibraryCodeCache.pathFor("<stdlib>/json/__init__.py", true, null), "an empty dir disables it");
        } finally {
            if (old == null) {
                System.clearProperty("stmj.cache.dir");
            } else {
                System.setProperty("stmj.cache.dir", old);
            }
            LibraryCodeCache.reset();
        }
    }
}
