package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics count the read, undo and lock log entries of committed attempts (summed at commit), and an
 * object the attempt allocated adds none of them however often it is read and written.
 */
class LogEntryStatisticsTest {

    /** These tests look at the read log: run their transactions in logging mode. */
    @BeforeEach
    void logReads() {
        LoggingMode.logReads();
    }

    @AfterEach
    void restoreMode() {
        LoggingMode.restore();
    }
    private static final int ROUNDS = 200;

    /** Statistics of the engine as three numbers: read, undo and lock log entries so far. */
    private static long[] entries() {
        StmStatistics s = Stm.statistics();
        return new long[] {s.readLogEntries(), s.undoLogEntries(), s.lockLogEntries()};
    }

    @Test
    void whenAnAttemptReadsAndWritesPublishedObjects_thenItsEntriesAreCounted() {
        Cell a = new Cell();
        Cell b = new Cell();
        long[] before = entries();
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            Barriers.readInt(a, Cell.I, Cell.LOCK, tx); // one read entry
            Barriers.readInt(b, Cell.I, Cell.LOCK, tx); // another
            Barriers.writeInt(b, 5, Cell.I, Cell.LOCK, tx); // one lock, one undo entry
            Barriers.writeLong(b, 6L, Cell.J, Cell.LOCK, tx); // one more undo entry, the same lock
        });
        long[] after = entries();
        // other test classes' threads may commit too: at least this attempt's entries were added
        assertTrue(after[0] - before[0] >= 2, "read entries");
        assertTrue(after[1] - before[1] >= 2, "undo entries");
        assertTrue(after[2] - before[2] >= 1, "lock entries");
        assertEquals(5, b.getI());
    }

    @Test
    void whenAnAttemptUsesOnlyObjectsItAllocated_thenItLogsNothing() {
        int[] logged = new int[3];
        Stm.atomicRun(() -> {
            Txn tx = Barriers.current();
            for (int r = 0; r < ROUNDS; r++) {
                Cell c = new Cell();
                Barriers.onNew(c, Cell.LOCK, tx);
                Barriers.writeInt(c, r, Cell.I, Cell.LOCK, tx);
                Barriers.writeLong(c, Barriers.readInt(c, Cell.I, Cell.LOCK, tx) + 1L, Cell.J, Cell.LOCK, tx);
                int[] arr = new int[4];
                Barriers.onNewArray(arr, tx);
                Barriers.writeIntArray(arr, 1, r, tx);
                Barriers.readIntArray(arr, 1, tx);
            }
            logged[0] = tx.readSize;
            logged[1] = tx.undoSize;
            logged[2] = tx.lockSize;
        });
        assertEquals(0, logged[0], "read entries");
        assertEquals(0, logged[1], "undo entries");
        assertEquals(0, logged[2], "lock entries");
    }

    @Test
    void whenTheReportIsFormatted_thenItNamesTheEntriesPerCommit() {
        Stm.atomicRun(() -> Barriers.readInt(new Cell(), Cell.I, Cell.LOCK, Barriers.current()));
        String report = Stm.report(3);
        assertTrue(report.contains("log entries per commit:"), report);
    }
}
