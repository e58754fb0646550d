package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** staticmethod(f): no binding. */
public final class PyStaticMethod extends PyDescr {
    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return Builtins.STATICMETHOD;
    }

    @Override
    public boolean isData() {
        return false;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        return func;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return Ops.call(ts, func, args, kw);
    }
}
