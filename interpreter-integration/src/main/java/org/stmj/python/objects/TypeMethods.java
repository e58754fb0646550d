package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;

/** Methods of type. */
final class TypeMethods {
    private TypeMethods() {
    }

    private static PyType typeArg(PyObject o, String what) {
        if (!(o instanceof PyType)) {
            throw Py.typeError("descriptor '" + what + "' requires a 'type' object but received a '"
                    + o.type().name + "'");
        }
        return (PyType) o;
    }

    /** Installs the methods of type. */
    static void install() {
        PyType T = Builtins.TYPE;
        TypeAttr.install(T);
        addMethod(T, "__call__",
                (ts, a, kw) -> ((PyType) a[0]).callType(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addStaticMethod(T, "__new__",
                (ts, a, kw) -> Builtins.newType(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addMethod(T, "__init__", (ts, a, kw) -> Py.None);
        // type's own attribute setting (object's refuses a class: CPython's hackcheck)
        addMethod(T, "__setattr__", 2, 2, (ts, a, kw) -> {
            Ops.genericSetattr(ts, typeArg(a[0], "__setattr__"), Args.attrName(a[1]), a[2]);
            return Py.None;
        });
        addMethod(T, "__delattr__", 1, 1, (ts, a, kw) -> {
            Ops.genericDelattr(ts, typeArg(a[0], "__delattr__"), Args.attrName(a[1]));
            return Py.None;
        });
        // type.__prepare__(name, bases, **kwds): a new empty namespace (a metaclass's super().__prepare__ ends here)
        Methods.addClassMethod(T, "__prepare__", (ts, a, kw) -> new PyDict());
        addMethod(T, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        // type.mro(cls): C3 over the class's current bases (a metaclass's mro() calls it for the default)
        addMethod(T, "mro", (ts, a, kw) -> {
            PyType[] m = C3.mro((PyType) a[0], ((PyType) a[0]).bases);
            return new PyList(java.util.Arrays.copyOf(m, m.length, PyObject[].class));
        });
        addMethod(T, "__subclasses__",
                (ts, a, kw) -> {
                    PyType[] sc = ((PyType) a[0]).subclassesArray();
                    return new PyList(java.util.Arrays.copyOf(sc, sc.length, PyObject[].class));
                });
        addMethod(T, "__instancecheck__", (ts, a, kw) -> Py.bool(a[1].type().isSubtype((PyType) a[0])));
        addMethod(T, "__subclasscheck__", (ts, a, kw) -> Py.bool(((PyType) a[1]).isSubtype((PyType) a[0])));
    }
}
