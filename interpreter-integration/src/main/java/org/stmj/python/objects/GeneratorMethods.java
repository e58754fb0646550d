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
        addMethod(G, "throw", (ts, a, kw) -> {
            PyObject tb = a.length > 3 ? a[3] : Py.None;
            if (tb != Py.None && !(tb instanceof org.stmj.python.vm.Traceback)) {
                throw Py.typeError("throw() third argument must be a traceback object");
            }
            PyBaseException e = Exc.forThrow(ts, a, 1);
            if (tb != Py.None) {
                e.traceback = (org.stmj.python.vm.Traceback) tb;
            }
            return ((PyGenerator) a[0]).throwIn(ts, e);
        });
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
        for (PyType t : new PyType[] {G, org.stmj.python.vm.AsyncOps.COROUTINE,
                org.stmj.python.vm.AsyncOps.ASYNC_GENERATOR}) {
            // generators and coroutines neither pickle nor copy (CPython's types have no __reduce__ support)
            addMethod(t, "__reduce__", 0, 0, (ts, a, kw) -> {
                throw Py.typeError("cannot pickle '" + a[0].type().name + "' object");
            });
            GeneratorName.install(t);
        }
        GeneratorState.install(G, "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom");
        GeneratorState.install(org.stmj.python.vm.AsyncOps.COROUTINE, "cr_await", "cr_code", "cr_frame",
                "cr_running", "cr_suspended", "cr_origin");
        GeneratorState.install(org.stmj.python.vm.AsyncOps.ASYNC_GENERATOR, "ag_await", "ag_code", "ag_frame",
                "ag_running");
    }
}
