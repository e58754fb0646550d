package org.stmj.stress.transformed;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Lost update on an array element in a transformed class: two actors call the {@code @Atomic cells[1]++} of a
 * transformed {@code ArrayCounter}, whose {@code IALOAD} / {@code IASTORE} the transformer rewrote into element
 * barriers; the neighbouring element 0 must stay untouched.
 */
@JCStressTest
@Description("Two @Atomic cells[1]++ on a transformed array: (seen by 1, seen by 2, final cells[1], cells[0])")
@Outcome(id = "0, 1, 2, 0", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2, 0", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1, 0", expect = FORBIDDEN, desc = "lost update: both read 0")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class ArrayLostUpdateTest {
    private final Counter counter = Transformed.arrayCounter();

    /** First incrementer. */
    @Actor
    public void actor1(IIII_Result r) {
        r.r1 = counter.increment(1);
    }

    /** Second incrementer. */
    @Actor
    public void actor2(IIII_Result r) {
        r.r2 = counter.increment(1);
    }

    /** The final values of the incremented element and of its neighbour. */
    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r3 = counter.get(1);
        r.r4 = counter.get(0);
    }
}
