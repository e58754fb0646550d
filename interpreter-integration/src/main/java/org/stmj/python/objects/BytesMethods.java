package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addClassMethod;
import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;

import java.nio.charset.StandardCharsets;
import org.stmj.python.vm.ThreadState;

/** Methods of bytes and bytearray; most of them run str's method on the Latin-1 decoding. */
final class BytesMethods {
    private BytesMethods() {
    }

    /** Installs the methods of bytes and bytearray; after str's, which it borrows. */
    /**
     * CPython's {@code _PyBytes_FromHex}: pairs of hex digits, ASCII whitespace skipped between pairs; a ValueError
     * naming the first character that is not a digit where one is due.
     */
    static byte[] fromHex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && " \t\n\r\u000b\f".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                return out.toByteArray();
            }
            int top = Character.digit(s.charAt(i), 16);
            if (top < 0 || s.charAt(i) > 127) {
                throw Py.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            i++;
            int bot = i < n && s.charAt(i) <= 127 ? Character.digit(s.charAt(i), 16) : -1;
            if (bot < 0) {
                throw Py.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            i++;
            out.write(top * 16 + bot);
        }
    }

    static void install() {
        for (PyType T : new PyType[] {Builtins.BYTES, Builtins.BYTEARRAY}) {
            addMethod(T, "decode", (ts, a, kw) -> {
                PyObject[] p = Args.parse("decode", a, kw, new String[] {"self", "encoding", "errors"}, 1);
                for (int i = 1; i <= 2; i++) {
                    if (p[i] != null) {
                        Args.clinicStr(p[i], "decode", i == 1 ? "'encoding'" : "'errors'");
                    }
                }
                String enc = p[1] == null ? "utf-8" : Ops.str(ts, p[1]);
                String errors = p[2] == null ? "strict" : Ops.str(ts, p[2]);
                try {
                    return Py.str(Codecs.decode(((PyBytes) a[0]).bytes(), enc));
                } catch (PyException e) {
                    // error handlers other than strict, and codecs Java lacks, go through the codecs registry
                    if (errors.equals("strict") && !e.exc.isInstance(Exc.LookupError)) {
                        throw e;
                    }
                    PyObject codecs = ts.interp.importName(ts, "_codecs", null, 0, null);
                    return Ops.call(ts, Ops.getattr(ts, codecs, "_decode_bytes"),
                            new PyBytes(((PyBytes) a[0]).bytes(), false), Py.str(enc), Py.str(errors));
                }
            });
            addMethod(T, "hex", (ts, a, kw) -> Py.str(hex(ts, "hex", ((PyBytes) a[0]).bytes(), a, kw)));
            addMethod(T, "join", (ts, a, kw) -> {
                PyBytes sep = (PyBytes) a[0];
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                PyObject[] items;
                if (a[1] instanceof PyTuple || a[1] instanceof PyList) {
                    items = Ops.toArray(ts, a[1]);
                } else {
                    PyObject it;
                    try {
                        it = Ops.iter(ts, a[1]);
                    } catch (PyException e) {
                        if (e.exc.isInstance(Exc.TypeError)) {
                            throw Py.typeError("can only join an iterable"); // PySequence_Fast's message
                        }
                        throw e;
                    }
                    items = Ops.toArray(ts, it);
                }
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        out.write(sep.data, 0, sep.size);
                    }
                    PyObject it = items[i];
                    byte[] b;
                    if (it instanceof PyBytes) {
                        b = ((PyBytes) it).bytes();
                    } else if (it instanceof PyMemoryView) {
                        b = PyBytes.fromObject(ts, it);
                    } else if (it.type().module().equals("array") && Ops.getattrOrNull(ts, it, "tobytes") != null) {
                        b = ((PyBytes) Ops.callMethod(ts, it, "tobytes")).bytes();
                    } else {
                        throw Py.typeError("sequence item " + i + ": expected a bytes-like object, " + it.type().name
                                + " found");
                    }
                    out.write(b, 0, b.length);
                }
                return new PyBytes(out.toByteArray(), sep.mutable);
            });
            addMethod(T, "startswith", (ts, a, kw) -> {
                byte[] s = ((PyBytes) a[0]).bytes(), p = ((PyBytes) a[1]).bytes();
                return Py.bool(s.length >= p.length
                        && java.util.Arrays.equals(java.util.Arrays.copyOf(s, p.length), p));
            });
            addMethod(T, "endswith", (ts, a, kw) -> {
                byte[] s = ((PyBytes) a[0]).bytes(), p = ((PyBytes) a[1]).bytes();
                return Py.bool(s.length >= p.length
                        && java.util.Arrays.equals(java.util.Arrays.copyOfRange(s, s.length - p.length, s.length), p));
            });
            addMethod(T, "find",
                    (ts, a, kw) -> Py.newInt(
                    ((PyBytes) a[0]).indexOf(PyBytes.fromObject(ts, a[1] instanceof PyInt ? new PyTuple(a[1]) : a[1]),
                    0)));
            addMethod(T, "count", (ts, a, kw) -> {
                PyBytes s = (PyBytes) a[0];
                byte[] p = PyBytes.fromObject(ts, a[1] instanceof PyInt ? new PyTuple(a[1]) : a[1]);
                int n = 0;
                for (int i = s.indexOf(p, 0); i >= 0; i = s.indexOf(p, i + Math.max(1, p.length))) {
                    n++;
                }
                return Py.newInt(n);
            });
            addMethod(T, "upper",
                    (ts, a, kw) -> new PyBytes(new String(((PyBytes) a[0]).bytes(),
                    StandardCharsets.ISO_8859_1).toUpperCase().getBytes(StandardCharsets.ISO_8859_1),
                    ((PyBytes) a[0]).mutable));
            addMethod(T, "lower",
                    (ts, a, kw) -> new PyBytes(new String(((PyBytes) a[0]).bytes(),
                    StandardCharsets.ISO_8859_1).toLowerCase().getBytes(StandardCharsets.ISO_8859_1),
                    ((PyBytes) a[0]).mutable));
            addMethod(T, "strip",
                    (ts, a, kw) -> new PyBytes(new String(((PyBytes) a[0]).bytes(),
                    StandardCharsets.ISO_8859_1).strip().getBytes(StandardCharsets.ISO_8859_1),
                    ((PyBytes) a[0]).mutable));
            addMethod(T, "split", (ts, a, kw) -> {
                String s = new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1);
                PyObject sep = a.length > 1 ? Py.str(new String(((PyBytes) a[1]).bytes(), StandardCharsets.ISO_8859_1))
                        : null;
                PyList parts = StrMethods.split(s, sep, -1);
                for (int i = 0; i < parts.size; i++) {
                    parts.items[i] = new PyBytes(((PyStr) parts.items[i]).value().getBytes(StandardCharsets.ISO_8859_1),
                            false);
                }
                return parts;
            });
            addMethod(T, "replace", (ts, a, kw) -> {
                String s = new String(((PyBytes) a[0]).bytes(), StandardCharsets.ISO_8859_1);
                String o = new String(((PyBytes) a[1]).bytes(), StandardCharsets.ISO_8859_1),
                        n = new String(((PyBytes) a[2]).bytes(), StandardCharsets.ISO_8859_1);
                return new PyBytes(s.replace(o, n).getBytes(StandardCharsets.ISO_8859_1), ((PyBytes) a[0]).mutable);
            });
            addClassMethod(T, "fromhex", (ts, a, kw) -> {
                if (!(a[1] instanceof PyStr)) {
                    // argument clinic's _PyArg_BadArgument: None by name, anything else by its type's
                    throw Py.typeError("fromhex() argument must be str, not "
                            + (a[1] == Py.None ? "None" : a[1].type().name));
                }
                return new PyBytes(fromHex(((PyStr) a[1]).value()), a[0] == Builtins.BYTEARRAY);
            });
        }
        String[] viaStr = {"isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle",
            "index", "rindex", "find", "rfind", "count", "lstrip", "rstrip", "strip", "split", "rsplit", "partition",
            "rpartition", "center", "ljust", "rjust", "zfill", "title", "capitalize", "swapcase", "splitlines",
            "expandtabs", "removeprefix", "removesuffix", "startswith", "endswith", "replace", "upper", "lower"};
        for (PyType T : new PyType[] {Builtins.BYTES, Builtins.BYTEARRAY}) {
            for (String name : viaStr) {
                PyBuiltin sm = (PyBuiltin) Builtins.STR.dict.getStr(name);
                boolean intSub = name.endsWith("find") || name.endsWith("index") || name.equals("count");
                boolean lines = name.equals("splitlines");
                addMethod(T, name, (ts, a, kw) -> {
                    PyObject[] sa = new PyObject[a.length];
                    for (int i = 0; i < a.length; i++) {
                        if (i > 0 && a[i] instanceof PyStr) {
                            throw strArgument(name, i);
                        }
                        sa[i] = methodStr(ts, name, i, a[i], lines);
                    }
                    if (intSub && a.length > 1 && a[1] instanceof PyInt) {
                        long v = ((PyInt) a[1]).v;
                        sa[1] = v >= 0 && v < 256 ? Py.str(methodStr(new byte[] {(byte) v}, false))
                                : Py.chr((int) v);
                    }
                    if (name.endsWith("index")) {
                        try {
                            return sm.fn.call(ts, sa, kw);
                        } catch (PyException e) {
                            if (e.exc.isInstance(Exc.ValueError)) {
                                throw Py.valueError("subsection not found"); // bytes' own text
                            }
                            throw e;
                        }
                    }
                    return fromMethodStr(sm.fn.call(ts, sa, kw), ((PyBytes) a[0]).mutable);
                });
            }
            addMethod(T, "isascii", 0, 0, (ts, a, kw) -> {
                for (byte x : ((PyBytes) a[0]).bytes()) {
                    if (x < 0) {
                        return Py.False;
                    }
                }
                return Py.True;
            });
        }
        for (PyType T : new PyType[] {Builtins.BYTES, Builtins.BYTEARRAY}) {
            addStaticMethod(T, "maketrans", (ts, a, kw) -> {
                byte[] from = buffer(ts, a[0]);
                byte[] to = buffer(ts, a[1]);
                if (from.length != to.length) {
                    throw Py.valueError("maketrans arguments must have same length");
                }
                byte[] t = new byte[256];
                for (int i = 0; i < 256; i++) {
                    t[i] = (byte) i;
                }
                for (int i = 0; i < from.length; i++) {
                    t[from[i] & 0xff] = to[i];
                }
                return new PyBytes(t, false);
            });
            addMethod(T, "translate", (ts, a, kw) -> {
                PyObject[] p = Args.parse("translate", a, kw, new String[] {"self", "table", "delete"}, 2);
                byte[] src = ((PyBytes) p[0]).bytes();
                byte[] table = p[1] == Py.None ? null : buffer(ts, p[1]);
                if (table != null && table.length != 256) {
                    throw Py.valueError("translation table must be 256 characters long");
                }
                boolean[] del = new boolean[256];
                if (p[2] != null) {
                    for (byte x : buffer(ts, p[2])) {
                        del[x & 0xff] = true;
                    }
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(src.length);
                for (byte x : src) {
                    if (!del[x & 0xff]) {
                        out.write(table == null ? x : table[x & 0xff]);
                    }
                }
                return new PyBytes(out.toByteArray(), ((PyBytes) p[0]).mutable);
            });
        }
        PyType BA = Builtins.BYTEARRAY;
        addMethod(BA, "__init__", (ts, a, kw) -> {
            if (!(a[0] instanceof PyBytes) || !((PyBytes) a[0]).mutable) {
                throw Py.typeError("descriptor '__init__' requires a 'bytearray' object");
            }
            initBytearray(ts, (PyBytes) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        addMethod(BA, "reverse", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte t = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = t;
            }
            return Py.None;
        });
        addMethod(BA, "insert", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            int n = b.size;
            long i = Ops.asSsize(ts, a[1]);
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            if (i > n) {
                i = n;
            }
            b.append(0);
            System.arraycopy(b.data, (int) i, b.data, (int) i + 1, n - (int) i);
            b.data[(int) i] = (byte) Ops.toInt(ts, a[2]).v;
            return Py.None;
        });
        addMethod(BA, "copy", (ts, a, kw) -> new PyBytes(((PyBytes) a[0]).bytes(), true));
        addMethod(BA, "clear", (ts, a, kw) -> {
            ((PyBytes) a[0]).size = 0;
            return Py.None;
        });
        addMethod(BA, "append", (ts, a, kw) -> {
            long v = Ops.toInt(ts, a[1]).v;
            if (v < 0 || v > 255) {
                throw Py.valueError("byte must be in range(0, 256)");
            }
            ((PyBytes) a[0]).append((int) v);
            return Py.None;
        });
        addMethod(BA, "extend", (ts, a, kw) -> {
            PyObject src = a[1];
            if (!(src instanceof PyBytes || src instanceof PyMemoryView || src instanceof PyList
                    || src instanceof PyTuple)) {
                try {
                    src = Ops.iter(ts, src);
                } catch (PyException e) {
                    if (e.exc.isInstance(Exc.TypeError)) {
                        throw Py.typeError("can't extend bytearray with " + a[1].type().name);
                    }
                    throw e;
                }
            }
            for (byte x : PyBytes.fromObject(ts, src)) {
                ((PyBytes) a[0]).append(x & 0xff);
            }
            return Py.None;
        });
        addMethod(BA, "pop", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            if (a.length > 2) {
                throw Py.typeError("pop expected at most 1 argument, got " + (a.length - 1));
            }
            if (b.size == 0) {
                throw Py.indexError("pop from empty bytearray");
            }
            long i = a.length > 1 ? Ops.asSsize(ts, a[1]) : -1;
            if (i < 0) {
                i += b.size;
            }
            if (i < 0 || i >= b.size) {
                throw Py.indexError("pop index out of range");
            }
            int v = b.data[(int) i] & 0xff;
            System.arraycopy(b.data, (int) i + 1, b.data, (int) i, b.size - (int) i - 1);
            b.size--;
            return Py.newInt(v);
        });
        addMethod(BA, "remove", (ts, a, kw) -> {
            PyBytes b = (PyBytes) a[0];
            if (a.length != 2) {
                throw Py.typeError("bytearray.remove() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            long v = Ops.asSsize(ts, a[1]);
            if (v < 0 || v > 255) {
                throw Py.valueError("byte must be in range(0, 256)");
            }
            for (int i = 0; i < b.size; i++) {
                if ((b.data[i] & 0xff) == v) {
                    System.arraycopy(b.data, i + 1, b.data, i, b.size - i - 1);
                    b.size--;
                    return Py.None;
                }
            }
            throw Py.valueError("value not found in bytearray");
        });
    }

    /**
     * The bytes of a buffer argument (Py_buffer, {@code y*}): bytes, bytearray, a memoryview or an array, else
     * "a bytes-like object is required, not 'NoneType'".
     */
    static byte[] buffer(ThreadState ts, PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).bytes();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).raw();
        }
        if (o.type().module().equals("array") && Ops.getattrOrNull(ts, o, "tobytes") != null) {
            return ((PyBytes) Ops.callMethod(ts, o, "tobytes")).bytes();
        }
        throw Py.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    private static final java.nio.charset.Charset L1 = StandardCharsets.ISO_8859_1;

    static PyObject strToBytes(PyObject o, boolean mutable) {
        if (o instanceof PyStr) {
            return new PyBytes(((PyStr) o).value().getBytes(L1), mutable);
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            for (int i = 0; i < l.size; i++) {
                l.items[i] = strToBytes(l.items[i], mutable);
            }
            return l;
        }
        if (o instanceof PyTuple) {
            PyObject[] it = ((PyTuple) o).items;
            for (int i = 0; i < it.length; i++) {
                it[i] = strToBytes(it[i], mutable);
            }
            return o;
        }
        return o;
    }

    /**
     * bytes as a str that str's methods treat as bytes' methods treat the bytes: the bytes that str would read as
     * letters, digits, spaces or line breaks where bytes do not (every non-ASCII byte, whose Latin-1 character
     * may be one; {@code \x1c-\x1f}, whitespace to str; with {@code lines} (splitlines) also {@code \v} and
     * {@code \f}, line breaks to str) become the private-use characters U+F700 + byte, which str's methods leave
     * as they are; {@link #fromMethodStr} maps them back. A tuple is mapped item by item; anything else is kept.
     */
    /**
     * The TypeError CPython's bytes method {@code name} raises for a str as its argument {@code i} (the bytes
     * methods run on their str twins here, which would take it).
     */
    private static PyException strArgument(String name, int i) {
        if (name.endsWith("find") || name.endsWith("index") || name.equals("count")) {
            return Py.typeError("argument should be integer or bytes-like object, not 'str'");
        }
        if (name.equals("startswith") || name.equals("endswith")) {
            return Py.typeError(name + " first arg must be bytes or a tuple of bytes, not str");
        }
        if (name.equals("center") || name.equals("ljust") || name.equals("rjust")) {
            return Py.typeError(name + "() argument " + i + " must be a byte string of length 1, not str");
        }
        return Py.typeError("a bytes-like object is required, not 'str'");
    }

    /**
     * Argument {@code i} of the bytes method {@code name} as its str method takes it; a byte-string argument that is
     * not bytes-like (bytes, bytearray, memoryview; an int for the find family, a tuple for startswith/endswith)
     * raises CPython's TypeError for that method, as {@code _Py_bytes_find}'s and {@code Py_buffer} parsing do.
     */
    private static PyObject methodStr(ThreadState ts, String name, int i, PyObject o, boolean lines) {
        if (i > 0 && !(o instanceof PyBytes) && i <= 2) {
            boolean sub = i == 1 && (name.endsWith("find") || name.endsWith("index") || name.equals("count"));
            boolean prefix = i == 1 && (name.equals("startswith") || name.equals("endswith"));
            boolean bytesArg = i == 1 && (name.endsWith("partition") || name.startsWith("remove"))
                    || name.equals("replace");
            if (o instanceof PyMemoryView && (sub || bytesArg)) {
                return Py.str(methodStr(PyBytes.fromObject(ts, o), lines));
            }
            if (sub && !(o instanceof PyInt)) {
                throw Py.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
            }
            if (prefix && !(o instanceof PyTuple)) {
                throw Py.typeError(name + " first arg must be bytes or a tuple of bytes, not " + o.type().name);
            }
            if (bytesArg) {
                throw Py.typeError("a bytes-like object is required, not '" + o.type().name + "'");
            }
        }
        return methodStr(o, lines);
    }

    static PyObject methodStr(PyObject o, boolean lines) {
        if (o instanceof PyBytes) {
            return Py.str(methodStr(((PyBytes) o).bytes(), lines));
        }
        if (o instanceof PyTuple) {
            PyObject[] it = ((PyTuple) o).items.clone();
            for (int i = 0; i < it.length; i++) {
                it[i] = methodStr(it[i], lines);
            }
            return new PyTuple(it);
        }
        return o;
    }

    static String methodStr(byte[] b, boolean lines) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xff;
            c[i] = x >= 0x80 || x >= 0x1c && x <= 0x1f || lines && (x == 0x0b || x == 0x0c) ? (char) (0xF700 + x)
                    : (char) x;
        }
        return new String(c);
    }

    /** The inverse of {@link #methodStr} on a str method's result (a str, or a list or tuple of them). */
    static PyObject fromMethodStr(PyObject o, boolean mutable) {
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value();
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                char ch = s.charAt(i);
                b[i] = (byte) (ch >= 0xF700 && ch <= 0xF7FF ? ch - 0xF700 : ch);
            }
            return new PyBytes(b, mutable);
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            for (int i = 0; i < l.size; i++) {
                l.items[i] = fromMethodStr(l.items[i], mutable);
            }
            return l;
        }
        if (o instanceof PyTuple) {
            PyObject[] it = ((PyTuple) o).items;
            for (int i = 0; i < it.length; i++) {
                it[i] = fromMethodStr(it[i], mutable);
            }
            return o;
        }
        return o;
    }

    /** bytearray.__init__(source=b'', encoding=..., errors=...): replaces the contents. */
    static void initBytearray(ThreadState ts, PyBytes b, PyObject[] args, String[] kw) {
        byte[] data = Builtins.bytesArgs(ts, "bytearray", args, kw);
        b.data = data;
        b.size = data.length;
    }

    /**
     * bytes.hex, bytearray.hex and memoryview.hex: {@code a[0]} is the object, then the optional {@code sep} (a str
     * or bytes of length 1) and {@code bytes_per_sep} (groups counted from the right when positive, from the left
     * when negative), as CPython's _Py_strhex_impl.
     */
    static String hex(ThreadState ts, String name, byte[] b, PyObject[] a, String[] kw) {
        PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        PyObject[] p = Args.parse(name, rest, kw, new String[] {"sep", "bytes_per_sep"}, 0);
        long per = p[1] == null ? 1 : Ops.toInt(ts, p[1]).v; // clinic converts bytes_per_sep before the body
        String sep = null;
        if (p[0] != null) {
            if (!(p[0] instanceof PyStr || p[0] instanceof PyBytes || p[0] instanceof PyMemoryView)) {
                throw Py.typeError("object of type '" + p[0].type().name + "' has no len()"); // PyObject_Length
            }
            sep = p[0] instanceof PyStr ? ((PyStr) p[0]).value()
                    : new String(PyBytes.fromObject(ts, p[0]), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (sep.length() != 1) {
                throw Py.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw Py.valueError("sep must be ASCII.");
            }
        }
        long group = Math.abs(per);
        int n = b.length;
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0)) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return sb.toString();
    }
}
