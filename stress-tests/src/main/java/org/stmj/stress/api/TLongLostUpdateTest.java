package org.stmj.stress.api;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;

/**
 * Lost update on a {@link TLong}: two transactions each add one and report the value they saw; the arbiter reads
 * the final value. Serializability allows only the two orders.
 */
@JCStressTest
@Description("Two transactions getAndAdd(1) on one TLong: (seen by 1, seen by 2, final)")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1", expect = FORBIDDEN, desc = "lost update: both saw 0")
@Outcome(id = "0, 0, 2", expect = FORBIDDEN, desc = "both saw 0 yet both counted: not serializable")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class TLongLostUpdateTest {
    private final TLong counter = new TLong(0);

    /** First incrementer. */
    @Actor
    public void actor1(JJJ_Result r) {
        r.r1 = Atomic.get(() -> counter.getAndAdd(1));
    }

    /** Second incrementer. */
    @Actor
    public void actor2(JJJ_Result r) {
        r.r2 = Atomic.get(() -> counter.getAndAdd(1));
    }

    /** The final value, after both actors. */
    @Arbiter
    public void arbiter(JJJ_Result r) {
        r.r3 = Atomic.get(counter::get);
    }
}
