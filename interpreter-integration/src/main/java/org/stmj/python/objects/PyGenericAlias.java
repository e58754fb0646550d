package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** list[int] and the like: kept only so that annotations-as-expressions evaluate. */
public final class PyGenericAlias extends PyObject {
    final PyType origin;
    final PyObject arg;

    PyGenericAlias(PyType origin, PyObject arg) {
        this.origin = origin;
        this.arg = arg;
    }

    @Override
    public PyType type() {
        return Builtins.OBJECT;
    }

    @Override
    public String repr(ThreadState ts) {
        return origin.name + "[" + Ops.repr(ts, arg) + "]";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return origin.call(ts, args, kw);
    }
}
