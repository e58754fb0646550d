package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** Methods of the built-in types, installed into their dicts at start-up: shared helpers and the install order. */
final class Methods {
    private Methods() {
    }

    /**
     * Installs the methods of every built-in type. The order matters: {@link DunderMethods} fills only the dunders
     * that str, list, tuple and dict have not defined yet, and the bytes methods borrow str's.
     */
    static void install() {
        StrMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        DunderMethods.install();
        SetMethods.install();
        IntMethods.install();
        FloatMethods.install();
        ComplexMethods.install();
        BytesMethods.install();
        ObjectMethods.install();
        ReduceProtocol.install();
        ReadonlyAttr.install();
        TypeMethods.install();
        IteratorMethods.install();
        GeneratorMethods.install();
        PropertyMethods.install();
        FunctionMethods.install();
        BuiltinDescrTypes.install();
        RangeMethods.install();
        SliceMethods.install();
        DunderMethods.installSlotWrappers();
    }

    /** Defines {@code t.name} as an instance method (self is a[0]). */
    static void addMethod(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name, 0, -1, true, t));
    }

    /**
     * Defines {@code t.name} as an instance method that takes {@code min..max} positional arguments after self
     * and no keyword arguments; calls outside that raise CPython's TypeError before {@code f} runs.
     */
    static void addMethod(PyType t, String name, int min, int max, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name, min, max, false, t));
    }

    /** As {@link #addMethod(PyType, String, int, int, PyBuiltin.Native)}, keyword arguments allowed. */
    static void addMethodKw(PyType t, String name, int min, int max, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name, min, max, true, t));
    }

    /**
     * Defines {@code t.name} as an instance method that takes {@code min..max} positional arguments after self
     * (at most two) and no keyword arguments, by bodies for each count without an argument array: {@code b1} for
     * none (self alone), {@code b2} for one, {@code b3} for two; null for the counts outside {@code min..max}.
     * The array body is made of them ({@link FixedArity#of}).
     */
    static void addFixed(PyType t, String name, int min, int max, FixedArity.Body1 b1, FixedArity.Body2 b2,
            FixedArity.Body3 b3) {
        t.dict.putStr(name, new PyBuiltin(name, FixedArity.of(b1, b2, b3), null, t.name, min, max, false, t)
                .withFixed(b1, b2, b3));
    }

    /** {@link #addFixed} of a method that takes no argument after self. */
    static void addMethod0(PyType t, String name, FixedArity.Body1 b) {
        addFixed(t, name, 0, 0, b, null, null);
    }

    /** {@link #addFixed} of a method that takes one argument after self. */
    static void addMethod1(PyType t, String name, FixedArity.Body2 b) {
        addFixed(t, name, 1, 1, null, b, null);
    }

    /** {@link #addFixed} of a method that takes two arguments after self. */
    static void addMethod2(PyType t, String name, FixedArity.Body3 b) {
        addFixed(t, name, 2, 2, null, null, b);
    }

    /**
     * As {@link #addMethod(PyType, String, PyBuiltin.Native)} (the body checks its arguments), with bodies for 0, 1
     * and 2 arguments after self without an argument array beside it (null where none): each must accept every call
     * with that count and compute what {@code f} does (see {@link FixedArity}).
     */
    static void addMethod(PyType t, String name, PyBuiltin.Native f, FixedArity.Body1 b1, FixedArity.Body2 b2,
            FixedArity.Body3 b3) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name, 0, -1, true, t).withFixed(b1, b2, b3));
    }

    /** Defines {@code t.name} as a classmethod (the class is a[0]). */
    static void addClassMethod(PyType t, String name, PyBuiltin.Native f) {
        PyClassMethod cm = new PyClassMethod(new PyBuiltin(name, f));
        cm.builtinOwner = t;
        t.dict.putStr(name, cm);
    }

    /** Defines {@code t.name} as a staticmethod; a {@code __new__} gets the checks of CPython's tp_new_wrapper. */
    static void addStaticMethod(PyType t, String name, PyBuiltin.Native f) {
        if (!name.equals("__new__")) {
            t.dict.putStr(name, new PyStaticMethod(new PyBuiltin(name, f)));
            return;
        }
        PyStaticMethod[] self = new PyStaticMethod[1];
        self[0] = new PyStaticMethod(new PyBuiltin(name, (ts, a, kw) -> {
            checkNew(t, self[0], a);
            return f.call(ts, a, kw);
        }));
        t.dict.putStr(name, self[0]);
    }

    /**
     * CPython's tp_new_wrapper checks of {@code t.__new__(a[0], ...)} called directly: a[0] must be a type, a subtype
     * of t, and (a built-in one) have t's {@code __new__} ("object.__new__(int) is not safe, use int.__new__()").
     */
    static void checkNew(PyType t, PyObject sm, PyObject[] a) {
        checkNew(t, t.name, sm, a);
    }

    /** As {@link #checkNew(PyType, PyObject, PyObject[])}, the type named {@code tn} (its tp_name). */
    static void checkNew(PyType t, String tn, PyObject sm, PyObject[] a) {
        if (a.length == 0) {
            throw Py.typeError(tn + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType)) {
            throw Py.typeError(tn + ".__new__(X): X is not a type object (" + a[0].type().name + ")");
        }
        PyType sub = (PyType) a[0];
        if (!sub.isSubtype(t)) {
            throw Py.typeError(tn + ".__new__(" + sub.name + "): " + sub.name + " is not a subtype of " + tn);
        }
        if (!sub.heap && sub.lookup("__new__") != sm) {
            throw Py.typeError(tn + ".__new__(" + sub.name + ") is not safe, use " + sub.name + ".__new__()");
        }
    }

    /** The value of a str self; a TypeError when a[0] is not a str (an unbound call on another type). */
    static String selfStr(PyObject[] a) {
        if (!(a[0] instanceof PyStr)) {
            throw Py.typeError("descriptor requires a 'str' object but received a '" + a[0].type().name + "'");
        }
        return ((PyStr) a[0]).value();
    }

    /** The value of a str argument; a TypeError naming {@code what} otherwise. */
    static String strArg(PyObject o, String what) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Py.typeError((what.isEmpty() ? "" : what + " ") + "must be str, not " + o.type().name);
    }

    /** Self as a list. */
    static PyList selfList(PyObject[] a) {
        return (PyList) a[0];
    }

    /** Self as a dict. */
    static PyDict selfDict(PyObject[] a) {
        return (PyDict) a[0];
    }

    /** Self as a set or frozenset. */
    static PySet selfSet(PyObject[] a) {
        return (PySet) a[0];
    }

    /** The optional [start, end) index arguments at a[from], a[from+1], clamped to [0, n] like a slice. */
    static int[] indexRange(ThreadState ts, PyObject[] a, int from, int n) {
        return indexRange(ts, a, from, n, true);
    }

    /**
     * As {@link #indexRange(ThreadState, PyObject[], int, int)}; without {@code noneOk} (list.index, tuple.index:
     * CPython's _PyEval_SliceIndexNotNone) None is refused: "slice indices must be integers or have an __index__
     * method".
     */
    static int[] indexRange(ThreadState ts, PyObject[] a, int from, int n, boolean noneOk) {
        int lo = 0, hi = n;
        if (!noneOk) {
            for (int i = from; i < a.length && i < from + 2; i++) {
                Ops.asIndexNotNone(ts, a[i]);
            }
        }
        if (a.length > from && a[from] != Py.None) {
            long v = Ops.asIndex(ts, a[from]);
            if (v < 0) {
                v = Math.max(0, v + n);
            }
            lo = (int) Math.min(v, n);
        }
        if (a.length > from + 1 && a[from + 1] != Py.None) {
            long v = Ops.asIndex(ts, a[from + 1]);
            if (v < 0) {
                v = Math.max(0, v + n);
            }
            hi = (int) Math.min(v, n);
        }
        return new int[] {lo, hi};
    }
}
