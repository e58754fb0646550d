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
    /** 1-based end line and column (one past the last character marked), or 0 when unknown (one caret). */
    public int endLine, endCol;
    /**
     * CPython's end_offset for errors its tokenizer raises (-1 after "unexpected indent" and "unindent does not
     * match", 0 after a TabError), with end_lineno the error's line; null for all other errors.
     */
    public Integer tokenizerEnd;
    /** The source line the error is on (with its newline), or null when unknown. */
    public String text;
    /** Whether {@link #text} comes from the file named (read when the error is made), not the source compiled. */
    public boolean textFromFile;

    public PySyntaxError(String kind, String msg, String filename, int line, int col) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.col = col;
    }

    /** An error marking the range from (line, col) to (endLine, endCol), 1-based, end exclusive. */
    public PySyntaxError(String kind, String msg, String filename, int line, int col, int endLine, int endCol) {
        this(kind, msg, filename, line, col);
        this.endLine = endLine;
        this.endCol = endCol;
    }

    /** Sets {@link #tokenizerEnd}; returns this error. */
    public PySyntaxError tokenizerEnd(int end) {
        tokenizerEnd = end;
        return this;
    }

    /** Fills in {@link #text} from the source the error was found in, unless known. Returns this error. */
    public PySyntaxError withSource(String src) {
        if (textFromFile && text == null) {
            // CPython's PyErr_ProgramTextObject: the line of the file named, if there is one
            try {
                java.nio.file.Path p = java.nio.file.Path.of(filename);
                src = java.nio.file.Files.isRegularFile(p) ? new String(java.nio.file.Files.readAllBytes(p),
                        java.nio.charset.StandardCharsets.UTF_8) : null;
            } catch (RuntimeException | java.io.IOException e) {
                src = null;
            }
        }
        if (text == null && line > 0 && src != null) {
            int at = 0;
            for (int i = 1; i < line && at >= 0; i++) {
                at = src.indexOf('\n', at);
                at = at < 0 ? -1 : at + 1;
            }
            if (at >= 0 && at <= src.length()) {
                int nl = src.indexOf('\n', at);
                text = nl < 0 ? src.substring(at) + "\n" : src.substring(at, nl + 1);
            }
        }
        return this;
    }
}
