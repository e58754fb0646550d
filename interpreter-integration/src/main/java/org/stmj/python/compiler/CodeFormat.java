package org.stmj.python.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBool;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyComplex;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PySet;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.vm.AsyncOps;
import org.stmj.python.vm.MatchOps;
import org.stmj.python.vm.ThreadState;

/**
 * The serialised form of a compiled module ({@link Code} and everything it holds), this interpreter's {@code .pyc}
 * body. Written and read by this class alone (no Java serialisation): a byte string of unsigned LEB128 varints,
 * a string table (each distinct string written once, later uses by index), and tagged constants. The file name is
 * not stored: every code object of one compilation carries the same one, which the reader supplies (a moved
 * source file then names its new place, as CPython's {@code _fix_co_filename} does).
 *
 * <p>Decoding rebuilds exactly what the compiler builds: the same field values, names and identifier-like string
 * constants interned as the compiler interns them, the interpreter's singletons ({@code None}, {@code Ellipsis},
 * the match and async helpers) by identity, fresh immutable arrays never written after construction (so the
 * {@code @ImmutableArray} contract the STM configuration relies on holds) and a fresh inline-cache array.
 * Malformed input raises {@link IllegalArgumentException}; the caller then compiles from source.
 */
public final class CodeFormat {
    /** Version of this body format; bump on any change of the layout or of the table of known objects. */
    public static final int VERSION = 6;

    private static final int T_NONE = 0, T_ELLIPSIS = 1, T_TRUE = 2, T_FALSE = 3, T_INT = 4, T_BIGINT = 5,
            T_FLOAT = 6, T_COMPLEX = 7, T_STR = 8, T_BYTES = 9, T_TUPLE = 10, T_FROZENSET = 11, T_CODE = 12,
            T_KNOWN = 13;

    /**
     * Interpreter objects the compiler puts among the constants by identity (helpers of match and async code). A
     * holder class: loading CodeFormat (which {@link Compiler#compile} reads a flag of) must not initialise the
     * object model out of its order.
     */
    private static final class Known {
        static final PyObject[] TABLE = {AsyncOps.GET_AWAITABLE, AsyncOps.YIELD_FROM_ITER, AsyncOps.AITER,
            AsyncOps.ANEXT, AsyncOps.ASYNC_WITH_ENTER, AsyncOps.ASYNC_GEN_WRAP, MatchOps.MATCH_SEQUENCE,
            MatchOps.MATCH_MAPPING, MatchOps.MATCH_CLASS, Exc.StopAsyncIteration};
    }

    private CodeFormat() {
    }

    /** Thrown by {@link #encode} for a constant this format cannot represent (the caller then caches nothing). */
    public static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * When set, {@link Compiler#compile} returns every module's code after a round trip through this format,
     * checked field for field against the compiled original ({@link #sameCode}): the golden programs then run
     * on deserialised code (CodeFormatGoldenTest). Off in normal use.
     */
    public static volatile boolean roundTripAll;

    /** {@code c} encoded and decoded again; IllegalStateException when the copy differs from the original. */
    public static Code roundTrip(Code c) {
        byte[] b = encode(c);
        Code d = decode(b, 0, b.length, c.filename, null);
        String diff = sameCode(c, d);
        if (diff != null) {
            throw new IllegalStateException("code changed by the round trip: " + diff);
        }
        return d;
    }

    /**
     * Null when two code objects are equal field for field (constants by kind and value, nested code
     * recursively; names also by identity where the compiler interns them), else where they first differ.
     */
    public static String sameCode(Code a, Code b) {
        String where = a.qualname + " (line " + a.firstLine + ")";
        if (!java.util.Objects.equals(a.name, b.name) || !java.util.Objects.equals(a.qualname, b.qualname)
                || !java.util.Objects.equals(a.filename, b.filename)) {
            return where + ": name, qualname or filename";
        }
        if (a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount || a.kwonlyargcount != b.kwonlyargcount
                || a.flags != b.flags || a.stacksize != b.stacksize || a.firstLine != b.firstLine
                || a.simpleArgs != b.simpleArgs || a.iterableCoroutine != b.iterableCoroutine) {
            return where + ": counts, flags, stack size or first line";
        }
        if (!Arrays.equals(a.plainCode(), b.plainCode()) || a.code.length != b.code.length) {
            return where + ": instructions";
        }
        if (!Arrays.equals(a.positions, b.positions)) {
            return where + ": position table";
        }
        if (!Arrays.equals(a.lines, b.lines)) {
            return where + ": line table";
        }
        if (!Arrays.equals(a.cell2arg, b.cell2arg)) {
            return where + ": cell2arg";
        }
        String[][] as = {a.names, a.varnames, a.cellvars, a.freevars}, bs = {b.names, b.varnames, b.cellvars,
            b.freevars};
        for (int k = 0; k < as.length; k++) {
            if (!Arrays.equals(as[k], bs[k])) {
                return where + ": name table " + k;
            }
            for (int i = 0; i < as[k].length; i++) {
                if (as[k][i] != bs[k][i]) {
                    return where + ": name " + as[k][i] + " not interned";
                }
            }
        }
        if (b.caches.length != b.code.length) {
            return where + ": inline caches";
        }
        if (a.consts.length != b.consts.length) {
            return where + ": number of constants";
        }
        for (int i = 0; i < a.consts.length; i++) {
            String d = sameConst(a.consts[i], b.consts[i]);
            if (d != null) {
                return where + ": constant " + i + ": " + d;
            }
        }
        return null;
    }

    private static String sameConst(PyObject x, PyObject y) {
        if (x.getClass() != y.getClass() || x.type() != y.type()) {
            return "kind " + x.getClass().getSimpleName() + " vs " + y.getClass().getSimpleName();
        }
        if (x instanceof Code) {
            return sameCode((Code) x, (Code) y);
        }
        boolean same;
        if (x == Py.None || x == Py.Ellipsis || x instanceof PyBool) {
            same = x == y;
        } else if (x instanceof PyInt) {
            same = ((PyInt) x).toBig().equals(((PyInt) y).toBig()) && (((PyInt) x).big == null) == (((PyInt) y).big
                    == null);
        } else if (x instanceof PyFloat) {
            same = Double.doubleToRawLongBits(((PyFloat) x).v) == Double.doubleToRawLongBits(((PyFloat) y).v);
        } else if (x instanceof PyComplex) {
            same = Double.doubleToRawLongBits(((PyComplex) x).re) == Double.doubleToRawLongBits(((PyComplex) y).re)
                    && Double.doubleToRawLongBits(((PyComplex) x).im) == Double.doubleToRawLongBits(((PyComplex) y).im);
        } else if (x instanceof PyStr) {
            String sx = ((PyStr) x).value(), sy = ((PyStr) y).value();
            // an identifier-like constant the compiler interned (it shares the names' String) is interned by the
            // reader too (which interns every identifier-like one, so the pool already holds it: intern() adds none)
            same = sx.equals(sy) && (sx.length() > 40 || !Compiler.isIdentifier(sx) || sx.intern() != sx || sy == sx);
        } else if (x instanceof PyBytes) {
            same = Arrays.equals(((PyBytes) x).bytes(), ((PyBytes) y).bytes());
        } else if (x instanceof PyTuple || x instanceof PySet) {
            PyObject[] xs = x instanceof PyTuple ? ((PyTuple) x).items : ((PySet) x).toArray();
            PyObject[] ys = y instanceof PyTuple ? ((PyTuple) y).items : ((PySet) y).toArray();
            if (xs.length != ys.length) {
                return "length";
            }
            for (int i = 0; i < xs.length; i++) {
                String d = sameConst(xs[i], ys[i]);
                if (d != null && x instanceof PySet) {
                    // a set's order may differ: an equal element anywhere will do
                    for (PyObject e : ys) {
                        if (sameConst(xs[i], e) == null) {
                            d = null;
                            break;
                        }
                    }
                }
                if (d != null) {
                    return "item " + i + ": " + d;
                }
            }
            same = true;
        } else {
            same = x == y;
        }
        return same ? null : "value " + x.getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- writing

    /** The serialised form of a module's code object. */
    public static byte[] encode(Code c) {
        Writer w = new Writer();
        w.code(c);
        return w.toBytes();
    }

    private static final class Writer {
        private byte[] buf = new byte[4096];
        private int n;
        private final Map<String, Integer> strings = new HashMap<>();

        byte[] toBytes() {
            return Arrays.copyOf(buf, n);
        }

        private void ensure(int k) {
            if (n + k > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + k));
            }
        }

        void u8(int b) {
            ensure(1);
            buf[n++] = (byte) b;
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7fL) != 0) {
                buf[n++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[n++] = (byte) v;
        }

        void uint(int v) {
            varint(v & 0xffffffffL);
        }

        void sint(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void raw(byte[] b, int len) {
            ensure(len);
            System.arraycopy(b, 0, buf, n, len);
            n += len;
        }

        void string(String s) {
            if (s == null) {
                uint(0);
                return;
            }
            Integer i = strings.get(s);
            if (i != null) {
                uint(i + 2);
                return;
            }
            strings.put(s, strings.size());
            uint(1);
            int len = s.length();
            boolean latin = true;
            for (int k = 0; k < len; k++) {
                if (s.charAt(k) >= 0x80) {
                    latin = false;
                    break;
                }
            }
            uint(len << 1 | (latin ? 0 : 1));
            ensure(latin ? len : 2 * len);
            for (int k = 0; k < len; k++) {
                char ch = s.charAt(k);
                if (latin) {
                    buf[n++] = (byte) ch;
                } else {
                    buf[n++] = (byte) (ch >> 8);
                    buf[n++] = (byte) ch;
                }
            }
        }

        void strings(String[] a) {
            uint(a.length);
            for (String s : a) {
                string(s);
            }
        }

        void ints(int[] a) {
            uint(a.length);
            for (int v : a) {
                uint(v);
            }
        }

        /** Line numbers as differences from the previous one (mostly 0 or 1: one byte each). */
        void lines(int[] a) {
            uint(a.length);
            int prev = 0;
            for (int v : a) {
                sint((long) v - prev);
                prev = v;
            }
        }

        void code(Code c) {
            string(c.name);
            string(c.qualname);
            uint(c.argcount);
            uint(c.posonlyargcount);
            uint(c.kwonlyargcount);
            uint(c.flags);
            uint(c.stacksize);
            sint(c.firstLine);
            ints(c.plainCode());
            lines(c.plainLines());
            uint(c.positions.length);
            raw(c.positions, c.positions.length);
            strings(c.names);
            strings(c.varnames);
            strings(c.cellvars);
            strings(c.freevars);
            uint(c.cell2arg.length);
            for (int v : c.cell2arg) {
                sint(v);
            }
            uint(c.consts.length);
            for (PyObject k : c.consts) {
                constant(k);
            }
        }

        void constant(PyObject v) {
            Class<?> k = v.getClass();
            if (v == Py.None) {
                u8(T_NONE);
            } else if (v == Py.Ellipsis) {
                u8(T_ELLIPSIS);
            } else if (k == PyBool.class) {
                u8(v == Py.True ? T_TRUE : T_FALSE);
            } else if (k == PyInt.class) {
                PyInt i = (PyInt) v;
                if (i.big == null) {
                    u8(T_INT);
                    sint(i.v);
                } else {
                    u8(T_BIGINT);
                    byte[] b = i.big.toByteArray();
                    uint(b.length);
                    raw(b, b.length);
                }
            } else if (k == PyFloat.class) {
                u8(T_FLOAT);
                varint(Double.doubleToRawLongBits(((PyFloat) v).v));
            } else if (k == PyComplex.class) {
                u8(T_COMPLEX);
                varint(Double.doubleToRawLongBits(((PyComplex) v).re));
                varint(Double.doubleToRawLongBits(((PyComplex) v).im));
            } else if (k == PyStr.class) {
                u8(T_STR);
                string(((PyStr) v).value());
            } else if (k == PyBytes.class && !((PyBytes) v).mutable) {
                u8(T_BYTES);
                PyBytes b = (PyBytes) v;
                uint(b.size);
                raw(b.data, b.size);
            } else if (k == PyTuple.class) {
                PyObject[] items = ((PyTuple) v).items;
                u8(T_TUPLE);
                uint(items.length);
                for (PyObject it : items) {
                    constant(it);
                }
            } else if (k == PySet.class && v.type() == org.stmj.python.objects.Builtins.FROZENSET) {
                PyObject[] items = ((PySet) v).toArray();
                u8(T_FROZENSET);
                uint(items.length);
                for (PyObject it : items) {
                    constant(it);
                }
            } else if (k == Code.class) {
                u8(T_CODE);
                code((Code) v);
            } else {
                PyObject[] known = Known.TABLE;
                for (int i = 0; i < known.length; i++) {
                    if (known[i] == v) {
                        u8(T_KNOWN);
                        uint(i);
                        return;
                    }
                }
                throw new Unsupported("constant of class " + k.getName());
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Rebuilds the module code object from {@code data[off, off+len)}; every code object gets {@code filename}.
     * {@code ts} hashes frozenset elements (may be null). Throws IllegalArgumentException on malformed input.
     */
    public static Code decode(byte[] data, int off, int len, String filename, ThreadState ts) {
        Reader r = new Reader(data, off, off + len, filename, ts);
        try {
            Code c = r.code(0);
            if (r.pos != r.end) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return c;
        } catch (NegativeArraySizeException | IndexOutOfBoundsException
                | ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException("malformed code: " + e, e);
        }
    }

    private static final class Reader {
        private final byte[] b;
        private int pos;
        private final int end;
        private final String filename;
        private final ThreadState ts;
        private final List<String> strings = new ArrayList<>();

        Reader(byte[] b, int pos, int end, String filename, ThreadState ts) {
            if (pos < 0 || end > b.length || pos > end) {
                throw new IllegalArgumentException("bad range");
            }
            this.b = b;
            this.pos = pos;
            this.end = end;
            this.filename = filename;
            this.ts = ts;
        }

        int u8() {
            if (pos >= end) {
                throw new IllegalArgumentException("truncated");
            }
            return b[pos++] & 0xff;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = u8();
                v |= (long) (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        int uint() {
            long v = varint();
            if ((v >>> 32) != 0) {
                throw new IllegalArgumentException("int out of range");
            }
            return (int) v;
        }

        /** A count of items that each take at least one byte: never more than the bytes left. */
        int count() {
            int c = uint();
            if (c < 0 || c > end - pos) {
                throw new IllegalArgumentException("bad count " + c);
            }
            return c;
        }

        long sint() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        int sint32() {
            long v = sint();
            if (v != (int) v) {
                throw new IllegalArgumentException("int out of range");
            }
            return (int) v;
        }

        String string(boolean intern) {
            int i = uint();
            if (i == 0) {
                return null;
            }
            if (i >= 2) {
                if (i - 2 >= strings.size()) {
                    throw new IllegalArgumentException("bad string index");
                }
                String s = strings.get(i - 2);
                return intern ? s.intern() : s;
            }
            int h = uint();
            int len = h >>> 1;
            boolean latin = (h & 1) == 0;
            int bytes = latin ? len : 2 * len;
            if (bytes < 0 || bytes > end - pos) {
                throw new IllegalArgumentException("bad string length");
            }
            String s;
            if (latin) {
                s = new String(b, pos, len, java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                char[] cs = new char[len];
                for (int k = 0; k < len; k++) {
                    cs[k] = (char) ((b[pos + 2 * k] & 0xff) << 8 | (b[pos + 2 * k + 1] & 0xff));
                }
                s = new String(cs);
            }
            pos += bytes;
            if (intern || s.length() <= 40 && Compiler.isIdentifier(s)) {
                // names are interned by the compiler, and so are identifier-like string constants
                s = s.intern();
            }
            strings.add(s);
            return s;
        }

        String[] strings() {
            String[] a = new String[count()];
            for (int i = 0; i < a.length; i++) {
                a[i] = string(true);
            }
            return a;
        }

        int[] ints() {
            int[] a = new int[count()];
            for (int i = 0; i < a.length; i++) {
                a[i] = uint();
            }
            return a;
        }

        int[] lines() {
            int[] a = new int[count()];
            long prev = 0;
            for (int i = 0; i < a.length; i++) {
                prev += sint();
                if (prev != (int) prev) {
                    throw new IllegalArgumentException("line out of range");
                }
                a[i] = (int) prev;
            }
            return a;
        }

        Code code(int depth) {
            if (depth > 200) {
                throw new IllegalArgumentException("code nested too deeply");
            }
            String name = string(false);
            String qualname = string(false);
            int argc = uint();
            int posonly = uint();
            int kwonly = uint();
            int flags = uint();
            int stacksize = uint();
            int firstLine = sint32();
            int[] code = ints();
            int[] lines = lines();
            if (lines.length != code.length) {
                throw new IllegalArgumentException("line table does not match the code");
            }
            int npos = count();
            byte[] positions = Arrays.copyOfRange(b, pos, pos + npos);
            pos += npos;
            PositionTable.decode(positions, code.length);
            String[] names = strings();
            String[] varnames = strings();
            String[] cellvars = strings();
            String[] freevars = strings();
            int[] cell2arg = new int[count()];
            for (int i = 0; i < cell2arg.length; i++) {
                cell2arg[i] = sint32();
            }
            if (cell2arg.length != cellvars.length) {
                throw new IllegalArgumentException("cell2arg does not match the cells");
            }
            PyObject[] consts = new PyObject[count()];
            for (int i = 0; i < consts.length; i++) {
                consts[i] = constant(depth);
            }
            return new Code(name, qualname, filename, code, lines, positions, consts, names, varnames, cellvars,
                    freevars,
                    cell2arg, argc, posonly, kwonly, flags, stacksize, firstLine);
        }

        PyObject constant(int depth) {
            int tag = u8();
            switch (tag) {
                case T_NONE:
                    return Py.None;
                case T_ELLIPSIS:
                    return Py.Ellipsis;
                case T_TRUE:
                    return Py.True;
                case T_FALSE:
                    return Py.False;
                case T_INT:
                    return Py.newInt(sint());
                case T_BIGINT: {
                    int len = count();
                    if (len == 0) {
                        throw new IllegalArgumentException("empty big int");
                    }
                    byte[] m = Arrays.copyOfRange(b, pos, pos + len);
                    pos += len;
                    return Py.newInt(new BigInteger(m));
                }
                case T_FLOAT:
                    return Py.newFloat(Double.longBitsToDouble(varint()));
                case T_COMPLEX: {
                    double re = Double.longBitsToDouble(varint());
                    return new PyComplex(re, Double.longBitsToDouble(varint()));
                }
                case T_STR: {
                    String s = string(false);
                    if (s == null) {
                        throw new IllegalArgumentException("null str constant");
                    }
                    return Py.str(s);
                }
                case T_BYTES: {
                    int len = count();
                    byte[] m = Arrays.copyOfRange(b, pos, pos + len);
                    pos += len;
                    return new PyBytes(m, false);
                }
                case T_TUPLE: {
                    PyObject[] items = new PyObject[count()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = nested(depth);
                    }
                    return new PyTuple(items);
                }
                case T_FROZENSET: {
                    int k = count();
                    PySet s = new PySet(true);
                    for (int i = 0; i < k; i++) {
                        s.add(ts, nested(depth));
                    }
                    return s;
                }
                case T_CODE:
                    return code(depth + 1);
                case T_KNOWN: {
                    int i = uint();
                    if (i >= Known.TABLE.length) {
                        throw new IllegalArgumentException("bad known object " + i);
                    }
                    return Known.TABLE[i];
                }
                default:
                    throw new IllegalArgumentException("bad constant tag " + tag);
            }
        }

        private PyObject nested(int depth) {
            if (depth > 200) {
                throw new IllegalArgumentException("constant nested too deeply");
            }
            return constant(depth + 1);
        }
    }
}
