package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.transform.cli.Main;

/** The offline translator in process: round trip, resources and manifest kept, refusals, exit codes. */
class TranslatorTest {
    @TempDir
    Path tmp;

    private Path jar(String... classes) throws Exception {
        Path app = tmp.resolve("app.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().putValue("Manifest-Version", "1.0");
        mf.getMainAttributes().putValue("Main-Class", "org.stmj.transform.it.AppMain");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(app), mf)) {
            for (String c : classes) {
                String entry = "org/stmj/transform/" + c + ".class";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(entry)) {
                    jos.putNextEntry(new JarEntry(entry));
                    jos.write(in.readAllBytes());
                }
            }
            jos.putNextEntry(new JarEntry("data/readme.txt"));
            jos.write("kept".getBytes());
        }
        return app;
    }

    private Path config(String text) throws Exception {
        Path c = tmp.resolve("stm.properties");
        Files.writeString(c, text);
        return c;
    }

    @Test
    void whenJarTranslated_thenClassesAreTransformedAndEverythingElseKept() throws Exception {
        Path app = jar("fixtures/Bank", "fixtures/Bank$Account");
        Path out = tmp.resolve("out.jar");
        int rc = Main.run("translate", "--config", config("transform=org.stmj.transform.fixtures").toString(),
                "--in", app.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, rc);
        try (JarFile jf = new JarFile(out.toFile())) {
            assertEquals("org.stmj.transform.it.AppMain", jf.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("kept", new String(jf.getInputStream(jf.getEntry("data/readme.txt")).readAllBytes()));
        }
        try (URLClassLoader l = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader()
                .getParent() == null ? getClass().getClassLoader()
                : new FilteringLoader(getClass().getClassLoader()))) {
            Class<?> bank = Class.forName("org.stmj.transform.fixtures.Bank", true, l);
            assertEquals(l, bank.getClassLoader());
            Object b = bank.getConstructor(int.class, long.class).newInstance(4, 10L);
            FixturesConcurrencyTest.threads(2, 500,
                    (t, i) -> bank.getMethod("transfer", int.class, int.class, long.class).invoke(b, t, 3 - t, 1L));
            assertEquals(40L, bank.getMethod("total").invoke(b));
            assertEquals(1000L, bank.getMethod("transfers").invoke(b));
        }
    }

    /** Hides the untranslated fixtures of the test class path from the translated jar's loader. */
    static final class FilteringLoader extends ClassLoader {
        FilteringLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.stmj.transform.fixtures.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void whenNoConfigIsGiven_thenEveryClassOfTheJarIsTransformed() throws Exception {
        Path app = jar("fixtures/Bank", "fixtures/Bank$Account", "fixtures/IntList");
        Path out = tmp.resolve("out.jar");
        int rc = Main.run("translate", "--in", app.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, rc);
        try (JarFile jf = new JarFile(out.toFile())) {
            for (String c : new String[] {"Bank", "Bank$Account", "IntList"}) {
                byte[] b = jf.getInputStream(jf.getEntry("org/stmj/transform/fixtures/" + c + ".class"))
                        .readAllBytes();
                assertTrue(ClassTransformer.alreadyTransformed(b), c + " was not transformed");
            }
        }
    }

    @Test
    void whenTranslatedOnOneOrTwoThreads_thenTheOutputIsTheSame() throws Exception {
        Path app = jar("fixtures/Bank", "fixtures/Bank$Account", "fixtures/IntList", "fixtures/IntMap",
                "fixtures/Tree", "fixtures/StackVm", "fixtures/Shapes");
        Config c = Config.packages("org.stmj.transform.fixtures");
        Path one = tmp.resolve("one.jar");
        Path two = tmp.resolve("two.jar");
        JarTranslator.Result r1 = new JarTranslator(c).translate(app, one, getClass().getClassLoader(), null, 1);
        JarTranslator.Result r2 = new JarTranslator(c).translate(app, two, getClass().getClassLoader(), null, 2);
        assertEquals(r1, r2);
        try (JarFile a = new JarFile(one.toFile()); JarFile b = new JarFile(two.toFile())) {
            assertEquals(a.size(), b.size());
            for (java.util.Enumeration<JarEntry> e = a.entries(); e.hasMoreElements(); ) {
                JarEntry je = e.nextElement();
                assertTrue(java.util.Arrays.equals(a.getInputStream(je).readAllBytes(),
                        b.getInputStream(b.getEntry(je.getName())).readAllBytes()), je.getName());
            }
        }
    }

    @Test
    void whenAClassIsRefused_thenNoOutputAndExitStatus1() throws Exception {
        Path app = jar("refused/NonVoidBoundary");
        Path out = tmp.resolve("out.jar");
        int rc = Main.run("translate", "--config", config("transform=org.stmj.transform.refused").toString(),
                "--in", app.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, rc);
        assertFalse(Files.exists(out));
    }

    @Test
    void whenConfigOrInputIsBad_thenExitStatus2() throws Exception {
        Path out = tmp.resolve("out.jar");
        assertEquals(2, Main.run("translate", "--config", config("nonsense=1").toString(), "--in",
                jar().toString(), "--out", out.toString()));
        assertEquals(2, Main.run("translate", "--config", config("transform=a.").toString(), "--in",
                tmp.resolve("missing.jar").toString(), "--out", out.toString()));
        assertEquals(2, Main.run("translate", "--in", "x.jar"));
        assertEquals(2, Main.run("translate", "--in", tmp.resolve("missing.jar").toString(), "--out",
                out.toString()));
        assertTrue(!Files.exists(out));
    }
}
