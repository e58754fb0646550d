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
 * The write skew of {@link UnloggedWriteSkewTest} (both writers start unlogged on an eager clock) while a third
 * actor switches the adaptive clock to lazy mode and back, as writers do when their commits overlap. An unlogged
 * writer may skip validation only when its increment finds the clock at the word of its snapshot; a lazy commit
 * between the snapshot and the increment must make it fail (the switch changed the word), and a writer that
 * finds the clock lazy at its commit validates (logging) or aborts (unlogged). Serialisability lets exactly one
 * writer clear its variable whatever the switches interleave with.
 */
@JCStressTest
@Description("unlogged writers, x = y = 1, while the clock switches eager -> lazy -> eager; each clears its own "
        + "variable if x + y == 2: (cleared by 1, cleared by 2, final x + y)")
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "actor 1 cleared x, actor 2 then saw the sum 1")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "actor 2 cleared y, actor 1 then saw the sum 1")
@Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "write skew: a commit skipped validation across a switch")
@Outcome(id = "0, 0, 2", expect = FORBIDDEN, desc = "neither cleared: one of them must have seen the sum 2")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class ClockSwitchWriteSkewTest {
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

    /** Switches the clock to lazy mode, then back to eager mode. */
    @Actor
    public void switcher() {
        Txn.CLOCK.makeLazy();
        Txn.CLOCK.makeEager();
    }

    /** The final sum, after the actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = (int) (long) Atomic.get(() -> x.get() + y.get());
    }
}
