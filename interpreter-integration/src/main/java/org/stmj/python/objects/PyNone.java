package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** The None singleton. */
public final class PyNone extends PyObject {
    PyNone() {
    }

    @Override
    public PyType type() {
        return Builtins.NONE_TYPE;
    }

    @Override
    public String repr(ThreadState ts) {
        return "None";
    }

    @Override
    public boolean truth(ThreadState ts) {
        return false;
    }

    @Override
    public long hash(ThreadState ts) {
        return 0x5a5a5a5aL;
    }
}
