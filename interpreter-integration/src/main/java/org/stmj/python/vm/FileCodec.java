package org.stmj.python.vm;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Py;

/**
 * The text codec of a file from open(): a Python codec name mapped to a Java charset, its byte-order mark and the
 * error handler (strict, ignore, replace, backslashreplace, surrogateescape, xmlcharrefreplace on encode).
 */
final class FileCodec {
    /** Bytes per char for tell(): 0 UTF-8, 1 single-byte charsets, 2 UTF-16, 4 UTF-32, -1 others. */
    final int width;
    final Charset cs;
    /** Byte-order mark written at the start of a file and skipped on read: 0 none, 3 utf-8-sig, 2/4 utf-16/32. */
    final int bom;
    final String errors;
    final boolean fastUtf8;

    private FileCodec(Charset cs, int width, int bom, String errors) {
        this.cs = cs;
        this.width = width;
        this.bom = bom;
        this.errors = errors;
        this.fastUtf8 = width == 0 && bom == 0 && "strict".equals(errors);
    }

    static final FileCodec UTF8 = new FileCodec(StandardCharsets.UTF_8, 0, 0, "strict");

    /** The codec for Python's encoding name; LookupError("unknown encoding: X") when there is none. */
    static FileCodec lookup(String enc, String errors) {
        String e = enc.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001": case "locale":
                return "strict".equals(errors) ? UTF8 : new FileCodec(StandardCharsets.UTF_8, 0, 0, errors);
            case "utf-8-sig": case "utf8-sig":
                return new FileCodec(StandardCharsets.UTF_8, 0, 3, errors);
            case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1":
            case "8859": case "cp819": case "iso-ir-100":
                return new FileCodec(StandardCharsets.ISO_8859_1, 1, 0, errors);
            case "ascii": case "us-ascii": case "646": case "us":
                return new FileCodec(StandardCharsets.US_ASCII, 1, 0, errors);
            case "utf-16": case "utf16": case "u16":
                return new FileCodec(StandardCharsets.UTF_16LE, 2, 2, errors);
            case "utf-16-le": case "utf-16le":
                return new FileCodec(StandardCharsets.UTF_16LE, 2, 0, errors);
            case "utf-16-be": case "utf-16be":
                return new FileCodec(StandardCharsets.UTF_16BE, 2, 0, errors);
            case "utf-32": case "utf32": case "u32":
                return new FileCodec(Charset.forName("UTF-32LE"), 4, 4, errors);
            case "utf-32-le": case "utf-32le":
                return new FileCodec(Charset.forName("UTF-32LE"), 4, 0, errors);
            case "utf-32-be": case "utf-32be":
                return new FileCodec(Charset.forName("UTF-32BE"), 4, 0, errors);
            case "cp1252": case "windows-1252":
                return new FileCodec(Charset.forName("windows-1252"), 1, 0, errors);
            default:
                break;
        }
        try {
            Charset cs = Charset.forName(e.startsWith("cp") && e.length() > 2 && Character.isDigit(e.charAt(2))
                    && e.length() == 6 && e.charAt(2) == '1' ? "windows-" + e.substring(2) : e);
            return new FileCodec(cs, cs.newEncoder().maxBytesPerChar() == 1f ? 1 : -1, 0, errors);
        } catch (IllegalArgumentException ex) {
            throw Py.raise(Exc.LookupError, "unknown encoding: " + enc);
        }
    }

    /** The byte-order mark this codec writes at the start of a file. */
    byte[] bomBytes() {
        switch (bom) {
            case 3: return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 2: return cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                    : new byte[] {(byte) 0xFF, (byte) 0xFE};
            case 4: return new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            default: return new byte[0];
        }
    }

    /** Length of the BOM at the start of b (0 when none); for utf-16/32 the charset follows the mark's order. */
    int bomLength(byte[] b, int off, int len) {
        if (bom == 3 && len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB
                && (b[off + 2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (bom == 2 && len >= 2) {
            int b0 = b[off] & 0xFF, b1 = b[off + 1] & 0xFF;
            if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                return 2;
            }
        }
        if (bom == 4 && len >= 4 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE && b[off + 2] == 0
                && b[off + 3] == 0) {
            return 4;
        }
        return 0;
    }

    /** The charset to decode with after a BOM of utf-16 (a big-endian mark selects UTF-16BE). */
    Charset readCharset(byte[] b, int off, int len) {
        if (bom == 2 && len >= 2 && (b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return cs;
    }

    String decode(byte[] b, int off, int len, Charset with) {
        if (fastUtf8 || "replace".equals(errors) && width != -1) {
            String s = new String(b, off, len, with);
            if (!fastUtf8 || s.indexOf('\uFFFD') < 0) {
                return s;
            }
        }
        CharsetDecoder d = with.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (len * d.maxCharsPerByte()) + 16));
        StringBuilder sb = new StringBuilder(len);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                d.flush(out);
                out.flip();
                sb.append(out);
                return sb.toString();
            }
            if (r.isOverflow()) {
                out.flip();
                sb.append(out);
                out.clear();
                continue;
            }
            out.flip();
            sb.append(out);
            out.clear();
            int at = in.position();
            for (int i = 0; i < r.length(); i++) {
                int x = b[at + i] & 0xFF;
                switch (errors) {
                    case "ignore": break;
                    case "replace": if (i == 0) {
                        sb.append('\uFFFD');
                    }
                        break;
                    case "backslashreplace": sb.append(String.format("\\x%02x", x)); break;
                    case "surrogateescape": sb.append((char) (0xDC00 + x)); break;
                    default:
                        throw Py.fileDecodeError(b, off, len, with, at - off,
                                "'" + with.name().toLowerCase(Locale.ROOT) + "' codec can't decode byte "
                                + String.format("0x%02x", b[at] & 0xFF) + " in position " + (at - off)
                                + ": invalid " + (r.isMalformed() ? "start byte" : "data"));
                }
            }
            in.position(at + r.length());
        }
    }

    byte[] encode(String s) {
        if (fastUtf8) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer out = ByteBuffer.allocate((int) (s.length() * e.maxBytesPerChar()) + 16);
        ByteArrayOutputStream sb = new ByteArrayOutputStream(s.length() + 16);
        while (true) {
            CoderResult r = e.encode(in, out, true);
            sb.write(out.array(), 0, out.position());
            out.clear();
            if (r.isUnderflow()) {
                e.flush(out);
                sb.write(out.array(), 0, out.position());
                return sb.toByteArray();
            }
            if (r.isOverflow()) {
                continue;
            }
            int at = in.position();
            for (int i = 0; i < r.length(); i++) {
                char c = s.charAt(at + i);
                String rep;
                switch (errors) {
                    case "ignore": rep = ""; break;
                    case "replace": rep = "?"; break;
                    case "backslashreplace":
                        rep = c < 256 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
                        break;
                    case "xmlcharrefreplace": rep = "&#" + (int) c + ";"; break;
                    case "surrogateescape":
                        if (c >= 0xDC80 && c <= 0xDCFF) {
                            sb.write(c - 0xDC00);
                            continue;
                        }
                        throw encodeError(c, at);
                    default:
                        throw encodeError(c, at);
                }
                byte[] rb = rep.getBytes(StandardCharsets.US_ASCII);
                sb.write(rb, 0, rb.length);
            }
            in.position(at + r.length());
        }
    }

    private RuntimeException encodeError(char c, int at) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return Py.raise(Exc.UnicodeEncodeError, "'" + (n.equals("us-ascii") ? "ascii" : n.equals("iso-8859-1")
                ? "latin-1" : n) + "' codec can't encode character '" + (c < 256 ? String.format("\\x%02x", (int) c)
                : String.format("\\u%04x", (int) c)) + "' in position " + at + ": ordinal not in range("
                + (cs == StandardCharsets.US_ASCII ? 128 : 256) + ")");
    }

    /** Encoded length of s[from:to], for tell(). */
    long byteLen(String s, int from, int to) {
        switch (width) {
            case 1: return to - from;
            case 2: return 2L * (to - from);
            case 4: return 4L * s.codePointCount(from, to);
            case 0: {
                long n = 0;
                for (int i = from; i < to; i++) {
                    char c = s.charAt(i);
                    if (c < 0x80) {
                        n++;
                    } else if (c < 0x800) {
                        n += 2;
                    } else if (Character.isHighSurrogate(c) && i + 1 < to
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        n += 4;
                        i++;
                    } else {
                        n += 3;
                    }
                }
                return n;
            }
            default: return encode(s.substring(from, to)).length;
        }
    }
}
