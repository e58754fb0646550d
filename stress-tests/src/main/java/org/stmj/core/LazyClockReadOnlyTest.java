package org.stmj.core;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;

/**
 * Read-only transactions on a lazy clock: a writer sets {@code x = y = 1} in one transaction with versions newer
 * than the clock; a read-only reader (no read log, so it cannot extend) that meets them must advance the clock
 * before it restarts, so that its next snapshot includes them, and must never return or see a torn pair (every
 * attempt, including aborted ones, records whether it saw {@code x != y}).
 */
@JCStressTest
@Description("lazy clock, writer sets x = y = 1; read-only reader: (x, y as committed, any attempt saw x != y)")
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "the reader before the writer")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "the reader after the writer")
@Outcome(id = {"0, 0, 1", "1, 1, 1"}, expect = FORBIDDEN, desc = "an attempt saw x != y: not opaque")
@Outcome(id = {"0, 1, 0", "0, 1, 1", "1, 0, 0", "1, 0, 1"}, expect = FORBIDDEN,
        desc = "the committed reader returned a torn pair")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class LazyClockReadOnlyTest {
    private final TLong x = new TLong(0);
    private final TLong y = new TLong(0);
    private volatile boolean torn;

    /** Sets x and y to 1 in one transaction, on a lazy clock. */
    @Actor
    public void writer() {
        Txn.CLOCK.makeLazy();
        Atomic.run(() -> {
            x.set(1);
            y.set(1);
        });
    }

    /** Reads x then y in a read-only transaction. */
    @Actor
    public void reader(III_Result r) {
        long[] xy;
        try {
            xy = Atomic.callReadOnly(() -> {
                long a = x.get();
                long b = y.get();
                if (a != b) {
                    torn = true;
                }
                return new long[] {a, b};
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        r.r1 = (int) xy[0];
        r.r2 = (int) xy[1];
    }

    /** Whether any attempt saw a torn pair. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = torn ? 1 : 0;
    }
}
