package org.stmj.stress.barrier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJJ_Result;
import org.stmj.api.Atomic;
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * Stable fields ({@code stableFields}, read in place against the engine's stable epoch): a writer changes the stable
 * fields of two objects in one transaction while a reader reads both, through {@code Barriers.readLongStable} /
 * {@code writeLongStable}, the calls that transformed accesses of a stable field make. The reader must see both
 * before or both after (no torn pair, opacity), and the writer's update must be kept. Two actors: the machine
 * this runs on in CI has two cores, and jcstress schedules no test with more actors than cores.
 */
@JCStressTest
@Description("A writer bumps two stable fields together, a reader reads both: "
        + "(reader's first, reader's second, final first, final second)")
@Outcome(id = {"0, 0, 1, 1", "1, 1, 1, 1"}, expect = ACCEPTABLE, desc = "the reader saw a whole state")
@Outcome(id = {"0, 1, 1, 1", "1, 0, 1, 1"}, expect = FORBIDDEN, desc = "a torn pair")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class StableFieldTornReadTest {
    private static final long LOCK = Barriers.fieldOffset(Holder.class, "lock");
    private static final long TAG = Barriers.fieldOffset(Holder.class, "tag");

    /** An object of a transformed class with a stable field. */
    static final class Holder {
        /** The object's lock word, as the transformer adds it. */
        private long lock;
        private long tag;
    }

    private final Holder a = new Holder();
    private final Holder b = new Holder();

    private void bumpBoth() {
        Atomic.run(() -> {
            Txn tx = Barriers.current();
            Barriers.writeLongStable(a, Barriers.readLongStable(a, TAG, LOCK, tx) + 1, TAG, LOCK, tx);
            Barriers.writeLongStable(b, Barriers.readLongStable(b, TAG, LOCK, tx) + 1, TAG, LOCK, tx);
        });
    }

    /** The writer. */
    @Actor
    public void writer() {
        bumpBoth();
    }

    /** Reads both stable fields in one transaction. */
    @Actor
    public void reader(JJJJ_Result r) {
        long[] seen = Atomic.get(() -> {
            Txn tx = Barriers.current();
            long x = Barriers.readLongStable(a, TAG, LOCK, tx);
            long y = Barriers.readLongStable(b, TAG, LOCK, tx);
            return new long[] {x, y};
        });
        r.r1 = seen[0];
        r.r2 = seen[1];
    }

    /** The final values. */
    @Arbiter
    public void arbiter(JJJJ_Result r) {
        r.r3 = Atomic.get(() -> Barriers.readLongStable(a, TAG, LOCK, Barriers.current()));
        r.r4 = Atomic.get(() -> Barriers.readLongStable(b, TAG, LOCK, Barriers.current()));
    }
}
