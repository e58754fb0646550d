package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code types.MappingProxyType}: a read-only view of a mapping. A class's {@code __dict__} is one over the
 * class's own namespace dict (a new proxy per access, as in CPython), so code can read a class namespace but
 * changes go through {@code setattr}, which keeps the type's version and slot table right. Every operation
 * forwards to the mapping (its own {@code __getitem__}, {@code __contains__}, {@code copy}, ... for a dict
 * subclass); not subclassable.
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", Builtins.OBJECT, false, PyMappingProxy::make);

    /** The mapping; final, so reading it needs no barrier under STM. */
    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(ThreadState ts) {
        return "mappingproxy(" + Ops.repr(ts, mapping) + ")";
    }

    @Override
    public String str(ThreadState ts) {
        return Ops.str(ts, mapping);
    }

    @Override
    public long hash(ThreadState ts) {
        return Ops.hash(ts, mapping);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        PyObject r = Ops.richcmp(ts, mapping, o instanceof PyMappingProxy ? ((PyMappingProxy) o).mapping : o, op);
        return r == Py.NotImplemented ? null : r;
    }

    @Override
    public int len(ThreadState ts) {
        return Ops.len(ts, mapping);
    }

    @Override
    public boolean truth(ThreadState ts) {
        return Ops.len(ts, mapping) != 0;
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        return Ops.getitem(ts, mapping, key);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return Ops.iter(ts, mapping);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        return Ops.contains(ts, mapping, v);
    }

    /** {@code proxy | other}, {@code other | proxy}: the mapping's union (a new dict); null when neither is one. */
    static PyObject or(ThreadState ts, PyObject a, PyObject b) {
        if (!(a instanceof PyMappingProxy) && !(b instanceof PyMappingProxy)) {
            return null;
        }
        PyObject x = a instanceof PyMappingProxy ? ((PyMappingProxy) a).mapping : a;
        PyObject y = b instanceof PyMappingProxy ? ((PyMappingProxy) b).mapping : b;
        return Ops.binary(ts, Ops.OR, x, y);
    }

    /** {@code mappingproxy(mapping)}: refuses sequences and what has no {@code __getitem__}. */
    private static PyObject make(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        PyObject map = Args.parse("mappingproxy", a, kw, new String[] {"mapping"}, 1)[0];
        if (map instanceof PyList || map instanceof PyTuple
                || !(map instanceof PyDict) && Ops.getattrOrNull(ts, map.type(), "__getitem__") == null) {
            throw Py.typeError("mappingproxy() argument must be a mapping, not " + map.type().name);
        }
        return new PyMappingProxy(map);
    }

    private static PyMappingProxy self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyMappingProxy)) {
            throw Py.typeError("descriptor requires a 'mappingproxy' object");
        }
        return (PyMappingProxy) a[0];
    }

    private static void m(String name, int min, int max, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyBuiltin(name, (ts, a, kw) -> {
            self(a);
            Args.check(name, java.util.Arrays.copyOfRange(a, 1, a.length), kw, min, max);
            return f.call(ts, a, kw);
        }, null, TYPE.name));
    }

    /** A forwarding method: the mapping's own method of that name with the same arguments. */
    private static void fwd(String name, int min, int max) {
        m(name, min, max, (ts, a, kw) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return Ops.callMethod(ts, self(a).mapping, name, rest);
        });
    }

    static {
        m("__getitem__", 1, 1, (ts, a, kw) -> Ops.getitem(ts, self(a).mapping, a[1]));
        m("__contains__", 1, 1, (ts, a, kw) -> Py.bool(Ops.contains(ts, self(a).mapping, a[1])));
        m("__iter__", 0, 0, (ts, a, kw) -> Ops.iter(ts, self(a).mapping));
        m("__len__", 0, 0, (ts, a, kw) -> Py.newInt(Ops.len(ts, self(a).mapping)));
        m("__reversed__", 0, 0, (ts, a, kw) -> Ops.call(ts, Builtins.REVERSED, self(a).mapping));
        m("__or__", 1, 1, (ts, a, kw) -> or(ts, a[0], a[1]));
        m("__ror__", 1, 1, (ts, a, kw) -> or(ts, a[1], a[0]));
        m("__ior__", 1, 1, (ts, a, kw) -> {
            throw Py.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
        fwd("get", 1, 2);
        fwd("keys", 0, 0);
        fwd("values", 0, 0);
        fwd("items", 0, 0);
        fwd("copy", 0, 0);
        TYPE.dict.putStr("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__",
                (ts, a, kw) -> new PyGenericAlias(a[0], a[1]), null, null)));
        TYPE.dict.putStr("__hash__", new PyBuiltin("__hash__", (ts, a, kw) ->
                Py.newInt(Ops.hash(ts, self(a).mapping)), null, TYPE.name));
    }
}
