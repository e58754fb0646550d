package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** __get__ and __call__ of function, method, builtin_function_or_method, classmethod and staticmethod. */
final class FunctionMethods {
    private FunctionMethods() {
    }

    /** Installs the descriptor and call methods of the callable types. */
    static void install() {
        addMethod(Builtins.FUNCTION, "__get__", (ts, a, kw) -> a[1] == Py.None ? a[0] : new PyMethod(a[0], a[1]));
        addMethod(Builtins.FUNCTION, "__call__",
                (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addMethod(Builtins.METHOD, "__call__",
                (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addMethod(Builtins.BUILTIN_FUNCTION, "__call__",
                (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        addMethod(Builtins.BUILTIN_FUNCTION, "__reduce__", 0, 0, (ts, a, kw) -> {
            PyBuiltin b = (PyBuiltin) a[0];
            if (b.self == null || b.self instanceof PyModule) {
                return Py.str(b.name);
            }
            return new PyTuple(ts.interp.builtins.getStr("getattr"), new PyTuple(b.self, Py.str(b.name)));
        });
        addMethod(Builtins.CLASSMETHOD, "__get__",
                (ts, a, kw) -> ((PyClassMethod) a[0]).get(ts, a[1], a.length > 2 && a[2] instanceof PyType
                ? (PyType) a[2] : a[1].type()));
        addMethod(Builtins.SUPER, "__get__", 1, 2,
                (ts, a, kw) -> ((PySuper) a[0]).get(ts, a[1] == Py.None ? null : a[1], null));
        addMethod(Builtins.STATICMETHOD, "__get__", (ts, a, kw) -> ((PyStaticMethod) a[0]).func);
    }
}
