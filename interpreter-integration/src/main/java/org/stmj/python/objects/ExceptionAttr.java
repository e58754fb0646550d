package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;
import org.stmj.python.vm.Traceback;

/**
 * The data descriptors of BaseException that live in fields of {@link PyBaseException}: {@code args},
 * {@code __cause__}, {@code __context__}, {@code __suppress_context__} and {@code __traceback__} (CPython's getset
 * descriptors). Being data descriptors, an assignment from Python reaches the field the interpreter reads when it
 * raises and prints the exception (never the instance dict), and is type-checked with CPython's messages; setting
 * {@code __cause__} also sets {@code __suppress_context__}, as {@code raise ... from} does.
 */
final class ExceptionAttr extends PyDescr {
    /** getset_descriptor: one type for all of them, as in CPython (types.GetSetDescriptorType). */
    static final PyType TYPE = Attrs.WeakrefAttr.TYPE;
    private final String name;

    private ExceptionAttr(String name) {
        this.name = name;
    }

    /** Puts the descriptors into BaseException's dict. */
    static void install(PyType base) {
        for (String n : new String[] {"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"}) {
            base.dict.putStr(n, new ExceptionAttr(n));
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyBaseException e = check(obj);
        switch (name) {
            case "args": return e.args;
            case "__cause__": return e.cause == null ? Py.None : e.cause;
            case "__context__": return e.context == null ? Py.None : e.context;
            case "__suppress_context__": return Py.bool(e.suppressContext);
            default: return e.traceback == null ? Py.None : e.traceback;
        }
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject v) {
        PyBaseException e = check(obj);
        switch (name) {
            case "args":
                e.args = v instanceof PyTuple && v.type() == Builtins.TUPLE ? (PyTuple) v
                        : new PyTuple(Ops.toArray(ts, v));
                return;
            case "__cause__":
                e.cause = chained(v, "cause");
                e.suppressContext = true;
                return;
            case "__context__":
                e.context = chained(v, "context");
                return;
            case "__suppress_context__":
                e.suppressContext = Ops.truth(ts, v);
                return;
            default:
                if (v != Py.None && !(v instanceof Traceback)) {
                    throw Py.typeError("__traceback__ must be a traceback or None");
                }
                e.traceback = v == Py.None ? null : (Traceback) v;
        }
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        check(obj);
        throw Py.typeError(name.equals("args") ? "args may not be deleted" : name + " may not be deleted");
    }

    private static PyBaseException chained(PyObject v, String what) {
        if (v == Py.None) {
            return null;
        }
        if (!(v instanceof PyBaseException)) {
            throw Py.typeError("exception " + what + " must be None or derive from BaseException");
        }
        return (PyBaseException) v;
    }

    private PyBaseException check(PyObject obj) {
        if (!(obj instanceof PyBaseException)) {
            throw Py.typeError("descriptor '" + name + "' for 'BaseException' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
        return (PyBaseException) obj;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<attribute '" + name + "' of 'BaseException' objects>";
    }
}
