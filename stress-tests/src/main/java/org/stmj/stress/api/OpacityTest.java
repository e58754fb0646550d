package org.stmj.stress.api;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;
import org.stmj.api.Atomic;
import org.stmj.api.TLong;

/**
 * Opacity: a writer keeps {@code x == y} (it increments both in one transaction); a reader reads {@code x}, then
 * {@code y}. The reader records, outside transactional state, whether any attempt of its body, including
 * attempts that later abort, ever saw {@code x != y}. Serializability alone constrains only the committed
 * attempt; opacity forbids the inconsistent view in every attempt.
 */
@JCStressTest
@Description("x == y invariant: (any attempt saw x != y, x as committed by the reader)")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "reader ran before the writer")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "reader ran after the writer")
@Outcome(id = {"1, 0", "1, 1"}, expect = FORBIDDEN, desc = "some attempt saw x != y: not opaque")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class OpacityTest {
    private final TLong x = new TLong(0);
    private final TLong y = new TLong(0);

    /** Increments x then y in one transaction. */
    @Actor
    public void writer() {
        Atomic.run(() -> {
            x.set(x.get() + 1);
            y.set(y.get() + 1);
        });
    }

    /** Reads x then y; records whether any attempt saw them differ. */
    @Actor
    public void reader(JJ_Result r) {
        boolean[] torn = new boolean[1];
        r.r2 = Atomic.get(() -> {
            long a = x.get();
            long b = y.get();
            if (a != b) {
                torn[0] = true;
            }
            return a;
        });
        r.r1 = torn[0] ? 1 : 0;
    }
}
