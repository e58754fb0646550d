package org.stmj.python.vm;

import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;

/**
 * The "Did you mean" candidate of a NameError or AttributeError, by CPython 3.11's rule
 * ({@code Python/suggestions.c}): a Levenshtein distance where inserting, deleting or replacing a character costs 2
 * and a replacement that only changes case costs 1; a candidate qualifies when no more than about a third of the
 * characters involved change ({@code (len(name) + len(candidate) + 3) * 2 / 6}); the closest one wins, the first
 * of equals. Lists of 750 or more names and names longer than 40 characters give no suggestion.
 */
final class Suggestions {
    private static final int MOVE_COST = 2, CASE_COST = 1, MAX_CANDIDATES = 750, MAX_STRING = 40;

    private Suggestions() {
    }

    /** The closest candidate to {@code name} among the str items of {@code candidates}, or null. */
    static String closest(PyObject[] candidates, String name) {
        if (candidates.length >= MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PyObject o : candidates) {
            if (!(o instanceof PyStr)) {
                continue;
            }
            String item = ((PyStr) o).value();
            if (item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The weighted edit distance of a and b, or max + 1 once it is known to exceed max. */
    static int distance(String a, String b, int max) {
        if (a.equals(b)) {
            return 0;
        }
        // common prefix and suffix cost nothing
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int ea = a.length(), eb = b.length();
        while (ea > start && eb > start && a.charAt(ea - 1) == b.charAt(eb - 1)) {
            ea--;
            eb--;
        }
        a = a.substring(start, ea);
        b = b.substring(start, eb);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > MAX_STRING || b.length() > MAX_STRING) {
            return max + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > max) {
            return max + 1;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char cb = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length(); ai++) {
                int substitute = distance + cost(cb, a.charAt(ai));
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) {
                return max + 1;
            }
        }
        return result;
    }

    private static int cost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }
}
