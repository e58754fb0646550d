package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forked JVMs on the packaged jars: the agent transforms a plain program and it runs correctly; a bad option
 * and an untransformable class stop the JVM with one line; the offline translator's output runs with only
 * the runtime jar, without the agent.
 */
class AgentIT {
    static final Path AGENT = Path.of(System.getProperty("stmj.agentJar", "target/stm-agent.jar"));
    static final Path RUNTIME = AGENT.resolveSibling("stm-runtime.jar");
    static final Path TEST_CLASSES = Path.of(System.getProperty("stmj.testClasses", "target/test-classes"));
    static final String MAIN = "org.stmj.transform.it.AppMain";

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    static Run java(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-Dstmj.chaos=" + System.getProperty("stmj.chaos", "0"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path config(String... lines) throws IOException {
        Path c = tmp.resolve("stm.properties");
        Files.write(c, List.of(lines));
        return c;
    }

    @Test
    void whenAppRunsUnderAgent_thenItIsTransformedAndCorrect() throws Exception {
        Path c = config("transform=org.stmj.transform.fixtures,org.stmj.transform.it");
        Run r = java(tmp, "-javaagent:" + AGENT + "=config=" + c, "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("transformed=true"), r.out());
        assertTrue(r.out().contains("bank total=8000 transfers=4000"), r.out());
        assertTrue(r.out().contains("vm g0=4000 g1+g2=0 violations=0"), r.out());
    }

    @Test
    void whenAgentHasNoOptions_thenEveryApplicationClassIsTransformed() throws Exception {
        Run r = java(tmp, "-javaagent:" + AGENT, "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("transformed=true"), r.out());
        assertTrue(r.out().contains("bank total=8000 transfers=4000"), r.out());
        assertTrue(r.out().contains("vm g0=4000 g1+g2=0 violations=0"), r.out());
    }

    @Test
    void whenAtomicClassIsExcluded_thenTheJvmStopsWithOneLineNamingItAndTheFix() throws Exception {
        Run r = java(tmp, "-javaagent:" + AGENT + "=exclude=org.stmj.transform.fixtures.", "-cp",
                TEST_CLASSES.toString(), MAIN);
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("stmj: cannot transform org.stmj.transform.fixtures.Bank: "), r.err());
        assertTrue(r.err().contains("is @Atomic but class org.stmj.transform.fixtures.Bank is not transformed"),
                r.err());
        assertTrue(r.err().contains("remove it from exclude="), r.err());
    }

    @Test
    void whenAgentCacheIsGiven_thenTheSecondStartReadsItAndRunsTheSame() throws Exception {
        Path cache = tmp.resolve("cache");
        String agent = "-javaagent:" + AGENT + "=transform=org.stmj.transform.fixtures,org.stmj.transform.it,cache="
                + cache;
        Run first = java(tmp, agent, "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(0, first.status(), first.out() + first.err());
        List<Path> folders;
        try (Stream<Path> s = Files.list(cache)) {
            folders = s.toList();
        }
        assertEquals(1, folders.size(), folders.toString());
        long entries;
        try (Stream<Path> s = Files.list(folders.get(0))) {
            entries = s.count();
        }
        assertTrue(entries > 3, "cached classes: " + entries);
        java.util.Map<Path, java.nio.file.attribute.FileTime> written = new java.util.HashMap<>();
        try (Stream<Path> s = Files.list(folders.get(0))) {
            for (Path p : s.toList()) {
                written.put(p, Files.getLastModifiedTime(p));
            }
        }
        Run second = java(tmp, agent, "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(first.out(), second.out());
        // every class the first start cached is read, not transformed and written again (a class that only some
        // runs load, on a timing-dependent path such as contention management, may be added)
        for (java.util.Map.Entry<Path, java.nio.file.attribute.FileTime> e : written.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), "rewritten: " + e.getKey());
        }
        try (Stream<Path> s = Files.list(folders.get(0))) {
            List<Path> added = s.filter(p -> !written.containsKey(p)).toList();
            // a loaded machine takes contention paths (backoff, waits and their lambdas) the first run may not
            // have taken: a few classes, never a second copy of the whole program
            assertTrue(added.size() <= 8, "the second start transformed " + added.size() + " classes more: "
                    + added);
        }
        Run other = java(tmp, agent + ",verbose=false", "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(0, other.status(), other.out() + other.err());
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(2, s.count(), "other options: a cache folder of their own");
        }
    }

    @Test
    void whenAgentOptionIsBad_thenOneLineAndExitStatus2() throws Exception {
        Run r = java(tmp, "-javaagent:" + AGENT + "=config=" + tmp.resolve("missing.properties"), "-cp",
                TEST_CLASSES.toString(), MAIN);
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("stmj: bad agent option: cannot read config"), r.err());
    }

    @Test
    void whenAgentConfigKeyIsUnknown_thenOneLineAndExitStatus2() throws Exception {
        Path c = config("transform=org.stmj.transform.fixtures", "boundry=x.Y#z");
        Run r = java(tmp, "-javaagent:" + AGENT + "=config=" + c, "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("stmj: bad agent option: unknown key 'boundry'"), r.err());
    }

    @Test
    void whenAClassCannotBeTransformed_thenTheJvmStopsWithOneLineNamingIt() throws Exception {
        Path c = config("transform=org.stmj.transform.fixtures,org.stmj.transform.it",
                "boundary=org.stmj.transform.it.AppMain#noSuchMethod");
        Run r = java(tmp, "-javaagent:" + AGENT + "=config=" + c, "-cp", TEST_CLASSES.toString(), MAIN);
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals("", r.out(), "no program output: the class never ran");
        assertEquals("stmj: cannot transform org.stmj.transform.it.AppMain: org.stmj.transform.it.AppMain: the "
                + "configuration names method noSuchMethod, which the class does not have", r.err().strip());
    }

    @Test
    void whenJarTranslatedOffline_thenItRunsWithOnlyTheRuntimeJar() throws Exception {
        Path app = tmp.resolve("app.jar");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(app));
                Stream<Path> files = Files.walk(TEST_CLASSES.resolve("org/stmj/transform"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = TEST_CLASSES.relativize(f).toString().replace('\\', '/');
                if (Files.isRegularFile(f) && (rel.contains("/fixtures/") || rel.contains("/it/"))) {
                    jos.putNextEntry(new JarEntry(rel));
                    jos.write(Files.readAllBytes(f));
                    jos.closeEntry();
                }
            }
            jos.putNextEntry(new JarEntry("data/readme.txt"));
            jos.write("resource".getBytes());
            jos.closeEntry();
        }
        Path c = config("transform=org.stmj.transform.fixtures,org.stmj.transform.it");
        Path out = tmp.resolve("app-stm.jar");
        Run t = java(tmp, "-jar", AGENT.toString(), "translate", "--config", c.toString(), "--in", app.toString(),
                "--out", out.toString(), "--classpath", RUNTIME.toString());
        assertEquals(0, t.status(), t.err());
        assertTrue(t.err().contains("classes transformed"), t.err());
        Run r = java(tmp, "-cp", out + java.io.File.pathSeparator + RUNTIME, MAIN);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("transformed=true"), r.out());
        assertTrue(r.out().contains("bank total=8000 transfers=4000"), r.out());
    }
}
