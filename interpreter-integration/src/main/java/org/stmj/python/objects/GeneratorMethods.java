package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** Methods of generator. */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    /** Installs the methods of generator. */
    static void install() {
        PyType G = Builtins.GENERATOR;
        addMethod(G, "send", (ts, a, kw) -> ((PyGenerator) a[0]).send(ts, a[1]));
        addMethod(G, "throw", (ts, a, kw) -> ((PyGenerator) a[0]).throwIn(ts, PyGenerator.throwArgument(ts, a, 1)));
        addMethod(G, "close", (ts, a, kw) -> {
            ((PyGenerator) a[0]).close(ts);
            return Py.None;
        });
        addMethod(G, "__next__", (ts, a, kw) -> {
            PyGenerator g = (PyGenerator) a[0];
            PyObject r = g.next(ts);
            if (r == null) {
                PyObject rv = g.returnValue;
                g.returnValue = null;
                throw Py.stopIteration(rv);
            }
            return r;
        });
        addMethod(G, "__iter__", (ts, a, kw) -> a[0]);
    }
}
