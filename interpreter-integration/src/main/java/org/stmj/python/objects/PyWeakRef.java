package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * A weak reference ({@code weakref.ref}, {@code _weakref.ReferenceType}): really weak, over
 * {@link java.lang.ref.WeakReference}. The JVM's collector clears it when the referent is no longer strongly
 * reachable; {@code gc.collect()} runs a full collection, so that, as in CPython, a referent whose last strong
 * reference is gone reads as dead afterwards.
 *
 * <p>Callbacks: a reference with a callback registers its {@link WeakHandle} with the interpreter's queue; the
 * collector enqueues the handle when it clears it, and the queue is
 * drained at safe points, on the thread that holds the GIL: at the end of {@code gc.collect()} and whenever a new
 * reference with a callback is made (which bounds the dead entries a WeakValueDictionary or WeakSet can hold). A
 * reference that dies before its referent never runs its callback (its handle dies with it), as in CPython.
 *
 * <p>STM: the handle is a final field, so reading it needs no barrier; {@link WeakHandle} says which of its calls
 * run as is inside a transaction. The callback is a plain field, versioned; consuming a cleared handle makes the
 * running transaction inevitable (only at the safe points above, and only when a callback is due).
 */
public final class PyWeakRef extends PyObject {
    public static final PyType TYPE = new PyType("ReferenceType", Builtins.OBJECT, false,
            (ts, cls, a, kw) -> make(ts, cls, a, kw));

    /** The type (ReferenceType or a heap subclass such as weakref.KeyedRef); set once at construction. */
    private final PyType type;
    private PyDict attrs;
    private final WeakHandle handle;
    /** The callback, or null; cleared when it has run. */
    private PyObject callback;
    /** The referent's hash once computed (it must survive the referent); valid when hashed. */
    private long hash;
    private boolean hashed;

    private PyWeakRef(ThreadState ts, PyType type, PyObject referent, PyObject callback, PyObject face, int kind) {
        this.type = type;
        this.callback = callback;
        this.handle = WeakHandle.create(referent, ts.interp, callback != null, this, face == null ? this : face,
                kind);
    }

    /** The referent, or null when it has been collected. */
    public PyObject get() {
        return WeakHandle.referent(handle);
    }

    public PyObject callback() {
        return callback;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict attrs() {
        if (attrs == null && type.heap) {
            attrs = PyDict.instanceDict(type());
        }
        return attrs;
    }

    /** Whether objects of this kind can be weakly referenced (CPython: not int, str, bytes, tuple, list, dict, ...). */
    static boolean referenceable(PyObject o) {
        PyType t = o.type();
        if (t.heap) {
            if (o instanceof PyInstance && t.noDict) {
                for (PyType b : t.mro) {
                    if (b.slotNames != null) {
                        for (String s : b.slotNames) {
                            if (s.equals("__weakref__")) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            }
            return true;
        }
        return !(o instanceof PyInt || o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple
                || o instanceof PyList || o instanceof PyDict || o instanceof PyNone || o instanceof PyFloat
                || o instanceof PyComplex || o instanceof PyRange || o instanceof PySlice);
    }

    static PyObject make(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        int npos = Args.positional(a, kw);
        if (npos < 1 || npos > 2) {
            throw Py.typeError("__new__ expected at most 2 arguments, got " + npos);
        }
        PyObject ob = a[0];
        PyObject cb = npos > 1 && a[1] != Py.None ? a[1] : null;
        if (!referenceable(ob)) {
            throw Py.typeError("cannot create weak reference to '" + ob.type().name + "' object");
        }
        if (cb != null) {
            drain(ts);
        } else if (cls == TYPE) {
            // CPython hands out the same callback-less reference again while it lives
            PyWeakRef old = WeakHandle.basic(ob);
            if (old != null) {
                return old;
            }
            PyWeakRef r = new PyWeakRef(ts, cls, ob, null, null, WeakHandle.BASIC_REF);
            WeakHandle.setBasic(ob, r);
            return r;
        }
        return new PyWeakRef(ts, cls, ob, cb, null, WeakHandle.OTHER);
    }

    /**
     * {@code _stmj_weakref._proxy_ref(obj, callback, proxy)}: the reference a weak proxy holds, listed among
     * {@code obj}'s weak references as {@code proxy} (the basic proxy when there is no callback).
     */
    static PyObject proxyRef(ThreadState ts, PyObject ob, PyObject cb, PyObject proxy) {
        if (!referenceable(ob)) {
            throw Py.typeError("cannot create weak reference to '" + ob.type().name + "' object");
        }
        if (cb == Py.None) {
            cb = null;
        } else {
            drain(ts);
        }
        return new PyWeakRef(ts, TYPE, ob, cb, proxy, cb == null ? WeakHandle.BASIC_PROXY : WeakHandle.OTHER);
    }

    /** {@code _stmj_weakref}'s functions behind the proxies (their references, the shared basic proxy). */
    public static void moduleFunctions(PyDict d) {
        d.putStr("_proxy_ref", new PyBuiltin("_proxy_ref", (ts, a, kw) -> {
            Args.check("_proxy_ref", a, kw, 3, 3);
            return proxyRef(ts, a[0], a[1], a[2]);
        }));
        d.putStr("_basic_proxy", new PyBuiltin("_basic_proxy", (ts, a, kw) -> {
            Args.check("_basic_proxy", a, kw, 1, 1);
            PyObject p = WeakHandle.basicProxy(a[0]);
            return p == null ? Py.None : p;
        }));
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        Args.check("weakref", args, kw, 0, 0);
        PyObject o = get();
        return o == null ? Py.None : o;
    }

    @Override
    public long hash(ThreadState ts) {
        if (hashed) {
            return hash;
        }
        PyObject o = get();
        if (o == null) {
            throw Py.typeError("weak object has gone away");
        }
        hash = Ops.hash(ts, o);
        hashed = true;
        return hash;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(o instanceof PyWeakRef)) {
            return null;
        }
        PyObject x = get(), y = ((PyWeakRef) o).get();
        boolean eq = x == null || y == null ? this == o : Ops.eq(ts, x, y);
        return Py.bool(op == Ops.EQ ? eq : !eq);
    }

    @Override
    public String repr(ThreadState ts) {
        PyObject o = get();
        String me = "<weakref at 0x" + Long.toHexString(Ops.id(this)) + "; ";
        if (o == null) {
            return me + "dead>";
        }
        PyObject n = Ops.getattrOrNull(ts, o, "__name__");
        return me + "to '" + o.type().qualname + "' at 0x" + Long.toHexString(Ops.id(o))
                + (n instanceof PyStr ? " (" + ((PyStr) n).value() + ")" : "") + ">";
    }

    // ---------------------------------------------------------------- callbacks

    /**
     * Runs the callbacks of the references of this interpreter whose referents have been collected (a safe point:
     * called with the GIL held, from a built-in). An exception from a callback is reported on stderr and ignored,
     * as CPython does. Returns how many callbacks ran.
     */
    public static int drain(ThreadState ts) {
        int n = 0;
        while (WeakHandle.pending(ts.interp)) {
            PyWeakRef w = WeakHandle.take(ts.interp);
            if (w != null && runCallback(ts, w)) {
                n++;
            }
        }
        return n;
    }

    private static boolean runCallback(ThreadState ts, PyWeakRef w) {
        PyObject cb = w.callback;
        if (cb == null) {
            return false;
        }
        w.callback = null;
        try {
            Ops.call(ts, cb, w);
        } catch (PyException e) {
            ts.interp.writeUnraisable(ts, e.exc, cb);
        }
        return true;
    }

    static void m(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyBuiltin(name, f, null, TYPE.name));
    }

    static {
        TYPE.dict.putStr("__module__", Py.str("weakref"));
        TYPE.dict.putStr("__new__", new PyStaticMethod(new PyBuiltin("__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType) || !((PyType) a[0]).isSubtype(TYPE)) {
                throw Py.typeError("ReferenceType.__new__(X): X is not a subtype of ReferenceType");
            }
            return make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        })));
        m("__init__", (ts, a, kw) -> Py.None);
        m("__call__", (ts, a, kw) -> ((PyWeakRef) a[0]).call(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        m("__hash__", (ts, a, kw) -> Py.newInt(((PyWeakRef) a[0]).hash(ts)));
        m("__eq__", (ts, a, kw) -> {
            PyObject r = ((PyWeakRef) a[0]).richcmp(ts, a[1], Ops.EQ);
            return r == null ? Py.NotImplemented : r;
        });
        m("__ne__", (ts, a, kw) -> {
            PyObject r = ((PyWeakRef) a[0]).richcmp(ts, a[1], Ops.NE);
            return r == null ? Py.NotImplemented : r;
        });
        m("__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        m("__class_getitem__", (ts, a, kw) -> new PyGenericAlias((PyType) a[0], a[1]));
        TYPE.dict.putStr("__class_getitem__", new PyClassMethod(TYPE.dict.getStr("__class_getitem__")));
        TYPE.dict.putStr("__callback__", new PyProperty(new PyBuiltin("__callback__", (ts, a, kw) -> {
            PyObject cb = ((PyWeakRef) a[0]).callback;
            return cb == null ? Py.None : cb;
        }), Py.None, Py.None, Py.None));
    }
}
