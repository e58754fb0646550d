package org.stmj.python.objects;

import org.stmj.python.compiler.Code;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.ThreadState;

/** A Python function: code, globals, defaults and closure cells. */
public final class PyFunction extends PyObject {
    public final Code code;
    public final PyDict globals;
    public PyObject[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public PyDict attrs;
    public PyObject doc = Py.None;
    /** __annotations__, created on first access when the function has none. */
    public PyDict annotations;

    public PyFunction(Code code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override
    public PyType type() {
        return Builtins.FUNCTION;
    }

    @Override
    public PyDict attrs() {
        if (attrs == null) {
            attrs = new PyDict();
        }
        return attrs;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<function " + qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return Interp.callFunction(ts, this, args, kw);
    }
}
