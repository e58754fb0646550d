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
 * Snapshot extension on a lazy clock: a writer sets {@code x = y = 1} in one transaction, committing with the
 * clock's time plus one without moving the clock, so its versions are newer than every snapshot taken before some
 * reader moves the clock. A logging reader reads {@code x} then {@code y}; when it meets the new versions it must
 * advance the clock and extend its snapshot (validating what it read), never mix old and new. Every attempt,
 * including aborted ones, records whether it saw the two differ (opacity). {@link LazyClockReadOnlyTest} does
 * the same with a read-only reader.
 */
@JCStressTest
@Description("lazy clock, writer sets x = y = 1; logging reader: (x, y as committed, any attempt saw x != y)")
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "the reader before the writer")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "the reader after the writer")
@Outcome(id = {"0, 0, 1", "1, 1, 1"}, expect = FORBIDDEN, desc = "an attempt saw x != y: not opaque")
@Outcome(id = {"0, 1, 0", "0, 1, 1", "1, 0, 0", "1, 0, 1"}, expect = FORBIDDEN,
        desc = "the committed reader returned a torn pair")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class LazyClockOpacityTest {
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

    /** Reads x then y in an ordinary (logging) transaction. */
    @Actor
    public void reader(III_Result r) {
        Txn d = Txn.descriptor();
        int saved = d.unloggedSkip;
        d.unloggedSkip = Integer.MAX_VALUE;
        try {
            long[] xy = Atomic.get(() -> {
                long a = x.get();
                long b = y.get();
                if (a != b) {
                    torn = true;
                }
                return new long[] {a, b};
            });
            r.r1 = (int) xy[0];
            r.r2 = (int) xy[1];
        } finally {
            d.unloggedSkip = saved;
        }
    }

    /** Whether any attempt saw a torn pair. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = torn ? 1 : 0;
    }
}
