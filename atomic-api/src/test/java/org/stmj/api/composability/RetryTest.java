package org.stmj.api.composability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TRef;
import org.stmj.testing.Workers;

class RetryTest {
    @Test
    void whenAConsumerRetriesOnAnEmptySlot_thenAProducersCommitWakesIt() throws Exception {
        TRef<Integer> slot = new TRef<>(null);
        int items = 200;
        long[] sum = {0};
        Workers.run(2, id -> {
            for (int i = 1; i <= items; i++) {
                int v = i;
                if (id == 0) {
                    Atomic.run(() -> {
                        if (slot.get() != null) {
                            Atomic.retry();
                        }
                        slot.set(v);
                    });
                } else {
                    sum[0] += Atomic.get(() -> {
                        Integer x = slot.get();
                        if (x == null) {
                            Atomic.retry();
                        }
                        slot.set(null);
                        return x;
                    });
                }
            }
        });
        assertEquals((long) items * (items + 1) / 2, sum[0]);
        assertTrue(Atomic.stats().retries() > 0);
    }

    @Test
    void whenNothingChangesBeforeTheTimeout_thenRetryReturnsFalseAndTheTransactionGoesOn() {
        TRef<String> r = new TRef<>(null);
        long start = System.nanoTime();
        String result = Atomic.get(() -> {
            if (r.get() == null) {
                if (!Atomic.retry(30, TimeUnit.MILLISECONDS)) {
                    return "timed out";
                }
            }
            return r.get();
        });
        assertEquals("timed out", result);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(30));
    }

    @Test
    void whenTheTimeoutIsZero_thenRetryReturnsFalseAtOnce() {
        TRef<String> r = new TRef<>(null);
        assertFalse(Atomic.get(() -> r.get() == null && Atomic.retry(0, TimeUnit.SECONDS)));
    }

    @Test
    void whenRetryIsCalledOutsideATransaction_thenAClearIllegalState() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Atomic::retry);
        assertEquals("stmj: retry() called outside a transaction", e.getMessage());
    }

    @Test
    void whenATransactionRetriesWithoutHavingReadAnything_thenAClearIllegalStateInsteadOfBlockingForever() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Atomic.run(Atomic::retry));
        assertEquals("stmj: retry() in a transaction that has read nothing would block forever", e.getMessage());
        assertFalse(Atomic.isInTransaction());
    }
}
