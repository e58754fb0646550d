package org.stmj.core;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;

/**
 * Snapshots on a lazy clock: a writer sets {@code x = y = 1} in one transaction, committing with the clock's time
 * plus one without moving the clock, so its versions are newer than every snapshot taken before some reader moves
 * the clock. A logging reader that meets them must advance the clock and extend its snapshot (validating what it
 * read); a read-only reader must advance the clock before it restarts, so that its next snapshot includes them.
 * Each reader reads {@code x} then {@code y}; every attempt, including aborted ones, records whether it saw
 * them differ (opacity), and the committed attempts' values must be a consistent pair.
 */
@JCStressTest
@Description("lazy clock, writer sets x = y = 1: (logged reader's x, y, read-only reader's x, y, "
        + "any attempt of either saw x != y)")
@Outcome(id = "0, 0, 0, 0, 0", expect = ACCEPTABLE, desc = "both readers before the writer")
@Outcome(id = "0, 0, 1, 1, 0", expect = ACCEPTABLE, desc = "logged reader before, read-only reader after")
@Outcome(id = "1, 1, 0, 0, 0", expect = ACCEPTABLE, desc = "logged reader after, read-only reader before")
@Outcome(id = "1, 1, 1, 1, 0", expect = ACCEPTABLE, desc = "both readers after the writer")
@Outcome(id = {"0, 0, 0, 0, 1", "0, 0, 1, 1, 1", "1, 1, 0, 0, 1", "1, 1, 1, 1, 1"}, expect = FORBIDDEN,
        desc = "an attempt saw x != y: not opaque")
@Outcome(expect = FORBIDDEN, desc = "any other outcome: a committed reader returned a torn pair (0, 1 or 1, 0)")
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
    public void loggedReader(IIIII_Result r) {
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

    /** Reads x then y in a read-only transaction. */
    @Actor
    public void readOnlyReader(IIIII_Result r) {
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
        r.r3 = (int) xy[0];
        r.r4 = (int) xy[1];
    }

    /** Whether any attempt saw a torn pair. */
    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r5 = torn ? 1 : 0;
    }
}
