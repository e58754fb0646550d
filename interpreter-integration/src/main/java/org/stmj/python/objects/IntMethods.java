package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addClassMethod;
import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addMethod0;

/** Methods of int. */
final class IntMethods {
    private IntMethods() {
    }

    /** Installs the methods of int. */
    static void install() {
        PyType I = Builtins.INT;
        addMethod0(I, "bit_length", (ts, self) -> {
            PyInt i = (PyInt) self;
            // a machine-sized value without a BigInteger (|Long.MIN_VALUE| = 2**63 has 64 bits: nlz of it is 0)
            return Py.newInt(i.big == null ? 64 - Long.numberOfLeadingZeros(Math.abs(i.v))
                    : i.toBig().abs().bitLength());
        });
        addMethod(I, "bit_count", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig().abs().bitCount()));
        addMethod(I, "conjugate", (ts, a, kw) -> a[0]);
        addMethod(I, "__index__", (ts, a, kw) -> a[0]);
        addMethod(I, "__int__", (ts, a, kw) -> a[0]);
        addMethod(I, "__float__", (ts, a, kw) -> Py.newFloat(((PyInt) a[0]).toDouble()));
        addMethod(I, "__hash__", (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
        // value-based, as int.__repr__/__str__ in CPython (an IntEnum's str() is int.__repr__)
        addMethod(I, "__repr__", (ts, a, kw) -> Py.str(plainInt((PyInt) a[0]).repr(ts)));
        addMethod(I, "__str__", (ts, a, kw) -> Py.str(plainInt((PyInt) a[0]).repr(ts)));
        addMethod(I, "__add__", (ts, a, kw) -> {
            PyObject r = Ops.numberTakes(a[0], a[1]) ? Ops.builtinBinary(ts, Ops.ADD, a[0], a[1]) : null;
            return r == null ? Py.NotImplemented : r;
        });
        addMethod(I, "to_bytes", (ts, a, kw) -> {
            PyObject[] p = Args.parse("to_bytes", a, kw, new String[] {"self", "length", "byteorder", "signed"}, 1);
            long len = p[1] == null ? 1 : Ops.toInt(ts, p[1]).v;
            if (len < 0) {
                throw Py.valueError("length argument must be non-negative");
            }
            int n = (int) len;
            boolean little = byteorderLittle(ts, p[2]);
            byte[] raw = ((PyInt) a[0]).toBig().toByteArray();
            byte[] out = new byte[n];
            boolean neg = ((PyInt) a[0]).signum() < 0;
            if (neg && (p[3] == null || !Ops.truth(ts, p[3]))) {
                throw Py.overflow("can't convert negative int to unsigned");
            }
            java.util.Arrays.fill(out, neg ? (byte) 0xff : 0);
            java.math.BigInteger big = ((PyInt) a[0]).toBig();
            boolean signed = p[3] != null && Ops.truth(ts, p[3]);
            int bits = big.bitLength() + (signed ? 1 : 0);
            int needed = big.signum() == 0 ? 0 : (bits + 7) / 8;
            if (needed > n) {
                throw Py.overflow("int too big to convert");
            }
            int take = Math.min(raw.length, n);
            for (int i = 0; i < take; i++) {
                out[n - 1 - i] = raw[raw.length - 1 - i];
            }
            if (little) {
                for (int i = 0, j = n - 1; i < j; i++, j--) {
                    byte t = out[i];
                    out[i] = out[j];
                    out[j] = t;
                }
            }
            return new PyBytes(out, false);
        });
        addClassMethod(I, "from_bytes", (ts, a, kw) -> {
            PyObject[] p = Args.parse("from_bytes", a, kw, new String[] {"cls", "bytes", "byteorder", "signed"}, 1);
            if (p[1] == null) { // clinic counts from the first argument after cls
                throw Py.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
            }
            if (p[2] != null) {
                Args.clinicStr(p[2], "from_bytes", "'byteorder'");
            }
            if (p[1] instanceof PyStr || p[1] instanceof PyInt) {
                // PyObject_Bytes: a str needs an encoding, an int is no count here
                throw Py.typeError("cannot convert '" + p[1].type().name + "' object to bytes");
            }
            byte[] b = PyBytes.fromObject(ts, p[1]);
            if (byteorderLittle(ts, p[2])) {
                b = b.clone();
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
            }
            boolean signed = p[3] != null && Ops.truth(ts, p[3]);
            java.math.BigInteger v = b.length == 0 ? java.math.BigInteger.ZERO : signed ? new java.math.BigInteger(b)
                    : new java.math.BigInteger(1, b);
            // a subclass gets cls(value), as CPython (bool.from_bytes returns a bool, an IntEnum its member)
            return a[0] == I ? Py.newInt(v) : Ops.call(ts, a[0], Py.newInt(v));
        });
        addMethod(I, "as_integer_ratio", (ts, a, kw) -> new PyTuple(Py.newInt(((PyInt) a[0]).toBig()), Py.newInt(1)));
        addMethod(I, "__trunc__", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig()));
        addMethod(I, "__floor__", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig()));
        addMethod(I, "__ceil__", (ts, a, kw) -> Py.newInt(((PyInt) a[0]).toBig()));
        addMethod(I, "__bool__", (ts, a, kw) -> Py.bool(a[0].truth(ts)));
    }

    /** to_bytes/from_bytes's byteorder: 'big' (also the default) or 'little', else CPython's ValueError. */
    static boolean byteorderLittle(org.stmj.python.vm.ThreadState ts, PyObject o) {
        if (o == null) {
            return false;
        }
        if (!(o instanceof PyStr)) {
            throw Py.typeError("to_bytes() argument 'byteorder' must be str, not " + o.type().name);
        }
        String s = ((PyStr) o).value();
        if (s.equals("little")) {
            return true;
        }
        if (!s.equals("big")) {
            throw Py.valueError("byteorder must be either 'little' or 'big'");
        }
        return false;
    }

    /** The plain int with the value of an int or int-subclass instance. */
    static PyInt plainInt(PyInt i) {
        return i.big != null ? Py.newInt(i.big) : Py.newInt(i.v);
    }
}
