package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * set and frozenset: an open-addressing table with CPython's probing (9 linear probes, then perturbation) and
 * growth rules, so that iteration order matches CPython's for the same insertions. Arrays owned by the set.
 */
public final class PySet extends PyObject {
    private static final int LINEAR_PROBES = 9;
    static final PyObject DUMMY = new PyTuple();
    public PyType type;
    public PyDict attrs;
    // STM mode: keys and hashes are guarded arrays (stm.properties, guardedArrays), as PyDict's: their elements are
    // guarded by this set's lock word. Invariant the transformer relies on: each array is reached only through its
    // field of this one set (never returned, passed to a method or stored elsewhere; it refuses a twin that does),
    // so every element access can name the set (papers/design/engine.md, "Guarded arrays").
    PyObject[] keys;
    long[] hashes;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots. */
    int used;

    public PySet(boolean frozen) {
        this(frozen, new PyObject[8], new long[8]);
    }

    /** An empty set or frozenset over the given (empty, power-of-two sized) table: copies allocate it once. */
    private PySet(boolean frozen, PyObject[] keys, long[] hashes) {
        type = frozen ? Builtins.FROZENSET : Builtins.SET;
        this.keys = keys;
        this.hashes = hashes;
    }

    public boolean frozen() {
        return type.isSubtype(Builtins.FROZENSET);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict attrs() {
        PyDict a = attrs; // one read of each field (in STM mode each read is a barrier)
        if (a == null) {
            PyType t = type;
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

    /**
     * The slot of key, or -1. An {@code __eq__} may run Python code that changes this set (or switches threads);
     * when the table or the compared slot changed meanwhile, the search starts over on the current table, as
     * CPython's set_lookkey does, so no stale index or mask is ever used.
     */
    private int lookup(ThreadState ts, PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] table = keys;
            long[] hs = hashes;
            int mask = table.length - 1;
            int i = (int) (h & mask);
            long perturb = h;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hs[j] == h) {
                        if (k == key) {
                            return j;
                        }
                        boolean eq = Ops.eq(ts, k, key);
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean has(ThreadState ts, PyObject key) {
        return lookup(ts, key, Ops.hash(ts, key)) >= 0;
    }

    public void add(ThreadState ts, PyObject key) {
        addHashed(ts, key, Ops.hash(ts, key));
    }

    /** Adds key with hash h; restarts when an {@code __eq__} changed the table (see {@link #lookup}). */
    private void addHashed(ThreadState ts, PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] table = keys;
            long[] hs = hashes;
            int mask = table.length - 1;
            int i = (int) (h & mask);
            long perturb = h;
            int free = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        if (free >= 0) {
                            used++;
                            table[free] = key;
                            hs[free] = h;
                            return;
                        }
                        fill++;
                        used++;
                        table[j] = key;
                        hs[j] = h;
                        if (fill * 5L >= mask * 3L) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k == DUMMY) {
                        if (free < 0) {
                            free = j;
                        }
                    } else if (hs[j] == h) {
                        if (k == key) {
                            return;
                        }
                        boolean eq = Ops.eq(ts, k, key);
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private void resize(int minused) {
        int n = 8;
        while (n <= minused) {
            n <<= 1;
        }
        PyObject[] ok = keys;
        long[] oh = hashes;
        keys = new PyObject[n];
        hashes = new long[n];
        fill = used;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != null && ok[i] != DUMMY) {
                insertClean(ok[i], oh[i]);
            }
        }
    }

    private void insertClean(PyObject key, long h) {
        int mask = keys.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean discard(ThreadState ts, PyObject key) {
        return discardHashed(ts, key, Ops.hash(ts, key));
    }

    private boolean discardHashed(ThreadState ts, PyObject key, long h) {
        int j = lookup(ts, key, h);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    public void clear() {
        keys = new PyObject[8];
        hashes = new long[8];
        fill = used = 0;
    }

    /** Adds all of another set, as CPython's set_merge. */
    private void merge(ThreadState ts, PySet o) {
        if ((fill + o.used) * 5L >= (keys.length - 1) * 3L) {
            resize((used + o.used) * 2);
        }
        if (fill == 0 && keys.length == o.keys.length && o.fill == o.used) {
            for (int i = 0; i < o.keys.length; i++) {
                keys[i] = o.keys[i];
                hashes[i] = o.hashes[i];
            }
            fill = o.fill;
            used = o.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i < o.keys.length; i++) {
                if (o.keys[i] != null && o.keys[i] != DUMMY) {
                    insertClean(o.keys[i], o.hashes[i]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        PyObject[] ks = o.keys; // a snapshot: a comparison may change either set
        long[] hs = o.hashes;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] != null && ks[i] != DUMMY) {
                addHashed(ts, ks[i], hs[i]);
            }
        }
    }

    public void update(ThreadState ts, PyObject it) {
        if (it instanceof PySet) {
            merge(ts, (PySet) it);
            return;
        }
        if (it instanceof PyDict) {
            PyDict d = (PyDict) it;
            for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
                addHashed(ts, d.keyAt(p), d.hashAt(p)); // the dict's stored hash: keys are not hashed again
            }
            return;
        }
        PyObject iter = Ops.iter(ts, it);
        for (PyObject x; (x = Ops.next(ts, iter)) != null; ) {
            add(ts, x);
        }
    }

    void initFrom(ThreadState ts, PyObject[] args) {
        if (args.length > 1) {
            throw Py.typeError("set expected at most 1 argument, got " + args.length);
        }
        clear();
        if (args.length == 1) {
            update(ts, args[0]);
        }
    }

    public PySet copyAs(boolean frozen) {
        int n = copySize(used);
        if (fill == used && n == keys.length) {
            // no dummy slots and the table size merge would choose: merge would copy slot by slot (the same
            // positions, so the same iteration order as CPython's set_merge); two array clones instead
            // (an element loop, not clone(): the arrays are guarded by the set in STM mode, stm.properties, and
            // may not be passed to a helper)
            PyObject[] ks = keys;
            long[] hs = hashes;
            PyObject[] ck = new PyObject[n];
            long[] ch = new long[n];
            for (int i = 0; i < n; i++) {
                ck[i] = ks[i];
                ch[i] = hs[i];
            }
            PySet s = new PySet(frozen, ck, ch);
            s.fill = s.used = used;
            return s;
        }
        // the table merge would resize an empty set to, allocated once (merge then does not resize)
        PySet s = new PySet(frozen, new PyObject[n], new long[n]);
        s.merge(null, this); // into an empty set: no comparison runs
        return s;
    }

    /** The table size {@link #merge} gives an empty set (8 slots) when it merges n keys. */
    private static int copySize(int n) {
        if (n * 5L < 7 * 3L) {
            return 8;
        }
        int size = 8;
        while (size <= n * 2) {
            size <<= 1;
        }
        return size;
    }

    /** Live keys in table order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                out[j++] = k;
            }
        }
        return out;
    }

    public PySet union(ThreadState ts, PyObject o) {
        PySet r = copyAs(frozen());
        r.update(ts, o);
        return r;
    }

    public PySet intersection(ThreadState ts, PyObject o) {
        PySet r = new PySet(frozen());
        if (o instanceof PySet) {
            PySet a = this, b = (PySet) o;
            if (a.used > b.used) {
                PySet t = a;
                a = b;
                b = t;
            }
            PyObject[] ks = a.keys; // a snapshot: a comparison may change the set
            long[] hs = a.hashes;
            for (int i = 0; i < ks.length; i++) {
                PyObject k = ks[i];
                if (k != null && k != DUMMY && b.lookup(ts, k, hs[i]) >= 0) {
                    r.addHashed(ts, k, hs[i]);
                }
            }
            return r;
        }
        PyObject it = Ops.iter(ts, o);
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            if (has(ts, x)) {
                r.add(ts, x);
            }
        }
        return r;
    }

    public PySet difference(ThreadState ts, PyObject o) {
        PySet other = o instanceof PySet ? (PySet) o : null;
        if (other == null) {
            other = new PySet(false);
            other.update(ts, o);
        }
        PySet r;
        if ((used >> 2) > other.used) {
            r = copyAs(frozen());
            for (PyObject k : other.toArray()) {
                r.discard(ts, k);
            }
            return r;
        }
        r = new PySet(frozen());
        PyObject[] ks = keys; // a snapshot: a comparison may change the set
        long[] hs = hashes;
        for (int i = 0; i < ks.length; i++) {
            PyObject k = ks[i];
            if (k != null && k != DUMMY && other.lookup(ts, k, hs[i]) < 0) {
                r.addHashed(ts, k, hs[i]);
            }
        }
        return r;
    }

    public PySet symmetricDifference(ThreadState ts, PyObject o) {
        PySet r = copyAs(frozen());
        PySet other = o instanceof PySet ? (PySet) o : null;
        if (other == null) {
            other = new PySet(false);
            other.update(ts, o);
        }
        PyObject[] ks = other.keys; // a snapshot: a comparison may change the set
        long[] hs = other.hashes;
        for (int i = 0; i < ks.length; i++) {
            PyObject k = ks[i];
            if (k == null || k == DUMMY) {
                continue;
            }
            if (!r.discardHashed(ts, k, hs[i])) {
                r.addHashed(ts, k, hs[i]);
            }
        }
        return r;
    }

    public boolean isSubset(ThreadState ts, PySet o) {
        if (used > o.used) {
            return false;
        }
        PyObject[] ks = keys; // a snapshot: a comparison may change the set
        long[] hs = hashes;
        for (int i = 0; i < ks.length; i++) {
            PyObject k = ks[i];
            if (k != null && k != DUMMY && o.lookup(ts, k, hs[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int len(ThreadState ts) {
        return used;
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        return has(ts, SetMethods.lookupKey(ts, v));
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySetIter(this);
    }

    @Override
    public String repr(ThreadState ts) {
        String tn = type.name;
        boolean plain = type == Builtins.SET;
        if (used == 0) {
            return tn + "()";
        }
        if (!ts.enterRepr(this)) {
            return tn + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (!plain) {
                sb.append(tn).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (PyObject k : keys) {
                if (k == null || k == DUMMY) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(ts, k));
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            ts.exitRepr(this);
        }
    }

    @Override
    public long hash(ThreadState ts) {
        if (!frozen()) {
            throw Py.typeError("unhashable type: '" + type.name + "'");
        }
        long h = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null || keys[i] == DUMMY) {
                continue;
            }
            long x = hashes[i];
            h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
        }
        h ^= ((long) used + 1) * 1927868237L;
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PySet)) {
            return null;
        }
        PySet b = (PySet) o;
        switch (op) {
            case Ops.EQ: return Py.bool(used == b.used && isSubset(ts, b));
            case Ops.NE: return Py.bool(!(used == b.used && isSubset(ts, b)));
            case Ops.LE: return Py.bool(isSubset(ts, b));
            case Ops.LT: return Py.bool(used < b.used && isSubset(ts, b));
            case Ops.GE: return Py.bool(b.isSubset(ts, this));
            default: return Py.bool(used > b.used && b.isSubset(ts, this));
        }
    }

    /** Iterator in table order, raising if the set changes size. */
    static final class PySetIter extends PyObject {
        private final PySet s;
        private final int used0;
        private int i;

        PySetIter(PySet s) {
            this.s = s;
            this.used0 = s.used;
        }

        /** The number of items left (0 once the set changed size or the iterator is exhausted). */
        int lengthHint() {
            PySet s = this.s; // the holder of the guarded keys array is a local (stm.properties)
            if (s.used != used0 || i >= s.keys.length) {
                return 0;
            }
            int n = 0;
            PyObject[] ks = s.keys;
            for (int j = i; j < ks.length; j++) {
                if (ks[j] != null && ks[j] != DUMMY) {
                    n++;
                }
            }
            return n;
        }

        /** The items left, in order, without consuming them (for {@code __reduce__}). */
        PyList remaining() {
            PyList l = new PyList();
            PySet s = this.s;
            if (s.used != used0) {
                return l;
            }
            PyObject[] ks = s.keys;
            for (int j = i; j < ks.length; j++) {
                if (ks[j] != null && ks[j] != DUMMY) {
                    l.append(ks[j]);
                }
            }
            return l;
        }

        @Override
        public PyType type() {
            return Builtins.SET_ITER;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PySet s = this.s;
            if (s.used != used0) {
                i = Integer.MAX_VALUE;
                throw Py.runtimeError("Set changed size during iteration");
            }
            PyObject[] ks = s.keys;
            while (i < ks.length) {
                PyObject k = ks[i++];
                if (k != null && k != DUMMY) {
                    return k;
                }
            }
            return null;
        }
    }
}
