package org.stmj.stress.api;

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
import org.stmj.api.TRef;

/**
 * Lost update on a {@link TRef}, written as a plain read-modify-write ({@code get} then {@code set} of a new
 * boxed value): each transaction reports what it read, the arbiter the final value.
 */
@JCStressTest
@Description("Two transactions read a TRef<Integer> and set it to the value read + 1: (seen by 1, seen by 2, final)")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1", expect = FORBIDDEN, desc = "lost update: both read 0")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class TRefLostUpdateTest {
    private final TRef<Integer> ref = new TRef<>(0);

    private int incrementAndReport() {
        return Atomic.get(() -> {
            int seen = ref.get();
            ref.set(seen + 1);
            return seen;
        });
    }

    /** First incrementer. */
    @Actor
    public void actor1(III_Result r) {
        r.r1 = incrementAndReport();
    }

    /** Second incrementer. */
    @Actor
    public void actor2(III_Result r) {
        r.r2 = incrementAndReport();
    }

    /** The final value, after both actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = Atomic.get(ref::get);
    }
}
