package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** classmethod(f): binds to the class. */
public final class PyClassMethod extends PyDescr {
    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    /** The heap subclass this is an instance of (set once, right after construction), or null. */
    PyType subtype;
    /** The instance __dict__, made on first use. */
    private PyDict dict;

    @Override
    public PyType type() {
        return subtype != null ? subtype : Builtins.CLASSMETHOD;
    }

    @Override
    public PyDict attrs() {
        if (dict == null) {
            dict = new PyDict();
            ObjectModelExtras.copyWrapperAttrs(dict, func);
        }
        return dict;
    }

    @Override
    public boolean isData() {
        return false;
    }

    /**
     * Whether this is a built-in type's class method ({@code int.from_bytes}): bound, it is a built-in method with
     * the class as its self (CPython's classmethod_descriptor), not a bound-method object.
     */
    boolean builtin;

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        PyType cls = type != null ? type : obj.type();
        if (builtin && func instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) func;
            return new PyBuiltin(b.name, b.fn, cls, b.owner, b.minArgs, b.maxArgs, b.keywords, null);
        }
        return new PyMethod(func, cls);
    }
}
