package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * Base of every Python value. The virtual methods give the behaviour of the built-in type; {@link Ops} is the
 * only caller and first consults the user-defined dunder slots of heap types. A {@code null} result from
 * {@link #richcmp} or {@link #next} means NotImplemented or exhaustion (no Java exceptions on hot paths).
 */
public abstract class PyObject {
    public abstract PyType type();

    /** The instance attribute dictionary, or null when the object has none. */
    public PyDict attrs() {
        return null;
    }

    /**
     * The type of {@code o} when its Java class, with at most its own class field, shows that it is an instance of
     * a built-in type without an instance dict: a list, dict, set or frozenset whose class is a built-in type, an
     * exact tuple or an exact str; null for anything else (an instance of a heap subclass, a struct sequence, any
     * other class), whose {@link #type()} and {@link #attrs()} then answer. No virtual call: for the inline
     * caches' hits, where {@code o.type()} and {@code o.attrs()} are megamorphic calls (issue 8, type27). It relies
     * on these invariants: a list's, dict's or set's instance dict is made only for a heap class
     * ({@code attrs()}), and {@code __class__} assignment moves only objects of heap classes, to heap classes, so
     * one whose class field says built-in never had and never gets a dict; a tuple's class field is null or
     * {@code tuple} for an exact tuple (a struct sequence sets both its class and a dict); str subclass instances
     * are another Java class ({@code PySubclassValue.StrSub}).
     */
    public static PyType plainType(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            PyType t = ((PyList) o).type; // one read (a barrier in STM mode)
            return t == null ? Builtins.LIST : t.heap ? null : t;
        }
        if (c == PyStr.class) {
            return Builtins.STR;
        }
        if (c == PyDict.class) {
            PyType t = ((PyDict) o).type;
            return t == null ? Builtins.DICT : t.heap ? null : t;
        }
        if (c == PySet.class) {
            PyType t = ((PySet) o).type;
            return t.heap ? null : t;
        }
        if (c == PyTuple.class) {
            PyType t = ((PyTuple) o).type;
            return t == null || t == Builtins.TUPLE ? Builtins.TUPLE : null;
        }
        return null;
    }

    /**
     * Where the {@code __slots__} values of an instance without a slot array live (a heap subclass of a built-in
     * type): its attribute dict, except where that differs per thread ({@code threading.local}'s slots are shared).
     */
    public PyDict slotDict() {
        return attrs();
    }

    public String repr(ThreadState ts) {
        PyType t = type();
        String mod = t.module();
        return "<" + (mod == null || mod.equals("builtins") ? "" : mod + ".") + t.qualname + " object at 0x"
                + Long.toHexString(Ops.id(this)) + ">";
    }

    public String str(ThreadState ts) {
        return Ops.repr(ts, this);
    }

    public long hash(ThreadState ts) {
        return Ops.id(this) >>> 4;
    }

    /** Rich comparison of the built-in type; null is NotImplemented. */
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (op == Ops.EQ) {
            return this == o ? Py.True : null;
        }
        if (op == Ops.NE) {
            return this == o ? Py.False : null;
        }
        return null;
    }

    /** Length, or -1 when the type has no length. */
    public int len(ThreadState ts) {
        return -1;
    }

    public boolean truth(ThreadState ts) {
        int n = len(ts);
        return n != 0;
    }

    public PyObject getitem(ThreadState ts, PyObject key) {
        throw Py.typeError("'" + type().name + "' object is not subscriptable");
    }

    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        throw Py.typeError("'" + type().name + "' object does not support item assignment");
    }

    public void delitem(ThreadState ts, PyObject key) {
        throw Py.typeError("'" + type().name + "' object doesn't support item deletion");
    }

    public PyObject iter(ThreadState ts) {
        throw Py.typeError("'" + type().name + "' object is not iterable");
    }

    /** The next item, or null when exhausted. */
    public PyObject next(ThreadState ts) {
        throw Py.typeError("'" + type().name + "' object is not an iterator");
    }

    /** Membership; the default iterates. */
    public boolean contains(ThreadState ts, PyObject v) {
        PyObject it = Ops.iter(ts, this);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            if (x == v || Ops.eq(ts, x, v)) {
                return true;
            }
        }
        return false;
    }

    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        throw Py.typeError("'" + type().name + "' object is not callable");
    }

    /** Whether the value is a heap (user-class) instance whose dunders must be looked up. */
    public final boolean isHeap() {
        return type().heap;
    }
}
