package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report: totals, sites with both sides and hints, reasons for inevitability, and where it goes. */
class StmReportTest {
    @Test
    void whenNoTransactionRan_thenTheReportSaysSoAndListsNoSites() {
        String r = StmReport.format(new StmStatistics(new StatsAccumulator()), null, 10);
        assertTrue(r.contains("no transactions ran"), r);
        assertTrue(!r.contains("top conflict sites"), r);
    }

    @Test
    void whenSitesWereRecorded_thenTheyAreListedWithBothSidesKindAccessAndHint() {
        StatsAccumulator a = new StatsAccumulator();
        a.starts = 10;
        a.commits = 8;
        a.aborts[AbortCause.WRITE_CONFLICT.ordinal()] = 2;
        ConflictSite.Counts c = new ConflictSite.Counts();
        c.add(3_000_000, "b.py:4 in g");
        c.add(1_000_000, "b.py:4 in g");
        a.sites.put(new ConflictSite.Key(Cell.class, Cell.I, ConflictSite.FIELD, "a.py:7 in f",
                AbortCause.WRITE_CONFLICT, "attribute 'n'"), c);
        a.inevitableReasons.put(new ConflictSite.InevitableKey("I/O", "a.py:9 in f"), new long[] {5});
        ConflictSiteResolver r = new ConflictSiteResolver() {
            @Override
            public String currentSourceLocation() {
                return null;
            }

            @Override
            public String hint(String kind, String access, String source, String other) {
                return "count per thread (" + kind + ")";
            }

            @Override
            public String boundaryUnit() {
                return "bytecodes";
            }
        };
        String text = StmReport.format(new StmStatistics(a), r, 10);
        assertTrue(text.contains("2 aborts, 4.0 ms lost: write-write on attribute 'n'"), text);
        assertTrue(text.contains("aborted at:       a.py:7 in f"), text);
        assertTrue(text.contains("conflicting with: b.py:4 in g"), text);
        assertTrue(text.contains("Java location:    org.stmj.core.Cell.i"), text);
        assertTrue(text.contains("hint: count per thread (write-write)"), text);
        assertTrue(text.contains("5 times: I/O"), text);
        assertTrue(text.contains("at a.py:9 in f"), text);
    }

    @Test
    void whenOneLineConflictsOnOneThingThroughSeveralJavaLocations_thenTheReportShowsOneSite() {
        StatsAccumulator a = new StatsAccumulator();
        a.starts = 10;
        ConflictSite.Counts read = new ConflictSite.Counts();
        read.add(2_000_000, "a.py:7 in f");
        ConflictSite.Counts written = new ConflictSite.Counts();
        written.add(1_000_000, "a.py:7 in f");
        a.sites.put(new ConflictSite.Key(Cell.class, Cell.I, ConflictSite.FIELD, "a.py:7 in f",
                AbortCause.VALIDATION, "global 'total' (read)"), read);
        a.sites.put(new ConflictSite.Key(Cell.class, Cell.J, ConflictSite.FIELD, "a.py:7 in f",
                AbortCause.WRITE_CONFLICT, "global 'total' (rebound)"), written);
        String[] hinted = new String[1];
        ConflictSiteResolver r = new ConflictSiteResolver() {
            @Override
            public String currentSourceLocation() {
                return null;
            }

            @Override
            public String hint(String kind, String access, String source, String other) {
                hinted[0] = access;
                return "use a local";
            }
        };
        String text = StmReport.format(new StmStatistics(a), r, 10);
        assertTrue(text.contains(" 1. 2 aborts, 3.0 ms lost: read-write and write-write on global 'total'\n"), text);
        assertTrue(text.contains("(and 1 more)"), text);
        assertTrue(!text.contains(" 2. "), text);
        assertTrue("global 'total' (rebound)".equals(hinted[0]), "the hint comes from the write: " + hinted[0]);
    }

    @Test
    void whenTheReportGoesToAFile_thenTheFileHoldsIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("report.txt");
        StmReport.write(f.toString());
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("==== stmj report ===="), text);
    }
}
