package org.stmj.transform.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@link Desugar} turns lambda and concatenation sites into ordinary code that computes the same: the fixture's
 * classes, put in a jar and desugared, print what the originals print, with no {@code invokedynamic} left but the
 * serializable lambda's (which the JDK must make, to serialize it).
 */
class DesugarTest {
    @TempDir
    Path dir;

    private Path fixtureJar() throws IOException {
        Path classes = Path.of(DesugarFixture.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path pkg = classes.resolve("org/stmj/transform/desugar");
        Path jar = dir.resolve("in.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(pkg)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (p.getFileName().toString().startsWith("DesugarFixture")) {
                    out.putNextEntry(new JarEntry("org/stmj/transform/desugar/" + p.getFileName()));
                    out.write(Files.readAllBytes(p));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static String runFrom(Path jar) throws Exception {
        try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> c = Class.forName(DesugarFixture.class.getName(), true, l);
            assertEquals(l, c.getClassLoader());
            return (String) c.getMethod("run").invoke(null);
        }
    }

    /** The bootstrap owners of the invokedynamic sites in the jar's classes. */
    private static List<String> indySites(Path jar) throws IOException {
        List<String> sites = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) jf.stream()::iterator) {
                if (!e.getName().endsWith(".class")) {
                    continue;
                }
                new ClassReader(jf.getInputStream(e).readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int a, String n, String d, String s, String[] x) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitInvokeDynamicInsn(String n2, String d2, Handle bsm, Object... args) {
                                boolean serializable = bsm.getName().equals("altMetafactory")
                                        && (((Integer) args[3]) & 1) != 0;
                                sites.add(serializable ? "serializable" : bsm.getOwner() + "." + bsm.getName());
                            }
                        };
                    }
                }, 0);
            }
        }
        return sites;
    }

    @Test
    void whenAJarIsDesugared_thenItsCodeComputesWhatTheOriginalDid() throws Exception {
        Path in = fixtureJar();
        Path out = dir.resolve("out.jar");
        Desugar.main(new String[] {in.toString(), out.toString()});
        String original = runFrom(in);
        assertTrue(original.contains("fx:inner"), original);
        assertEquals(original, runFrom(out));
    }

    @Test
    void whenAJarIsDesugared_thenOnlyTheSerializableLambdaKeepsItsInvokedynamic() throws Exception {
        Path in = fixtureJar();
        Path out = dir.resolve("out.jar");
        Desugar.main(new String[] {in.toString(), out.toString()});
        List<String> before = indySites(in);
        assertTrue(before.size() > 15, before.toString());
        // the serializable lambda's site, and its copy in $deserializeLambda$
        assertEquals(List.of("serializable", "serializable"), before.stream().filter("serializable"::equals).toList());
        assertEquals(List.of("serializable", "serializable"), indySites(out));
        try (JarFile jf = new JarFile(out.toFile())) {
            assertFalse(jf.stream().filter(e -> e.getName().contains("$$Lambda$")).findAny().isEmpty());
        }
    }
}
