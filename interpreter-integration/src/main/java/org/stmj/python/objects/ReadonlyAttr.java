package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * A read-only attribute of a built-in type's instances, present in the type's dict as CPython's member or getset
 * descriptor ({@code property.fget}, {@code complex.real}, {@code int.numerator}): {@code dir()} lists it, the
 * class has it ({@code complex.real.__qualname__}), and assigning or deleting it through an instance raises
 * CPython's "readonly attribute". The value itself comes from the interpreter's accessor of that attribute
 * ({@link Attrs#special}), so there is one definition of what it returns.
 */
final class ReadonlyAttr extends PyDescr {
    static final PyType MEMBER = new PyType("member_descriptor", Builtins.OBJECT, false, null);
    static final PyType GETSET = Attrs.WeakrefAttr.TYPE;

    private final PyType owner;
    private final String name;
    private final boolean member;

    private ReadonlyAttr(PyType owner, String name, boolean member) {
        this.owner = owner;
        this.name = name;
        this.member = member;
    }

    static {
        MEMBER.dict.putStr("__get__", GETSET.dict.getStr("__get__"));
        MEMBER.dict.putStr("__set__", GETSET.dict.getStr("__set__"));
        MEMBER.dict.putStr("__delete__", GETSET.dict.getStr("__delete__"));
    }

    /** Puts the descriptors into the types' dicts. */
    static void install() {
        for (String n : new String[] {"fget", "fset", "fdel"}) {
            put(Builtins.PROPERTY, n, true);
        }
        put(Builtins.COMPLEX, "real", true);
        put(Builtins.COMPLEX, "imag", true);
        put(Builtins.FLOAT, "real", false);
        put(Builtins.FLOAT, "imag", false);
        for (String n : new String[] {"real", "imag", "numerator", "denominator"}) {
            put(Builtins.INT, n, false);
        }
    }

    /**
     * Error path of setting or deleting {@code name} on a built-in object that has no instance dict: throws
     * CPython's AttributeError where the name is one of the C type's read-only members or getset attributes that
     * stmpy serves from {@link Attrs#special} without a descriptor (range's and slice's start/stop/step, a builtin
     * function's names); returns otherwise.
     */
    static void builtinAttr(PyObject o, String name) {
        PyType t = o.type();
        if (t == Builtins.RANGE || t == Builtins.SLICE) {
            if (name.equals("start") || name.equals("stop") || name.equals("step")) {
                throw Py.attributeError("readonly attribute");
            }
        } else if (t == Builtins.BUILTIN_FUNCTION) {
            switch (name) {
                case "__name__": case "__qualname__": case "__doc__": case "__text_signature__": case "__self__":
                    throw Py.attributeError("attribute '" + name + "' of '" + t.name + "' objects is not writable");
                default:
                    break;
            }
        }
    }

    /** Error path: setting or deleting one of type's read-only attributes on a class (CPython's members). */
    static void typeAttr(String name) {
        switch (name) {
            case "__mro__": case "__base__": case "__basicsize__": case "__itemsize__": case "__flags__":
            case "__weakrefoffset__": case "__dictoffset__":
                throw Py.attributeError("readonly attribute");
            case "__dict__":
                throw Py.attributeError("attribute '__dict__' of 'type' objects is not writable");
            default:
                break;
        }
    }

    private static void put(PyType owner, String name, boolean member) {
        if (owner.dict.getStr(name) == null) {
            owner.dict.putStr(name, new ReadonlyAttr(owner, name, member));
        }
    }

    @Override
    public PyType type() {
        return member ? MEMBER : GETSET;
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
        if (!obj.type().isSubtype(owner)) {
            throw Py.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
        PyObject v = Attrs.special(ts, obj, name);
        if (v == null) {
            throw Ops.noAttr(obj, name);
        }
        return v;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject v) {
        throw Py.attributeError(member ? "readonly attribute"
                : "attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        throw Py.attributeError(member ? "readonly attribute"
                : "attribute '" + name + "' of '" + owner.name + "' objects is not writable");
    }

    /** {@code __name__}, {@code __qualname__}, {@code __objclass__} of the descriptor itself. */
    PyObject own(String attr) {
        switch (attr) {
            case "__name__": return Py.str(name);
            case "__qualname__": return Py.str(owner.qualname + "." + name);
            case "__objclass__": return owner;
            case "__doc__": return Py.None;
            default: return null;
        }
    }

    @Override
    public String repr(ThreadState ts) {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name + "' objects>";
    }
}
