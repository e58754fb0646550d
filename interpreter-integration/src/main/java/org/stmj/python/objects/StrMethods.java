package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;
import static org.stmj.python.objects.Methods.indexRange;
import static org.stmj.python.objects.Methods.selfStr;
import static org.stmj.python.objects.Methods.strArg;

import org.stmj.python.vm.ThreadState;

/** Methods of str. */
final class StrMethods {
    private StrMethods() {
    }

    /** The line boundaries of str.splitlines(): \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029. */
    static boolean isLineBreak(char c) {
        return c <= '\r' ? c >= '\n' : c < 0x1c ? false : c <= 0x1e || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f;
    }

    /**
     * The text int(), float() and complex() parse: s without the whitespace at either end that CPython drops there
     * (its _PyUnicode_TransformDecimalAndSpaceToASCII turns non-ASCII whitespace into spaces and keeps ASCII
     * characters, then only ASCII spaces, tabs and line ends are stripped: '\x1c' stays and makes the text invalid).
     */
    static String numberStrip(String s) {
        return strip(s, false);
    }

    /** s without the ASCII whitespace (C's isspace: space, \t, \n, \v, \f, \r) at either end. */
    static String asciiStrip(String s) {
        return strip(s, true);
    }

    /** s without the whitespace at either end: ASCII's only, or the number parsers' ({@link #isNumberSpace}). */
    private static String strip(String s, boolean asciiOnly) {
        int i = 0, j = s.length();
        while (i < j && (asciiOnly ? isAsciiSpace(s.charAt(i)) : isNumberSpace(s.charAt(i)))) {
            i++;
        }
        while (j > i && (asciiOnly ? isAsciiSpace(s.charAt(j - 1)) : isNumberSpace(s.charAt(j - 1)))) {
            j--;
        }
        return i == 0 && j == s.length() ? s : s.substring(i, j);
    }

    /** Whether c is C's (and CPython's Py_ISSPACE) whitespace: space, \t, \n, \v, \f or \r. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether c is whitespace to the number parsers: ASCII space, \t, \n, \v, \f, \r, or non-ASCII isspace. */
    static boolean isNumberSpace(char c) {
        return c < 128 ? isAsciiSpace(c) : isSpace(c);
    }

    static String strip(String s, PyObject chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (chars == null || chars == Py.None) {
            if (left) {
                while (i < j && isSpace(s.charAt(i))) {
                    i++;
                }
            }
            if (right) {
                while (j > i && isSpace(s.charAt(j - 1))) {
                    j--;
                }
            }
        } else {
            String cs = strArg(chars, "strip arg");
            if (left) {
                while (i < j && cs.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
            }
            if (right) {
                while (j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                    j--;
                }
            }
        }
        return s.substring(i, j);
    }

    /** split's and rsplit's separator (None is handled by the callers): CPython's message names no argument. */
    private static String sepArg(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Py.typeError("must be str or None, not " + o.type().name);
    }

    static PyList split(String s, PyObject sepO, int max) {
        PyList out = new PyList();
        if (sepO == null || sepO == Py.None) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size >= max) {
                    out.append(Py.str(s.substring(i))); // the rest keeps its trailing whitespace, as CPython's
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.append(Py.str(s.substring(i, j)));
                i = j;
            }
            return out;
        }
        String sep = sepArg(sepO);
        if (sep.isEmpty()) {
            throw Py.valueError("empty separator");
        }
        int i = 0;
        while (max < 0 || out.size < max) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(Py.str(s.substring(i, j)));
            i = j + sep.length();
        }
        out.append(Py.str(s.substring(i)));
        return out;
    }

    /**
     * Unicode full case folding, code point by code point: the expansions of upper-casing (\u00df -> ss,
     * \ufb01 -> fi) lower-cased, else the lower case of the upper case (final sigma, long s and micro sign fold to
     * their plain letters); dotless i has no folding, dotted capital I folds to i and a combining dot, capital
     * sharp s to ss, Cherokee to its capitals. Letters newer than the JDK's Unicode tables do not fold.
     */
    /** str.isprintable's test: not in Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except the ASCII space. */
    static boolean printable(int c) {
        if (c < 0x7f) {
            return c >= 0x20;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static String casefold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            String f;
            if (c < 0x80 && !(c >= 'A' && c <= 'Z')) {
                f = null;
            } else if (c == 0x131) {
                f = null;
            } else if (c == 0x130) {
                f = "i\u0307";
            } else if (c == 0x1e9e) {
                f = "ss";
            } else if (c >= 0x13a0 && c <= 0x13f5) {
                // Cherokee folds to its capital letters
                f = null;
            } else if (c >= 0xab70 && c <= 0xabbf || c >= 0x13f8 && c <= 0x13fd) {
                f = new String(Character.toChars(Character.toUpperCase(c)));
            } else {
                String up = s.substring(i, i + n).toUpperCase(java.util.Locale.ROOT);
                if (up.codePointCount(0, up.length()) > 1) {
                    f = up.toLowerCase(java.util.Locale.ROOT);
                } else {
                    int u = Character.toUpperCase(c);
                    int l = Character.toLowerCase(u != c ? u : c);
                    f = l == c ? null : new String(Character.toChars(l));
                }
            }
            if (f != null && sb == null) {
                sb = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (sb != null) {
                if (f == null) {
                    sb.append(s, i, i + n);
                } else {
                    sb.append(f);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    static PyList rsplit(String s, PyObject sepO, int max) {
        if (max < 0) {
            return split(s, sepO, max);
        }
        PyList out = new PyList();
        if (sepO == null || sepO == Py.None) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (out.size >= max) {
                    // the rest keeps its leading whitespace ('  a b c'.rsplit(None, 1) -> ['  a b', 'c'])
                    out.append(Py.str(s.substring(0, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.append(Py.str(s.substring(i, j)));
                j = i;
            }
        } else {
            String sep = sepArg(sepO);
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            int j = s.length();
            while (out.size < max) {
                int i = s.lastIndexOf(sep, j - sep.length());
                if (i < 0) {
                    break;
                }
                out.append(Py.str(s.substring(i + sep.length(), j)));
                j = i;
            }
            out.append(Py.str(s.substring(0, j)));
        }
        for (int i = 0, j = out.size - 1; i < j; i++, j--) { // reversed in place (the array stays the list's)
            PyObject t = out.items[i];
            out.items[i] = out.items[j];
            out.items[j] = t;
        }
        return out;
    }

    /**
     * Char offsets in {@code s} of the optional code point [start, end) arguments at a[from], a[from+1]: clamped
     * like a slice; index 2 of the result is 1 when s has no surrogates (offsets equal code point indexes).
     */
    static int[] charRange(ThreadState ts, PyObject[] a, int from, PyStr ps) {
        String s = ps.value();
        if (a.length <= from) {
            return new int[] {0, s.length(), ps.isBmp() ? 1 : 0, 0};
        }
        int n = ps.isBmp() ? s.length() : ps.cpLen();
        int[] r = indexRange(ts, a, from, n);
        // index 3: 1 when the range is empty before any match, as CPython's ADJUST_INDICES leaves it (a start past
        // the end or past the stop): then not even '' is found ('abc'.find('', 4) == -1, .count('', 4) == 0)
        int empty = r[0] > r[1] || a[from] != Py.None && Ops.asIndex(ts, a[from]) > n ? 1 : 0;
        if (ps.isBmp()) {
            return new int[] {r[0], r[1], 1, empty};
        }
        return new int[] {PyStr.offset(s, r[0]), PyStr.offset(s, r[1]), 0, empty};
    }

    static boolean affix(ThreadState ts, PyObject[] a, boolean start) {
        String s = selfStr(a);
        int[] r = charRange(ts, a, 2, (PyStr) a[0]);
        if (r[3] == 1) {
            affixOf("", a[1], start); // the argument's type is still checked
            return false;
        }
        return affixOf(s.substring(r[0], Math.max(r[0], r[1])), a[1], start);
    }

    /** Whether sub starts (ends) with p, a str or a tuple of str. */
    static boolean affixOf(String sub, PyObject p, boolean start) {
        if (p instanceof PyTuple) {
            for (PyObject x : ((PyTuple) p).items) {
                String q = strArg(x, "tuple item");
                if (start ? sub.startsWith(q) : sub.endsWith(q)) {
                    return true;
                }
            }
            return false;
        }
        if (!(p instanceof PyStr)) {
            throw Py.typeError((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + p.type().name);
        }
        String q = ((PyStr) p).value();
        return start ? sub.startsWith(q) : sub.endsWith(q);
    }

    /** Code point index of sub in the code point range of a[2], a[3], or -1. */
    /** The substring argument of find/index/count: CPython's "must be str, not int". */
    private static String subArg(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Py.typeError("must be str, not " + o.type().name);
    }

    static int find(ThreadState ts, PyObject[] a, boolean rev) {
        String s = selfStr(a);
        String sub = subArg(a[1]);
        int[] r = charRange(ts, a, 2, (PyStr) a[0]);
        if (r[1] - r[0] < sub.length() || r[3] == 1) {
            return -1;
        }
        int i = rev ? s.lastIndexOf(sub, r[1] - sub.length()) : s.indexOf(sub, r[0]);
        if (i < 0 || i < r[0] || i + sub.length() > r[1]) {
            return -1;
        }
        return r[2] == 1 ? i : PyStr.cpIndex(s, i);
    }

    /**
     * A width argument (center, ljust, rjust, zfill), a C ssize_t in CPython: OverflowError beyond it, MemoryError
     * for a width no Java string reaches (CPython's allocation fails), a negative one as 0.
     */
    static int width(ThreadState ts, PyObject o) {
        PyInt i = Ops.toInt(ts, o);
        if (!i.isSmall()) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return Ops.repeatedLength(1, Math.max(0, i.v));
    }

    /** An int argument that CPython converts to a C int (expandtabs' tabsize). */
    static int cInt(PyInt i) {
        if (!i.isSmall() || i.v != (int) i.v) {
            throw Py.overflow("Python int too large to convert to C int");
        }
        return (int) i.v;
    }

    static String justify(ThreadState ts, PyObject[] a, char how) {
        String s = selfStr(a);
        int w = width(ts, a[1]);
        String fill = a.length > 2 ? strArg(a[2], "fill character") : " ";
        if (PyStr.cpLen(fill) != 1) {
            throw Py.typeError("The fill character must be exactly one character long");
        }
        int n = w - PyStr.cpLen(s);
        if (n <= 0) {
            return s;
        }
        if (how == 'l') {
            return s + fill.repeat(n);
        }
        if (how == 'r') {
            return fill.repeat(n) + s;
        }
        int left = n / 2 + (n & w & 1);
        return fill.repeat(left) + s + fill.repeat(n - left);
    }

    static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * str.title: a cased character after a cased one goes to lower case, any other to title case (full mappings:
     * 'ﬁ' -> 'Fi', 'ß' -> 'Ss'; a capital sigma at the end of a word -> 'ς'), as CPython's do_title.
     */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (prevCased) {
                lowerFull(s, i, c, sb);
            } else {
                sb.append(titleFull(c));
            }
            prevCased = isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** str.capitalize (3.8+): the first character in title case, the rest in lower case (full mappings). */
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int c0 = s.codePointAt(0);
        sb.append(titleFull(c0));
        for (int i = Character.charCount(c0); i < s.length();) {
            int c = s.codePointAt(i);
            lowerFull(s, i, c, sb);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** str.swapcase: upper case to lower, lower case to upper (full mappings, final sigma), the rest unchanged. */
    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) {
                lowerFull(s, i, c, sb);
            } else if (Character.isLowerCase(c)) {
                sb.append(new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers and the word-internal punctuation. */
    static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.FORMAT:
            case Character.MODIFIER_LETTER: case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2018
                        || c == 0x2019 || c == 0x2024 || c == 0xfe52 || c == 0xff07 || c == 0xff0e || c == 0x387
                        || c == 0x55f || c == 0x5f4 || c == 0x2027 || c == 0xfe13 || c == 0xfe55 || c == 0xff1a;
        }
    }

    /** Appends the full lower case of s's code point c at index i; a capital sigma ending a word gives 'ς'. */
    static void lowerFull(String s, int i, int c, StringBuilder sb) {
        if (c == 0x3a3) {
            sb.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
        } else if (c < 0x80) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            sb.append(new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** CPython's handle_capital_sigma: a cased letter before (past case-ignorables) and none after. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                if (!isCased(c)) {
                    return false;
                }
                j = -1;
                break;
            }
        }
        if (j != -1) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    /** The full title case of c: Unicode's simple one where it has one, else the full upper case, tail lowered. */
    static String titleFull(int c) {
        if (c < 0x80) {
            return String.valueOf((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        }
        if (c == 0x149) {
            return "\u02bcN";
        }
        int t = Character.toTitleCase(c);
        if (t != Character.toUpperCase(c)) {
            return new String(Character.toChars(t));
        }
        String up = new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
        int first = up.codePointAt(0), n = Character.charCount(first);
        if (n == up.length()) {
            return new String(Character.toChars(t));
        }
        return up.substring(0, n) + up.substring(n).toLowerCase(java.util.Locale.ROOT);
    }

    /** s.replace(old, nw, count), every occurrence for a negative count or none (null). */
    static PyObject replace(ThreadState ts, String s, PyObject oldArg, PyObject nwArg, PyObject count) {
        String old = Args.clinicStr(oldArg, "replace", "1"), nw = Args.clinicStr(nwArg, "replace", "2");
        long max = count != null ? Ops.toInt(ts, count).v : -1;
        if (max < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                for (char c : s.toCharArray()) {
                    sb.append(c).append(nw);
                }
                return Py.str(sb.toString());
            }
            return Py.str(s.replace(old, nw));
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (long k = 0; k < max; k++) {
            int j = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(nw);
            if (old.isEmpty()) {
                if (j < s.length()) {
                    sb.append(s.charAt(j));
                }
                i = j + 1;
            } else {
                i = j + old.length();
            }
        }
        if (i <= s.length()) {
            sb.append(s.substring(Math.min(i, s.length())));
        }
        return Py.str(sb.toString());
    }

    /** sep.join(iterable). */
    static PyObject join(ThreadState ts, String sep, PyObject iterable) {
        if (!(iterable instanceof PyList || iterable instanceof PyTuple)) {
            try {
                iterable = Ops.iter(ts, iterable);
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.TypeError)) {
                    throw Py.typeError("can only join an iterable"); // PySequence_Fast's message
                }
                throw e;
            }
        }
        PyObject[] items = Ops.toArray(ts, iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            if (!(items[i] instanceof PyStr)) {
                throw Py.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name
                        + " found");
            }
            sb.append(((PyStr) items[i]).value());
        }
        return Py.str(sb.toString());
    }

    /** Installs the methods of str. */
    static void install() {
        PyType S = Builtins.STR;
        addMethod(S, "join", (ts, a, kw) -> join(ts, selfStr(a), a[1]), null,
                (ts, self, it) -> join(ts, ((PyStr) self).value(), it), null);
        addMethod(S, "split", (ts, a, kw) -> {
            PyObject[] p = Args.parse("split", a, kw, new String[] {"self", "sep", "maxsplit"}, 1);
            return split(selfStr(p), p[1], p[2] == null ? -1 : (int) Ops.toInt(ts, p[2]).v);
        }, (ts, self) -> split(((PyStr) self).value(), null, -1),
                (ts, self, sep) -> split(((PyStr) self).value(), sep, -1), null);
        addMethod(S, "rsplit", (ts, a, kw) -> {
            PyObject[] p = Args.parse("rsplit", a, kw, new String[] {"self", "sep", "maxsplit"}, 1);
            return rsplit(selfStr(p), p[1], p[2] == null ? -1 : (int) Ops.toInt(ts, p[2]).v);
        });
        addMethod(S, "splitlines", (ts, a, kw) -> {
            PyObject[] p = Args.parse("splitlines", a, kw, new String[] {"self", "keepends"}, 1);
            // clinic's bool(accept={int}): an int or __index__, "'NoneType' object cannot be interpreted as ..."
            boolean keep = p[1] != null && Ops.toInt(ts, p[1]).signum() != 0;
            String s = selfStr(p);
            PyList out = new PyList();
            int i = 0, n = s.length();
            while (i < n) {
                int j = i;
                while (j < n && !isLineBreak(s.charAt(j))) {
                    j++;
                }
                int e = j;
                if (j < n) {
                    if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                        j += 2;
                    } else {
                        j++;
                    }
                }
                out.append(Py.str(s.substring(i, keep ? j : e)));
                i = j;
            }
            return out;
        });
        addMethod(S, "strip", (ts, a, kw) -> Py.str(strip(selfStr(a), a.length > 1 ? a[1] : null, true, true)),
                (ts, self) -> Py.str(strip(((PyStr) self).value(), null, true, true)),
                (ts, self, cs) -> Py.str(strip(((PyStr) self).value(), cs, true, true)), null);
        addMethod(S, "lstrip", (ts, a, kw) -> Py.str(strip(selfStr(a), a.length > 1 ? a[1] : null, true, false)),
                (ts, self) -> Py.str(strip(((PyStr) self).value(), null, true, false)),
                (ts, self, cs) -> Py.str(strip(((PyStr) self).value(), cs, true, false)), null);
        addMethod(S, "rstrip", (ts, a, kw) -> Py.str(strip(selfStr(a), a.length > 1 ? a[1] : null, false, true)),
                (ts, self) -> Py.str(strip(((PyStr) self).value(), null, false, true)),
                (ts, self, cs) -> Py.str(strip(((PyStr) self).value(), cs, false, true)), null);
        addMethod(S, "upper", (ts, a, kw) -> Py.str(selfStr(a).toUpperCase()),
                (ts, self) -> Py.str(((PyStr) self).value().toUpperCase()), null, null);
        addMethod(S, "lower", (ts, a, kw) -> Py.str(selfStr(a).toLowerCase()),
                (ts, self) -> Py.str(((PyStr) self).value().toLowerCase()), null, null);
        addMethod(S, "casefold", (ts, a, kw) -> Py.str(casefold(selfStr(a))));
        addMethod(S, "swapcase", (ts, a, kw) -> Py.str(swapcase(selfStr(a))));
        addMethod(S, "capitalize", (ts, a, kw) -> Py.str(capitalize(selfStr(a))));
        addMethod(S, "title", (ts, a, kw) -> Py.str(title(selfStr(a))));
        addMethod(S, "replace", (ts, a, kw) -> {
            if (kw == null && (a.length < 3 || a.length > 4)) {
                // self is no argument in CPython's count
                throw Py.typeError("replace expected " + (a.length < 3 ? "at least 2 arguments" : "at most 3 arguments")
                        + ", got " + (a.length - 1));
            }
            Args.check("replace", a, kw, 3, 4);
            return replace(ts, selfStr(a), a[1], a[2], a.length > 3 ? a[3] : null);
        }, null, null, (ts, self, old, nw) -> replace(ts, ((PyStr) self).value(), old, nw, null));
        addMethod(S, "find", (ts, a, kw) -> Py.newInt(find(ts, a, false)));
        addMethod(S, "rfind", (ts, a, kw) -> Py.newInt(find(ts, a, true)));
        addMethod(S, "index", (ts, a, kw) -> {
            int i = find(ts, a, false);
            if (i < 0) {
                throw Py.valueError("substring not found");
            }
            return Py.newInt(i);
        });
        addMethod(S, "rindex", (ts, a, kw) -> {
            int i = find(ts, a, true);
            if (i < 0) {
                throw Py.valueError("substring not found");
            }
            return Py.newInt(i);
        });
        addMethod(S, "count", (ts, a, kw) -> {
            String s = selfStr(a), sub = subArg(a[1]);
            int[] r = charRange(ts, a, 2, (PyStr) a[0]);
            if (r[3] == 1) {
                return Py.newInt(0);
            }
            String t = s.substring(r[0], Math.max(r[0], r[1]));
            if (sub.isEmpty()) {
                return Py.newInt(PyStr.cpLen(t) + 1);
            }
            int n = 0;
            for (int i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + sub.length())) {
                n++;
            }
            return Py.newInt(n);
        });
        addMethod(S, "startswith", (ts, a, kw) -> Py.bool(affix(ts, a, true)), null,
                (ts, self, p) -> Py.bool(affixOf(((PyStr) self).value(), p, true)), null);
        addMethod(S, "endswith", (ts, a, kw) -> Py.bool(affix(ts, a, false)), null,
                (ts, self, p) -> Py.bool(affixOf(((PyStr) self).value(), p, false)), null);
        addMethod(S, "isdigit", (ts, a, kw) -> Py.bool(all(selfStr(a), c -> Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
                && Character.getNumericValue(c) <= 9)));
        addMethod(S, "isdecimal",
                (ts, a, kw) -> Py.bool(all(selfStr(a), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)));
        addMethod(S, "isnumeric", (ts, a, kw) -> Py.bool(all(selfStr(a), c -> {
            int t = Character.getType(c);
            return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                    || "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07".indexOf(c)
                    >= 0;
        })));
        addMethod(S, "isalpha", (ts, a, kw) -> Py.bool(all(selfStr(a), Character::isLetter)));
        addMethod(S, "isalnum",
                (ts, a, kw) -> Py.bool(all(selfStr(a), c -> Character.isLetterOrDigit(c) || Character.getType(c)
                == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER)));
        addMethod(S, "isspace", (ts, a, kw) -> Py.bool(all(selfStr(a), c -> isSpace((char) c))));
        addMethod(S, "isupper", (ts, a, kw) -> {
            String s = selfStr(a);
            return Py.bool(s.codePoints().anyMatch(Character::isUpperCase)
                    && s.codePoints().noneMatch(Character::isLowerCase));
        });
        addMethod(S, "islower", (ts, a, kw) -> {
            String s = selfStr(a);
            return Py.bool(s.codePoints().anyMatch(Character::isLowerCase)
                    && s.codePoints().noneMatch(Character::isUpperCase));
        });
        addMethod(S, "istitle", (ts, a, kw) -> {
            String s = selfStr(a);
            return Py.bool(s.chars().anyMatch(Character::isLetter) && title(s).equals(s));
        });
        addMethod(S, "isidentifier", (ts, a, kw) -> {
            String s = selfStr(a);
            // by code point (XID_Start then XID_Continue, approximated by Java's identifier classes), so that
            // letters beyond the BMP count
            return Py.bool(!s.isEmpty()
                    && (Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')
                    && s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c)
                    && !Character.isIdentifierIgnorable(c)));
        });
        addMethod(S, "isprintable", (ts, a, kw) -> Py.bool(selfStr(a).codePoints().allMatch(StrMethods::printable)));
        addMethod(S, "isascii", (ts, a, kw) -> Py.bool(selfStr(a).chars().allMatch(c -> c < 128)));
        addMethod(S, "center", (ts, a, kw) -> Py.str(justify(ts, a, 'c')));
        addMethod(S, "ljust", (ts, a, kw) -> Py.str(justify(ts, a, 'l')));
        addMethod(S, "rjust", (ts, a, kw) -> Py.str(justify(ts, a, 'r')));
        addMethod(S, "zfill", (ts, a, kw) -> {
            String s = selfStr(a);
            int w = width(ts, a[1]);
            int n = PyStr.cpLen(s);
            if (n >= w) {
                return Py.str(s);
            }
            String sign = "";
            if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
                sign = s.substring(0, 1);
                s = s.substring(1);
            }
            return Py.str(sign + "0".repeat(w - n) + s);
        });
        addMethod(S, "format",
                (ts, a, kw) -> Py.str(Formatter.strFormat(ts, selfStr(a), java.util.Arrays.copyOfRange(a, 1, a.length),
                kw)));
        addMethod(S, "format_map", 1, 1, (ts, a, kw) -> {
            if (!(a[1] instanceof PyDict) || a[1].type().heap) {
                // any mapping: look up (by __getitem__, so __missing__ applies) the field names the format uses
                java.util.regex.Matcher fm = java.util.regex.Pattern.compile("\\{([^{}!:\\[.]+)")
                        .matcher(selfStr(a));
                PyList names = new PyList();
                PyList vals = new PyList();
                while (fm.find()) {
                    if (fm.start() > 0 && selfStr(a).charAt(fm.start() - 1) == '{') {
                        continue;
                    }
                    PyStr k = Py.str(fm.group(1));
                    names.append(k);
                    vals.append(Ops.getitem(ts, a[1], k));
                }
                String[] ns = new String[names.size];
                for (int i = 0; i < ns.length; i++) {
                    ns[i] = ((PyStr) names.items[i]).value();
                }
                return Py.str(Formatter.strFormat(ts, selfStr(a), vals.toArray(), ns));
            }
            PyDict dd = (PyDict) a[1];
            PyObject[] ks = dd.keysArray();
            PyObject[] args = new PyObject[ks.length];
            String[] names = new String[ks.length];
            for (int i = 0; i < ks.length; i++) {
                names[i] = Ops.str(ts, ks[i]);
                args[i] = dd.get(ts, ks[i]);
            }
            return Py.str(Formatter.strFormat(ts, selfStr(a), args, names));
        });
        addMethod(S, "partition", (ts, a, kw) -> {
            String s = selfStr(a), sep = strArg(a[1], ""); // PyUnicode_Partition's "must be str, not int"
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            int i = s.indexOf(sep);
            if (i < 0) {
                return new PyTuple(Py.str(s), Py.str(""), Py.str(""));
            }
            return new PyTuple(Py.str(s.substring(0, i)), Py.str(sep), Py.str(s.substring(i + sep.length())));
        });
        addMethod(S, "rpartition", (ts, a, kw) -> {
            String s = selfStr(a), sep = strArg(a[1], ""); // PyUnicode_Partition's "must be str, not int"
            if (sep.isEmpty()) {
                throw Py.valueError("empty separator");
            }
            int i = s.lastIndexOf(sep);
            if (i < 0) {
                return new PyTuple(Py.str(""), Py.str(""), Py.str(s));
            }
            return new PyTuple(Py.str(s.substring(0, i)), Py.str(sep), Py.str(s.substring(i + sep.length())));
        });
        addMethod(S, "encode", (ts, a, kw) -> {
            PyObject[] p = Args.parse("encode", a, kw, new String[] {"self", "encoding", "errors"}, 1);
            for (int i = 1; i <= 2; i++) {
                if (p[i] != null && !(p[i] instanceof PyStr)) {
                    throw Py.typeError("encode() argument '" + (i == 1 ? "encoding" : "errors") + "' must be str, not "
                            + (p[i] == Py.None ? "None" : p[i].type().name));
                }
            }
            String enc = p[1] == null ? "utf-8" : Ops.str(ts, p[1]);
            String errors = p[2] == null ? "strict" : Ops.str(ts, p[2]);
            return Codecs.encode(ts, selfStr(p), enc, errors);
        });
        addMethod(S, "expandtabs", (ts, a, kw) -> {
            int tab = a.length > 1 ? cInt(Ops.toInt(ts, a[1])) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : selfStr(a).toCharArray()) {
                if (c == '\t') {
                    int n = tab > 0 ? tab - col % tab : 0;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return Py.str(sb.toString());
        });
        addMethod(S, "removeprefix", (ts, a, kw) -> {
            String s = selfStr(a), p = Args.clinicStr(a[1], "removeprefix", "");
            return Py.str(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        addMethod(S, "removesuffix", (ts, a, kw) -> {
            String s = selfStr(a), p = Args.clinicStr(a[1], "removesuffix", "");
            return Py.str(s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s);
        });
        addStaticMethod(S, "maketrans", (ts, a, kw) -> {
            PyDict dd = new PyDict();
            if (a.length == 1) {
                if (!(a[0] instanceof PyDict)) {
                    throw Py.typeError("if you give only one argument to maketrans it must be a dict");
                }
                PyDict src = (PyDict) a[0];
                for (PyObject k : src.keysArray()) {
                    if (k instanceof PyStr && PyStr.cpLen(((PyStr) k).value()) != 1) {
                        throw Py.valueError("string keys in translate table must be of length 1");
                    }
                    if (!(k instanceof PyStr) && !(k instanceof PyInt)) {
                        throw Py.typeError("keys in translate table must be strings or integers");
                    }
                    PyObject key = k instanceof PyStr ? Py.newInt(((PyStr) k).value().codePointAt(0)) : k;
                    dd.put(ts, key, src.get(ts, k));
                }
                return dd;
            }
            // clinic converts y and z first; x is checked by the body
            String y = Args.clinicStr(a[1], "maketrans", "2");
            String z = a.length > 2 ? Args.clinicStr(a[2], "maketrans", "3") : "";
            if (!(a[0] instanceof PyStr)) {
                throw Py.typeError("first maketrans argument must be a string if there is a second argument");
            }
            String x = ((PyStr) a[0]).value();
            int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
            if (xs.length != ys.length) {
                throw Py.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < xs.length; i++) {
                dd.put(ts, Py.newInt(xs[i]), Py.newInt(ys[i]));
            }
            if (a.length > 2) {
                for (int c : z.codePoints().toArray()) {
                    dd.put(ts, Py.newInt(c), Py.None);
                }
            }
            return dd;
        });
        addMethod(S, "translate", (ts, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : selfStr(a).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Ops.getitem(ts, a[1], Py.newInt(c));
                } catch (PyException e) {
                    if (!e.exc.isInstance(Exc.LookupError)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == Py.None) {
                    continue;
                }
                if (r instanceof PyInt) {
                    PyInt cp = (PyInt) r;
                    if (!cp.isSmall() || cp.v < 0 || cp.v > 0x10FFFF) {
                        throw Py.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) cp.v);
                } else {
                    sb.append(Ops.str(ts, r));
                }
            }
            return Py.str(sb.toString());
        });
        addMethod(S, "__len__", (ts, a, kw) -> Py.newInt(PyStr.cpLen(selfStr(a))));
        addMethod(S, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        addMethod(S, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        addMethod(S, "__add__", (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.ADD, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(S, "__mod__", (ts, a, kw) -> Py.str(Formatter.percent(ts, selfStr(a), a[1])));
        addMethod(S, "__str__", (ts, a, kw) -> Py.str(selfStr(a)));
    }
}
