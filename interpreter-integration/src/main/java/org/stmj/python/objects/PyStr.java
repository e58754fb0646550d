package org.stmj.python.objects;

import org.stmj.api.annotation.ThreadConfined;
import org.stmj.python.vm.ThreadState;

/**
 * An immutable str: a sequence of code points held as a Java (UTF-16) {@code String}. Length, indexes and offsets
 * seen by Python count code points; strings without surrogate chars (the common case) take char-indexed fast
 * paths, the others convert between code point indexes and char offsets. The hash is Java's
 * {@code String.hashCode}, cached inside String itself: a write-once cache whose racing writers store the same value.
 */
public class PyStr extends PyObject {
    /**
     * The string's code points as a Java string, or null until first needed in a string made by concatenation
     * onto a {@link StrBuffer} ({@link #value()} fills it). A write-once cache like {@link #cpLenPlus1}: a pure
     * function of the immutable {@link #buf} prefix, racing writers store equal strings, so it is
     * {@code @ThreadConfined} (no barrier, not rolled back).
     */
    @ThreadConfined
    private String flat;
    /**
     * Null, or the append-only buffer whose first {@link #blen} chars are this string (StrBuffer: a string built
     * by repeated {@code +=} appends in place in amortised O(1), as CPython's in-place resize does).
     */
    private final StrBuffer buf;
    /** This string's length in chars when {@link #buf} is not null. */
    private final int blen;
    /**
     * Code point count + 1, or 0 until first needed. A lazily filled write-once cache (like String.hash): the value
     * is a pure function of the immutable {@link #value()}, an int write is atomic, and racing writers (in or out of
     * a transaction) store the same number, so it needs no STM tracking and no synchronisation: marked
     * {@code @ThreadConfined} so that the transformer puts no barrier on it (a barrier would turn a read-only
     * {@code len()} into a write and make readers of one string conflict).
     */
    @ThreadConfined
    private int cpLenPlus1;
    /**
     * This string parsed as a %-format ({@link Formatter.PercentPlan}, or {@link Formatter#NOT_SIMPLE}), or null
     * until the string is first used as one. The same kind of write-once cache as {@link #cpLenPlus1}: the plan is
     * a pure function of {@link #value()}, immutable (final fields, so a racy read sees it fully built), and racing
     * writers store equivalent plans; {@code @ThreadConfined} so that the transformer puts no barrier on it and an
     * abort leaves it (it stays right whatever was rolled back).
     */
    @ThreadConfined
    Object percentPlan;

    PyStr(String value) {
        this.flat = value;
        this.buf = null;
        this.blen = 0;
    }

    /** A string that is the first {@code len} chars of {@code buf}, with {@code cpLen} code points. */
    PyStr(StrBuffer buf, int len, int cpLen) {
        this.buf = buf;
        this.blen = len;
        this.cpLenPlus1 = cpLen + 1;
    }

    /** The string as a Java (UTF-16) string. */
    public final String value() {
        String v = flat;
        return v != null ? v : flatten();
    }

    private String flatten() {
        String v = buf.prefix(blen);
        flat = v;
        return v;
    }

    /** Its length in chars (UTF-16 units), without making a string of a buffer's prefix. */
    final int charLength() {
        return buf != null ? blen : flat.length();
    }

    /** The buffer this string is a prefix of, or null. */
    final StrBuffer buffer() {
        return buf;
    }

    @Override
    public PyType type() {
        return Builtins.STR;
    }

    @Override
    public String str(ThreadState ts) {
        return value();
    }

    @Override
    public String repr(ThreadState ts) {
        return repr(value());
    }

    public static String repr(String s) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                Escapes.appendHex(sb, "\\x", (int) c, 2);
            } else if (c >= 0x80 && c < 0xa0) {
                Escapes.appendHex(sb, "\\x", (int) c, 2);
            } else if (Character.isSurrogate(c) || !Character.isDefined(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c)
                    == Character.PARAGRAPH_SEPARATOR
                    || (Character.isSpaceChar(c) && c != ' ')) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(++i));
                } else {
                    Escapes.appendHex(sb, c < 0x100 ? "\\x" : "\\u", c, c < 0x100 ? 2 : 4);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    @Override
    public long hash(ThreadState ts) {
        return value().hashCode();
    }

    @Override
    public int len(ThreadState ts) {
        return cpLen();
    }

    /** Number of code points (a lone surrogate counts as one). */
    public final int cpLen() {
        int n = cpLenPlus1;
        if (n == 0) {
            String v = value();
            n = cpLenPlus1 = v.codePointCount(0, v.length()) + 1;
        }
        return n - 1;
    }

    /** True when every char is a whole code point, so code point indexes equal char offsets. */
    public final boolean isBmp() {
        return cpLen() == charLength();
    }

    /**
     * Python's order of two strings: by code point (String.compareTo orders UTF-16 units, which puts U+10000 and
     * above before U+E000-U+FFFF).
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x - y;
                }
                int j = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(a.codePointAt(j), b.codePointAt(j));
            }
        }
        return a.length() - b.length();
    }

    /** Code point count of a Java string. */
    public static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Char offset of code point index {@code cp} (0..cpLen()) in {@code s}. */
    public static int offset(String s, int cp) {
        return s.offsetByCodePoints(0, cp);
    }

    /** Code point index of char offset {@code off} in {@code s}. */
    public static int cpIndex(String s, int off) {
        return s.codePointCount(0, off);
    }

    @Override
    public boolean truth(ThreadState ts) {
        return charLength() != 0;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyStr)) {
            return null;
        }
        String b = ((PyStr) o).value();
        if (op == Ops.EQ) {
            return Py.bool(value().equals(b));
        }
        if (op == Ops.NE) {
            return Py.bool(!value().equals(b));
        }
        return Py.bool(Ops.cmpResult(compare(value(), b), op));
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        boolean bmp = isBmp();
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, cpLen());
            if (r[2] == 1) {
                if (r[0] >= r[1]) {
                    return Py.str("");
                }
                return Py.str(bmp ? value().substring(r[0], r[1])
                        : value().substring(offset(value(), r[0]), offset(value(), r[1])));
            }
            StringBuilder sb = new StringBuilder(r[3]);
            if (bmp) {
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    sb.append(value().charAt(j));
                }
            } else {
                int[] cps = value().codePoints().toArray();
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    sb.appendCodePoint(cps[j]);
                }
            }
            return Py.str(sb.toString());
        }
        int i = Ops.index(ts, key, cpLen(), "string");
        return bmp ? Py.chr(value().charAt(i)) : Py.chr(value().codePointAt(offset(value(), i)));
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (!(v instanceof PyStr)) {
            throw Py.typeError("'in <string>' requires string as left operand, not " + v.type().name);
        }
        return value().contains(((PyStr) v).value());
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIter(this, cpLen());
    }
}
