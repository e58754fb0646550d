package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code X | Y} on types (PEP 604): {@code types.UnionType}. Immutable; {@code isinstance}/{@code issubclass}
 * accept it like a tuple of its arguments.
 */
public final class PyUnion extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", Builtins.OBJECT, false, null);

    static {
        TYPE.dict.putStr("__module__", Py.str("types"));
        TYPE.dict.putStr("__args__",
                new PyProperty(new PyBuiltin("__args__", (ts, a, kw) -> new PyTuple(((PyUnion) a[0]).args)), null, null,
                Py.None));
        TYPE.dict.putStr("__parameters__",
                new PyProperty(new PyBuiltin("__parameters__", (ts, a, kw) -> Py.EMPTY_TUPLE), null, null, Py.None));
    }

    public final PyObject[] args;

    private PyUnion(PyObject[] args) {
        this.args = args;
    }

    static boolean unionable(PyObject o) {
        return o instanceof PyType || o == Py.None || o instanceof PyUnion || o.type().name.equals("GenericAlias")
                || o.type().name.equals("TypeVar");
    }

    /** a | b when both sides are types, None or unions; null otherwise (the operator then fails as before). */
    static PyObject or(ThreadState ts, PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return null;
        }
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        add(ts, out, a);
        add(ts, out, b);
        if (out.size() == 1) {
            return out.get(0);
        }
        return new PyUnion(out.toArray(new PyObject[0]));
    }

    private static void add(ThreadState ts, java.util.ArrayList<PyObject> out, PyObject x) {
        if (x instanceof PyUnion) {
            for (PyObject y : ((PyUnion) x).args) {
                add(ts, out, y);
            }
            return;
        }
        if (x == Py.None) {
            x = Py.None.type();
        }
        for (PyObject y : out) {
            if (y == x) {
                return;
            }
        }
        out.add(x);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(ThreadState ts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject a : args) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            if (a == Py.None.type()) {
                sb.append("None");
            } else if (a instanceof PyType) {
                PyType t = (PyType) a;
                sb.append(t.module().equals("builtins") ? t.qualname : t.module() + "." + t.qualname);
            } else {
                sb.append(Ops.repr(ts, a));
            }
        }
        return sb.toString();
    }

    @Override
    public long hash(ThreadState ts) {
        long h = 0x345678;
        for (PyObject a : args) {
            h ^= Ops.hash(ts, a);
        }
        return h;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if ((op != 2 && op != 3) || !(o instanceof PyUnion)) {
            return Py.NotImplemented;
        }
        PyObject[] x = args, y = ((PyUnion) o).args;
        boolean eq = x.length == y.length;
        for (int i = 0; eq && i < x.length; i++) {
            boolean found = false;
            for (PyObject z : y) {
                if (z == x[i]) {
                    found = true;
                }
            }
            eq = found;
        }
        return Py.bool(op == 2 ? eq : !eq);
    }
}
