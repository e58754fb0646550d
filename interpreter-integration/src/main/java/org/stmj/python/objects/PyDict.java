package org.stmj.python.objects;

import org.stmj.python.vm.CacheMemory;
import org.stmj.python.vm.ThreadState;

/**
 * An insertion-ordered hash table in the style of CPython's compact dict: a sparse index array of slots
 * pointing into dense entry arrays (hash, key, value). Deleted entries leave a null key in the dense arrays
 * and a DUMMY in the index. Every array is owned by this dict; no java.util collection is used.
 */
public final class PyDict extends PyObject {
    private static final int EMPTY = 0, DUMMY = -1;
    public PyType type;
    public PyDict attrs;
    // STM mode: index, hashes, keys and values are guarded arrays (stm.properties, guardedArrays): their elements
    // are guarded by this dict's lock word. Invariant the transformer relies on: each array is reached only through
    // its field of this one dict (never returned, passed to a method or stored elsewhere; it refuses a twin that
    // does), so every element access can name the dict (papers/design/engine.md, "Guarded arrays").
    /** Sparse index: EMPTY (0), DUMMY (-1), or an entry position plus one; length a power of two. */
    private int[] index;
    private long[] hashes;
    PyObject[] keys;
    PyObject[] values;
    /** Entries used in the dense arrays (live and deleted). */
    int nentries;
    /** Live entries. */
    int used;
    /**
     * The key layout's version (for the dispatch loop's inline caches). Invariant: 0 for the empty layout of a new
     * dict; set to a fresh value ({@code CacheMemory.nextVersion}, unique over all dicts and types and never reused,
     * also when the transaction that drew it aborts) after every insertion of a new key, deletion and clear, and
     * only then; while it is unchanged every key stays at the entry position it had (only values are overwritten
     * in place), so a cached position of a key or the absence of a key stays true. So the pair (this dict, a
     * version) names one key layout, in every thread and transaction.
     */
    long version;
    /**
     * Whether a key of a Python class was ever added: a lookup by str may then run that key's {@code __eq__} (on a
     * hash collision), which can change anything; attribute lookup reads the class attribute first then, as CPython
     * does. Never cleared.
     */
    public boolean heapKeys;
    /**
     * The class whose namespace this dict is (set once by {@link PyType}): a change of this dict's key layout
     * changes that class's version and its subclasses' ({@link PyType#modified}); or, for the instance dict of an
     * object whose class defines {@code __del__}, that object's {@link FinalizerTrigger} (kept here so that it
     * lives exactly as long as the object: {@link Finalizers}); else null.
     */
    Object owner;
    /**
     * For the instance dict of a {@link PyInstance} of a heap class: that instance's class (set when the instance is
     * made and on {@code __class__} assignment), which is told every key added here ({@link PyType#noteInstanceKey},
     * for LOAD_METHOD's shadow check); the same for the instance dict of an instance of a heap subclass of a
     * built-in type made by {@link #instanceDict} (set once, when the dict is made empty; a later {@code __class__}
     * assignment leaves it at the old class, so {@link #keysToldTo} then answers false for the new one); null for
     * every other dict. Invariant: every key ever added to this dict while keysOf was t has been told to t.
     */
    PyType keysOf;

    public PyDict() {
        index = new int[8];
        hashes = new long[5];
        keys = new PyObject[5];
        values = new PyObject[5];
    }

    /**
     * A new, empty instance dict for an object (not a {@link PyInstance}) of class t, made when it is first needed:
     * when t is a heap class, t is told every key added to it ({@link #keysOf}), so that
     * {@link PyType#instancesLack} answers for it too.
     */
    public static PyDict instanceDict(PyType t) {
        PyDict d = new PyDict();
        if (t.heap) {
            d.keysOf = t;
        }
        return d;
    }

    /**
     * Whether every key ever added to this dict has been told to t ({@link PyType#noteInstanceKey}): then
     * {@code t.instancesLack(name)}, asked at a version of t that still holds, answers that this dict lacks name.
     */
    public boolean keysToldTo(PyType t) {
        return keysOf == t;
    }

    @Override
    public PyType type() {
        // one read of the field (in STM mode each read is a barrier; the STM twin does not merge two)
        PyType t = type;
        return t == null ? Builtins.DICT : t;
    }

    @Override
    public PyDict attrs() {
        PyDict a = attrs; // one read of each field: see type()
        if (a == null) {
            PyType t = type();
            if (t.heap) {
                a = PyDict.instanceDict(t);
                attrs = a;
            }
        }
        return a;
    }

    public int size() {
        return used;
    }

    /** The entry of key, whose hash is h, or -1: an exact str key takes the str probe (no __eq__ call). */
    private int findHashed(ThreadState ts, PyObject key, long h) {
        return key.getClass() == PyStr.class ? findStr(((PyStr) key).value(), h) : find(ts, key, h);
    }

    private int find(ThreadState ts, PyObject key, long h) {
        // the arrays in locals: one read of each field per lookup, not one per probe (in STM mode every field
        // read is a barrier on this dict's word); a comparison that may run Python code re-reads the fields
        int[] idx = index;
        long[] hs = hashes;
        PyObject[] ks = keys;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i] - 1;
            if (ix == EMPTY - 1) {
                return -1;
            }
            if (ix >= 0 && hs[ix] == h) {
                PyObject k = ks[ix];
                if (k == key) {
                    return ix;
                }
                int same = builtinEq(k, key);
                if (same > 0) {
                    return ix;
                }
                if (same < 0) {
                    boolean eq = Ops.eq(ts, k, key);
                    // the comparison ran Python code, which may have changed this dict: the probe goes on over
                    // its present arrays when the compared key kept its place, else starts over (keptPlace)
                    idx = index;
                    hs = hashes;
                    ks = keys;
                    if (!keptPlace(mask, ix, k)) {
                        mask = idx.length - 1;
                        i = (int) (h & mask);
                        perturb = h;
                        continue;
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * After a key comparison that ran Python code: whether the compared key k is still at entry ix in an index of the
     * probe's size ({@code mask}). Then the comparison's answer counts and the probe goes on over the present arrays,
     * as CPython's does when its table was freed and allocated again at the same address; otherwise the lookup
     * starts over (a loop, not a recursion: an {@code __eq__} that refills the dict on every call must not end in a
     * stack overflow). True when nothing changed.
     */
    private boolean keptPlace(int mask, int ix, PyObject k) {
        PyObject[] ks = keys;
        return index.length - 1 == mask && ix < ks.length && ks[ix] == k;
    }

    /**
     * Whether key k equals key when both are exact strs or both exact ints that fit a long, compared without
     * running any Python code: 1 equal, 0 not equal, -1 for every other pair (then {@link Ops#eq} decides).
     */
    private static int builtinEq(PyObject k, PyObject key) {
        Class<?> c = k.getClass();
        if (c != key.getClass()) {
            return -1;
        }
        if (c == PyInt.class) {
            PyInt a = (PyInt) k, b = (PyInt) key;
            if (a.isSmall() && b.isSmall()) {
                return a.v == b.v ? 1 : 0;
            }
            return -1;
        }
        if (c == PyStr.class) {
            return ((PyStr) k).value().equals(((PyStr) key).value()) ? 1 : 0;
        }
        return -1;
    }

    private int findStr(String s, long h) {
        int[] idx = index;
        long[] hs = hashes;
        PyObject[] ks = keys;
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            int ix = idx[i] - 1;
            if (ix == EMPTY - 1) {
                return -1;
            }
            if (ix >= 0 && hs[ix] == h) {
                PyObject k = ks[ix];
                if (k != null && k.getClass() == PyStr.class) {
                    if (((PyStr) k).value().equals(s)) {
                        return ix;
                    }
                } else if (k != null && k.type().heap) {
                    // an object of a class whose __hash__ equals the str's: its __eq__ decides, and may change
                    // this dict (then start over, as in find)
                    boolean eq = strKeyEquals(k, s);
                    idx = index; // as in find
                    hs = hashes;
                    ks = keys;
                    if (!keptPlace(mask, ix, k)) {
                        mask = idx.length - 1;
                        i = (int) (h & mask);
                        perturb = h;
                        continue;
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Whether a non-str key equals the str s by its own __eq__ (rare: only a hash collision gets here). */
    private static boolean strKeyEquals(PyObject k, String s) {
        ThreadState ts = ThreadState.current();
        return ts != null && Ops.eq(ts, k, Py.str(s));
    }

    public PyObject get(ThreadState ts, PyObject key) {
        if (key.getClass() == PyStr.class) {
            return getStr(((PyStr) key).value());
        }
        int ix = find(ts, key, Ops.hash(ts, key));
        return ix < 0 ? null : values[ix];
    }

    /** The entry position of a str key (for {@link #valueAt}), or -1 when absent; no allocation. */
    public int indexOfStr(String s) {
        return findStr(s, s.hashCode());
    }

    /** The value at entry position ix when its key is the str s (a position hint checked), else null. */
    public PyObject getStrAt(int ix, String s) {
        // positions at or past nentries hold no key (appends fill nentries++, compaction and clear make new
        // arrays), so the array's length is bound enough and nentries need not be read
        PyObject[] ks = keys;
        if (ix >= ks.length) {
            return null;
        }
        PyObject k = ks[ix];
        return k instanceof PyStr && ((PyStr) k).value().equals(s) ? values[ix] : null;
    }

    /** Overwrites the value at entry position ix when its key is the str s (a position hint checked); false if not. */
    public boolean putStrAt(int ix, String s, PyObject v) {
        PyObject[] ks = keys;
        if (ix >= ks.length) {
            return false;
        }
        PyObject k = ks[ix];
        if (!(k instanceof PyStr) || !((PyStr) k).value().equals(s)) {
            return false;
        }
        values[ix] = v;
        return true;
    }

    /** Lookup by a Java string (no allocation); null when absent. */
    public PyObject getStr(String s) {
        int ix = findStr(s, s.hashCode());
        return ix < 0 ? null : values[ix];
    }

    /** {@link #putStr}, returning the entry position the key has afterwards. */
    public int putStrPos(String s, PyObject v) {
        int ix = findStr(s, s.hashCode());
        if (ix >= 0) {
            values[ix] = v;
            return ix;
        }
        put(null, Py.str(s), v);
        return nentries - 1;
    }

    public void putStr(String s, PyObject v) {
        int ix = findStr(s, s.hashCode());
        if (ix >= 0) {
            values[ix] = v;
            return;
        }
        put(null, Py.str(s), v);
    }

    /** The stored hash of the entry at {@code pos} (see {@link #nextEntry}). */
    long hashAt(int pos) {
        return hashes[pos];
    }

    /**
     * get() for a key whose hash is known (the lru_cache wrapper hashes its key once per call): the value or null;
     * a str key's hash must be its {@code String.hashCode()}, as {@link Ops#hash} computes it.
     */
    PyObject getHashed(ThreadState ts, PyObject key, long h) {
        int ix = findHashed(ts, key, h);
        return ix < 0 ? null : values[ix];
    }

    /** remove() for a key whose hash is known: the old value, or null when absent. */
    PyObject removeHashed(ThreadState ts, PyObject key, long h) {
        int ix = findHashed(ts, key, h);
        if (ix < 0) {
            return null;
        }
        return removeAt(ix, h);
    }

    /** put() for a key whose hash is known (taken from a set or dict that stores it): no __hash__ call. */
    void putHashed(ThreadState ts, PyObject key, long h, PyObject value) {
        int ix = findHashed(ts, key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        appendNew(h, key, value);
        layoutChanged();
    }

    public void put(ThreadState ts, PyObject key, PyObject value) {
        long h;
        int ix;
        if (key.getClass() == PyStr.class) {
            String s = ((PyStr) key).value();
            h = s.hashCode();
            ix = findStr(s, h);
        } else {
            h = Ops.hash(ts, key);
            ix = find(ts, key, h);
        }
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        appendNew(h, key, value);
        layoutChanged();
    }

    /** dict.setdefault: the key's value, or {@code dflt} stored under it; the key is hashed once. */
    public PyObject setDefault(ThreadState ts, PyObject key, PyObject dflt) {
        if (key.getClass() == PyStr.class) {
            PyObject v = getStr(((PyStr) key).value());
            if (v != null) {
                return v;
            }
            put(ts, key, dflt);
            return dflt;
        }
        long h = Ops.hash(ts, key);
        int ix = find(ts, key, h);
        if (ix >= 0) {
            return values[ix];
        }
        appendNew(h, key, dflt);
        layoutChanged();
        return dflt;
    }

    /**
     * Adds an entry for a key known to be absent, with its hash already computed (no __hash__/__eq__ call). The
     * caller then calls {@link #layoutChanged} (once for a whole batch of appends).
     */
    private void appendNew(long h, PyObject key, PyObject value) {
        int pos = nentries; // one read of the field (in STM mode each read is a barrier)
        if (pos == keys.length) {
            if (used < pos * 3 / 4 && pos > 8) {
                compact(index.length);
            } else {
                grow();
            }
            pos = nentries;
        }
        nentries = pos + 1;
        if (key.getClass() != PyStr.class && !heapKeys && key.type().heap) {
            heapKeys = true;
        }
        hashes[pos] = h;
        keys[pos] = key;
        values[pos] = value;
        used++;
        insertIndex(h, pos);
        PyType t = keysOf;
        if (t != null) {
            t.noteInstanceKey(key);
        }
    }

    /** After a change of the key layout: a fresh version, and the owning class's version too. */
    private void layoutChanged() {
        version = CacheMemory.nextVersion();
        Object o = owner;
        if (o instanceof PyType) {
            ((PyType) o).modified();
        }
    }

    private void insertIndex(long h, int pos) {
        int[] idx = index; // one read of the field per insertion, not one per probe (see find)
        int mask = idx.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (idx[i] > 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = pos + 1;
    }

    private void grow() {
        int need = used * 3 + 1;
        int n = 8;
        while (n < need) {
            n <<= 1;
        }
        compact(n);
    }

    private void compact(int indexSize) {
        int cap = Math.max(5, indexSize * 2 / 3);
        while (cap <= used) {
            cap *= 2;
        }
        long[] nh = new long[cap];
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        int j = 0;
        // the old arrays in locals: one read of each field per compaction, not per entry (see find)
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int n = nentries;
        for (int i = 0; i < n; i++) {
            PyObject k = ok[i];
            if (k != null) {
                nh[j] = oh[i];
                nk[j] = k;
                nv[j] = ov[i];
                j++;
            }
        }
        hashes = nh;
        keys = nk;
        values = nv;
        nentries = j;
        while (indexSize * 2 < cap * 3) {
            indexSize <<= 1;
        }
        index = new int[indexSize];
        for (int i = 0; i < j; i++) {
            // through the field, not the local nh (the same array): the field's elements are guarded by this
            // dict's word, which its writer holds (in STM a plain load), while a transaction reads an array it
            // allocated in place only while it is one of its two newest, and nh is the fourth (objs12, scaling.md)
            insertIndex(hashes[i], i);
        }
    }

    /** Removes the key; returns the old value or null when absent. */
    public PyObject remove(ThreadState ts, PyObject key) {
        return removeHashed(ts, key, key.getClass() == PyStr.class ? ((PyStr) key).value().hashCode()
                : Ops.hash(ts, key));
    }

    /** Deletes the live entry at ix, whose hash is h; returns its value. */
    private PyObject removeAt(int ix, long h) {
        int mask = index.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (index[i] != ix + 1) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = DUMMY;
        PyObject old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        layoutChanged();
        return old;
    }

    public void clear() {
        index = new int[8];
        hashes = new long[5];
        keys = new PyObject[5];
        values = new PyObject[5];
        nentries = 0;
        used = 0;
        layoutChanged();
    }

    /** Position-based iteration: next live entry at or after pos, or -1. */
    public int nextEntry(int pos) {
        while (pos < nentries) {
            if (keys[pos] != null) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    public PyObject keyAt(int pos) {
        return keys[pos];
    }

    public PyObject valueAt(int pos) {
        return values[pos];
    }

    /** The key layout's version (see the field's invariant). */
    public long version() {
        return version;
    }

    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        // the stored hashes are reused: re-hashing could call a Python __hash__, which needs a thread state
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                d.appendNew(hashes[i], keys[i], values[i]);
            }
        }
        if (d.used > 0) {
            d.layoutChanged();
        }
        return d;
    }

    /** dict.update / dict(...) semantics. */
    public void update(ThreadState ts, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos > 1) {
            throw Py.typeError("update expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            mergeFrom(ts, args[0]);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                put(ts, Py.str(kw[i]), args[npos + i]);
            }
        }
    }

    public void mergeFrom(ThreadState ts, PyObject o) {
        if (o instanceof PyDict && !o.type().heap) {
            PyDict d = (PyDict) o;
            int n0 = d.used;
            for (int i = 0; i < d.nentries; i++) {
                if (d.keys[i] != null) {
                    put(ts, d.keys[i], d.values[i]);
                    if (d.used != n0) { // a key's __eq__ changed the source (CPython's check)
                        throw Py.runtimeError("dict mutated during update");
                    }
                }
            }
        } else if (o instanceof PyDict || Ops.hasAttr(ts, o, "keys")) {
            PyObject ks = Ops.iter(ts, Ops.callMethod(ts, o, "keys"));
            for (PyObject k; (k = Ops.next(ts, ks)) != null; ) {
                put(ts, k, Ops.getitem(ts, o, k));
            }
        } else {
            PyObject it = Ops.iter(ts, o);
            int n = 0;
            for (PyObject pair; (pair = Ops.next(ts, it)) != null; n++) {
                PyObject[] kv;
                try {
                    kv = Ops.toArray(ts, pair);
                } catch (PyException e) {
                    if (!e.exc.isInstance(Exc.TypeError)) {
                        throw e;
                    }
                    // CPython's PySequence_Fast failing with a TypeError, replaced as dict_merge_from_seq2 does
                    throw Py.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                if (kv.length != 2) {
                    throw Py.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                            + "; 2 is required");
                }
                put(ts, kv[0], kv[1]);
            }
        }
    }

    @Override
    public int len(ThreadState ts) {
        return used;
    }

    @Override
    public String repr(ThreadState ts) {
        if (used == 0) {
            return "{}";
        }
        if (!ts.enterRepr(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < nentries; i++) {
                if (keys[i] == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(ts, keys[i])).append(": ").append(Ops.repr(ts, values[i]));
            }
            return sb.append('}').toString();
        } finally {
            ts.exitRepr(this);
        }
    }

    @Override
    public long hash(ThreadState ts) {
        throw Py.typeError("unhashable type: '" + type().name + "'");
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        PyObject v = get(ts, key);
        if (v == null) {
            if (type != null && type.heap) {
                PyObject m = type.lookup("__missing__");
                if (m != null) {
                    return Ops.call(ts, Ops.bindDescr(ts, m, this, type), key);
                }
            }
            throw Py.keyError(key);
        }
        return v;
    }

    @Override
    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        put(ts, key, value);
    }

    @Override
    public void delitem(ThreadState ts, PyObject key) {
        if (remove(ts, key) == null) {
            throw Py.keyError(key);
        }
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        return get(ts, v) != null;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PyDictIter(this, PyDictIter.KEYS);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyDict) || (op != Ops.EQ && op != Ops.NE)) {
            return null;
        }
        PyDict b = (PyDict) o;
        boolean eq = used == b.used;
        if (eq) {
            for (int i = 0; i < nentries && eq; i++) {
                PyObject k = keys[i], v = values[i];
                if (k == null) {
                    continue;
                }
                // k and v held here: a key's __eq__ may mutate either dict (CPython holds references too)
                int bix = k.getClass() == PyStr.class ? b.findStr(((PyStr) k).value(), hashes[i])
                        : b.find(ts, k, hashes[i]); // the stored hash: keys are not hashed again
                PyObject bv = bix < 0 ? null : b.values[bix];
                eq = bv != null && (bv == v || Ops.eq(ts, v, bv));
            }
        }
        return Py.bool(op == Ops.EQ ? eq : !eq);
    }
}
