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
                Builtins.ENUMERATE, Builtins.ZIP, Builtins.MAP, Builtins.FILTER, Builtins.REVERSED));
        iters.addAll(java.util.List.of(Builtins.DICT_ITER));
        addMethod(Builtins.SET_ITER, "__length_hint__",
                (ts, a, kw) -> Py.newInt(((PySet.PySetIter) a[0]).lengthHint()));
        // as CPython's: iter(list of the items left), so a pickled iterator resumes where it was
        addMethod(Builtins.SET_ITER, "__reduce__", (ts, a, kw) -> new PyTuple(new PyObject[] {
            ts.interp.builtins.getStr("iter"), new PyTuple(new PyObject[] {((PySet.PySetIter) a[0]).remaining()})}));
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
    }
}
