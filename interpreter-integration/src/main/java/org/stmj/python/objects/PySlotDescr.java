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

    /** The index of this member in the slot values of an instance ({@code PyInstance.slotValues}). */
    public int index() {
        return index;
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
        PyObject v = obj instanceof PyInstance && ((PyInstance) obj).slotValues != null
                ? ((PyInstance) obj).slotValues[index] : fromDict(obj);
        if (v == null) {
            throw Py.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        if (obj instanceof PyInstance && ((PyInstance) obj).slotValues != null) {
            ((PyInstance) obj).slotValues[index] = value;
        } else {
            dict(obj).putStr(key(), value);
        }
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        if (obj instanceof PyInstance && ((PyInstance) obj).slotValues != null) {
            if (((PyInstance) obj).slotValues[index] == null) {
                throw Py.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
            }
            ((PyInstance) obj).slotValues[index] = null;
        } else if (dict(obj).remove(ts, Py.str(key())) == null) {
            throw Py.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        }
    }

    /*
     * Instances of heap subclasses of built-in types (list, dict, int, str, weakref, exceptions, ...) have no slot
     * array: their slot values live in the instance's attribute dict under the slot's name (the slot is a data
     * descriptor, so it is always found before the dict entry; the difference from CPython is that such an instance
     * still has a __dict__).
     */
    private String key() {
        return name;
    }

    private PyDict dict(PyObject obj) {
        PyDict d = obj.attrs();
        if (d == null) {
            throw Py.typeError("'" + obj.type().name + "' object has no storage for slot '" + name + "'");
        }
        return d;
    }

    private PyObject fromDict(PyObject obj) {
        PyDict d = obj.attrs();
        return d == null ? null : d.getStr(key());
    }
}
