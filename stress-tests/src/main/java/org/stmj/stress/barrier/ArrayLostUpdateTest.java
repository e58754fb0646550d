package org.stmj.stress.barrier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.stmj.api.Atomic;
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * Lost update through the array barriers ({@code Barriers.readIntArray} / {@code writeIntArray}, one striped
 * lock per element): both actors increment element 1 of a small {@code int[]}; element 0 and 2 are neighbours
 * that must stay untouched (a barrier that wrote a whole stripe or word back would change them).
 */
@JCStressTest
@Description("Two transactions increment a[1] through Barriers: (seen by 1, seen by 2, final a[1], a[0] + a[2])")
@Outcome(id = "0, 1, 2, 0", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2, 0", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1, 0", expect = FORBIDDEN, desc = "lost update: both read 0")
@Outcome(expect = FORBIDDEN, desc = "any other outcome (including a neighbour changed)")
@State
public class ArrayLostUpdateTest {
    private final int[] cells = new int[3];

    private int incrementAndReport() {
        return Atomic.get(() -> {
            Txn tx = Barriers.current();
            int seen = Barriers.readIntArray(cells, 1, tx);
            Barriers.writeIntArray(cells, 1, seen + 1, tx);
            return seen;
        });
    }

    /** First incrementer. */
    @Actor
    public void actor1(IIII_Result r) {
        r.r1 = incrementAndReport();
    }

    /** Second incrementer. */
    @Actor
    public void actor2(IIII_Result r) {
        r.r2 = incrementAndReport();
    }

    /** The final element and its neighbours, read by a transaction after both actors. */
    @Arbiter
    public void arbiter(IIII_Result r) {
        Atomic.run(() -> {
            Txn tx = Barriers.current();
            r.r3 = Barriers.readIntArray(cells, 1, tx);
            r.r4 = Barriers.readIntArray(cells, 0, tx) + Barriers.readIntArray(cells, 2, tx);
        });
    }
}
