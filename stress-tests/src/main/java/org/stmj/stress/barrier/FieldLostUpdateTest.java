package org.stmj.stress.barrier;

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
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * Lost update through the field barriers of a transformed class: this class has the {@code long} lock word that
 * the transformer adds, and each actor increments {@link #value} with {@code Barriers.readLong} /
 * {@code Barriers.writeLong}, exactly the calls that transformed {@code GETFIELD} / {@code PUTFIELD} make.
 */
@JCStressTest
@Description("Two transactions increment a long field through Barriers: (seen by 1, seen by 2, final)")
@Outcome(id = "0, 1, 2", expect = ACCEPTABLE, desc = "actor 1 committed first")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "actor 2 committed first")
@Outcome(id = "0, 0, 1", expect = FORBIDDEN, desc = "lost update: both read 0")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class FieldLostUpdateTest {
    private static final long LOCK = Barriers.fieldOffset(FieldLostUpdateTest.class, "lock");
    private static final long VALUE = Barriers.fieldOffset(FieldLostUpdateTest.class, "value");

    /** The object's lock word, as the transformer adds it; only the engine touches it. */
    private long lock;
    private long value;

    private long incrementAndReport() {
        return Atomic.get(() -> {
            Txn tx = Barriers.current();
            long seen = Barriers.readLong(this, VALUE, LOCK, tx);
            Barriers.writeLong(this, seen + 1, VALUE, LOCK, tx);
            return seen;
        });
    }

    /** First incrementer. */
    @Actor
    public void actor1(JJJ_Result r) {
        r.r1 = incrementAndReport();
    }

    /** Second incrementer. */
    @Actor
    public void actor2(JJJ_Result r) {
        r.r2 = incrementAndReport();
    }

    /** The final value, read by a transaction after both actors. */
    @Arbiter
    public void arbiter(JJJ_Result r) {
        r.r3 = Atomic.get(() -> Barriers.readLong(this, VALUE, LOCK, Barriers.current()));
    }
}
