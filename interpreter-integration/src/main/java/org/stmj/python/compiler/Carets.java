package org.stmj.python.compiler;

/**
 * The indicator line under a traceback's source line, as CPython 3.11 prints it: {@code ^} under the failing
 * instruction's source range, and for a binary operation or a subscript {@code ~} under its operands with
 * {@code ^} under the operator or the brackets (the anchors are found by parsing the range as an expression).
 * Nothing when the range is unknown or covers the whole stripped line without anchors.
 */
public final class Carets {
    private Carets() {
    }

    /**
     * The indicator line (without the newline) for {@code line} (the raw source line) and the instruction's
     * position {@code {line, endLine, col, endCol}} (columns in characters, -1 unknown), or null for none.
     */
    public static String line(String line, int[] pos) {
        if (line == null || pos == null || pos[0] <= 0 || pos[1] < pos[0] || pos[2] < 0 || pos[3] < 0) {
            return null;
        }
        String raw = stripEnd(line);
        int truncation = 0;
        while (truncation < raw.length() && isSpace(raw.charAt(truncation))) {
            truncation++;
        }
        int start = pos[2], end = pos[3];
        if (start > raw.length()) {
            return null;
        }
        int leftEnd = -1, rightStart = -1;
        if (pos[0] == pos[1]) {
            if (end > raw.length() || end < start) {
                return null;
            }
            int[] a = anchors(raw.substring(start, end));
            if (a != null) {
                leftEnd = a[0] + start;
                rightStart = a[1] + start;
            }
        } else {
            end = raw.length();
        }
        int strippedLen = raw.length() - truncation;
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLen && !special) {
            return null;
        }
        StringBuilder sb = new StringBuilder("    ");
        for (int offset = truncation + 1; offset <= end; offset++) {
            if (offset <= start) {
                sb.append(' ');
            } else if (special && leftEnd < offset && offset <= rightStart) {
                sb.append('^');
            } else {
                sb.append(special ? '~' : '^');
            }
        }
        return sb.toString();
    }

    /** {leftEnd, rightStart} within the segment for a binary operation or a subscript; null otherwise. */
    static int[] anchors(String segment) {
        Node m;
        try {
            m = Parser.parseModule(segment, "<string>");
        } catch (RuntimeException e) {
            return null;
        }
        if (m == null || m.list == null || m.list.length != 1 || m.list[0].kind != Node.EXPR) {
            return null;
        }
        Node e = m.list[0].a;
        if (e == null) {
            return null;
        }
        if (e.kind == Node.BINOP && e.a != null && e.b != null && e.a.endLine == 1 && e.b.line == 1) {
            int leftAnchor = -1, rightAnchor = -1;
            for (int i = e.a.endCol; i < e.b.col && i < segment.length(); i++) {
                if (isSpace(segment.charAt(i))) {
                    continue;
                }
                leftAnchor = i;
                rightAnchor = i + 1;
                if (i + 1 < e.b.col && !isSpace(segment.charAt(i + 1))) {
                    rightAnchor++;
                }
                if (i + 1 < e.b.col && segment.charAt(i) == ')') {
                    continue;
                }
                break;
            }
            return leftAnchor < 0 ? null : new int[] {leftAnchor, rightAnchor};
        }
        if (e.kind == Node.SUBSCRIPT && e.a != null && e.b != null && e.a.endLine == 1 && e.b.endLine == 1) {
            int left = e.a.endCol, right = e.b.endCol + 1, len = segment.length();
            while (left < len && (isSpace(segment.charAt(left)) || segment.charAt(left) != '[')) {
                left++;
            }
            while (right < len && (isSpace(segment.charAt(right)) || segment.charAt(right) != ']')) {
                right++;
            }
            if (right < len) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == 0x0b;
    }

    private static String stripEnd(String s) {
        int n = s.length();
        while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
            n--;
        }
        return s.substring(0, n);
    }
}
