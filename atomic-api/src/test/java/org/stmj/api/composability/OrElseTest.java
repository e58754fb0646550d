package org.stmj.api.composability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.api.TRef;
import org.stmj.testing.Workers;

class OrElseTest {
    @Test
    void whenTheFirstBranchRetriesAfterWriting_thenItsWritesAreDiscardedAndTheSecondRuns() throws Exception {
        TLong a = new TLong(1);
        TLong b = new TLong(1);
        String r = Atomic.call(() -> Atomic.orElse(() -> {
            a.set(100);
            b.set(100);
            Atomic.retry();
            return "first";
        }, () -> {
            b.set(b.get() + 1);
            return "second";
        }));
        assertEquals("second", r);
        assertEquals(1, a.get());
        assertEquals(2, b.get());
    }

    @Test
    void whenTheFirstBranchSucceeds_thenTheSecondDoesNotRun() throws Exception {
        AtomicInteger second = new AtomicInteger();
        TLong a = new TLong(1);
        String r = Atomic.orElse(() -> {
            a.increment();
            return "first";
        }, () -> {
            second.incrementAndGet();
            return "second";
        });
        assertEquals("first", r);
        assertEquals(0, second.get());
        assertEquals(2, a.get());
    }

    @Test
    void whenTheFirstBranchWritesAnObjectItAllocatedEarlierAndRetries_thenThatWriteIsDiscardedToo() throws Exception {
        long v = Atomic.call(() -> {
            TLong local = new TLong(7);
            Atomic.orElse(() -> {
                local.set(8);
                Atomic.retry();
                return null;
            }, () -> null);
            return local.get();
        });
        assertEquals(7, v);
    }

    @Test
    void whenBothBranchesRetry_thenTheTransactionWaitsForEitherSideToChange() throws Exception {
        TRef<String> left = new TRef<>(null);
        TRef<String> right = new TRef<>(null);
        String[] got = new String[1];
        Workers.run(2, id -> {
            if (id == 0) {
                got[0] = Atomic.call(() -> Atomic.orElse(() -> {
                    String x = left.get();
                    if (x == null) {
                        Atomic.retry();
                    }
                    return "left " + x;
                }, () -> {
                    String x = right.get();
                    if (x == null) {
                        Atomic.retry();
                    }
                    return "right " + x;
                }));
            } else {
                Thread.sleep(20);
                right.set("r");
            }
        });
        assertEquals("right r", got[0]);
    }
}
