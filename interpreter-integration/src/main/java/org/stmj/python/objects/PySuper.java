package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** super(type, obj): attribute lookup that starts after {@code start} in the MRO of obj's type. */
public final class PySuper extends PyObject {
    final PyType start;
    final PyObject obj;

    public PySuper(PyType start, PyObject obj) {
        this.start = start;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return Builtins.SUPER;
    }

    PyObject getattr(ThreadState ts, String name) {
        if (name.equals("__class__")) {
            return Builtins.SUPER;
        }
        PyType objType = obj == null ? null : (obj instanceof PyType && ((PyType) obj).isSubtype(start)) ? (PyType) obj
                : obj.type();
        if (objType == null) {
            return null;
        }
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.getStr(name);
            if (v != null) {
                if (obj instanceof PyType && objType == obj) {
                    if (v instanceof PyClassMethod) {
                        return new PyMethod(((PyClassMethod) v).func, obj);
                    }
                    if (v instanceof PyBuiltin && "@classmethod".equals(((PyBuiltin) v).owner)) {
                        return v;
                    }
                    return Ops.bindDescr(ts, v, null, objType);
                }
                return Ops.bindDescr(ts, v, obj, objType);
            }
        }
        return null;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<super: <class '" + start.name + "'>, <" + (obj == null ? "NULL" : obj.type().name + " object") + ">>";
    }
}
