package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code functools._lru_cache_wrapper}, CPython 3.11's C wrapper in Java: the object {@code functools.lru_cache}
 * returns. A call builds a key from its arguments (a single exact int or str argument is its own key; otherwise a
 * tuple of the positional arguments, then, with keywords, a marker and the keyword/value pairs in call order, then,
 * when typed, the argument types), hashes it once, and looks it up in a dict by that hash. maxsize None: the dict maps
 * keys to results, with no order kept; 0: nothing is cached, calls only count misses; n: the dict maps keys to
 * {@link Link}s of a doubly linked list in recency order (oldest after {@link #root}), and a miss with a full cache
 * reuses the oldest link for the new key.
 *
 * <p>Atomicity: the whole call is one Java method run within the bytecode that calls the wrapper. Under the GIL
 * nothing else runs in between, except where the wrapper runs Python code itself (the function, and the key's
 * {@code __hash__}/{@code __eq__}); under STM it is part of that bytecode's transaction (a nested dispatch loop never
 * splits it; a blocking wait in the function commits it and the rest runs as an inevitable tail). So, as in CPython,
 * each step between two calls into Python is atomic, and each step after one re-reads what that call may have changed
 * (the key may have been added, the oldest link evicted). Counts stay exact: {@code hits + misses} is the number of
 * calls.
 */
public final class PyLruCache extends PyDescr {
    /** The key marker between positional and keyword arguments (CPython's kwd_mark): one for all wrappers. */
    private static final PyObject KWD_MARK = new PyInstance(Builtins.OBJECT);

    public static final PyType TYPE = new PyType("_lru_cache_wrapper", Builtins.OBJECT, false,
            (ts, cls, a, kw) -> make(ts, a, kw));

    static {
        install();
    }

    /** The wrapped function. Invariant: final, callable. */
    private final PyObject func;
    /** The named tuple type cache_info() returns (functools._CacheInfo). */
    private final PyObject cacheInfoType;
    /** -1: no limit (maxsize None); 0: no caching; else the most entries kept. */
    private final long maxsize;
    private final boolean typed;
    /** Keys to results (maxsize -1) or to their {@link Link}s (maxsize > 0); empty for maxsize 0. */
    private final PyDict cache = new PyDict();
    /** The list head of maxsize > 0: root.next is the least recently used link, root.prev the most recent. */
    private final Link root = new Link();
    private long hits;
    private long misses;
    /** The instance __dict__ (update_wrapper's attributes, cache_parameters), made on first use. */
    private PyDict dict;

    /** One cached entry of a bounded cache: its key, the key's hash, the result, and its place in recency order. */
    private static final class Link extends PyObject {
        PyObject key;
        long hash;
        PyObject result;
        Link prev = this;
        Link next = this;

        @Override
        public PyType type() {
            return Builtins.OBJECT;
        }
    }

    private PyLruCache(PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    /** {@code _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)}, keywords allowed. */
    private static PyObject make(ThreadState ts, PyObject[] a, String[] kw) {
        String[] names = {"user_function", "maxsize", "typed", "cache_info_type"};
        PyObject[] v = new PyObject[4];
        int np = Args.positional(a, kw);
        if (np > 4) {
            throw Py.typeError("lru_cache() takes at most 4 arguments (" + a.length + " given)");
        }
        System.arraycopy(a, 0, v, 0, np);
        for (int i = 0; kw != null && i < kw.length; i++) {
            int j = java.util.Arrays.asList(names).indexOf(kw[i]);
            if (j < 0) {
                throw Py.typeError("'" + kw[i] + "' is an invalid keyword argument for lru_cache()");
            }
            if (v[j] != null) {
                throw Py.typeError("argument for lru_cache() given by name ('" + kw[i] + "') and position ("
                        + (j + 1) + ")");
            }
            v[j] = a[np + i];
        }
        for (int j = 0; j < 4; j++) {
            if (v[j] == null) {
                throw Py.typeError("lru_cache() missing required argument '" + names[j] + "' (pos " + (j + 1) + ")");
            }
        }
        boolean typed = Ops.truth(ts, v[2]);
        if (!Ops.isCallable(v[0])) {
            throw Py.typeError("the first argument must be callable");
        }
        long maxsize;
        if (v[1] == Py.None) {
            maxsize = -1;
        } else if (v[1] instanceof PyInt || v[1].type().heap && v[1].type().slots[PyType.S_INDEX] != null) {
            PyInt n = Ops.toInt(ts, v[1]);
            if (!n.isSmall()) {
                if (n.signum() > 0) {
                    throw Py.raise(Exc.OverflowError, "Python int too large to convert to C ssize_t");
                }
                maxsize = 0;
            } else {
                maxsize = Math.max(0, n.v);
            }
        } else {
            throw Py.typeError("maxsize should be integer or None");
        }
        return new PyLruCache(v[0], maxsize, typed, v[3]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict attrs() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public boolean isData() {
        return false;
    }

    /** {@code __get__}: itself from the class, a bound method from an instance (CPython's METHOD_DESCRIPTOR). */
    @Override
    public PyObject get(ThreadState ts, PyObject obj, PyType type) {
        return obj == null || obj == Py.None ? this : new PyMethod(this, obj);
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        if (maxsize == 0) {
            misses++;
            return Ops.call(ts, func, args, kw);
        }
        PyObject key = makeKey(args, kw);
        long h = Ops.hash(ts, key);
        return maxsize < 0 ? callUnbounded(ts, args, kw, key, h) : callBounded(ts, args, kw, key, h);
    }

    private PyObject callUnbounded(ThreadState ts, PyObject[] args, String[] kw, PyObject key, long h) {
        PyObject r = cache.getHashed(ts, key, h);
        if (r != null) {
            hits++;
            return r;
        }
        misses++;
        r = Ops.call(ts, func, args, kw);
        cache.putHashed(ts, key, h, r);
        return r;
    }

    private PyObject callBounded(ThreadState ts, PyObject[] args, String[] kw, PyObject key, long h) {
        PyObject found = cache.getHashed(ts, key, h);
        if (found != null) {
            Link link = (Link) found;
            unlink(link);
            append(link);
            hits++;
            return link.result;
        }
        misses++;
        PyObject r = Ops.call(ts, func, args, kw);
        if (cache.getHashed(ts, key, h) != null) {
            // the call (or another thread while it ran) added this key: the list is already up to date
            return r;
        }
        if (cache.size() < maxsize || root.next == root) {
            return store(ts, new Link(), key, h, r);
        }
        // full: the oldest link is taken out and reused for the new key
        Link link = root.next;
        unlink(link);
        if (cache.removeHashed(ts, link.key, link.hash) == null) {
            // the call (or another thread) already removed the old key: the link stays an orphan, as CPython's
            return r;
        }
        return store(ts, link, key, h, r);
    }

    /** Fills link with the entry, enters it in the dict and makes it the most recent; returns r. */
    private PyObject store(ThreadState ts, Link link, PyObject key, long h, PyObject r) {
        link.key = key;
        link.hash = h;
        link.result = r;
        cache.putHashed(ts, key, h, link);
        append(link);
        return r;
    }

    private static void unlink(Link link) {
        Link p = link.prev;
        Link n = link.next;
        p.next = n;
        n.prev = p;
    }

    /** Makes link the most recently used. */
    private void append(Link link) {
        Link last = root.prev;
        last.next = link;
        link.prev = last;
        link.next = root;
        root.prev = link;
    }

    /** The cache key of a call, as CPython's lru_cache_make_key builds it. */
    private PyObject makeKey(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int np = args.length - nkw;
        if (!typed && nkw == 0) {
            if (np == 1) {
                PyObject k = args[0];
                PyType t = k.type();
                if (t == Builtins.INT || t == Builtins.STR) {
                    return k;
                }
            }
            return new PyTuple(java.util.Arrays.copyOf(args, np));
        }
        int n = np + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? np + nkw : 0);
        PyObject[] k = new PyObject[n];
        System.arraycopy(args, 0, k, 0, np);
        int j = np;
        if (nkw > 0) {
            k[j++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                k[j++] = Py.str(kw[i]);
                k[j++] = args[np + i];
            }
        }
        if (typed) {
            for (int i = 0; i < np; i++) {
                k[j++] = args[i].type();
            }
            for (int i = 0; i < nkw; i++) {
                k[j++] = args[np + i].type();
            }
        }
        return new PyTuple(k);
    }

    private PyObject cacheInfo(ThreadState ts) {
        PyObject size = Py.newInt(cache.size());
        PyObject max = maxsize < 0 ? Py.None : Py.newInt(maxsize);
        return Ops.call(ts, cacheInfoType, Py.newInt(hits), Py.newInt(misses), max, size);
    }

    private void cacheClear() {
        root.next = root;
        root.prev = root;
        hits = 0;
        misses = 0;
        cache.clear();
    }

    private static PyLruCache self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyLruCache)) {
            throw Py.typeError("descriptor requires a 'functools._lru_cache_wrapper' object but received a '"
                    + (a.length == 0 ? "NoneType" : a[0].type().name) + "'");
        }
        return (PyLruCache) a[0];
    }

    private static void install() {
        PyType t = TYPE;
        t.dict.putStr("__module__", Py.str("functools"));
        t.dict.putStr("__doc__", Py.str("Create a cached callable that wraps another function.\n\n"
                + "user_function:      the function being cached\n\n"
                + "maxsize:  0         for no caching\n"
                + "          None      for unlimited cache size\n"
                + "          n         for a bounded cache\n\n"
                + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
                + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
                + "cache_info_type:    namedtuple class with the fields:\n"
                + "                        hits misses currsize maxsize\n"));
        t.dict.putStr("__dict__", new Attrs.DictAttr(t));
        Methods.addMethodKw(t, "__call__", 0, -1, (ts, a, kw) -> self(a).call(ts,
                java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        Methods.addMethod(t, "__get__", 1, 2, (ts, a, kw) -> self(a).get(ts, a[1], null));
        Methods.addMethod(t, "cache_info", 0, 0, (ts, a, kw) -> self(a).cacheInfo(ts));
        Methods.addMethod(t, "cache_clear", 0, 0, (ts, a, kw) -> {
            self(a).cacheClear();
            return Py.None;
        });
        Methods.addMethod(t, "__reduce__", 0, 0, (ts, a, kw) -> Ops.getattr(ts, self(a), "__qualname__"));
        Methods.addMethod(t, "__copy__", 0, 0, (ts, a, kw) -> self(a));
        Methods.addMethod(t, "__deepcopy__", 1, 1, (ts, a, kw) -> self(a));
    }
}
