package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * The read-only state attributes of generators ({@code gi_code}, {@code gi_frame}, {@code gi_running},
 * {@code gi_suspended}, {@code gi_yieldfrom}) and their coroutine ({@code cr_}) and async generator ({@code ag_})
 * forms, as data descriptors in the type's dict (CPython's members and getsets): {@code dir()} lists them and an
 * assignment fails with CPython's message. The values come from {@link Attrs}.
 */
final class GeneratorState extends PyDescr {
    private final String attr;
    private final PyType owner;

    private GeneratorState(String attr, PyType owner) {
        this.attr = attr;
        this.owner = owner;
    }

    /** Puts a descriptor for each of {@code names} into the type's dict. */
    static void install(PyType t, String... names) {
        for (String n : names) {
            t.dict.putStr(n, new GeneratorState(n, t));
        }
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
        if (!(obj instanceof PyGenerator)) {
            throw Py.typeError("descriptor '" + attr + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
        PyObject v = Attrs.special(ts, obj, attr);
        return v == null ? Py.None : v;
    }

    @Override
    public void set(ThreadState ts, PyObject obj, PyObject value) {
        throw Py.attributeError("attribute '" + attr + "' of '" + owner.name + "' objects is not writable");
    }

    @Override
    public void delete(ThreadState ts, PyObject obj) {
        set(ts, obj, null);
    }

    @Override
    public String repr(ThreadState ts) {
        return "<attribute '" + attr + "' of '" + owner.name + "' objects>";
    }
}
