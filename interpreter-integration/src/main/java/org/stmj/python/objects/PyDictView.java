package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** dict.keys(), dict.values(), dict.items(): live views of a dict. */
public final class PyDictView extends PyObject {
    static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    final PyDict d;
    final int kind;

    public PyDictView(PyDict d, int kind) {
        this.d = d;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return Builtins.DICT_VIEW[kind];
    }

    @Override
    public int len(ThreadState ts) {
        return d.used;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PyDictIter(d, kind);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (kind == PyDictIter.KEYS) {
            return d.get(ts, v) != null;
        }
        if (kind == PyDictIter.ITEMS) {
            if (!(v instanceof PyTuple) || ((PyTuple) v).items.length != 2) {
                return false;
            }
            PyObject x = d.get(ts, ((PyTuple) v).items[0]);
            return x != null && Ops.eq(ts, x, ((PyTuple) v).items[1]);
        }
        return super.contains(ts, v);
    }

    @Override
    public String repr(ThreadState ts) {
        if (!ts.enterRepr(this)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(NAMES[kind]).append("([");
            PyObject it = iter(ts);
            boolean first = true;
            for (PyObject x; (x = it.next(ts)) != null; ) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(ts, x));
            }
            return sb.append("])").toString();
        } finally {
            ts.exitRepr(this);
        }
    }

    /** Installs the views' methods; the view types cannot be instantiated from Python (as CPython's). */
    static void install() {
        for (int k = 0; k < 3; k++) {
            PyType t = Builtins.DICT_VIEW[k];
            t.ctor = null;
            Methods.addMethod(t, "__len__", 0, 0, (ts, a, kw) -> Py.newInt(a[0].len(ts)));
            Methods.addMethod(t, "__iter__", 0, 0, (ts, a, kw) -> a[0].iter(ts));
            Methods.addMethod(t, "__contains__", 1, 1, (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
            Methods.addMethod(t, "__reversed__", 0, 0, (ts, a, kw) -> {
                PyDictView v = (PyDictView) a[0];
                PyObject[] items = Ops.toArray(ts, v);
                PyObject[] r = new PyObject[items.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = items[items.length - 1 - i];
                }
                return new PyList(r).iter(ts);
            });
            Methods.addMethod(t, "__reduce__", 0, 0, (ts, a, kw) -> {
                throw Py.typeError("cannot pickle '" + a[0].type().name + "' object");
            });
            if (k != PyDictIter.VALUES) {
                Methods.addMethod(t, "isdisjoint", 1, 1, (ts, a, kw) -> {
                    PyObject other = a[1];
                    PyObject it = Ops.iter(ts, other);
                    for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                        if (a[0].contains(ts, x)) {
                            return Py.False;
                        }
                    }
                    return Py.True;
                });
            }
        }
    }

    PySet asSet(ThreadState ts) {
        PySet s = new PySet(false);
        s.update(ts, this);
        return s;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (kind == PyDictIter.VALUES
                || !(o instanceof PySet || o instanceof PyDictView && ((PyDictView) o).kind != PyDictIter.VALUES)) {
            return null;
        }
        // CPython's dictview_richcompare: sizes first, then membership of each item in the other (an items view
        // looks its keys up and compares the values, without hashing them)
        int ls = d.size();
        int lo = o.len(ts);
        boolean r;
        switch (op) {
            case Ops.EQ: r = ls == lo && allIn(ts, this, o); break;
            case Ops.NE: r = !(ls == lo && allIn(ts, this, o)); break;
            case Ops.LT: r = ls < lo && allIn(ts, this, o); break;
            case Ops.LE: r = ls <= lo && allIn(ts, this, o); break;
            case Ops.GT: r = ls > lo && allIn(ts, o, this); break;
            case Ops.GE: r = ls >= lo && allIn(ts, o, this); break;
            default: return null;
        }
        return Py.bool(r);
    }

    private static boolean allIn(ThreadState ts, PyObject a, PyObject b) {
        PyObject it = Ops.iter(ts, a);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            if (!b.contains(ts, x)) {
                return false;
            }
        }
        return true;
    }
}
