package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code list[int]} and the like ({@code types.GenericAlias}): an origin class and a tuple of arguments.
 * Immutable. It calls, and is subclassed, as its origin ({@code __mro_entries__}).
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("GenericAlias", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        Args.check("GenericAlias", a, kw, 2, 2);
        return new PyGenericAlias(a[0], a[1]);
    });

    final PyObject origin;
    final PyObject[] args;

    PyGenericAlias(PyObject origin, PyObject arg) {
        this.origin = origin;
        this.args = arg instanceof PyTuple ? ((PyTuple) arg).items : new PyObject[] {arg};
    }

    static void prop(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static {
        TYPE.dict.putStr("__module__", Py.str("types"));
        prop("__origin__", (ts, a, kw) -> ((PyGenericAlias) a[0]).origin);
        prop("__args__", (ts, a, kw) -> new PyTuple(((PyGenericAlias) a[0]).args));
        prop("__parameters__", (ts, a, kw) -> {
            java.util.ArrayList<PyObject> ps = new java.util.ArrayList<>();
            for (PyObject x : ((PyGenericAlias) a[0]).args) {
                if (x.type().name.equals("TypeVar") && !ps.contains(x)) {
                    ps.add(x);
                }
            }
            return new PyTuple(ps.toArray(new PyObject[0]));
        });
        TYPE.dict.putStr("__mro_entries__", new PyBuiltin("__mro_entries__",
                (ts, a, kw) -> new PyTuple(((PyGenericAlias) a[0]).origin), null, "GenericAlias"));
        TYPE.dict.putStr("__or__", new PyBuiltin("__or__", (ts, a, kw) -> {
            PyObject r = PyUnion.or(ts, a[0], a[1]);
            return r == null ? Py.NotImplemented : r;
        }, null, "GenericAlias"));
        TYPE.dict.putStr("__ror__", new PyBuiltin("__ror__", (ts, a, kw) -> {
            PyObject r = PyUnion.or(ts, a[1], a[0]);
            return r == null ? Py.NotImplemented : r;
        }, null, "GenericAlias"));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static String typeRepr(ThreadState ts, PyObject o) {
        if (o instanceof PyType) {
            PyType t = (PyType) o;
            return t.module().equals("builtins") ? t.qualname : t.module() + "." + t.qualname;
        }
        if (o == Py.Ellipsis) {
            return "...";
        }
        return Ops.repr(ts, o);
    }

    @Override
    public String repr(ThreadState ts) {
        StringBuilder sb = new StringBuilder(typeRepr(ts, origin)).append('[');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(typeRepr(ts, args[i]));
        }
        if (args.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    @Override
    public long hash(ThreadState ts) {
        long h = Ops.hash(ts, origin);
        for (PyObject x : args) {
            h = h * 31 + Ops.hash(ts, x);
        }
        return h;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if ((op != 2 && op != 3) || !(o instanceof PyGenericAlias)) {
            return Py.NotImplemented;
        }
        PyGenericAlias g = (PyGenericAlias) o;
        boolean eq = origin == g.origin && args.length == g.args.length;
        for (int i = 0; eq && i < args.length; i++) {
            eq = Ops.truth(ts, Ops.richcmp(ts, args[i], g.args[i], 2));
        }
        return Py.bool(op == 2 ? eq : !eq);
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] a, String[] kw) {
        return Ops.call(ts, origin, a, kw);
    }
}
