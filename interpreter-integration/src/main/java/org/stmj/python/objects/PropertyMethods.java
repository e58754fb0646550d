package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** Methods of property. */
final class PropertyMethods {
    private PropertyMethods() {
    }

    /** Installs the methods of property. */
    static void install() {
        PyType P = Builtins.PROPERTY;
        addMethod(P, "setter", (ts, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return p.copy(p.fget, a[1], p.fdel);
        });
        addMethod(P, "getter", (ts, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return p.copy(a[1], p.fset, p.fdel);
        });
        addMethod(P, "deleter", (ts, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return p.copy(p.fget, p.fset, a[1]);
        });
        addMethod(P, "__set_name__", 2, 2, (ts, a, kw) -> {
            ((PyProperty) a[0]).name = a[2] instanceof PyStr ? ((PyStr) a[2]).value() : Ops.str(ts, a[2]);
            return Py.None;
        });
        addMethod(P, "__get__", (ts, a, kw) -> ((PyProperty) a[0]).get(ts, a[1] == Py.None ? null : a[1], null));
        addMethod(P, "__set__", (ts, a, kw) -> {
            ((PyProperty) a[0]).set(ts, a[1], a[2]);
            return Py.None;
        });
        addMethod(P, "__delete__", 1, 1, (ts, a, kw) -> {
            ((PyProperty) a[0]).delete(ts, a[1]);
            return Py.None;
        });
    }
}
