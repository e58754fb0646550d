package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stmj.transform.fixtures.ValueCalls;
import org.stmj.transform.runtime.Rt;

/**
 * Calls that read only immutable JDK values run as is inside a transaction, even when a parameter is typed
 * {@code Object} ({@code String.equals}, the boxes' {@code equals}, {@code Object.equals/hashCode} on a string
 * receiver) or {@code BigInteger}: the transaction does not become inevitable, and the results are those of the
 * untransformed code. A call whose argument may be any object ({@code String.contentEquals(CharSequence)})
 * still makes it inevitable.
 */
class ValueCallPolicyTest {
    private static List<String> sitesOf(String method) {
        return Rt.inevitableSites().stream().filter(s -> s.contains("ValueCalls." + method))
                .collect(Collectors.toList());
    }

    @Test
    void whenStringEqualsCalledInTransaction_thenNotInevitable() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("ValueCalls");
        Object v = c.getConstructor().newInstance();
        Object got = c.getMethod("equalities", String.class, int.class).invoke(v, "ab", 42);
        assertEquals(new ValueCalls().equalities("ab", 42), got);
        assertEquals(new ValueCalls().equalities("xy", 7), c.getMethod("equalities", String.class, int.class)
                .invoke(v, "xy", 7));
        assertTrue(sitesOf("equalities").isEmpty(), () -> "made inevitable: " + sitesOf("equalities"));
    }

    @Test
    void whenBigIntegerArithmeticInTransaction_thenNotInevitable() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("ValueCalls");
        Object v = c.getConstructor().newInstance();
        ValueCalls plain = new ValueCalls();
        for (long i = 1; i <= 3; i++) {
            assertEquals(plain.bigArithmetic(i), c.getMethod("bigArithmetic", long.class).invoke(v, i));
        }
        assertTrue(sitesOf("bigArithmetic").isEmpty(), () -> "made inevitable: " + sitesOf("bigArithmetic"));
    }

    @Test
    void whenContentEqualsTakesACharSequence_thenInevitable() throws Exception {
        Class<?> c = FixturesConcurrencyTest.fixture("ValueCalls");
        Object v = c.getConstructor().newInstance();
        assertEquals(true, c.getMethod("contentEquals", String.class, CharSequence.class)
                .invoke(v, "ab", new StringBuilder("ab")));
        assertEquals(1, sitesOf("contentEquals").size(), () -> "sites: " + sitesOf("contentEquals"));
    }
}
