package org.stmj.python.compiler;

/** A syntax (or indentation) error found by the lexer, parser or compiler, with CPython's message text. */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final String msg;
    public final String filename;
    /** 1-based line and column (column of the caret). */
    public final int line, col;
    /** The kind: "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;

    public PySyntaxError(String kind, String msg, String filename, int line, int col) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.col = col;
    }
}
