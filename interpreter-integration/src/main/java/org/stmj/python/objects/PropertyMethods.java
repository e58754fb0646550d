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
            return new PyProperty(p.fget, a[1], p.fdel, p.doc);
        });
        addMethod(P, "getter", (ts, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.fset, p.fdel, p.doc);
        });
        addMethod(P, "deleter", (ts, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, p.fset, a[1], p.doc);
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
