package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** True and False: ints 1 and 0 of type bool. */
public final class PyBool extends PyInt {
    PyBool(boolean b) {
        super(b ? 1 : 0);
    }

    @Override
    public PyType type() {
        return Builtins.BOOL;
    }

    @Override
    public String repr(ThreadState ts) {
        return v != 0 ? "True" : "False";
    }
}
