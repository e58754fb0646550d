package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code list[int]} and the like ({@code types.GenericAlias}): an origin class and a tuple of arguments.
 * Immutable. It calls, and is subclassed, as its origin ({@code __mro_entries__}).
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("GenericAlias", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        Args.check("GenericAlias", a, kw, 2, 2);
        PyGenericAlias g = new PyGenericAlias(a[0], a[1]);
        if (cls != null && cls.heap) {
            g.cls = cls;
        }
        return g;
    });

    final PyObject origin;
    final PyObject[] args;
    /** The class of an instance of a subclass of GenericAlias (null: GenericAlias itself), and its attributes. */
    private PyType cls;
    private PyDict attrs;

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
        // never a starred alias here (*tuple[int] is not made): typing's _eval_type reads both on every alias
        prop("__unpacked__", (ts, a, kw) -> Py.False);
        prop("__typing_unpacked_tuple_args__", (ts, a, kw) -> Py.None);
        // GenericAlias.__new__(cls, origin, args): what a subclass's own __new__ ends in (collections.abc's
        // _CallableGenericAlias)
        TYPE.dict.putStr("__new__", new PyStaticMethod(new PyBuiltin("__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType) || !((PyType) a[0]).isSubtype(TYPE)) {
                throw Py.typeError("GenericAlias.__new__(X): X is not a subtype of GenericAlias");
            }
            return TYPE.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        })));
        // the built-in behaviour as methods, for subclasses that call super() (collections.abc's Callable alias)
        TYPE.dict.putStr("__repr__", new PyBuiltin("__repr__",
                (ts, a, kw) -> Py.str(((PyGenericAlias) a[0]).repr(ts)), null, "GenericAlias"));
        TYPE.dict.putStr("__hash__", new PyBuiltin("__hash__",
                (ts, a, kw) -> Py.newInt(((PyGenericAlias) a[0]).hash(ts)), null, "GenericAlias"));
        TYPE.dict.putStr("__eq__", new PyBuiltin("__eq__", (ts, a, kw) -> {
            PyObject r = ((PyGenericAlias) a[0]).richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        }, null, "GenericAlias"));
        prop("__parameters__", (ts, a, kw) -> TypeParams.make(ts, ((PyGenericAlias) a[0]).args));
        // list[T][int]: the parameters substituted, an alias of the same class (CPython's ga_getitem)
        TYPE.dict.putStr("__getitem__", new PyBuiltin("__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]), null,
                "GenericAlias"));
        // pickling and copying: (type(alias), (origin, args)), CPython's ga_reduce
        TYPE.dict.putStr("__reduce__", new PyBuiltin("__reduce__", (ts, a, kw) -> {
            PyGenericAlias g = (PyGenericAlias) a[0];
            return new PyTuple(g.type(), new PyTuple(g.origin, new PyTuple(g.args)));
        }, null, "GenericAlias"));
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
        return cls == null ? TYPE : cls;
    }

    @Override
    public PyDict attrs() {
        if (cls == null) {
            return null;
        }
        if (attrs == null) {
            attrs = new PyDict();
        }
        return attrs;
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
    public PyObject getitem(ThreadState ts, PyObject item) {
        PyObject[] na = TypeParams.substitute(ts, this, args, item);
        return Ops.call(ts, type(), origin, new PyTuple(na));
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if ((op != 2 && op != 3) || !(o instanceof PyGenericAlias)) {
            return null;
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
