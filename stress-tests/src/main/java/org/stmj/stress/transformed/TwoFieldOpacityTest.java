package org.stmj.stress.transformed;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Opacity across two fields of a transformed class: a writer runs the {@code @Atomic x++; y++} of a transformed
 * {@code FieldPair} while a reader returns {@code x - y} from one {@code @Atomic} method. Every committed state
 * has {@code x == y}, so a reader that returns anything but 0 saw a torn snapshot.
 */
@JCStressTest
@Description("One @Atomic {x++; y++} and one @Atomic x - y on a transformed object: (diff seen, final x, final diff)")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "the reader saw a consistent snapshot; the bump committed")
@Outcome(expect = FORBIDDEN, desc = "torn read, lost update, or any other outcome")
@State
public class TwoFieldOpacityTest {
    private final Pair pair = Transformed.fieldPair();

    /** The writer. */
    @Actor
    public void writer() {
        pair.bump();
    }

    /** The reader: the difference it returns must be 0. */
    @Actor
    public void reader(III_Result r) {
        r.r1 = pair.diff();
    }

    /** The final state, read by transactions after all actors. */
    @Arbiter
    public void arbiter(III_Result r) {
        r.r2 = pair.x();
        r.r3 = pair.diff();
    }
}
