package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** Base of iterators implemented in Java (enumerate, zip, map, filter, reversed, ...). */
public abstract class PyIterBase extends PyObject {
    private final PyType type;
    /** The instance dict of an iterator made for a heap subclass (zip, map, ... subclassed), else null. */
    private PyDict attrs;

    protected PyIterBase(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict attrs() {
        if (attrs == null && type.heap) {
            attrs = PyDict.instanceDict(type());
        }
        return attrs;
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

    /** The {@code __reduce__} value of an iterator (pickle, copy). */
    @FunctionalInterface
    public interface Reducer {
        PyObject reduce(ThreadState ts);
    }

    /** {@code __reduce__}: CPython's value where the iterator pickles; the default refuses. */
    public PyObject reduce(ThreadState ts) {
        throw Py.typeError("cannot pickle '" + type.name + "' object");
    }

    public static PyIterBase of(PyType type, Step step) {
        return of(type, step, null);
    }

    /** As {@link #of(PyType, Step)}, pickling through {@code reducer} . */
    public static PyIterBase of(PyType type, Step step, Reducer reducer) {
        return new PyIterBase(type) {
            @Override
            public PyObject reduce(ThreadState ts) {
                if (reducer == null) {
                    return super.reduce(ts);
                }
                return reducer.reduce(ts);
            }

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
