package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code memoryview} over bytes, bytearray and array.array: a one-dimensional view with a struct format of one
 * letter ({@code B b c H h I i L l Q q f d}, native little-endian), possibly strided ({@code m[::2]}, {@code m[::-1]}).
 * A view of bytes or a bytearray reads the underlying object's array on every access, so it sees later writes; it
 * never keeps a Java collection. A view of an {@code array.array} (lib/array.py keeps its items in a list) reads
 * the array's machine representation ({@code tobytes()}) at each access and writes through {@code _stmj_setbytes}.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        Args.check("memoryview", a, kw, 1, 1);
        return of(ts, a[0]);
    });

    /** The bytes viewed: the object itself for bytes/bytearray; for an array, null (read through {@link #base}). */
    final PyBytes obj;
    /** What {@code .obj} answers: the bytes-like object or the array; never null. */
    final PyObject base;
    /** Byte offset of item 0, number of items, bytes from one item to the next (negative for reversed views). */
    final int offset, count, stride;
    final char format;
    /**
     * The dimensions of a C-contiguous view made by {@code cast(format, shape)} (their product is count), or null
     * for a one-dimensional view.
     */
    final int[] shape;
    boolean released;

    PyMemoryView(PyBytes obj, PyObject base, int offset, int count, int stride, char format) {
        this(obj, base, offset, count, stride, format, null);
    }

    PyMemoryView(PyBytes obj, PyObject base, int offset, int count, int stride, char format, int[] shape) {
        this.obj = obj;
        this.base = base;
        this.offset = offset;
        this.count = count;
        this.stride = stride;
        this.format = format;
        this.shape = shape;
    }

    int ndim() {
        return shape == null ? 1 : shape.length;
    }

    /** The shape as CPython reports it: (count,) for a one-dimensional view. */
    int[] dims() {
        return shape == null ? new int[] {count} : shape;
    }

    /** The items under one index of the first dimension (1 for a one-dimensional view). */
    private int rowItems() {
        return shape == null || shape[0] == 0 ? 1 : count / shape[0];
    }

    static PyMemoryView of(ThreadState ts, PyObject o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView m = (PyMemoryView) o;
            m.check();
            return new PyMemoryView(m.obj, m.base, m.offset, m.count, m.stride, m.format, m.shape);
        }
        if (o instanceof PyBytes) {
            return new PyMemoryView((PyBytes) o, o, 0, ((PyBytes) o).size, 1, 'B');
        }
        if (o.type().lookup("_stmj_setbytes") != null && o.type().module().equals("array")) {
            String tc = Ops.str(ts, Ops.getattr(ts, o, "typecode"));
            char f = tc.charAt(0);
            if ("bBhHiIlLqQfd".indexOf(f) < 0) {
                throw Py.typeError("memoryview: unsupported format " + tc);
            }
            int n = (int) Ops.toInt(ts, Ops.callMethod(ts, o, "__len__")).v;
            return new PyMemoryView(null, o, 0, n, itemsize(f), f);
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
        return count;
    }

    /** The bytes under the view now: the bytes object's array, or a fresh copy of the array's representation. */
    byte[] data(ThreadState ts) {
        if (obj != null) {
            return obj.data;
        }
        if (ts == null) {
            ts = ThreadState.current();
        }
        return ((PyBytes) Ops.callMethod(ts, base, "tobytes")).data;
    }

    boolean contiguous() {
        return count <= 1 || stride == itemsize(format);
    }

    /** The items' bytes in view order (a copy). */
    byte[] raw() {
        check();
        byte[] src = data(null);
        int sz = itemsize(format);
        byte[] b = new byte[count * sz];
        int limit = obj != null ? obj.size : src.length;
        for (int i = 0; i < count; i++) {
            int p = offset + i * stride;
            int n = Math.min(sz, Math.max(0, limit - p));
            if (n > 0) {
                System.arraycopy(src, p, b, i * sz, n);
            }
        }
        return b;
    }

    void check() {
        if (released) {
            throw Py.valueError("operation forbidden on released memoryview object");
        }
    }

    PyObject item(int i) {
        return item(data(null), i);
    }

    PyObject item(byte[] src, int i) {
        int n = itemsize(format);
        int p = offset + i * stride;
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = (v << 8) | (src[p + k] & 0xff);
        }
        switch (format) {
            case 'b': return Py.newInt((byte) v);
            case 'h': return Py.newInt((short) v);
            case 'i': return Py.newInt((int) v);
            case 'c': return new PyBytes(new byte[] {(byte) v}, false);
            case 'f': return Py.newFloat(Float.intBitsToFloat((int) v));
            case 'd': return Py.newFloat(Double.longBitsToDouble(v));
            case 'Q': case 'L':
                return v >= 0 ? Py.newInt(v)
                        : Py.newInt(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)));
            default: return Py.newInt(v);
        }
    }

    /** The machine bytes of value for this view's format, with CPython's errors for a bad type or range. */
    byte[] pack(ThreadState ts, PyObject value) {
        int n = itemsize(format);
        long bits;
        if (format == 'c') {
            if (!(value instanceof PyBytes) || ((PyBytes) value).size != 1) {
                throw Py.valueError("memoryview: invalid value for format 'c'");
            }
            return new byte[] {((PyBytes) value).data[0]};
        } else if (format == 'f' || format == 'd') {
            if (!(value instanceof PyFloat) && !(value instanceof PyInt)) {
                throw Py.typeError("memoryview: invalid type for format '" + format + "'");
            }
            double d = Ops.toDouble(ts, value);
            bits = format == 'f' ? Float.floatToIntBits((float) d) : Double.doubleToLongBits(d);
        } else {
            if (!(value instanceof PyInt)) {
                throw Py.typeError("memoryview: invalid type for format '" + format + "'");
            }
            java.math.BigInteger b = ((PyInt) value).toBig();
            boolean signed = Character.isLowerCase(format);
            java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(n * 8 - 1).negate()
                    : java.math.BigInteger.ZERO;
            java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(n * 8 - 1)
                    : java.math.BigInteger.ONE.shiftLeft(n * 8);
            if (b.compareTo(lo) < 0 || b.compareTo(hi) >= 0) {
                throw Py.valueError("memoryview: invalid value for format '" + format + "'");
            }
            bits = b.longValue();
        }
        byte[] r = new byte[n];
        for (int k = 0; k < n; k++) {
            r[k] = (byte) (bits >>> (8 * k));
        }
        return r;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int len(ThreadState ts) {
        check();
        return shape == null ? count : shape[0];
    }

    /** The flat item index of a tuple key of ints, one per dimension, with CPython's errors. */
    private int flatIndex(ThreadState ts, PyTuple key) {
        int nd = ndim();
        if (key.items.length < nd) {
            throw Py.typeError("sub-views are not implemented");
        }
        if (key.items.length > nd) {
            throw Py.typeError("cannot index " + nd + "-dimension view with " + key.items.length + "-element tuple");
        }
        int[] dims = dims();
        int flat = 0;
        for (int k = 0; k < nd; k++) {
            PyObject ko = key.items[k];
            if (!(ko instanceof PyInt) && ko.type().lookup("__index__") == null) {
                throw Py.typeError("memoryview: invalid slice key");
            }
            long i = Ops.toInt(ts, ko).v;
            if (i < 0) {
                i += dims[k];
            }
            if (i < 0 || i >= dims[k]) {
                throw Py.indexError("index out of bounds on dimension " + (k + 1));
            }
            flat = flat * dims[k] + (int) i;
        }
        return flat;
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        check();
        if (key instanceof PyTuple) {
            boolean slices = true;
            for (PyObject k : ((PyTuple) key).items) {
                slices &= k instanceof PySlice;
            }
            if (slices) {
                throw Py.raise(Exc.NotImplementedError, "multi-dimensional slicing is not implemented");
            }
            return item(data(ts), flatIndex(ts, (PyTuple) key));
        }
        int n = len(ts);
        if (key instanceof PySlice) {
            int[] ix = ((PySlice) key).indices(ts, n);
            int len = ix[3];
            if (shape != null) {
                if (ix[2] != 1 && len > 1) {
                    throw Py.raise(Exc.NotImplementedError, "multi-dimensional slicing is not implemented");
                }
                int[] sh = shape.clone();
                sh[0] = len;
                int row = rowItems();
                return new PyMemoryView(obj, base, offset + ix[0] * row * stride, len * row, stride, format, sh);
            }
            return new PyMemoryView(obj, base, offset + ix[0] * stride, len, stride * ix[2], format);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Py.typeError("memoryview: invalid slice key"); // memory_subscript: not an index, slice nor tuple
        }
        if (shape != null) {
            throw Py.raise(Exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        }
        long i = Ops.toInt(ts, key).v;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.indexError("index out of bounds on dimension 1");
        }
        return item(data(ts), (int) i);
    }

    /** CPython's memory_hash: the hash of the bytes of a read-only view of bytes, unsigned bytes or chars. */
    @Override
    public long hash(ThreadState ts) {
        check();
        if (obj == null || obj.mutable) {
            throw Py.valueError("cannot hash writable memoryview object");
        }
        if (format != 'B' && format != 'b' && format != 'c') {
            throw Py.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return new PyBytes(raw(), false).hash(ts);
    }

    /** memory_ass_sub with no value: a view's memory is never deleted. */
    @Override
    public void delitem(ThreadState ts, PyObject key) {
        check();
        throw Py.typeError(obj != null && !obj.mutable ? "cannot modify read-only memory" : "cannot delete memory");
    }

    @Override
    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        check();
        if (obj != null && !obj.mutable) {
            throw Py.typeError("cannot modify read-only memory");
        }
        int sz = itemsize(format);
        byte[] dst = obj != null ? obj.data : data(ts);
        if (key instanceof PySlice) {
            if (shape != null) {
                throw Py.raise(Exc.NotImplementedError, "memoryview slice assignments are currently restricted "
                        + "to ndim = 1");
            }
            int[] ix = ((PySlice) key).indices(ts, count);
            byte[] src = value instanceof PyMemoryView ? ((PyMemoryView) value).raw()
                    : ((PyBytes) Ops.call(ts, Builtins.BYTES, value)).bytes();
            if (value instanceof PyMemoryView && ((PyMemoryView) value).format != format
                    || src.length != ix[3] * sz) {
                throw Py.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < ix[3]; k++) {
                System.arraycopy(src, k * sz, dst, offset + (ix[0] + k * ix[2]) * stride, sz);
            }
        } else if (key instanceof PyTuple) {
            System.arraycopy(pack(ts, value), 0, dst, offset + flatIndex(ts, (PyTuple) key) * stride, sz);
        } else {
            if (shape != null) {
                throw Py.raise(Exc.NotImplementedError, "sub-views are not implemented");
            }
            long i = Ops.toInt(ts, key).v;
            if (i < 0) {
                i += count;
            }
            if (i < 0 || i >= count) {
                throw Py.indexError("index out of bounds on dimension 1");
            }
            System.arraycopy(pack(ts, value), 0, dst, offset + (int) i * stride, sz);
        }
        if (obj == null) {
            Ops.callMethod(ts, base, "_stmj_setbytes", new PyBytes(dst, false));
        }
    }

    @Override
    public PyObject iter(ThreadState ts) {
        check();
        if (shape != null) {
            throw Py.raise(Exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        }
        PyObject[] items = list(ts).toArray();
        int[] next = {0};
        return PyIterBase.of(Builtins.MEMORY_ITER, t -> next[0] < items.length ? items[next[0]++] : null);
    }

    PyList list(ThreadState ts) {
        byte[] src = data(ts);
        if (shape != null) {
            return nested(src, 0, 0);
        }
        PyObject[] a = new PyObject[count];
        for (int i = 0; i < a.length; i++) {
            a[i] = item(src, i);
        }
        return new PyList(a);
    }

    /** tolist() of a multi-dimensional view: dimension d from flat item index first. */
    private PyList nested(byte[] src, int d, int first) {
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        PyObject[] a = new PyObject[shape[d]];
        for (int i = 0; i < a.length; i++) {
            a[i] = d == shape.length - 1 ? item(src, first + i) : nested(src, d + 1, first + i * inner);
        }
        return new PyList(a);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (op != 2 && op != 3) {
            return Py.NotImplemented;
        }
        boolean eq;
        if (shape != null || o instanceof PyMemoryView && ((PyMemoryView) o).shape != null) {
            int[] od = o instanceof PyMemoryView ? ((PyMemoryView) o).dims() : new int[] {((PyBytes) o).size};
            if (!java.util.Arrays.equals(dims(), od)) {
                return Py.bool(op == 3);
            }
        }
        if (o instanceof PyMemoryView && (((PyMemoryView) o).format != 'B' || format != 'B')) {
            // CPython compares the unpacked values of the two views
            eq = Ops.eq(ts, list(ts), ((PyMemoryView) o).list(ts));
        } else if (o instanceof PyMemoryView || o instanceof PyBytes) {
            byte[] other = o instanceof PyMemoryView ? ((PyMemoryView) o).raw() : ((PyBytes) o).bytes();
            eq = format == 'B' ? java.util.Arrays.equals(raw(), other)
                    : Ops.eq(ts, list(ts), new PyMemoryView(new PyBytes(other, false), o, 0, other.length, 1, 'B')
                            .list(ts));
        } else {
            return Py.bool(op == 3);
        }
        return Py.bool(op == 2 ? eq : !eq);
    }

    @Override
    public String repr(ThreadState ts) {
        return (released ? "<released memory at 0x" : "<memory at 0x")
                + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    /** The shape argument of cast(): a list or tuple of ints > 0. */
    static int[] castShape(ThreadState ts, PyObject o) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple)) {
            throw Py.typeError("shape must be a list or a tuple");
        }
        PyObject[] items = Ops.toArray(ts, o);
        if (items.length > 64) {
            throw Py.valueError("memoryview: number of dimensions must not exceed 64");
        }
        int[] sh = new int[items.length];
        for (int i = 0; i < sh.length; i++) {
            if (!(items[i] instanceof PyInt) || ((PyInt) items[i]).toBig().signum() <= 0
                    || ((PyInt) items[i]).toBig().bitLength() > 31) {
                throw Py.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            sh[i] = ((PyInt) items[i]).intValue();
        }
        return sh;
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
            return v.list(ts);
        });
        m("hex", (ts, a, kw) -> Py.str(BytesMethods.hex(ts, "hex", self(a).raw(), a, kw)));
        m("cast", (ts, a, kw) -> {
            PyMemoryView v = self(a);
            v.check();
            if (a.length < 2) {
                throw Py.typeError("cast() missing required argument 'format' (pos 1)");
            }
            String f = Args.clinicStr(a[1], "cast", "'format'");
            if (f.startsWith("@")) {
                f = f.substring(1);
            }
            if (f.length() != 1 || "BbcHhIiLlQqfd".indexOf(f.charAt(0)) < 0) {
                throw Py.valueError("memoryview: destination format must be a native single character format prefixed "
                        + "with an optional '@'");
            }
            if (!v.contiguous()) {
                throw Py.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            char c = f.charAt(0);
            boolean byteFrom = "Bbc".indexOf(v.format) >= 0, byteTo = "Bbc".indexOf(c) >= 0;
            if (!byteFrom && !byteTo) {
                throw Py.typeError("memoryview: cannot cast between two non-byte formats");
            }
            int nbytes = v.count * itemsize(v.format);
            int[] sh = a.length > 2 ? castShape(ts, a[2]) : null;
            if (sh != null || v.shape != null) {
                if (v.shape != null && sh != null) {
                    throw Py.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
                }
            }
            if (sh != null) {
                long prod = itemsize(c);
                for (int d : sh) {
                    prod *= d;
                }
                if (prod != nbytes) {
                    throw Py.typeError("memoryview: product(shape) * itemsize != buffer size");
                }
                return new PyMemoryView(v.obj, v.base, v.offset, nbytes / itemsize(c), itemsize(c), c,
                        sh.length == 1 ? null : sh);
            }
            if (nbytes % itemsize(c) != 0) {
                throw Py.typeError("memoryview: length is not a multiple of itemsize");
            }
            return new PyMemoryView(v.obj, v.base, v.offset, nbytes / itemsize(c), itemsize(c), c);
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
        prop("obj", (ts, a, kw) -> self(a).base);
        prop("nbytes", (ts, a, kw) -> Py.newInt(self(a).count * itemsize(self(a).format)));
        prop("itemsize", (ts, a, kw) -> Py.newInt(itemsize(self(a).format)));
        prop("format", (ts, a, kw) -> Py.str(String.valueOf(self(a).format)));
        prop("readonly", (ts, a, kw) -> Py.bool(self(a).obj != null && !self(a).obj.mutable));
        prop("ndim", (ts, a, kw) -> Py.newInt(self(a).ndim()));
        prop("shape", (ts, a, kw) -> {
            int[] d = self(a).dims();
            PyObject[] r = new PyObject[d.length];
            for (int i = 0; i < d.length; i++) {
                r[i] = Py.newInt(d[i]);
            }
            return new PyTuple(r);
        });
        prop("strides", (ts, a, kw) -> {
            int[] d = self(a).dims();
            PyObject[] r = new PyObject[d.length];
            long st = self(a).stride;
            for (int i = d.length - 1; i >= 0; i--) {
                r[i] = Py.newInt(st);
                st *= d[i];
            }
            return new PyTuple(r);
        });
        prop("c_contiguous", (ts, a, kw) -> Py.bool(self(a).contiguous()));
        prop("contiguous", (ts, a, kw) -> Py.bool(self(a).contiguous()));
        // the slot wrappers CPython lists in memoryview's dict (the operations themselves are this class's)
        m("__hash__", (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
        m("__len__", (ts, a, kw) -> Py.newInt(a[0].len(ts)));
        m("__iter__", (ts, a, kw) -> a[0].iter(ts));
        m("__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        m("__setitem__", (ts, a, kw) -> {
            a[0].setitem(ts, a[1], a[2]);
            return Py.None;
        });
        m("__delitem__", (ts, a, kw) -> {
            a[0].delitem(ts, a[1]);
            return Py.None;
        });
        Methods.addStaticMethod(TYPE, "__new__", (ts, a, kw) -> TYPE.ctor.make(ts, (PyType) a[0],
                java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        Arity.declare(TYPE, "memoryview");
    }
}
