package org.stmj.python.compiler;

/** A lexical token. Strings carry their decoded value; f-strings their raw body for the parser to split. */
final class Token {
    static final int NAME = 1, NUMBER = 2, STRING = 3, OP = 4, NEWLINE = 5, INDENT = 6, DEDENT = 7, EOF = 8,
            FSTRING = 9, BYTES = 10;
    final int kind;
    final String text;
    final Object value;
    final int line, col, endCol;
    /** The line the token ends on (a triple-quoted string's last line); {@code line} for all others. */
    int endLine;
    /** For f-strings: whether the prefix had r. */
    final boolean raw;

    Token(int kind, String text, Object value, int line, int col, int endCol, boolean raw) {
        this.kind = kind;
        this.text = text;
        this.value = value;
        this.line = line;
        this.col = col;
        this.endCol = endCol;
        this.endLine = line;
        this.raw = raw;
    }

    boolean is(String op) {
        return (kind == OP || kind == NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + ":" + text + "@" + line + ":" + col;
    }
}
