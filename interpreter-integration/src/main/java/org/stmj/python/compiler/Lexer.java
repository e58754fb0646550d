package org.stmj.python.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stmj.python.objects.Escapes;
import org.stmj.python.objects.Py;

/** Turns source text into tokens, with INDENT/DEDENT from the indentation stack as in CPython's tokenizer. */
final class Lexer {
    private final String src;
    private final String file;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();
    /** CPython's tokenizer limits: MAXINDENT indentation levels and MAXLEVEL nested brackets. */
    static final int MAXINDENT = 100, MAXLEVEL = 200;
    private final int[] indents = new int[MAXINDENT + 1];
    /** The indentation levels measured with tabs as one column: they must order the lines as indents does. */
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int nIndents = 1;
    private int depth;
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];
    private final char[] parenChar = new char[MAXLEVEL];
    /** An unclosed bracket at end of input: reported only if the parser does not fail earlier (as CPython). */
    PySyntaxError pending;

    Lexer(String src, String file) {
        this.src = src.indexOf('\r') >= 0 ? src.replace("\r\n", "\n") : src;
        this.file = file;
    }

    static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "...", "!="};
    static final String[] OPS2 = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "@=", ":="};
    static final String OPS1 = "+-*/%@&|^~<>()[]{},:;.=";

    /** The messages of the errors CPython's tokenizer raises itself (the others come from its parser). */
    private static final java.util.regex.Pattern TOKENIZER_ERRORS = java.util.regex.Pattern.compile(
            "unexpected character after|invalid character|too many nested|unmatched|closing parenthesis"
            + "|invalid [a-z]+ literal|invalid digit|leading zeros|unterminated");

    PySyntaxError err(String msg, int ln, int col) {
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, file, ln, col);
        if (ln == line && lineStart <= src.length() && TOKENIZER_ERRORS.matcher(msg).lookingAt()) {
            // CPython's tokenizer errors (_syntaxerror_range): end_lineno the line, end_offset the offset, and
            // the text the line without its newline
            int nl = src.indexOf('\n', lineStart);
            e.text = src.substring(lineStart, nl < 0 ? src.length() : nl > lineStart && src.charAt(nl - 1) == '\r'
                    ? nl - 1 : nl);
            e.tokenizerEnd(col);
        }
        return e;
    }

    /**
     * CPython's tokenizer error for a string left open: at the string's start (end the same place), its text the
     * start's line without the newline (the tokenizer's buffer).
     */
    private PySyntaxError unterminated(String msg, int ln, int st, int col) {
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, file, ln, col + 1, ln, col + 1);
        int from = st - col, to = src.indexOf('\n', from);
        e.text = src.substring(from, to < 0 ? src.length() : to);
        return e;
    }

    /** Indentation whose order depends on the width of a tab (CPython's check with tab sizes 8 and 1). */
    private PySyntaxError tabError(int ln) {
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", file, ln, 1)
                .tokenizerEnd(0);
    }

    List<Token> tokenize() {
        int nul = src.indexOf('\0');
        if (nul >= 0) {
            int ln = 1;
            for (int i = 0; i < nul; i++) {
                if (src.charAt(i) == '\n') {
                    ln++;
                }
            }
            throw err("source code cannot contain null bytes", ln, 0);
        }
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && depth == 0) {
                int col = 0, alt = 0, p = pos;
                while (p < src.length()) {
                    char c = src.charAt(p);
                    if (c == ' ') {
                        col++;
                        alt++;
                    } else if (c == '\t') {
                        col = (col / 8 + 1) * 8;
                        alt++;
                    } else if (c == '\f') {
                        col = 0;
                        alt = 0;
                    } else {
                        break;
                    }
                    p++;
                }
                if (p >= src.length()) {
                    pos = p;
                    break;
                }
                char c = src.charAt(p);
                if (c == '#' || c == '\n' || c == '\r'
                        || (c == '\\' && p + 1 < src.length() && src.charAt(p + 1) == '\n')) {
                    pos = p;
                    if (c == '#') {
                        while (pos < src.length() && src.charAt(pos) != '\n') {
                            pos++;
                        }
                    }
                    if (pos < src.length() && src.charAt(pos) == '\r') {
                        pos++;
                    }
                    if (pos < src.length() && src.charAt(pos) == '\\') {
                        pos++;
                    }
                    if (pos < src.length() && src.charAt(pos) == '\n') {
                        pos++;
                        line++;
                        lineStart = pos;
                    }
                    continue;
                }
                pos = p;
                int cur = indents[nIndents - 1];
                if (col == cur && alt != altIndents[nIndents - 1]
                        || col > cur && alt <= altIndents[nIndents - 1]) {
                    throw tabError(line);
                }
                if (col > cur) {
                    if (!out.isEmpty() && out.get(out.size() - 1).kind != Token.NEWLINE) {
                        throw err("unexpected indent", line, col + 1);
                    }
                    if (out.isEmpty()) {
                        // CPython: offset is the indentation's width in characters (the caret under its last)
                        throw new PySyntaxError("IndentationError", "unexpected indent", file, line, pos - lineStart)
                                .tokenizerEnd(-1);
                    }
                    if (nIndents >= MAXINDENT) {
                        throw new PySyntaxError("IndentationError", "too many levels of indentation", file, line, col
                                + 1);
                    }
                    altIndents[nIndents] = alt;
                    indents[nIndents++] = col;
                    out.add(new Token(Token.INDENT, "", null, line, 0, col, false));
                } else if (col < cur) {
                    while (nIndents > 1 && indents[nIndents - 1] > col) {
                        nIndents--;
                        out.add(new Token(Token.DEDENT, "", null, line, col, col, false));
                    }
                    if (indents[nIndents - 1] != col) {
                        // CPython's tokenizer has read the whole line: its caret is one past the line's end
                        int eol = src.indexOf('\n', pos);
                        eol = eol < 0 ? src.length() : eol;
                        if (eol > pos && src.charAt(eol - 1) == '\r') {
                            eol--;
                        }
                        throw new PySyntaxError("IndentationError",
                                "unindent does not match any outer indentation level", file, line,
                                eol - lineStart + 1).tokenizerEnd(-1);
                    }
                    if (altIndents[nIndents - 1] != alt) {
                        throw tabError(line);
                    }
                }
                atLineStart = false;
            }
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            int col = pos - lineStart;
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '\r') {
                pos++;
                continue;
            }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\\') {
                int p = pos + 1;
                if (p < src.length() && src.charAt(p) == '\r') {
                    p++;
                }
                if (p < src.length() && src.charAt(p) == '\n') {
                    pos = p + 1;
                    line++;
                    lineStart = pos;
                    continue;
                }
                throw err("unexpected character after line continuation character", line, col + 1);
            }
            if (c == '\n') {
                if (depth == 0) {
                    out.add(new Token(Token.NEWLINE, "\n", null, line, col, col + 1, false));
                }
                pos++;
                line++;
                lineStart = pos;
                if (depth == 0) {
                    atLineStart = true;
                }
                continue;
            }
            if (c < 128 ? Character.isLetter(c) || c == '_' : isIdStart(src.codePointAt(pos))) {
                int st = pos;
                boolean ascii = true;
                while (pos < src.length()) {
                    char d = src.charAt(pos);
                    if (d < 128 ? Character.isLetterOrDigit(d) || d == '_' : isIdPart(src.codePointAt(pos))) {
                        ascii &= d < 128;
                        pos += Character.charCount(src.codePointAt(pos));
                    } else {
                        break;
                    }
                }
                String w = src.substring(st, pos);
                if (!ascii) {
                    // PEP 3131: a name is compared in NFKC form (CPython's verify_identifier)
                    w = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFKC);
                }
                if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && w.length() <= 2
                        && w.toLowerCase().matches("r|b|f|u|br|rb|fr|rf")) {
                    string(w.toLowerCase(), st);
                    continue;
                }
                out.add(new Token(Token.NAME, w, null, line, st - lineStart, pos - lineStart, false));
                continue;
            }
            if (isAsciiDigit(c)
                    || (c == '.' && pos + 1 < src.length() && isAsciiDigit(src.charAt(pos + 1)))) {
                number();
                continue;
            }
            if (c == '\'' || c == '"') {
                string("", pos);
                continue;
            }
            String op = null;
            for (String o : OPS3) {
                if (src.startsWith(o, pos)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                for (String o : OPS2) {
                    if (src.startsWith(o, pos)) {
                        op = o;
                        break;
                    }
                }
            }
            if (op == null && OPS1.indexOf(c) >= 0) {
                op = String.valueOf(c);
            }
            if (op == null) {
                if (c == '!' || c == '$' || c == '?' || c == '`') {
                    // CPython's parser reports the error token (one character wide), not its tokenizer
                    throw new PySyntaxError("SyntaxError", "invalid syntax", file, line, col + 1, line, col + 2);
                }
                int cp = src.codePointAt(pos);
                throw err("invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                        + String.format("%04X", cp) + ")", line, col + 1);
            }
            if (op.equals("(") || op.equals("[") || op.equals("{")) {
                if (depth >= MAXLEVEL) {
                    throw err("too many nested parentheses", line, col + 1);
                }
                parenLine[depth] = line;
                parenCol[depth] = col;
                parenChar[depth] = c;
                depth++;
            } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                if (depth == 0) {
                    throw err("unmatched '" + op + "'", line, col + 1);
                }
                char open = parenChar[depth - 1];
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != want) {
                    if (parenLine[depth - 1] != line) {
                        throw err("closing parenthesis '" + c + "' does not match opening parenthesis '" + open
                                + "' on line " + parenLine[depth - 1], line, col + 1);
                    }
                    throw err("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'", line,
                            col + 1);
                }
                depth--;
            }
            out.add(new Token(Token.OP, op, null, line, col, col + op.length(), false));
            pos += op.length();
        }
        if (depth > 0) {
            pending = err("'" + parenChar[depth - 1] + "' was never closed", parenLine[depth - 1], parenCol[depth - 1]
                    + 1);
            if (pending.tokenizerEnd == null) {
                pending.tokenizerEnd(0); // CPython: end_lineno the bracket's line, end_offset 0
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind != Token.NEWLINE) {
            out.add(new Token(Token.NEWLINE, "", null, line, pos - lineStart, pos - lineStart, false));
        }
        while (nIndents > 1) {
            nIndents--;
            out.add(new Token(Token.DEDENT, "", null, line, 0, 0, false));
        }
        out.add(new Token(Token.EOF, "", null, line, 0, 0, false));
        return out;
    }

    /** SyntaxWarnings of the current compilation ({message, line, column}), or null when nobody collects them. */
    static final ThreadLocal<List<Object[]>> WARNINGS = new ThreadLocal<>();

    /** A non-ASCII character that may start a name (Unicode XID_Start; Java's currency symbols are not). */
    private static boolean isIdStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp);
    }

    /** A non-ASCII character that may continue a name (XID_Continue, without the ignorable format characters). */
    private static boolean isIdPart(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private char at(int i) {
        return i < src.length() ? src.charAt(i) : '\0';
    }

    /**
     * CPython's verify_end_of_number: a number directly followed by "and", "else", "for", "if", "in", "is", "or"
     * or "not" is a SyntaxWarning (the code worked before 3.11); followed by another letter or digit it is
     * "invalid ... literal".
     */
    private void endOfNumber(String kind) {
        char c = at(pos);
        boolean kw = c == 'a' && src.startsWith("nd", pos + 1) || c == 'e' && src.startsWith("lse", pos + 1)
                || c == 'f' && src.startsWith("or", pos + 1) || c == 'i' && "fns".indexOf(at(pos + 1)) >= 0
                && at(pos + 1) != '\0' || c == 'o' && at(pos + 1) == 'r' || c == 'n' && src.startsWith("ot", pos + 1);
        if (kw) {
            List<Object[]> w = WARNINGS.get();
            if (w != null) {
                w.add(new Object[] {"invalid " + kind + " literal", line, pos - lineStart + 1});
            }
            return;
        }
        // an ASCII letter or digit glued to the literal; anything else ends it (a non-ASCII character is then an
        // invalid character of its own, as CPython's tokenizer reports it)
        if (c == '_' || c < 128 && Character.isLetterOrDigit(c)) {
            throw err("invalid " + kind + " literal", line, pos - lineStart);
        }
    }

    /** Python's literals take ASCII digits only (Character.isDigit also takes other scripts' digits, U+0663 ...). */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of an ASCII digit of {@code radix} (2, 8, 10 or 16), else -1. */
    private static int asciiDigit(char c, int radix) {
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F'
                ? c - 'A' + 10 : -1;
        return v < radix ? v : -1;
    }

    /** Digits of a radix with single underscores between them; the position after them. */
    private void digits(int radix, String kind) {
        while (true) {
            while (asciiDigit(at(pos), radix) >= 0) {
                pos++;
            }
            if (at(pos) != '_') {
                return;
            }
            pos++;
            if (asciiDigit(at(pos), radix) < 0) {
                if (radix < 10 && isAsciiDigit(at(pos))) {
                    throw err("invalid digit '" + at(pos) + "' in " + kind + " literal", line, pos - lineStart + 1);
                }
                throw err("invalid " + kind + " literal", line, pos - lineStart);
            }
        }
    }

    private void number() {
        int st = pos;
        int col = pos - lineStart;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char k = Character.toLowerCase(src.charAt(pos + 1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            pos += 2;
            if (at(pos) == '_') {
                pos++;
            }
            int ds = pos;
            if (asciiDigit(at(pos), radix) < 0) {
                if (radix < 10 && isAsciiDigit(at(pos))) {
                    throw err("invalid digit '" + at(pos) + "' in " + kind + " literal", line, pos - lineStart + 1);
                }
                throw err("invalid " + kind + " literal", line, pos - lineStart);
            }
            digits(radix, kind);
            if (radix < 10 && isAsciiDigit(at(pos))) {
                throw err("invalid digit '" + at(pos) + "' in " + kind + " literal", line, pos - lineStart + 1);
            }
            String ds2 = src.substring(ds, pos).replace("_", "");
            endOfNumber(kind);
            out.add(new Token(Token.NUMBER, src.substring(st, pos), Py.newInt(new BigInteger(ds2, radix)), line, col,
                    pos - lineStart, false));
            return;
        }
        boolean isFloat = false, checked = false;
        if (c != '.') {
            digits(10, "decimal");
        }
        if (at(pos) == '.') {
            isFloat = true;
            pos++;
            if (isAsciiDigit(at(pos))) {
                digits(10, "decimal");
            }
        }
        if (at(pos) == 'e' || at(pos) == 'E') {
            int save = pos;
            pos++;
            if (at(pos) == '+' || at(pos) == '-') {
                pos++;
                if (!isAsciiDigit(at(pos))) {
                    throw err("invalid decimal literal", line, pos - lineStart);
                }
            }
            if (isAsciiDigit(at(pos))) {
                isFloat = true;
                digits(10, "decimal");
            } else {
                pos = save;
                endOfNumber("decimal");
                checked = true;
            }
        }
        String t = src.substring(st, pos).replace("_", "");
        if (at(pos) == 'j' || at(pos) == 'J') {
            pos++;
            endOfNumber("imaginary");
            out.add(new Token(Token.NUMBER, src.substring(st, pos),
                    new org.stmj.python.objects.PyComplex(0, Double.parseDouble(t)), line, col, pos - lineStart,
                    false));
            return;
        }
        if (!checked) {
            endOfNumber("decimal");
        }
        Object v;
        if (isFloat) {
            v = Py.newFloat(Double.parseDouble(t));
        } else {
            if (t.length() > 1 && t.charAt(0) == '0' && !t.matches("0+")) {
                PySyntaxError e = err("leading zeros in decimal integer literals are not permitted; use an 0o prefix"
                        + " for octal integers", line, col + 1);
                int z = 0;
                while (z < t.length() && (t.charAt(z) == '0' || t.charAt(z) == '_')) {
                    z++;
                }
                throw e.tokenizerEnd(col + 1 + z); // CPython marks the leading zeros (and underscores)
            }
            int limit = org.stmj.python.objects.PyInt.maxStrDigits(null);
            if (limit > 0 && t.length() > limit) {
                throw err("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                        + t.length()
                        + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                        + "huge"
                        + " integer literals to avoid decimal conversion limits.", line, col + 1);
            }
            v = t.length() < 18 ? Py.newInt(Long.parseLong(t)) : Py.newInt(new BigInteger(t));
        }
        out.add(new Token(Token.NUMBER, src.substring(st, pos), v, line, col, pos - lineStart, false));
    }

    private void string(String prefix, int st) {
        int startLine = line, col = st - lineStart;
        boolean raw = prefix.indexOf('r') >= 0, bytes = prefix.indexOf('b') >= 0, f = prefix.indexOf('f') >= 0;
        char q = src.charAt(pos);
        boolean triple = src.startsWith("" + q + q + q, pos);
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        while (true) {
            if (pos >= src.length()) {
                if (triple) {
                    throw unterminated("unterminated triple-quoted string literal (detected at line "
                            + (src.endsWith("\n") && line > startLine ? line - 1 : line) + ")", startLine, st, col);
                }
                throw unterminated("unterminated string literal (detected at line " + startLine + ")", startLine, st,
                        col);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    line++;
                    lineStart = pos + 2;
                }
                pos += 2;
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw unterminated("unterminated string literal (detected at line " + startLine + ")", startLine,
                            st, col);
                }
                line++;
                lineStart = pos + 1;
            }
            if (c == q && (!triple || src.startsWith("" + q + q + q, pos))) {
                break;
            }
            pos++;
        }
        String body = src.substring(bodyStart, pos);
        pos += triple ? 3 : 1;
        int endCol = pos - lineStart;
        int endLine = line;
        if (f) {
            out.add(new Token(Token.FSTRING, body, null, startLine, col, endCol, raw));
            out.get(out.size() - 1).endLine = endLine;
            return;
        }
        if (bytes) {
            // the literal's own characters must be ASCII (escapes give the other byte values)
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) > 127) {
                    throw err("bytes can only contain ASCII literal characters", startLine, col + 1);
                }
            }
        }
        int next = pos;
        while (next < src.length() && (src.charAt(next) == ' ' || src.charAt(next) == '\t')) {
            next++;
        }
        String v = raw ? body : unescape(body, bytes, startLine, col, line, next - lineStart + 1);
        if (bytes) {
            byte[] b = new byte[v.length()];
            for (int i = 0; i < b.length; i++) {
                // an octal escape above \377 keeps its low byte, as CPython (which also warns)
                b[i] = (byte) v.charAt(i);
            }
            out.add(new Token(Token.BYTES, body, b, startLine, col, endCol, raw));
            out.get(out.size() - 1).endLine = endLine;
            return;
        }
        out.add(new Token(Token.STRING, body, v, startLine, col, endCol, raw));
        out.get(out.size() - 1).endLine = endLine;
    }

    /**
     * CPython 3.11's DeprecationWarning for an escape that means nothing ({@code "\\d"}) or an octal one above
     * 0o377, at the literal's first line and column: {message, line, column, "DeprecationWarning"} in the
     * warnings list (the caller issues it through the warnings module; an error filter makes it a SyntaxError).
     */
    private static void invalidEscape(String msg, int ln, int col) {
        List<Object[]> w = WARNINGS.get();
        if (w != null) {
            w.add(new Object[] {msg, ln, col + 1, "DeprecationWarning"});
        }
    }

    String unescape(String s, boolean bytes, int ln, int col) {
        return unescape(s, bytes, ln, col, ln, col + 1);
    }

    /**
     * The value of a literal's body; (errLine, errCol) is where a decoding error is reported (CPython: at the token
     * after the literal, the last one its parser had read).
     */
    String unescape(String s, boolean bytes, int ln, int col, int errLine, int errCol) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            int single = Escapes.single(n);
            if (single >= 0) {
                sb.append((char) single);
                continue;
            }
            if (single == Escapes.NOTHING) {
                continue;
            }
            switch (n) {
                case 'x': {
                    if (i + 2 >= s.length() + 0 && i + 2 > s.length() - 0) {
                        throw err("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape",
                                errLine, errCol);
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    } catch (RuntimeException e) {
                        throw err("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                + "-" + (i + 1) + ": truncated \\xXX escape", errLine, errCol);
                    }
                    i += 2;
                    break;
                }
                case 'u': case 'U': {
                    if (bytes) {
                        invalidEscape("invalid escape sequence '\\" + n + "'", ln, col);
                        sb.append('\\').append(n);
                        break;
                    }
                    int len = n == 'u' ? 4 : 8;
                    try {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                    } catch (RuntimeException e) {
                        throw err("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                + "-" + i + ": truncated \\" + n + "XXXX escape", errLine, errCol);
                    }
                    i += len;
                    break;
                }
                case 'N': {
                    if (bytes) {
                        invalidEscape("invalid escape sequence '\\N'", ln, col);
                        sb.append('\\').append(n);
                        break;
                    }
                    int e = s.indexOf('}', i);
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '{' || e < 0) {
                        throw err("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                + "-" + (e < 0 ? s.length() - 1 : i) + ": malformed \\N character escape", errLine,
                                errCol);
                    }
                    String name = s.substring(i + 2, e);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw err("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                + "-" + e + ": unknown Unicode character name", errLine, errCol);
                    }
                    sb.appendCodePoint(cp);
                    i = e;
                    break;
                }
                default:
                    if (Escapes.isOctal(n)) {
                        int from = i;
                        i = Escapes.octal(s, i, sb);
                        if (sb.charAt(sb.length() - 1) > 0377) {
                            invalidEscape("invalid octal escape sequence '\\" + s.substring(from, i + 1) + "'", ln,
                                    col);
                        }
                    } else {
                        invalidEscape("invalid escape sequence '\\" + n + "'", ln, col);
                        sb.append('\\').append(n);
                    }
            }
        }
        return sb.toString();
    }
}
