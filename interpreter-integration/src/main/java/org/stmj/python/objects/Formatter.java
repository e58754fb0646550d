package org.stmj.python.objects;

import java.math.BigInteger;
import org.stmj.python.vm.ThreadState;

/** format() specs, %-formatting and str.format. */
public final class Formatter {
    private Formatter() {
    }

    /** A parsed format spec: [[fill]align][sign][#][0][width][grouping][.precision][type]. */
    static final class Spec {
        char fill = ' ', align = 0, sign = 0, type = 0, grouping = 0;
        /** Whether the spec names its fill character (the '0' flag then does not change it). */
        boolean fillGiven;
        boolean alt, zero;
        /** 'z' (3.11): a negative zero after rounding is formatted as a zero without sign. */
        boolean noNeg0;
        int width = -1, prec = -1;

        static Spec parse(String s) {
            return parse(s, null);
        }

        /** Parses s; typeName (the formatted object's type, or null) goes into the invalid-specifier message. */
        static Spec parse(String s, String typeName) {
            Spec p = new Spec();
            int i = 0, n = s.length();
            if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
                p.fill = s.charAt(0);
                p.fillGiven = true;
                p.align = s.charAt(1);
                i = 2;
            } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
                p.align = s.charAt(0);
                i = 1;
            }
            if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
                p.sign = s.charAt(i++);
            }
            if (i < n && s.charAt(i) == 'z') {
                p.noNeg0 = true;
                i++;
            }
            if (i < n && s.charAt(i) == '#') {
                p.alt = true;
                i++;
            }
            if (i < n && s.charAt(i) == '0') {
                p.zero = true;
                i++;
            }
            int st = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i > st) {
                p.width = specNumber(s.substring(st, i));
            }
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                p.grouping = s.charAt(i++);
                if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_') && s.charAt(i) != p.grouping) {
                    throw Py.valueError("Cannot specify both ',' and '_'.");
                }
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                st = i;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == st) {
                    throw Py.valueError("Format specifier missing precision");
                }
                p.prec = specNumber(s.substring(st, i));
            }
            if (i < n) {
                p.type = s.charAt(i++);
            }
            if (i < n) {
                throw Py.valueError("Invalid format specifier '" + s + "'"
                        + (typeName != null ? " for object of type '" + typeName + "'" : ""));
            }
            return p;
        }
    }

    /** A width or precision of a format spec: CPython's limit is a C ssize_t; here an int. */
    private static int specNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Py.valueError("Too many decimal digits in format string");
        }
    }

    static String pad(String body, Spec p, char defAlign) {
        char align = p.align != 0 ? p.align : defAlign;
        char fill = p.fill;
        if (p.zero && !p.fillGiven) {
            // CPython: the '0' flag fills with zeros unless a fill is named; '=' only where no alignment is
            fill = '0';
            align = p.align == 0 && defAlign == '>' ? '=' : align;
        }
        if (p.width <= 0) {
            return body;
        }
        int n = PyStr.cpLen(body);
        if (p.width <= n) {
            return body;
        }
        int padn = p.width - n;
        String f = String.valueOf(fill);
        switch (align) {
            case '<': return body + f.repeat(padn);
            case '^': return f.repeat(padn / 2) + body + f.repeat(padn - padn / 2);
            case '=': {
                int k = 0;
                if (k < n && "+- ".indexOf(body.charAt(k)) >= 0) {
                    k++;
                }
                if (k + 1 < n && body.charAt(k) == '0' && "xXobB".indexOf(body.charAt(k + 1)) >= 0) {
                    k += 2;
                }
                return body.substring(0, k) + f.repeat(padn) + body.substring(k);
            }
            default: return f.repeat(padn) + body;
        }
    }

    static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String signed(boolean neg, String body, Spec p) {
        if (neg) {
            return "-" + body;
        }
        if (p.sign == '+') {
            return "+" + body;
        }
        if (p.sign == ' ') {
            return " " + body;
        }
        return body;
    }

    public static String format(ThreadState ts, PyObject v, String spec) {
        if (v instanceof PyBool && spec.isEmpty()) {
            return v.repr(ts);
        }
        if (v instanceof PyInt) {
            return formatInt(ts, (PyInt) v, Spec.parse(spec, v.type().name));
        }
        if (v instanceof PyFloat) {
            return formatFloat(((PyFloat) v).v, Spec.parse(spec, v.type().name));
        }
        if (v instanceof PyComplex) {
            return formatComplex((PyComplex) v, Spec.parse(spec, v.type().name));
        }
        if (v instanceof PyStr) {
            Spec p = Spec.parse(spec, v.type().name);
            if (p.type != 0 && p.type != 's') {
                throw Py.valueError("Unknown format code '" + p.type + "' for object of type 'str'");
            }
            checkStrSpec(p);
            String s = ((PyStr) v).value();
            if (p.prec >= 0 && p.prec < PyStr.cpLen(s)) {
                s = s.substring(0, PyStr.offset(s, p.prec));
            }
            return pad(s, p, '<');
        }
        if (spec.isEmpty()) {
            return Ops.str(ts, v);
        }
        throw Py.typeError("unsupported format string passed to " + v.type().name + ".__format__");
    }

    /**
     * complex.__format__ (CPython's format_complex_internal): each part formatted as a float without padding, the
     * imaginary part always signed unless the real part is left out; no type means str(z)'s form (shortest
     * digits, parentheses unless the real part is +0) and a precision alone means 'g'; then the whole is padded.
     */
    static String formatComplex(PyComplex z, Spec p) {
        char t = p.type;
        if (t != 0 && "eEfFgGn".indexOf(t) < 0) {
            throw Py.valueError("Unknown format code '" + t + "' for object of type 'complex'");
        }
        if (p.zero || p.align != 0 && p.fill == '0') {
            throw Py.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (p.align == '=') {
            throw Py.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean shortest = t == 0 && p.prec < 0;
        boolean skipRe = false, parens = false;
        if (t == 0) {
            if (z.re == 0 && 1 / z.re > 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        Spec part = new Spec();
        part.type = t == 'n' || t == 0 && !shortest ? 'g' : t;
        part.prec = p.prec;
        part.alt = p.alt;
        part.noNeg0 = p.noNeg0;
        part.grouping = p.grouping;
        part.sign = p.sign;
        String re = skipRe ? "" : complexPart(z.re, part, shortest);
        if (!skipRe) {
            part.sign = '+';
        }
        String body = (parens ? "(" : "") + re + complexPart(z.im, part, shortest) + "j" + (parens ? ")" : "");
        return pad(body, p, '>');
    }

    private static String complexPart(double x, Spec part, boolean shortest) {
        if (!shortest) {
            return formatFloat(x, part);
        }
        String r = formatFloat(x, part); // float repr: without its ".0", as PyOS_double_to_string 'r'
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** CPython's format_string_internal: the parts of a spec a str cannot take. */
    private static void checkStrSpec(Spec p) {
        if (p.grouping != 0) {
            throw Py.valueError("Cannot specify '" + p.grouping + "' with 's'.");
        }
        if (p.sign != 0) {
            throw Py.valueError(p.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (p.noNeg0) {
            throw Py.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (p.alt) {
            throw Py.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (p.align == '=') {
            throw Py.valueError("'=' alignment not allowed in string format specifier");
        }
    }

    /** The character of code point {@code v} for %c and the 'c' format, OverflowError outside the code points. */
    static String codePointChar(PyInt v) {
        if (v.big != null && v.big.bitLength() > 63) {
            throw Py.overflow("Python int too large to convert to C long");
        }
        if (v.big != null || v.v < 0 || v.v > 0x10ffff) {
            throw Py.overflow("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) v.v));
    }

    /** %c of arg: a str of one character, or an int (or an object with __index__) that is a code point. */
    private static String percentChar(ThreadState ts, PyObject arg) {
        if (arg instanceof PyStr) {
            if (PyStr.cpLen(((PyStr) arg).value()) != 1) {
                throw Py.typeError("%c requires int or char");
            }
            return ((PyStr) arg).value();
        }
        if (!(arg instanceof PyInt) && arg.type().lookup("__index__") == null) {
            throw Py.typeError("%c requires int or char");
        }
        return codePointChar(Ops.toInt(ts, arg));
    }

    static String formatInt(ThreadState ts, PyInt v, Spec p) {
        char t = p.type;
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) {
            return formatFloat(v.toDouble(), p);
        }
        if (t != 0 && "bcdoxXn".indexOf(t) < 0) {
            throw Py.valueError("Unknown format code '" + t + "' for object of type '" + v.type().name + "'");
        }
        if (p.noNeg0) {
            throw Py.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (p.prec >= 0) {
            throw Py.valueError("Precision not allowed in integer format specifier");
        }
        if (p.grouping != 0 && t != 0 && "xXobnc".indexOf(t) >= 0 && !(p.grouping == '_' && "xXob".indexOf(t) >= 0)) {
            throw Py.valueError("Cannot specify '" + p.grouping + "' with '" + t + "'.");
        }
        if (v.big == null && (t == 0 || t == 'd' || t == 'n') && p.grouping == 0) {
            // a machine-sized int in decimal: no BigInteger (at most 19 digits, below any int_max_str_digits limit)
            long x = v.v;
            String digits = x >= 0 ? Long.toString(x) : x == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-x);
            return pad(signed(x < 0, digits, p), p, '>');
        }
        BigInteger b = v.toBig();
        boolean neg = b.signum() < 0;
        b = b.abs();
        String digits, prefix = "";
        switch (t) {
            case 'b': digits = b.toString(2); prefix = p.alt ? "0b" : ""; break;
            case 'o': digits = b.toString(8); prefix = p.alt ? "0o" : ""; break;
            case 'x': digits = b.toString(16); prefix = p.alt ? "0x" : ""; break;
            case 'X': digits = b.toString(16).toUpperCase(); prefix = p.alt ? "0X" : ""; break;
            case 'c':
                if (p.sign != 0) {
                    throw Py.valueError("Sign not allowed with integer format specifier 'c'");
                }
                if (p.alt) {
                    throw Py.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }
                return pad(codePointChar(v), p, '<');
            case 0: case 'd': case 'n': digits = PyInt.decimal(ts, b); break;
            default: throw Py.valueError("Unknown format code '" + t + "' for object of type '" + v.type().name + "'");
        }
        if (p.grouping != 0) {
            digits = group(digits, p.grouping, (t == 0 || t == 'd' || t == 'n') ? 3 : 4);
        }
        if (p.zero && p.align == 0 && p.width > 0 && p.grouping != 0) {
            int target = p.width - prefix.length() - ((neg || p.sign == '+' || p.sign == ' ') ? 1 : 0);
            String raw = digits.replace(String.valueOf(p.grouping), "");
            int every = (t == 0 || t == 'd' || t == 'n') ? 3 : 4;
            while (digits.length() < target) {
                raw = "0" + raw;
                digits = group(raw, p.grouping, every);
            }
        }
        return pad(signed(neg, prefix + digits, p), p, '>');
    }

    static String formatFloat(double d, Spec p) {
        char t = p.type;
        if (p.grouping != 0 && t == 'n') {
            throw Py.valueError("Cannot specify '" + p.grouping + "' with 'n'.");
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        int prec = p.prec;
        switch (t) {
            case 'f': case 'F':
                body = PyFloat.fixed(a, prec < 0 ? 6 : prec);
                if (t == 'F') {
                    body = body.toUpperCase();
                }
                break;
            case 'e': case 'E':
                body = PyFloat.sci(a, prec < 0 ? 6 : prec, t == 'E');
                break;
            case 'g': case 'G': case 'n':
                body = PyFloat.general(a, prec < 0 ? 6 : prec, t == 'G', p.alt);
                break;
            case '%':
                body = PyFloat.fixed(a * 100, prec < 0 ? 6 : prec) + "%";
                break;
            case 0:
                if (prec < 0) {
                    body = PyFloat.repr(a);
                } else {
                    int pp = Math.max(prec, 1);
                    int exp = a == 0 || !Double.isFinite(a) ? 0 : PyFloat.roundedExponent(a, pp);
                    if (exp == pp - 1) {
                        body = PyFloat.sci(a, pp - 1, false);
                        if (!p.alt) {
                            int ei = body.indexOf('e');
                            String m = body.substring(0, ei);
                            m = PyFloat.stripFraction(m);
                            body = m + body.substring(ei);
                        }
                        break;
                    }
                    body = PyFloat.general(a, prec, false, p.alt);
                    if (body.indexOf('.') < 0 && body.indexOf('e') < 0 && !Double.isInfinite(a) && !Double.isNaN(a)) {
                        body += ".0";
                    }
                }
                break;
            default:
                throw Py.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        if (p.alt && (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == '%') && Double.isFinite(a)
                && body.indexOf('.') < 0) {
            // the alternate form always has a decimal point ('#.0e' -> '1.e+00', '#.0f' -> '1.')
            int cut = t == 'e' || t == 'E' ? body.indexOf(t) : t == '%' ? body.length() - 1 : body.length();
            body = body.substring(0, cut) + "." + body.substring(cut);
        }
        if (Double.isNaN(d) || p.noNeg0 && neg && Double.isFinite(d) && body.chars().noneMatch(c -> c >= '1'
                && c <= '9')) {
            neg = false;
        }
        if (p.grouping != 0) {
            int dot = body.indexOf('.');
            int e = dot >= 0 ? dot : body.length();
            for (int k = 0; k < body.length(); k++) {
                if (!Character.isDigit(body.charAt(k)) && k < e) {
                    e = k;
                    break;
                }
            }
            String intPart = body.substring(0, e), rest = body.substring(e);
            String grouped = group(intPart, p.grouping, 3);
            if (p.zero && p.align == 0 && p.width > 0) {
                // zero padding goes into the grouped digits ('010,.2' -> '0,000,001.2'), as for ints
                int target = p.width - rest.length() - ((neg || p.sign == '+' || p.sign == ' ') ? 1 : 0);
                while (grouped.length() < target) {
                    intPart = "0" + intPart;
                    grouped = group(intPart, p.grouping, 3);
                }
            }
            body = grouped + rest;
        }
        return pad(signed(neg, body, p), p, '>');
    }

    // ---------------------------------------------------------------- %-formatting

    /** {@link PyStr#percentPlan} of a format string that is not only literal text and %s/%r/%d/%i/%%. */
    static final Object NOT_SIMPLE = new Object();

    /**
     * A %-format string made only of literal text and the conversions %s, %r, %d/%i (no key, flags, width or
     * precision) and %%, parsed once and kept on the format string (the "specialise on the constant format string"
     * of PyPy): {@code lits[k]} precedes conversion {@code convs[k]}, and {@code lits[convs.length]} ends.
     */
    static final class PercentPlan {
        @org.stmj.api.annotation.ImmutableArray
        final String[] lits;
        @org.stmj.api.annotation.ImmutableArray
        final char[] convs;
        final int litLen;
        /** Whether every conversion is a %d (or %i). */
        final boolean allInts;

        private PercentPlan(String[] lits, char[] convs) {
            this.lits = lits;
            this.convs = convs;
            int n = 0;
            for (String l : lits) {
                n += l.length();
            }
            this.litLen = n;
            boolean ints = true;
            for (char c : convs) {
                ints &= c == 'd';
            }
            this.allInts = ints;
        }

        /** The plan of fmt, or NOT_SIMPLE. */
        static Object parse(String fmt) {
            java.util.ArrayList<String> lits = new java.util.ArrayList<>();
            StringBuilder convs = new StringBuilder();
            StringBuilder lit = new StringBuilder();
            int n = fmt.length();
            for (int i = 0; i < n; i++) {
                char c = fmt.charAt(i);
                if (c != '%') {
                    lit.append(c);
                    continue;
                }
                if (++i >= n) {
                    return NOT_SIMPLE;
                }
                char t = fmt.charAt(i);
                if (t == '%') {
                    lit.append('%');
                } else if (t == 's' || t == 'r' || t == 'd' || t == 'i') {
                    lits.add(lit.toString());
                    lit.setLength(0);
                    convs.append(t == 'i' ? 'd' : t);
                } else {
                    return NOT_SIMPLE;
                }
            }
            lits.add(lit.toString());
            return new PercentPlan(lits.toArray(new String[0]), convs.toString().toCharArray());
        }

        /**
         * fmt % args by this plan, or null (before anything was converted) when args do not fit it: not an exact
         * tuple of the right length (or one non-tuple value for one conversion), or a %d of anything but an exact
         * machine-sized int. The general {@link #percent} then gives the answer and its errors. Conversions run
         * left to right, as there.
         */
        String apply(ThreadState ts, PyObject args) {
            char[] cv = convs;
            int nc = cv.length;
            PyObject[] items;
            if (args instanceof PyTuple) {
                if (args.getClass() != PyTuple.class || ((PyTuple) args).type != null) {
                    return null;
                }
                items = ((PyTuple) args).items;
                if (items.length != nc) {
                    return null;
                }
            } else {
                if (nc != 1) {
                    return null;
                }
                items = null;
            }
            for (int k = 0; k < nc; k++) {
                if (cv[k] != 'd') {
                    continue;
                }
                PyObject a = items == null ? args : items[k];
                if (a.getClass() != PyInt.class || ((PyInt) a).big != null) {
                    return null;
                }
            }
            String[] ls = lits;
            if (allInts) {
                // every conversion a %d of a machine-sized int (checked above): one string concatenation, which
                // javac compiles to a StringConcatFactory call site that sizes the result exactly and fills it
                // once (no StringBuilder, no copy of its buffer)
                switch (nc) {
                    case 1:
                        return ls[0] + ((PyInt) (items == null ? args : items[0])).v + ls[1];
                    case 2:
                        return ls[0] + ((PyInt) items[0]).v + ls[1] + ((PyInt) items[1]).v + ls[2];
                    case 3:
                        return ls[0] + ((PyInt) items[0]).v + ls[1] + ((PyInt) items[1]).v + ls[2]
                                + ((PyInt) items[2]).v + ls[3];
                    case 4:
                        return ls[0] + ((PyInt) items[0]).v + ls[1] + ((PyInt) items[1]).v + ls[2]
                                + ((PyInt) items[2]).v + ls[3] + ((PyInt) items[3]).v + ls[4];
                    default:
                }
            }
            StringBuilder sb = new StringBuilder(litLen + 12 * nc);
            for (int k = 0; k < nc; k++) {
                sb.append(ls[k]);
                PyObject a = items == null ? args : items[k];
                switch (cv[k]) {
                    case 'd':
                        sb.append(((PyInt) a).v);
                        break;
                    case 's':
                        if (a.getClass() == PyStr.class) {
                            sb.append(((PyStr) a).value());
                        } else if (a.getClass() == PyInt.class && ((PyInt) a).big == null) {
                            sb.append(((PyInt) a).v);
                        } else {
                            sb.append(Ops.str(ts, a));
                        }
                        break;
                    default:
                        sb.append(Ops.repr(ts, a));
                }
            }
            return sb.append(ls[nc]).toString();
        }
    }

    /** fmt % args for a str format: by the plan cached on fmt when it is simple and args fit, else {@link #percent}. */
    public static String percent(ThreadState ts, PyStr fmt, PyObject args) {
        Object plan = fmt.percentPlan;
        if (plan == null) {
            fmt.percentPlan = plan = PercentPlan.parse(fmt.value());
        }
        if (plan != NOT_SIMPLE) {
            String r = ((PercentPlan) plan).apply(ts, args);
            if (r != null) {
                return r;
            }
        }
        return percent(ts, fmt.value(), args);
    }

    public static String percent(ThreadState ts, String fmt, PyObject args) {
        return percent(ts, fmt, args, false);
    }

    /**
     * bytes % args (PEP 461): {@code fmt} and the result hold one byte per char (ISO-8859-1); %s and %b take
     * bytes-like objects and {@code __bytes__}, %r and %a give ascii(), %c an int in range(256) or one byte, and
     * mapping keys are bytes.
     */
    static String percentBytes(ThreadState ts, String fmt, PyObject args) {
        return percent(ts, fmt, args, true);
    }

    private static String percent(ThreadState ts, String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple) {
            items = ((PyTuple) args).items;
        } else {
            items = new PyObject[] {args};
            if (args instanceof PyDict || (args.type().heap && args.type().slots[PyType.S_GETITEM] != null
                    && !(args instanceof PyStr) && !(args instanceof PyBytes))) {
                        mapping = args;
                    }
        }
        StringBuilder sb = new StringBuilder();
        int ai = 0, n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            int pct = i;
            if (++i >= n) {
                throw Py.valueError("incomplete format");
            }
            PyObject arg = null;
            if (fmt.charAt(i) == '(') {
                int depth = 1, st = i + 1;
                while (depth > 0) {
                    i++;
                    if (i >= n) {
                        throw Py.valueError("incomplete format key");
                    }
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                }
                if (mapping == null) {
                    throw Py.typeError("format requires a mapping");
                }
                String key = fmt.substring(st, i);
                arg = Ops.getitem(ts, mapping, bytes ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets
                        .ISO_8859_1), false) : Py.str(key));
                // CPython: a key makes the looked-up value the one argument, used up here, so a later
                // unkeyed conversion has none ("%(a)s %s" % {...}: not enough arguments)
                ai = items.length;
                i++;
            }
            Spec p = new Spec();
            boolean left = false;
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '-') {
                    left = true;
                } else if (f == '+') {
                    p.sign = '+';
                } else if (f == ' ' && p.sign == 0) {
                    p.sign = ' ';
                } else if (f == '#') {
                    p.alt = true;
                } else if (f == '0') {
                    p.zero = true;
                }
            }
            if (i < n && fmt.charAt(i) == '*') {
                p.width = starArg(ts, items, ai++);
                if (p.width < 0) { // a negative '*' width left-justifies, as the '-' flag
                    left = true;
                    p.width = -p.width;
                }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > st) {
                    p.width = percentNumber(fmt.substring(st, i), "width");
                }
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    p.prec = starArg(ts, items, ai++);
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    p.prec = i > st ? percentNumber(fmt.substring(st, i), "precision") : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw Py.valueError("incomplete format");
            }
            char t = fmt.charAt(i);
            if (t == '%' && i == pct + 1) {
                sb.append('%');
                continue;
            }
            if (arg == null) {
                // with a mapping, items is {mapping}: an unkeyed conversion takes it once, before any key
                if (ai >= items.length) {
                    throw Py.typeError("not enough arguments for format string");
                }
                arg = items[ai++];
            }
            if (left) {
                p.align = '<';
            }
            if (left) {
                p.zero = false;
            }
            String s;
            if (bytes && (t == 's' || t == 'b' || t == 'r' || t == 'a' || t == 'c')) {
                s = t == 'c' ? percentByte(ts, arg) : t == 'r' || t == 'a' ? asciiEscape(Ops.repr(ts, arg))
                        : percentBytesArg(ts, arg);
                if (p.prec >= 0 && p.prec < s.length() && t != 'c') {
                    s = s.substring(0, p.prec);
                }
                sb.append(pad(s, p, '>'));
                continue;
            }
            switch (t) {
                case 's': s = Ops.str(ts, arg); if (p.prec >= 0 && p.prec < PyStr.cpLen(s)) {
                    s = s.substring(0, PyStr.offset(s, p.prec));
                }
                s = pad(s, p, '>'); break;
                case 'r': case 'a': s = Ops.repr(ts, arg); if (t == 'a') {
                    s = asciiEscape(s);
                }
                if (p.prec >= 0 && p.prec < PyStr.cpLen(s)) {
                    s = s.substring(0, PyStr.offset(s, p.prec));
                }
                s = pad(s, p, '>'); break;
                case 'c': s = percentChar(ts, arg); s = pad(s, p, '>'); break;
                case 'd': case 'i': case 'u': {
                    PyInt iv = arg instanceof PyFloat
                            ? Py.newInt(new java.math.BigDecimal(((PyFloat) arg).v).toBigInteger())
                            : numberToInt(ts, arg, t);
                    p.type = 'd';
                    int pr = p.prec;
                    p.prec = -1;
                    s = formatInt(ts, iv, p);
                    if (pr > 0) {
                        String digits = PyInt.decimal(ts, iv.toBig().abs());
                        if (digits.length() < pr) {
                            s = s.replace(digits, "0".repeat(pr - digits.length()) + digits);
                        }
                    }
                    break;
                }
                case 'x': case 'X': case 'o': {
                    p.type = t;
                    s = formatInt(ts, numberToInt(ts, arg, t), p);
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    p.type = t;
                    if (p.prec < 0) {
                        p.prec = 6;
                    }
                    s = formatFloat(Ops.toDouble(ts, arg), p);
                    break;
                }
                default:
                    throw Py.valueError("unsupported format character '" + t + "' (0x" + Integer.toHexString(t)
                            + ") at index " + i);
            }
            sb.append(s);
        }
        if (ai < items.length && mapping == null) {
            throw Py.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return sb.toString();
    }

    /** A {@code *} width or precision of %-formatting: the next argument, an int (CPython's messages). */
    /**
     * A width or precision written in a %-format: CPython's "width too big" past a C ssize_t, "precision too big"
     * past a C int; a width no Java string reaches is CPython's failed allocation (MemoryError).
     */
    private static int percentNumber(String digits, String what) {
        java.math.BigInteger v = new java.math.BigInteger(digits);
        if (v.bitLength() > (what.equals("width") ? 63 : 31)) {
            throw Py.valueError(what + " too big");
        }
        if (v.bitLength() > 31) {
            throw Py.raise(Exc.MemoryError, "");
        }
        return v.intValue();
    }

    private static int starArg(ThreadState ts, PyObject[] items, int ai) {
        if (ai >= items.length) {
            throw Py.typeError("not enough arguments for format string");
        }
        PyObject v = items[ai];
        if (!(v instanceof PyInt)) {
            throw Py.typeError("* wants int");
        }
        return (int) Ops.toInt(ts, v).v;
    }

    /** The operand of bytes' %s and %b, one char per byte: bytes, bytearray, {@code __bytes__}, memoryview. */
    private static String percentBytesArg(ThreadState ts, PyObject arg) {
        byte[] b;
        if (arg instanceof PyBytes) {
            b = ((PyBytes) arg).bytes();
        } else {
            PyObject bm = arg.type().lookup("__bytes__");
            if (bm != null) {
                PyObject r = Ops.call(ts, Ops.bindDescr(ts, bm, arg, arg.type()));
                if (!(r instanceof PyBytes) || ((PyBytes) r).mutable) {
                    throw Py.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
                }
                b = ((PyBytes) r).bytes();
            } else if (arg instanceof PyMemoryView) {
                b = ((PyMemoryView) arg).raw();
            } else {
                throw Py.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                        + arg.type().name + "'");
            }
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The operand of bytes' %c: an int in range(256) or a bytes/bytearray of length 1. */
    private static String percentByte(ThreadState ts, PyObject arg) {
        if (arg instanceof PyBytes) {
            byte[] b = ((PyBytes) arg).bytes();
            if (b.length == 1) {
                return String.valueOf((char) (b[0] & 0xff));
            }
        } else if (arg instanceof PyInt || arg.type().lookup("__index__") != null) {
            PyInt v = Ops.toInt(ts, arg);
            if (v.toBig().signum() < 0 || v.toBig().compareTo(BigInteger.valueOf(255)) > 0) {
                throw Py.overflow("%c arg not in range(256)");
            }
            return String.valueOf((char) v.intValue());
        }
        throw Py.typeError("%c requires an integer in range(256) or a single byte");
    }

    static String asciiEscape(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 256) {
                Escapes.appendHex(sb, "\\x", c, 2);
            } else if (c < 0x10000) {
                Escapes.appendHex(sb, "\\u", c, 4);
            } else {
                Escapes.appendHex(sb, "\\U", c, 8);
            }
        });
        return sb.toString();
    }

    private static PyInt numberToInt(ThreadState ts, PyObject arg, char t) {
        if (arg instanceof PyInt) {
            return (PyInt) arg;
        }
        if (t != 'x' && t != 'X' && t != 'o' && arg.type().heap && arg.type().slots[PyType.S_INT] != null) {
            return (PyInt) Ops.call(ts, Ops.getattr(ts, arg, "__int__"));
        }
        if (arg.type().heap && arg.type().slots[PyType.S_INDEX] != null) {
            return Ops.toInt(ts, arg);
        }
        throw Py.typeError("%" + t + " format: a" + (t == 'd' ? " real number" : "n integer") + " is required, not "
                + arg.type().name);
    }

    // ---------------------------------------------------------------- str.format

    public static String strFormat(ThreadState ts, String fmt, PyObject[] args, String[] kw) {
        return strFormat(ts, fmt, args, kw, new int[2], 2);
    }

    /**
     * One level of {@code str.format}: {@code auto[0]} is the next automatic field number, {@code auto[1]} the
     * numbering mode so far (0 none yet, 1 automatic, 2 manual), shared with the nested format specs as in
     * CPython (the outer field takes its number before the fields of its spec); {@code nest} is the nesting
     * still allowed.
     */
    private static String strFormat(ThreadState ts, String fmt, PyObject[] args, String[] kw, int[] auto,
            int nest) {
        if (nest <= 0) {
            throw Py.valueError("Max string recursion exceeded");
        }
        int npos = args.length - (kw == null ? 0 : kw.length);
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i++;
                    continue;
                }
                throw Py.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw Py.valueError("Single '{' encountered in format string");
            }
            // CPython's MarkupIterator: '[...]' in the field name is skipped whole; after '!' or ':' braces nest
            int depth = 1, st = i + 1;
            boolean inSpec = false;
            while (depth > 0) {
                i++;
                if (i >= n) {
                    if (fmt.charAt(n - 1) == '!' && fmt.indexOf(':', st) < 0 && fmt.indexOf('!', st) == n - 1) {
                        throw Py.valueError("end of string while looking for conversion specifier");
                    }
                    throw Py.valueError(inSpec ? "unmatched '{' in format spec" : "expected '}' before end of string");
                }
                char fc = fmt.charAt(i);
                if (fc == '[' && !inSpec) {
                    while (i + 1 < n && fmt.charAt(i + 1) != ']') {
                        i++;
                    }
                } else if ((fc == ':' || fc == '!') && !inSpec) {
                    inSpec = true;
                } else if (fc == '{') {
                    depth++;
                } else if (fc == '}') {
                    depth--;
                }
            }
            String field = fmt.substring(st, i);
            String spec = "";
            char conv = 0;
            int colon = -1, bracket = 0;
            for (int k = 0; k < field.length(); k++) {
                char fc = field.charAt(k);
                if (fc == '[') {
                    bracket++;
                } else if (fc == ']') {
                    bracket--;
                } else if (fc == ':' && bracket == 0) {
                    colon = k;
                    break;
                }
            }
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            int bang = field.indexOf('!');
            if (bang >= 0) {
                if (bang + 1 >= field.length()) {
                    throw Py.valueError(colon >= 0 ? "Unknown conversion specifier :"
                            : "unmatched '{' in format spec");
                }
                if (bang + 2 < field.length()) {
                    throw Py.valueError("expected ':' after conversion specifier");
                }
                conv = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            int k = 0;
            while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
                k++;
            }
            String head = field.substring(0, k);
            PyObject v;
            if (head.isEmpty()) {
                if (auto[1] == 2) {
                    throw Py.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                auto[1] = 1;
                int ix = auto[0]++;
                if (ix >= npos) {
                    throw Py.indexError("Replacement index " + ix + " out of range for positional args tuple");
                }
                v = args[ix];
            } else if (head.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                if (auto[1] == 1) {
                    throw Py.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                auto[1] = 2;
                java.math.BigInteger big = new java.math.BigInteger(head);
                if (big.bitLength() > 63) { // get_integer: past Py_ssize_t
                    throw Py.valueError("Too many decimal digits in format string");
                }
                if (big.longValue() >= npos) {
                    throw Py.indexError("Replacement index " + big + " out of range for positional args tuple");
                }
                int ix = big.intValue();
                v = args[ix];
            } else {
                v = null;
                if (kw != null) {
                    for (int j = 0; j < kw.length; j++) {
                        if (kw[j].equals(head)) {
                            v = args[npos + j];
                        }
                    }
                }
                if (v == null) {
                    throw Py.keyError(Py.str(head));
                }
            }
            while (k < field.length()) {
                if (field.charAt(k) == '.') {
                    int e = k + 1;
                    while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                        e++;
                    }
                    if (e == k + 1) {
                        throw Py.valueError("Empty attribute in format string");
                    }
                    v = Ops.getattr(ts, v, field.substring(k + 1, e));
                    k = e;
                } else {
                    int e = field.indexOf(']', k);
                    if (e < 0) {
                        throw Py.valueError("expected '}' before end of string");
                    }
                    String key = field.substring(k + 1, e);
                    if (key.isEmpty()) {
                        throw Py.valueError("Empty attribute in format string");
                    }
                    if (e + 1 < field.length() && field.charAt(e + 1) != '.' && field.charAt(e + 1) != '[') {
                        throw Py.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                    PyObject kk = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                            ? Py.newInt(Long.parseLong(key)) : Py.str(key);
                    v = Ops.getitem(ts, v, kk);
                    k = e + 1;
                }
            }
            if (conv == 'r') {
                v = Py.str(Ops.repr(ts, v));
            } else if (conv == 'a') {
                v = Py.str(asciiEscape(Ops.repr(ts, v)));
            } else if (conv == 's') {
                v = Py.str(Ops.str(ts, v));
            } else if (conv != 0) {
                throw Py.valueError("Unknown conversion specifier " + conv);
            }
            if (spec.indexOf('{') >= 0) {
                spec = strFormat(ts, spec, args, kw, auto, nest - 1);
            }
            sb.append(((PyStr) Ops.format(ts, v, spec)).value());
        }
        return sb.toString();
    }
}
