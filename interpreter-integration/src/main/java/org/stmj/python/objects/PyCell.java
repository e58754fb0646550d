package org.stmj.python.objects;

/** A closure cell holding one variable shared between a function and its inner functions. */
public final class PyCell extends PyObject {
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Builtins.CELL;
    }
}
