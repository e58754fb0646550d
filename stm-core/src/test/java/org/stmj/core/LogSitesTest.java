package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The diagnostic table of log entries ({@code -Dstmj.logSites}) names a field by its class and name, an array
 * element by the element type, a guarded element with its holder's class, and a stripe lock as such.
 */
class LogSitesTest {
    @Test
    void whenEntriesAreNoted_thenTheyAreCountedByFieldElementHolderAndStripe() {
        Cell c = new Cell();
        Object[] a = new Object[2];
        long field0 = LogSites.count("read Cell.i");
        long elem0 = LogSites.count("undo Object[] element");
        long held0 = LogSites.count("read Object[] element (held by Cell)");
        long stripe0 = LogSites.count("lock a stripe of the lock table");
        LogSites.note("read", c, c, Cell.I);
        LogSites.note("read", c, c, Cell.I);
        LogSites.note("undo", null, a, Engine.REF_BASE);
        LogSites.note("read", c, a, Engine.REF_BASE);
        LogSites.note("lock", LockTable.TABLE, LockTable.TABLE, 0);
        assertEquals(2, LogSites.count("read Cell.i") - field0);
        assertEquals(1, LogSites.count("undo Object[] element") - elem0);
        assertEquals(1, LogSites.count("read Object[] element (held by Cell)") - held0);
        assertEquals(1, LogSites.count("lock a stripe of the lock table") - stripe0);
    }
}
