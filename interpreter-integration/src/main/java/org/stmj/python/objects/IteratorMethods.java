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
