package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/stmpy} starts in GIL mode, seen through a stand-in JDK whose {@code java} writes down its
 * arguments: the GIL build made for start-up ({@code interpreter-stm/target/interpreter-gil.jar}, lambdas and
 * concatenations desugared at build time) when it is as new as the interpreter jar, and a JDK older than 17 is
 * refused although another JVM passed the check before (the check is remembered per JVM binary), and
 * {@code --jit=quick} stops the JIT at C1 while the default keeps C2. Needs the
 * packaged, fresh jars (a full {@code mvn verify} makes them before this module's tests); skipped otherwise, since
 * the launcher would build.
 */
class LauncherStartupTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path INTERP = ROOT.resolve("interpreter-integration");
    private static final Path PLAIN = INTERP.resolve("target/interpreter-integration-0.1.0-SNAPSHOT.jar");
    private static final Path GIL = ROOT.resolve("interpreter-stm/target/interpreter-gil.jar");

    @TempDir
    Path dir;

    private static FileTime newestSource() throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        for (Path tree : List.of(INTERP.resolve("src/main"), ROOT.resolve("atomic-api/src/main"))) {
            try (Stream<Path> s = Files.walk(tree)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    FileTime t = Files.getLastModifiedTime(p);
                    if (t.compareTo(newest) > 0) {
                        newest = t;
                    }
                }
            }
        }
        return newest;
    }

    private static void assumeFreshJars() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(PLAIN) && Files.isRegularFile(GIL)
                && Files.isDirectory(INTERP.resolve("target/lib")), "the packaged jars are absent: run mvn package");
        FileTime jar = Files.getLastModifiedTime(PLAIN);
        Assumptions.assumeTrue(jar.compareTo(newestSource()) >= 0, "the interpreter jar is stale");
        Assumptions.assumeTrue(Files.getLastModifiedTime(GIL).compareTo(jar) >= 0, "the GIL build is stale");
    }

    /** A JDK directory whose java records its arguments in {@code args.txt}, with the given release. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + home.resolve("args.txt") + "\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static Process stmpy(Path javaHome, Path err, String... flags) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("bin/stmpy").toString(), "--gil"));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-c", "pass"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("STMPY_MODE");
        pb.environment().remove("STMPY_JIT");
        pb.environment().remove("JAVA_OPTS");
        return pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/stmpy did not end in 60 s");
        }
        return p.exitValue();
    }

    @Test
    void whenTheGilBuildIsFresh_thenStmpyRunsItAheadOfThePlainJar() throws Exception {
        assumeFreshJars();
        Path jdk = fakeJdk("jdk17", "17.0.9");
        Path err = dir.resolve("err.txt");
        assertEquals(0, waitFor(stmpy(jdk, err)), Files.readString(err));
        List<String> args = Files.readAllLines(jdk.resolve("args.txt"));
        int cp = args.indexOf("-cp");
        assertNotEquals(-1, cp, args.toString());
        String first = args.get(cp + 1).split(":")[0];
        assertEquals(GIL.toRealPath().toString(), Path.of(first).toRealPath().toString());
        assertEquals("org.stmj.python.Main", args.get(cp + 2));
    }

    @Test
    void whenJavaHomeNamesAnOldJdkAfterAGoodOne_thenStmpyStillRefusesIt() throws Exception {
        assumeFreshJars();
        Path err = dir.resolve("err.txt");
        assertEquals(0, waitFor(stmpy(fakeJdk("jdk17", "17.0.9"), err)), Files.readString(err));
        Path old = fakeJdk("jdk11", "11.0.2");
        assertEquals(1, waitFor(stmpy(old, err)));
        assertTrue(Files.readString(err).contains("Java 17 or newer is needed (found 11"), Files.readString(err));
        assertTrue(Files.notExists(old.resolve("args.txt")), "the old JDK's java ran");
    }

    @Test
    void whenJitIsQuick_thenStmpyStopsTheJitAtC1AndOtherwiseKeepsC2() throws Exception {
        assumeFreshJars();
        Path jdk = fakeJdk("jdk17", "17.0.9");
        Path err = dir.resolve("err.txt");
        assertEquals(0, waitFor(stmpy(jdk, err, "--jit=quick")), Files.readString(err));
        List<String> quick = Files.readAllLines(jdk.resolve("args.txt"));
        assertTrue(quick.contains("-XX:TieredStopAtLevel=1"), quick.toString());
        assertEquals(0, waitFor(stmpy(jdk, err)), Files.readString(err));
        List<String> full = Files.readAllLines(jdk.resolve("args.txt"));
        assertTrue(full.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), full.toString());
        assertEquals(2, waitFor(stmpy(jdk, err, "--jit=fast")));
        assertTrue(Files.readString(err).contains("bad JIT 'fast'"), Files.readString(err));
    }

    /**
     * The class-data-sharing archive is trained on {@code bin/cds-train.py}: {@code import random} then loads
     * (almost) every class from it (230 or more from the jars with the {@code -c pass} archive), and the dispatch
     * loop is still JIT-compiled (a training run with the JIT on left the loop marked as queued for a compile in
     * the archive once: it was never compiled in later runs, raytracer 4.6x slower).
     */
    @Test
    void whenTheArchiveIsTrained_thenImportsComeFromItAndTheLoopIsStillCompiled() throws Exception {
        assumeFreshJars();
        Path prog = dir.resolve("loop.py");
        Files.writeString(prog, "import random\n\ndef f(n):\n    s = 0\n    for i in range(n):\n"
                + "        s += i % 7\n    return s\n\nfor _ in range(30):\n    f(20000)\n");
        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.txt");
        Path log = dir.resolve("classes.txt");
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/stmpy").toString(), "--gil", "-B", prog.toString());
        pb.environment().remove("STMPY_MODE");
        pb.environment().remove("STMPY_JIT");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("JAVA_OPTS", "-XX:+PrintCompilation -Xlog:class+load=info:file=" + log);
        Process p = pb.redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/stmpy did not end in 300 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(err));
        List<String> loaded = Files.readAllLines(log);
        long fromJars = loaded.stream().filter(l -> !l.contains("shared objects file")).count();
        assertTrue(loaded.size() > 1000 && fromJars < 40, fromJars + " of " + loaded.size() + " classes from the jars");
        assertTrue(Files.readString(out).contains("org.stmj.python.vm.Interp::loop"),
                "the dispatch loop was never compiled");
    }

    /**
     * The archive's training run (made by the build) also writes the code cache of the library modules it imports,
     * as CPython's install ships its standard library's {@code .pyc} files: a run under
     * {@code PYTHONDONTWRITEBYTECODE}, which writes no cache itself, reads {@code random}, {@code os} and the rest
     * from it ({@code CodeFormat$Reader} loaded) instead of compiling them (the lexer's {@code Escapes} loaded).
     */
    @Test
    void whenTheArchiveIsTrained_thenTheLibraryModulesItImportsAreInTheCodeCache() throws Exception {
        assumeFreshJars();
        Path log = dir.resolve("classes.txt");
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/stmpy").toString(), "--gil", "-c", "import random");
        pb.environment().remove("STMPY_MODE");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Path err = dir.resolve("err.txt");
        assertEquals(0, waitFor(pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()), Files.readString(err));
        String loaded = Files.readString(log);
        assertTrue(loaded.contains("org.stmj.python.compiler.CodeFormat$Reader "), "no module came from the cache");
        assertTrue(!loaded.contains("org.stmj.python.objects.Escapes "), "a library module was compiled");
    }

    /**
     * The build makes the GIL archive (interpreter-stm's {@code cds-archives} step runs {@code bin/stmpy} once per
     * mode), so it is there, as new as the GIL build, and a run uses it as it is instead of training it again.
     */
    @Test
    void whenTheBuildIsPackaged_thenTheArchiveIsThereAndARunKeepsIt() throws Exception {
        assumeFreshJars();
        Path archive = INTERP.resolve("target/gil.jsa");
        assertTrue(Files.isRegularFile(archive), "the build made no GIL archive (built with -Dstmj.skipArchive?)");
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(GIL)) >= 0,
                "the archive is older than the GIL build");
        FileTime made = Files.getLastModifiedTime(archive);
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/stmpy").toString(), "--gil", "-c", "pass");
        pb.environment().remove("STMPY_MODE");
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("JAVA_OPTS");
        Path err = dir.resolve("err.txt");
        assertEquals(0, waitFor(pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()), Files.readString(err));
        assertEquals(made, Files.getLastModifiedTime(archive), "the run made the archive again");
    }

    /**
     * Inside the build (STMPY_NO_BUILD, set by the {@code cds-archives} step) a launcher that finds its jars
     * missing or stale stops instead of starting a Maven build of its own: a copy of {@code bin/stmpy} in a
     * directory without jars.
     */
    @Test
    void whenNoBuildIsSetAndTheJarsAreMissing_thenStmpyStopsWithoutBuilding() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("tree/bin"));
        Path copy = bin.resolve("stmpy");
        Files.copy(ROOT.resolve("bin/stmpy"), copy);
        assertTrue(copy.toFile().setExecutable(true));
        ProcessBuilder pb = new ProcessBuilder(copy.toString(), "--gil", "-c", "pass");
        pb.environment().put("STMPY_NO_BUILD", "1");
        pb.environment().remove("STMPY_MODE");
        pb.environment().remove("JAVA_HOME");
        Path err = dir.resolve("err.txt");
        assertEquals(1, waitFor(pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()), Files.readString(err));
        assertTrue(Files.readString(err).contains("STMPY_NO_BUILD is set"), Files.readString(err));
        assertTrue(Files.notExists(dir.resolve("tree/target/stmpy-build.log")), "it started a build");
    }
}
