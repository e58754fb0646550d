package org.stmj.stress.barrier;

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
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * Lost update through the striped field barriers, which guard fields of classes that have no lock word (the
 * class is not transformed) with the global lock table: each actor replaces the boxed {@link #value} by its
 * successor with {@code Barriers.readRefStriped} / {@code Barriers.writeRefStriped}.
 */
@JCStressTest
@Description("Two transactions increment a boxed Integer field through the striped barriers: (seen by 1, seen by 2, "
        + "final)")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1", expect = FORBIDDEN, desc = "lost update: both read 0")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class StripedFieldLostUpdateTest {
    private static final long VALUE = Barriers.fieldOffset(StripedFieldLostUpdateTest.class, "value");

    private Object value = 0;

    private int incrementAndReport() {
        return Atomic.get(() -> {
            Txn tx = Barriers.current();
            int seen = (Integer) Barriers.readRefStriped(this, VALUE, tx);
            Barriers.writeRefStriped(this, seen + 1, VALUE, tx);
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

    /** The final value, read by a transaction after both actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = Atomic.get(() -> (Integer) Barriers.readRefStriped(this, VALUE, Barriers.current()));
    }
}
