package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stmj.transform.fixtures.Shapes;
import org.stmj.transform.runtime.Rt;

/**
 * Interfaces with default and static methods, abstract classes, records, enums with bodies, inner classes,
 * lambdas, method references, string concatenation, exceptions with finally, and a synchronized block, run
 * inside one transaction: the same result as the untransformed code, and no call made inevitable but the
 * reported JDK ones that really are.
 */
class ModernBytecodeTest {
    @Test
    void whenShapesRunInsideATransaction_thenResultMatchesUntransformed() throws Exception {
        String expected = new Shapes().run();
        Class<?> c = FixturesConcurrencyTest.fixture("Shapes");
        Object s = c.getConstructor().newInstance();
        assertEquals(expected, c.getMethod("runAtomic").invoke(s));
        Object again = c.getConstructor().newInstance();
        assertEquals(expected, c.getMethod("run").invoke(again), "outside a transaction");
    }

    @Test
    void whenLambdasCalledInsideATransaction_thenTheyDoNotMakeItInevitable() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("Shapes");
        c.getMethod("runAtomic").invoke(c.getConstructor().newInstance());
        Set<String> sites = Rt.inevitableSites();
        for (String site : sites) {
            // lambdas made by transformed code bridge to their twins
            assertTrue(!site.contains("IntSupplier.getAsInt") && !site.contains("Supplier.get"), site);
        }
        // a lambda the JDK composed (Function.andThen) is not transformed: its call is inevitable, and reported
        assertTrue(sites.stream().anyMatch(x -> x.startsWith("java.util.function.Function.apply at "
                + "org.stmj.transform.fixtures.Shapes.run(Shapes.java:")), sites.toString());
    }
}
