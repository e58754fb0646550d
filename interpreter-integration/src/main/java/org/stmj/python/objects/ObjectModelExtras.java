package org.stmj.python.objects;

/**
 * Members of built-in types added by the standard-library work (issue 13), kept out of {@link Methods} so that file
 * stays per-type: {@code __isabstractmethod__} of property, classmethod and staticmethod (what abc reads to find
 * abstract members), the abstract-class check of instantiation, and the constructor of the bound-method type. Installed
 * once, when the built-in types are
 * created, before any interpreter runs.
 */
final class ObjectModelExtras {
    private ObjectModelExtras() {
    }

    static boolean abstractFlag(org.stmj.python.vm.ThreadState ts, PyObject f) {
        if (f == null || f == Py.None) {
            return false;
        }
        PyObject v = Ops.getattrOrNull(ts, f, "__isabstractmethod__");
        return v != null && Ops.truth(ts, v);
    }

    static void install() {
        // types.MethodType(func, obj): weakref.WeakMethod rebuilds its bound method this way
        Builtins.METHOD.ctor = (ts, cls, a, kw) -> {
            Args.check("method", a, kw, 2, 2);
            if (!Ops.isCallable(a[0])) {
                throw Py.typeError("first argument must be callable");
            }
            if (a[1] == Py.None) {
                throw Py.typeError("instance must not be None");
            }
            return new PyMethod(a[0], a[1]);
        };
        Builtins.PROPERTY.dict.putStr("__isabstractmethod__",
                new PyProperty(new PyBuiltin("__isabstractmethod__", (ts, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return Py.bool(abstractFlag(ts, p.fget) || abstractFlag(ts, p.fset) || abstractFlag(ts, p.fdel));
        }), Py.None, Py.None, Py.None));
        Builtins.CLASSMETHOD.dict.putStr("__isabstractmethod__", new PyProperty(new PyBuiltin("__isabstractmethod__",
                (ts, a, kw) -> Py.bool(abstractFlag(ts, ((PyClassMethod) a[0]).func))), Py.None, Py.None, Py.None));
        Builtins.STATICMETHOD.dict.putStr("__isabstractmethod__", new PyProperty(new PyBuiltin("__isabstractmethod__",
                (ts, a, kw) -> Py.bool(abstractFlag(ts, ((PyStaticMethod) a[0]).func))), Py.None, Py.None, Py.None));
    }

    /**
     * CPython's object.__new__ refuses a class whose {@code __abstractmethods__} is non-empty:
     * "Can't instantiate abstract class X with abstract method(s) f, g" (names sorted). Only classes whose instances
     * are plain objects are checked (a subclass of list or dict with abstract methods instantiates, as in CPython).
     */
    static void checkAbstract(PyType t) {
        // abstractKey: no dict probe for the classes that never had the key (nearly all; see PyType.abstractKey)
        if (!t.abstractKey || !t.heap || t.solid != Builtins.OBJECT) {
            return;
        }
        PyObject am = t.dict.getStr("__abstractmethods__");
        if (!(am instanceof PySet) || ((PySet) am).size() == 0) {
            return;
        }
        PyObject[] names = ((PySet) am).toArray();
        String[] ns = new String[names.length];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = names[i] instanceof PyStr ? ((PyStr) names[i]).value() : String.valueOf(names[i]);
        }
        java.util.Arrays.sort(ns);
        throw Py.typeError("Can't instantiate abstract class " + t.name + " with abstract method"
                + (ns.length > 1 ? "s " : " ") + String.join(", ", ns));
    }

    /**
     * What CPython 3.10+'s classmethod and staticmethod copy from the callable they wrap into their own __dict__:
     * __module__, __name__, __qualname__ and __doc__ (those the callable has).
     */
    static void copyWrapperAttrs(PyDict into, PyObject func) {
        org.stmj.python.vm.ThreadState ts = org.stmj.python.vm.ThreadState.current();
        if (ts == null) {
            return;
        }
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v;
            try {
                v = Ops.getattrOrNull(ts, func, n);
            } catch (PyException e) {
                v = null;
            }
            if (v != null) {
                into.putStr(n, v);
            }
        }
    }
}
