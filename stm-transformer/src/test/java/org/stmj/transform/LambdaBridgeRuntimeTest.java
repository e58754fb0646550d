package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stmj.transform.fixtures.Lambdas;
import org.stmj.transform.runtime.Rt;

/**
 * Lambdas made by transformed code, without a marker interface: they run their twins inside a transaction (no
 * inevitability but for a JDK call that is not pure), give the untransformed results, and the runtime recognises
 * them ({@code Rt.selfBridging}) while it does not take a lambda of untransformed code for one.
 */
class LambdaBridgeRuntimeTest {
    private static List<String> lambdaSites() {
        return Rt.inevitableSites().stream().filter(s -> s.contains("fixtures.Lambdas")).sorted()
                .collect(Collectors.toList());
    }

    @Test
    void whenLambdasOfEveryKindRunInsideATransaction_thenResultsMatchUntransformed() throws Exception {
        String expected = new Lambdas().run();
        Class<?> c = FixturesConcurrencyTest.fixture("Lambdas");
        assertEquals(expected, c.getMethod("runAtomic").invoke(c.getConstructor().newInstance()));
        assertEquals(expected, c.getMethod("run").invoke(c.getConstructor().newInstance()), "outside a transaction");
    }

    @Test
    void whenPureLambdasRunInsideATransaction_thenNoCallIsMadeInevitable() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("Lambdas");
        c.getMethod("runAtomic").invoke(c.getConstructor().newInstance());
        for (String s : lambdaSites()) {
            assertFalse(s.contains("Math.abs") || s.contains("StringBuilder") || s.contains("Lambdas$Step")
                    || s.contains("IntUnaryOperator") || s.contains("Supplier.get"), s);
        }
    }

    @Test
    void whenAnImpureJdkMethodReferenceRunsInsideATransaction_thenThatCallIsInevitable() throws Exception {
        System.setProperty("stmj.test.lambdas", "value");
        Class<?> c = FixturesConcurrencyTest.fixture("Lambdas");
        Object o = c.getConstructor().newInstance();
        assertEquals("value", c.getMethod("propertyAtomic", String.class).invoke(o, "stmj.test.lambdas"));
        assertTrue(Rt.inevitableSites().stream().anyMatch(s -> s.startsWith("java.lang.System.getProperty at ")
                && s.contains("fixtures.Lambdas")), Rt.inevitableSites().toString());
        assertFalse(Rt.inevitableSites().stream().anyMatch(s -> s.startsWith("java.util.function.Function.apply")
                && s.contains("fixtures.Lambdas")), lambdaSites().toString());
    }

    @Test
    void whenLambdaWasMadeByTransformedCode_thenTheRuntimeSeesItAsSelfBridging() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("Lambdas");
        Object step = c.getMethod("step").invoke(c.getConstructor().newInstance());
        assertTrue(step.getClass().isHidden(), step.getClass().getName());
        assertTrue(Rt.selfBridging(step), step.getClass().getName());
    }

    @Test
    void whenLambdaWasMadeByUntransformedCode_thenTheRuntimeDoesNotSeeItAsSelfBridging() {
        IntUnaryOperator mine = x -> x + 1;
        assertFalse(Rt.selfBridging(mine), "a lambda of this (untransformed) test class");
        assertFalse(Rt.selfBridging(Function.identity()), "a lambda the JDK made");
        assertFalse(Rt.selfBridging(new Object()), "an ordinary object");
        assertFalse(Rt.selfBridging(new Lambdas().step()), "the untransformed fixture's lambda");
    }
}
