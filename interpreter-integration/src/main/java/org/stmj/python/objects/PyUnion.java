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
        TYPE.dict.putStr("__parameters__", new PyProperty(new PyBuiltin("__parameters__",
                (ts, a, kw) -> TypeParams.make(ts, ((PyUnion) a[0]).args)), null, null, Py.None));
        // (int | list[T])[str]: the parameters substituted, the arguments joined again with |
        TYPE.dict.putStr("__getitem__", new PyBuiltin("__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]), null,
                "UnionType"));
    }

    public final PyObject[] args;

    private PyUnion(PyObject[] args) {
        this.args = args;
    }

    static boolean unionable(PyObject o) {
        // CPython 3.11's is_unionable: typing's TypeVar is not (its own __or__ makes a typing.Union)
        return o instanceof PyType || o == Py.None || o instanceof PyUnion || o instanceof PyGenericAlias;
    }

    /** a | b when both sides are types, None or unions; null otherwise (the operator then fails as before). */
    static PyObject or(ThreadState ts, PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b) || a == Py.None && b == Py.None) {
            // None has no __or__: one side must be a type, a union or an alias (None | None is a TypeError)
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
            // generic aliases are deduplicated by equality (list[int] twice), everything else by identity
            if (y == x || x instanceof PyGenericAlias && y instanceof PyGenericAlias
                    && Ops.truth(ts, Ops.richcmp(ts, x, y, Ops.EQ))) {
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
    public PyObject getitem(ThreadState ts, PyObject item) {
        PyObject[] na = TypeParams.substitute(ts, this, args, item);
        PyObject r = na[0];
        for (int i = 1; i < na.length; i++) {
            r = Ops.binary(ts, Ops.OR, r, na[i]);
        }
        return r;
    }

    /** The arguments as a frozenset: hash and equality are a set's, as CPython's (and typing.Union's). */
    private PySet argSet(ThreadState ts) {
        PySet set = new PySet(true);
        for (PyObject a : args) {
            set.add(ts, a);
        }
        return set;
    }

    @Override
    public long hash(ThreadState ts) {
        return Ops.hash(ts, argSet(ts));
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(o instanceof PyUnion)) {
            return null;
        }
        return Ops.richcmp(ts, argSet(ts), ((PyUnion) o).argSet(ts), op);
    }
}
