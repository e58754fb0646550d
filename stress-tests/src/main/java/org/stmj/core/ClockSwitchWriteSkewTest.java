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
 * The write skew of {@link UnloggedWriteSkewTest} while the two writers pull the adaptive clock in opposite
 * directions, as overlapping and lone writers do: actor 1 puts it into eager mode and starts unlogged, actor 2 puts
 * it into lazy mode first (its attempt then logs, or starts unlogged if actor 1's switch came after). A lazy commit
 * writes no clock: an unlogged writer may skip validation only when its increment finds the clock at the eager word
 * of its snapshot, and the switch to lazy mode changed that word, so a lazy commit inside its attempt makes it fail.
 * Serialisability lets exactly one writer clear its variable whatever the switches interleave with. (Two actors:
 * jcstress runs no three-actor test on this 2-CPU machine.)
 */
@JCStressTest
@Description("x = y = 1; actor 1 makes the clock eager, actor 2 lazy, then each clears its own variable if "
        + "x + y == 2: (cleared by 1, cleared by 2, final x + y)")
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "actor 1 cleared x, actor 2 then saw the sum 1")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "actor 2 cleared y, actor 1 then saw the sum 1")
@Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "write skew: a commit skipped validation across a switch")
@Outcome(id = "0, 0, 2", expect = FORBIDDEN, desc = "neither cleared: one of them must have seen the sum 2")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class ClockSwitchWriteSkewTest {
    private final TLong x = new TLong(1);
    private final TLong y = new TLong(1);

    private static int clearIfBothSet(TLong mine, TLong other, boolean lazy) {
        Txn d = Txn.descriptor();
        d.unloggedSkip = 0;
        d.unloggedPenalty = 0;
        if (lazy) {
            Txn.CLOCK.makeLazy();
        } else {
            Txn.CLOCK.makeEager();
        }
        return Atomic.get(() -> {
            if (mine.get() + other.get() == 2) {
                mine.set(0);
                return 1;
            }
            return 0;
        });
    }

    /** Makes the clock eager, then clears x if x + y == 2. */
    @Actor
    public void actor1(III_Result r) {
        r.r1 = clearIfBothSet(x, y, false);
    }

    /** Makes the clock lazy, then clears y if x + y == 2. */
    @Actor
    public void actor2(III_Result r) {
        r.r2 = clearIfBothSet(y, x, true);
    }

    /** The final sum, after the actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = (int) (long) Atomic.get(() -> x.get() + y.get());
    }
}
