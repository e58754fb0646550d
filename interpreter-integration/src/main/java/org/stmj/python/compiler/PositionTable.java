package org.stmj.python.compiler;

/**
 * The source positions of a code object's instructions (start line, end line, start column, end column, as
 * CPython 3.11's {@code co_positions()} gives them), in a compact byte string: CPython's location-table idea (one
 * entry per run of instructions with the same position, small deltas), with an encoding of its own.
 *
 * <p>Layout: a sequence of entries, each {@code count, dLine, span, col + 1, endCol + 1} as unsigned LEB128 varints
 * except {@code dLine}, which is zigzag-encoded: {@code count} instructions (at least 1) share the position;
 * {@code dLine} is the start line minus the previous entry's start line (the first entry's is relative to 0);
 * {@code span} is end line minus start line; a column of -1 (unknown) is stored as 0. Runs are common (an
 * expression's load, its call and the store of its result often share one position), and most entries take 4 or 5
 * bytes. Decoding walks from the start: the table is read only when a traceback is printed or
 * {@code co_positions()} is called.
 */
public final class PositionTable {
    private PositionTable() {
    }

    /** An empty table (no instruction has a position). */
    public static final byte[] EMPTY = new byte[0];

    /**
     * Encodes the positions of instructions {@code 0..n-1}: {@code line[i], endLine[i], col[i], endCol[i]} (a column
     * of -1, or an end line before the start, means unknown).
     */
    public static byte[] encode(int[] line, int[] endLine, int[] col, int[] endCol, int n) {
        Out o = new Out(n * 2 + 8);
        int prevLine = 0;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && line[j] == line[i] && endLine[j] == endLine[i] && col[j] == col[i]
                    && endCol[j] == endCol[i]) {
                j++;
            }
            int span = endLine[i] - line[i];
            o.uint(j - i);
            o.uint(zigzag(line[i] - prevLine));
            o.uint(span < 0 ? 0 : span);
            o.uint(col[i] < 0 ? 0 : col[i] + 1);
            o.uint(endCol[i] < 0 || span < 0 ? 0 : endCol[i] + 1);
            prevLine = line[i];
            i = j;
        }
        return o.bytes();
    }

    /**
     * The positions of {@code n} instructions as one array of {@code 4 * n} ints: start line, end line, start column,
     * end column of instruction i at {@code 4 * i}; -1 for an unknown column. Instructions the table does not cover
     * get line 0 and unknown columns. IllegalArgumentException for a malformed table.
     */
    public static int[] decode(byte[] table, int n) {
        int[] out = new int[4 * n];
        for (int i = 0; i < n; i++) {
            out[4 * i + 2] = -1;
            out[4 * i + 3] = -1;
        }
        int[] pos = {0};
        int line = 0;
        int at = 0;
        while (pos[0] < table.length) {
            int count = uint(table, pos);
            line += unzigzag(uint(table, pos));
            int span = uint(table, pos);
            int col = uint(table, pos) - 1;
            int endCol = uint(table, pos) - 1;
            if (count <= 0) {
                throw new IllegalArgumentException("empty position run");
            }
            for (int k = 0; k < count && at < n; k++, at++) {
                out[4 * at] = line;
                out[4 * at + 1] = line + span;
                out[4 * at + 2] = col;
                out[4 * at + 3] = endCol;
            }
        }
        return out;
    }

    /** The position of instruction {@code pc} alone, as {@code {line, endLine, col, endCol}}; null if not covered. */
    public static int[] at(byte[] table, int pc) {
        int[] pos = {0};
        int line = 0;
        int at = 0;
        while (pos[0] < table.length) {
            int count = uint(table, pos);
            line += unzigzag(uint(table, pos));
            int span = uint(table, pos);
            int col = uint(table, pos) - 1;
            int endCol = uint(table, pos) - 1;
            if (pc < at + count) {
                return new int[] {line, line + span, col, endCol};
            }
            at += count;
        }
        return null;
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static int uint(byte[] b, int[] pos) {
        int v = 0;
        int shift = 0;
        while (true) {
            if (pos[0] >= b.length || shift > 28) {
                throw new IllegalArgumentException("truncated position table");
            }
            int x = b[pos[0]++] & 0xff;
            v |= (x & 0x7f) << shift;
            if (x < 0x80) {
                return v;
            }
            shift += 7;
        }
    }

    /** A growable byte buffer for {@link #encode}. */
    private static final class Out {
        private byte[] b;
        private int n;

        Out(int size) {
            b = new byte[size];
        }

        void uint(int v) {
            while (true) {
                if (n == b.length) {
                    b = java.util.Arrays.copyOf(b, n * 2 + 8);
                }
                if ((v & ~0x7f) == 0) {
                    b[n++] = (byte) v;
                    return;
                }
                b[n++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(b, n);
        }
    }
}
