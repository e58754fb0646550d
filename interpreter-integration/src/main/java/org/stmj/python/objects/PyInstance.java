package org.stmj.python.objects;

/** An instance of a user class whose layout is plain object: a type and an attribute dict (or slot values). */
public final class PyInstance extends PyObject {
    /** How many slot values live in fields of the instance ({@link #s0} to {@link #s3}); the rest in {@link #more}. */
    static final int FIELD_SLOTS = 4;

    public PyType type;
    /**
     * The instance dict, or null when every heap class of the MRO declares __slots__. Final: no barrier to read it
     * in STM mode (the attribute paths read it on every instance-dict access).
     */
    public final PyDict attrs;
    /**
     * The number of slot values of the instance's layout (the names of the first class of its MRO that declares
     * __slots__), or -1 when no class of the MRO declares any. Final: fixed at construction (a {@code __class__}
     * assignment keeps the layout: the same slot names).
     */
    public final int nslots;
    /*
     * Slot values 0 to 3 in fields, null while unset: one object per instance of a small __slots__ class
     * (raytracer's Vec) instead of an instance and its value array. Invariant: only indices below nslots are
     * used (every index comes from a PySlotDescr of the instance's class, whose layout is this instance's).
     * Plain fields: in STM mode the transformer's field barriers make them transactional, as any other field.
     */
    private PyObject s0;
    private PyObject s1;
    private PyObject s2;
    private PyObject s3;
    /** Slot values from index 4 on, or null when nslots is at most 4 (final: no barrier to reach the array). */
    private final PyObject[] more;

    public PyInstance(PyType type) {
        this.type = type;
        int n = -1;
        for (PyType t : type.mro) {
            if (t.slotNames != null) {
                n = t.slotNames.length;
                break;
            }
        }
        nslots = n;
        more = n > FIELD_SLOTS ? new PyObject[n - FIELD_SLOTS] : null;
        PyDict d = type.noDict ? null : new PyDict();
        if (d != null && type.heap) {
            d.keysOf = type;
        }
        attrs = d;
    }

    /** Whether the instance's layout has slot values (a class of its MRO declares __slots__, maybe empty). */
    public boolean hasSlots() {
        return nslots >= 0;
    }

    /** The value of slot i (0 <= i < nslots), or null while unset. */
    public PyObject slot(int i) {
        switch (i) {
            case 0: return s0;
            case 1: return s1;
            case 2: return s2;
            case 3: return s3;
            default: return more[i - FIELD_SLOTS];
        }
    }

    /** Sets slot i (0 <= i < nslots) to v; null unsets it. */
    public void setSlot(int i, PyObject v) {
        switch (i) {
            case 0: s0 = v; break;
            case 1: s1 = v; break;
            case 2: s2 = v; break;
            case 3: s3 = v; break;
            default: more[i - FIELD_SLOTS] = v;
        }
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
