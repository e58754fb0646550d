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
