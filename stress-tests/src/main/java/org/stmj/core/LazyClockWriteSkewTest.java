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
 * Write skew on a lazy clock (TL2's GV5): both writers start with the clock in lazy mode, so both log their reads
 * and commit with the same write version (the clock's time plus one) without incrementing the clock. Equal write
 * versions must not let a commit skip validation: each validates its read set after locking its write set, so
 * at most one clears its variable. Starting from {@code x = y = 1}, each clears its own variable if
 * {@code x + y == 2}.
 */
@JCStressTest
@Description("lazy clock, x = y = 1; each clears its own variable if x + y == 2: "
        + "(cleared by 1, cleared by 2, final x + y)")
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "actor 1 cleared x, actor 2 then saw the sum 1")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "actor 2 cleared y, actor 1 then saw the sum 1")
@Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "write skew: equal lazy write versions skipped validation")
@Outcome(id = "0, 0, 2", expect = FORBIDDEN, desc = "neither cleared: one of them must have seen the sum 2")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class LazyClockWriteSkewTest {
    private final TLong x = new TLong(1);
    private final TLong y = new TLong(1);

    private static int clearIfBothSet(TLong mine, TLong other) {
        Txn.CLOCK.makeLazy();
        return Atomic.get(() -> {
            if (mine.get() + other.get() == 2) {
                mine.set(0);
                return 1;
            }
            return 0;
        });
    }

    /** Clears x if x + y == 2. */
    @Actor
    public void actor1(III_Result r) {
        r.r1 = clearIfBothSet(x, y);
    }

    /** Clears y if x + y == 2. */
    @Actor
    public void actor2(III_Result r) {
        r.r2 = clearIfBothSet(y, x);
    }

    /** The final sum, after both actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = (int) (long) Atomic.get(() -> x.get() + y.get());
    }
}
