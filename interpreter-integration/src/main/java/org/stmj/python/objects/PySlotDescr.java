package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** A member of a class that declares __slots__: reads and writes one index of the instance's slot array. */
public final class PySlotDescr extends PyDescr {
    final String name;
    final int index;

    PySlotDescr(String name, int index) {
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return Builtins.OBJECT;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = ((PyInstance) obj).slotValues[index];
        if (v == null) {
            throw Py.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        ((PyInstance) obj).slotValues[index] = value;
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        ((PyInstance) obj).slotValues[index] = null;
    }
}
