package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** property(fget, fset, fdel, doc). Immutable; setter()/deleter() make copies. */
public final class PyProperty extends PyDescr {
    public final PyObject fget, fset, fdel, doc;
    /**
     * CPython's {@code prop_name}: set by {@code __set_name__} (a class body's property gets it when the class is
     * made), copied by getter/setter/deleter; null otherwise. Only the error messages read it.
     */
    String name;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget == null ? Py.None : fget;
        this.fset = fset == null ? Py.None : fset;
        this.fdel = fdel == null ? Py.None : fdel;
        this.doc = doc == null ? Py.None : doc;
    }

    /**
     * Set once, at import, for a property standing in for a read-only attribute of a C type
     * ({@code _stmj.c_readonly}): the type whose name the error shows, else null; with {@link #cMember}, whether
     * the C attribute is a member (CPython's "readonly attribute") rather than a getset descriptor.
     */
    private PyType cOwner;
    private boolean cMember;

    /** Makes a failing set or delete say what CPython's C type says ({@link #cOwner}). */
    public void cReadonly(PyType owner, boolean member) {
        cOwner = owner;
        cMember = member;
    }

    private PyException cReadonlyError() {
        String n = fget instanceof PyFunction ? ((PyFunction) fget).name : name;
        return Py.attributeError(cMember ? "readonly attribute"
                : "attribute '" + n + "' of '" + cOwner.name + "' objects is not writable");
    }

    /**
     * A read-only property made in Java ({@code fget} a built-in, no setter or deleter): a built-in type's stand-in
     * for a C getset attribute, which CPython refuses with "attribute 'x' of 'T' objects is not writable", T the
     * type whose dict holds it. Null for a property made by Python code.
     */
    private PyException javaReadonlyError(PyObject obj) {
        if (!(fget instanceof PyBuiltin) || fset != Py.None || fdel != Py.None) {
            return null;
        }
        String n = ((PyBuiltin) fget).name;
        PyType owner = obj.type();
        for (PyType t : owner.mro) {
            if (t.dict.getStr(n) == this) {
                owner = t;
                break;
            }
        }
        return Py.attributeError("attribute '" + n + "' of '" + owner.name + "' objects is not writable");
    }

    /** The heap subclass this is an instance of (set once, right after construction), or null. */
    PyType subtype;
    /** The instance __dict__, made on first use. */
    private PyDict dict;

    @Override
    public PyType type() {
        return subtype != null ? subtype : Builtins.PROPERTY;
    }

    @Override
    public PyDict attrs() {
        if (dict == null && (false || subtype != null)) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public boolean isData() {
        return true;
    }

    /** A copy with other accessors and this one's name (CPython's property_copy). */
    PyProperty copy(PyObject get, PyObject set, PyObject del) {
        PyProperty p = new PyProperty(get, set, del, doc);
        p.name = name;
        return p;
    }

    /** The head of CPython 3.11's "property 'x' of 'Q' object has no ...", Q the instance type's qualname. */
    private String head(PyObject obj) {
        return "property " + (name == null ? "" : "'" + name + "' ") + "of '" + obj.type().qualname + "' object";
    }

    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (fget == Py.None || fget == null) {
            throw Py.attributeError(head(obj) + " has no getter");
        }
        return Ops.call(ts, fget, obj);
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        if (fset == Py.None || fset == null) {
            if (cOwner != null) {
                throw cReadonlyError();
            }
            PyException e = javaReadonlyError(obj);
            if (e != null) {
                throw e;
            }
            throw Py.attributeError(head(obj) + " has no setter");
        }
        Ops.call(ts, fset, obj, value);
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        if (fdel == Py.None || fdel == null) {
            if (cOwner != null && (fset == Py.None || fset == null)) {
                throw cReadonlyError();
            }
            PyException e = javaReadonlyError(obj);
            if (e != null) {
                throw e;
            }
            throw Py.attributeError(head(obj) + " has no deleter");
        }
        Ops.call(ts, fdel, obj);
    }
}
