package org.stmj.python.compiler;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a source file's bytes as CPython 3.11 does (PEP 263 and PEP 3120): UTF-8 by default, a UTF-8 byte order
 * mark, or a coding cookie on the first or second line (the second only after a comment or blank line). Errors are
 * {@link PySyntaxError}s with CPython's messages; those with {@code line == 0} have no source location and are
 * printed as a bare {@code SyntaxError: message} line.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognises. */
    static String normalName(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        if (e.equals("utf-8") || e.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String l : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (e.equals(l) || e.startsWith(l + "-")) {
                return "iso-8859-1";
            }
        }
        return enc;
    }

    private static String cookie(byte[] b, int from, int to) {
        String line = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        Matcher m = COOKIE.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static boolean blankOrComment(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n') {
                continue;
            }
            return c == '#';
        }
        return true;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return Math.min(b.length, i + 1);
    }

    /**
     * Decodes a file's bytes; {@code path} is the name CPython puts in the "Non-UTF-8 code" message (the absolute
     * path of the script) and {@code file} the name for located errors.
     */
    public static String decode(byte[] data, String path, String file) {
        int start = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff)
                == 0xbf;
        if (bom) {
            start = 3;
        }
        int e1 = lineEnd(data, start);
        String enc = cookie(data, start, e1);
        if (enc == null && e1 < data.length && blankOrComment(data, start, e1)) {
            enc = cookie(data, e1, lineEnd(data, e1));
        }
        String norm = enc == null ? null : normalName(enc);
        if (norm != null && bom && !norm.equals("utf-8")) {
            throw bare("encoding problem: " + norm + " with BOM", file);
        }
        if (norm == null || norm.equals("utf-8")) {
            try {
                return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(data, start, data.length
                        - start)).toString();
            } catch (CharacterCodingException ex) {
                int bad = firstBadUtf8(data, start);
                int line = 1, ls = start;
                for (int i = start; i < bad; i++) {
                    if (data[i] == '\n') {
                        line++;
                        ls = i + 1;
                    }
                }
                if (norm == null && !bom) {
                    throw bare(String.format(
                            "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                            + " declared; see https://peps.python.org/pep-0263/ for details", data[bad] & 0xff, path, line), file);
                }
                int b0 = data[bad] & 0xff;
                String why = b0 >= 0x80 && b0 < 0xc2 || b0 > 0xf4 ? "invalid start byte" : "invalid continuation byte";
                int q = bad - 1;
                while (q >= ls && data[q] != '"' && data[q] != '\'') {
                    q--;
                }
                throw new PySyntaxError("SyntaxError",
                        String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in"
                        + " position %d: %s", b0, bad - q - 1, why), file, line, q - ls + 1);
            }
        }
        Charset cs;
        try {
            String jn = norm.equals("iso-8859-1") ? "ISO-8859-1" : norm;
            cs = Charset.forName(jn);
        } catch (RuntimeException ex) {
            throw bare("encoding problem: " + norm, file);
        }
        String lower = norm.toLowerCase();
        if (lower.startsWith("utf-16") || lower.startsWith("utf-32") || lower.startsWith("utf16")
                || lower.startsWith("utf32")) {
            throw bare("encoding problem: " + norm, file);
        }
        try {
            return strict(cs).decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
        } catch (CharacterCodingException ex) {
            throw bare("encoding problem: " + norm, file);
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(
                CodingErrorAction.REPORT);
    }

    private static PySyntaxError bare(String msg, String file) {
        return new PySyntaxError("SyntaxError", msg, file, 0, 0);
    }

    /** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    static int firstBadUtf8(byte[] b, int from) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        d.decode(in, out, true);
        return Math.min(in.position(), b.length - 1);
    }
}
