package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Every fixture class transforms, passes CheckClassAdapter and the JVM verifier, and keeps its results. */
class FixturesVerifyTest {
    static final List<String> FIXTURES = List.of("Bank", "Bank$Account", "IntList", "IntList$Node", "IntMap", "Tree",
            "Tree$Node", "Shapes", "Shapes$Shape", "Shapes$Base", "Shapes$Square", "Shapes$Circle", "Shapes$Point",
            "Shapes$Op", "Shapes$Op$1", "Shapes$Op$2", "Shapes$Counter", "Shapes$Oops", "StackVm", "StackVm$Frame",
            "StackVm$ThreadState", "Lambdas", "Lambdas$Step");

    private static byte[] bytes(String simple) throws Exception {
        try (var in = FixturesVerifyTest.class.getResourceAsStream("fixtures/" + simple + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void whenFixturesTransformed_thenCheckClassAdapterAcceptsEveryClass() throws Exception {
        Transformer t = new Transformer(Config.packages("org.stmj.transform.fixtures"));
        ClassLoader cl = getClass().getClassLoader();
        for (String f : FIXTURES) {
            byte[] out = t.transform(cl, bytes(f), true);
            assertNotNull(out, f);
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(out), cl, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), f + " fails CheckClassAdapter");
        }
    }

    @Test
    void whenFixturesLoadedTransformed_thenJvmVerifiesAndResultsMatchOutsideTransactions() throws Exception {
        ClassLoader tl = new TransformingClassLoader(FixturesVerifyTest.class.getClassLoader(),
                Config.packages("org.stmj.transform.fixtures"), true,
                "org.stmj.transform.fixtures.");
        for (String f : FIXTURES) {
            Class<?> c = Class.forName("org.stmj.transform.fixtures." + f, true, tl);
            assertEquals(tl, c.getClassLoader());
            // force linking (and so verification) of every method
            c.getDeclaredMethods();
        }
        Class<?> shapes = tl.loadClass("org.stmj.transform.fixtures.Shapes");
        Object s = shapes.getConstructor().newInstance();
        String expected = new org.stmj.transform.fixtures.Shapes().run();
        Method run = shapes.getMethod("run");
        assertEquals(expected, run.invoke(s));
        assertTrue(shapes.getDeclaredMethod("run$stm", org.stmj.core.Txn.class) != null);
    }
}
