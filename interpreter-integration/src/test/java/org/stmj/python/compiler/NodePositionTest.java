package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The parser's start and end positions, which the ast module reports as CPython's. */
class NodePositionTest {
    private static int[] span(Node n) {
        return new int[] {n.line, n.col, n.endLine, n.endCol};
    }

    @Test
    void whenCallIsAssigned_thenStatementAndCallEndAtTheParenthesis() {
        Node assign = Parser.parseModule("x = f(a, b)\n", "t.py").body()[0];
        assertArrayEquals(new int[] {1, 0, 1, 11}, span(assign));
        assertArrayEquals(new int[] {1, 4, 1, 11}, span(assign.value()));
        assertArrayEquals(new int[] {1, 6, 1, 7}, span(assign.value().positional()[0]));
    }

    @Test
    void whenOperandIsParenthesized_thenTheOperationStartsAtTheParenthesis() {
        Node e = Parser.parseModule("(a + b) * c\n", "t.py").body()[0].value();
        assertArrayEquals(new int[] {1, 0, 1, 11}, span(e));
        assertArrayEquals(new int[] {1, 1, 1, 6}, span(e.left()));
    }

    @Test
    void whenCompoundStatementEnds_thenItsEndIsItsLastStatementsEnd() {
        Node f = Parser.parseModule("def f():\n    if x:\n        return 1\n\n", "t.py").body()[0];
        assertArrayEquals(new int[] {1, 0, 3, 16}, span(f));
    }

    @Test
    void whenNumberIsNegative_thenTheFoldedConstantKeepsItsUnaryTree() {
        Node c = Parser.parseModule("-5\n", "t.py").body()[0].value();
        assertEquals(Node.CONST, c.kind);
        assertNotNull(c.folded);
        assertEquals(Node.UNARY, c.folded.kind);
        assertArrayEquals(new int[] {1, 1, 1, 2}, span(c.folded.operand()));
    }

    @Test
    void whenFstringHasAField_thenTheFieldIsAtItsSourcePlace() {
        Node js = Parser.parseModule("y = 1\nf'ab{x + 1}'\n", "t.py").body()[1].value();
        Node field = js.parts()[1].value();
        assertArrayEquals(new int[] {2, 5, 2, 10}, span(field));
    }
}
