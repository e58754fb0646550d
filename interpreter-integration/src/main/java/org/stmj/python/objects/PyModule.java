package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** A module: a name and its globals dictionary. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.putStr("__name__", Py.str(name));
        }
    }

    /** {@code ModuleType.__new__(ModuleType)} before {@code __init__}: no {@code __name__}, an empty namespace. */
    private PyModule() {
        this.name = "?";
        this.dict = new PyDict();
    }

    static PyModule uninitialized() {
        return new PyModule();
    }

    /** False for a module made by {@code ModuleType.__new__} alone, which has no name yet. */
    boolean initialised() {
        return !"?".equals(name) || dict.getStr("__name__") != null;
    }

    @Override
    public PyType type() {
        return Builtins.MODULE;
    }

    @Override
    public PyDict attrs() {
        return dict;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<module '" + name + "'>";
    }
}
