package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The per-thread rows of the statistics stay bounded and keep the threads added last. */
class StatsThreadRowsTest {

    private static StatsAccumulator.ThreadRow row(String name, long commits) {
        StatsAccumulator.ThreadRow r = new StatsAccumulator.ThreadRow();
        r.name = name;
        r.commits = commits;
        return r;
    }

    @Test
    void whenMoreThreadsThanRows_thenTheEarliestAreSummedIntoOneRowAndTheLatestKept() {
        StatsAccumulator dead = new StatsAccumulator();
        int n = StatsAccumulator.MAX_THREAD_ROWS + 10;
        StatsAccumulator other = new StatsAccumulator();
        for (int i = 0; i < n; i++) {
            other.threads.add(row("t" + i, 1));
        }
        dead.addAll(other);
        assertEquals(StatsAccumulator.MAX_THREAD_ROWS, dead.threads.size());
        assertEquals(StatsAccumulator.EARLIER, dead.threads.get(0).name);
        assertEquals(11, dead.threads.get(0).commits, "the 11 earliest threads, summed");
        assertEquals("t" + (n - 1), dead.threads.get(dead.threads.size() - 1).name);
        assertEquals("t11", dead.threads.get(1).name);
        long total = 0;
        for (StatsAccumulator.ThreadRow r : dead.threads) {
            total += r.commits;
        }
        assertEquals(n, total, "no thread's commits lost");
    }
}
