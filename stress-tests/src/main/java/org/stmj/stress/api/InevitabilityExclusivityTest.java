package org.stmj.stress.api;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;
import org.stmj.core.Barriers;
import org.stmj.core.Stm;

/**
 * At most one inevitable transaction at a time: two transactions each become inevitable
 * ({@code Stm.becomeInevitable}), then enter a section guarded by a plain (non-transactional) occupancy counter,
 * spin there briefly, update a shared {@link TLong} and leave. An inevitable transaction never aborts, so the
 * section runs exactly once per actor; finding the counter already occupied means two were inevitable at once.
 */
@JCStressTest
@Description("Two inevitable transactions: (actor 1 saw overlap, actor 2 saw overlap, updates committed)")
@Outcome(id = "0, 0, 2", expect = ACCEPTABLE, desc = "the inevitable sections ran one after the other")
@Outcome(id = {"1, 0, 2", "0, 1, 2", "1, 1, 2"}, expect = FORBIDDEN, desc = "two inevitable transactions overlapped")
@Outcome(expect = FORBIDDEN, desc = "any other outcome: an inevitable section ran twice or an update was lost")
@State
public class InevitabilityExclusivityTest {
    private static final int SPINS = 64;

    private final AtomicInteger occupancy = new AtomicInteger();
    private final TLong updates = new TLong(0);

    private int inevitableSection() {
        int[] overlapped = new int[1];
        Atomic.run(() -> {
            Stm.becomeInevitable(Barriers.current());
            // from here on this attempt never aborts: the section below runs exactly once
            if (occupancy.incrementAndGet() != 1) {
                overlapped[0] = 1;
            }
            for (int i = 0; i < SPINS; i++) {
                Thread.onSpinWait();
            }
            updates.set(updates.get() + 1);
            occupancy.decrementAndGet();
        });
        return overlapped[0];
    }

    /** First inevitable transaction. */
    @Actor
    public void actor1(III_Result r) {
        r.r1 = inevitableSection();
    }

    /** Second inevitable transaction. */
    @Actor
    public void actor2(III_Result r) {
        r.r2 = inevitableSection();
    }

    /** How many updates committed. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = (int) (long) Atomic.get(updates::get);
    }
}
