package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stmj.transform.runtime.Rt;

/**
 * Auto mode's tails: a thread that blocked in a GIL-released call while it ran transactionally, and wakes when the
 * others have gone back to GIL execution, runs the rest of its bytecode as a tail and leaves STM itself, instead of
 * switching every running thread to transactions once per wake-up. The program is
 * {@code src/test/resources/auto/sleep_poll.py}: after a ping-pong that puts both threads into transactions, the main
 * thread polls a computing worker with 5 ms sleeps. Also the grace period's CPU-time condition: a poller descheduled
 * between its wake-up and its next sleep (a loaded machine) does not switch the two threads either.
 */
class AutoModeTailTest extends AutoModeFixture {
    /** The polls counted (after 30 that let the worker leave the transactions of the ping-pong). */
    private static final String POLLS = "100";

    private long previousGrace;

    @BeforeAll
    void saveGrace() {
        previousGrace = Rt.autoGraceMicros();
    }

    @AfterEach
    void restoreGrace() {
        Rt.setAutoGraceMicros(previousGrace);
    }

    @Test
    void whenSleepPollerWakesWhileWorkerRunsUninstrumented_thenWorkerIsNotSwitchedToTransactions() throws Exception {
        // a grace of 20 ms: the ping-pong (a GIL hand-over per round) still switches, while a loaded machine that
        // deschedules the poller between its wake-up and its next sleep for over a millisecond does not
        Rt.setAutoGraceMicros(20_000L);
        long tails = Rt.tailStarts();
        long rejoins = Rt.rejoins();
        String[] lines = runProgram("sleep_poll.py", 300, POLLS);
        String out = String.join("\n", lines);
        assertEquals(3, lines.length, out);
        assertTrue(lines[2].endsWith(": True"), out);
        long polls = Long.parseLong(lines[0].substring("polls ".length()));
        long commits = Long.parseLong(lines[1].substring("commits ".length()));
        // each wake-up used to switch the worker to transactions (two commits or more per poll)
        assertTrue(commits < polls / 2, "transactions while the main thread sleep-polled: " + out);
        assertTrue(Rt.tailStarts() > tails, "no wake-up ran as a tail");
        assertTrue(Rt.rejoins() > rejoins, "the worker never paused for a tail and went back to the GIL");
    }
}
