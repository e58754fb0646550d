package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** NotImplemented and Ellipsis. */
public final class PySingleton extends PyObject {
    private final String name;
    private final PyType type;

    PySingleton(String name, String typeName) {
        this.name = name;
        this.type = new PyType(typeName, null, false, null);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr(ThreadState ts) {
        return name;
    }
}
