package org.stmj.python.objects;

/**
 * The backslash escapes that string literals (the compiler's lexer) and the {@code unicode_escape} codec share:
 * the one-character ones and octal. The escapes whose errors differ between the two (backslash followed by x, u,
 * U or N) stay with each caller.
 */
public final class Escapes {
    private Escapes() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Appends {@code prefix} and {@code c} in {@code width} lower-case hex digits (a repr's {@code \x41},
     * {@code \u20ac}, {@code \U0001f600}), without {@code String.format}'s parse of a pattern per call.
     */
    public static StringBuilder appendHex(StringBuilder sb, String prefix, int c, int width) {
        sb.append(prefix);
        for (int shift = 4 * (width - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(c >>> shift) & 0xf]);
        }
        return sb;
    }

    /** {@link #single} of a backslash-newline: the line continuation, which stands for nothing. */
    public static final int NOTHING = -2;

    /**
     * The character a one-character escape {@code \n} stands for ({@code \\ \' \" \a \b \f \n \r \t \v}),
     * {@link #NOTHING} for a backslash-newline, or -1 when {@code n} starts no such escape.
     */
    public static int single(char n) {
        switch (n) {
            case '\n': return NOTHING;
            case '\\': return '\\';
            case '\'': return '\'';
            case '"': return '"';
            case 'a': return 0x07;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 0x0b;
            default: return -1;
        }
    }

    /**
     * Appends the octal escape whose first digit is at {@code s[i]} (up to three digits, as Python reads them)
     * and returns the index of its last digit.
     */
    public static int octal(String s, int i, StringBuilder sb) {
        int v = s.charAt(i) - '0';
        for (int k = 1; k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
            v = v * 8 + (s.charAt(++i) - '0');
        }
        sb.append((char) v);
        return i;
    }

    /** Whether {@code n} starts an octal escape. */
    public static boolean isOctal(char n) {
        return n >= '0' && n <= '7';
    }
}
