package org.stmj.api.failureatomicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TArray;
import org.stmj.api.TLong;
import org.stmj.api.TRef;

class ExceptionRollbackTest {
    @Test
    void whenACheckedExceptionLeavesCall_thenAllWritesAreRolledBackAndTheSameExceptionIsRethrown() {
        TRef<String> r = new TRef<>("a");
        TLong n = new TLong(1);
        TArray<String> arr = TArray.of("x", "y");
        IOException thrown = new IOException("disk");
        IOException caught = assertThrows(IOException.class, () -> Atomic.call(() -> {
            r.set("b");
            n.add(41);
            arr.set(1, "z");
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals("a", r.get());
        assertEquals(1, n.get());
        assertEquals("y", arr.get(1));
    }

    @Test
    void whenAnErrorLeavesRun_thenWritesAreRolledBackAndItPropagates() {
        TLong n = new TLong(5);
        assertThrows(StackOverflowError.class, () -> Atomic.run(() -> {
            n.set(6);
            throw new StackOverflowError("simulated");
        }));
        assertEquals(5, n.get());
    }

    @Test
    void whenAnExceptionLeavesANestedTransaction_thenTheOutermostRollsBackEverything() {
        TLong n = new TLong(0);
        assertThrows(IllegalStateException.class, () -> Atomic.run(() -> {
            n.set(1);
            Atomic.run(() -> {
                n.set(2);
                throw new IllegalStateException("inner");
            });
        }));
        assertEquals(0, n.get());
    }

    @Test
    void whenTheReadSetWasStaleWhenTheBodyThrew_thenTheTransactionRestartsInsteadOfRethrowing() throws Exception {
        TLong n = new TLong(0);
        AtomicBoolean changed = new AtomicBoolean();
        long seen = Atomic.call(() -> {
            long v = n.get();
            if (changed.compareAndSet(false, true)) {
                Thread writer = new Thread(() -> n.set(100));
                writer.start();
                writer.join();
                throw new IllegalStateException("acted on a value that was already stale");
            }
            return v;
        });
        assertEquals(100, seen);
    }

    @Test
    void whenATransactionCreatesARefAndRollsBack_thenOtherRefsAreUntouched() {
        TRef<TRef<String>> holder = new TRef<>(null);
        assertThrows(RuntimeException.class, () -> Atomic.run(() -> {
            holder.set(new TRef<>("new"));
            throw new RuntimeException("no");
        }));
        assertNull(holder.get());
    }
}
