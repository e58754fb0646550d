package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** property, classmethod, staticmethod and __slots__ member descriptors. */
public abstract class PyDescr extends PyObject {
    /** Whether the descriptor takes precedence over the instance dict. */
    public abstract boolean isData();

    public abstract PyObject get(ThreadState ts, PyObject obj, PyType type);

    public void set(ThreadState ts, PyObject obj, PyObject value) {
        throw Py.attributeError("readonly attribute");
    }

    public void delete(ThreadState ts, PyObject obj) {
        throw Py.attributeError("readonly attribute");
    }
}
