package org.stmj.python.modules;

import java.math.BigInteger;
import java.util.HashMap;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.objects.RecursionGuard;
import org.stmj.python.vm.ThreadState;

/**
 * {@code _json}, CPython 3.11's C accelerator of the json package in Java: {@code scanstring}, the scanner type
 * {@code make_scanner} (instances are {@code scan_once(string, idx)}), {@code encode_basestring_ascii},
 * {@code encode_basestring} and the encoder type {@code make_encoder} (instances are called as
 * {@code (obj, indent_level)} and return a 1-list holding the whole document, as CPython 3.11's).
 *
 * <p>Behaviour follows {@code Modules/_json.c}: its error messages and positions ({@code JSONDecodeError} of
 * {@code json.decoder} for malformed documents, {@code StopIteration(idx)} where a value was expected), the
 * recursion count of nested arrays and objects ({@link RecursionGuard}, with the C module's texts), int digit
 * limits as {@code int(str)}, {@code int.__repr__}/{@code float.__repr__} for subclasses of int and float, markers
 * keyed by {@code id()} for circular references. Python str indexes count code points; a string with a non-BMP
 * character is scanned as an array of code points, any other directly by its chars.
 *
 * <p>Atomicity: each call is one Java method run within the bytecode that calls it, like any built-in; the Python
 * code it calls (hooks, {@code default}, custom parse functions, a dict subclass's {@code items}) runs as nested
 * calls, and the scanner and encoder re-read nothing across them but their own locals.
 */
final class JsonModule {
    private JsonModule() {
    }

    static final String DECODE_OBJECT = " while decoding a JSON object from a unicode string";
    static final String DECODE_ARRAY = " while decoding a JSON array from a unicode string";
    static final String ENCODE = " while encoding a JSON object";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static final PyBuiltin.Native ASCII_FN = (ts, a, kw) -> Py.str(encodeAscii(strArg(a[0])));
    static final PyBuiltin.Native UNICODE_FN = (ts, a, kw) -> Py.str(encodeUnicode(strArg(a[0])));

    static String strArg(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Py.typeError("first argument must be a string, not " + o.type().name);
        }
        return ((PyStr) o).value();
    }

    // ------------------------------------------------------------------------------------------ string encoding

    static String encodeAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendAscii(sb, s);
        return sb.toString();
    }

    static String encodeUnicode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendUnicode(sb, s);
        return sb.toString();
    }

    /** Appends s as a JSON string with every character outside ' '..'~' escaped (UTF-16 pairs for non-BMP). */
    static void appendAscii(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c <= '~' && c != '\\' && c != '"') {
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            appendEscape(sb, c);
        }
        sb.append(s, run, n).append('"');
    }

    /** Appends s as a JSON string escaping only '"', '\\' and the control characters below ' '. */
    static void appendUnicode(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '\\' && c != '"') {
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            appendEscape(sb, c);
        }
        sb.append(s, run, n).append('"');
    }

    private static void appendEscape(StringBuilder sb, char c) {
        switch (c) {
            case '\\': sb.append("\\\\"); break;
            case '"': sb.append("\\\""); break;
            case '\b': sb.append("\\b"); break;
            case '\f': sb.append("\\f"); break;
            case '\n': sb.append("\\n"); break;
            case '\r': sb.append("\\r"); break;
            case '\t': sb.append("\\t"); break;
            default:
                sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
        }
    }

    // ------------------------------------------------------------------------------------------------ scanning

    /** JSONDecodeError(msg, doc, pos) of json.decoder, imported as the C module does. */
    static PyException decodeError(ThreadState ts, String msg, PyObject doc, int pos) {
        PyObject mod = ts.interp.modules.getStr("json.decoder");
        if (mod == null) {
            mod = ts.interp.importName(ts, "json.decoder", new PyTuple(Py.str("JSONDecodeError")), 0, null);
        }
        PyObject cls = Ops.getattr(ts, mod, "JSONDecodeError");
        PyObject e = Ops.call(ts, cls, Py.str(msg), doc, Py.newInt(pos));
        if (e instanceof PyBaseException) {
            return new PyException((PyBaseException) e);
        }
        throw Py.typeError("exceptions must derive from BaseException");
    }

    /**
     * One document being scanned: its text as chars (no non-BMP character) or as code points, so that every
     * index here is a Python index.
     */
    static final class Text {
        final PyObject doc;
        final String s;
        /** The code points of s when it has a non-BMP character, else null (then indexes are char offsets). */
        final int[] cps;
        final int len;

        Text(PyStr doc) {
            this.doc = doc;
            this.s = doc.value();
            if (doc.isBmp()) {
                cps = null;
                len = s.length();
            } else {
                cps = s.codePoints().toArray();
                len = cps.length;
            }
        }

        int at(int i) {
            return cps == null ? s.charAt(i) : cps[i];
        }

        String sub(int from, int to) {
            return cps == null ? s.substring(from, to) : new String(cps, from, to - from);
        }

        void appendTo(StringBuilder sb, int from, int to) {
            if (cps == null) {
                sb.append(s, from, to);
            } else {
                for (int i = from; i < to; i++) {
                    sb.appendCodePoint(cps[i]);
                }
            }
        }
    }

    private static int hexDigit(int d) {
        if (d >= '0' && d <= '9') {
            return d - '0';
        }
        if (d >= 'a' && d <= 'f') {
            return d - 'a' + 10;
        }
        if (d >= 'A' && d <= 'F') {
            return d - 'A' + 10;
        }
        return -1;
    }

    /**
     * Scans the JSON string whose body starts at end (after the opening quote); returns its value and stores the
     * index after the closing quote in next[0] (CPython's scanstring_unicode).
     */
    static String scanString(ThreadState ts, Text t, int end, boolean strict, int[] next) {
        int len = t.len;
        int begin = end - 1;
        if (end < 0 || len < end) {
            throw Py.valueError("end is out of bounds");
        }
        StringBuilder sb = null;
        while (true) {
            int c = 0;
            int i;
            for (i = end; i < len; i++) {
                c = t.at(i);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError(ts, "Invalid control character at", t.doc, i);
                }
            }
            if (i >= len || (c != '"' && c != '\\')) {
                throw decodeError(ts, "Unterminated string starting at", t.doc, begin);
            }
            if (c == '"' && sb == null) {
                next[0] = i + 1;
                return t.sub(end, i);
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, (i - end) * 2));
            }
            t.appendTo(sb, end, i);
            i++;
            if (c == '"') {
                next[0] = i;
                return sb.toString();
            }
            if (i == len) {
                throw decodeError(ts, "Unterminated string starting at", t.doc, begin);
            }
            c = t.at(i);
            if (c != 'u') {
                end = i + 1;
                switch (c) {
                    case '"': case '\\': case '/': break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    default: c = -1;
                }
                if (c < 0) {
                    throw decodeError(ts, "Invalid \\escape", t.doc, end - 2);
                }
                sb.append((char) c);
                continue;
            }
            i++;
            end = i + 4;
            if (end >= len) {
                throw decodeError(ts, "Invalid \\uXXXX escape", t.doc, i - 1);
            }
            c = 0;
            for (; i < end; i++) {
                int d = hexDigit(t.at(i));
                if (d < 0) {
                    throw decodeError(ts, "Invalid \\uXXXX escape", t.doc, end - 5);
                }
                c = (c << 4) | d;
            }
            if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && t.at(i) == '\\' && t.at(i + 1) == 'u') {
                i += 2;
                int c2 = 0;
                int end2 = end + 6;
                for (; i < end2; i++) {
                    int d = hexDigit(t.at(i));
                    if (d < 0) {
                        throw decodeError(ts, "Invalid \\uXXXX escape", t.doc, end2 - 5);
                    }
                    c2 = (c2 << 4) | d;
                }
                if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                    c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                    end = end2;
                }
            }
            sb.appendCodePoint(c);
        }
    }

    /** The scanner type (CPython's _json.Scanner, exposed as make_scanner). */
    static final PyType SCANNER = new PyType("Scanner", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        PyObject[] p = Args.parse("make_scanner", a, kw, new String[] {"context"}, 1);
        return new Scanner(ts, p[0]);
    });

    /** The encoder type (CPython's _json.Encoder, exposed as make_encoder). */
    static final PyType ENCODER = new PyType("Encoder", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        PyObject[] p = Args.parse("make_encoder", a, kw, new String[] {"markers", "default", "encoder", "indent",
            "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 9);
        return new Encoder(ts, p);
    });

    static {
        SCANNER.dict.putStr("__module__", Py.str("_json"));
        SCANNER.dict.putStr("__doc__", Py.str("JSON scanner object"));
        SCANNER.dict.putStr("__call__", new PyBuiltin("__call__", (ts, a, kw) ->
                scanner(a).call(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw), null, "Scanner"));
        String[] sm = {"strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
        for (int i = 0; i < sm.length; i++) {
            int k = i;
            member(SCANNER, sm[i], (ts, a, kw) -> scanner(a).member(k));
        }
        ENCODER.dict.putStr("__module__", Py.str("_json"));
        ENCODER.dict.putStr("__doc__", Py.str("_iterencode(obj, _current_indent_level) -> iterable"));
        ENCODER.dict.putStr("__call__", new PyBuiltin("__call__", (ts, a, kw) ->
                encoder(a).call(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw), null, "Encoder"));
        String[] em = {"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys",
            "skipkeys"};
        for (int i = 0; i < em.length; i++) {
            int k = i;
            member(ENCODER, em[i], (ts, a, kw) -> encoder(a).member(k));
        }
    }

    private static void member(PyType t, String name, PyBuiltin.Native get) {
        PyProperty p = new PyProperty(new PyBuiltin(name, get), Py.None, Py.None, Py.None);
        p.cReadonly(t, true);
        t.dict.putStr(name, p);
    }

    private static Scanner scanner(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof Scanner)) {
            throw Py.typeError("descriptor requires a '_json.Scanner' object");
        }
        return (Scanner) a[0];
    }

    private static Encoder encoder(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof Encoder)) {
            throw Py.typeError("descriptor requires a '_json.Encoder' object");
        }
        return (Encoder) a[0];
    }

    /** A scanner: the decoder's flags and hooks, read once from its context when made. */
    static final class Scanner extends PyObject {
        /** The context's settings (final: read once when made, as CPython's scanner_new). */
        final boolean strict;
        final PyObject objectHook;
        final PyObject pairsHook;
        final PyObject parseFloat;
        final PyObject parseInt;
        final PyObject parseConstant;

        Scanner(ThreadState ts, PyObject ctx) {
            strict = Ops.truth(ts, Ops.getattr(ts, ctx, "strict"));
            objectHook = Ops.getattr(ts, ctx, "object_hook");
            pairsHook = Ops.getattr(ts, ctx, "object_pairs_hook");
            parseFloat = Ops.getattr(ts, ctx, "parse_float");
            parseInt = Ops.getattr(ts, ctx, "parse_int");
            parseConstant = Ops.getattr(ts, ctx, "parse_constant");
        }

        @Override
        public PyType type() {
            return SCANNER;
        }

        PyObject member(int k) {
            switch (k) {
                case 0: return Py.bool(strict);
                case 1: return objectHook;
                case 2: return pairsHook;
                case 3: return parseFloat;
                case 4: return parseInt;
                default: return parseConstant;
            }
        }

        @Override
        public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
            PyObject[] p = Args.parse("scan_once", args, kw, new String[] {"string", "idx"}, 2);
            PyObject str = p[0];
            long idx = index(ts, p[1]);
            if (!(str instanceof PyStr)) {
                throw Py.typeError("first argument must be a string, not " + str.type().name);
            }
            Scan sc = new Scan(ts, this, new Text((PyStr) str));
            int start = idx > Integer.MAX_VALUE ? Integer.MAX_VALUE : idx < Integer.MIN_VALUE ? -1 : (int) idx;
            PyObject v = sc.scanOnce(start);
            return new PyTuple(v, Py.newInt(sc.next));
        }
    }

    /** A Py_ssize_t argument ("n" of PyArg_Parse): an int or an object with __index__. */
    static long index(ThreadState ts, PyObject o) {
        PyInt i = Ops.toInt(ts, o);
        if (!i.isSmall()) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return i.v;
    }

    /** One scan_once call: the document, the key memo, and the index after the last value scanned. */
    static final class Scan {
        final ThreadState ts;
        final Scanner sc;
        final Text t;
        final HashMap<String, PyStr> memo = new HashMap<>();
        final int[] nx = new int[1];
        /** The index after the value the last scanOnce returned. */
        int next;

        Scan(ThreadState ts, Scanner sc, Text t) {
            this.ts = ts;
            this.sc = sc;
            this.t = t;
        }

        private boolean ws(int c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private int skip(int idx) {
            while (idx < t.len && ws(t.at(idx))) {
                idx++;
            }
            return idx;
        }

        private boolean match(int idx, String word) {
            if (idx + word.length() > t.len) {
                return false;
            }
            for (int k = 1; k < word.length(); k++) {
                if (t.at(idx + k) != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        PyObject scanOnce(int idx) {
            if (idx < 0) {
                throw Py.valueError("idx cannot be negative");
            }
            int len = t.len;
            if (idx >= len) {
                throw Py.stopIteration(Py.newInt(idx));
            }
            switch (t.at(idx)) {
                case '"': {
                    String v = scanString(ts, t, idx + 1, sc.strict, nx);
                    next = nx[0];
                    return Py.str(v);
                }
                case '{': {
                    RecursionGuard.enter(ts, DECODE_OBJECT);
                    try {
                        return parseObject(idx + 1);
                    } finally {
                        RecursionGuard.leave(ts);
                    }
                }
                case '[': {
                    RecursionGuard.enter(ts, DECODE_ARRAY);
                    try {
                        return parseArray(idx + 1);
                    } finally {
                        RecursionGuard.leave(ts);
                    }
                }
                case 'n':
                    if (match(idx, "null")) {
                        next = idx + 4;
                        return Py.None;
                    }
                    break;
                case 't':
                    if (match(idx, "true")) {
                        next = idx + 4;
                        return Py.True;
                    }
                    break;
                case 'f':
                    if (match(idx, "false")) {
                        next = idx + 5;
                        return Py.False;
                    }
                    break;
                case 'N':
                    if (match(idx, "NaN")) {
                        return constant("NaN", idx);
                    }
                    break;
                case 'I':
                    if (match(idx, "Infinity")) {
                        return constant("Infinity", idx);
                    }
                    break;
                case '-':
                    if (match(idx, "-Infinity")) {
                        return constant("-Infinity", idx);
                    }
                    break;
                default:
                    break;
            }
            return number(idx);
        }

        private PyObject constant(String name, int idx) {
            PyObject v = Ops.call(ts, sc.parseConstant, Py.str(name));
            next = idx + name.length();
            return v;
        }

        private PyObject parseObject(int idx) {
            boolean pairsHook = sc.pairsHook != Py.None;
            PyList pairs = pairsHook ? new PyList() : null;
            PyDict d = pairsHook ? null : new PyDict();
            int len = t.len;
            idx = skip(idx);
            if (idx >= len || t.at(idx) != '}') {
                while (true) {
                    if (idx >= len || t.at(idx) != '"') {
                        throw decodeError(ts, "Expecting property name enclosed in double quotes", t.doc, idx);
                    }
                    String ks = scanString(ts, t, idx + 1, sc.strict, nx);
                    PyStr key = memo.get(ks);
                    if (key == null) {
                        key = Py.str(ks);
                        memo.put(ks, key);
                    }
                    idx = skip(nx[0]);
                    if (idx >= len || t.at(idx) != ':') {
                        throw decodeError(ts, "Expecting ':' delimiter", t.doc, idx);
                    }
                    idx = skip(idx + 1);
                    PyObject val = scanOnce(idx);
                    if (pairsHook) {
                        pairs.append(new PyTuple(key, val));
                    } else {
                        d.put(ts, key, val);
                    }
                    idx = skip(next);
                    if (idx < len && t.at(idx) == '}') {
                        break;
                    }
                    if (idx >= len || t.at(idx) != ',') {
                        throw decodeError(ts, "Expecting ',' delimiter", t.doc, idx);
                    }
                    idx = skip(idx + 1);
                }
            }
            int after = idx + 1;
            PyObject r;
            if (pairsHook) {
                r = Ops.call(ts, sc.pairsHook, pairs);
            } else if (sc.objectHook != Py.None) {
                r = Ops.call(ts, sc.objectHook, d);
            } else {
                r = d;
            }
            next = after;
            return r;
        }

        private PyObject parseArray(int idx) {
            PyList l = new PyList();
            int len = t.len;
            idx = skip(idx);
            if (idx >= len || t.at(idx) != ']') {
                while (true) {
                    l.append(scanOnce(idx));
                    idx = skip(next);
                    if (idx < len && t.at(idx) == ']') {
                        break;
                    }
                    if (idx >= len || t.at(idx) != ',') {
                        throw decodeError(ts, "Expecting ',' delimiter", t.doc, idx);
                    }
                    idx = skip(idx + 1);
                }
            }
            next = idx + 1;
            return l;
        }

        private boolean digit(int i) {
            int c = t.at(i);
            return c >= '0' && c <= '9';
        }

        private PyObject number(int start) {
            int idx = start;
            int endIdx = t.len - 1;
            if (t.at(idx) == '-') {
                idx++;
                if (idx > endIdx) {
                    throw Py.stopIteration(Py.newInt(start));
                }
            }
            int c = t.at(idx);
            if (c >= '1' && c <= '9') {
                idx++;
                while (idx <= endIdx && digit(idx)) {
                    idx++;
                }
            } else if (c == '0') {
                idx++;
            } else {
                throw Py.stopIteration(Py.newInt(start));
            }
            boolean isFloat = false;
            if (idx < endIdx && t.at(idx) == '.' && digit(idx + 1)) {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && digit(idx)) {
                    idx++;
                }
            }
            if (idx < endIdx && (t.at(idx) == 'e' || t.at(idx) == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (t.at(idx) == '-' || t.at(idx) == '+')) {
                    idx++;
                }
                while (idx <= endIdx && digit(idx)) {
                    idx++;
                }
                if (digit(idx - 1)) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            String num = t.sub(start, idx);
            PyObject custom = isFloat ? (sc.parseFloat != Builtins.FLOAT ? sc.parseFloat : null)
                    : (sc.parseInt != Builtins.INT ? sc.parseInt : null);
            PyObject v;
            if (custom != null) {
                v = Ops.call(ts, custom, Py.str(num));
            } else if (isFloat) {
                v = Py.newFloat(Double.parseDouble(num));
            } else {
                int ndigits = num.charAt(0) == '-' ? num.length() - 1 : num.length();
                if (ndigits <= 18) {
                    v = Py.newInt(Long.parseLong(num));
                } else {
                    PyInt.checkParseDigits(ts, ndigits);
                    v = Py.newInt(new BigInteger(num));
                }
            }
            next = idx;
            return v;
        }
    }

    // ------------------------------------------------------------------------------------------------ encoding

    /** An encoder: the encoder's settings, checked when made (CPython's encoder_new). */
    static final class Encoder extends PyObject {
        /** The settings (final: fixed when made). markers: a dict or None. */
        final PyObject markers;
        final PyObject dflt;
        final PyObject encoder;
        final PyObject indent;
        final PyObject keySep;
        final PyObject itemSep;
        final String keySeparator;
        final String itemSeparator;
        final boolean sortKeys;
        final boolean skipKeys;
        final boolean allowNan;
        /** 1: the encoder is encode_basestring_ascii, 2: encode_basestring, 0: any other callable. */
        final int fast;

        Encoder(ThreadState ts, PyObject[] p) {
            if (p[0] != Py.None && !(p[0] instanceof PyDict)) {
                throw Py.typeError("make_encoder() argument 1 must be dict or None, not " + p[0].type().name);
            }
            for (int i = 4; i <= 5; i++) {
                if (!(p[i] instanceof PyStr)) {
                    throw Py.typeError("make_encoder() argument " + (i + 1) + " must be str, not "
                            + p[i].type().name);
                }
            }
            markers = p[0];
            dflt = p[1];
            encoder = p[2];
            indent = p[3];
            keySep = p[4];
            itemSep = p[5];
            keySeparator = ((PyStr) p[4]).value();
            itemSeparator = ((PyStr) p[5]).value();
            sortKeys = Ops.truth(ts, p[6]);
            skipKeys = Ops.truth(ts, p[7]);
            allowNan = Ops.truth(ts, p[8]);
            PyBuiltin.Native f = encoder instanceof PyBuiltin ? ((PyBuiltin) encoder).fn : null;
            fast = f == ASCII_FN ? 1 : f == UNICODE_FN ? 2 : 0;
        }

        @Override
        public PyType type() {
            return ENCODER;
        }

        PyObject member(int k) {
            switch (k) {
                case 0: return markers;
                case 1: return dflt;
                case 2: return encoder;
                case 3: return indent;
                case 4: return keySep;
                case 5: return itemSep;
                case 6: return Py.bool(sortKeys);
                default: return Py.bool(skipKeys);
            }
        }

        @Override
        public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
            PyObject[] p = Args.parse("_iterencode", args, kw, new String[] {"obj", "_current_indent_level"}, 2);
            index(ts, p[1]);
            StringBuilder sb = new StringBuilder(64);
            encodeObj(ts, sb, p[0]);
            return new PyList(new PyObject[] {Py.str(sb.toString())});
        }

        private void encodeString(ThreadState ts, StringBuilder sb, PyObject s) {
            if (fast == 1) {
                appendAscii(sb, ((PyStr) s).value());
            } else if (fast == 2) {
                appendUnicode(sb, ((PyStr) s).value());
            } else {
                PyObject r = Ops.call(ts, encoder, s);
                if (!(r instanceof PyStr)) {
                    throw Py.typeError("encoder() must return a string, not " + r.type().name);
                }
                sb.append(((PyStr) r).value());
            }
        }

        private String floatText(PyFloat f) {
            double d = f.v;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw Py.valueError("Out of range float values are not JSON compliant");
                }
                return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
            }
            return PyFloat.repr(d);
        }

        private static String intText(ThreadState ts, PyInt i) {
            return i.big != null ? PyInt.decimal(ts, i.big) : Long.toString(i.v);
        }

        void encodeObj(ThreadState ts, StringBuilder sb, PyObject o) {
            if (o == Py.None) {
                sb.append("null");
            } else if (o == Py.True) {
                sb.append("true");
            } else if (o == Py.False) {
                sb.append("false");
            } else if (o instanceof PyStr) {
                encodeString(ts, sb, o);
            } else if (o instanceof PyInt) {
                sb.append(intText(ts, (PyInt) o));
            } else if (o instanceof PyFloat) {
                sb.append(floatText((PyFloat) o));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                RecursionGuard.enter(ts, ENCODE);
                try {
                    encodeList(ts, sb, o);
                } finally {
                    RecursionGuard.leave(ts);
                }
            } else if (o instanceof PyDict) {
                RecursionGuard.enter(ts, ENCODE);
                try {
                    encodeDict(ts, sb, (PyDict) o);
                } finally {
                    RecursionGuard.leave(ts);
                }
            } else {
                PyObject ident = mark(ts, o);
                PyObject n = Ops.call(ts, dflt, o);
                RecursionGuard.enter(ts, ENCODE);
                try {
                    encodeObj(ts, sb, n);
                } finally {
                    RecursionGuard.leave(ts);
                }
                unmark(ts, ident);
            }
        }

        /** Enters o in markers (ValueError if it is there already); returns its key, or null without markers. */
        private PyObject mark(ThreadState ts, PyObject o) {
            if (markers == Py.None) {
                return null;
            }
            PyDict m = (PyDict) markers;
            PyObject ident = Py.newInt(Ops.id(o));
            if (m.contains(ts, ident)) {
                throw Py.valueError("Circular reference detected");
            }
            m.put(ts, ident, o);
            return ident;
        }

        private void unmark(ThreadState ts, PyObject ident) {
            if (ident != null) {
                ((PyDict) markers).delitem(ts, ident);
            }
        }

        private void encodeList(ThreadState ts, StringBuilder sb, PyObject seq) {
            // PySequence_Fast: an exact list or tuple is read in place, a subclass is iterated into a list
            PyType t = seq.type();
            PyObject s = t == Builtins.LIST || t == Builtins.TUPLE ? seq : new PyList(Ops.toArray(ts, seq));
            boolean isList = s instanceof PyList;
            int n = isList ? ((PyList) s).size : ((PyTuple) s).items.length;
            if (n == 0) {
                sb.append("[]");
                return;
            }
            PyObject ident = mark(ts, seq);
            sb.append('[');
            for (int i = 0; ; i++) {
                PyObject item;
                if (isList) {
                    PyList l = (PyList) s;
                    if (i >= l.size) {
                        break;
                    }
                    item = l.items[i];
                } else {
                    PyObject[] items = ((PyTuple) s).items;
                    if (i >= items.length) {
                        break;
                    }
                    item = items[i];
                }
                if (i > 0) {
                    sb.append(itemSeparator);
                }
                encodeObj(ts, sb, item);
            }
            unmark(ts, ident);
            sb.append(']');
        }

        private void encodeDict(ThreadState ts, StringBuilder sb, PyDict d) {
            if (d.size() == 0) {
                sb.append("{}");
                return;
            }
            PyObject ident = mark(ts, d);
            sb.append('{');
            PyObject[] keys;
            PyObject[] values;
            if (d.type() == Builtins.DICT && !sortKeys) {
                int n = d.size();
                keys = new PyObject[n];
                values = new PyObject[n];
                int k = 0;
                for (int p = d.nextEntry(0); p >= 0 && k < n; p = d.nextEntry(p + 1)) {
                    keys[k] = d.keyAt(p);
                    values[k++] = d.valueAt(p);
                }
                if (k < n) {
                    keys = java.util.Arrays.copyOf(keys, k);
                }
            } else {
                PyList items;
                if (d.type() == Builtins.DICT) {
                    items = new PyList();
                    for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
                        items.append(new PyTuple(d.keyAt(p), d.valueAt(p)));
                    }
                } else {
                    items = new PyList(Ops.toArray(ts, Ops.callMethod(ts, d, "items")));
                }
                if (sortKeys) {
                    Ops.callMethod(ts, items, "sort");
                }
                int n = items.size;
                keys = new PyObject[n];
                values = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject it = items.items[i];
                    if (!(it instanceof PyTuple) || ((PyTuple) it).items.length != 2) {
                        throw Py.valueError("items must return 2-tuples");
                    }
                    keys[i] = ((PyTuple) it).items[0];
                    values[i] = ((PyTuple) it).items[1];
                }
            }
            boolean first = true;
            for (int i = 0; i < keys.length; i++) {
                PyObject key = keys[i];
                PyObject kstr;
                if (key instanceof PyStr) {
                    kstr = key;
                } else if (key instanceof PyFloat) {
                    kstr = Py.str(floatText((PyFloat) key));
                } else if (key == Py.True || key == Py.False || key == Py.None) {
                    kstr = Py.str(key == Py.True ? "true" : key == Py.False ? "false" : "null");
                } else if (key instanceof PyInt) {
                    kstr = Py.str(intText(ts, (PyInt) key));
                } else if (skipKeys) {
                    continue;
                } else {
                    throw Py.typeError("keys must be str, int, float, bool or None, not " + key.type().name);
                }
                if (!first) {
                    sb.append(itemSeparator);
                }
                first = false;
                encodeString(ts, sb, kstr);
                sb.append(keySeparator);
                encodeObj(ts, sb, values[i]);
            }
            unmark(ts, ident);
            sb.append('}');
        }
    }

    // ------------------------------------------------------------------------------------------------- module

    static PyModule make() {
        PyDict d = new PyDict();
        d.putStr("__doc__", Py.str("json speedups\n"));
        d.putStr("make_scanner", SCANNER);
        d.putStr("make_encoder", ENCODER);
        Modules.fn(d, "encode_basestring_ascii", 1, 1, ASCII_FN);
        Modules.fn(d, "encode_basestring", 1, 1, UNICODE_FN);
        Modules.fn(d, "scanstring", (ts, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Py.typeError("scanstring() takes no keyword arguments");
            }
            if (a.length < 2 || a.length > 3) {
                throw Py.typeError("scanstring() takes " + (a.length < 2 ? "at least 2" : "at most 3")
                        + " arguments (" + a.length + " given)");
            }
            long end = index(ts, a[1]);
            boolean strict = a.length < 3 || Ops.truth(ts, a[2]);
            if (!(a[0] instanceof PyStr)) {
                throw Py.typeError("first argument must be a string, not " + a[0].type().name);
            }
            Text t = new Text((PyStr) a[0]);
            int[] next = new int[1];
            int e = end > Integer.MAX_VALUE ? Integer.MAX_VALUE : end < 0 ? -1 : (int) end;
            String v = scanString(ts, t, e, strict, next);
            return new PyTuple(Py.str(v), Py.newInt(next[0]));
        });
        return new PyModule("_json", d);
    }
}
