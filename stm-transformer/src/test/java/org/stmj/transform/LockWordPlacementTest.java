package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The lock word goes into the topmost class of a chain that has mutable (or confined) state, and a chain of
 * final fields only gets none: an immutable value stays the size it is without the STM, and every barrier on an
 * object still finds one and the same word (a mutable subclass of an immutable class, a mutable subclass of a
 * mutable class), so concurrent transactions on them lose nothing.
 */
class LockWordPlacementTest {
    private static final String V = "org/stmj/transform/fixtures/Values$";

    private static Hierarchy hierarchy() {
        return new Transformer(Config.packages("org.stmj.transform.fixtures")).hierarchy(
                LockWordPlacementTest.class.getClassLoader());
    }

    private static boolean hasLockField(Class<?> c) {
        return Arrays.stream(c.getDeclaredFields()).map(Field::getName).anyMatch(Names.LOCK_FIELD::equals);
    }

    @Test
    void whenChainDeclaresOnlyFinalFields_thenItHasNoLockWord() {
        Hierarchy h = hierarchy();
        assertNull(h.lockRoot(V + "Root"));
        assertNull(h.lockRoot(V + "Num"));
    }

    @Test
    void whenMutableClassExtendsAnImmutableOne_thenTheLockWordIsItsOwn() {
        assertEquals(V + "Counter", hierarchy().lockRoot(V + "Counter"));
    }

    @Test
    void whenMutableClassExtendsAMutableOne_thenTheLockWordIsInTheTopmost() {
        Hierarchy h = hierarchy();
        assertEquals(V + "Cell", h.lockRoot(V + "Cell"));
        assertEquals(V + "Cell", h.lockRoot(V + "Pair"));
    }

    @Test
    void whenLoadedTransformed_thenOnlyTheLockRootsDeclareTheField() throws Exception {
        assertEquals(false, hasLockField(FixturesConcurrencyTest.fixture("Values$Root")));
        assertEquals(false, hasLockField(FixturesConcurrencyTest.fixture("Values$Num")));
        assertEquals(true, hasLockField(FixturesConcurrencyTest.fixture("Values$Counter")));
        assertEquals(true, hasLockField(FixturesConcurrencyTest.fixture("Values$Cell")));
        assertEquals(false, hasLockField(FixturesConcurrencyTest.fixture("Values$Pair")));
    }

    @Test
    void whenThreadsUpdateObjectsOfBothChains_thenNoUpdateIsLost() throws Exception {
        Class<?> counter = FixturesConcurrencyTest.fixture("Values$Counter");
        Class<?> pair = FixturesConcurrencyTest.fixture("Values$Pair");
        Object c = counter.getConstructor(long.class).newInstance(3L);
        Object p = pair.getConstructor().newInstance();
        var add = counter.getMethod("add");
        var move = pair.getMethod("move");
        FixturesConcurrencyTest.threads(4, 2000, (t, i) -> {
            add.invoke(c);
            move.invoke(p);
        });
        assertEquals(3L * 4 * 2000, counter.getMethod("count").invoke(c));
        assertEquals(-4L * 2000, pair.getField("x").get(p));
        assertEquals(4L * 2000, pair.getField("y").get(p));
    }
}
