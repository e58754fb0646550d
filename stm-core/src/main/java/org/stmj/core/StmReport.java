package org.stmj.core;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The text report of the engine's statistics, and {@code -Dstmj.report=stderr|FILE}: a shutdown hook that
 * writes it when the JVM exits (normally, by {@code System.exit}, or on Ctrl-C). Locations, descriptions of
 * the accessed objects and hints come from the installed {@link ConflictSiteResolver}, so an interpreter's report
 * speaks its own language (Python {@code file:line}, attributes, keys).
 */
final class StmReport {
    private StmReport() {
    }

    private static boolean installed;

    /** Installs the shutdown hook when {@code stmj.report} is set; once. */
    static synchronized void installFromProperty() {
        String where = System.getProperty("stmj.report", "").trim();
        if (installed || where.isEmpty()) {
            return;
        }
        installed = true;
        Thread hook = new Thread(() -> write(where), "stmj-report");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: no report
        }
    }

    static void write(String where) {
        String text;
        try {
            text = Stm.report();
        } catch (RuntimeException | Error e) {
            text = "stmj report: failed: " + e + "\n";
        }
        if (where.equals("stderr") || where.equals("-")) {
            PrintStream err = System.err;
            err.print(text);
            err.flush();
            return;
        }
        try (Writer w = new OutputStreamWriter(new FileOutputStream(where), StandardCharsets.UTF_8)) {
            w.write(text);
        } catch (IOException e) {
            System.err.println("stmj: cannot write the report to " + where + ": " + e.getMessage());
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** The report of {@code s}, with the top {@code top} conflict sites and reasons for inevitability. */
    static String format(StmStatistics s, ConflictSiteResolver r, int top) {
        StringBuilder b = new StringBuilder();
        String unit = "boundaries";
        if (r != null) {
            try {
                unit = r.boundaryUnit();
            } catch (RuntimeException e) {
                // keep the default
            }
        }
        List<StmStatistics.ThreadTotals> threads = s.threads();
        b.append("==== stmj report ====\n");
        if (s.starts() == 0) {
            b.append("no transactions ran (without the STM agent an interpreter runs under its GIL: nothing can "
                    + "conflict; run it in STM mode to see conflicts)\n");
        }
        if (!threads.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%-22s %12s %10s %10s %14s %16s %14s%n", "thread", "commits",
                    "aborts", "inevitable", "aborted work", "inevitable wait", "GIL-released"));
            for (StmStatistics.ThreadTotals t : threads) {
                String name = t.name().length() > 22 ? t.name().substring(0, 21) + "~" : t.name();
                b.append(String.format(Locale.ROOT, "%-22s %12s %10s %10s %14s %16s %14s%n", name, n(t.commits()),
                        n(t.aborts()), n(t.inevitableRuns()), ms(t.nanosLostInAborts()),
                        ms(t.inevitableWaitNanos()), ms(t.gilReleasedNanos())));
            }
        }
        if (s.starts() != 0) {
            b.append(String.format(Locale.ROOT, "total: %s commits, %s aborts (%s), %s inevitable%n",
                    n(s.commits()), n(s.aborts()), causes(s), n(s.inevitableRuns())));
            if (s.boundaryTransactions() > 0) {
                b.append(unit).append(" per transaction: median ").append(s.medianLength()).append(", max ")
                        .append(s.maxLength()).append('\n');
            }
            if (s.commits() > 0) {
                double c = s.commits();
                b.append(String.format(Locale.ROOT, "log entries per commit: %.1f read, %.1f undo, %.1f lock%n",
                        s.readLogEntries() / c, s.undoLogEntries() / c, s.lockLogEntries() / c));
            }
        }
        b.append("time in aborted work ").append(ms(s.nanosLostInAborts())).append(
                ", waiting for the inevitable token ")
                .append(ms(s.inevitableWaitNanos())).append(", in GIL-released calls ").append(ms(s.gilReleasedNanos()))
                .append('\n');
        if (s.locksMet() > 0) {
            b.append("locks met held by another transaction: ").append(n(s.locksMet()))
                    .append(Txn.COMMIT_REQUESTS ? " (each holder was asked to commit at its next bytecode boundary)\n"
                            : " (commit requests off)\n");
        }
        List<Group> groups = group(s.conflictSites());
        if (groups.isEmpty()) {
            if (s.starts() != 0) {
                b.append("no conflict sites\n");
            }
        } else {
            b.append("\ntop conflict sites, most time lost first:\n");
            for (int i = 0; i < Math.min(top, groups.size()); i++) {
                Group g = groups.get(i);
                StmStatistics.Site x = g.first;
                b.append(String.format(Locale.ROOT, "%2d. %s aborts, %s lost: %s", i + 1, n(g.aborts),
                        ms(g.nanos), String.join(" and ", g.kinds)));
                if (g.access != null) {
                    b.append(" on ").append(g.access);
                }
                b.append('\n');
                if (x.sourceLocation() != null) {
                    b.append("    aborted at:       ").append(x.sourceLocation()).append('\n');
                }
                if (g.other != null) {
                    b.append("    conflicting with: ").append(g.other).append('\n');
                } else if (x.sourceLocation() != null) {
                    b.append("    conflicting with: (not known: it had committed already)\n");
                }
                b.append("    Java location:    ").append(x.location());
                if (g.members.size() > 1) {
                    b.append(" (and ").append(g.members.size() - 1).append(" more)");
                }
                b.append('\n');
                String hint = null;
                if (r != null) {
                    StmStatistics.Site h = g.hintSource();
                    try {
                        hint = r.hint(h.kind(), h.access(), h.sourceLocation(), h.otherSourceLocation());
                    } catch (RuntimeException e) {
                        // no hint
                    }
                }
                if (hint != null) {
                    b.append("    hint: ").append(hint).append('\n');
                }
            }
            if (groups.size() > top) {
                b.append("    (").append(groups.size() - top).append(" more sites)\n");
            }
        }
        List<StmStatistics.InevitableReason> reasons = s.inevitableReasons();
        if (!reasons.isEmpty()) {
            b.append("\ntop reasons for inevitability:\n");
            for (int i = 0; i < Math.min(top, reasons.size()); i++) {
                StmStatistics.InevitableReason x = reasons.get(i);
                b.append(String.format(Locale.ROOT, "%2d. %s times: %s%n", i + 1, n(x.count()), x.reason()));
                if (x.sourceLocation() != null) {
                    b.append("    at ").append(x.sourceLocation()).append('\n');
                }
            }
            if (reasons.size() > top) {
                b.append("    (").append(reasons.size() - top).append(" more)\n");
            }
        }
        b.append("====\n");
        return b.toString();
    }

    /**
     * Sites merged for the report: the same source location and the same accessed thing (its description
     * without the trailing "(read)"/"(written)"/...), whatever the Java location and kind; most time lost first.
     */
    static final class Group {
        final List<StmStatistics.Site> members = new java.util.ArrayList<>();
        final java.util.LinkedHashSet<String> kinds = new java.util.LinkedHashSet<>();
        final java.util.Map<String, Long> others = new java.util.HashMap<>();
        StmStatistics.Site first;
        String access;
        String other;
        long aborts;
        long nanos;

        /** The member whose hint is shown: a write (rebinding, store) explains a conflict better than a read. */
        StmStatistics.Site hintSource() {
            for (StmStatistics.Site m : members) {
                String a = m.access();
                if (a != null && (a.endsWith("(rebound)") || a.endsWith("(written)"))) {
                    return m;
                }
            }
            return first;
        }
    }

    private static String base(String access) {
        if (access == null) {
            return null;
        }
        int i = access.lastIndexOf(" (");
        return i > 0 && access.endsWith(")") ? access.substring(0, i) : access;
    }

    static List<Group> group(List<StmStatistics.Site> sites) {
        java.util.Map<String, Group> byKey = new java.util.LinkedHashMap<>();
        int unique = 0;
        for (StmStatistics.Site x : sites) {
            String key;
            if (x.sourceLocation() == null) {
                key = "#" + unique++;
            } else if (Attribution.isGaveWay(x.access())) {
                // what the victim ran when asked to give way says little: one row per other side
                key = "gave way|" + x.access() + "|" + x.otherSourceLocation();
            } else {
                key = x.sourceLocation() + "|" + base(x.access());
            }
            Group g = byKey.computeIfAbsent(key, k -> new Group());
            if (g.first == null) {
                g.first = x;
                g.access = x.sourceLocation() == null ? x.access() : base(x.access());
            }
            g.members.add(x);
            g.kinds.add(x.kind());
            g.aborts += x.aborts();
            g.nanos += x.nanosLost();
            if (x.otherSourceLocation() != null) {
                g.others.merge(x.otherSourceLocation(), x.aborts(), Long::sum);
            }
        }
        List<Group> l = new java.util.ArrayList<>(byKey.values());
        for (Group g : l) {
            long best = -1;
            for (java.util.Map.Entry<String, Long> e : g.others.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    g.other = e.getKey();
                }
            }
        }
        l.sort((x, y) -> x.nanos != y.nanos ? Long.compare(y.nanos, x.nanos) : Long.compare(y.aborts, x.aborts));
        return l;
    }

    private static String causes(StmStatistics s) {
        StringBuilder b = new StringBuilder();
        for (AbortCause c : AbortCause.values()) {
            long v = s.aborts(c);
            if (v != 0) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(n(v));
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
