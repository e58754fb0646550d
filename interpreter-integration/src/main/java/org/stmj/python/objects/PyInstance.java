package org.stmj.python.objects;

/** An instance of a user class whose layout is plain object: a type and an attribute dict (or slot values). */
public final class PyInstance extends PyObject {
    public PyType type;
    public PyDict attrs;
    /** Values of names declared in __slots__ (when the class declares slots, attrs stays null). */
    public PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        for (PyType t : type.mro) {
            if (t.slotNames != null) {
                slotValues = new PyObject[t.slotNames.length];
                break;
            }
        }
        if (!type.noDict) {
            attrs = new PyDict();
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict attrs() {
        return attrs;
    }
}
