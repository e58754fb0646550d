package org.stmj.python.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.objects.ClassCreation;
import org.stmj.python.vm.ThreadState;

/**
 * {@code _struct}: packing values into bytes by a format ({@code @=<>!} byte orders; {@code x c b B ? h H i I l L
 * q Q n N e f d s p P}). Native ({@code @}) order is little-endian with C alignment, as on x86-64. The
 * {@code Struct} class of CPython's struct.py is a Python class created here on top of these functions.
 */
final class StructModule {
    private StructModule() {
    }

    static PyObject error;

    static PyException err(String msg) {
        return new PyException(new PyBaseException((PyType) error, Py.str(msg)));
    }

    /** One parsed format item. */
    static final class Item {
        final char code;
        final int count;

        Item(char code, int count) {
            this.code = code;
            this.count = count;
        }
    }

    static final class Fmt {
        boolean little = true, nat = true;
        java.util.ArrayList<Item> items = new java.util.ArrayList<>();
        int size;
    }

    static int sizeOf(char c, boolean nat) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
            case 'h': case 'H': case 'e': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': return nat ? 8 : 4;
            case 'q': case 'Q': case 'd': return 8;
            case 'n': case 'N': case 'P': return 8;
            default: return -1;
        }
    }

    static Fmt parse(ThreadState ts, PyObject f) {
        String s = f instanceof PyBytes
                ? new String(((PyBytes) f).bytes(), java.nio.charset.StandardCharsets.ISO_8859_1) : Ops.str(ts, f);
        Fmt r = new Fmt();
        int i = 0;
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if ("@=<>!".indexOf(c) >= 0) {
                r.nat = c == '@';
                r.little = c == '<' || c == '@' || c == '=';
                i = 1;
            }
        }
        int off = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') { // CPython's Py_ISSPACE: not '\x1c'
                i++;
                continue;
            }
            int n = 1;
            boolean hasCount = false;
            if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                n = Integer.parseInt(s.substring(i, j));
                hasCount = true;
                i = j;
                if (i >= s.length()) {
                    throw err("repeat count given without format specifier");
                }
                c = s.charAt(i);
            }
            if ((c == 'n' || c == 'N' || c == 'P') && !r.nat) {
                throw err("bad char in struct format");
            }
            int sz = sizeOf(c, r.nat);
            if (sz < 0) {
                throw err("bad char in struct format");
            }
            if (r.nat && sz > 1 && c != 's' && c != 'p') {
                off = (off + sz - 1) / sz * sz;
            }
            r.items.add(new Item(c, n));
            off += (c == 's' || c == 'p') ? n : sz * n;
            i++;
        }
        r.size = off;
        return r;
    }

    static long toLong(ThreadState ts, PyObject v) {
        if (!(v instanceof PyInt) && Ops.getattrOrNull(ts, v, "__index__") == null) {
            throw err("required argument is not an integer");
        }
        PyInt p = Ops.toInt(ts, v);
        return p.big != null ? p.big.longValue() : p.v; // its low 64 bits: checkRange rejects what does not fit
    }

    static void put(ByteArrayOutputStream out, long v, int n, boolean little) {
        for (int k = 0; k < n; k++) {
            int shift = little ? 8 * k : 8 * (n - 1 - k);
            out.write((int) (v >>> shift) & 0xff);
        }
    }

    static void checkRange(long v, char c, int sz, PyObject orig, ThreadState ts, boolean little) {
        boolean unsigned = Character.isUpperCase(c);
        // CPython names the C type where its native packer runs: always for b and B, and for h and H in native
        // and little-endian formats (its module init swaps the native packers into that table on a little-endian
        // machine when the sizes match); elsewhere it quotes the format character
        String what = c == 'b' ? "byte" : c == 'B' ? "ubyte" : little && c == 'h' ? "short"
                : little && c == 'H' ? "ushort" : "'" + c + "'";
        // CPython first converts to a C long (unsigned long for the unsigned codes): a value outside it is "argument
        // out of range"; the 8-byte codes of the big-endian table convert with _PyLong_AsByteArray instead
        PyInt p = Ops.toInt(ts, orig);
        boolean neg = p.big != null ? p.big.signum() < 0 : p.v < 0;
        // b, B and (little-endian) h, H pack with CPython's native packers, which convert to a signed C long
        boolean viaULong = unsigned && c != 'B' && !(little && c == 'H');
        boolean fits = viaULong ? !neg && (p.big == null || p.big.bitLength() <= 64)
                : p.big == null || p.big.bitLength() <= 63;
        if (sz == 8) {
            if (!fits) {
                throw err(little ? "argument out of range" : "int too large to convert");
            }
            return;
        }
        if (!fits) {
            throw err("argument out of range");
        }
        if (unsigned) {
            if (v < 0 || v >= (1L << (8 * sz))) {
                throw err(what + " format requires 0 <= number <= " + ((1L << (8 * sz)) - 1));
            }
        } else {
            long lo = -(1L << (8 * sz - 1)), hi = (1L << (8 * sz - 1)) - 1;
            if (v < lo || v > hi) {
                throw err(what + " format requires " + lo + " <= number <= " + hi);
            }
        }
    }

    static byte[] pack(ThreadState ts, Fmt f, PyObject[] a, int from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ai = from;
        int expected = 0;
        for (Item it : f.items) {
            expected += it.code == 'x' ? 0 : (it.code == 's' || it.code == 'p') ? 1 : it.count;
        }
        if (a.length - from != expected) {
            throw err("pack expected " + expected + " items for packing (got " + (a.length - from) + ")");
        }
        for (Item it : f.items) {
            char c = it.code;
            int sz = sizeOf(c, f.nat);
            if (f.nat && sz > 1 && c != 's' && c != 'p') {
                while (out.size() % sz != 0) {
                    out.write(0);
                }
            }
            if (c == 's' || c == 'p') {
                PyObject v = a[ai++];
                if (!(v instanceof PyBytes)) {
                    throw err("argument for 's' must be a bytes object");
                }
                byte[] b = ((PyBytes) v).bytes();
                int n = it.count;
                if (c == 'p') {
                    int len = Math.min(b.length, Math.max(0, n - 1));
                    if (n > 0) {
                        out.write(Math.min(len, 255));
                    }
                    out.write(b, 0, len);
                    for (int k = len + 1; k < n; k++) {
                        out.write(0);
                    }
                } else {
                    out.write(b, 0, Math.min(b.length, n));
                    for (int k = b.length; k < n; k++) {
                        out.write(0);
                    }
                }
                continue;
            }
            for (int r = 0; r < it.count; r++) {
                if (c == 'x') {
                    out.write(0);
                    continue;
                }
                PyObject v = a[ai++];
                switch (c) {
                    case 'c': {
                        if (!(v instanceof PyBytes) || ((PyBytes) v).size != 1) {
                            throw err("char format requires a bytes object of length 1");
                        }
                        out.write(((PyBytes) v).bytes()[0]);
                        break;
                    }
                    case '?': out.write(Ops.truth(ts, v) ? 1 : 0); break;
                    case 'e': put(out, toHalf(floatArg(ts, v)), 2, f.little); break;
                    case 'f': {
                        double d = floatArg(ts, v);
                        float fl = (float) d;
                        if (Float.isInfinite(fl) && !Double.isInfinite(d)) {
                            throw Py.overflow("float too large to pack with f format");
                        }
                        put(out, Float.floatToRawIntBits(fl) & 0xffffffffL, 4, f.little);
                        break;
                    }
                    case 'd': put(out, Double.doubleToRawLongBits(floatArg(ts, v)), 8, f.little); break;
                    default: {
                        long x = toLong(ts, v);
                        checkRange(x, c, sz, v, ts, f.little);
                        put(out, x, sz, f.little);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    static long get(byte[] b, int off, int n, boolean little) {
        long v = 0;
        for (int k = 0; k < n; k++) {
            int idx = little ? off + n - 1 - k : off + k;
            v = (v << 8) | (b[idx] & 0xff);
        }
        return v;
    }

    static PyTuple unpack(ThreadState ts, Fmt f, byte[] b, int base) {
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        int off = 0;
        for (Item it : f.items) {
            char c = it.code;
            int sz = sizeOf(c, f.nat);
            if (f.nat && sz > 1 && c != 's' && c != 'p') {
                off = (off + sz - 1) / sz * sz;
            }
            if (c == 's') {
                out.add(new PyBytes(java.util.Arrays.copyOfRange(b, base + off, base + off + it.count), false));
                off += it.count;
                continue;
            }
            if (c == 'p') {
                int len = it.count == 0 ? 0 : Math.min(b[base + off] & 0xff, it.count - 1);
                out.add(new PyBytes(java.util.Arrays.copyOfRange(b, base + off + 1, base + off + 1 + len), false));
                off += it.count;
                continue;
            }
            for (int r = 0; r < it.count; r++) {
                int p = base + off;
                off += sz;
                if (c == 'x') {
                    continue;
                }
                long v = get(b, p, sz, f.little);
                switch (c) {
                    case 'c': out.add(new PyBytes(new byte[] {b[p]}, false)); break;
                    case '?': out.add(Py.bool(v != 0)); break;
                    case 'e': out.add(Py.newFloat(fromHalf((int) v))); break;
                    case 'f': out.add(Py.newFloat(Float.intBitsToFloat((int) v))); break;
                    case 'd': out.add(Py.newFloat(Double.longBitsToDouble(v))); break;
                    default:
                        if (Character.isUpperCase(c)) {
                            if (sz == 8 && v < 0) {
                                out.add(Py.newInt(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))));
                            } else {
                                out.add(Py.newInt(v));
                            }
                        } else {
                            out.add(Py.newInt(sz == 8 ? v : (v << (64 - 8 * sz)) >> (64 - 8 * sz)));
                        }
                }
            }
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    static byte[] buffer(ThreadState ts, PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).bytes();
        }
        return PyBytes.fromObject(ts, o);
    }

    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("_stmj_struct", d);
        error = ClassCreation.createClass(ts0, "error", new PyObject[] {Exc.Exception}, new PyDict(), null);
        ((PyType) error).dict.putStr("__module__", Py.str("struct"));
        d.putStr("error", error);
        Modules.fn(d, "calcsize", (ts, a, kw) -> Py.newInt(parse(ts, a[0]).size));
        Modules.fn(d, "pack", (ts, a, kw) -> new PyBytes(pack(ts, parse(ts, a[0]), a, 1), false));
        Modules.fn(d, "pack_into", (ts, a, kw) -> {
            Fmt f = parse(ts, a[0]);
            byte[] data = pack(ts, f, a, 3);
            PyBytes buf = (PyBytes) a[1];
            int off = (int) Ops.toInt(ts, a[2]).v;
            if (off < 0) {
                off += buf.size;
            }
            if (off + data.length > buf.size) {
                throw err("pack_into requires a buffer of at least " + (off + data.length) + " bytes");
            }
            System.arraycopy(data, 0, buf.data, off, data.length);
            return Py.None;
        });
        Modules.fn(d, "unpack", (ts, a, kw) -> {
            Fmt f = parse(ts, a[0]);
            byte[] b = buffer(ts, a[1]);
            if (b.length != f.size) {
                throw err("unpack requires a buffer of " + f.size + " bytes");
            }
            return unpack(ts, f, b, 0);
        });
        Modules.fn(d, "unpack_from", (ts, a, kw) -> {
            Fmt f = parse(ts, a[0]);
            byte[] b = buffer(ts, a[1]);
            int off = 0;
            if (a.length > 2) {
                off = (int) Ops.toInt(ts, a[2]).v;
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (kw[i].equals("offset")) {
                        off = (int) Ops.toInt(ts, a[a.length - kw.length + i]).v;
                    }
                }
            }
            if (off < 0) {
                off += b.length;
            }
            if (off + f.size > b.length) {
                throw err("unpack_from requires a buffer of at least " + (off + f.size) + " bytes for unpacking "
                        + f.size + " bytes at offset " + off + " (actual buffer size is " + b.length + ")");
            }
            return unpack(ts, f, b, off);
        });
        Modules.fn(d, "iter_unpack", (ts, a, kw) -> {
            Fmt f = parse(ts, a[0]);
            byte[] b = buffer(ts, a[1]);
            if (f.size == 0) {
                throw err("cannot iteratively unpack with a struct of length 0");
            }
            if (b.length % f.size != 0) {
                throw err("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
            }
            PyList l = new PyList();
            for (int off = 0; off < b.length; off += f.size) {
                l.append(unpack(ts, f, b, off));
            }
            return Ops.iter(ts, l);
        });
        Modules.fn(d, "_clearcache", (ts, a, kw) -> Py.None);
        return mod;
    }

    /** IEEE 754 binary16 bits of d (round half to even). */
    static long toHalf(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = (int) (bits >>> 63) << 15;
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(d);
        if (a >= 65520.0) {
            if (Double.isInfinite(d)) {
                return sign | 0x7c00;
            }
            throw Py.overflow("float too large to pack with e format");
        }
        if (a < Math.scalb(1.0, -25)) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e < -14) {
            long m = Math.round(Math.scalb(a, 24));
            return sign | m;
        }
        double m = Math.scalb(a, -e) - 1.0;
        long mb = Math.round(Math.scalb(m, 10));
        long r = ((long) (e + 15) << 10) + mb;
        return sign | r;
    }

    static double fromHalf(int h) {
        int sign = (h >>> 15) & 1, e = (h >>> 10) & 0x1f, m = h & 0x3ff;
        double v;
        if (e == 0) {
            v = Math.scalb((double) m, -24);
        } else if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb(1.0 + m / 1024.0, e - 15);
        }
        return sign == 1 ? -v : v;
    }

    /** A float format's value: any failure of float conversion is CPython's struct.error. */
    private static double floatArg(ThreadState ts, PyObject v) {
        try {
            return Ops.toDouble(ts, v);
        } catch (PyException e) {
            throw err("required argument is not a float");
        }
    }
}
