package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Real code nobody here wrote: every class of luaj-jse (and, with {@code -Dstmj.jython=PATH}, of
 * jython-standalone) transforms and verifies or is refused with a reason. Counts go to standard output for
 * {@code papers/results/transformer.md}.
 */
class ThirdPartyJarsTest {
    @TempDir
    Path tmp;

    static Path jarOf(String resource) throws Exception {
        URL u = ThirdPartyJarsTest.class.getClassLoader().getResource(resource);
        String s = u.toString();
        return Path.of(new URL(s.substring(4, s.indexOf("!/"))).toURI());
    }

    @Test
    void whenEveryLuajClassTranslated_thenEachVerifiesOrIsRefusedWithAReason() throws Exception {
        Path jar = jarOf("org/luaj/vm2/LuaValue.class");
        Report r = translateAndCheck(jar, "org.luaj.");
        System.out.println("luaj-jse 3.0.1: " + r);
        assertTrue(r.transformed > 300, r.toString());
        assertEquals(List.of(), r.verifyFailures, "transformed classes that fail verification");
        for (String refusal : r.refused) {
            assertTrue(refusal.matches("[\\w.$]+: .+"), refusal);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "stmj.jython", matches = ".+")
    void whenEveryJythonClassTranslated_thenEachVerifiesOrIsRefusedWithAReason() throws Exception {
        Report r = translateAndCheck(Path.of(System.getProperty("stmj.jython")), "org.python.");
        System.out.println("jython-standalone 2.7.4: " + r);
        java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
        for (String x : r.refused) {
            reasons.merge(x.replaceFirst("^[^ ]+ ", "").replaceAll("org\\.[\\w.$]+", "C").replaceAll("\\(.*?\\)\\S*",
                    ""), 1L,
                    Long::sum);
        }
        System.out.println("jython refusal reasons: " + reasons);
        assertEquals(List.of(), r.verifyFailures);
    }

    @Test
    void whenAClassDoesNotVerify_thenLinkingItReportsTheVerifyError() throws Exception {
        // guards the measurement above: linking without initializing must run the JVM verifier
        org.objectweb.asm.ClassWriter cw =
                new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
        cw.visit(org.objectweb.asm.Opcodes.V1_6, org.objectweb.asm.Opcodes.ACC_PUBLIC, "BadLink", null,
                "java/lang/Object", null);
        org.objectweb.asm.MethodVisitor mv = cw.visitMethod(org.objectweb.asm.Opcodes.ACC_STATIC, "f", "()I", null,
                null);
        mv.visitCode();
        mv.visitInsn(org.objectweb.asm.Opcodes.ACONST_NULL);
        mv.visitInsn(org.objectweb.asm.Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        byte[] b = cw.toByteArray();
        ClassLoader l = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                if (n.equals("BadLink")) {
                    return defineClass(n, b, 0, b.length);
                }
                throw new ClassNotFoundException(n);
            }
        };
        Class<?> k = Class.forName("BadLink", false, l);
        Throwable t = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> linkClass(k));
        while (t != null && !(t instanceof VerifyError)) {
            t = t.getCause();
        }
        org.junit.jupiter.api.Assertions.assertNotNull(t, "no VerifyError");
    }

    static final class Report {
        int classes;
        int transformed;
        List<String> refused = new ArrayList<>();
        List<String> verifyFailures = new ArrayList<>();
        int linked;
        int checked;
        int checkSkipped;
        int linkFailures;
        List<String> linkSamples = new ArrayList<>();
        long millis;

        @Override
        public String toString() {
            return classes + " classes, " + transformed + " transformed, " + refused.size() + " refused, "
                    + verifyFailures.size() + " failing CheckClassAdapter (" + checked + " checked, " + checkSkipped
                    + " not checkable: a referenced class is missing), " + linked + " linked by the JVM, "
                    + linkFailures + " failing to link " + linkSamples + ", translated and verified in " + millis
                    + " ms; refused: " + (refused.size() > 20 ? refused.subList(0, 20) + "..." : refused);
        }
    }

    private Report translateAndCheck(Path jar, String pkg) throws Exception {
        Properties p = new Properties();
        p.setProperty("transform", pkg);
        Config c = Config.of(p);
        Path out = tmp.resolve("out.jar");
        long t0 = System.nanoTime();
        JarTranslator.Result res = new JarTranslator(c).translate(jar, out, ClassLoader.getPlatformClassLoader(),
                null);
        Report r = new Report();
        r.millis = (System.nanoTime() - t0) / 1_000_000; // translation with verification only
        r.transformed = res.transformed();
        r.refused = res.refused();
        List<String> names = new ArrayList<>();
        try (JarFile jf = new JarFile(out.toFile())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry je = e.nextElement();
                if (!je.getName().endsWith(".class") || je.getName().contains("-")) {
                    continue;
                }
                r.classes++;
                byte[] b = jf.getInputStream(je).readAllBytes();
                StringWriter sw = new StringWriter();
                ClassLoader deps = new URLClassLoader(new URL[] {out.toUri().toURL()},
                        ThirdPartyJarsTest.class.getClassLoader());
                if (r.classes <= 400 || r.classes % 10 == 0) {
                    try {
                        CheckClassAdapter.verify(new ClassReader(b), deps, false, new PrintWriter(sw));
                        r.checked++;
                    } catch (LinkageError le) {
                        // the checker loads referenced classes; one may depend on a refused or absent class
                        r.checkSkipped++;
                    }
                    String first = sw.toString().lines().findFirst().orElse("");
                    if (first.contains("ClassNotFoundException")) {
                        r.checked--;
                        r.checkSkipped++;
                    } else if (!first.isEmpty()) {
                        r.verifyFailures.add(je.getName() + ": " + first);
                    }
                }
                names.add(je.getName().replace('/', '.').substring(0, je.getName().length() - 6));
            }
        }
        r.classes += r.refused.size();
        // Link (and so JVM-verify) every class, without running static initializers.
        try (URLClassLoader l = new URLClassLoader(new URL[] {out.toUri().toURL()},
                ThirdPartyJarsTest.class.getClassLoader())) {
            for (String n : names) {
                try {
                    Class<?> k = Class.forName(n, false, l);
                    linkClass(k);
                    r.linked++;
                } catch (Throwable e) {
                    Throwable v = e;
                    while (v != null && !(v instanceof VerifyError)) {
                        v = v.getCause();
                    }
                    if (v != null) {
                        r.verifyFailures.add(n + ": " + v.getMessage().lines().findFirst().orElse(""));
                        continue;
                    }
                    r.linkFailures++;
                    if (r.linkSamples.size() < 3) {
                        r.linkSamples.add(n + ": " + e);
                    }
                }
            }
        }
        Files.deleteIfExists(out);
        return r;
    }

    /** Links a class (verification included) without initializing it. */
    private static void linkClass(Class<?> k) throws Exception {
        // MethodHandles.Lookup.findStatic on a missing member forces linking of the class but not initialization.
        try {
            java.lang.invoke.MethodHandles.privateLookupIn(k, java.lang.invoke.MethodHandles.lookup())
                    .findStaticVarHandle(k, "$stmj$none", int.class);
        } catch (NoSuchFieldException expected) {
            // linked
        }
    }
}
