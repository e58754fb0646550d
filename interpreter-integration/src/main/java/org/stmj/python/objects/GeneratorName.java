package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code __name__} and {@code __qualname__} of generators, coroutines and async generators (CPython's getset
 * descriptors): read from {@link PyGenerator}'s fields, assignable with a str, never deletable.
 */
final class GeneratorName extends PyDescr {
    private final String attr;
    private final PyType owner;

    private GeneratorName(String attr, PyType owner) {
        this.attr = attr;
        this.owner = owner;
    }

    /** Puts both descriptors into the type's dict. */
    static void install(PyType t) {
        t.dict.putStr("__name__", new GeneratorName("__name__", t));
        t.dict.putStr("__qualname__", new GeneratorName("__qualname__", t));
    }

    @Override
    public PyType type() {
        return ExceptionAttr.TYPE;
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
        PyGenerator g = check(obj);
        if (attr.equals("__name__")) {
            PyStr s = g.nameObj;
            if (s == null || !s.value().equals(g.name)) {
                g.nameObj = s = Py.str(g.name);
            }
            return s;
        }
        PyStr s = g.qualnameObj;
        if (s == null || !s.value().equals(g.qualname)) {
            g.qualnameObj = s = Py.str(g.qualname);
        }
        return s;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject v) {
        PyGenerator g = check(obj);
        if (!(v instanceof PyStr)) {
            throw Py.typeError(attr + " must be set to a string object");
        }
        if (attr.equals("__name__")) {
            g.name = ((PyStr) v).value();
            g.nameObj = (PyStr) v;
        } else {
            g.qualname = ((PyStr) v).value();
            g.qualnameObj = (PyStr) v;
        }
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        check(obj);
        throw Py.typeError(attr + " must be set to a string object");
    }

    private PyGenerator check(PyObject obj) {
        if (!(obj instanceof PyGenerator)) {
            throw Py.typeError("descriptor '" + attr + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
        return (PyGenerator) obj;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<attribute '" + attr + "' of '" + owner.name + "' objects>";
    }
}
