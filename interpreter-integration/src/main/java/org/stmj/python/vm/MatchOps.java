package org.stmj.python.vm;

import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;

/**
 * The run-time half of the {@code match} statement. The compiler turns each structural pattern into a call of one
 * of these helpers (loaded as a constant, called with CALL), which checks the subject's shape and returns either a
 * tuple of the values the sub-patterns must match (unpacked with UNPACK_SEQUENCE) or None for "no match".
 * Everything else (literal and value comparisons, captures, OR, AS, guards) is ordinary bytecode.
 * CPython 3.11's semantics and error messages. The helpers are immutable singletons, safe to share.
 */
public final class MatchOps {
    private MatchOps() {
    }

    /** {@code (subject, n, star)}: a sequence pattern of n items, the one at index star (or -1) starred. */
    public static final PyBuiltin MATCH_SEQUENCE = new PyBuiltin("<match sequence>",
            (ts, a, kw) -> matchSequence(ts, a[0], (int) ((PyInt) a[1]).v, (int) ((PyInt) a[2]).v));
    /** {@code (subject, keys, rest)}: a mapping pattern; with rest the last value is the dict of other items. */
    public static final PyBuiltin MATCH_MAPPING = new PyBuiltin("<match mapping>",
            (ts, a, kw) -> matchMapping(ts, a[0], ((PyTuple) a[1]).items, a[2] == Py.True));
    /** {@code (subject, cls, npos, kwnames)}: a class pattern. */
    public static final PyBuiltin MATCH_CLASS = new PyBuiltin("<match class>",
            (ts, a, kw) -> matchClass(ts, a[0], a[1], (int) ((PyInt) a[2]).v, ((PyTuple) a[3]).items));

    private static boolean mroHasName(PyType t, String... names) {
        for (PyType m : t.mro) {
            for (String n : names) {
                if (m.shortName().equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, deque, and collections.abc.Sequence classes. */
    static boolean isSequence(PyObject o) {
        PyType t = o.type();
        if (t.isSubtype(Builtins.STR) || t.isSubtype(Builtins.BYTES) || t.isSubtype(Builtins.BYTEARRAY)) {
            return false;
        }
        if (t.isSubtype(Builtins.LIST) || t.isSubtype(Builtins.TUPLE) || t.isSubtype(Builtins.RANGE)) {
            return true;
        }
        return mroHasName(t, "Sequence", "MutableSequence", "deque", "array", "memoryview");
    }

    /** CPython's Py_TPFLAGS_MAPPING: dict and collections.abc.Mapping classes. */
    static boolean isMapping(PyObject o) {
        PyType t = o.type();
        if (t.isSubtype(Builtins.DICT)) {
            return true;
        }
        return mroHasName(t, "Mapping", "MutableMapping", "mappingproxy", "OrderedDict", "defaultdict", "Counter",
                "ChainMap");
    }

    static PyObject matchSequence(ThreadState ts, PyObject subj, int n, int star) {
        if (!isSequence(subj)) {
            return Py.None;
        }
        int len = Ops.len(ts, subj);
        if (star < 0 ? len != n : len < n - 1) {
            return Py.None;
        }
        PyObject[] items = Ops.toArray(ts, subj);
        if (star < 0) {
            return new PyTuple(items.clone());
        }
        PyObject[] r = new PyObject[n];
        int after = n - 1 - star;
        System.arraycopy(items, 0, r, 0, star);
        PyList mid = new PyList();
        for (int i = star; i < items.length - after; i++) {
            mid.append(items[i]);
        }
        r[star] = mid;
        System.arraycopy(items, items.length - after, r, star + 1, after);
        return new PyTuple(r);
    }

    static PyObject matchMapping(ThreadState ts, PyObject subj, PyObject[] keys, boolean rest) {
        if (!isMapping(subj)) {
            return Py.None;
        }
        if (Ops.len(ts, subj) < keys.length) {
            return Py.None;
        }
        PyObject[] r = new PyObject[keys.length + (rest ? 1 : 0)];
        PyDict seen = new PyDict();
        boolean plain = subj.getClass() == PyDict.class && subj.type() == Builtins.DICT;
        PyObject missing = new PyTuple();
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i];
            if (seen.get(ts, k) != null) {
                throw Py.valueError("mapping pattern checks duplicate key (" + Ops.repr(ts, k) + ")");
            }
            seen.put(ts, k, Py.None);
            PyObject v;
            if (plain) {
                v = ((PyDict) subj).get(ts, k);
            } else {
                v = Ops.callMethod(ts, subj, "get", k, missing);
                if (v == missing) {
                    v = null;
                }
            }
            if (v == null) {
                return Py.None;
            }
            r[i] = v;
        }
        if (rest) {
            PyDict d = new PyDict();
            if (plain) {
                d = ((PyDict) subj).copy();
            } else {
                d.update(ts, new PyObject[] {subj}, null);
            }
            for (PyObject k : keys) {
                d.remove(ts, k);
            }
            r[keys.length] = d;
        }
        return new PyTuple(r);
    }

    /** Types that match their whole subject with one positional sub-pattern (CPython's _Py_TPFLAGS_MATCH_SELF). */
    private static boolean matchesSelf(PyType t) {
        PyType[] self = {Builtins.BOOL, Builtins.BYTEARRAY, Builtins.BYTES, Builtins.DICT, Builtins.FLOAT,
            Builtins.FROZENSET, Builtins.INT, Builtins.LIST, Builtins.SET, Builtins.STR, Builtins.TUPLE};
        for (PyType s : self) {
            if (t.isSubtype(s)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject attr(ThreadState ts, PyObject subj, String name) {
        try {
            return Ops.getattrOrNull(ts, subj, name);
        } catch (PyException e) {
            if (e.exc.isInstance(Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    static PyObject matchClass(ThreadState ts, PyObject subj, PyObject clsObj, int npos, PyObject[] kwnames) {
        if (!(clsObj instanceof PyType)) {
            throw Py.typeError("called match pattern must be a type");
        }
        PyType cls = (PyType) clsObj;
        if (!Ops.isinstance(ts, subj, cls)) {
            return Py.None;
        }
        PyObject[] r = new PyObject[npos + kwnames.length];
        java.util.List<String> seen = new java.util.ArrayList<>();
        if (npos > 0) {
            PyObject ma = attr(ts, cls, "__match_args__");
            if (ma == null && matchesSelf(cls)) {
                if (npos > 1) {
                    throw Py.typeError(cls.name + "() accepts 1 positional sub-pattern (" + npos + " given)");
                }
                r[0] = subj;
            } else {
                PyObject[] names;
                if (ma == null) {
                    names = new PyObject[0];
                } else if (ma instanceof PyTuple) {
                    names = ((PyTuple) ma).items;
                } else {
                    throw Py.typeError(cls.name + ".__match_args__ must be a tuple (got " + ma.type().name + ")");
                }
                if (names.length < npos) {
                    throw Py.typeError(cls.name + "() accepts " + names.length + " positional sub-pattern"
                            + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    if (!(names[i] instanceof PyStr)) {
                        throw Py.typeError("__match_args__ elements must be strings (got " + names[i].type().name
                                + ")");
                    }
                    String nm = ((PyStr) names[i]).value();
                    if (seen.contains(nm)) {
                        throw Py.typeError(cls.name + "() got multiple sub-patterns for attribute '" + nm + "'");
                    }
                    seen.add(nm);
                    PyObject v = attr(ts, subj, nm);
                    if (v == null) {
                        return Py.None;
                    }
                    r[i] = v;
                }
            }
        }
        for (int i = 0; i < kwnames.length; i++) {
            String nm = ((PyStr) kwnames[i]).value();
            if (seen.contains(nm)) {
                throw Py.typeError(cls.name + "() got multiple sub-patterns for attribute '" + nm + "'");
            }
            seen.add(nm);
            PyObject v = attr(ts, subj, nm);
            if (v == null) {
                return Py.None;
            }
            r[npos + i] = v;
        }
        return new PyTuple(r);
    }
}
