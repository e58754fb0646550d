package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** A function bound to an object (or a class, for classmethods). */
public final class PyMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return Builtins.METHOD;
    }

    @Override
    public String repr(ThreadState ts) {
        String n;
        if (func instanceof PyFunction) {
            n = ((PyFunction) func).qualname;
        } else {
            // CPython's method_repr: the callable's __qualname__, else its __name__, else "?"
            PyObject q = Ops.getattrOrNull(ts, func, "__qualname__");
            if (q == null) {
                q = Ops.getattrOrNull(ts, func, "__name__");
            }
            n = q instanceof PyStr ? ((PyStr) q).value() : "?";
        }
        return "<bound method " + n + " of " + Ops.repr(ts, self) + ">";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return Ops.call(ts, func, Py.prepend(self, args), kw);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyMethod) || (op != Ops.EQ && op != Ops.NE)) {
            return null;
        }
        PyMethod m = (PyMethod) o;
        return Py.bool((func == m.func && self == m.self) == (op == Ops.EQ));
    }

    @Override
    public long hash(ThreadState ts) {
        return Ops.id(func) ^ Ops.id(self);
    }
}
