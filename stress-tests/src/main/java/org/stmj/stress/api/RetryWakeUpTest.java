package org.stmj.stress.api;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZ_Result;
import org.stmj.api.Atomic;
import org.stmj.api.TRef;

/**
 * Wake-up from {@code retry}: the waiter's transaction returns the flag if it is set and otherwise retries, with
 * a timeout of {@value #TIMEOUT_SECONDS} s so that a lost wake-up shows up as an outcome instead of a hang; the
 * setter sets the flag in a transaction. Whatever the interleaving, the waiter must see the flag: either it was
 * already set, or the setter's commit wakes the blocked waiter. Timing out means the wake-up was lost.
 */
@JCStressTest
@Description("Waiter retries until a flag is set; setter sets it: (waiter saw the flag, waiter's body ran again)")
@Outcome(id = "true, false", expect = ACCEPTABLE, desc = "the flag was already set at the first attempt")
@Outcome(id = "true, true", expect = ACCEPTABLE,
        desc = "the waiter ran again (woken from retry, or after an abort) and saw the flag")
@Outcome(id = {"false, false", "false, true"}, expect = FORBIDDEN, desc = "the waiter timed out: lost wake-up")
@Outcome(expect = FORBIDDEN, desc = "any other outcome")
@State
public class RetryWakeUpTest {
    static final long TIMEOUT_SECONDS = 5;

    private final TRef<Boolean> flag = new TRef<>(false);

    /** Waits in retry until the flag is set, at most {@value #TIMEOUT_SECONDS} s. */
    @Actor
    public void waiter(ZZ_Result r) {
        int[] attempts = new int[1];
        r.r1 = Atomic.get(() -> {
            attempts[0]++;
            return flag.get() || Atomic.retry(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        });
        r.r2 = attempts[0] > 1;
    }

    /** Sets the flag. */
    @Actor
    public void setter() {
        Atomic.run(() -> flag.set(true));
    }
}
