package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * super(type, obj): attribute lookup that starts after {@code start} in the MRO of obj's type. An unbound super
 * ({@code super(type)}) is a descriptor: read as a class attribute through an instance it binds to that instance.
 */
public final class PySuper extends PyDescr {
    final PyType start;
    final PyObject obj;
    /** The class whose MRO is searched: obj itself (a subclass of start), type(obj), or obj.__class__. */
    final PyType objType;
    /** The class of an instance of a subclass of super (null: super itself), and that instance's attributes. */
    private PyType cls;
    private PyDict attrs;

    /** What {@code cls(...)} makes when cls is a subclass of super: the super object, of that class. */
    public static PyObject ofClass(PyType cls, PyObject made) {
        if (cls != Builtins.SUPER && made instanceof PySuper) {
            PySuper s = (PySuper) made;
            PySuper sub = new PySuper(s.start, s.obj, s.objType);
            sub.cls = cls;
            return sub;
        }
        return made;
    }

    public PySuper(PyType start, PyObject obj) {
        this(start, obj, obj == null ? null : obj instanceof PyType && ((PyType) obj).isSubtype(start)
                ? (PyType) obj : obj.type());
    }

    private PySuper(PyType start, PyObject obj, PyType objType) {
        this.start = start;
        this.obj = obj;
        this.objType = objType;
    }

    /** super(start, obj) with CPython's checks of both arguments (obj null: unbound). */
    public static PySuper make(ThreadState ts, PyObject start, PyObject obj) {
        if (!(start instanceof PyType)) {
            throw Py.typeError("super() argument 1 must be a type, not " + start.type().name);
        }
        PyType st = (PyType) start;
        if (obj == null || obj == Py.None) {
            return new PySuper(st, null, null);
        }
        return new PySuper(st, obj, check(ts, st, obj));
    }

    /** CPython's supercheck: the class to search, or TypeError. */
    private static PyType check(ThreadState ts, PyType start, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtype(start)) {
            return (PyType) obj;
        }
        if (obj.type().isSubtype(start)) {
            return obj.type();
        }
        // a proxy may claim another class through __class__
        PyObject cls = Ops.getattrOrNull(ts, obj, "__class__");
        if (cls instanceof PyType && cls != obj.type() && ((PyType) cls).isSubtype(start)) {
            return (PyType) cls;
        }
        throw Py.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType type() {
        return cls == null ? Builtins.SUPER : cls;
    }

    @Override
    public PyDict attrs() {
        if (cls == null) {
            return null;
        }
        if (attrs == null) {
            attrs = new PyDict();
        }
        return attrs;
    }

    @Override
    public boolean isData() {
        return false;
    }

    /** __get__: an unbound super read through an instance binds to it; a bound one stays as it is. */
    @Override
    public PyObject get(ThreadState ts, PyObject inst, PyType type) {
        if (inst == null || obj != null) {
            return this;
        }
        if (cls != null) {
            // CPython's super_descr_get: an instance of a subclass of super binds by calling its class
            return Ops.call(ts, cls, start, inst);
        }
        return make(ts, start, inst);
    }

    PyObject getattr(ThreadState ts, String name) {
        if (objType != null && !name.equals("__class__")) {
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
        }
        switch (name) {
            case "__thisclass__":
                return start;
            case "__self__":
                return obj == null ? Py.None : obj;
            case "__self_class__":
                return objType == null ? Py.None : objType;
            default:
                return Ops.genericGetattr(ts, this, name);
        }
    }

    @Override
    public String repr(ThreadState ts) {
        if (obj == null) {
            return "<super: <class '" + start.name + "'>, NULL>";
        }
        return "<super: <class '" + start.name + "'>, <" + objType.name + " object>>";
    }
}
