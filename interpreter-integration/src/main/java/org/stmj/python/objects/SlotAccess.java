package org.stmj.python.objects;

/** Factory for __slots__ member descriptors (used by class creation in the VM). */
public final class SlotAccess {
    private SlotAccess() {
    }

    public static PyObject descr(String name, int index) {
        return new PySlotDescr(name, index, null);
    }

    /** The member descriptor of slot {@code name} of class {@code owner}. */
    public static PyObject descr(PyType owner, String name, int index) {
        return new PySlotDescr(name, index, owner);
    }
}
