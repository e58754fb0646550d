package org.stmj.stress.barrier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJJ_Result;
import org.stmj.api.Atomic;
import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * The read shortcut of the two holders logged last ({@code Txn.lastHolder} and {@code prevHolder}): a reader reads
 * {@code a.x}, {@code b.x}, then {@code a.y} (a is now the previous holder: read in place when its word is
 * unchanged) and {@code b.y} (the last holder), through {@code Barriers.readLong}, the call a transformed field read
 * makes; a writer adds one to all four fields in one transaction. The reader must see all four before or all four
 * after the writer (opacity: a value read through the shortcut is never mixed with one read before the writer
 * committed). Two actors: CI's machine has two cores.
 */
@JCStressTest
@Description("A writer bumps a.x, a.y, b.x, b.y together; a reader reads a.x, b.x, a.y, b.y: "
        + "(a.x, a.y, b.x, b.y) as the reader saw them")
@Outcome(id = {"0, 0, 0, 0", "1, 1, 1, 1"}, expect = ACCEPTABLE, desc = "the reader saw a whole state")
@Outcome(expect = FORBIDDEN, desc = "a mixed state")
@State
public class TwoHolderShortcutTornReadTest {
    private static final long LOCK = Barriers.fieldOffset(Pair.class, "lock");
    private static final long X = Barriers.fieldOffset(Pair.class, "x");
    private static final long Y = Barriers.fieldOffset(Pair.class, "y");

    /** An object of a transformed class: its lock word and two fields. */
    static final class Pair {
        /** The object's lock word, as the transformer adds it. */
        private long lock;
        private long x;
        private long y;
    }

    private final Pair a = new Pair();
    private final Pair b = new Pair();

    private static void bump(Pair p, Txn tx) {
        Barriers.writeLong(p, Barriers.readLong(p, X, LOCK, tx) + 1, X, LOCK, tx);
        Barriers.writeLong(p, Barriers.readLong(p, Y, LOCK, tx) + 1, Y, LOCK, tx);
    }

    /** The writer. */
    @Actor
    public void writer() {
        Atomic.run(() -> {
            Txn tx = Barriers.current();
            bump(a, tx);
            bump(b, tx);
        });
    }

    /** Reads the four fields alternating between the two objects, in one transaction. */
    @Actor
    public void reader(JJJJ_Result r) {
        long[] seen = Atomic.get(() -> {
            Txn tx = Barriers.current();
            long ax = Barriers.readLong(a, X, LOCK, tx);
            long bx = Barriers.readLong(b, X, LOCK, tx);
            long ay = Barriers.readLong(a, Y, LOCK, tx);
            long by = Barriers.readLong(b, Y, LOCK, tx);
            return new long[] {ax, ay, bx, by};
        });
        r.r1 = seen[0];
        r.r2 = seen[1];
        r.r3 = seen[2];
        r.r4 = seen[3];
    }
}
