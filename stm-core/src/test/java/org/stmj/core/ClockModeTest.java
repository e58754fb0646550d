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
 * The adaptive clock ({@link PaddedClock}, papers/design/engine.md "An adaptive clock"): eager (one increment per
 * writer commit) while commits do not overlap; lazy (writers commit with the time plus one and leave the clock
 * alone; a reader of a newer version advances it) for {@link Txn#LAZY_COMMITS} commits of a thread once a writer
 * finds another commit inside its attempt.
 */
class ClockModeTest {

    @BeforeEach
    void eagerClock() {
        LoggingMode.restore();
        Txn.CLOCK.makeEager();
        Txn.descriptor().lazyCommits = 0;
    }

    @AfterEach
    void restore() {
        LoggingMode.restore();
        Txn.CLOCK.makeEager();
    }

    private static void commitFromOtherThread(Cell c, int v) {
        Thread t = new Thread(() -> Stm.atomicRun(() -> c.setI(v)));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void whenCommitsDoNotOverlap_thenTheClockStaysEagerAndEveryWriterIncrementsIt() {
        Cell a = new Cell();
        long before = Txn.CLOCK.get();
        for (int i = 0; i < 10; i++) {
            Stm.atomicRun(() -> a.setI(a.getI() + 1));
        }
        long after = Txn.CLOCK.get();
        assertFalse(PaddedClock.isLazy(after));
        assertEquals(PaddedClock.time(before) + 10, PaddedClock.time(after));
        assertEquals(PaddedClock.time(after), a.lock >>> 2, "the last commit's version is the clock's time");
    }

    @Test
    void whenAnotherThreadCommitsDuringAnAttempt_thenItsCommitMakesTheClockLazyAndValidates() {
        LoggingMode.logReads();
        Cell a = new Cell();
        Cell unrelated = new Cell();
        int[] attempts = new int[1];
        Stm.atomicRun(() -> {
            attempts[0]++;
            a.setI(a.getI() + 1);
            if (attempts[0] == 1) {
                commitFromOtherThread(unrelated, 1);
            }
        });
        assertEquals(1, attempts[0], "its reads were still valid");
        long c = Txn.CLOCK.get();
        assertTrue(PaddedClock.isLazy(c));
        assertEquals(PaddedClock.time(c) + 1, a.lock >>> 2, "a lazy commit's version is the time plus one");
    }

    @Test
    void whenTheClockIsLazy_thenWritersLeaveItAloneAndAReaderOfANewerVersionAdvancesIt() {
        Txn.CLOCK.makeLazy();
        Cell a = new Cell();
        Cell b = new Cell();
        long c0 = Txn.CLOCK.get();
        Stm.atomicRun(() -> a.setI(1));
        Stm.atomicRun(() -> b.setI(1));
        assertEquals(c0, Txn.CLOCK.get(), "lazy commits do not write the clock");
        assertEquals(a.lock, b.lock, "both committed with the time plus one");
        List<Long> rvs = new ArrayList<>();
        int sum = Stm.atomicGet(() -> {
            Txn tx = Txn.current();
            rvs.add(tx.rv);
            int s = a.getI() + b.getI();
            rvs.add(tx.rv);
            return s;
        });
        assertEquals(2, sum);
        assertEquals(List.of(PaddedClock.time(c0), PaddedClock.time(c0) + 1), rvs, "the read extended its snapshot");
        assertEquals(PaddedClock.time(c0) + 1, PaddedClock.time(Txn.CLOCK.get()), "and advanced the clock to it");
    }

    @Test
    void whenTheClockIsLazy_thenAnAtomicScopeLogsItsReadsAndAReadOnlyOneSeesNewerVersionsAfterARestart()
            throws Exception {
        Txn.CLOCK.makeLazy();
        Cell a = new Cell();
        Stm.atomicRun(() -> a.setI(5));
        List<Boolean> modes = new ArrayList<>();
        Stm.atomicRun(() -> {
            modes.add(Txn.current().unlogged);
            a.setI(a.getI() + 1);
        });
        assertEquals(List.of(false), modes, "no unlogged attempt on a lazy clock");
        Stm.atomicRun(() -> a.setI(7)); // a version newer than the clock again
        int[] attempts = new int[1];
        int v = Stm.atomicReadOnly(() -> {
            attempts[0]++;
            return a.getI();
        });
        assertEquals(7, v);
        assertEquals(2, attempts[0], "one restart, after which the snapshot includes the new version");
    }

    @Test
    void whenAThreadHasMadeLazyCommitsEnough_thenItSwitchesTheClockBackToEager() {
        Txn.CLOCK.makeLazy();
        Cell a = new Cell();
        Txn.descriptor().lazyCommits = 0;
        for (int i = 0; i < Txn.LAZY_COMMITS; i++) {
            assertTrue(PaddedClock.isLazy(Txn.CLOCK.get()), "lazy before commit " + i);
            Stm.atomicRun(() -> a.setI(a.getI() + 1));
        }
        assertFalse(PaddedClock.isLazy(Txn.CLOCK.get()));
        assertTrue((a.lock >>> 2) <= PaddedClock.time(Txn.CLOCK.get()), "eager: no version above the time");
    }
}
