package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** bytes (immutable) and bytearray (mutable): a byte array owned by the object and a length. */
public class PyBytes extends PyObject {
    public byte[] data;
    public int size;
    public final boolean mutable;

    public PyBytes(byte[] data, boolean mutable) {
        this.data = data;
        this.size = data.length;
        this.mutable = mutable;
    }

    public byte[] bytes() {
        return java.util.Arrays.copyOf(data, size);
    }

    @Override
    public PyType type() {
        return mutable ? Builtins.BYTEARRAY : Builtins.BYTES;
    }

    @Override
    public int len(ThreadState ts) {
        return size;
    }

    @Override
    public String repr(ThreadState ts) {
        StringBuilder body = new StringBuilder();
        boolean sq = false, dq = false;
        for (int i = 0; i < size; i++) {
            if (data[i] == '\'') {
                sq = true;
            }
            if (data[i] == '"') {
                dq = true;
            }
        }
        char q = sq && !dq ? '"' : '\'';
        for (int i = 0; i < size; i++) {
            int c = data[i] & 0xff;
            if (c == q || c == '\\') {
                body.append('\\').append((char) c);
            } else if (c == '\n') {
                body.append("\\n");
            } else if (c == '\r') {
                body.append("\\r");
            } else if (c == '\t') {
                body.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                Escapes.appendHex(body, "\\x", c, 2);
            } else {
                body.append((char) c);
            }
        }
        String s = "b" + q + body + q;
        return mutable ? type().name + "(" + s + ")" : s;
    }

    @Override
    public long hash(ThreadState ts) {
        if (mutable) {
            throw Py.typeError("unhashable type: 'bytearray'");
        }
        long h = 0;
        for (int i = 0; i < size; i++) {
            h = h * 1000003L + (data[i] & 0xff);
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyBytes)) {
            return null;
        }
        PyBytes b = (PyBytes) o;
        int n = Math.min(size, b.size), c = 0;
        for (int i = 0; i < n && c == 0; i++) {
            c = Integer.compare(data[i] & 0xff, b.data[i] & 0xff);
        }
        if (c == 0) {
            c = Integer.compare(size, b.size);
        }
        return Py.bool(Ops.cmpResult(c, op));
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, size);
            byte[] out = new byte[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = data[j];
            }
            return new PyBytes(out, mutable);
        }
        return Py.newInt(data[Ops.index(ts, key, size, mutable ? "bytearray" : "byte")] & 0xff);
    }

    @Override
    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        if (!mutable) {
            super.setitem(ts, key, value);
        }
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, size);
            byte[] src = fromObject(ts, value);
            if (r[2] != 1) {
                if (src.length != r[3]) {
                    throw Py.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size "
                            + r[3]);
                }
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                    data[j] = src[i];
                }
                return;
            }
            int lo = r[0], hi = Math.max(r[0], r[1]);
            byte[] nd = new byte[size - (hi - lo) + src.length];
            System.arraycopy(data, 0, nd, 0, lo);
            System.arraycopy(src, 0, nd, lo, src.length);
            System.arraycopy(data, hi, nd, lo + src.length, size - hi);
            data = nd;
            size = nd.length;
            return;
        }
        int i = Ops.index(ts, key, size, "bytearray"); // bytearray_ass_subscript: the index first
        long v = Ops.toInt(ts, value).v;
        if (v < 0 || v > 255) {
            throw Py.valueError("byte must be in range(0, 256)");
        }
        data[i] = (byte) v;
    }

    @Override
    public void delitem(ThreadState ts, PyObject key) {
        if (!mutable) {
            super.delitem(ts, key);
        }
        boolean[] del = new boolean[size];
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, size);
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                del[j] = true;
            }
        } else {
            del[Ops.index(ts, key, size, "bytearray")] = true;
        }
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!del[i]) {
                data[k++] = data[i];
            }
        }
        size = k;
    }

    /** Appends the first n bytes of src (which may be this object's own array), growing the array by doubling. */
    public void appendAll(byte[] src, int n) {
        if (size + n > data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(size + n, Math.max(8, size * 2)));
        }
        System.arraycopy(src, 0, data, size, n);
        size += n;
    }

    public void append(int b) {
        if (size == data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(8, size * 2));
        }
        data[size++] = (byte) b;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIter(this, -1);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (v instanceof PyInt) {
            long x = ((PyInt) v).isSmall() ? ((PyInt) v).v : -1;
            if (x < 0 || x > 255) {
                throw Py.valueError("byte must be in range(0, 256)"); // _Py_bytes_contains
            }
            for (int i = 0; i < size; i++) {
                if ((data[i] & 0xff) == x) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof PyBytes) {
            return indexOf(((PyBytes) v).bytes(), 0) >= 0;
        }
        throw Py.typeError("a bytes-like object is required, not '" + v.type().name + "'");
    }

    public int indexOf(byte[] sub, int from) {
        outer:
        for (int i = from; i + sub.length <= size; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (data[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    PyBytes concat(PyBytes b) {
        byte[] r = java.util.Arrays.copyOf(data, size + b.size);
        System.arraycopy(b.data, 0, r, size, b.size);
        return new PyBytes(r, mutable);
    }

    PyBytes repeat(int k) {
        byte[] r = new byte[size * Math.max(0, k)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(data, 0, r, i * size, size);
        }
        return new PyBytes(r, mutable);
    }

    PyObject percent(ThreadState ts, PyObject args) {
        String s = Formatter.percentBytes(ts, new String(bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), args);
        return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), mutable);
    }

    /** Bytes from an iterable of ints, a bytes-like object, or a length. */
    public static byte[] fromObject(ThreadState ts, PyObject o) {
        return fromObject(ts, o, "bytes");
    }

    /**
     * As {@link #fromObject(ThreadState, PyObject)}; an object that is neither bytes-like, an int nor iterable raises
     * PyBytes_FromObject's "cannot convert 'NoneType' object to bytes" ({@code what}: bytes or bytearray).
     */
    static byte[] fromObject(ThreadState ts, PyObject o, String what) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).bytes();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).raw();
        }
        if (o instanceof PyInt) {
            if (!((PyInt) o).isSmall()) {
                throw Py.overflow("cannot fit 'int' into an index-sized integer");
            }
            if (((PyInt) o).signum() < 0) {
                throw Py.valueError("negative count");
            }
            return new byte[Ops.repeatedLength(1, ((PyInt) o).v)];
        }
        if (o instanceof PyStr) {
            throw Py.typeError("string argument without an encoding");
        }
        PyObject[] items;
        if (o instanceof PyTuple || o instanceof PyList) {
            items = Ops.toArray(ts, o);
        } else {
            PyObject it;
            try {
                it = Ops.iter(ts, o);
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.TypeError)) {
                    throw Py.typeError("cannot convert '" + o.type().name + "' object to " + what);
                }
                throw e;
            }
            items = Ops.toArray(ts, it);
        }
        byte[] r = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Ops.toInt(ts, items[i]).v;
            if (v < 0 || v > 255) {
                throw Py.valueError("bytes must be in range(0, 256)");
            }
            r[i] = (byte) v;
        }
        return r;
    }
}
