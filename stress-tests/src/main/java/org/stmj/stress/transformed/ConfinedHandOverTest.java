package org.stmj.stress.transformed;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A {@code @ThreadConfined} object used by two threads at once (the hand-over case): each actor's {@code @Atomic}
 * increment claims the object (an exclusive lock held to commit, plus an undo snapshot) and then reads and
 * writes its field and {@code @ConfinedArray} element in place. The claim must serialise the two.
 */
@JCStressTest
@Description("Two @Atomic increments of one confined object: (seen by 1, seen by 2, final or -1 if torn)")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1", expect = FORBIDDEN, desc = "lost update: both read 0")
@Outcome(expect = FORBIDDEN, desc = "any other outcome (-1: field and array element disagree)")
@State
public class ConfinedHandOverTest {
    private final Counter counter = Transformed.confinedCounter();

    /** First incrementer. */
    @Actor
    public void actor1(III_Result r) {
        r.r1 = counter.increment(0);
    }

    /** Second incrementer. */
    @Actor
    public void actor2(III_Result r) {
        r.r2 = counter.increment(0);
    }

    /** The final value, read by a transaction after both actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = counter.get(0);
    }
}
