package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * A member of a class that declares __slots__ (CPython's member_descriptor): reads and writes one index of the
 * instance's slot array, for instances of its class only.
 */
public final class PySlotDescr extends PyDescr {
    final String name;
    final int index;
    /** The class that declared the slot (null for a descriptor made without one: no check). */
    final PyType owner;

    PySlotDescr(String name, int index, PyType owner) {
        this.name = name;
        this.index = index;
        this.owner = owner;
    }

    /** CPython's descr_check: a slot of one class does not apply to an instance of an unrelated one. */
    private void check(PyObject obj) {
        if (owner != null && obj.type() != owner && !obj.type().isSubtype(owner)) {
            throw Py.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }

    /** The index of this member in the slot values of an instance ({@code PyInstance.slotValues}). */
    public int index() {
        return index;
    }

    @Override
    public PyType type() {
        return ReadonlyAttr.MEMBER;
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
        check(obj);
        PyObject v = obj instanceof PyInstance && ((PyInstance) obj).slotValues != null
                ? ((PyInstance) obj).slotValues[index] : fromDict(obj);
        if (v == null) {
            throw Py.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        check(obj);
        if (obj instanceof PyInstance && ((PyInstance) obj).slotValues != null) {
            ((PyInstance) obj).slotValues[index] = value;
        } else {
            dict(obj).putStr(key(), value);
        }
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        check(obj);
        if (obj instanceof PyInstance && ((PyInstance) obj).slotValues != null) {
            if (((PyInstance) obj).slotValues[index] == null) {
                throw Py.attributeError(name); // CPython's member_set: the bare name
            }
            ((PyInstance) obj).slotValues[index] = null;
        } else if (dict(obj).remove(ts, Py.str(key())) == null) {
            throw Py.attributeError(name);
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
        PyDict d = obj.slotDict();
        if (d == null) {
            throw Py.typeError("'" + obj.type().name + "' object has no storage for slot '" + name + "'");
        }
        return d;
    }

    private PyObject fromDict(PyObject obj) {
        PyDict d = obj.slotDict();
        return d == null ? null : d.getStr(key());
    }

    @Override
    public String repr(ThreadState ts) {
        return "<member '" + name + "' of '" + (owner == null ? "?" : owner.name) + "' objects>";
    }

    /** {@code __name__}, {@code __qualname__}, {@code __objclass__} of the descriptor. */
    PyObject own(String attr) {
        switch (attr) {
            case "__name__": return Py.str(name);
            case "__qualname__": return owner == null ? null : Py.str(owner.qualname + "." + name);
            case "__objclass__": return owner;
            default: return null;
        }
    }
}
