package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** Base of iterators implemented in Java (enumerate, zip, map, filter, reversed, ...). */
public abstract class PyIterBase extends PyObject {
    private final PyType type;

    protected PyIterBase(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public final PyObject iter(ThreadState ts) {
        return this;
    }

    /** Functional form: a Java supplier of next items (null = exhausted). */
    @FunctionalInterface
    public interface Step {
        PyObject next(ThreadState ts);
    }

    public static PyIterBase of(PyType type, Step step) {
        return new PyIterBase(type) {
            private boolean done;

            @Override
            public PyObject next(ThreadState ts) {
                if (done) {
                    return null;
                }
                PyObject r = step.next(ts);
                if (r == null) {
                    done = true;
                }
                return r;
            }
        };
    }
}
