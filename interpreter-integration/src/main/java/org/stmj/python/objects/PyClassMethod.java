package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** classmethod(f): binds to the class. */
public final class PyClassMethod extends PyDescr {
    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return Builtins.CLASSMETHOD;
    }

    @Override
    public boolean isData() {
        return false;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        return new PyMethod(func, type != null ? type : obj.type());
    }
}
