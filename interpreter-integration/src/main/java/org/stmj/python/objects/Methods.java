package org.stmj.python.objects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.stmj.python.vm.ThreadState;

/** Methods of the built-in types, installed into their dicts at start-up. */
final class Methods {
    private Methods() {
    }

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static void cm(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyClassMethod(new PyBuiltin(name, f)));
    }

    static void sm(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyStaticMethod(new PyBuiltin(name, f)));
    }

    static String s(PyObject[] a) {
        if (!(a[0] instanceof PyStr)) throw Py.typeError("descriptor requires a 'str' object but received a '" + a[0].type().name + "'");
        return ((PyStr) a[0]).value;
    }

    static String sarg(PyObject o, String what) {
        if (o instanceof PyStr) return ((PyStr) o).value;
        throw Py.typeError(what + " must be str, not " + o.type().name);
    }

    static PyList l(PyObject[] a) {
        return (PyList) a[0];
    }

    static PyDict d(PyObject[] a) {
        return (PyDict) a[0];
    }

    static PySet st(PyObject[] a) {
        return (PySet) a[0];
    }

    static int[] range(ThreadState ts, PyObject[] a, int from, int n) {
        int lo = 0, hi = n;
        if (a.length > from && a[from] != Py.None) {
            long v = Ops.asIndex(ts, a[from]);
            if (v < 0) v = Math.max(0, v + n);
            lo = (int) Math.min(v, n);
        }
        if (a.length > from + 1 && a[from + 1] != Py.None) {
            long v = Ops.asIndex(ts, a[from + 1]);
            if (v < 0) v = Math.max(0, v + n);
            hi = (int) Math.min(v, n);
        }
        return new int[] {lo, hi};
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
                PyException ex = Py.raise(Exc.UnicodeEncodeError, "'" + enc + "' codec can't encode character '\\u" + String.format("%04x", (int) c)
                        + "' in position " + i + ": ordinal not in range(" + (enc.toLowerCase().startsWith("ascii") ? 128 : 256) + ")");
                PyDict at = ex.exc.attrs();
                at.putStr("encoding", Py.str(enc));
                at.putStr("object", Py.str(s));
                at.putStr("start", Py.newInt(i));
                at.putStr("end", Py.newInt(i + 1));
                at.putStr("reason", Py.str("ordinal not in range(" + (enc.toLowerCase().startsWith("ascii") ? 128 : 256) + ")"));
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

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f;
    }

    static String strip(String s, PyObject chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (chars == null || chars == Py.None) {
            if (left) while (i < j && isSpace(s.charAt(i))) i++;
            if (right) while (j > i && isSpace(s.charAt(j - 1))) j--;
        } else {
            String cs = sarg(chars, "strip arg");
            if (left) while (i < j && cs.indexOf(s.charAt(i)) >= 0) i++;
            if (right) while (j > i && cs.indexOf(s.charAt(j - 1)) >= 0) j--;
        }
        return s.substring(i, j);
    }

    static PyList split(String s, PyObject sepO, int max) {
        PyList out = new PyList();
        if (sepO == null || sepO == Py.None) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
                if (max >= 0 && out.size >= max) {
                    int e = n;
                    while (e > i && isSpace(s.charAt(e - 1))) e--;
                    out.append(Py.str(s.substring(i, e)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                out.append(Py.str(s.substring(i, j)));
                i = j;
            }
            return out;
        }
        String sep = sarg(sepO, "sep");
        if (sep.isEmpty()) throw Py.valueError("empty separator");
        int i = 0;
        while (max < 0 || out.size < max) {
            int j = s.indexOf(sep, i);
            if (j < 0) break;
            out.append(Py.str(s.substring(i, j)));
            i = j + sep.length();
        }
        out.append(Py.str(s.substring(i)));
        return out;
    }

    static PyList rsplit(String s, PyObject sepO, int max) {
        if (max < 0) return split(s, sepO, max);
        PyList out = new PyList();
        if (sepO == null || sepO == Py.None) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                if (j <= 0) break;
                if (out.size >= max) {
                    int b = 0;
                    while (b < j && isSpace(s.charAt(b))) b++;
                    out.append(Py.str(s.substring(b, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
                out.append(Py.str(s.substring(i, j)));
                j = i;
            }
        } else {
            String sep = sarg(sepO, "sep");
            if (sep.isEmpty()) throw Py.valueError("empty separator");
            int j = s.length();
            while (out.size < max) {
                int i = s.lastIndexOf(sep, j - sep.length());
                if (i < 0) break;
                out.append(Py.str(s.substring(i + sep.length(), j)));
                j = i;
            }
            out.append(Py.str(s.substring(0, j)));
        }
        java.util.Collections.reverse(java.util.Arrays.asList(out.items).subList(0, out.size));
        return out;
    }

    /**
     * Char offsets in {@code s} of the optional code point [start, end) arguments at a[from], a[from+1]: clamped
     * like a slice; index 2 of the result is 1 when s has no surrogates (offsets equal code point indexes).
     */
    static int[] charRange(ThreadState ts, PyObject[] a, int from, PyStr ps) {
        String s = ps.value;
        if (a.length <= from) return new int[] {0, s.length(), ps.isBmp() ? 1 : 0};
        if (ps.isBmp()) {
            int[] r = range(ts, a, from, s.length());
            return new int[] {r[0], r[1], 1};
        }
        int[] r = range(ts, a, from, ps.cpLen());
        return new int[] {PyStr.offset(s, r[0]), PyStr.offset(s, r[1]), 0};
    }

    static boolean affix(ThreadState ts, PyObject[] a, boolean start) {
        String s = s(a);
        int[] r = charRange(ts, a, 2, (PyStr) a[0]);
        String sub = s.substring(r[0], Math.max(r[0], r[1]));
        PyObject p = a[1];
        if (p instanceof PyTuple) {
            for (PyObject x : ((PyTuple) p).items) {
                String q = sarg(x, "tuple item");
                if (start ? sub.startsWith(q) : sub.endsWith(q)) return true;
            }
            return false;
        }
        if (!(p instanceof PyStr))
            throw Py.typeError((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not " + p.type().name);
        String q = ((PyStr) p).value;
        return start ? sub.startsWith(q) : sub.endsWith(q);
    }

    /** Code point index of sub in the code point range of a[2], a[3], or -1. */
    static int find(ThreadState ts, PyObject[] a, boolean rev) {
        String s = s(a);
        String sub = sarg(a[1], "must be str");
        int[] r = charRange(ts, a, 2, (PyStr) a[0]);
        if (r[1] - r[0] < sub.length()) return -1;
        int i = rev ? s.lastIndexOf(sub, r[1] - sub.length()) : s.indexOf(sub, r[0]);
        if (i < 0 || i < r[0] || i + sub.length() > r[1]) return -1;
        return r[2] == 1 ? i : PyStr.cpIndex(s, i);
    }

    static String justify(ThreadState ts, PyObject[] a, char how) {
        String s = s(a);
        int w = (int) Ops.toInt(ts, a[1]).v;
        String fill = a.length > 2 ? sarg(a[2], "fill character") : " ";
        if (PyStr.cpLen(fill) != 1) throw Py.typeError("The fill character must be exactly one character long");
        int n = w - PyStr.cpLen(s);
        if (n <= 0) return s;
        if (how == 'l') return s + fill.repeat(n);
        if (how == 'r') return fill.repeat(n) + s;
        int left = n / 2 + (n & w & 1);
        return fill.repeat(left) + s + fill.repeat(n - left);
    }

    static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
                prevCased = true;
            } else {
                sb.append(c);
                prevCased = false;
            }
        }
        return sb.toString();
    }

    static void install() {
        PyType S = Builtins.STR;
        m(S, "join", (ts, a, kw) -> {
            String sep = s(a);
            PyObject[] items = Ops.toArray(ts, a[1]);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(sep);
                if (!(items[i] instanceof PyStr))
                    throw Py.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
                sb.append(((PyStr) items[i]).value);
            }
            return Py.str(sb.toString());
        });
        m(S, "split", (ts, a, kw) -> {
            PyObject[] p = Args.parse("split", a, kw, new String[] {"self", "sep", "maxsplit"}, 1);
            return split(s(p), p[1], p[2] == null ? -1 : (int) Ops.toInt(ts, p[2]).v);
        });
        m(S, "rsplit", (ts, a, kw) -> {
            PyObject[] p = Args.parse("rsplit", a, kw, new String[] {"self", "sep", "maxsplit"}, 1);
            return rsplit(s(p), p[1], p[2] == null ? -1 : (int) Ops.toInt(ts, p[2]).v);
        });
        m(S, "splitlines", (ts, a, kw) -> {
            PyObject[] p = Args.parse("splitlines", a, kw, new String[] {"self", "keepends"}, 1);
            boolean keep = p[1] != null && Ops.truth(ts, p[1]);
            String s = s(p);
            PyList out = new PyList();
            int i = 0, n = s.length();
            while (i < n) {
                int j = i;
                while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(s.charAt(j)) < 0) j++;
                int e = j;
                if (j < n) {
                    if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2;
                    else j++;
                }
                out.append(Py.str(s.substring(i, keep ? j : e)));
                i = j;
            }
            return out;
        });
        m(S, "strip", (ts, a, kw) -> Py.str(strip(s(a), a.length > 1 ? a[1] : null, true, true)));
        m(S, "lstrip", (ts, a, kw) -> Py.str(strip(s(a), a.length > 1 ? a[1] : null, true, false)));
        m(S, "rstrip", (ts, a, kw) -> Py.str(strip(s(a), a.length > 1 ? a[1] : null, false, true)));
        m(S, "upper", (ts, a, kw) -> Py.str(s(a).toUpperCase()));
        m(S, "lower", (ts, a, kw) -> Py.str(s(a).toLowerCase()));
        m(S, "casefold", (ts, a, kw) -> Py.str(s(a).toLowerCase()));
        m(S, "swapcase", (ts, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (char c : s(a).toCharArray())
                sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            return Py.str(sb.toString());
        });
        m(S, "capitalize", (ts, a, kw) -> {
            String s = s(a);
            return Py.str(s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase());
        });
        m(S, "title", (ts, a, kw) -> Py.str(title(s(a))));
        m(S, "replace", (ts, a, kw) -> {
            Args.check("replace", a, kw, 3, 4);
            String s = s(a), old = sarg(a[1], "replace() argument 1"), nw = sarg(a[2], "replace() argument 2");
            long max = a.length > 3 ? Ops.toInt(ts, a[3]).v : -1;
            if (max < 0) {
                if (old.isEmpty()) {
                    StringBuilder sb = new StringBuilder(nw);
                    for (char c : s.toCharArray()) sb.append(c).append(nw);
                    return Py.str(sb.toString());
                }
                return Py.str(s.replace(old, nw));
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (long k = 0; k < max; k++) {
                int j = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
                if (j < 0) break;
                sb.append(s, i, j).append(nw);
                if (old.isEmpty()) {
                    if (j < s.length()) sb.append(s.charAt(j));
                    i = j + 1;
                } else i = j + old.length();
            }
            if (i <= s.length()) sb.append(s.substring(Math.min(i, s.length())));
            return Py.str(sb.toString());
        });
        m(S, "find", (ts, a, kw) -> Py.newInt(find(ts, a, false)));
        m(S, "rfind", (ts, a, kw) -> Py.newInt(find(ts, a, true)));
        m(S, "index", (ts, a, kw) -> {
            int i = find(ts, a, false);
            if (i < 0) throw Py.valueError("substring not found");
            return Py.newInt(i);
        });
        m(S, "rindex", (ts, a, kw) -> {
            int i = find(ts, a, true);
            if (i < 0) throw Py.valueError("substring not found");
            return Py.newInt(i);
        });
        m(S, "count", (ts, a, kw) -> {
            String s = s(a), sub = sarg(a[1], "must be str");
            int[] r = charRange(ts, a, 2, (PyStr) a[0]);
            String t = s.substring(r[0], Math.max(r[0], r[1]));
            if (sub.isEmpty()) return Py.newInt(PyStr.cpLen(t) + 1);
            int n = 0;
            for (int i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + sub.length())) n++;
            return Py.newInt(n);
        });
        m(S, "startswith", (ts, a, kw) -> Py.bool(affix(ts, a, true)));
        m(S, "endswith", (ts, a, kw) -> Py.bool(affix(ts, a, false)));
        m(S, "isdigit", (ts, a, kw) -> Py.bool(all(s(a), c -> Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9)));
        m(S, "isdecimal", (ts, a, kw) -> Py.bool(all(s(a), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)));
        m(S, "isnumeric", (ts, a, kw) -> Py.bool(all(s(a), c -> {
            int t = Character.getType(c);
            return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                    || "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07".indexOf(c) >= 0;
        })));
        m(S, "isalpha", (ts, a, kw) -> Py.bool(all(s(a), Character::isLetter)));
        m(S, "isalnum", (ts, a, kw) -> Py.bool(all(s(a), c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER)));
        m(S, "isspace", (ts, a, kw) -> Py.bool(all(s(a), c -> isSpace((char) c))));
        m(S, "isupper", (ts, a, kw) -> {
            String s = s(a);
            return Py.bool(s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase));
        });
        m(S, "islower", (ts, a, kw) -> {
            String s = s(a);
            return Py.bool(s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase));
        });
        m(S, "istitle", (ts, a, kw) -> {
            String s = s(a);
            return Py.bool(s.chars().anyMatch(Character::isLetter) && title(s).equals(s));
        });
        m(S, "isidentifier", (ts, a, kw) -> {
            String s = s(a);
            return Py.bool(!s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')
                    && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
        });
        m(S, "isprintable", (ts, a, kw) -> Py.bool(s(a).chars().allMatch(c -> c >= 0x20 && c != 0x7f)));
        m(S, "isascii", (ts, a, kw) -> Py.bool(s(a).chars().allMatch(c -> c < 128)));
        m(S, "center", (ts, a, kw) -> Py.str(justify(ts, a, 'c')));
        m(S, "ljust", (ts, a, kw) -> Py.str(justify(ts, a, 'l')));
        m(S, "rjust", (ts, a, kw) -> Py.str(justify(ts, a, 'r')));
        m(S, "zfill", (ts, a, kw) -> {
            String s = s(a);
            int w = (int) Ops.toInt(ts, a[1]).v;
            int n = PyStr.cpLen(s);
            if (n >= w) return Py.str(s);
            String sign = "";
            if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
                sign = s.substring(0, 1);
                s = s.substring(1);
            }
            return Py.str(sign + "0".repeat(w - n) + s);
        });
        m(S, "format", (ts, a, kw) -> Py.str(Formatter.strFormat(ts, s(a), java.util.Arrays.copyOfRange(a, 1, a.length), kw)));
        m(S, "format_map", (ts, a, kw) -> {
            PyDict dd = (PyDict) a[1];
            PyObject[] ks = dd.keysArray();
            PyObject[] args = new PyObject[ks.length];
            String[] names = new String[ks.length];
            for (int i = 0; i < ks.length; i++) {
                names[i] = Ops.str(ts, ks[i]);
                args[i] = dd.get(ts, ks[i]);
            }
            return Py.str(Formatter.strFormat(ts, s(a), args, names));
        });
        m(S, "partition", (ts, a, kw) -> {
            String s = s(a), sep = sarg(a[1], "sep");
            int i = s.indexOf(sep);
            if (i < 0) return new PyTuple(Py.str(s), Py.str(""), Py.str(""));
            return new PyTuple(Py.str(s.substring(0, i)), Py.str(sep), Py.str(s.substring(i + sep.length())));
        });
        m(S, "rpartition", (ts, a, kw) -> {
            String s = s(a), sep = sarg(a[1], "sep");
            int i = s.lastIndexOf(sep);
            if (i < 0) return new PyTuple(Py.str(""), Py.str(""), Py.str(s));
            return new PyTuple(Py.str(s.substring(0, i)), Py.str(sep), Py.str(s.substring(i + sep.length())));
        });
        m(S, "encode", (ts, a, kw) -> {
            PyObject[] p = Args.parse("encode", a, kw, new String[] {"self", "encoding", "errors"}, 1);
            String enc = p[1] == null ? "utf-8" : Ops.str(ts, p[1]);
            String errors = p[2] == null ? "strict" : Ops.str(ts, p[2]);
            return new PyBytes(encode(s(p), enc, errors), false);
        });
        m(S, "expandtabs", (ts, a, kw) -> {
            int tab = a.length > 1 ? (int) Ops.toInt(ts, a[1]).v : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(a).toCharArray()) {
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
        m(S, "removeprefix", (ts, a, kw) -> {
            String s = s(a), p = sarg(a[1], "prefix");
            return Py.str(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        m(S, "removesuffix", (ts, a, kw) -> {
            String s = s(a), p = sarg(a[1], "suffix");
            return Py.str(s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s);
        });
        sm(S, "maketrans", (ts, a, kw) -> {
            PyDict dd = new PyDict();
            if (a.length == 1) {
                PyDict src = (PyDict) a[0];
                for (PyObject k : src.keysArray()) {
                    PyObject key = k instanceof PyStr ? Py.newInt(((PyStr) k).value.codePointAt(0)) : k;
                    dd.put(ts, key, src.get(ts, k));
                }
                return dd;
            }
            String x = sarg(a[0], "x"), y = sarg(a[1], "y");
            int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
            if (xs.length != ys.length) throw Py.valueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < xs.length; i++) dd.put(ts, Py.newInt(xs[i]), Py.newInt(ys[i]));
            if (a.length > 2) for (int c : sarg(a[2], "z").codePoints().toArray()) dd.put(ts, Py.newInt(c), Py.None);
            return dd;
        });
        m(S, "translate", (ts, a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : s(a).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Ops.getitem(ts, a[1], Py.newInt(c));
                } catch (PyException e) {
                    if (!e.exc.isInstance(Exc.LookupError)) throw e;
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == Py.None) continue;
                if (r instanceof PyInt) sb.appendCodePoint((int) ((PyInt) r).v);
                else sb.append(Ops.str(ts, r));
            }
            return Py.str(sb.toString());
        });
        m(S, "__len__", (ts, a, kw) -> Py.newInt(PyStr.cpLen(s(a))));
        m(S, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        m(S, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        m(S, "__add__", (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.ADD, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
        m(S, "__mod__", (ts, a, kw) -> Py.str(Formatter.percent(ts, s(a), a[1])));
        m(S, "__str__", (ts, a, kw) -> Py.str(s(a)));

        installList();
        installDict();
        installDunders();
        installSet();
        installNumbers();
        installObject();
    }

    /** Explicitly callable dunders of the built-in types (int.__add__, str.__eq__, ...), and int/str/float __new__. */
    static void installDunders() {
        PyType[] types = {Builtins.INT, Builtins.BOOL, Builtins.FLOAT, Builtins.COMPLEX, Builtins.STR, Builtins.LIST,
            Builtins.TUPLE, Builtins.SET, Builtins.FROZENSET, Builtins.DICT, Builtins.BYTES};
        for (PyType t : types) {
            for (int op = 0; op < 13; op++) {
                int o = op;
                if (t.dict.getStr(Ops.BIN_DUNDER[op]) == null) m(t, Ops.BIN_DUNDER[op], (ts, a, kw) -> {
                    PyObject r = Ops.builtinBinary(ts, o, a[0], a[1]);
                    return r == null ? Py.NotImplemented : r;
                });
                m(t, Ops.BIN_RDUNDER[op], (ts, a, kw) -> {
                    PyObject r = Ops.builtinBinary(ts, o, a[1], a[0]);
                    return r == null ? Py.NotImplemented : r;
                });
            }
            for (int op = 0; op < 6; op++) {
                int o = op;
                if (t.dict.getStr(Ops.CMP_DUNDER[op]) == null) m(t, Ops.CMP_DUNDER[op], (ts, a, kw) -> {
                    PyObject r = a[0].richcmp(ts, a[1], o);
                    return r == null ? Py.NotImplemented : r;
                });
            }
            if (t.dict.getStr("__hash__") == null) m(t, "__hash__", (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
            if (t.dict.getStr("__repr__") == null) m(t, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
            if (t.dict.getStr("__str__") == null) m(t, "__str__", (ts, a, kw) -> Py.str(a[0].str(ts)));
            if (t.dict.getStr("__bool__") == null && t != Builtins.LIST && t != Builtins.DICT && t != Builtins.TUPLE && t != Builtins.STR && t != Builtins.SET && t != Builtins.FROZENSET && t != Builtins.BYTES)
                m(t, "__bool__", (ts, a, kw) -> Py.bool(a[0].truth(ts)));
            if (t.dict.getStr("__len__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT && t != Builtins.COMPLEX)
                m(t, "__len__", (ts, a, kw) -> Py.newInt(a[0].len(ts)));
            if (t.dict.getStr("__iter__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT && t != Builtins.COMPLEX)
                m(t, "__iter__", (ts, a, kw) -> a[0].iter(ts));
            if (t.dict.getStr("__getitem__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT && t != Builtins.COMPLEX && t != Builtins.SET && t != Builtins.FROZENSET)
                m(t, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
            if (t.dict.getStr("__contains__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT && t != Builtins.COMPLEX)
                m(t, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        }
        for (PyType t : new PyType[] {Builtins.LIST, Builtins.DICT, Builtins.SET, Builtins.BYTEARRAY}) t.dict.putStr("__hash__", Py.None);
        for (PyType t : new PyType[] {Builtins.INT, Builtins.FLOAT, Builtins.COMPLEX}) {
            m(t, "__neg__", (ts, a, kw) -> Ops.neg(ts, a[0]));
            m(t, "__pos__", (ts, a, kw) -> Ops.pos(ts, a[0]));
            m(t, "__abs__", (ts, a, kw) -> Ops.abs(ts, a[0]));
            m(t, "__format__", (ts, a, kw) -> Py.str(Formatter.format(ts, a[0], ((PyStr) a[1]).value)));
        }
        m(Builtins.INT, "__invert__", (ts, a, kw) -> Ops.invert(ts, a[0]));
        m(Builtins.INT, "__round__", (ts, a, kw) -> Builtins.round(ts, a[0], a.length > 1 ? a[1] : null));
        m(Builtins.FLOAT, "__round__", (ts, a, kw) -> Builtins.round(ts, a[0], a.length > 1 ? a[1] : null));
        m(Builtins.STR, "__format__", (ts, a, kw) -> Py.str(Formatter.format(ts, Py.str(((PyStr) a[0]).value), ((PyStr) a[1]).value)));
        sm(Builtins.INT, "__new__", (ts, a, kw) -> Builtins.INT.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        sm(Builtins.STR, "__new__", (ts, a, kw) -> Builtins.STR.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        sm(Builtins.FLOAT, "__new__", (ts, a, kw) -> Builtins.FLOAT.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        sm(Builtins.LIST, "__new__", (ts, a, kw) -> Builtins.LIST.ctor.make(ts, (PyType) a[0], Py.EMPTY, null));
        sm(Builtins.DICT, "__new__", (ts, a, kw) -> Builtins.DICT.ctor.make(ts, (PyType) a[0], Py.EMPTY, null));
        sm(Builtins.SET, "__new__", (ts, a, kw) -> Builtins.SET.ctor.make(ts, (PyType) a[0], Py.EMPTY, null));
    }

    static void installList() {
        PyType L = Builtins.LIST;
        m(L, "append", (ts, a, kw) -> {
            Args.check("append", a, kw, 2, 2);
            l(a).append(a[1]);
            return Py.None;
        });
        m(L, "extend", (ts, a, kw) -> {
            l(a).extend(ts, a[1]);
            return Py.None;
        });
        m(L, "insert", (ts, a, kw) -> {
            Args.check("insert", a, kw, 3, 3);
            long i = Ops.asIndex(ts, a[1]);
            l(a).insert((int) Math.max(Integer.MIN_VALUE / 2, Math.min(i, Integer.MAX_VALUE / 2)), a[2]);
            return Py.None;
        });
        m(L, "pop", (ts, a, kw) -> l(a).pop(a.length > 1 ? (int) Ops.asIndex(ts, a[1]) : -1));
        m(L, "remove", (ts, a, kw) -> {
            PyList l = l(a);
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == a[1] || Ops.eq(ts, l.items[i], a[1])) {
                    l.pop(i);
                    return Py.None;
                }
            }
            throw Py.valueError("list.remove(x): x not in list");
        });
        m(L, "index", (ts, a, kw) -> {
            PyList l = l(a);
            int[] r = range(ts, a, 2, l.size);
            for (int i = r[0]; i < Math.min(r[1], l.size); i++) if (l.items[i] == a[1] || Ops.eq(ts, l.items[i], a[1])) return Py.newInt(i);
            throw Py.valueError(Ops.repr(ts, a[1]) + " is not in list");
        });
        m(L, "count", (ts, a, kw) -> {
            PyList l = l(a);
            int n = 0;
            for (int i = 0; i < l.size; i++) if (l.items[i] == a[1] || Ops.eq(ts, l.items[i], a[1])) n++;
            return Py.newInt(n);
        });
        m(L, "reverse", (ts, a, kw) -> {
            PyList l = l(a);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject t = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = t;
            }
            return Py.None;
        });
        m(L, "sort", (ts, a, kw) -> {
            sort(ts, l(a), java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        m(L, "copy", (ts, a, kw) -> new PyList(l(a).toArray()));
        m(L, "clear", (ts, a, kw) -> {
            PyList l = l(a);
            l.items = new PyObject[4];
            l.size = 0;
            return Py.None;
        });
        m(L, "__init__", (ts, a, kw) -> {
            l(a).initFrom(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        m(L, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        m(L, "__setitem__", (ts, a, kw) -> {
            a[0].setitem(ts, a[1], a[2]);
            return Py.None;
        });
        m(L, "__delitem__", (ts, a, kw) -> {
            a[0].delitem(ts, a[1]);
            return Py.None;
        });
        m(L, "__len__", (ts, a, kw) -> Py.newInt(l(a).size));
        m(L, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        m(L, "__iter__", (ts, a, kw) -> a[0].iter(ts));
        m(L, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        m(L, "__eq__", (ts, a, kw) -> {
            PyObject r = a[0].richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        m(L, "__add__", (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.ADD, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
        m(L, "__iadd__", (ts, a, kw) -> {
            l(a).extend(ts, a[1]);
            return a[0];
        });
        PyType T = Builtins.TUPLE;
        m(T, "index", (ts, a, kw) -> {
            PyObject[] it = ((PyTuple) a[0]).items;
            int[] r = range(ts, a, 2, it.length);
            for (int i = r[0]; i < r[1]; i++) if (it[i] == a[1] || Ops.eq(ts, it[i], a[1])) return Py.newInt(i);
            throw Py.valueError("tuple.index(x): x not in tuple");
        });
        m(T, "count", (ts, a, kw) -> {
            int n = 0;
            for (PyObject x : ((PyTuple) a[0]).items) if (x == a[1] || Ops.eq(ts, x, a[1])) n++;
            return Py.newInt(n);
        });
        sm(T, "__new__", (ts, a, kw) -> {
            PyType cls = (PyType) a[0];
            PyTuple t = new PyTuple(a.length > 1 ? Ops.toArray(ts, a[1]).clone() : Py.EMPTY);
            t.type = cls;
            return t;
        });
        m(T, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        m(T, "__len__", (ts, a, kw) -> Py.newInt(((PyTuple) a[0]).items.length));
        m(T, "__iter__", (ts, a, kw) -> a[0].iter(ts));
        m(T, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        m(T, "__eq__", (ts, a, kw) -> {
            PyObject r = a[0].richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        m(T, "__hash__", (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
        m(T, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
    }

    /** list.sort: stable; key and reverse keyword arguments. */
    static void sort(ThreadState ts, PyList l, PyObject[] a, String[] kw) {
        PyObject key = null;
        boolean reverse = false;
        int np = a.length - (kw == null ? 0 : kw.length);
        if (np > 0) throw Py.typeError("sort() takes no positional arguments");
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("key")) key = a[np + i];
                else if (kw[i].equals("reverse")) reverse = Ops.truth(ts, a[np + i]);
                else throw Py.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
            }
        }
        if (key == Py.None) key = null;
        int n = l.size;
        PyObject[] items = l.toArray();
        PyObject[] keys = items;
        if (key != null) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) keys[i] = Ops.call(ts, key, items[i]);
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
        PyObject[] ks = keys;
        boolean allInt = true, allStr = true;
        for (PyObject k : ks) {
            if (!(k instanceof PyInt && ((PyInt) k).isSmall() && !k.type().heap)) allInt = false;
            if (!(k instanceof PyStr)) allStr = false;
        }
        java.util.Comparator<Integer> cmp;
        if (allInt) cmp = (x, y) -> Long.compare(((PyInt) ks[x]).v, ((PyInt) ks[y]).v);
        else if (allStr) cmp = (x, y) -> ((PyStr) ks[x]).value.compareTo(((PyStr) ks[y]).value);
        else cmp = (x, y) -> Ops.compare(ts, ks[x], ks[y], Ops.LT) ? -1 : Ops.compare(ts, ks[y], ks[x], Ops.LT) ? 1 : 0;
        try {
            java.util.Arrays.sort(idx, cmp);
        } catch (IllegalArgumentException e) {
            // inconsistent comparison results: keep the partially sorted order, as CPython does
        }
        PyObject[] out = new PyObject[Math.max(4, n)];
        for (int i = 0; i < n; i++) out[i] = items[idx[reverse ? n - 1 - i : i]];
        if (reverse) {
            PyObject[] tmp = new PyObject[n];
            for (int i = 0; i < n; i++) tmp[i] = items[idx[i]];
            for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
        }
        if (l.size != n) throw Py.valueError("list modified during sort");
        l.items = out;
        l.size = n;
    }

    static void installDict() {
        PyType D = Builtins.DICT;
        m(D, "get", (ts, a, kw) -> {
            Args.check("get", a, kw, 2, 3);
            PyObject v = d(a).get(ts, a[1]);
            return v != null ? v : a.length > 2 ? a[2] : Py.None;
        });
        m(D, "setdefault", (ts, a, kw) -> {
            PyObject v = d(a).get(ts, a[1]);
            if (v != null) return v;
            v = a.length > 2 ? a[2] : Py.None;
            d(a).put(ts, a[1], v);
            return v;
        });
        m(D, "pop", (ts, a, kw) -> {
            Args.check("pop", a, kw, 2, 3);
            PyObject v = d(a).remove(ts, a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Py.keyError(a[1]);
        });
        m(D, "popitem", (ts, a, kw) -> {
            PyDict dd = d(a);
            for (int p = dd.nentries - 1; p >= 0; p--) {
                if (dd.keys[p] != null) {
                    PyObject k = dd.keys[p], v = dd.values[p];
                    dd.remove(ts, k);
                    return new PyTuple(k, v);
                }
            }
            throw Py.raise(Exc.KeyError, "popitem(): dictionary is empty");
        });
        m(D, "keys", (ts, a, kw) -> new PyDictView(d(a), PyDictIter.KEYS));
        m(D, "values", (ts, a, kw) -> new PyDictView(d(a), PyDictIter.VALUES));
        m(D, "items", (ts, a, kw) -> new PyDictView(d(a), PyDictIter.ITEMS));
        m(D, "update", (ts, a, kw) -> {
            d(a).update(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        m(D, "clear", (ts, a, kw) -> {
            d(a).clear();
            return Py.None;
        });
        m(D, "copy", (ts, a, kw) -> d(a).copy());
        cm(D, "fromkeys", (ts, a, kw) -> {
            PyObject d = Ops.call(ts, a[0]);
            PyObject v = a.length > 2 ? a[2] : Py.None;
            PyObject it = Ops.iter(ts, a[1]);
            for (PyObject k; (k = Ops.next(ts, it)) != null; ) Ops.setitem(ts, d, k, v);
            return d;
        });
        m(D, "__init__", (ts, a, kw) -> {
            d(a).update(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        m(D, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        m(D, "__setitem__", (ts, a, kw) -> {
            d(a).put(ts, a[1], a[2]);
            return Py.None;
        });
        m(D, "__delitem__", (ts, a, kw) -> {
            a[0].delitem(ts, a[1]);
            return Py.None;
        });
        m(D, "__contains__", (ts, a, kw) -> Py.bool(d(a).get(ts, a[1]) != null));
        m(D, "__len__", (ts, a, kw) -> Py.newInt(d(a).size()));
        m(D, "__iter__", (ts, a, kw) -> a[0].iter(ts));
        m(D, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        m(D, "__eq__", (ts, a, kw) -> {
            PyObject r = a[0].richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        m(D, "__or__", (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.OR, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
    }

    static PySet setArg(ThreadState ts, PyObject o) {
        if (o instanceof PySet) return (PySet) o;
        PySet s = new PySet(false);
        s.update(ts, o);
        return s;
    }

    static void installSet() {
        for (PyType T : new PyType[] {Builtins.SET, Builtins.FROZENSET}) {
            m(T, "union", (ts, a, kw) -> {
                PySet r = st(a).copyAs(st(a).frozen());
                for (int i = 1; i < a.length; i++) r.update(ts, a[i]);
                return r;
            });
            m(T, "intersection", (ts, a, kw) -> {
                PySet r = st(a);
                for (int i = 1; i < a.length; i++) r = r.intersection(ts, a[i]);
                return a.length == 1 ? r.copyAs(r.frozen()) : r;
            });
            m(T, "difference", (ts, a, kw) -> {
                PySet r = st(a).copyAs(st(a).frozen());
                for (int i = 1; i < a.length; i++) r = r.difference(ts, a[i]);
                return r;
            });
            m(T, "symmetric_difference", (ts, a, kw) -> st(a).symmetricDifference(ts, a[1]));
            m(T, "issubset", (ts, a, kw) -> Py.bool(st(a).isSubset(ts, setArg(ts, a[1]))));
            m(T, "issuperset", (ts, a, kw) -> Py.bool(setArg(ts, a[1]).isSubset(ts, st(a))));
            m(T, "isdisjoint", (ts, a, kw) -> Py.bool(st(a).intersection(ts, a[1]).size() == 0));
            m(T, "copy", (ts, a, kw) -> st(a).copyAs(st(a).frozen()));
            m(T, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
            m(T, "__len__", (ts, a, kw) -> Py.newInt(st(a).size()));
            m(T, "__iter__", (ts, a, kw) -> a[0].iter(ts));
        }
        PyType T = Builtins.SET;
        m(T, "add", (ts, a, kw) -> {
            Args.check("add", a, kw, 2, 2);
            st(a).add(ts, a[1]);
            return Py.None;
        });
        m(T, "discard", (ts, a, kw) -> {
            st(a).discard(ts, a[1]);
            return Py.None;
        });
        m(T, "remove", (ts, a, kw) -> {
            if (!st(a).discard(ts, a[1])) throw Py.keyError(a[1]);
            return Py.None;
        });
        m(T, "pop", (ts, a, kw) -> {
            PySet s = st(a);
            if (s.size() == 0) throw Py.raise(Exc.KeyError, "pop from an empty set");
            PyObject k = s.toArray()[0];
            s.discard(ts, k);
            return k;
        });
        m(T, "clear", (ts, a, kw) -> {
            st(a).clear();
            return Py.None;
        });
        m(T, "update", (ts, a, kw) -> {
            for (int i = 1; i < a.length; i++) st(a).update(ts, a[i]);
            return Py.None;
        });
        m(T, "intersection_update", (ts, a, kw) -> {
            PySet r = st(a).intersection(ts, a[1]);
            st(a).clear();
            st(a).update(ts, r);
            return Py.None;
        });
        m(T, "difference_update", (ts, a, kw) -> {
            for (int i = 1; i < a.length; i++) {
                PyObject it = Ops.iter(ts, a[i]);
                for (PyObject x; (x = Ops.next(ts, it)) != null; ) st(a).discard(ts, x);
            }
            return Py.None;
        });
        m(T, "symmetric_difference_update", (ts, a, kw) -> {
            PySet r = st(a).symmetricDifference(ts, a[1]);
            st(a).clear();
            st(a).update(ts, r);
            return Py.None;
        });
        m(T, "__init__", (ts, a, kw) -> {
            st(a).initFrom(ts, java.util.Arrays.copyOfRange(a, 1, a.length));
            return Py.None;
        });
    }

    static void installNumbers() {
        PyType I = Builtins.INT;
        m(I, "bit_length", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig().abs().bitLength()));
        m(I, "bit_count", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig().abs().bitCount()));
        m(I, "conjugate", (ts, a, kw) -> a[0]);
        m(I, "is_integer", (ts, a, kw) -> Py.True);
        m(I, "__index__", (ts, a, kw) -> a[0]);
        m(I, "__int__", (ts, a, kw) -> a[0]);
        m(I, "__float__", (ts, a, kw) -> Py.newFloat(((PyInt) a[0]).toDouble()));
        m(I, "__hash__", (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
        // value-based, as int.__repr__/__str__ in CPython (an IntEnum's str() is int.__repr__)
        m(I, "__repr__", (ts, a, kw) -> Py.str(plainInt((PyInt) a[0]).repr(ts)));
        m(I, "__str__", (ts, a, kw) -> Py.str(plainInt((PyInt) a[0]).repr(ts)));
        m(I, "__add__", (ts, a, kw) -> {
            PyObject r = Ops.builtinBinary(ts, Ops.ADD, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        });
        m(I, "to_bytes", (ts, a, kw) -> {
            PyObject[] p = Args.parse("to_bytes", a, kw, new String[] {"self", "length", "byteorder", "signed"}, 1);
            int n = p[1] == null ? 1 : (int) Ops.toInt(ts, p[1]).v;
            boolean little = p[2] != null && Ops.str(ts, p[2]).equals("little");
            byte[] raw = ((PyInt) a[0]).toBig().toByteArray();
            byte[] out = new byte[n];
            boolean neg = ((PyInt) a[0]).signum() < 0;
            if (neg && (p[3] == null || !Ops.truth(ts, p[3]))) throw Py.overflow("can't convert negative int to unsigned");
            java.util.Arrays.fill(out, neg ? (byte) 0xff : 0);
            int skip = 0;
            while (skip < raw.length - 1 && raw[skip] == 0 && raw.length - skip > n) skip++;
            if (raw.length - skip > n) throw Py.overflow("int too big to convert");
            for (int i = 0; i < raw.length - skip; i++) out[n - 1 - i] = raw[raw.length - 1 - i];
            if (little) for (int i = 0, j = n - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
            return new PyBytes(out, false);
        });
        cm(I, "from_bytes", (ts, a, kw) -> {
            PyObject[] p = Args.parse("from_bytes", a, kw, new String[] {"cls", "bytes", "byteorder", "signed"}, 2);
            byte[] b = PyBytes.fromObject(ts, p[1]);
            if (p[2] != null && Ops.str(ts, p[2]).equals("little")) {
                b = b.clone();
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
            }
            boolean signed = p[3] != null && Ops.truth(ts, p[3]);
            java.math.BigInteger v = b.length == 0 ? java.math.BigInteger.ZERO : signed ? new java.math.BigInteger(b) : new java.math.BigInteger(1, b);
            return Py.newInt(v);
        });
        PyType F = Builtins.FLOAT;
        m(F, "is_integer", (ts, a, kw) -> {
            double d = ((PyFloat) a[0]).v;
            return Py.bool(!Double.isInfinite(d) && d == Math.rint(d));
        });
        m(F, "conjugate", (ts, a, kw) -> a[0]);
        m(F, "__trunc__", (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT, new PyObject[] {a[0]}, null));
        m(F, "__floor__", (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT, new PyObject[] {Py.newFloat(Math.floor(((PyFloat) a[0]).v))}, null));
        m(F, "__ceil__", (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT, new PyObject[] {Py.newFloat(Math.ceil(((PyFloat) a[0]).v))}, null));
        m(I, "as_integer_ratio", (ts, a, kw) -> new PyTuple(Py.newInt(((PyInt) a[0]).toBig()), Py.newInt(1)));
        m(I, "__trunc__", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig()));
        m(I, "__floor__", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig()));
        m(I, "__ceil__", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig()));
        m(I, "__bool__", (ts, a, kw) -> Py.bool(a[0].truth(ts)));
        m(F, "__int__", (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT, new PyObject[] {a[0]}, null));
        m(F, "__float__", (ts, a, kw) -> a[0]);
        m(F, "__repr__", (ts, a, kw) -> Py.str(Py.newFloat(((PyFloat) a[0]).v).repr(ts)));
        m(F, "__str__", (ts, a, kw) -> Py.str(Py.newFloat(((PyFloat) a[0]).v).repr(ts)));
        m(F, "hex", (ts, a, kw) -> Py.str(floatHex(((PyFloat) a[0]).v)));
        cm(F, "fromhex", (ts, a, kw) -> {
            String h = Ops.str(ts, a[1]).strip().toLowerCase();
            double v;
            if (h.matches("[+-]?(inf|infinity)")) v = h.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            else if (h.matches("[+-]?nan")) v = Double.NaN;
            else {
                if (!h.contains("p")) h = h + "p0";
                if (!h.matches("[+-]?(0x)?[0-9a-f]*\\.?[0-9a-f]*p[+-]?\\d+")) throw Py.valueError("invalid hexadecimal floating-point string");
                String sign = h.startsWith("-") ? "-" : "";
                if (h.startsWith("-") || h.startsWith("+")) h = h.substring(1);
                if (!h.startsWith("0x")) h = "0x" + h;
                v = Double.parseDouble(sign + h);
            }
            return a[0] == Builtins.FLOAT ? Py.newFloat(v) : Ops.call(ts, a[0], Py.newFloat(v));
        });
        m(F, "as_integer_ratio", (ts, a, kw) -> {
            double d = ((PyFloat) a[0]).v;
            java.math.BigDecimal bd = new java.math.BigDecimal(d);
            java.math.BigInteger num = bd.unscaledValue(), den = java.math.BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) num = num.multiply(java.math.BigInteger.TEN.pow(-bd.scale()));
            java.math.BigInteger g = num.gcd(den);
            return new PyTuple(Py.newInt(num.divide(g)), Py.newInt(den.divide(g)));
        });
        m(Builtins.COMPLEX, "conjugate", (ts, a, kw) -> new PyComplex(((PyComplex) a[0]).re, -((PyComplex) a[0]).im));
        PyType B = Builtins.BYTES;
        for (PyType T : new PyType[] {Builtins.BYTES, Builtins.BYTEARRAY}) {
            m(T, "decode", (ts, a, kw) -> {
                PyObject[] p = Args.parse("decode", a, kw, new String[] {"self", "encoding", "errors"}, 1);
                String enc = p[1] == null ? "utf-8" : Ops.str(ts, p[1]);
                String errors = p[2] == null ? "strict" : Ops.str(ts, p[2]);
                try {
                    return Py.str(decode(((PyBytes) a[0]).bytes(), enc));
                } catch (PyException e) {
                    // error handlers other than strict, and codecs Java lacks, go through the codecs registry
                    if (errors.equals("strict") && !e.exc.isInstance(Exc.LookupError)) throw e;
                    PyObject codecs = ts.interp.importName(ts, "codecs", null, 0, null);
                    return Ops.call(ts, Ops.getattr(ts, codecs, "decode"), new PyBytes(((PyBytes) a[0]).bytes(), false), Py.str(enc), Py.str(errors));
                }
            });
            m(T, "hex", (ts, a, kw) -> {
                StringBuilder sb = new StringBuilder();
                for (byte x : ((PyBytes) a[0]).bytes()) sb.append(String.format("%02x", x & 0xff));
                return Py.str(sb.toString());
            });
            m(T, "join", (ts, a, kw) -> {
                PyBytes sep = (PyBytes) a[0];
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                PyObject[] items = Ops.toArray(ts, a[1]);
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) out.write(sep.data, 0, sep.size);
                    byte[] b = ((PyBytes) items[i]).bytes();
                    out.write(b, 0, b.length);
                }
                return new PyBytes(out.toByteArray(), sep.mutable);
            });
            m(T, "startswith", (ts, a, kw) -> {
                byte[] s = ((PyBytes) a[0]).bytes(), p = ((PyBytes) a[1]).bytes();
                return Py.bool(s.length >= p.length && java.util.Arrays.equals(java.util.Arrays.copyOf(s, p.length), p));
            });
            m(T, "endswith", (ts, a, kw) -> {
                byte[] s = ((PyBytes) a[0]).bytes(), p = ((PyBytes) a[1]).bytes();
                return Py.bool(s.length >= p.length && java.util.Arrays.equals(java.util.Arrays.copyOfRange(s, s.length - p.length, s.length), p));
            });
            m(T, "find", (ts, a, kw) -> Py.newInt(((PyBytes) a[0]).indexOf(PyBytes.fromObject(ts, a[1] instanceof PyInt ? new PyTuple(a[1]) : a[1]), 0)));
            m(T, "count", (ts, a, kw) -> {
                PyBytes s = (PyBytes) a[0];
                byte[] p = PyBytes.fromObject(ts, a[1] instanceof PyInt ? new PyTuple(a[1]) : a[1]);
                int n = 0;
                for (int i = s.indexOf(p, 0); i >= 0; i = s.indexOf(p, i + Math.max(1, p.length))) n++;
                return Py.newInt(n);
            });
            m(T, "upper", (ts, a, kw) -> new PyBytes(new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1).toUpperCase().getBytes(StandardCharsets.ISO_8859_1), ((PyBytes) a[0]).mutable));
            m(T, "lower", (ts, a, kw) -> new PyBytes(new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1).toLowerCase().getBytes(StandardCharsets.ISO_8859_1), ((PyBytes) a[0]).mutable));
            m(T, "strip", (ts, a, kw) -> new PyBytes(new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1).strip().getBytes(StandardCharsets.ISO_8859_1), ((PyBytes) a[0]).mutable));
            m(T, "split", (ts, a, kw) -> {
                String s = new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1);
                PyObject sep = a.length > 1 ? Py.str(new String(((PyBytes) a[1]).bytes(), StandardCharsets.ISO_8859_1)) : null;
                PyList parts = split(s, sep, -1);
                for (int i = 0; i < parts.size; i++) parts.items[i] = new PyBytes(((PyStr) parts.items[i]).value.getBytes(StandardCharsets.ISO_8859_1), false);
                return parts;
            });
            m(T, "replace", (ts, a, kw) -> {
                String s = new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1);
                String o = new String(((PyBytes) a[1]).bytes(), StandardCharsets.ISO_8859_1), n = new String(((PyBytes) a[2]).bytes(), StandardCharsets.ISO_8859_1);
                return new PyBytes(s.replace(o, n).getBytes(StandardCharsets.ISO_8859_1), ((PyBytes) a[0]).mutable);
            });
            cm(T, "fromhex", (ts, a, kw) -> {
                String h = Ops.str(ts, a[1]).replace(" ", "");
                byte[] out = new byte[h.length() / 2];
                for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
                return new PyBytes(out, a[0] == Builtins.BYTEARRAY);
            });
        }
        String[] viaStr = {"isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii",
            "index", "rindex", "find", "rfind", "count", "lstrip", "rstrip", "strip", "split", "rsplit", "partition",
            "rpartition", "center", "ljust", "rjust", "zfill", "title", "capitalize", "swapcase", "splitlines",
            "expandtabs", "removeprefix", "removesuffix", "startswith", "endswith", "replace", "upper", "lower"};
        for (PyType T : new PyType[] {Builtins.BYTES, Builtins.BYTEARRAY}) {
            for (String name : viaStr) {
                PyBuiltin sm = (PyBuiltin) Builtins.STR.dict.getStr(name);
                boolean intSub = name.endsWith("find") || name.endsWith("index") || name.equals("count");
                m(T, name, (ts, a, kw) -> {
                    PyObject[] sa = new PyObject[a.length];
                    for (int i = 0; i < a.length; i++) sa[i] = bytesToStr(a[i]);
                    if (intSub && a.length > 1 && a[1] instanceof PyInt) sa[1] = Py.chr((int) ((PyInt) a[1]).v);
                    return strToBytes(sm.fn.call(ts, sa, kw), ((PyBytes) a[0]).mutable);
                });
            }
        }
        for (PyType T : new PyType[] {Builtins.BYTES, Builtins.BYTEARRAY}) {
            sm(T, "maketrans", (ts, a, kw) -> {
                byte[] from = ((PyBytes) Ops.call(ts, Builtins.BYTES, a[0])).bytes();
                byte[] to = ((PyBytes) Ops.call(ts, Builtins.BYTES, a[1])).bytes();
                if (from.length != to.length) throw Py.valueError("maketrans arguments must have same length");
                byte[] t = new byte[256];
                for (int i = 0; i < 256; i++) t[i] = (byte) i;
                for (int i = 0; i < from.length; i++) t[from[i] & 0xff] = to[i];
                return new PyBytes(t, false);
            });
            m(T, "translate", (ts, a, kw) -> {
                PyObject[] p = Args.parse("translate", a, kw, new String[] {"self", "table", "delete"}, 2);
                byte[] src = ((PyBytes) p[0]).bytes();
                byte[] table = p[1] == Py.None ? null : ((PyBytes) Ops.call(ts, Builtins.BYTES, p[1])).bytes();
                if (table != null && table.length != 256) throw Py.valueError("translation table must be 256 characters long");
                boolean[] del = new boolean[256];
                if (p[2] != null) for (byte x : ((PyBytes) Ops.call(ts, Builtins.BYTES, p[2])).bytes()) del[x & 0xff] = true;
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(src.length);
                for (byte x : src) if (!del[x & 0xff]) out.write(table == null ? x : table[x & 0xff]);
                return new PyBytes(out.toByteArray(), ((PyBytes) p[0]).mutable);
            });
        }
        PyType BA = Builtins.BYTEARRAY;
        m(BA, "reverse", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte t = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = t;
            }
            return Py.None;
        });
        m(BA, "insert", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            int n = b.size;
            long i = Ops.asIndex(ts, a[1]);
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            b.append(0);
            System.arraycopy(b.data, (int) i, b.data, (int) i + 1, n - (int) i);
            b.data[(int) i] = (byte) Ops.toInt(ts, a[2]).v;
            return Py.None;
        });
        m(BA, "copy", (ts, a, kw) -> new PyBytes(((PyBytes) a[0]).bytes(), true));
        m(BA, "clear", (ts, a, kw) -> {
            ((PyBytes) a[0]).size = 0;
            return Py.None;
        });
        m(BA, "append", (ts, a, kw) -> {
            long v = Ops.toInt(ts, a[1]).v;
            if (v < 0 || v > 255) throw Py.valueError("byte must be in range(0, 256)");
            ((PyBytes) a[0]).append((int) v);
            return Py.None;
        });
        m(BA, "extend", (ts, a, kw) -> {
            for (byte x : PyBytes.fromObject(ts, a[1])) ((PyBytes) a[0]).append(x & 0xff);
            return Py.None;
        });
        m(BA, "pop", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            if (b.size == 0) throw Py.indexError("pop from empty bytearray");
            return Py.newInt(b.data[--b.size] & 0xff);
        });
        if (B == null) throw new IllegalStateException();
    }

    static void installObject() {
        PyType O = Builtins.OBJECT;
        m(O, "__init__", (ts, a, kw) -> Py.None);
        sm(O, "__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType)) throw Py.typeError("object.__new__(X): X is not a type object");
            PyType cls = (PyType) a[0];
            if (cls.solid == Builtins.OBJECT || cls.ctor == null) return new PyInstance(cls);
            return cls.ctor.make(ts, cls, Py.EMPTY, null);
        });
        m(O, "__repr__", (ts, a, kw) -> Py.str(reprObject(ts, a[0])));
        m(O, "__str__", (ts, a, kw) -> Py.str(Ops.repr(ts, a[0])));
        m(O, "__eq__", (ts, a, kw) -> a[0] == a[1] ? Py.True : Py.NotImplemented);
        m(O, "__ne__", (ts, a, kw) -> {
            PyObject r = Ops.richcmp(ts, a[0], a[1], Ops.EQ);
            return r == Py.NotImplemented ? r : Py.bool(!Ops.truth(ts, r));
        });
        m(O, "__hash__", (ts, a, kw) -> Py.newInt(Ops.id(a[0]) >>> 4));
        m(O, "__setattr__", (ts, a, kw) -> {
            Ops.genericSetattr(ts, a[0], sarg(a[1], "attribute name"), a[2]);
            return Py.None;
        });
        m(O, "__getattribute__", (ts, a, kw) -> {
            String n = sarg(a[1], "attribute name");
            PyObject r = Ops.genericGetattr(ts, a[0], n);
            if (r == null) throw Ops.noAttr(a[0], n);
            return r;
        });
        m(O, "__delattr__", (ts, a, kw) -> {
            Ops.genericDelattr(ts, a[0], sarg(a[1], "attribute name"));
            return Py.None;
        });
        m(O, "__format__", (ts, a, kw) -> {
            String spec = sarg(a[1], "format spec");
            if (!spec.isEmpty()) throw Py.typeError("unsupported format string passed to " + a[0].type().name + ".__format__");
            return Py.str(Ops.str(ts, a[0]));
        });
        m(O, "__dir__", (ts, a, kw) -> new PyList(a[0].attrs() == null ? new PyObject[0] : a[0].attrs().keysArray()));
        cm(O, "__init_subclass__", (ts, a, kw) -> Py.None);
        cm(O, "__subclasshook__", (ts, a, kw) -> Py.NotImplemented);
        m(O, "__reduce_ex__", (ts, a, kw) -> {
            PyObject red = a[0].type().lookup("__reduce__");
            if (red != null && red != Builtins.OBJECT.dict.getStr("__reduce__")) return Ops.call(ts, Ops.getattr(ts, a[0], "__reduce__"));
            return reduceNewobj(ts, a[0]);
        });
        m(O, "__reduce__", (ts, a, kw) -> reduceNewobj(ts, a[0]));
        m(O, "__sizeof__", (ts, a, kw) -> Py.newInt(32));
        m(O, "__getstate__", (ts, a, kw) -> a[0].attrs() == null ? Py.None : a[0].attrs());
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) m(O, cmp, (ts, a, kw) -> Py.NotImplemented);
        PyType T = Builtins.TYPE;
        m(T, "__call__", (ts, a, kw) -> ((PyType) a[0]).callType(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        sm(T, "__new__", (ts, a, kw) -> Builtins.newType(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        m(T, "__init__", (ts, a, kw) -> Py.None);
        m(T, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        m(T, "mro", (ts, a, kw) -> new PyList((PyObject[]) ((PyType) a[0]).mro.clone()));
        m(T, "__subclasses__", (ts, a, kw) -> new PyList((PyObject[]) ((PyType) a[0]).subclassesArray().clone()));
        m(T, "__instancecheck__", (ts, a, kw) -> Py.bool(a[1].type().isSubtype((PyType) a[0])));
        m(T, "__subclasscheck__", (ts, a, kw) -> Py.bool(((PyType) a[1]).isSubtype((PyType) a[0])));
        java.util.List<PyType> iters = new java.util.ArrayList<>(java.util.List.of(Builtins.ITERATOR, Builtins.LIST_ITER,
                Builtins.TUPLE_ITER, Builtins.STR_ITER, Builtins.RANGE_ITER, Builtins.SET_ITER, Builtins.CALLABLE_ITER,
                Builtins.ENUMERATE, Builtins.ZIP, Builtins.MAP, Builtins.FILTER, Builtins.REVERSED));
        iters.addAll(java.util.List.of(Builtins.DICT_ITER));
        for (PyType it : iters) {
            m(it, "__iter__", (ts, a, kw) -> a[0]);
            m(it, "__next__", (ts, a, kw) -> {
                PyObject r = a[0].next(ts);
                if (r == null) throw Py.stopIteration(null);
                return r;
            });
        }
        PyType G = Builtins.GENERATOR;
        m(G, "send", (ts, a, kw) -> ((PyGenerator) a[0]).send(ts, a[1]));
        m(G, "throw", (ts, a, kw) -> {
            PyObject e = a[1];
            if (e instanceof PyType) e = Ops.call(ts, e, java.util.Arrays.copyOfRange(a, 2, Math.min(3, a.length)), null);
            if (!(e instanceof PyBaseException)) throw Py.typeError("exceptions must derive from BaseException");
            return ((PyGenerator) a[0]).throwIn(ts, (PyBaseException) e);
        });
        m(G, "close", (ts, a, kw) -> {
            ((PyGenerator) a[0]).close(ts);
            return Py.None;
        });
        m(G, "__next__", (ts, a, kw) -> {
            PyGenerator g = (PyGenerator) a[0];
            PyObject r = g.next(ts);
            if (r == null) {
                PyObject rv = g.returnValue;
                g.returnValue = null;
                throw Py.stopIteration(rv);
            }
            return r;
        });
        m(G, "__iter__", (ts, a, kw) -> a[0]);
        PyType P = Builtins.PROPERTY;
        m(P, "setter", (ts, a, kw) -> { PyProperty p = (PyProperty) a[0]; return new PyProperty(p.fget, a[1], p.fdel, p.doc); });
        m(P, "getter", (ts, a, kw) -> { PyProperty p = (PyProperty) a[0]; return new PyProperty(a[1], p.fset, p.fdel, p.doc); });
        m(P, "deleter", (ts, a, kw) -> { PyProperty p = (PyProperty) a[0]; return new PyProperty(p.fget, p.fset, a[1], p.doc); });
        m(P, "__get__", (ts, a, kw) -> ((PyProperty) a[0]).get(ts, a[1] == Py.None ? null : a[1], null));
        m(P, "__set__", (ts, a, kw) -> {
            ((PyProperty) a[0]).set(ts, a[1], a[2]);
            return Py.None;
        });
        m(Builtins.FUNCTION, "__get__", (ts, a, kw) -> a[1] == Py.None ? a[0] : new PyMethod(a[0], a[1]));
        cm(Builtins.FLOAT, "__getformat__", (ts, a, kw) -> {
            String t = Ops.str(ts, a[1]);
            if (!t.equals("double") && !t.equals("float")) throw Py.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            return Py.str("IEEE, little-endian");
        });
        m(Builtins.FUNCTION, "__call__", (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        m(Builtins.METHOD, "__call__", (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        m(Builtins.BUILTIN_FUNCTION, "__call__", (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        m(Builtins.CLASSMETHOD, "__get__", (ts, a, kw) -> ((PyClassMethod) a[0]).get(ts, a[1], a.length > 2 && a[2] instanceof PyType ? (PyType) a[2] : a[1].type()));
        m(Builtins.STATICMETHOD, "__get__", (ts, a, kw) -> ((PyStaticMethod) a[0]).func);
        PyType R = Builtins.RANGE;
        m(R, "index", (ts, a, kw) -> {
            PyRange r = (PyRange) a[0];
            if (!r.contains(ts, a[1])) throw Py.valueError(Ops.repr(ts, a[1]) + " is not in range");
            return Py.newInt((((PyInt) a[1]).v - r.start) / r.step);
        });
        m(R, "count", (ts, a, kw) -> Py.newInt(a[0].contains(ts, a[1]) ? 1 : 0));
        PyType SL = Builtins.SLICE;
        m(SL, "indices", (ts, a, kw) -> {
            int[] r = ((PySlice) a[0]).indices(ts, (int) Ops.toInt(ts, a[1]).v);
            return new PyTuple(Py.newInt(r[0]), Py.newInt(r[1]), Py.newInt(r[2]));
        });
    }

    /** float.hex() in CPython's format: 0x1.<13 hex digits>p<exp>. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        d = Math.abs(d);
        if (d == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else exp -= 1023;
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    private static final java.nio.charset.Charset L1 = StandardCharsets.ISO_8859_1;

    static PyObject bytesToStr(PyObject o) {
        if (o instanceof PyBytes) return Py.str(new String(((PyBytes) o).bytes(), L1));
        if (o instanceof PyTuple) {
            PyObject[] it = ((PyTuple) o).items.clone();
            for (int i = 0; i < it.length; i++) it[i] = bytesToStr(it[i]);
            return new PyTuple(it);
        }
        return o;
    }

    static PyObject strToBytes(PyObject o, boolean mutable) {
        if (o instanceof PyStr) return new PyBytes(((PyStr) o).value.getBytes(L1), mutable);
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            for (int i = 0; i < l.size; i++) l.items[i] = strToBytes(l.items[i], mutable);
            return l;
        }
        if (o instanceof PyTuple) {
            PyObject[] it = ((PyTuple) o).items;
            for (int i = 0; i < it.length; i++) it[i] = strToBytes(it[i], mutable);
            return o;
        }
        return o;
    }

    static String reprObject(ThreadState ts, PyObject o) {
        PyType t = o.type();
        String mod = t.module();
        return "<" + (mod.equals("builtins") ? "" : mod + ".") + t.qualname + " object at 0x" + Long.toHexString(Ops.id(o)) + ">";
    }

    /** object.__reduce_ex__(2+): (copyreg.__newobj__, (cls, *__getnewargs__()), state, list items, dict items). */
    static PyObject reduceNewobj(ThreadState ts, PyObject self) {
        PyObject copyreg = ts.interp.importName(ts, "copyreg", null, 0, null);
        PyObject newobj = Ops.getattr(ts, copyreg, "__newobj__");
        PyObject gna = Ops.getattrOrNull(ts, self, "__getnewargs__");
        PyObject[] extra = gna == null ? Py.EMPTY : Ops.toArray(ts, Ops.call(ts, gna));
        PyObject[] args = Py.prepend(self.type(), extra);
        PyObject state = Ops.call(ts, Ops.getattr(ts, self, "__getstate__"));
        if (state instanceof PyDict && ((PyDict) state).size() == 0 && !self.type().heap) state = Py.None;
        PyObject listitems = self instanceof PyList ? Ops.iter(ts, self) : Py.None;
        PyObject dictitems = self instanceof PyDict ? Ops.iter(ts, Ops.callMethod(ts, self, "items")) : Py.None;
        return new PyTuple(newobj, new PyTuple(args), state, listitems, dictitems);
    }

    /** The plain int with the value of an int or int-subclass instance. */
    static PyInt plainInt(PyInt i) {
        return i.big != null ? Py.newInt(i.big) : Py.newInt(i.v);
    }
}
