package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unlogged mode: a writer whose thread has met no concurrent commits logs no reads, commits when nobody else
 * committed since its snapshot, and otherwise runs again logging its reads.
 */
class UnloggedModeTest {

    @BeforeEach
    void defaultMode() {
        LoggingMode.restore();
        // an earlier test's overlapping commits may have left the adaptive clock lazy, where nothing runs unlogged
        Txn.CLOCK.makeEager();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
    }

    /** Commits {@code c.i = v} from another thread, so that the write is not part of the caller's transaction. */
    private static void commitFromOtherThread(Cell c, int v) {
        Thread t = new Thread(() -> Stm.atomicRun(() -> c.setI(v)));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static long unloggedAborts() {
        return Stm.statistics().aborts(AbortCause.UNLOGGED);
    }

    @Test
    void whenNobodyElseCommits_thenTheWriterLogsNoReadAndCommitsFirstTime() {
        Cell a = new Cell();
        Cell b = new Cell();
        Stm.atomicRun(() -> b.setI(3));
        List<String> attempts = new ArrayList<>();
        Stm.atomicRun(() -> {
            Txn tx = Txn.current();
            int sum = a.getI() + b.getI();
            a.setI(sum + 1);
            attempts.add(tx.unlogged + "/" + tx.readSize);
        });
        assertEquals(List.of("true/0"), attempts);
        assertEquals(4, Stm.atomicGet(a::getI));
    }

    @Test
    void whenALocationReadIsNewerThanTheSnapshot_thenTheAttemptRunsAgainLoggingAndSeesTheNewValue() {
        Cell a = new Cell();
        Cell b = new Cell();
        long before = unloggedAborts();
        List<Boolean> modes = new ArrayList<>();
        int seen = Stm.atomicGet(() -> {
            modes.add(Txn.current().unlogged);
            int x = a.getI();
            if (modes.size() == 1) {
                commitFromOtherThread(b, 5);
            }
            int y = b.getI();
            a.setI(x + y);
            return y;
        });
        assertEquals(5, seen);
        assertEquals(List.of(true, false), modes, "unlogged, then logging (which can extend its snapshot)");
        assertEquals(before + 1, unloggedAborts());
        assertEquals(5, Stm.atomicGet(a::getI));
    }

    @Test
    void whenAnotherTransactionCommitsBeforeTheCommit_thenTheUnloggedAttemptRunsAgainAndItsReadsAreValidated() {
        Cell read = new Cell();
        Cell written = new Cell();
        Cell unrelated = new Cell();
        long before = unloggedAborts();
        List<Boolean> modes = new ArrayList<>();
        Stm.atomicRun(() -> {
            modes.add(Txn.current().unlogged);
            int v = read.getI();
            if (modes.size() == 1) {
                // moves the clock: this attempt cannot tell whether what it read is still current
                commitFromOtherThread(unrelated, 1);
            }
            written.setI(v + 7);
        });
        assertEquals(List.of(true, false), modes);
        assertEquals(before + 1, unloggedAborts());
        assertEquals(7, Stm.atomicGet(written::getI));
    }

    @Test
    void whenAnUnloggedAttemptFailed_thenTheThreadsNextTransactionsLogUntilThePenaltyIsServed() {
        Cell a = new Cell();
        Cell unrelated = new Cell();
        int[] n = new int[1];
        Stm.atomicRun(() -> {
            if (n[0]++ == 0) {
                commitFromOtherThread(unrelated, 1);
            }
            a.setI(a.getI() + 1);
        });
        Txn d = Txn.descriptor();
        int penalty = d.unloggedPenalty;
        assertTrue(penalty >= 1);
        // the overlapping commit also made the adaptive clock lazy (nothing starts unlogged on it until this thread's
        // lazy commits switch it back): that period is ClockModeTest's subject, the penalty alone is this test's
        Txn.CLOCK.makeEager();
        List<Boolean> modes = new ArrayList<>();
        for (int i = 0; i <= penalty; i++) {
            Stm.atomicRun(() -> {
                modes.add(Txn.current().unlogged);
                a.setI(a.getI() + 1);
            });
        }
        for (int i = 0; i < penalty; i++) {
            assertFalse(modes.get(i), "transaction " + i + " serves the penalty");
        }
        assertTrue(modes.get(penalty), "then unlogged again");
        assertEquals(penalty / 2, d.unloggedPenalty, "a successful unlogged commit halves the penalty");
    }

    @Test
    void whenAnUnloggedAttemptRetries_thenALoggingAttemptWaitsForAChangeToWhatItRead() throws Exception {
        Cell flag = new Cell();
        long before = unloggedAborts();
        List<Boolean> modes = new ArrayList<>();
        Thread setter = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            Stm.atomicRun(() -> flag.setI(1));
        });
        setter.start();
        int v = Stm.atomicGet(() -> {
            modes.add(Txn.current().unlogged);
            if (flag.getI() == 0) {
                Stm.retry();
            }
            flag.setI(2);
            return flag.getI();
        });
        setter.join();
        assertEquals(2, v);
        assertTrue(modes.get(0), "the first attempt ran unlogged");
        assertFalse(modes.get(modes.size() - 1));
        assertTrue(unloggedAborts() >= before + 1);
    }

    @Test
    void whenAnUnloggedAttemptBecomesInevitable_thenItRunsAgainInevitableFromTheStart() {
        Cell a = new Cell();
        List<String> attempts = new ArrayList<>();
        Stm.atomicRun(() -> {
            Txn tx = Txn.current();
            attempts.add(tx.unlogged + "/" + tx.inevitable);
            a.getI();
            Stm.becomeInevitable(tx);
            a.setI(9);
        });
        assertEquals(List.of("true/false", "false/true"), attempts);
        assertEquals(9, Stm.atomicGet(a::getI));
    }
}
