package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.transform.cli.Main;
import org.stmj.transform.desugar.Desugar;
import org.stmj.transform.runtime.Rt;

/**
 * The build's desugaring of a translated jar gives a lambda class of a bridged lambda site its own transactional
 * entry ({@code apply$stm}, overriding the interface's default): inside a transaction it runs the bridge's twin
 * directly, with the results of the untransformed code and no inevitability, and outside one (or with another
 * transaction than the thread's) it takes the default's path.
 */
class DesugarTwinEntryTest {
    @TempDir
    Path tmp;

    private Path translatedAndDesugared() throws Exception {
        Path app = tmp.resolve("app.jar");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(app))) {
            for (String c : new String[] {"StaticLambdas", "StaticLambdas$Op"}) {
                String entry = "org/stmj/transform/fixtures/" + c + ".class";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(entry)) {
                    jos.putNextEntry(new JarEntry(entry));
                    jos.write(in.readAllBytes());
                }
            }
        }
        Path config = tmp.resolve("stm.properties");
        Files.writeString(config, "transform=org.stmj.transform.fixtures");
        Path translated = tmp.resolve("stm.jar");
        assertEquals(0, Main.run("translate", "--config", config.toString(), "--in", app.toString(),
                "--out", translated.toString(), "--no-progress"));
        Path out = tmp.resolve("desugared.jar");
        Desugar.main(new String[] {translated.toString(), out.toString()});
        return out;
    }

    @Test
    void whenABridgedLambdaIsDesugared_thenItsClassRunsTheTwinDirectlyWithTheSameResults() throws Exception {
        Path jar = translatedAndDesugared();
        try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                new TranslatorTest.FilteringLoader(getClass().getClassLoader()))) {
            Class<?> c = Class.forName("org.stmj.transform.fixtures.StaticLambdas", true, l);
            assertEquals(l, c.getClassLoader());
            for (String factory : new String[] {"adder", "scaled"}) {
                Object op = factory.equals("adder") ? c.getMethod(factory).invoke(null)
                        : c.getMethod(factory, int.class).invoke(null, 3);
                Method entry = op.getClass().getDeclaredMethod("apply$stm", int.class, long.class,
                        org.stmj.core.Txn.class);
                assertEquals(op.getClass(), entry.getDeclaringClass(), factory);
                entry.setAccessible(true); // the lambda class is package-private, as the JDK's
                // no transaction (tx null): the interface default's path, the untransformed result
                assertEquals(factory.equals("adder") ? 12L : 22L, entry.invoke(op, 5, 7L, null), factory);
            }
            // the transactional entries inside one transaction, against the plain code outside
            String inside = (String) c.getMethod("runAtomic", int.class).invoke(null, 50);
            String outside = (String) c.getMethod("run", int.class).invoke(null, 50);
            // acc = sum of 4i over 0..49; the static total: 5 from the entry's call above, then 1225 per run
            assertEquals("4900,1230", inside);
            assertEquals("4900,2455", outside);
            for (String s : Rt.inevitableSites()) {
                assertFalse(s.contains("StaticLambdas"), s);
            }
        }
    }
}
