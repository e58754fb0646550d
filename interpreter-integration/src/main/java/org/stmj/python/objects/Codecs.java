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
                PyException ex = Py.raise(Exc.UnicodeEncodeError, "'" + enc + "' codec can't encode character '\\u"
                        + String.format("%04x", (int) c)
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
        Charset cs = charset(enc);
        try {
            return cs.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Py.raise(Exc.UnicodeDecodeError, "'" + enc + "' codec can't decode bytes");
        }
    }

    static Charset charset(String enc) {
        switch (enc.toLowerCase().replace("_", "-")) {
            case "utf-8": case "utf8": return StandardCharsets.UTF_8;
            case "ascii": case "us-ascii": return StandardCharsets.US_ASCII;
            case "latin-1": case "latin1": case "iso-8859-1": return StandardCharsets.ISO_8859_1;
            case "utf-16": return StandardCharsets.UTF_16;
            default:
                try {
                    return Charset.forName(enc);
                } catch (RuntimeException e) {
                    throw Py.raise(Exc.LookupError, "unknown encoding: " + enc);
                }
        }
    }
}
