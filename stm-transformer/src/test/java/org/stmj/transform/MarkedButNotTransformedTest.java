package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A method carrying {@code @Atomic}, {@code @BytecodeBoundary}, {@code @GilReleased} or {@code @AtomicBlock} in
 * a class the configuration does not transform is an error naming the class and the fix, at load time and at
 * translation time, never a silent run without the STM.
 */
class MarkedButNotTransformedTest {
    @TempDir
    Path tmp;

    private static byte[] bytes(String simpleName) throws Exception {
        try (InputStream in = MarkedButNotTransformedTest.class.getResourceAsStream("marked/" + simpleName
                + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void whenAtomicClassIsNotInTransformList_thenTransformNamesClassAndFix() throws Exception {
        TransformException e = assertThrows(TransformException.class, () -> Transformer.transformClass(
                bytes("UnselectedAtomic"), getClass().getClassLoader(), Config.packages("com.other.")));
        assertTrue(e.getMessage().startsWith("org.stmj.transform.marked.UnselectedAtomic.add is @Atomic but class "
                + "org.stmj.transform.marked.UnselectedAtomic is not transformed"), e.getMessage());
        assertTrue(e.getMessage().contains("add it (or its package) to transform="), e.getMessage());
    }

    @Test
    void whenAtomicClassIsExcluded_thenTheFixSaysRemoveItFromExclude() throws Exception {
        Config c = Config.packages("org.stmj.transform.").with("exclude", "org.stmj.transform.marked.");
        TransformException e = assertThrows(TransformException.class, () -> Transformer.transformClass(
                bytes("UnselectedAtomic"), getClass().getClassLoader(), c));
        assertTrue(e.getMessage().contains("remove it from exclude="), e.getMessage());
    }

    @Test
    void whenGilReleasedClassIsNotTransformed_thenTransformRefusesIt() throws Exception {
        TransformException e = assertThrows(TransformException.class, () -> Transformer.transformClass(
                bytes("UnselectedGilReleased"), getClass().getClassLoader(), Config.packages("com.other.")));
        assertTrue(e.getMessage().contains("pause is @GilReleased"), e.getMessage());
    }

    @Test
    void whenMarkedClassIsSelected_thenItIsTransformed() throws Exception {
        byte[] b = bytes("UnselectedAtomic");
        byte[] out = Transformer.transformClass(b, getClass().getClassLoader(),
                Config.packages("org.stmj.transform.marked."));
        assertNotEquals(b.length, out.length);
    }

    @Test
    void whenJarHasMarkedClassOutsideTransformList_thenTranslationRefusesIt() throws Exception {
        Path jar = tmp.resolve("in.jar");
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(jar))) {
            jos.putNextEntry(new JarEntry("org/stmj/transform/marked/UnselectedAtomic.class"));
            jos.write(bytes("UnselectedAtomic"));
            jos.closeEntry();
        }
        JarTranslator.Result r = new JarTranslator(Config.packages("com.other.")).translate(jar,
                tmp.resolve("out.jar"), getClass().getClassLoader(), null);
        assertEquals(1, r.refused().size(), r.refused().toString());
        assertTrue(r.refused().get(0).contains("is @Atomic but class"), r.refused().get(0));
    }
}
