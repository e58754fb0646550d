package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * The getset descriptors {@code __name__}, {@code __qualname__} and {@code __doc__} in {@code type.__dict__}, as
 * in CPython: reading one through a class gives the class's name, qualified name or docstring (a heap class's own
 * {@code __doc__} entry, passed through its {@code __get__}); setting one on a built-in type raises TypeError, and
 * none of them can be deleted. Attribute reads of classes keep their own fast paths ({@code Ops.typeGetattr}); the
 * descriptors are what {@code type.__dict__[...]} and an explicit {@code __get__}/{@code __set__}/{@code __delete__}
 * reach.
 */
final class TypeAttr extends PyDescr {
    private final String name;

    private TypeAttr(String name) {
        this.name = name;
    }

    /** Puts the descriptors into type's dict. */
    static void install(PyType type) {
        for (String n : new String[] {"__name__", "__qualname__", "__doc__"}) {
            type.dict.putStr(n, new TypeAttr(n));
        }
    }

    @Override
    public PyType type() {
        return Attrs.WeakrefAttr.TYPE;
    }

    @Override
    public boolean isData() {
        return true;
    }

    private PyType check(PyObject obj) {
        if (!(obj instanceof PyType)) {
            throw Py.typeError("descriptor '" + name + "' for 'type' objects doesn't apply to a '" + obj.type().name
                    + "' object");
        }
        return (PyType) obj;
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyType t = check(obj);
        switch (name) {
            case "__name__": return Py.str(t.shortName());
            case "__qualname__": return Py.str(t.qualname);
            default: return doc(ts, t);
        }
    }

    /**
     * type.__doc__ of t: its own dict's entry (a descriptor there is bound to no instance), else a built-in type's
     * docstring ({@link BuiltinDocs}), else None.
     */
    static PyObject doc(ThreadState ts, PyType t) {
        PyObject d = t.dict.getStr("__doc__");
        if (d == null || d instanceof TypeAttr) {
            String td = BuiltinDocs.type(t);
            return td != null ? Py.str(td) : Py.None;
        }
        return Ops.bindDescr(ts, d, null, t);
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject v) {
        PyType t = check(obj);
        if (!t.heap) {
            throw Py.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
        if (name.equals("__name__") && !(v instanceof PyStr)) {
            throw Py.typeError("can only assign string to " + t.name + ".__name__, not '" + v.type().name + "'");
        }
        Ops.genericSetattr(ts, t, name, v);
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        PyType t = check(obj);
        throw Py.typeError("cannot " + (t.heap ? "delete" : "set") + " '" + name + "' attribute of immutable type '"
                + t.name + "'");
    }

    @Override
    public String repr(ThreadState ts) {
        return "<attribute '" + name + "' of 'type' objects>";
    }
}
