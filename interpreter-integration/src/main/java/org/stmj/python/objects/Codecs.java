package org.stmj.python.objects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.stmj.python.vm.ThreadState;

/** Text encoding and decoding for str.encode, bytes.decode and the str/bytes constructors. */
final class Codecs {
    private Codecs() {
    }

    static byte[] encode(String s, String enc) {
        return encode(s, enc, "strict");
    }

    static byte[] encode(String s, String enc, String errors) {
        byte[] b = encodeOrNull(s, enc, errors);
        if (b == null) {
            throw Py.raise(Exc.LookupError, "no Java encoder for '" + enc + "' with errors='" + errors + "'");
        }
        return b;
    }

    /**
     * str.encode and bytes(str, encoding): the Java encoder when it can do the whole string (or the error handler
     * is one it implements), else the codec registry ({@code codecs.encode}, where every handler works).
     */
    static PyBytes encode(ThreadState ts, String s, String enc, String errors) {
        byte[] b;
        try {
            b = encodeOrNull(s, enc, errors);
        } catch (PyException e) {
            if (!e.exc.isInstance(Exc.LookupError)) {
                throw e;
            }
            b = null;
        }
        if (b != null) {
            return new PyBytes(b, false);
        }
        // text encodings only, exceptions wrapped as CPython's ("encoding with 'x' codec failed (...)"), bytes out
        PyObject codecs = ts.interp.importName(ts, "_codecs", null, 0, null);
        return (PyBytes) Ops.call(ts, Ops.getattr(ts, codecs, "_encode_str"), Py.str(s), Py.str(enc),
                Py.str(errors));
    }

    private static final byte[] BOM16 = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] BOM32 = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    /** The UTF codecs' names as CPython's error messages spell them, or null for other encodings. */
    private static String utfName(String norm) {
        switch (norm) {
            case "utf-8": case "utf8": case "utf-8-sig": return norm.equals("utf-8-sig") ? "utf-8-sig" : "utf-8";
            case "utf-16": case "utf16": return "utf-16";
            case "utf-16-le": case "utf-16le": case "utf16le": return "utf-16-le";
            case "utf-16-be": case "utf-16be": case "utf16be": return "utf-16-be";
            case "utf-32": case "utf32": return "utf-32";
            case "utf-32-le": case "utf-32le": case "utf32le": return "utf-32-le";
            case "utf-32-be": case "utf-32be": case "utf32be": return "utf-32-be";
            default: return null;
        }
    }

    /**
     * Encodes in Java, or returns null when the codec registry must do it: an error handler other than strict
     * meets a character the charset cannot encode, where Java has no exact equivalent (a lone surrogate in a UTF
     * codec, surrogateescape, namereplace, a registered handler). UTF-16 and UTF-32 without an explicit byte order
     * write one little-endian BOM, as CPython on a little-endian machine.
     */
    private static byte[] encodeOrNull(String s, String enc, String errors) {
        String norm = normalize(enc);
        if (norm.equals("unicode-escape") || norm.equals("raw-unicode-escape")) {
            return escapeEncode(s, norm.equals("raw-unicode-escape"));
        }
        String utf = utfName(norm);
        byte[] bom = null;
        Charset cs;
        if (utf == null) {
            cs = charset(enc);
        } else {
            switch (utf) {
                case "utf-8-sig": cs = StandardCharsets.UTF_8; bom = new byte[] {(byte) 0xEF, (byte) 0xBB,
                        (byte) 0xBF}; break;
                case "utf-16": cs = StandardCharsets.UTF_16LE; bom = BOM16; break;
                case "utf-32": cs = Charset.forName("UTF-32LE"); bom = BOM32; break;
                default: cs = charset(utf);
            }
        }
        if (utf != null) {
            int bad = firstLoneSurrogate(s);
            if (bad < 0) {
                byte[] b = s.getBytes(cs);
                if (bom == null) {
                    return b;
                }
                byte[] r = new byte[bom.length + b.length];
                System.arraycopy(bom, 0, r, 0, bom.length);
                System.arraycopy(b, 0, r, bom.length, b.length);
                return r;
            }
            if (!errors.equals("strict")) {
                return null;
            }
            int end = bad + 1;
            while (end < s.length() && Character.isSurrogate(s.charAt(end)) && !(Character.isHighSurrogate(
                    s.charAt(end)) && end + 1 < s.length() && Character.isLowSurrogate(s.charAt(end + 1)))) {
                end++;
            }
            int start = s.codePointCount(0, bad);
            int stop = start + (end - bad);
            String what = stop - start == 1 ? "character '" + String.format("\\u%04x", (int) s.charAt(bad)) + "' in "
                    + "position " + start : "characters in position " + start + "-" + (stop - 1);
            PyException ex = Py.raise(Exc.UnicodeEncodeError, "'" + utf + "' codec can't encode " + what
                    + ": surrogates not allowed");
            setAttrs(ex, utf, s, start, stop, "surrogates not allowed");
            throw ex;
        }
        java.nio.charset.CharsetEncoder e = cs.newEncoder();
        if (e.canEncode(s)) {
            return s.getBytes(cs);
        }
        if (!errors.equals("strict") && !errors.equals("ignore") && !errors.equals("replace")
                && !errors.equals("backslashreplace") && !errors.equals("xmlcharrefreplace")) {
            return null;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (e.canEncode(c)) {
                byte[] b = String.valueOf(c).getBytes(cs);
                out.write(b, 0, b.length);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && e.canEncode(s.substring(i, i + 2))) {
                byte[] b = s.substring(i, i + 2).getBytes(cs);
                out.write(b, 0, b.length);
                i++;
            } else if (errors.equals("ignore")) {
                continue;
            } else if (errors.equals("replace")) {
                out.write('?');
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
            } else if (errors.equals("backslashreplace")) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp) - 1;
                byte[] b = (cp < 256 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp)).getBytes();
                out.write(b, 0, b.length);
            } else if (errors.equals("xmlcharrefreplace")) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp) - 1;
                byte[] b = ("&#" + cp + ";").getBytes();
                out.write(b, 0, b.length);
            } else {
                // CPython's encoders report the whole run of unencodable characters that starts here
                int at = s.codePointCount(0, i);
                int j = i + Character.charCount(s.codePointAt(i)), stop = at + 1;
                while (j < s.length()) {
                    int cp = s.codePointAt(j);
                    String one = new String(Character.toChars(cp));
                    if (e.canEncode(one)) {
                        break;
                    }
                    j += one.length();
                    stop++;
                }
                String reason = "ordinal not in range(" + (enc.toLowerCase().startsWith("ascii") ? 128 : 256) + ")";
                String what = stop - at > 1 ? "characters in position " + at + "-" + (stop - 1)
                        : "character '" + escape(s.codePointAt(i)) + "' in position " + at;
                PyException ex = Py.raise(Exc.UnicodeEncodeError, "'" + enc + "' codec can't encode " + what + ": "
                        + reason);
                setAttrs(ex, enc, s, at, stop, reason);
                throw ex;
            }
        }
        return out.toByteArray();
    }

    /** A code point as CPython's messages quote it: \\xhh, \\uhhhh or \\Uhhhhhhhh. */
    static String escape(int cp) {
        return cp < 256 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    private static void setAttrs(PyException ex, String enc, String s, int start, int end, String reason) {
        PyDict at = ex.exc.attrs();
        at.putStr("encoding", Py.str(enc));
        at.putStr("object", Py.str(s));
        at.putStr("start", Py.newInt(start));
        at.putStr("end", Py.newInt(end));
        at.putStr("reason", Py.str(reason));
    }

    /** The index of the first surrogate of s that is not half of a pair, or -1. */
    private static int firstLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The UnicodeDecodeError a text file's strict read raises for {@code b[off, off + len)} (bytes that
     * {@code cs} refused): bytes.decode's error for those bytes (CPython's reasons, "unexpected end of data" for a
     * sequence cut by the end, and {@code object}/{@code start}/{@code end}/{@code reason}); for the UTF-16/32
     * decoders, which bytes.decode leaves to the codec registry, {@code fallback} with those attributes.
     */
    static PyException fileDecodeError(byte[] b, int off, int len, Charset cs, int at, String fallback) {
        byte[] chunk = java.util.Arrays.copyOfRange(b, off, off + len);
        String name = cs.name().toLowerCase(java.util.Locale.ROOT);
        if (utfName(normalize(name)) == null || normalize(name).startsWith("utf-8")) {
            try {
                decode(chunk, name);
            } catch (PyException e) {
                if (e.exc.type() == Exc.UnicodeDecodeError) {
                    return e;
                }
            }
        }
        PyException ex = Py.raise(Exc.UnicodeDecodeError, fallback);
        PyDict d = ex.exc.attrs();
        d.putStr("encoding", Py.str(name));
        d.putStr("object", new PyBytes(chunk, false));
        d.putStr("start", Py.newInt(at));
        d.putStr("end", Py.newInt(at + 1));
        d.putStr("reason", Py.str(fallback.substring(fallback.lastIndexOf(": ") + 2)));
        return ex;
    }

    static String decode(byte[] b, String enc) {
        String norm = normalize(enc);
        if (norm.equals("unicode-escape") || norm.equals("raw-unicode-escape")) {
            // the codec registry's decoders (error handlers, positions, invalid-escape warnings)
            throw Py.raise(Exc.LookupError, "no Java decoder for '" + enc + "'");
        }
        if (norm.equals("utf-8-sig")) {
            boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
            int skip = bom ? 3 : 0;
            return decode(java.util.Arrays.copyOfRange(b, skip, b.length), "utf-8");
        }
        String utf = utfName(norm);
        Charset cs;
        int skip = 0;
        if ("utf-16".equals(utf) || "utf-32".equals(utf)) {
            // a BOM chooses the byte order; without one, little-endian (CPython on a little-endian machine)
            boolean wide = utf.equals("utf-32");
            boolean be = wide ? b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE
                    && (b[3] & 0xFF) == 0xFF : b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
            boolean le = wide ? b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0
                    && b[3] == 0 : b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
            skip = be || le ? (wide ? 4 : 2) : 0;
            cs = Charset.forName((wide ? "UTF-32" : "UTF-16") + (be ? "BE" : "LE"));
        } else {
            cs = charset(enc);
        }
        try {
            String r = cs.newDecoder().decode(java.nio.ByteBuffer.wrap(b, skip, b.length - skip)).toString();
            if (utf != null && !utf.startsWith("utf-8") && firstLoneSurrogate(r) >= 0) {
                // Java's UTF-32 decoders let surrogate code points through; the codec registry's refuse them
                throw Py.raise(Exc.LookupError, "no Java decoder error for '" + enc + "'");
            }
            return r;
        } catch (java.nio.charset.CharacterCodingException e) {
            if ("utf-8".equals(utf)) {
                PyException x = utf8Error(b);
                if (x != null) {
                    throw x;
                }
            }
            if (utf != null) {
                // the codec registry's UTF-16/32 decoders say where and why (bytes.decode falls back on this)
                throw Py.raise(Exc.LookupError, "no Java decoder error for '" + enc + "'");
            }
            throw singleByteError(b, cs, norm, enc);
        }
    }

    /**
     * CPython's UnicodeDecodeError for the first byte a non-UTF decoder refuses: the ascii codec's "ordinal not in
     * range(128)", a single-byte table's "'charmap' codec ... character maps to &lt;undefined&gt;"; others name the
     * codec and the position with CPython's multibyte reason.
     */
    private static PyException singleByteError(byte[] b, Charset cs, String norm, String enc) {
        boolean ascii = norm.equals("ascii") || norm.equals("us-ascii") || norm.equals("646");
        int start = 0;
        if (ascii) {
            while (start < b.length && b[start] >= 0) {
                start++;
            }
        } else {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length * 2 + 4);
            java.nio.charset.CoderResult r = cs.newDecoder().decode(in, out, true);
            start = r.isError() ? in.position() : Math.max(0, b.length - 1);
        }
        boolean table = !ascii && cs.newEncoder().maxBytesPerChar() == 1;
        String name = ascii ? "ascii" : table ? "charmap" : enc;
        String reason = ascii ? "ordinal not in range(128)" : table ? "character maps to <undefined>"
                : "illegal multibyte sequence";
        int c = start < b.length ? b[start] & 0xFF : 0;
        PyException ex = Py.raise(Exc.UnicodeDecodeError, "'" + name + "' codec can't decode byte "
                + String.format("0x%02x", c) + " in position " + start + ": " + reason);
        PyDict at = ex.exc.attrs();
        at.putStr("encoding", Py.str(name));
        at.putStr("object", new PyBytes(b, false));
        at.putStr("start", Py.newInt(start));
        at.putStr("end", Py.newInt(start + 1));
        at.putStr("reason", Py.str(reason));
        return ex;
    }

    /** CPython's UnicodeDecodeError for the first malformed UTF-8 sequence of b (null when b is well-formed). */
    private static PyException utf8Error(byte[] b) {
        int n = b.length;
        for (int i = 0; i < n; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            int start = i, end;
            String reason;
            if (need == 0) {
                end = i + 1;
                reason = "invalid start byte";
            } else {
                int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
                int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
                int k = 1;
                while (k < need && i + k < n) {
                    int d = b[i + k] & 0xFF;
                    if (k == 1 ? d < lo || d > hi : d < 0x80 || d > 0xBF) {
                        break;
                    }
                    k++;
                }
                if (k == need) {
                    i += need;
                    continue;
                }
                end = i + k == n ? n : i + k;
                reason = i + k == n ? "unexpected end of data" : "invalid continuation byte";
            }
            String where = end - start == 1 ? String.format("byte 0x%02x in position %d", c, start)
                    : "bytes in position " + start + "-" + (end - 1);
            PyException ex = Py.raise(Exc.UnicodeDecodeError, "'utf-8' codec can't decode " + where + ": " + reason);
            PyDict at = ex.exc.attrs();
            at.putStr("encoding", Py.str("utf-8"));
            at.putStr("object", new PyBytes(b, false));
            at.putStr("start", Py.newInt(start));
            at.putStr("end", Py.newInt(end));
            at.putStr("reason", Py.str(reason));
            return ex;
        }
        return null;
    }

    /** The codec name as Python's codec registry normalizes it: lower case, '_' and ' ' as '-'. */
    static String normalize(String enc) {
        return enc.toLowerCase().replace('_', '-').replace(' ', '-');
    }

    /**
     * The unicode_escape (Python escapes for everything but printable ASCII) and raw_unicode_escape (latin-1 as
     * is, backslash-u and backslash-U escapes above it) encoders.
     */
    static byte[] escapeEncode(String s, boolean raw) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x10000) {
                sb.append(String.format("\\U%08x", c));
            } else if (c >= 0x100) {
                sb.append(String.format("\\u%04x", c));
            } else if (raw) {
                sb.append((char) c);
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static Charset charset(String enc) {
        switch (normalize(enc)) {
            case "utf-8": case "utf8": return StandardCharsets.UTF_8;
            case "ascii": case "us-ascii": return StandardCharsets.US_ASCII;
            case "latin-1": case "latin1": case "iso-8859-1": return StandardCharsets.ISO_8859_1;
            case "utf-16": return StandardCharsets.UTF_16;
            case "utf-16-le": case "utf-16le": case "utf16le": return StandardCharsets.UTF_16LE;
            case "utf-16-be": case "utf-16be": case "utf16be": return StandardCharsets.UTF_16BE;
            case "utf-32-le": case "utf-32le": return Charset.forName("UTF-32LE");
            case "utf-32-be": case "utf-32be": return Charset.forName("UTF-32BE");
            default:
                try {
                    return Charset.forName(enc);
                } catch (RuntimeException e) {
                    throw Py.raise(Exc.LookupError, "unknown encoding: " + enc);
                }
        }
    }
}
