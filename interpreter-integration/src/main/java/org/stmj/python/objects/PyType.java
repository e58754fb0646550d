package org.stmj.python.objects;

import org.stmj.api.annotation.ImmutableArray;
import org.stmj.python.vm.CacheMemory;
import org.stmj.python.vm.ThreadState;

/**
 * A Python class. Built-in types are created once and never change after start-up; heap types (user classes)
 * carry a slot table of their dunder methods, recomputed eagerly when the class or a base is assigned a dunder,
 * so that operations on instances never write a cache while reading.
 */
public final class PyType extends PyObject {
    /** Builds an instance of a built-in layout for {@code cls} (a heap subclass when not the type itself). */
    @FunctionalInterface
    public interface Ctor {
        PyObject make(ThreadState ts, PyType cls, PyObject[] args, String[] kw);
    }

    public static final String[] SLOT_NAMES = {
        "__init__", "__new__", "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
        "__ge__", "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__next__",
        "__contains__", "__call__", "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__enter__",
        "__exit__", "__index__", "__int__", "__float__", "__neg__", "__pos__", "__abs__", "__invert__", "__format__",
        "__get__", "__set__", "__delete__", "__missing__", "__reversed__", "__round__", "__del__", "__set_name__",
        "__init_subclass__", "__class_getitem__", "__instancecheck__", "__subclasscheck__", "__length_hint__",
        "__complex__", "__trunc__", "__floor__", "__ceil__"};
    public static final int S_INIT = 0, S_NEW = 1, S_REPR = 2, S_STR = 3, S_HASH = 4, S_EQ = 5, S_NE = 6, S_LT = 7,
            S_LE = 8, S_GT = 9, S_GE = 10, S_BOOL = 11, S_LEN = 12, S_GETITEM = 13, S_SETITEM = 14, S_DELITEM = 15,
            S_ITER = 16, S_NEXT = 17, S_CONTAINS = 18, S_CALL = 19, S_GETATTR = 20, S_GETATTRIBUTE = 21,
            S_SETATTR = 22, S_DELATTR = 23, S_ENTER = 24, S_EXIT = 25, S_INDEX = 26, S_INT = 27, S_FLOAT = 28,
            S_NEG = 29, S_POS = 30, S_ABS = 31, S_INVERT = 32, S_FORMAT = 33, S_GET = 34, S_SET = 35, S_DELETE = 36,
            S_MISSING = 37, S_REVERSED = 38, S_ROUND = 39, S_DEL = 40;
    static final int NSLOTS = SLOT_NAMES.length;

    /** The name messages use (CPython's tp_name): {@code __name__}, or a C type's dotted name, see cName. */
    public String name;
    /**
     * True when {@link #name} is the dotted tp_name of a C type that the library emulates in Python
     * ('datetime.date'): {@code __name__} is then its last part, as CPython's for static types.
     */
    public boolean cName;
    public String qualname;

    /** {@code __name__}: {@link #name}, or its last part for a C type's dotted name (see {@link #cName}). */
    public String shortName() {
        return cName ? name.substring(name.lastIndexOf('.') + 1) : name;
    }
    public PyType[] bases;
    public PyType[] mro;
    public final PyDict dict;
    /** True for classes made by a class statement or type(name, bases, dict). */
    public final boolean heap;
    /** The built-in type whose instance layout instances of this type have. */
    public PyType solid;
    public Ctor ctor;
    /** Dunder methods defined by a heap class in the MRO (null when the first definer is built-in). */
    public final PyObject[] slots = new PyObject[NSLOTS];
    /**
     * Direct subclasses, weakly held (as CPython's {@code tp_subclasses}), so a dunder assignment can refresh their
     * slots: replaced as a whole on every change; a collected class's handle is dropped at the next addition.
     */
    private WeakHandle[] subclasses = new WeakHandle[0];
    public boolean hasSlotsDecl;
    /** Whether any class in the MRO holds a data descriptor (recomputed with the slots). */
    public boolean hasDataDescr = true;
    /**
     * The type version tag, which the inline caches check instead of the versions of the dicts of the MRO.
     * Invariant: set to a fresh {@code CacheMemory.nextVersion()} (never held by any type or dict before, also
     * when the transaction that drew it aborts) whenever the key layout of the dict of any class in the MRO
     * changes, or {@code bases}, {@code mro}, {@code slots}, {@code hasDataDescr}, {@code slotNames} or
     * {@code noDict} of this class or a class of its MRO change, or a class attribute is rebound in place from or
     * to a data descriptor or a dunder name is rebound ({@link #modified}, {@link #refreshSlots}); and only then:
     * rebinding an ordinary class attribute in place (a class-level counter) keeps it, because caches read values
     * at their remembered positions. So (this type, a version) names one answer to every attribute lookup's
     * structure: where each name is found along the MRO and what kind of descriptor it is there. Built-in types
     * get theirs at start-up and keep it (they never change afterwards). Also set to a fresh value (for this class
     * only) when {@link #instanceNames} changes.
     */
    public long version = CacheMemory.nextVersion();
    /**
     * The names the instance dicts of this class's {@link PyInstance}s may hold (CPython 3.11's shared keys, as a set
     * of names only): LOAD_METHOD's inline cache answers "no instance shadows this method" from it at fill time instead
     * of probing each instance's dict ({@link #instancesLack}), and LOAD_ATTR of a class attribute through an instance
     * likewise. Invariant, for a heap class (a built-in class's array is never consulted): every key of the instance
     * dict of every {@link PyInstance} whose class is this one, and of every dict whose {@code PyDict.keysOf} is this
     * class (instances of a heap subclass of a built-in type), is a str whose value is in this array, or the array is
     * null (any name may be there: a non-str key was stored, or more than {@link #MAX_INSTANCE_NAMES} names). Only
     * grows (a deleted key keeps its name: the answer stays conservative), and only through {@link #noteInstanceKey},
     * which draws a new {@link #version} for this class each time, so an inline-cache entry validated by the version
     * has read the array as it still is. {@code @ImmutableArray}: replaced as a whole (copy on write), never written in
     * place once published, so STM reads its elements without a barrier.
     */
    @ImmutableArray
    private String[] instanceNames = NO_NAMES;
    private static final String[] NO_NAMES = new String[0];
    /** More distinct instance attribute names than this: {@link #instanceNames} gives up (null). */
    static final int MAX_INSTANCE_NAMES = 48;
    /** The metaclass when it is not type (a heap subclass of type). */
    public PyType metatype;
    /** Names declared in __slots__ by this class and its bases (slot indices), or null. */
    public String[] slotNames;
    /** True when instances have no __dict__ (every heap class in the MRO declares __slots__). */
    public boolean noDict;
    /**
     * Whether this class's own dict holds the key {@code __abstractmethods__} (whatever its value): the only classes
     * {@link ObjectModelExtras#checkAbstract} must look at. Invariant: recomputed from the dict wherever
     * {@link #version} is set after a change ({@link #modified}, {@link #refreshSlots}), and the key's presence only
     * changes with the dict's key layout, which always sets a new version; so while the version is unchanged this
     * flag is the key's presence. (Its value may be rebound in place, {@code abc.update_abstractmethods}: the check
     * then reads the dict, as before.)
     */
    public boolean abstractKey;
    /**
     * For some built-in types ({@code int}, {@code float}, {@code str}, {@code tuple}, {@code list}, {@code bool},
     * {@code range}): the call {@code t(a0)} with one positional argument and no keywords, from the dispatch loop
     * without an argument array ({@code BuiltinCalls.callType1}). Contract as {@link FixedArity}'s: it computes
     * what {@link #callType} computes for {@code [a0]}. Null for every other type (heap classes never inherit it:
     * a subclass's call runs its {@code __new__}/{@code __init__}). Final: set by the constructor of the type.
     */
    public final FixedArity.Body1 call1;

    public PyType(String name, PyType base, boolean heap, Ctor ctor) {
        this(name, base, heap, ctor, null);
    }

    /** A built-in type with a one-argument call without an array, {@code call1} (see {@link #call1}). */
    public PyType(String name, PyType base, boolean heap, Ctor ctor, FixedArity.Body1 call1) {
        this.call1 = call1;
        this.name = name;
        this.qualname = name;
        this.heap = heap;
        this.dict = new PyDict();
        dict.owner = this;
        this.ctor = ctor;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        if (base == null) {
            mro = new PyType[] {this};
        } else {
            mro = new PyType[base.mro.length + 1];
            mro[0] = this;
            System.arraycopy(base.mro, 0, mro, 1, base.mro.length);
        }
        solid = ctor != null || base == null ? this : base.solid;
        if (ctor == null && base != null) {
            this.ctor = base.ctor;
        }
    }

    /** A heap class: computes the C3 MRO. */
    public PyType(ThreadState ts, String name, PyType[] bases, PyDict dict) {
        for (PyType b : bases) {
            if (b.mroPending) {
                throw Py.typeError("Cannot extend an incomplete type '" + b.name + "'");
            }
        }
        this.name = name;
        this.qualname = name;
        this.heap = true;
        this.call1 = null;
        this.dict = dict;
        dict.owner = this;
        this.bases = bases;
        this.mro = C3.mro(this, bases);
        PyType s = solidBase(bases);
        this.solid = s;
        this.ctor = s.ctor;
        // the metaclass is at least the most derived metaclass of the bases (type.__new__ may set a subclass later);
        // known from the start so that __set_name__ and __init_subclass__ see it
        for (PyType b : bases) {
            PyType bm = b.metatype;
            if (bm != null && (metatype == null || bm.isSubtype(metatype))) {
                metatype = bm;
            }
        }
        for (PyType b : bases) {
            if (b.heap) {
                b.addSubclass(this);
            }
        }
        refreshSlots();
    }

    /** The built-in layout instances of a class with these bases have; TypeError when the bases' layouts conflict. */
    private static PyType solidBase(PyType[] bases) {
        PyType s = null;
        for (PyType b : bases) {
            if (s == null || (b.solid != Builtins.OBJECT && s == Builtins.OBJECT)) {
                s = b.solid;
            } else if (b.solid != Builtins.OBJECT && b.solid != s && !b.solid.isSubtype(s) && !s.isSubtype(b.solid)) {
                throw Py.typeError("multiple bases have instance lay-out conflict");
            } else if (b.solid.isSubtype(s)) {
                s = b.solid;
            }
        }
        return s;
    }

    /** The first class of the MRO after this one that declares __slots__ (the slot layout), or null. */
    private static PyType slotsOwner(PyType[] mro) {
        for (int i = 1; i < mro.length; i++) {
            if (mro[i].slotNames != null) {
                return mro[i];
            }
        }
        return null;
    }

    /**
     * {@code cls.__bases__ = v}: new bases with the same instance layout, a new MRO for this class and every class
     * below it (undone if C3 fails for any of them), and new versions ({@link #refreshSlots}).
     */
    public void setBases(ThreadState ts, PyObject v) {
        if (!heap) {
            throw Py.typeError("cannot set '__bases__' attribute of immutable type '" + name + "'");
        }
        if (!(v instanceof PyTuple)) {
            throw Py.typeError("can only assign tuple to " + name + ".__bases__, not " + v.type().name);
        }
        PyObject[] items = ((PyTuple) v).items;
        if (items.length == 0) {
            throw Py.typeError("can only assign non-empty tuple to " + name + ".__bases__, not ()");
        }
        PyType[] nb = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw Py.typeError(name + ".__bases__ must be tuple of classes, not '" + items[i].type().name + "'");
            }
            nb[i] = (PyType) items[i];
            ClassCreation.checkAcceptableBase(nb[i]);
            // through the bases too, not only the MROs: a metaclass's mro() may assign __bases__ reentrantly,
            // while the MROs of the classes involved are not updated yet
            if (nb[i].isSubtype(this) || nb[i].reachesByBases(this, new java.util.ArrayList<>())) {
                throw Py.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        if (solidBase(nb) != solid) {
            throw Py.typeError("__bases__ assignment: '" + nb[0].name + "' deallocator differs from '"
                    + bases[0].name + "'");
        }
        java.util.List<PyType> below = new java.util.ArrayList<>();
        java.util.List<PyType[]> oldMros = new java.util.ArrayList<>();
        PyType[] old = bases;
        PyType[] oldMro = mro;
        // the new bases are in place while the MRO is computed: a metaclass's mro() reads them (type.mro(cls))
        bases = nb;
        PyType[] nmro;
        try {
            nmro = computeMro(ts);
            if (slotsOwner(nmro) != slotsOwner(oldMro)) {
                throw Py.typeError("__bases__ assignment: '" + nb[0].name + "' object layout differs from '"
                        + old[0].name + "'");
            }
        } catch (PyException e) {
            bases = old;
            throw e;
        }
        mro = nmro;
        try {
            remro(ts, below, oldMros);
        } catch (PyException e) {
            // C3 failed below: put every MRO back
            for (int i = 0; i < below.size(); i++) {
                below.get(i).mro = oldMros.get(i);
            }
            bases = old;
            mro = oldMro;
            throw e;
        }
        if (bases == nb) {
            // only when no reentrant assignment (from a metaclass's mro()) replaced the bases meanwhile: that one
            // has moved this class between the subclass lists already, as CPython's type_set_bases
            for (PyType b : old) {
                if (b.heap) {
                    b.removeSubclass(this);
                }
            }
            for (PyType b : nb) {
                if (b.heap) {
                    b.addSubclass(this);
                }
            }
        }
        refreshSlots();
    }

    /**
     * Recomputes the MRO of every class below this one (C3 over their unchanged bases, parents first), remembering
     * the old ones in the lists so that the caller can undo a failure.
     */
    private void remro(ThreadState ts, java.util.List<PyType> below, java.util.List<PyType[]> oldMros) {
        for (PyType s : subclassesArray()) {
            if (!below.contains(s)) {
                below.add(s);
                oldMros.add(s.mro);
                s.mro = s.computeMro(ts);
                s.remro(ts, below, oldMros);
            }
        }
    }

    /**
     * The MRO of this class over its current bases: what the metaclass's own {@code mro()} returns when it
     * overrides {@code type.mro}, checked as CPython's mro_check does (classes only, each with a layout this
     * class's instances have), else C3.
     */
    public PyType[] computeMro(ThreadState ts) {
        PyType mt = metatype;
        PyObject m = mt == null || ts == null ? null : mt.lookup("mro");
        if (m == null || m == Builtins.TYPE.dict.getStr("mro")) {
            return C3.mro(this, bases);
        }
        PyObject[] items = Ops.toArray(ts, Ops.call(ts, Ops.bindDescr(ts, m, this, mt)));
        PyType[] out = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw Py.typeError("mro() returned a non-class ('" + items[i].type().name + "')");
            }
            PyType b = (PyType) items[i];
            if (!solid.isSubtype(b.solid)) {
                throw Py.typeError("mro() returned base with unsuitable layout ('" + b.name + "')");
            }
            out[i] = b;
        }
        return out;
    }

    /** While class creation runs a metaclass's {@code mro()}: {@code __mro__} reads None, as in CPython. */
    public boolean mroPending;

    /**
     * After class creation has set the metaclass: the MRO its own {@code mro()} gives, if it overrides
     * {@code type.mro} (the C3 MRO computed by the constructor stays in place while it runs).
     */
    public void applyMetaclassMro(ThreadState ts) {
        PyType mt = metatype;
        PyObject m = mt == null ? null : mt.lookup("mro");
        if (m == null || m == Builtins.TYPE.dict.getStr("mro")) {
            return;
        }
        mroPending = true;
        PyType[] nm;
        try {
            nm = computeMro(ts);
        } finally {
            mroPending = false;
        }
        mro = nm;
        refreshSlots();
    }

    /** Whether {@code target} is this class or reachable from it through {@code __bases__} links. */
    private boolean reachesByBases(PyType target, java.util.List<PyType> seen) {
        if (this == target) {
            return true;
        }
        for (PyType s : seen) {
            if (s == this) {
                return false;
            }
        }
        seen.add(this);
        for (PyType b : bases) {
            if (b.reachesByBases(target, seen)) {
                return true;
            }
        }
        return false;
    }

    synchronized void removeSubclass(PyType t) {
        WeakHandle[] cur = subclasses;
        for (int i = 0; i < cur.length; i++) {
            if (WeakHandle.referent(cur[i]) == t) {
                WeakHandle[] n = new WeakHandle[cur.length - 1];
                System.arraycopy(cur, 0, n, 0, i);
                System.arraycopy(cur, i + 1, n, i, cur.length - i - 1);
                subclasses = n;
                return;
            }
        }
    }

    synchronized void addSubclass(PyType t) {
        WeakHandle[] cur = subclasses;
        WeakHandle[] n = new WeakHandle[cur.length + 1];
        int k = 0;
        for (WeakHandle h : cur) {
            if (WeakHandle.referent(h) != null) {
                n[k++] = h;
            }
        }
        n[k++] = WeakHandle.create(t, null, false, null, null, WeakHandle.OTHER);
        subclasses = k == n.length ? n : java.util.Arrays.copyOf(n, k);
    }

    private static final PyType[] NO_TYPES = new PyType[0];

    /** The direct subclasses still alive, oldest first. */
    public PyType[] subclassesArray() {
        WeakHandle[] cur = subclasses;
        if (cur.length == 0) {
            return NO_TYPES;
        }
        PyType[] r = new PyType[cur.length];
        int k = 0;
        for (WeakHandle h : cur) {
            PyObject t = WeakHandle.referent(h);
            if (t != null) {
                r[k++] = (PyType) t;
            }
        }
        return k == r.length ? r : java.util.Arrays.copyOf(r, k);
    }

    public String module() {
        PyObject m = dict.getStr("__module__");
        return m instanceof PyStr ? ((PyStr) m).value() : "builtins";
    }

    /**
     * A new version for this class and its subclasses: called when the key layout of this class's dict changes
     * (by the dict itself) and after any change of the MRO-derived fields (see {@link #version}).
     */
    public void modified() {
        version = CacheMemory.nextVersion();
        abstractKey = dict.getStr("__abstractmethods__") != null;
        for (PyType s : subclassesArray()) {
            s.modified();
        }
    }

    /**
     * Recomputes the slot table of this class and its subclasses (called on class creation, dunder assignment and
     * assignment of a data descriptor), with new versions for all of them.
     */
    public void refreshSlots() {
        version = CacheMemory.nextVersion();
        abstractKey = dict.getStr("__abstractmethods__") != null;
        for (int i = 0; i < NSLOTS; i++) {
            PyObject found = null;
            for (PyType t : mro) {
                PyObject v = t.dict.getStr(SLOT_NAMES[i]);
                if (v != null) {
                    if (t.heap) {
                        found = v;
                    }
                    break;
                }
            }
            slots[i] = found;
        }
        boolean dd = false;
        for (PyType t : mro) {
            PyDict d = t.dict;
            for (int p = d.nextEntry(0); p >= 0 && !dd; p = d.nextEntry(p + 1)) {
                PyObject dv = d.valueAt(p);
                // the __dict__/__weakref__ descriptors every class has do not count: the instance dict never
                // holds those names in practice, and counting them would take every class off the fast paths
                if (Ops.isDataDescr(dv) && !(dv instanceof Attrs.DictAttr) && !(dv instanceof Attrs.WeakrefAttr)) {
                    dd = true;
                }
            }
        }
        hasDataDescr = dd;
        for (PyType s : subclassesArray()) {
            s.refreshSlots();
        }
    }

    /**
     * Whether no instance dict of a {@link PyInstance} of this class holds {@code name} (see
     * {@link #instanceNames}): true only while the name has never been stored in one. The answer holds as long
     * as {@link #version} keeps the value it had when this was asked.
     */
    public boolean instancesLack(String name) {
        String[] ns = instanceNames;
        if (ns == null) {
            return false;
        }
        for (String n : ns) {
            if (n.equals(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Called by {@link PyDict} for every key added to the instance dict of a {@link PyInstance} of this class (and
     * for every key an instance dict brings along when {@code __class__} is assigned): keeps the invariant of
     * {@link #instanceNames}, with a new version for this class when the array changes. The usual case (a name
     * already there) reads the array and writes nothing.
     */
    void noteInstanceKey(PyObject key) {
        String[] ns = instanceNames;
        if (ns == null) {
            return;
        }
        if (key.getClass() == PyStr.class) {
            String s = ((PyStr) key).value();
            for (String n : ns) {
                if (n == s) {
                    return;
                }
            }
            for (String n : ns) {
                if (n.equals(s)) {
                    return;
                }
            }
            if (ns.length < MAX_INSTANCE_NAMES) {
                String[] nn = java.util.Arrays.copyOf(ns, ns.length + 1);
                nn[ns.length] = s;
                instanceNames = nn;
            } else {
                instanceNames = null;
            }
        } else {
            // a str subclass or any other key: its own __eq__ may make it equal to a name (null: any name)
            instanceNames = null;
        }
        version = CacheMemory.nextVersion();
    }

    /** Finds an attribute along the MRO without descriptor binding; null when absent. */
    public PyObject lookup(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyType type() {
        PyType m = metatype; // one read of the field (in STM mode each read is a barrier)
        return m != null ? m : Builtins.TYPE;
    }

    @Override
    public PyDict attrs() {
        return dict;
    }

    @Override
    public String repr(ThreadState ts) {
        String m = module();
        return "<class '" + (m.equals("builtins") ? "" : m + ".") + qualname + "'>";
    }

    @Override
    public long hash(ThreadState ts) {
        return Ops.id(this) >>> 4;
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (this == Builtins.TYPE) {
            return new PyGenericAlias(this, key); // type[int]: CPython's PyObject_GetItem special case
        }
        PyObject cg = lookup("__class_getitem__");
        if (cg != null) {
            return Ops.call(ts, Ops.bindDescr(ts, cg, null, this), key);
        }
        throw Py.typeError("type '" + name + "' is not subscriptable");
    }

    /**
     * Gives built-in type {@code t} the {@code __class_getitem__} of CPython's generic C types (a class method
     * returning {@code types.GenericAlias}), so {@code t[int]} works and {@code hasattr} sees it, as for list.
     */
    public static void genericAlias(PyType t) {
        t.dict.putStr("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__",
                (ts, a, kw) -> {
                    Args.check("__class_getitem__", a, kw, 2, 2);
                    return new PyGenericAlias(a[0], a[1]);
                }, null, null)));
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (op == Ops.EQ) {
            return Py.bool(this == o);
        }
        if (op == Ops.NE) {
            return Py.bool(this != o);
        }
        return null;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        return callType(ts, args, kw);
    }

    /** type.__call__: __new__ then __init__ when the result is an instance. */
    public PyObject callType(ThreadState ts, PyObject[] args, String[] kw) {
        if (this == Builtins.TYPE && args.length == 1 && kw == null) {
            return args[0].type();
        }
        return finishInit(ts, construct(ts, args, kw), args, kw);
    }

    /**
     * The second half of type.__call__: when {@code obj} (what __new__ returned) is an instance of this class,
     * the __init__ of obj's own class runs on it (a subclass's when __new__ made an instance of one).
     */
    public PyObject finishInit(ThreadState ts, PyObject obj, PyObject[] args, String[] kw) {
        Finalizers.track(ts, obj);
        PyType ot = obj.type();
        if (ot.isSubtype(this)) {
            PyObject init = ot.slots[S_INIT];
            if (init != null) {
                PyObject r = Ops.call(ts, Ops.bindDescr(ts, init, obj, ot), args, kw);
                if (r != Py.None) {
                    throw Py.typeError("__init__() should return None, not '" + r.type().name + "'");
                }
            } else if (ot.heap) {
                builtinInit(ts, obj, args, kw);
            }
        }
        return obj;
    }

    /** Runs {@code __new__}: a user-defined one, or the built-in layout's constructor. */
    public PyObject construct(ThreadState ts, PyObject[] args, String[] kw) {
        // object.__new__'s abstract-class check, made here for both paths: a user __new__ normally ends in
        // object.__new__, which the interpreter's Methods implements without the check
        ObjectModelExtras.checkAbstract(this);
        PyObject nw = slots[S_NEW];
        if (nw != null) {
            // CPython's slot_tp_new: getattr(cls, '__new__')(cls, *args); a classmethod binds to the class first
            PyObject f = nw instanceof PyStaticMethod ? ((PyStaticMethod) nw).func
                    : nw instanceof PyFunction ? nw : Ops.bindDescr(ts, nw, null, this);
            return Ops.call(ts, f, Py.prepend(this, args), kw);
        }
        if (ctor == null) {
            throw Py.typeError("cannot create '" + name + "' instances");
        }
        if (heap && solid == Builtins.OBJECT && (args.length > 0 || kw != null) && slots[S_INIT] == null) {
            throw Py.typeError(name + "() takes no arguments");
        }
        return Finalizers.track(ts, ctor.make(ts, this, args, kw));
    }

    /** The built-in {@code __init__} of the layout type, for heap subclasses without their own. */
    public static void builtinInit(ThreadState ts, PyObject obj, PyObject[] args, String[] kw) {
        if (obj instanceof PyList) {
            if (kw != null && obj.type().lookup("__new__") != Builtins.LIST.lookup("__new__")) {
                // CPython: list.__init__ ignores the keywords of a subclass with its own __new__
                args = java.util.Arrays.copyOf(args, args.length - kw.length);
                kw = null;
            }
            ((PyList) obj).initFrom(ts, args, kw);
        } else if (obj instanceof PyDict) {
            ((PyDict) obj).update(ts, args, kw);
        } else if (obj instanceof PySet) {
            if (!((PySet) obj).frozen()) { // frozenset has object's __init__: its __new__ filled it
                if (kw != null) {
                    throw Py.typeError("set() takes no keyword arguments");
                }
                ((PySet) obj).initFrom(ts, args);
            }
        } else if (obj instanceof PyBytes && ((PyBytes) obj).mutable) {
            BytesMethods.initBytearray(ts, (PyBytes) obj, args, kw);
        } else if (obj instanceof PyDeque) {
            ((PyDeque) obj).init(ts, args, kw);
        } else if (obj instanceof PyBaseException) {
            // BaseException.__init__: the positional arguments are args, the keywords its subclasses take are set
            PyBaseException e = (PyBaseException) obj;
            int nkw = kw == null ? 0 : kw.length, np = args.length - nkw;
            e.args = new PyTuple(java.util.Arrays.copyOf(args, np));
            if (nkw > 0) {
                Exc.applyKeywords(e, args, np, kw);
            }
            Exc.importErrorFields(e, args, 0, np, kw);
        }
    }
}
