package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The translator moves twins' bodies into a companion class ({@link CompanionPass}): the host keeps small stubs,
 * the companion is loaded only when a transaction runs, and what nestmates cannot do stays in the host.
 */
class CompanionPlacementTest {
    private static final String PKG = "org/stmj/transform/fixtures/";

    @TempDir
    Path tmp;

    private Path translated() throws Exception {
        Path app = tmp.resolve("app.jar");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(app))) {
            for (String c : new String[] {"Companions", "Companions$Base", "Companions$Derived"}) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(PKG + c + ".class")) {
                    jos.putNextEntry(new JarEntry(PKG + c + ".class"));
                    jos.write(in.readAllBytes());
                }
            }
        }
        Path out = tmp.resolve("out.jar");
        new JarTranslator(Config.packages("org.stmj.transform.fixtures")).translate(app, out,
                getClass().getClassLoader(), null, 1);
        return out;
    }

    private static ClassNode read(JarFile jf, String name) throws Exception {
        JarEntry e = jf.getJarEntry(PKG + name + ".class");
        assertNotNull(e, name + " is not in the translated jar");
        ClassNode cn = new ClassNode();
        new ClassReader(jf.getInputStream(e).readAllBytes()).accept(cn, 0);
        return cn;
    }

    private static MethodNode method(ClassNode cn, String name, String descStart) {
        return cn.methods.stream().filter(m -> m.name.equals(name) && m.desc.startsWith(descStart)).findFirst()
                .orElse(null);
    }

    @Test
    void whenTranslated_thenTwinBodiesLiveInTheCompanionAndTheHostKeepsStubs() throws Exception {
        try (JarFile jf = new JarFile(translated().toFile())) {
            ClassNode host = read(jf, "Companions");
            ClassNode twins = read(jf, "Companions$$StmTwins");
            assertTrue(host.nestMembers.contains(PKG + "Companions$$StmTwins"), "the host lists its companion");
            assertTrue(host.nestMembers.contains(PKG + "Companions$Derived$$StmTwins"), "and its members' companions");
            assertEquals(PKG + "Companions", twins.nestHostClass);
            MethodNode stub = method(host, "bump$stm", "(J");
            assertTrue(stub.instructions.size() <= 6, "the host's bump$stm is a stub: " + stub.instructions.size());
            assertNotNull(method(twins, "bump$stm", "(L" + PKG + "Companions;J"), "the body, with the receiver first");
            assertNull(method(host, "created$stm", "("), "a static twin leaves no stub: callers call the companion");
            assertNotNull(method(twins, "created$stm", "(Lorg/stmj/core/Txn;)I"));
            ClassNode derived = read(jf, "Companions$Derived");
            MethodNode superCall = method(derived, "get$stm", "(");
            assertTrue(superCall.instructions.size() > 6, "a twin with a super call stays in its host");
            JarEntry derivedTwins = jf.getJarEntry(PKG + "Companions$Derived$$StmTwins.class");
            assertTrue(derivedTwins == null
                    || method(read(jf, "Companions$Derived$$StmTwins"), "get$stm", "(") == null);
            assertNotNull(method(read(jf, "Companions$Base$$StmTwins"), "get$stm", "(L" + PKG + "Companions$Base;"));
            Map<String, Integer> sizes = CodeSize.of(jf.getInputStream(jf.getJarEntry(PKG + "Companions.class"))
                    .readAllBytes());
            assertTrue(sizes.get("count$stm(Lorg/stmj/core/Txn;)J") < 10, "stub of a getter: " + sizes);
        }
    }

    @Test
    void whenNoTransactionRuns_thenTheCompanionIsNotLoaded_andWhenOneDoes_thenTheMovedTwinsRun() throws Exception {
        Path out = translated();
        try (Loader l = new Loader(out.toUri().toURL())) {
            Class<?> c = Class.forName("org.stmj.transform.fixtures.Companions", true, l);
            Object o = c.getConstructor().newInstance();
            assertEquals(5L, c.getMethod("plain", long.class).invoke(o, 5L));
            assertNull(l.loaded("org.stmj.transform.fixtures.Companions$$StmTwins"));
            assertEquals(5L + 3 + 2, c.getMethod("add", long.class).invoke(o, 3L));
            assertNotNull(l.loaded("org.stmj.transform.fixtures.Companions$$StmTwins"));
            FixturesConcurrencyTest.threads(2, 500, (t, i) -> c.getMethod("add", long.class).invoke(o, 1L));
            assertEquals(5L + 3 + 1000, c.getMethod("count").invoke(o));
            assertEquals(1, c.getMethod("created").invoke(null));
        }
    }

    /** The translated jar's own loader, which can tell whether it has loaded a class. */
    private static final class Loader extends URLClassLoader {
        Loader(URL jar) {
            super(new URL[] {jar}, new TranslatorTest.FilteringLoader(CompanionPlacementTest.class.getClassLoader()));
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }
    }
}
