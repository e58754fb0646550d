package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The position table's encoding: runs, line deltas both ways, unknown columns, malformed input. */
class PositionTableTest {
    private static int[] pos(byte[] t, int pc) {
        return PositionTable.at(t, pc);
    }

    @Test
    void whenInstructionsShareAPosition_thenOneEntryCoversThemAll() {
        int n = 40;
        int[] line = new int[n], end = new int[n], col = new int[n], endCol = new int[n];
        for (int i = 0; i < n; i++) {
            line[i] = 7;
            end[i] = 7;
            col[i] = 4;
            endCol[i] = 19;
        }
        byte[] t = PositionTable.encode(line, end, col, endCol, n);
        assertEquals(5, t.length, "one entry of five one-byte fields");
        assertArrayEquals(new int[] {7, 7, 4, 19}, pos(t, 0));
        assertArrayEquals(new int[] {7, 7, 4, 19}, pos(t, n - 1));
        assertNull(pos(t, n));
    }

    @Test
    void whenLinesGoBackAndForth_thenDecodingRestoresEveryPosition() {
        int[] line = {10, 3, 250, 250, 1, 70000};
        int[] end = {12, 3, 251, 250, 1, 70002};
        int[] col = {0, 8, 130, -1, 2, 4};
        int[] endCol = {5, 9, 200, -1, 300, 1};
        byte[] t = PositionTable.encode(line, end, col, endCol, line.length);
        int[] all = PositionTable.decode(t, line.length);
        for (int i = 0; i < line.length; i++) {
            int[] expected = {line[i], end[i], col[i], endCol[i]};
            assertArrayEquals(expected, new int[] {all[4 * i], all[4 * i + 1], all[4 * i + 2], all[4 * i + 3]});
            assertArrayEquals(expected, pos(t, i));
        }
    }

    @Test
    void whenEndLineIsBeforeTheStart_thenTheColumnsAreUnknown() {
        byte[] t = PositionTable.encode(new int[] {5}, new int[] {4}, new int[] {1}, new int[] {3}, 1);
        assertArrayEquals(new int[] {5, 5, 1, -1}, pos(t, 0));
    }

    @Test
    void whenTableIsTruncated_thenDecodingFails() {
        byte[] t = PositionTable.encode(new int[] {300}, new int[] {300}, new int[] {200}, new int[] {210}, 1);
        byte[] cut = java.util.Arrays.copyOf(t, t.length - 1);
        assertThrows(IllegalArgumentException.class, () -> PositionTable.decode(cut, 1));
    }

    @Test
    void whenCompiled_thenAnOperatorSpansItsOperandsAndACallItsParentheses() {
        Code m = Compiler.compile("def f(a, b):\n    return g(a) + b\n", "t.py", false);
        Code f = null;
        for (Object c : m.consts) {
            if (c instanceof Code) {
                f = (Code) c;
            }
        }
        boolean sawAdd = false, sawCall = false;
        for (int pc = 0; pc < f.plainLength; pc++) {
            int op = Op.op(f.code[pc]);
            int[] p = f.position(pc);
            if (op == Op.BINARY) {
                assertArrayEquals(new int[] {2, 2, 11, 19}, p);
                sawAdd = true;
            } else if (op == Op.CALL) {
                assertArrayEquals(new int[] {2, 2, 11, 15}, p);
                sawCall = true;
            }
        }
        assertTrue(sawAdd && sawCall, f.dis());
    }
}
