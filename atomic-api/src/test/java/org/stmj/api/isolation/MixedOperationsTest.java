package org.stmj.api.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.testing.Workers;
import org.stmj.core.Barriers;
import org.stmj.core.Stm;

/**
 * Isolation under a mix of everything at once: plain transfers, transfers in {@code orElse} whose first branch
 * retries, inevitable transfers, timed retries that give up, and readers; the total never changes, and no
 * attempt ever sees it changed.
 */
class MixedOperationsTest {
    @Test
    void whenAllKindsOfTransactionsRunTogether_thenTheTotalIsKeptAndNeverSeenBroken() throws Exception {
        int n = 8;
        TLong[] cells = new TLong[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new TLong(100);
        }
        AtomicLong broken = new AtomicLong();
        Workers.run(4, id -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            for (int k = 0; k < 20_000; k++) {
                int a = rnd.nextInt(n);
                int b = rnd.nextInt(n);
                int op = (k + id) % 5;
                boolean inevitable = k % 50 == 0;
                Atomic.call(() -> {
                    switch (op) {
                        case 0:
                            cells[a].add(-1);
                            cells[b].add(1);
                            break;
                        case 1:
                            Atomic.orElse(() -> {
                                cells[a].add(-7);
                                Atomic.retry();
                                return null;
                            }, () -> {
                                cells[a].add(-1);
                                cells[b].add(1);
                                return null;
                            });
                            break;
                        case 2:
                            if (inevitable) {
                                Stm.becomeInevitable(Barriers.current());
                            }
                            cells[b].add(-2);
                            cells[a].add(2);
                            break;
                        case 3:
                            if (cells[a].get() > Long.MIN_VALUE && !Atomic.retry(1, TimeUnit.MICROSECONDS)) {
                                cells[a].add(-3); // the timed retry gave up: the transaction goes on from here
                                cells[b].add(3);
                            }
                            break;
                        default:
                            long sum = 0;
                            for (TLong c : cells) {
                                sum += c.get();
                            }
                            if (sum != 100L * n) {
                                broken.incrementAndGet();
                            }
                    }
                    return null;
                });
            }
        });
        assertEquals(0, broken.get());
        assertEquals(100L * n, Atomic.get(() -> {
            long s = 0;
            for (TLong c : cells) {
                s += c.get();
            }
            return s;
        }));
    }
}
