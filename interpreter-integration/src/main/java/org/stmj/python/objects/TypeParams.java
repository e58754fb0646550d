package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * Type parameters of {@code types.GenericAlias} and {@code types.UnionType} (CPython 3.11's
 * {@code _Py_make_parameters} and {@code _Py_subs_parameters}): the parameters of an alias are the type-variable
 * like arguments (objects with {@code __typing_subst__}, typing's TypeVar/ParamSpec) and the parameters of its
 * arguments, in order of first appearance; subscribing an alias substitutes them, a type variable through its
 * {@code __typing_subst__}, a generic argument by subscribing it with the items of its own parameters.
 */
final class TypeParams {
    private TypeParams() {
    }

    private static boolean typeVarLike(ThreadState ts, PyObject o) {
        return !(o instanceof PyType) && o.type().lookup("__typing_subst__") != null;
    }

    private static PyObject[] parametersOf(ThreadState ts, PyObject o) {
        if (o instanceof PyType) {
            return Py.EMPTY;
        }
        PyObject p;
        try {
            p = Ops.getattrOrNull(ts, o, "__parameters__");
        } catch (PyException e) {
            if (!e.exc.isInstance(Exc.AttributeError)) {
                throw e;
            }
            return Py.EMPTY;
        }
        return p instanceof PyTuple ? ((PyTuple) p).items : Py.EMPTY;
    }

    /** The parameters of an alias whose arguments are {@code args}. */
    static PyTuple make(ThreadState ts, PyObject[] args) {
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        for (PyObject a : args) {
            if (typeVarLike(ts, a)) {
                addNew(out, a);
            } else {
                for (PyObject p : parametersOf(ts, a)) {
                    addNew(out, p);
                }
            }
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    private static void addNew(java.util.ArrayList<PyObject> out, PyObject p) {
        for (PyObject q : out) {
            if (q == p) {
                return;
            }
        }
        out.add(p);
    }

    private static int indexOf(PyObject[] params, PyObject p) {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == p) {
                return i;
            }
        }
        return -1;
    }

    /** The arguments of {@code self} (with arguments {@code args}) subscribed with {@code item}. */
    static PyObject[] substitute(ThreadState ts, PyObject self, PyObject[] args, PyObject item) {
        PyObject[] params = make(ts, args).items;
        if (params.length == 0) {
            throw Py.typeError(Ops.repr(ts, self) + " is not a generic class");
        }
        PyObject[] items = item instanceof PyTuple ? ((PyTuple) item).items : new PyObject[] {item};
        if (items.length != params.length) {
            throw Py.typeError("Too " + (items.length > params.length ? "many" : "few") + " arguments for "
                    + Ops.repr(ts, self) + "; actual " + items.length + ", expected " + params.length);
        }
        PyObject[] out = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            PyObject a = args[i];
            if (a instanceof PyType) {
                out[i] = a;
            } else if (typeVarLike(ts, a)) {
                PyObject v = items[indexOf(params, a)];
                out[i] = Ops.call(ts, Ops.getattr(ts, a, "__typing_subst__"), v);
            } else {
                PyObject[] sub = parametersOf(ts, a);
                if (sub.length == 0) {
                    out[i] = a;
                } else {
                    PyObject[] subItems = new PyObject[sub.length];
                    for (int j = 0; j < sub.length; j++) {
                        int k = indexOf(params, sub[j]);
                        subItems[j] = k < 0 ? sub[j] : items[k];
                    }
                    out[i] = Ops.getitem(ts, a, subItems.length == 1 ? subItems[0] : new PyTuple(subItems));
                }
            }
        }
        return out;
    }
}
