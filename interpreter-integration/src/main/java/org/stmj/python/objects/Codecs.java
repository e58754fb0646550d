package org.stmj.python.objects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Text encoding and decoding for str.encode, bytes.decode and the str/bytes constructors. */
final class Codecs {
    private Codecs() {
    }

    static byte[] encode(String s, String enc) {
        return encode(s, enc, "strict");
    }

    static byte[] encode(String s, String enc, String errors) {
        String norm = normalize(enc);
        if (norm.equals("unicode-escape") || norm.equals("raw-unicode-escape")) {
            return escapeEncode(s, norm.equals("raw-unicode-escape"));
        }
        if (norm.equals("utf-8-sig")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            byte[] r = new byte[b.length + 3];
            r[0] = (byte) 0xEF;
            r[1] = (byte) 0xBB;
            r[2] = (byte) 0xBF;
            System.arraycopy(b, 0, r, 3, b.length);
            return r;
        }
        java.nio.charset.CharsetEncoder e = charset(enc).newEncoder();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (e.canEncode(c)) {
                byte[] b = String.valueOf(c).getBytes(charset(enc));
                out.write(b, 0, b.length);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && e.canEncode(s.substring(i, i + 2))) {
                byte[] b = s.substring(i, i + 2).getBytes(charset(enc));
                out.write(b, 0, b.length);
                i++;
            } else if (errors.equals("ignore")) {
                continue;
            } else if (errors.equals("replace")) {
                out.write('?');
            } else if (errors.equals("backslashreplace")) {
                byte[] b = (c < 256 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c)).getBytes();
                out.write(b, 0, b.length);
            } else if (errors.equals("xmlcharrefreplace")) {
                byte[] b = ("&#" + (int) c + ";").getBytes();
                out.write(b, 0, b.length);
            } else {
                PyException ex = Py.raise(Exc.UnicodeEncodeError, "'" + enc + "' codec can't encode character '"
                        + (c < 256 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c))
                        + "' in position " + i + ": ordinal not in range("
                        + (enc.toLowerCase().startsWith("ascii") ? 128 : 256) + ")");
                PyDict at = ex.exc.attrs();
                at.putStr("encoding", Py.str(enc));
                at.putStr("object", Py.str(s));
                at.putStr("start", Py.newInt(i));
                at.putStr("end", Py.newInt(i + 1));
                at.putStr("reason", Py.str("ordinal not in range(" + (enc.toLowerCase().startsWith("ascii") ? 128 : 256)
                        + ")"));
                throw ex;
            }
        }
        return out.toByteArray();
    }

    static String decode(byte[] b, String enc) {
        String norm = normalize(enc);
        if (norm.equals("unicode-escape") || norm.equals("raw-unicode-escape")) {
            return escapeDecode(b, norm.equals("raw-unicode-escape"));
        }
        if (norm.equals("utf-8-sig")) {
            boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
            int skip = bom ? 3 : 0;
            return decode(java.util.Arrays.copyOfRange(b, skip, b.length), "utf-8");
        }
        Charset cs = charset(enc);
        try {
            return cs.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Py.raise(Exc.UnicodeDecodeError, "'" + enc + "' codec can't decode bytes");
        }
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

    /** The unicode_escape and raw_unicode_escape decoders (bytes are latin-1 characters but for the escapes). */
    static String escapeDecode(byte[] b, boolean raw) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                if (c == '\\' && !raw) {
                    throw Py.raise(Exc.UnicodeDecodeError, "'unicodeescape' codec can't decode byte 0x5c in position "
                            + i + ": \\ at end of string");
                }
                sb.append(c);
                continue;
            }
            char n = s.charAt(i + 1);
            if (raw) {
                if (n == '\\') {
                    sb.append("\\\\");
                    i++;
                    continue;
                }
                if (n != 'u' && n != 'U') {
                    sb.append(c);
                    continue;
                }
            }
            i++;
            int len = n == 'x' ? 2 : n == 'u' ? 4 : n == 'U' ? 8 : 0;
            if (len > 0) {
                int cp;
                try {
                    cp = Integer.parseInt(s.substring(i + 1, i + 1 + len), 16);
                    if (cp > 0x10FFFF || s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') {
                        throw new NumberFormatException();
                    }
                } catch (RuntimeException e) {
                    throw Py.raise(Exc.UnicodeDecodeError, "'" + (raw ? "rawunicodeescape" : "unicodeescape")
                            + "' codec can't decode bytes in position " + (i - 1) + "-" + Math.min(s.length() - 1,
                            i + len) + ": truncated \\" + n + "XXXX".substring(0, Math.min(4, len)) + " escape");
                }
                sb.appendCodePoint(cp);
                i += len;
                continue;
            }
            int single = Escapes.single(n);
            if (single >= 0) {
                sb.append((char) single);
            } else if (Escapes.isOctal(n)) {
                i = Escapes.octal(s, i, sb);
            } else if (single != Escapes.NOTHING) {
                sb.append('\\').append(n);
            }
        }
        return sb.toString();
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
