package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** staticmethod(f): no binding. */
public final class PyStaticMethod extends PyDescr {
    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    /** The heap subclass this is an instance of (set once, right after construction), or null. */
    PyType subtype;
    /** The instance __dict__, made on first use. */
    private PyDict dict;

    @Override
    public PyType type() {
        return subtype != null ? subtype : Builtins.STATICMETHOD;
    }

    @Override
    public PyDict attrs() {
        if (dict == null) {
            dict = new PyDict();
            ObjectModelExtras.copyWrapperAttrs(dict, func);
        }
        return dict;
    }

    /** CPython 3.10's sm_repr: {@code <staticmethod(<function f at 0x...>)>}, the subclass's name for a subclass. */
    @Override
    public String repr(ThreadState ts) {
        return "<" + type().name + "(" + Ops.repr(ts, func) + ")>";
    }

    @Override
    public boolean isData() {
        return false;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        return func;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return Ops.call(ts, func, args, kw);
    }
}
