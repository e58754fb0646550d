package org.stmj.python.objects;

import org.stmj.api.annotation.ImmutableArray;
import org.stmj.python.vm.ThreadState;

/** An immutable tuple (the array is never written after construction). */
public final class PyTuple extends PyObject {
    public PyType type;
    public PyDict attrs;
    /**
     * The elements. {@code @ImmutableArray}: never written once the tuple can be reached by another thread, so STM
     * mode reads its elements with no barrier. A constructor caller may fill the array while only it knows the
     * tuple (before the tuple is stored anywhere another transaction can reach); after that nothing writes it, and
     * no caller passes an array that a mutable object keeps (pass a copy: {@code new PyList(Ops.toArray(t))} must
     * not alias a tuple's array). Audited 2026-12-02 (papers/design/engine.md, "PyTuple.items").
     */
    @ImmutableArray
    public final PyObject[] items;

    /** Takes ownership of the array. */
    public PyTuple(PyObject... items) {
        this.items = items;
    }

    @Override
    public PyType type() {
        // one read of the field (in STM mode each read is a barrier; the STM twin does not merge two)
        PyType t = type;
        return t == null ? Builtins.TUPLE : t;
    }

    @Override
    public PyDict attrs() {
        PyDict a = attrs; // one read of each field: see type()
        if (a == null) {
            PyType t = type();
            if (t.heap) {
                a = PyDict.instanceDict(t);
                attrs = a;
            }
        }
        return a;
    }

    @Override
    public int len(ThreadState ts) {
        return items.length;
    }

    @Override
    public String repr(ThreadState ts) {
        if (type != null && !type.heap && type.dict.getStr("n_sequence_fields") != null) {
            return structSeqRepr(ts);
        }
        if (items.length == 0) {
            return "()";
        }
        if (!ts.enterRepr(this)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(ts, items[i]));
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            ts.exitRepr(this);
        }
    }

    @Override
    public long hash(ThreadState ts) {
        long acc = 0x27D4EB2F165667C5L;
        for (PyObject x : items) {
            long lane = Ops.hash(ts, x);
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, items.length);
            PyObject[] out = new PyObject[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = items[j];
            }
            return new PyTuple(out);
        }
        return items[Ops.index(ts, key, items.length, "tuple")];
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIter(this, items.length);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        for (PyObject x : items) {
            if (x == v || Ops.eq(ts, x, v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyTuple)) {
            return null;
        }
        PyObject[] b = ((PyTuple) o).items;
        return Ops.tupleCompare(ts, items, items.length, b, b.length, op);
    }

    /**
     * CPython's structseq repr: {@code time.struct_time(tm_year=2026, ...)}, the sequence fields only. A field
     * named {@code _x_i} (os.stat_result's int times, whose names the float attributes take) shows as {@code x}.
     */
    private String structSeqRepr(ThreadState ts) {
        PyObject mod = type.dict.getStr("__module__");
        PyObject fs = type.dict.getStr("_fields");
        StringBuilder sb = new StringBuilder();
        if (mod instanceof PyStr) {
            sb.append(((PyStr) mod).value()).append('.');
        }
        sb.append(type.name).append('(');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String f = fs instanceof PyTuple && i < ((PyTuple) fs).items.length
                    ? ((PyStr) ((PyTuple) fs).items[i]).value() : "_" + i;
            if (f.startsWith("_") && f.endsWith("_i") && f.length() > 3) {
                f = f.substring(1, f.length() - 2);
            }
            sb.append(f).append('=').append(Ops.repr(ts, items[i]));
        }
        return sb.append(')').toString();
    }
}
