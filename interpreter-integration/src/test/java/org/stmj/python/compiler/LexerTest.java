package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static String kinds(String src) {
        List<Token> ts = new Lexer(src, "t.py").tokenize();
        return ts.stream().map(t -> t.kind == Token.INDENT ? "IN" : t.kind == Token.DEDENT ? "DE"
                : t.kind == Token.NEWLINE ? "NL" : t.kind == Token.EOF ? "EOF"
                : t.text).collect(Collectors.joining(" "));
    }

    @Test
    void whenIndentedBlock_thenIndentAndDedentTokens() {
        assertEquals("if x : NL IN y NL DE z NL EOF", kinds("if x:\n    y\nz\n"));
    }

    @Test
    void whenInsideBrackets_thenNewlinesAreIgnored() {
        assertEquals("f ( 1 , 2 ) NL EOF", kinds("f(1,\n  2)\n"));
    }

    @Test
    void whenUnterminatedString_thenSyntaxErrorWithCPythonMessage() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> new Lexer("s = 'abc\n", "t.py").tokenize());
        assertEquals("unterminated string literal (detected at line 1)", e.msg);
        assertEquals(5, e.col);
    }

    @Test
    void whenBadDedent_thenIndentationError() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> new Lexer("if x:\n    a\n  b\n", "t.py").tokenize());
        assertEquals("IndentationError", e.kind);
    }

    @Test
    void whenEscapesInString_thenDecoded() {
        Token t = new Lexer("'a\\n\\x41\\u00e9'", "t.py").tokenize().get(0);
        assertEquals("a\nA\u00e9", t.value);
    }
}
