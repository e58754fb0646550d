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
 * Write skew with both transactions started in unlogged mode ({@code Txn.unlogged}: no read log; it commits only
 * when no other transaction committed since its snapshot). Each actor clears the penalty its thread earned from
 * earlier overlaps, so that every transaction here starts unlogged, whatever happened in the trials before
 * (in package {@code org.stmj.core} for that reason), and puts the adaptive clock back into eager mode (the
 * other actor's overlapping commit may have made it lazy, and an attempt that starts on a lazy clock logs its
 * reads). Starting from {@code x = y = 1}, each clears its own variable if {@code x + y == 2}: serialisability
 * lets exactly one clear. {@link ClockSwitchWriteSkewTest} runs the same while a third actor switches the clock.
 */
@JCStressTest
@Description("unlogged writers, x = y = 1; each clears its own variable if x + y == 2: "
        + "(cleared by 1, cleared by 2, final x + y)")
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "actor 1 cleared x, actor 2 then saw the sum 1")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "actor 2 cleared y, actor 1 then saw the sum 1")
@Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "write skew: both committed without validation")
@Outcome(id = "0, 0, 2", expect = FORBIDDEN, desc = "neither cleared: one of them must have seen the sum 2")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class UnloggedWriteSkewTest {
    private final TLong x = new TLong(1);
    private final TLong y = new TLong(1);

    private static int clearIfBothSet(TLong mine, TLong other) {
        Txn d = Txn.descriptor();
        d.unloggedSkip = 0;
        d.unloggedPenalty = 0;
        Txn.CLOCK.makeEager();
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
