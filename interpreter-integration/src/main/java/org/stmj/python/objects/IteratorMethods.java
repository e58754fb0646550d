package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** __iter__ and __next__ of the built-in iterator types. */
final class IteratorMethods {
    private IteratorMethods() {
    }

    /** Installs __iter__/__next__ on the built-in iterator types. */
    static void install() {
        java.util.List<PyType> iters =
                new java.util.ArrayList<>(java.util.List.of(Builtins.ITERATOR, Builtins.LIST_ITER,
                Builtins.TUPLE_ITER, Builtins.STR_ITER, Builtins.RANGE_ITER, Builtins.SET_ITER, Builtins.CALLABLE_ITER,
                Builtins.ENUMERATE, Builtins.ZIP, Builtins.MAP, Builtins.FILTER, Builtins.REVERSED,
                Builtins.BYTES_ITER, Builtins.BYTEARRAY_ITER, Builtins.LONGRANGE_ITER, Builtins.MEMORY_ITER,
                Builtins.LIST_REVITER));
        iters.addAll(java.util.List.of(Builtins.DICT_ITER));
        iters.addAll(java.util.List.of(Builtins.DICT_REVITER));
        addMethod(Builtins.SET_ITER, "__length_hint__",
                (ts, a, kw) -> Py.newInt(((PySet.PySetIter) a[0]).lengthHint()));
        // as CPython's: iter(list of the items left), so a pickled iterator resumes where it was
        addMethod(Builtins.SET_ITER, "__reduce__", (ts, a, kw) -> new PyTuple(new PyObject[] {
            ts.interp.builtins.getStr("iter"), new PyTuple(new PyObject[] {((PySet.PySetIter) a[0]).remaining()})}));
        // __new__ of the constructible ones, so a subclass's own __new__ can call super().__new__(cls, *args)
        for (PyType it : new PyType[] {Builtins.ENUMERATE, Builtins.ZIP, Builtins.MAP, Builtins.FILTER}) {
            Methods.addStaticMethod(it, "__new__", (ts, a, kw) -> {
                if (a.length == 0 || !(a[0] instanceof PyType) || !((PyType) a[0]).isSubtype(it)) {
                    throw Py.typeError(it.name + ".__new__(X): X is not a subtype of " + it.name);
                }
                return it.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            });
            addMethod(it, "__reduce__", 0, 0, (ts, a, kw) -> {
                if (!(a[0] instanceof PyIterBase)) {
                    throw Py.typeError("cannot pickle '" + a[0].type().name + "' object");
                }
                return ((PyIterBase) a[0]).reduce(ts);
            });
        }
        for (PyType it : iters) {
            addMethod(it, "__iter__", (ts, a, kw) -> a[0]);
            addMethod(it, "__next__", (ts, a, kw) -> {
                PyObject r = a[0].next(ts);
                if (r == null) {
                    throw Py.stopIteration(null);
                }
                return r;
            });
        }
        for (PyType it : new PyType[] {Builtins.ITERATOR, Builtins.LIST_ITER, Builtins.TUPLE_ITER, Builtins.STR_ITER,
            Builtins.BYTES_ITER, Builtins.BYTEARRAY_ITER}) {
            addMethod(it, "__reduce__", 0, 0, (ts, a, kw) -> seqIter(a[0]).reduce(ts));
            addMethod(it, "__length_hint__", 0, 0, (ts, a, kw) -> seqIter(a[0]).lengthHint(ts));
            addMethod(it, "__setstate__", 1, 1, (ts, a, kw) -> {
                if (!(a[1] instanceof PyInt)) {
                    throw Py.typeError("an integer is required"); // PyLong_AsSsize_t takes ints only
                }
                seqIter(a[0]).setState(ts, a[1]);
                return Py.None;
            });
        }
        for (PyType rit : new PyType[] {Builtins.RANGE_ITER, Builtins.LONGRANGE_ITER}) {
            addMethod(rit, "__reduce__", 0, 0, (ts, a, kw) -> a[0] instanceof PyBigRange.Iter
                    ? ((PyBigRange.Iter) a[0]).reduce(ts) : rangeIter(a[0]).reduce(ts));
            addMethod(rit, "__setstate__", 1, 1, (ts, a, kw) -> {
                if (a[0] instanceof PyBigRange.Iter) {
                    ((PyBigRange.Iter) a[0]).setState(ts, a[1]);
                } else {
                    rangeIter(a[0]).setState(ts, a[1]);
                }
                return Py.None;
            });
            addMethod(rit, "__length_hint__", 0, 0, (ts, a, kw) -> a[0] instanceof PyBigRange.Iter
                    ? Py.newInt(((PyBigRange.Iter) a[0]).left()) : Py.newInt(rangeIter(a[0]).left()));
        }
        for (PyType it : Builtins.DICT_ITER) {
            addMethod(it, "__reduce__", 0, 0, (ts, a, kw) -> {
                if (!(a[0] instanceof PyDictIter)) {
                    throw Py.typeError("cannot pickle '" + a[0].type().name + "' object");
                }
                return ((PyDictIter) a[0]).reduce(ts);
            });
        }
        java.util.List<PyType> revs = new java.util.ArrayList<>(java.util.List.of(Builtins.REVERSED,
                Builtins.LIST_REVITER));
        revs.addAll(java.util.List.of(Builtins.DICT_REVITER));
        for (PyType rt : revs) {
            addMethod(rt, "__reduce__", 0, 0, (ts, a, kw) -> {
                if (!(a[0] instanceof PyReversed)) {
                    throw Py.typeError("cannot pickle '" + a[0].type().name + "' object");
                }
                return ((PyReversed) a[0]).reduce(ts);
            });
            addMethod(rt, "__setstate__", 1, 1, (ts, a, kw) -> {
                if (!(a[0] instanceof PyReversed)) {
                    throw Py.typeError("descriptor '__setstate__' requires a '" + rt.name + "' object");
                }
                if (!(a[1] instanceof PyInt)) {
                    throw Py.typeError("an integer is required"); // reversed_setstate's PyLong_AsSsize_t
                }
                ((PyReversed) a[0]).setState(ts, a[1]);
                return Py.None;
            });
        }
    }

    private static PySeqIter seqIter(PyObject o) {
        if (!(o instanceof PySeqIter)) {
            throw Py.typeError("cannot pickle '" + o.type().name + "' object");
        }
        return (PySeqIter) o;
    }

    private static PyRange.Iter rangeIter(PyObject o) {
        if (!(o instanceof PyRange.Iter)) {
            throw Py.typeError("cannot pickle '" + o.type().name + "' object");
        }
        return (PyRange.Iter) o;
    }
}
