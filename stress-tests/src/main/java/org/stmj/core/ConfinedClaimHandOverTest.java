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

/**
 * A confined object handed from one thread's transaction to another's: each actor claims the object (its lock,
 * {@link ConfinedBarriers#claim}), saves its fields, reads both in place and writes both plus one in place, and
 * commits. A commit whose only in-place writes are confined gives the lock its old word back with release stores
 * ({@code Txn.restoreLockWords}); the next claimant, whose CAS takes that word, must see both writes. So the
 * actors run one after the other: one sees {@code 0, 0}, the other {@code 1, 1}, and the end state is {@code 2, 2}.
 */
@JCStressTest
@Description("two transactions claim one confined object and add one to both of its fields in place: "
        + "(what actor 1 saw, what actor 2 saw, the end state), each as a * 10 + b")
@Outcome(id = "0, 11, 22", expect = ACCEPTABLE, desc = "actor 1 first, actor 2 saw its writes")
@Outcome(id = "11, 0, 22", expect = ACCEPTABLE, desc = "actor 2 first, actor 1 saw its writes")
@Outcome(id = "0, 0, 11", expect = FORBIDDEN, desc = "lost update: both claimed the object at once")
@Outcome(id = "0, 10, .*", expect = FORBIDDEN, desc = "torn: the lock came back before the second write")
@Outcome(id = "0, 1, .*", expect = FORBIDDEN, desc = "torn: the lock came back before the first write")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class ConfinedClaimHandOverTest {
    /** A confined object: a lock word and two fields, written in place by the transaction that claimed it. */
    static final class Box {
        static final long LOCK = Barriers.fieldOffset(Box.class, "lock");
        static final long A = Barriers.fieldOffset(Box.class, "a");
        static final long B = Barriers.fieldOffset(Box.class, "b");
        long lock;
        int a;
        int b;
    }

    private final Box box = new Box();

    private int claimAndBump() {
        Box o = box;
        return Atomic.get(() -> {
            Txn tx = Barriers.current();
            ConfinedBarriers.claim(o, Box.LOCK, tx);
            ConfinedBarriers.saveInt(o, Box.A, tx);
            ConfinedBarriers.saveInt(o, Box.B, tx);
            int a = o.a;
            int b = o.b;
            o.a = a + 1;
            o.b = b + 1;
            return a * 10 + b;
        });
    }

    /** Claims and bumps the box. */
    @Actor
    public void actor1(III_Result r) {
        r.r1 = claimAndBump();
    }

    /** Claims and bumps the box. */
    @Actor
    public void actor2(III_Result r) {
        r.r2 = claimAndBump();
    }

    /** The end state, read by claiming the box once more. */
    @Arbiter
    public void arbiter(III_Result r) {
        Box o = box;
        r.r3 = Atomic.get(() -> {
            ConfinedBarriers.claim(o, Box.LOCK, Barriers.current());
            return o.a * 10 + o.b;
        });
    }
}
