package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.stmj.transform.cli.Main;
import org.stmj.transform.desugar.Desugar;
import org.stmj.transform.runtime.Rt;
import org.stmj.transform.runtime.SelfBridgingLambda;

/**
 * The desugaring puts {@link SelfBridgingLambda} on exactly the lambda classes that {@code Rt.selfBridging}'s
 * {@link ClassValue} recognises by their host (a translated class carrying {@code Rt.SELF_BRIDGING_FIELD}), so the
 * one type test that answers first gives the same answer: true for a translated host's lambdas (whose calls from
 * a transaction then need no inevitability), false for the lambdas of a class that was not translated.
 */
class SelfBridgingMarkerTest {
    private static final String FIX = "org/stmj/transform/fixtures/";
    private static final List<String> CLASSES = List.of("Lambdas", "Lambdas$Step");

    @TempDir
    Path tmp;

    private Path desugared(boolean translate) throws Exception {
        Path app = tmp.resolve("app.jar");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(app))) {
            for (String c : CLASSES) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIX + c + ".class")) {
                    jos.putNextEntry(new JarEntry(FIX + c + ".class"));
                    jos.write(in.readAllBytes());
                }
            }
        }
        Path in = app;
        if (translate) {
            Path config = tmp.resolve("stm.properties");
            Files.writeString(config, "transform=org.stmj.transform.fixtures");
            in = tmp.resolve("stm.jar");
            assertEquals(0, Main.run("translate", "--config", config.toString(), "--in", app.toString(),
                    "--out", in.toString(), "--no-progress"));
        }
        Path out = tmp.resolve(translate ? "desugared-stm.jar" : "desugared-plain.jar");
        Desugar.main(new String[] {in.toString(), out.toString()});
        return out;
    }

    /** Per lambda class of the jar: whether it names the marker among its interfaces. */
    private static int lambdaClasses(Path jar, boolean marked) throws Exception {
        int n = 0;
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) jf.stream()::iterator) {
                if (!e.getName().startsWith(FIX + "Lambdas$$Lambda$")) {
                    continue;
                }
                ClassNode cn = new ClassNode();
                new ClassReader(jf.getInputStream(e).readAllBytes()).accept(cn, 0);
                assertEquals(marked, cn.interfaces.contains("org/stmj/transform/runtime/SelfBridgingLambda"),
                        cn.name + " " + cn.interfaces);
                n++;
            }
        }
        return n;
    }

    /** Rt.selfBridging of the lambda of {@code Lambdas.step()}, and the ClassValue's answer for its class. */
    private static void checkStep(Path jar, boolean expected) throws Exception {
        try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                new TranslatorTest.FilteringLoader(SelfBridgingMarkerTest.class.getClassLoader()))) {
            Class<?> c = Class.forName("org.stmj.transform.fixtures.Lambdas", true, l);
            Object step = c.getMethod("step").invoke(c.getConstructor().newInstance());
            assertTrue(step.getClass().isSynthetic(), step.getClass().getName());
            assertEquals(expected, step instanceof SelfBridgingLambda);
            assertEquals(expected, Rt.selfBridging(step));
            assertEquals(expected, Rt.selfBridgingClass(step.getClass()));
            if (expected) {
                // the translated class's transactional run calls its lambdas through their bridges, no inevitability
                assertEquals(c.getMethod("run").invoke(c.getConstructor().newInstance()),
                        c.getMethod("runAtomic").invoke(c.getConstructor().newInstance()));
                for (String s : Rt.inevitableSites()) {
                    assertFalse(s.contains("Lambdas$Step"), s);
                }
            }
        }
    }

    @Test
    void whenATranslatedClassIsDesugared_thenEachOfItsLambdaClassesCarriesTheMarker() throws Exception {
        Path jar = desugared(true);
        assertTrue(lambdaClasses(jar, true) >= 5);
        checkStep(jar, true);
    }

    @Test
    void whenAPlainClassIsDesugared_thenNoneOfItsLambdaClassesCarriesTheMarker() throws Exception {
        Path jar = desugared(false);
        assertTrue(lambdaClasses(jar, false) >= 5);
        checkStep(jar, false);
    }
}
