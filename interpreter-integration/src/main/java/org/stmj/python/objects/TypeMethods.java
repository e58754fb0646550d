package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;

/** Methods of type. */
final class TypeMethods {
    private TypeMethods() {
    }

    /** Installs the methods of type. */
    static void install() {
        PyType T = Builtins.TYPE;
        addMethod(T, "__call__",
                (ts, a, kw) -> ((PyType) a[0]).callType(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addStaticMethod(T, "__new__",
                (ts, a, kw) -> Builtins.newType(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addMethod(T, "__init__", (ts, a, kw) -> Py.None);
        // type.__prepare__(name, bases, **kwds): a new empty namespace (a metaclass's super().__prepare__ ends here)
        Methods.addClassMethod(T, "__prepare__", (ts, a, kw) -> new PyDict());
        addMethod(T, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        addMethod(T, "mro", (ts, a, kw) -> new PyList((PyObject[]) ((PyType) a[0]).mro.clone()));
        addMethod(T, "__subclasses__",
                (ts, a, kw) -> new PyList((PyObject[]) ((PyType) a[0]).subclassesArray().clone()));
        addMethod(T, "__instancecheck__", (ts, a, kw) -> Py.bool(a[1].type().isSubtype((PyType) a[0])));
        addMethod(T, "__subclasscheck__", (ts, a, kw) -> Py.bool(((PyType) a[1]).isSubtype((PyType) a[0])));
    }
}
