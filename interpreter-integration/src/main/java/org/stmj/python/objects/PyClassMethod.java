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
        return subtype != null ? subtype : builtinOwner != null ? BuiltinDescrTypes.CLASSMETHOD_DESCRIPTOR
                : Builtins.CLASSMETHOD;
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
     * The built-in type this is a class method of ({@code int.from_bytes}): bound, it is a built-in method with
     * the class as its self (CPython's classmethod_descriptor), not a bound-method object; null for classmethod(f).
     */
    PyType builtinOwner;

    /** A built-in class method's descriptor called with the class first ({@code dict.__dict__['fromkeys'](dict)}). */
    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        if (builtinOwner == null || !(func instanceof PyBuiltin)) {
            return super.call(ts, args, kw);
        }
        String n = ((PyBuiltin) func).name;
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos < 1) {
            throw Py.typeError("descriptor '" + n + "' of '" + builtinOwner.name + "' object needs an argument");
        }
        if (!(args[0] instanceof PyType)) {
            throw Py.typeError("descriptor '" + n + "' for type '" + builtinOwner.name + "' needs a type, not a '"
                    + args[0].type().name + "' as arg 2");
        }
        if (!((PyType) args[0]).isSubtype(builtinOwner)) {
            throw Py.typeError("descriptor '" + n + "' requires a subtype of '" + builtinOwner.name + "' but received '"
                    + ((PyType) args[0]).name + "'");
        }
        return Ops.call(ts, get(ts, null, (PyType) args[0]), java.util.Arrays.copyOfRange(args, 1, args.length), kw);
    }

    @Override
    public String repr(ThreadState ts) {
        if (builtinOwner != null && func instanceof PyBuiltin) {
            return "<method '" + ((PyBuiltin) func).name + "' of '" + builtinOwner.name + "' objects>";
        }
        return "<" + type().name + "(" + Ops.repr(ts, func) + ")>"; // CPython 3.10's cm_repr
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        PyType cls = type != null ? type : obj.type();
        if (builtinOwner != null && func instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) func;
            return b.boundToClass(cls, b.owner);
        }
        return new PyMethod(func, cls);
    }
}
