package org.stmj.python.objects;

/** An instance of a user class whose layout is plain object: a type and an attribute dict (or slot values). */
public final class PyInstance extends PyObject {
    public PyType type;
    /**
     * The instance dict, or null when every heap class of the MRO declares __slots__. Final: no barrier to read it
     * in STM mode (the attribute paths read it on every instance-dict access).
     */
    public final PyDict attrs;
    /** Values of names declared in __slots__, or null (final, as attrs: no barrier to reach the slots). */
    public final PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        PyObject[] sv = null;
        for (PyType t : type.mro) {
            if (t.slotNames != null) {
                sv = new PyObject[t.slotNames.length];
                break;
            }
        }
        slotValues = sv;
        PyDict d = type.noDict ? null : new PyDict();
        if (d != null && type.heap) {
            d.keysOf = type;
        }
        attrs = d;
    }

    /**
     * {@code __class__} assignment: the new class, which from now on is told the keys of this instance's dict,
     * starting with those it has ({@link PyType#noteInstanceKey}).
     */
    void setType(PyType to) {
        PyDict d = attrs;
        if (d != null) {
            d.keysOf = to;
            for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
                to.noteInstanceKey(d.keyAt(p));
            }
        }
        type = to;
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
