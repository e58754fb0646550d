package org.stmj.api.composability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;

class NestingTest {
    @Test
    void whenTransactionsNest_thenTheInnerJoinsTheOuterAndCommitsWithIt() {
        TLong n = new TLong(0);
        AtomicInteger hooks = new AtomicInteger();
        long seenInside = Atomic.get(() -> {
            Atomic.run(() -> {
                n.set(1);
                Atomic.afterCommit(hooks::incrementAndGet);
            });
            assertEquals(0, hooks.get(), "the inner scope did not commit on its own");
            return n.get();
        });
        assertEquals(1, seenInside);
        assertEquals(1, n.get());
        assertEquals(1, hooks.get());
    }

    @Test
    void whenInsideAndOutside_thenIsInTransactionSaysSo() {
        assertFalse(Atomic.isInTransaction());
        assertTrue(Atomic.get(Atomic::isInTransaction));
        assertTrue(Atomic.get(() -> Atomic.get(Atomic::isInTransaction)));
        assertFalse(Atomic.isInTransaction());
    }

    @Test
    void whenTheOuterCatchesAnInnerException_thenTheInnerWritesStayBecauseNestingIsFlat() {
        TLong n = new TLong(0);
        Atomic.run(() -> {
            try {
                Atomic.run(() -> {
                    n.set(5);
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException expected) {
                // flat nesting: the inner block is part of the outer transaction
            }
        });
        assertEquals(5, n.get());
    }
}
