package org.stmj.python.modules;

import java.io.ByteArrayOutputStream;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code _sre}: the regular-expression engine that CPython's {@code re} package compiles to. {@code re._compiler}
 * turns a pattern into a list of SRE opcodes (the 3.11 instruction set, MAGIC 20220615); this module runs that
 * code with a backtracking matcher.
 *
 * <p>The matcher is recursive over the linear code: a call {@code match(pc, pos)} matches everything from
 * {@code pc} to the {@code SUCCESS} that ends the current (sub)program and returns the end position, or -1. A
 * backtracking point (BRANCH, REPEAT_ONE, MIN_REPEAT_ONE, MAX_UNTIL, MIN_UNTIL) tries its alternatives by calling
 * {@code match} on the rest of the program and restores the group marks when an alternative fails. Look-arounds
 * and atomic groups run their body as a sub-program and never backtrack into it. A general repeat keeps its
 * count in a {@link Repeat} record linked to the enclosing one, as SRE's repeat contexts.
 *
 * <p>All matcher state lives in a {@link State} created per call and never shared; Pattern and Match objects are
 * immutable after creation (their int arrays are written only while they are built), so no STM conflict can come
 * from a read.
 */
final class SreModule {
    private SreModule() {
    }

    static final int MAGIC = 20220615;
    static final long MAXREPEAT = 4294967295L;
    static final int MAXGROUPS = 1073741823;

    // opcodes (re._constants.OPCODES, 3.11)
    static final int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7,
            CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14,
            JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21,
            RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27,
            POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31,
            LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35,
            LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39,
            LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42;
    // AT codes
    static final int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3,
            AT_NON_BOUNDARY = 4, AT_END = 5, AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8,
            AT_LOC_NON_BOUNDARY = 9, AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11;
    // flags
    static final int SRE_FLAG_IGNORECASE = 2, SRE_FLAG_LOCALE = 4, SRE_FLAG_MULTILINE = 8, SRE_FLAG_DOTALL = 16,
            SRE_FLAG_UNICODE = 32, SRE_FLAG_VERBOSE = 64, SRE_FLAG_DEBUG = 128, SRE_FLAG_ASCII = 256;

    static final PyType PATTERN = new PyType("Pattern", Builtins.OBJECT, false, null);
    static final PyType MATCH = new PyType("Match", Builtins.OBJECT, false, null);
    static final PyType SCANNER = new PyType("SRE_Scanner", Builtins.OBJECT, false, null);

    // ------------------------------------------------------------------ character classes

    static boolean isAsciiWord(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    static boolean isUniWord(int c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    static boolean isUniSpace(int c) {
        switch (c) {
            case ' ': case '\t': case '\n': case 0x0b: case '\f': case '\r': case 0x1c: case 0x1d: case 0x1e:
            case 0x1f: case 0x85:
                return true;
            default:
                return c > 127 && Character.isWhitespace(c) || c == 0xa0 || c == 0x2007 || c == 0x202f;
        }
    }

    static boolean isUniLinebreak(int c) {
        return c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static boolean category(int code, int c) {
        switch (code) {
            case 0: return c < 128 && c >= '0' && c <= '9';
            case 1: return !(c < 128 && c >= '0' && c <= '9');
            case 2: return c == ' ' || (c >= 9 && c <= 13);
            case 3: return !(c == ' ' || (c >= 9 && c <= 13));
            case 4: case 8: return isAsciiWord(c);
            case 5: case 9: return !isAsciiWord(c);
            case 6: return c == '\n';
            case 7: return c != '\n';
            case 10: return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
            case 11: return Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER;
            case 12: return isUniSpace(c);
            case 13: return !isUniSpace(c);
            case 14: return isUniWord(c);
            case 15: return !isUniWord(c);
            case 16: return isUniLinebreak(c);
            case 17: return !isUniLinebreak(c);
            default: return false;
        }
    }

    static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upperAscii(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static int lowerUni(int c) {
        return Character.toLowerCase(c);
    }

    static int upperUni(int c) {
        int u = Character.toUpperCase(c);
        if (u == c && Character.isLowerCase(c)) {
            // no one-character mapping: CPython takes the first character of the full one (U+FB05 -> 'S')
            String full = new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
            return full.codePointAt(0);
        }
        return u;
    }

    // ------------------------------------------------------------------ compiled pattern

    /** A compiled pattern: immutable after construction. */
    static final class Pattern extends PyObject {
        final PyObject pattern;
        final int flags;
        final int[] code;
        final int groups;
        final PyDict groupindex;
        final PyTuple indexgroup;
        final boolean isBytes;

        Pattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup,
                boolean isBytes) {
            this.pattern = pattern;
            this.flags = flags;
            this.code = code;
            this.groups = groups;
            this.groupindex = groupindex;
            this.indexgroup = indexgroup;
            this.isBytes = isBytes;
        }

        @Override
        public PyType type() {
            return PATTERN;
        }

        @Override
        public String repr(ThreadState ts) {
            String p = Ops.repr(ts, pattern);
            if (p.length() > 200) {
                p = p.substring(0, 200);
            }
            StringBuilder fl = new StringBuilder();
            int f = flags;
            if (!isBytes) {
                f &= ~SRE_FLAG_UNICODE;
            }
            String[] names = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG",
                    "ASCII"};
            for (int i = 0; i < names.length; i++) {
                if ((f & (1 << i)) != 0) {
                    if (fl.length() > 0) {
                        fl.append('|');
                    }
                    fl.append("re.").append(names[i]);
                    f &= ~(1 << i);
                }
            }
            if (f != 0) {
                if (fl.length() > 0) {
                    fl.append('|');
                }
                fl.append(String.format("0x%x", f));
            }
            return fl.length() == 0 ? "re.compile(" + p + ")" : "re.compile(" + p + ", " + fl + ")";
        }

        @Override
        public long hash(ThreadState ts) {
            return Ops.hash(ts, pattern) * 31 + flags;
        }

        @Override
        public PyObject richcmp(ThreadState ts, PyObject o, int op) {
            if ((op != 2 && op != 3) || !(o instanceof Pattern)) {
                return null; // not implemented: patterns only compare for equality
            }
            Pattern q = (Pattern) o;
            boolean eq = q == this || (flags == q.flags && isBytes == q.isBytes && java.util.Arrays.equals(code, q.code)
                    && Ops.truth(ts, Ops.richcmp(ts, pattern, q.pattern, 2)));
            return Py.bool(op == 2 ? eq : !eq);
        }
    }

    // ------------------------------------------------------------------ the matcher

    /** A general repeat in progress (REPEAT ... MAX_UNTIL/MIN_UNTIL). */
    static final class Repeat {
        final int pc;
        int count = -1;
        int lastPos = -1;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    /** The state of one match attempt: subject, bounds, group marks. Thread-local by construction. */
    static final class State {
        final int[] code;
        final String str;
        /** The code points of a str with characters beyond the BMP (positions are code point indexes), else null. */
        final int[] cps;
        final byte[] bytes;
        final int end;
        int start;
        int[] marks;
        int lastindex = -1;
        Repeat rep;
        boolean matchAll;
        boolean mustAdvance;
        int sub;
        long steps;

        State(Pattern p, PyObject string, int start, int end) {
            this.code = p.code;
            if (string instanceof PyStr) {
                this.str = ((PyStr) string).value();
                this.cps = ((PyStr) string).isBmp() ? null : str.codePoints().toArray();
                this.bytes = null;
            } else {
                this.str = null;
                this.cps = null;
                this.bytes = ((PyBytes) string).bytes();
            }
            int len = cps != null ? cps.length : str != null ? str.length() : bytes.length;
            if (end > len) {
                end = len;
            }
            if (end < 0) {
                end = 0;
            }
            if (start < 0) {
                start = 0;
            }
            if (start > len) {
                start = len;
            }
            this.start = start;
            this.end = end;
            this.marks = new int[p.groups * 2];
        }

        int ch(int i) {
            return cps != null ? cps[i] : str != null ? str.charAt(i) : bytes[i] & 0xff;
        }

        void reset() {
            java.util.Arrays.fill(marks, -1);
            lastindex = -1;
            rep = null;
        }

        int[] save() {
            return marks.length == 0 ? marks : marks.clone();
        }

        void restore(int[] saved, int li) {
            if (saved.length > 0) {
                System.arraycopy(saved, 0, marks, 0, saved.length);
            }
            lastindex = li;
        }

        boolean inSet(int pc, int c) {
            boolean ok = true;
            while (true) {
                switch (code[pc]) {
                    case FAILURE:
                        return !ok;
                    case LITERAL:
                        if (c == code[pc + 1]) {
                            return ok;
                        }
                        pc += 2;
                        break;
                    case CATEGORY:
                        if (category(code[pc + 1], c)) {
                            return ok;
                        }
                        pc += 2;
                        break;
                    case CHARSET:
                        if (c < 256 && (code[pc + 1 + (c >> 5)] & (1 << (c & 31))) != 0) {
                            return ok;
                        }
                        pc += 9;
                        break;
                    case RANGE:
                        if (code[pc + 1] <= c && c <= code[pc + 2]) {
                            return ok;
                        }
                        pc += 3;
                        break;
                    case RANGE_UNI_IGNORE: {
                        if (code[pc + 1] <= c && c <= code[pc + 2]) {
                            return ok;
                        }
                        int u = upperUni(c);
                        if (code[pc + 1] <= u && u <= code[pc + 2]) {
                            return ok;
                        }
                        pc += 3;
                        break;
                    }
                    case NEGATE:
                        ok = !ok;
                        pc++;
                        break;
                    case BIGCHARSET: {
                        int count = code[pc + 1];
                        int base = pc + 2;
                        if (c < 65536) {
                            int hi = c >> 8;
                            int block = (code[base + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xff;
                            int words = base + 64;
                            int lo = c & 255;
                            if ((code[words + block * 8 + (lo >> 5)] & (1 << (lo & 31))) != 0) {
                                return ok;
                            }
                        }
                        pc = base + 64 + count * 8;
                        break;
                    }
                    default:
                        throw Py.raise(Exc.RuntimeError, "internal error in regular expression charset");
                }
            }
        }

        boolean at(int atcode, int pos) {
            switch (atcode) {
                case AT_BEGINNING:
                case AT_BEGINNING_STRING:
                    return pos == 0;
                case AT_BEGINNING_LINE:
                    return pos == 0 || ch(pos - 1) == '\n';
                case AT_END:
                    return pos == end || (pos + 1 == end && ch(pos) == '\n');
                case AT_END_LINE:
                    return pos == end || ch(pos) == '\n';
                case AT_END_STRING:
                    return pos == end;
                case AT_BOUNDARY:
                case AT_LOC_BOUNDARY:
                case AT_NON_BOUNDARY:
                case AT_LOC_NON_BOUNDARY: {
                    if (end == 0) {
                        return false;
                    }
                    boolean that = pos > 0 && isAsciiWord(ch(pos - 1));
                    boolean thiz = pos < end && isAsciiWord(ch(pos));
                    return (atcode == AT_BOUNDARY || atcode == AT_LOC_BOUNDARY) ? thiz != that : thiz == that;
                }
                case AT_UNI_BOUNDARY:
                case AT_UNI_NON_BOUNDARY: {
                    if (end == 0) {
                        return false;
                    }
                    boolean that = pos > 0 && isUniWord(ch(pos - 1));
                    boolean thiz = pos < end && isUniWord(ch(pos));
                    return atcode == AT_UNI_BOUNDARY ? thiz != that : thiz == that;
                }
                default:
                    return false;
            }
        }

        /** Does the single-character item at pc match the character at pos (pos < end)? */
        boolean one(int pc, int pos) {
            int c = ch(pos);
            switch (code[pc]) {
                case ANY: return c != '\n';
                case ANY_ALL: return true;
                case LITERAL: return c == code[pc + 1];
                case NOT_LITERAL: return c != code[pc + 1];
                case LITERAL_IGNORE: return lowerAscii(c) == code[pc + 1];
                case NOT_LITERAL_IGNORE: return lowerAscii(c) != code[pc + 1];
                case LITERAL_UNI_IGNORE: return lowerUni(c) == code[pc + 1];
                case NOT_LITERAL_UNI_IGNORE: return lowerUni(c) != code[pc + 1];
                case LITERAL_LOC_IGNORE: return c == code[pc + 1] || lowerAscii(c) == code[pc + 1] || upperAscii(c)
                        == code[pc + 1];
                case NOT_LITERAL_LOC_IGNORE
                        : return !(c == code[pc + 1] || lowerAscii(c) == code[pc + 1] || upperAscii(c) == code[pc + 1]);
                case CATEGORY: return category(code[pc + 1], c);
                case IN: return inSet(pc + 2, c);
                case IN_IGNORE: return inSet(pc + 2, lowerAscii(c));
                case IN_UNI_IGNORE: return inSet(pc + 2, lowerUni(c));
                case IN_LOC_IGNORE: return inSet(pc + 2, c) || inSet(pc + 2, lowerAscii(c))
                        || inSet(pc + 2, upperAscii(c));
                default: return false;
            }
        }

        /** How many times (up to max) the single-character item at pc matches from pos. */
        int count(int pc, int pos, long max) {
            long limit = Math.min((long) end - pos, max);
            int n = 0;
            while (n < limit && one(pc, pos + n)) {
                n++;
            }
            return n;
        }

        int subMatch(int pc, int pos) {
            Repeat saved = rep;
            rep = null;
            sub++;
            try {
                return match(pc, pos);
            } finally {
                sub--;
                rep = saved;
            }
        }

        static long u(int x) {
            return x & 0xffffffffL;
        }

        boolean groupEquals(int g, int pos, int mode, int[] out) {
            int gs = 2 * g;
            if (gs + 1 >= marks.length) {
                return false;
            }
            int s = marks[gs], e = marks[gs + 1];
            if (s < 0 || e < 0 || e < s) {
                return false;
            }
            int n = e - s;
            if (pos + n > end) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                int a = ch(s + i), b = ch(pos + i);
                if (mode == 1) {
                    a = lowerAscii(a);
                    b = lowerAscii(b);
                } else if (mode == 2) {
                    a = lowerUni(a);
                    b = lowerUni(b);
                }
                if (a != b) {
                    return false;
                }
            }
            out[0] = pos + n;
            return true;
        }

        /** Matches code from pc to the SUCCESS ending the current program; returns the end position or -1. */
        int match(int pc, int pos) {
            int[] code = this.code;
            while (true) {
                if ((++steps & 0xffff) == 0) {
                    checkSignals();
                }
                switch (code[pc]) {
                    case FAILURE:
                        return -1;
                    case SUCCESS:
                        if (sub == 0 && ((matchAll && pos != end) || (mustAdvance && pos == start))) {
                            return -1;
                        }
                        return pos;
                    case INFO:
                    case JUMP:
                        pc = pc + 1 + code[pc + 1];
                        break;
                    case ANY:
                    case ANY_ALL:
                    case LITERAL:
                    case NOT_LITERAL:
                    case LITERAL_IGNORE:
                    case NOT_LITERAL_IGNORE:
                    case LITERAL_UNI_IGNORE:
                    case NOT_LITERAL_UNI_IGNORE:
                    case LITERAL_LOC_IGNORE:
                    case NOT_LITERAL_LOC_IGNORE:
                    case CATEGORY:
                        if (pos >= end || !one(pc, pos)) {
                            return -1;
                        }
                        pos++;
                        pc += code[pc] == ANY || code[pc] == ANY_ALL ? 1 : 2;
                        break;
                    case IN:
                    case IN_IGNORE:
                    case IN_UNI_IGNORE:
                    case IN_LOC_IGNORE:
                        if (pos >= end || !one(pc, pos)) {
                            return -1;
                        }
                        pos++;
                        pc = pc + 1 + code[pc + 1];
                        break;
                    case AT:
                        if (!at(code[pc + 1], pos)) {
                            return -1;
                        }
                        pc += 2;
                        break;
                    case MARK: {
                        int g = code[pc + 1];
                        if ((g & 1) != 0) {
                            lastindex = g / 2 + 1;
                        }
                        if (g < marks.length) {
                            marks[g] = pos;
                        }
                        pc += 2;
                        break;
                    }
                    case BRANCH: {
                        int alt = pc + 1;
                        int[] saved = save();
                        int li = lastindex;
                        while (code[alt] != 0) {
                            int r = match(alt + 1, pos);
                            if (r >= 0) {
                                return r;
                            }
                            restore(saved, li);
                            alt += code[alt];
                        }
                        return -1;
                    }
                    case REPEAT_ONE:
                    case MIN_REPEAT_ONE:
                    case POSSESSIVE_REPEAT_ONE: {
                        int op = code[pc];
                        long min = u(code[pc + 2]), max = u(code[pc + 3]);
                        int item = pc + 4;
                        int tail = pc + 1 + code[pc + 1];
                        if (pos + min > end) {
                            return -1;
                        }
                        if (op == POSSESSIVE_REPEAT_ONE) {
                            int n = count(item, pos, max == MAXREPEAT ? Long.MAX_VALUE : max);
                            if (n < min) {
                                return -1;
                            }
                            pos += n;
                            pc = tail;
                            break;
                        }
                        if (op == REPEAT_ONE) {
                            int n = count(item, pos, max == MAXREPEAT ? Long.MAX_VALUE : max);
                            if (n < min) {
                                return -1;
                            }
                            if (code[tail] == SUCCESS && sub == 0 && !matchAll && !mustAdvance) {
                                return pos + n;
                            }
                            int[] saved = save();
                            int li = lastindex;
                            int lit = code[tail] == LITERAL ? code[tail + 1] : -1;
                            for (long c = n; c >= min; c--) {
                                int p = (int) (pos + c);
                                if (lit >= 0 && (p >= end || ch(p) != lit)) {
                                    continue;
                                }
                                int r = match(tail, p);
                                if (r >= 0) {
                                    return r;
                                }
                                restore(saved, li);
                            }
                            return -1;
                        }
                        // MIN_REPEAT_ONE
                        int n = min == 0 ? 0 : count(item, pos, min);
                        if (n < min) {
                            return -1;
                        }
                        int p = (int) (pos + n);
                        int[] saved = save();
                        int li = lastindex;
                        long c = n;
                        while (true) {
                            int r = match(tail, p);
                            if (r >= 0) {
                                return r;
                            }
                            restore(saved, li);
                            if ((max != MAXREPEAT && c >= max) || p >= end || !one(item, p)) {
                                return -1;
                            }
                            p++;
                            c++;
                        }
                    }
                    case REPEAT: {
                        Repeat r0 = new Repeat(pc, rep);
                        rep = r0;
                        int r = match(pc + 1 + code[pc + 1], pos);
                        rep = r0.prev;
                        return r;
                    }
                    case MAX_UNTIL: {
                        Repeat rp = rep;
                        if (rp == null) {
                            throw Py.raise(Exc.RuntimeError, "internal error in regular expression engine");
                        }
                        int count = rp.count + 1;
                        long min = u(code[rp.pc + 2]), max = u(code[rp.pc + 3]);
                        int body = rp.pc + 4;
                        if (count < min) {
                            rp.count = count;
                            int r = match(body, pos);
                            if (r >= 0) {
                                return r;
                            }
                            rp.count = count - 1;
                            return -1;
                        }
                        if ((count < max || max == MAXREPEAT) && pos != rp.lastPos) {
                            int[] saved = save();
                            int li = lastindex;
                            rp.count = count;
                            int oldLast = rp.lastPos;
                            rp.lastPos = pos;
                            int r = match(body, pos);
                            if (r >= 0) {
                                return r;
                            }
                            rp.count = count - 1;
                            rp.lastPos = oldLast;
                            restore(saved, li);
                        }
                        rep = rp.prev;
                        int r = match(pc + 1, pos);
                        rep = rp;
                        return r;
                    }
                    case MIN_UNTIL: {
                        Repeat rp = rep;
                        if (rp == null) {
                            throw Py.raise(Exc.RuntimeError, "internal error in regular expression engine");
                        }
                        int count = rp.count + 1;
                        long min = u(code[rp.pc + 2]), max = u(code[rp.pc + 3]);
                        int body = rp.pc + 4;
                        if (count < min) {
                            rp.count = count;
                            int r = match(body, pos);
                            if (r >= 0) {
                                return r;
                            }
                            rp.count = count - 1;
                            return -1;
                        }
                        int[] saved = save();
                        int li = lastindex;
                        rep = rp.prev;
                        int r = match(pc + 1, pos);
                        rep = rp;
                        if (r >= 0) {
                            return r;
                        }
                        restore(saved, li);
                        if ((count >= max && max != MAXREPEAT) || pos == rp.lastPos) {
                            return -1;
                        }
                        rp.count = count;
                        int oldLast = rp.lastPos;
                        rp.lastPos = pos;
                        r = match(body, pos);
                        if (r >= 0) {
                            return r;
                        }
                        rp.count = count - 1;
                        rp.lastPos = oldLast;
                        return -1;
                    }
                    case POSSESSIVE_REPEAT: {
                        long min = u(code[pc + 2]), max = u(code[pc + 3]);
                        int body = pc + 4;
                        int tail = pc + 1 + code[pc + 1] + 1;
                        long c = 0;
                        while (max == MAXREPEAT || c < max) {
                            int[] saved = save();
                            int li = lastindex;
                            int r = subMatch(body, pos);
                            if (r < 0) {
                                restore(saved, li);
                                break;
                            }
                            c++;
                            if (r == pos && c >= min) {
                                break;
                            }
                            pos = r;
                        }
                        if (c < min) {
                            return -1;
                        }
                        pc = tail;
                        break;
                    }
                    case ATOMIC_GROUP: {
                        int r = subMatch(pc + 2, pos);
                        if (r < 0) {
                            return -1;
                        }
                        pos = r;
                        pc = pc + 1 + code[pc + 1];
                        break;
                    }
                    case ASSERT: {
                        int back = code[pc + 2];
                        int p = pos - back;
                        if (p < 0) {
                            return -1;
                        }
                        int r = subMatch(pc + 3, p);
                        if (r < 0) {
                            return -1;
                        }
                        pc = pc + 1 + code[pc + 1];
                        break;
                    }
                    case ASSERT_NOT: {
                        int back = code[pc + 2];
                        int p = pos - back;
                        if (p >= 0) {
                            int[] saved = save();
                            int li = lastindex;
                            int r = subMatch(pc + 3, p);
                            restore(saved, li);
                            if (r >= 0) {
                                return -1;
                            }
                        }
                        pc = pc + 1 + code[pc + 1];
                        break;
                    }
                    case GROUPREF:
                    case GROUPREF_IGNORE:
                    case GROUPREF_UNI_IGNORE:
                    case GROUPREF_LOC_IGNORE: {
                        int mode = code[pc] == GROUPREF ? 0 : code[pc] == GROUPREF_UNI_IGNORE ? 2 : 1;
                        int[] out = new int[1];
                        if (!groupEquals(code[pc + 1], pos, mode, out)) {
                            return -1;
                        }
                        pos = out[0];
                        pc += 2;
                        break;
                    }
                    case GROUPREF_EXISTS: {
                        int g = code[pc + 1];
                        boolean matched = 2 * g + 1 < marks.length && marks[2 * g] >= 0 && marks[2 * g + 1] >= 0
                                && marks[2 * g] <= marks[2 * g + 1];
                        pc = matched ? pc + 3 : pc + 1 + code[pc + 2];
                        break;
                    }
                    default:
                        throw Py.raise(Exc.RuntimeError, "internal error in regular expression engine (opcode "
                                + code[pc] + ")");
                }
            }
        }

        void checkSignals() {
            // long matches stay interruptible by the JVM (Thread.interrupt ends the program's thread)
            if (Thread.currentThread().isInterrupted()) {
                throw Py.raise(Exc.KeyboardInterrupt, "");
            }
        }

        /** Anchored match at start. */
        boolean matchHere() {
            reset();
            int r = match(0, start);
            if (r < 0) {
                return false;
            }
            matchEnd = r;
            matchStart = start;
            return true;
        }

        int matchStart, matchEnd;

        /** Search from start to end. */
        boolean search() {
            int first = 0;
            int minLen = 0;
            if (code[0] == INFO) {
                minLen = code[3];
                first = 1 + code[1];
            }
            int lit = code[first] == LITERAL ? code[first + 1] : -1;
            int s0 = start;
            // a pattern anchored at the beginning of the string (\A, ^ without MULTILINE) can only match there
            boolean anchored = code[first] == AT && (code[first + 1] == AT_BEGINNING
                    || code[first + 1] == AT_BEGINNING_STRING);
            int last = anchored ? Math.min(s0, end) : end;
            for (int s = s0; s <= last; s++) {
                if (end - s < minLen) {
                    return false;
                }
                if (lit >= 0) {
                    while (s < end && ch(s) != lit) {
                        s++;
                    }
                    if (s >= end) {
                        return false;
                    }
                }
                reset();
                start = s;
                int r = match(0, s);
                if (r >= 0) {
                    matchStart = s;
                    matchEnd = r;
                    return true;
                }
                // only the first position has to advance past an empty match
                mustAdvance = false;
            }
            return false;
        }
    }

    // ------------------------------------------------------------------ Match objects

    /** A successful match: the subject, its bounds and the group spans; immutable. */
    static final class Match extends PyObject {
        final Pattern pattern;
        final PyObject string;
        final int pos, endpos;
        /** regs[0..1] the whole match, then two entries per group (-1 when unmatched). */
        final int[] regs;
        final int lastindex;

        Match(Pattern p, PyObject string, int pos, int endpos, State st) {
            this.pattern = p;
            this.string = string;
            this.pos = pos;
            this.endpos = endpos;
            this.regs = new int[2 + st.marks.length];
            regs[0] = st.matchStart;
            regs[1] = st.matchEnd;
            for (int g = 0; g < p.groups; g++) {
                int s = st.marks[2 * g], e = st.marks[2 * g + 1];
                if (s < 0 || e < 0 || s > e) {
                    s = -1;
                    e = -1;
                }
                regs[2 + 2 * g] = s;
                regs[3 + 2 * g] = e;
            }
            this.lastindex = st.lastindex;
        }

        @Override
        public PyType type() {
            return MATCH;
        }

        int index(ThreadState ts, PyObject g) {
            if (g instanceof PyInt) {
                long i = ((PyInt) g).v;
                if (((PyInt) g).isSmall() && i >= 0 && i <= pattern.groups) {
                    return (int) i;
                }
            } else if (g instanceof PyStr || g instanceof PyBytes) {
                PyObject i = pattern.groupindex.get(ts, g);
                if (i instanceof PyInt) {
                    return (int) ((PyInt) i).v;
                }
            } else if (Ops.hasAttr(ts, g, "__index__")) {
                PyInt iv = Ops.toInt(ts, g);
                long i = iv.v;
                if (iv.isSmall() && i >= 0 && i <= pattern.groups) {
                    return (int) i;
                }
            }
            throw Py.indexError("no such group");
        }

        PyObject group(int i, PyObject dflt) {
            int s = regs[2 * i], e = regs[2 * i + 1];
            if (s < 0) {
                return dflt;
            }
            return slice(string, s, e);
        }

        @Override
        public PyObject getitem(ThreadState ts, PyObject key) {
            return group(index(ts, key), Py.None);
        }

        @Override
        public String repr(ThreadState ts) {
            return "<re.Match object; span=(" + regs[0] + ", " + regs[1] + "), match=" + Ops.repr(ts, group(0, Py.None))
                    + ">";
        }
    }

    static PyObject slice(PyObject string, int s, int e) {
        if (s == 0 && (string.type() == Builtins.STR && e == ((PyStr) string).value().length()
                || string.type() == Builtins.BYTES && e == ((PyBytes) string).bytes().length)) {
            return string; // the whole of an immutable subject (split without a match, ...)
        }
        if (string instanceof PyStr) {
            PyStr ps = (PyStr) string;
            if (!ps.isBmp()) {
                return Py.str(ps.value().substring(PyStr.offset(ps.value(), s), PyStr.offset(ps.value(), e)));
            }
            return Py.str(ps.value().substring(s, e));
        }
        byte[] b = ((PyBytes) string).bytes();
        return new PyBytes(java.util.Arrays.copyOfRange(b, s, e), false);
    }

    // ------------------------------------------------------------------ scanner (finditer, Pattern.scanner)

    static final class Scanner extends PyObject {
        final Pattern pattern;
        final PyObject string;
        final int endpos;
        final int pos0;
        int pos;
        boolean mustAdvance;
        boolean done;

        Scanner(Pattern p, PyObject string, int pos, int endpos) {
            this.pattern = p;
            this.string = string;
            this.pos0 = pos;
            this.pos = pos;
            this.endpos = endpos;
        }

        @Override
        public PyType type() {
            return SCANNER;
        }

        PyObject step(boolean search) {
            if (done) {
                return Py.None;
            }
            State st = new State(pattern, string, pos, endpos);
            st.mustAdvance = mustAdvance;
            boolean ok = search ? st.search() : st.matchHere();
            if (!ok) {
                done = true;
                return Py.None;
            }
            Match m = new Match(pattern, string, pos0, st.end, st);
            mustAdvance = st.matchEnd == st.matchStart;
            pos = st.matchEnd;
            return m;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject m = step(true);
            return m == Py.None ? null : m;
        }
    }

    // ------------------------------------------------------------------ module

    static PyObject subject(ThreadState ts, Pattern p, PyObject s) {
        if (s instanceof PyStr) {
            if (p.isBytes) {
                throw Py.typeError("cannot use a bytes pattern on a string-like object");
            }
            return s;
        }
        if (s instanceof PyBytes) {
            if (!p.isBytes) {
                throw Py.typeError("cannot use a string pattern on a bytes-like object");
            }
            return s;
        }
        if (Ops.hasAttr(ts, s, "__bytes__") || s.type().name.equals("memoryview")
                || s.type().shortName().equals("array")) {
            if (!p.isBytes) {
                throw Py.typeError("cannot use a string pattern on a bytes-like object");
            }
            return Ops.call(ts, Builtins.BYTES, s);
        }
        throw Py.typeError("expected string or bytes-like object, got '" + s.type().name + "'");
    }

    static int length(PyObject s) {
        return s instanceof PyStr ? ((PyStr) s).cpLen() : ((PyBytes) s).bytes().length;
    }

    static int clamp(long v, int len) {
        if (v < 0) {
            return 0;
        }
        return (int) Math.min(v, len);
    }

    /** An index argument as a C Py_ssize_t: OverflowError past 64 bits. */
    static long ssize(ThreadState ts, PyObject o) {
        PyInt i = Ops.toInt(ts, o);
        if (!i.isSmall()) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return i.v;
    }

    /** Parses (string, pos=0, endpos=maxsize) for the match family. */
    static Object[] sargs(ThreadState ts, String name, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse(name, a, kw, new String[] {"self", "string", "pos", "endpos"}, 2);
        Pattern pat = (Pattern) p[0];
        // pos and endpos are converted first, as CPython's argument clinic does (OverflowError before TypeError)
        long pos = p[2] == null ? 0 : ssize(ts, p[2]);
        long endpos0 = p[3] == null ? Long.MAX_VALUE : ssize(ts, p[3]);
        PyObject s = subject(ts, pat, p[1]);
        int len = length(s);
        long endpos = p[3] == null ? len : endpos0;
        int ps = clamp(pos, len), pe = clamp(endpos, len);
        return new Object[] {pat, s, ps, pe};
    }

    static PyObject doMatch(ThreadState ts, PyObject[] a, String[] kw, String name, int mode) {
        Object[] o = sargs(ts, name, a, kw);
        Pattern pat = (Pattern) o[0];
        PyObject s = (PyObject) o[1];
        int pos = (Integer) o[2], endpos = (Integer) o[3];
        if (endpos < pos) {
            return Py.None;
        }
        State st = new State(pat, s, pos, endpos);
        st.matchAll = mode == 1;
        boolean ok = mode == 2 ? st.search() : st.matchHere();
        return ok ? new Match(pat, s, pos, endpos, st) : Py.None;
    }

    static PyObject findall(ThreadState ts, Pattern pat, PyObject s, int pos, int endpos) {
        PyList out = new PyList();
        Scanner sc = new Scanner(pat, s, pos, endpos);
        if (endpos < pos) {
            return out;
        }
        while (true) {
            PyObject m = sc.step(true);
            if (m == Py.None) {
                break;
            }
            Match mm = (Match) m;
            PyObject empty = slice(s, 0, 0);
            if (pat.groups == 0) {
                out.append(mm.group(0, empty));
            } else if (pat.groups == 1) {
                out.append(mm.group(1, empty));
            } else {
                PyObject[] t = new PyObject[pat.groups];
                for (int g = 1; g <= pat.groups; g++) {
                    t[g - 1] = mm.group(g, empty);
                }
                out.append(new PyTuple(t));
            }
        }
        return out;
    }

    static PyObject callRe(ThreadState ts, String fn, PyObject... args) {
        PyObject re = ts.interp.importName(ts, "re", null, 0, null);
        return Ops.call(ts, Ops.getattr(ts, re, fn), args);
    }

    static PyObject subn(ThreadState ts, Pattern pat, PyObject repl, PyObject s, long count, boolean wantCount) {
        s = subject(ts, pat, s);
        PyObject filter = null;
        PyObject literal = null;
        if (Ops.isCallable(repl)) {
            filter = repl;
        } else {
            boolean hasBackslash = repl instanceof PyStr ? ((PyStr) repl).value().indexOf('\\') >= 0
                    : repl instanceof PyBytes && indexOf(((PyBytes) repl).bytes(), (byte) '\\') >= 0;
            if (!hasBackslash && (repl instanceof PyStr || repl instanceof PyBytes)) {
                literal = repl;
            } else {
                PyObject r = callRe(ts, "_subx", pat, repl);
                if (Ops.isCallable(r)) {
                    filter = r;
                } else {
                    literal = r;
                }
            }
        }
        boolean isStr = s instanceof PyStr;
        StringBuilder sb = isStr ? new StringBuilder() : null;
        ByteArrayOutputStream bo = isStr ? null : new ByteArrayOutputStream();
        int len = length(s);
        Scanner sc = new Scanner(pat, s, 0, len);
        int last = 0;
        long n = 0;
        while (count == 0 || n < count) {
            PyObject m = sc.step(true);
            if (m == Py.None) {
                break;
            }
            Match mm = (Match) m;
            append(sb, bo, slice(s, last, mm.regs[0]));
            PyObject r = filter != null ? Ops.call(ts, filter, mm) : literal;
            if (r != Py.None) {
                if (isStr && !(r instanceof PyStr)) {
                    throw Py.typeError("expected str instance, " + r.type().name + " found");
                }
                if (!isStr && !(r instanceof PyBytes)) {
                    throw Py.typeError("expected a bytes-like object, " + r.type().name + " found");
                }
                append(sb, bo, r);
            }
            last = mm.regs[1];
            n++;
        }
        PyObject res;
        if (n == 0 && (s.type() == Builtins.STR || s.type() == Builtins.BYTES)) {
            res = s; // nothing replaced: the subject itself, as CPython returns it (no copy of a long string)
        } else {
            append(sb, bo, slice(s, last, len));
            res = isStr ? Py.str(sb.toString()) : new PyBytes(bo.toByteArray(), false);
        }
        return wantCount ? new PyTuple(res, Py.newInt(n)) : res;
    }

    static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    static void append(StringBuilder sb, ByteArrayOutputStream bo, PyObject piece) {
        if (sb != null) {
            sb.append(((PyStr) piece).value());
        } else {
            bo.writeBytes(((PyBytes) piece).bytes());
        }
    }

    static PyObject split(ThreadState ts, Pattern pat, PyObject s, long maxsplit) {
        s = subject(ts, pat, s);
        PyList out = new PyList();
        int len = length(s);
        Scanner sc = new Scanner(pat, s, 0, len);
        int last = 0;
        long n = 0;
        while (maxsplit <= 0 || n < maxsplit) {
            PyObject m = sc.step(true);
            if (m == Py.None) {
                break;
            }
            Match mm = (Match) m;
            out.append(slice(s, last, mm.regs[0]));
            for (int g = 1; g <= pat.groups; g++) {
                out.append(mm.group(g, Py.None));
            }
            last = mm.regs[1];
            n++;
        }
        out.append(slice(s, last, len));
        return out;
    }

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static void prop(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static Match self(PyObject[] a) {
        return (Match) a[0];
    }

    static {
        PATTERN.dict.putStr("__module__", Py.str("re"));
        MATCH.dict.putStr("__module__", Py.str("re"));
        m(PATTERN, "match", (ts, a, kw) -> doMatch(ts, a, kw, "match", 0));
        m(PATTERN, "fullmatch", (ts, a, kw) -> doMatch(ts, a, kw, "fullmatch", 1));
        m(PATTERN, "search", (ts, a, kw) -> doMatch(ts, a, kw, "search", 2));
        m(PATTERN, "findall", (ts, a, kw) -> {
            Object[] o = sargs(ts, "findall", a, kw);
            return findall(ts, (Pattern) o[0], (PyObject) o[1], (Integer) o[2], (Integer) o[3]);
        });
        m(PATTERN, "finditer", (ts, a, kw) -> {
            Object[] o = sargs(ts, "finditer", a, kw);
            return new Scanner((Pattern) o[0], (PyObject) o[1], (Integer) o[2], (Integer) o[3]);
        });
        m(PATTERN, "scanner", (ts, a, kw) -> {
            Object[] o = sargs(ts, "scanner", a, kw);
            return new Scanner((Pattern) o[0], (PyObject) o[1], (Integer) o[2], (Integer) o[3]);
        });
        m(PATTERN, "sub", (ts, a, kw) -> {
            PyObject[] p = Args.parse("sub", a, kw, new String[] {"self", "repl", "string", "count"}, 3);
            return subn(ts, (Pattern) p[0], p[1], p[2], p[3] == null ? 0 : Ops.toInt(ts, p[3]).v, false);
        });
        m(PATTERN, "subn", (ts, a, kw) -> {
            PyObject[] p = Args.parse("subn", a, kw, new String[] {"self", "repl", "string", "count"}, 3);
            return subn(ts, (Pattern) p[0], p[1], p[2], p[3] == null ? 0 : Ops.toInt(ts, p[3]).v, true);
        });
        m(PATTERN, "split", (ts, a, kw) -> {
            PyObject[] p = Args.parse("split", a, kw, new String[] {"self", "string", "maxsplit"}, 2);
            return split(ts, (Pattern) p[0], p[1], p[2] == null ? 0 : Ops.toInt(ts, p[2]).v);
        });
        m(PATTERN, "__copy__", (ts, a, kw) -> a[0]);
        m(PATTERN, "__deepcopy__", (ts, a, kw) -> a[0]);
        m(PATTERN, "__class_getitem__", (ts, a, kw) -> a[0]);
        m(PATTERN, "__reduce__", (ts, a, kw) -> {
            Pattern p = (Pattern) a[0];
            return callRe(ts, "_pickle", p);
        });
        prop(PATTERN, "pattern", (ts, a, kw) -> ((Pattern) a[0]).pattern);
        prop(PATTERN, "flags", (ts, a, kw) -> Py.newInt(((Pattern) a[0]).flags));
        prop(PATTERN, "groups", (ts, a, kw) -> Py.newInt(((Pattern) a[0]).groups));
        // a read-only view, as CPython's (a mappingproxy of a copy: the pattern's own dict stays private)
        prop(PATTERN, "groupindex", (ts, a, kw) -> Ops.call(ts, Ops.getattr(ts,
                ts.interp.importName(ts, "types", null, 0, null), "MappingProxyType"),
                ((Pattern) a[0]).groupindex.copy()));

        m(MATCH, "group", (ts, a, kw) -> {
            Match mm = self(a);
            if (a.length <= 1) {
                return mm.group(0, Py.None);
            }
            if (a.length == 2) {
                return mm.group(mm.index(ts, a[1]), Py.None);
            }
            PyObject[] r = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                r[i - 1] = mm.group(mm.index(ts, a[i]), Py.None);
            }
            return new PyTuple(r);
        });
        m(MATCH, "__getitem__", (ts, a, kw) -> self(a).getitem(ts, a[1]));
        m(MATCH, "groups", (ts, a, kw) -> {
            PyObject[] p = Args.parse("groups", a, kw, new String[] {"self", "default"}, 1);
            Match mm = self(a);
            PyObject d = p[1] == null ? Py.None : p[1];
            PyObject[] r = new PyObject[mm.pattern.groups];
            for (int g = 1; g <= r.length; g++) {
                r[g - 1] = mm.group(g, d);
            }
            return new PyTuple(r);
        });
        m(MATCH, "groupdict", (ts, a, kw) -> {
            PyObject[] p = Args.parse("groupdict", a, kw, new String[] {"self", "default"}, 1);
            Match mm = self(a);
            PyObject d = p[1] == null ? Py.None : p[1];
            PyDict r = new PyDict();
            PyDict gi = mm.pattern.groupindex;
            for (int pos = gi.nextEntry(0); pos >= 0; pos = gi.nextEntry(pos + 1)) {
                r.put(ts, gi.keyAt(pos), mm.group((int) ((PyInt) gi.valueAt(pos)).v, d));
            }
            return r;
        });
        m(MATCH, "start", (ts, a, kw) -> {
            Match mm = self(a);
            return Py.newInt(mm.regs[2 * (a.length > 1 ? mm.index(ts, a[1]) : 0)]);
        });
        m(MATCH, "end", (ts, a, kw) -> {
            Match mm = self(a);
            return Py.newInt(mm.regs[2 * (a.length > 1 ? mm.index(ts, a[1]) : 0) + 1]);
        });
        m(MATCH, "span", (ts, a, kw) -> {
            Match mm = self(a);
            int g = a.length > 1 ? mm.index(ts, a[1]) : 0;
            return new PyTuple(Py.newInt(mm.regs[2 * g]), Py.newInt(mm.regs[2 * g + 1]));
        });
        m(MATCH, "expand", (ts, a, kw) -> callRe(ts, "_expand", self(a).pattern, a[0], a[1]));
        m(MATCH, "__copy__", (ts, a, kw) -> a[0]);
        m(MATCH, "__deepcopy__", (ts, a, kw) -> a[0]);
        m(MATCH, "__class_getitem__", (ts, a, kw) -> a[0]);
        prop(MATCH, "string", (ts, a, kw) -> self(a).string);
        prop(MATCH, "re", (ts, a, kw) -> self(a).pattern);
        prop(MATCH, "pos", (ts, a, kw) -> Py.newInt(self(a).pos));
        prop(MATCH, "endpos", (ts, a, kw) -> Py.newInt(self(a).endpos));
        prop(MATCH, "lastindex", (ts, a, kw) -> self(a).lastindex < 0 ? Py.None : Py.newInt(self(a).lastindex));
        prop(MATCH, "lastgroup", (ts, a, kw) -> {
            Match mm = self(a);
            if (mm.lastindex < 0 || mm.lastindex >= mm.pattern.indexgroup.items.length) {
                return Py.None;
            }
            return mm.pattern.indexgroup.items[mm.lastindex];
        });
        prop(MATCH, "regs", (ts, a, kw) -> {
            Match mm = self(a);
            PyObject[] r = new PyObject[mm.regs.length / 2];
            for (int i = 0; i < r.length; i++) {
                r[i] = new PyTuple(Py.newInt(mm.regs[2 * i]), Py.newInt(mm.regs[2 * i + 1]));
            }
            return new PyTuple(r);
        });

        m(SCANNER, "match", (ts, a, kw) -> ((Scanner) a[0]).step(false));
        m(SCANNER, "search", (ts, a, kw) -> ((Scanner) a[0]).step(true));
        m(SCANNER, "__iter__", (ts, a, kw) -> a[0]);
        m(SCANNER, "__next__", (ts, a, kw) -> {
            PyObject r = ((Scanner) a[0]).next(ts);
            if (r == null) {
                throw Py.stopIteration(null);
            }
            return r;
        });
        prop(SCANNER, "pattern", (ts, a, kw) -> ((Scanner) a[0]).pattern);
    }

    static PyModule make() {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("_sre", d);
        d.putStr("MAGIC", Py.newInt(MAGIC));
        d.putStr("CODESIZE", Py.newInt(4));
        d.putStr("MAXREPEAT", Py.newInt(MAXREPEAT));
        d.putStr("MAXGROUPS", Py.newInt(MAXGROUPS));
        Modules.fn(d, "getcodesize", (ts, a, kw) -> Py.newInt(4));
        Modules.fn(d, "ascii_iscased", (ts, a, kw) -> {
            long c = Ops.toInt(ts, a[0]).v;
            return Py.bool(c < 128 && Character.isLetter((int) c));
        });
        Modules.fn(d, "unicode_iscased", (ts, a, kw) -> {
            int c = (int) Ops.toInt(ts, a[0]).v;
            return Py.bool(c != lowerUni(c) || c != upperUni(c));
        });
        Modules.fn(d, "ascii_tolower", (ts, a, kw) -> Py.newInt(lowerAscii((int) Ops.toInt(ts, a[0]).v)));
        Modules.fn(d, "unicode_tolower", (ts, a, kw) -> Py.newInt(lowerUni((int) Ops.toInt(ts, a[0]).v)));
        Modules.fn(d, "setup", (ts, a, kw) -> a[0]);
        Modules.fn(d, "compile", (ts, a, kw) -> {
            PyObject[] p = Args.parse("compile", a, kw,
                    new String[] {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6);
            PyObject[] codeList = Ops.toArray(ts, p[2]);
            int[] code = new int[codeList.length];
            for (int i = 0; i < code.length; i++) {
                code[i] = (int) Ops.toInt(ts, codeList[i]).v;
            }
            PyObject pattern = p[0];
            boolean isBytes = pattern instanceof PyBytes;
            PyDict gi = p[4] instanceof PyDict ? ((PyDict) p[4]).copy() : new PyDict();
            PyTuple ig = p[5] instanceof PyTuple ? (PyTuple) p[5] : new PyTuple(Ops.toArray(ts, p[5]));
            return new Pattern(pattern, (int) Ops.toInt(ts, p[1]).v, code, (int) Ops.toInt(ts, p[3]).v, gi, ig,
                    isBytes);
        });
        d.putStr("Pattern", PATTERN);
        d.putStr("Match", MATCH);
        return mod;
    }
}
