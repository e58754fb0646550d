package org.stmj.python.golden;

import java.util.ArrayList;
import java.util.List;

/** A small unified-style line diff for failure messages: {@code -} expected, {@code +} actual. */
final class LineDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_CELLS = 4_000_000;
    private static final int MAX_OUTPUT_LINES = 80;

    private LineDiff() {
    }

    static String render(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        StringBuilder out = new StringBuilder();
        out.append("--- expected (").append(a.size()).append(" lines)\n");
        out.append("+++ actual (").append(b.size()).append(" lines)\n");
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return firstDifference(a, b, out);
        }
        List<String> ops = lcsOps(a, b);
        boolean[] near = new boolean[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).charAt(0) != ' ') {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(ops.size() - 1, i + CONTEXT); j++) {
                    near[j] = true;
                }
            }
        }
        int printed = 0;
        boolean gap = false;
        for (int i = 0; i < ops.size(); i++) {
            if (!near[i]) {
                gap = true;
                continue;
            }
            if (gap && printed > 0) {
                out.append("@@\n");
            }
            gap = false;
            if (printed++ == MAX_OUTPUT_LINES) {
                out.append("... (diff truncated)\n");
                break;
            }
            out.append(ops.get(i)).append('\n');
        }
        return out.toString();
    }

    private static List<String> lcsOps(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++));
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        return ops;
    }

    private static String firstDifference(List<String> a, List<String> b, StringBuilder out) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        out.append("first difference at line ").append(i + 1).append('\n');
        for (int k = i; k < Math.min(a.size(), i + CONTEXT + 1); k++) {
            out.append('-').append(a.get(k)).append('\n');
        }
        for (int k = i; k < Math.min(b.size(), i + CONTEXT + 1); k++) {
            out.append('+').append(b.get(k)).append('\n');
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> result = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }
}
