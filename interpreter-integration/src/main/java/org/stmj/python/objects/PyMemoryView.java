package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code memoryview} over bytes and bytearray: a one-dimensional view with a struct format of one letter
 * ({@code B b c H h I i L l Q q}, native little-endian). It reads the underlying object's array on every
 * access, so a view of a bytearray sees later writes; it never keeps a Java collection.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        Args.check("memoryview", a, kw, 1, 1);
        return of(ts, a[0]);
    });

    final PyBytes obj;
    final int offset, length;
    final char format;
    boolean released;

    PyMemoryView(PyBytes obj, int offset, int length, char format) {
        this.obj = obj;
        this.offset = offset;
        this.length = length;
        this.format = format;
    }

    static PyMemoryView of(ThreadState ts, PyObject o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView m = (PyMemoryView) o;
            return new PyMemoryView(m.obj, m.offset, m.length, m.format);
        }
        if (o instanceof PyBytes) {
            return new PyMemoryView((PyBytes) o, 0, ((PyBytes) o).size, 'B');
        }
        throw Py.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
    }

    static int itemsize(char f) {
        switch (f) {
            case 'H': case 'h': return 2;
            case 'I': case 'i': case 'f': return 4;
            case 'L': case 'l': case 'Q': case 'q': case 'd': return 8;
            default: return 1;
        }
    }

    int items() {
        return length / itemsize(format);
    }

    byte[] raw() {
        check();
        byte[] b = new byte[length];
        System.arraycopy(obj.data, offset, b, 0, Math.min(length, Math.max(0, obj.size - offset)));
        return b;
    }

    void check() {
        if (released) {
            throw Py.valueError("operation forbidden on released memoryview object");
        }
    }

    PyObject item(int i) {
        int n = itemsize(format);
        int p = offset + i * n;
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = (v << 8) | (obj.data[p + k] & 0xff);
        }
        switch (format) {
            case 'b': return Py.newInt((byte) v);
            case 'h': return Py.newInt((short) v);
            case 'i': return Py.newInt((int) v);
            case 'c': return new PyBytes(new byte[] {(byte) v}, false);
            case 'Q':
                return v >= 0 ? Py.newInt(v)
                        : Py.newInt(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)));
            default: return Py.newInt(v);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int len(ThreadState ts) {
        check();
        return items();
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        check();
        int n = items();
        if (key instanceof PySlice) {
            int[] ix = ((PySlice) key).indices(ts, n);
            if (ix[2] != 1) {
                throw Py.typeError("memoryview: only step 1 slices are supported");
            }
            int sz = itemsize(format);
            int len = Math.max(0, ix[1] - ix[0]);
            return new PyMemoryView(obj, offset + ix[0] * sz, len * sz, format);
        }
        long i = Ops.toInt(ts, key).v;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.indexError("index out of bounds on dimension 1");
        }
        return item((int) i);
    }

    @Override
    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        check();
        if (!obj.mutable) {
            throw Py.typeError("cannot modify read-only memory");
        }
        if (format != 'B') {
            throw Py.typeError("memoryview: only format 'B' can be assigned");
        }
        if (key instanceof PySlice) {
            int[] ix = ((PySlice) key).indices(ts, items());
            byte[] src = ((PyBytes) Ops.call(ts, Builtins.BYTES, value)).bytes();
            if (src.length != ix[1] - ix[0]) {
                throw Py.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            System.arraycopy(src, 0, obj.data, offset + ix[0], src.length);
            return;
        }
        long i = Ops.toInt(ts, key).v;
        if (i < 0) {
            i += items();
        }
        obj.data[offset + (int) i] = (byte) Ops.toInt(ts, value).v;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        PyObject[] a = new PyObject[items()];
        for (int i = 0; i < a.length; i++) {
            a[i] = item(i);
        }
        return new PyList(a).iter(ts);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (op != 2 && op != 3) {
            return Py.NotImplemented;
        }
        byte[] me = raw();
        byte[] other;
        if (o instanceof PyMemoryView) {
            other = ((PyMemoryView) o).raw();
        } else if (o instanceof PyBytes) {
            other = ((PyBytes) o).bytes();
        } else {
            return Py.bool(op == 3);
        }
        boolean eq = java.util.Arrays.equals(me, other);
        return Py.bool(op == 2 ? eq : !eq);
    }

    @Override
    public String repr(ThreadState ts) {
        return (released ? "<released memory at 0x" : "<memory at 0x")
                + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    static PyMemoryView self(PyObject[] a) {
        return (PyMemoryView) a[0];
    }

    static void m(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyBuiltin(name, f, null, "memoryview"));
    }

    static void prop(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static {
        m("tobytes", (ts, a, kw) -> new PyBytes(self(a).raw(), false));
        m("tolist", (ts, a, kw) -> {
            PyMemoryView v = self(a);
            v.check();
            PyObject[] r = new PyObject[v.items()];
            for (int i = 0; i < r.length; i++) {
                r[i] = v.item(i);
            }
            return new PyList(r);
        });
        m("hex", (ts, a, kw) -> Py.str(BytesMethods.hex(ts, "hex", self(a).raw(), a, kw)));
        m("cast", (ts, a, kw) -> {
            PyMemoryView v = self(a);
            String f = Ops.str(ts, a[1]);
            if (f.length() != 1 || "BbcHhIiLlQq".indexOf(f.charAt(0)) < 0) {
                throw Py.valueError("memoryview: destination format must be a native single character format prefixed "
                        + "with an optional '@'");
            }
            char c = f.charAt(0);
            if (v.length % itemsize(c) != 0) {
                throw Py.typeError("memoryview: length is not a multiple of itemsize");
            }
            return new PyMemoryView(v.obj, v.offset, v.length, c);
        });
        m("release", (ts, a, kw) -> {
            self(a).released = true;
            return Py.None;
        });
        m("__enter__", (ts, a, kw) -> a[0]);
        m("__exit__", (ts, a, kw) -> {
            self(a).released = true;
            return Py.None;
        });
        m("__bytes__", (ts, a, kw) -> new PyBytes(self(a).raw(), false));
        prop("obj", (ts, a, kw) -> self(a).obj);
        prop("nbytes", (ts, a, kw) -> Py.newInt(self(a).length));
        prop("itemsize", (ts, a, kw) -> Py.newInt(itemsize(self(a).format)));
        prop("format", (ts, a, kw) -> Py.str(String.valueOf(self(a).format)));
        prop("readonly", (ts, a, kw) -> Py.bool(!self(a).obj.mutable));
        prop("ndim", (ts, a, kw) -> Py.newInt(1));
        prop("shape", (ts, a, kw) -> new PyTuple(Py.newInt(self(a).items())));
        prop("strides", (ts, a, kw) -> new PyTuple(Py.newInt(itemsize(self(a).format))));
        prop("c_contiguous", (ts, a, kw) -> Py.True);
        prop("contiguous", (ts, a, kw) -> Py.True);
        TYPE.dict.putStr("__hash__", Py.None);
    }
}
