package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code collections.deque}: a ring buffer in plain fields of the deque object (a power-of-two array, the index of
 * the leftmost item and the count), so that appends and pops at both ends are O(1) (amortised over the doublings
 * and halvings of the array) and indexing is O(1) everywhere, not only near the ends as in CPython's linked blocks.
 *
 * <p>Every operation is one Java method call: under the GIL it is atomic with the bytecode that calls it, under STM
 * it is part of that bytecode's transaction, which logs only the slots and fields it writes (a popleft writes one
 * slot, {@code head}, {@code size} and {@code state}; it never shifts the other items as {@code list.pop(0)} does).
 * {@code state} is bumped by every change of the items' order or number (not by {@code d[i] = x}, as CPython's):
 * the iterators and the searching methods ({@code count}, {@code index}, {@code remove}, {@code in}) compare it
 * after each step and raise when a comparison or another thread changed the deque under them.
 */
public final class PyDeque extends PyObject {
    private static final int MIN_CAPACITY = 8;

    final PyType type;
    PyDict attrs;
    /** The items: items[(head + i) &amp; (items.length - 1)] is item i, for i in 0..size; the rest null. */
    PyObject[] items = new PyObject[MIN_CAPACITY];
    int head;
    int size;
    /** The maximum length, or -1 for none. */
    int maxlen = -1;
    /** Bumped by every structural change (CPython's deque->state). */
    int state;

    PyDeque(PyType type) {
        this.type = type;
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

    // ------------------------------------------------------------------------------------------------ storage

    PyObject at(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    private void put(int i, PyObject v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    /** Copies the items into a fresh array of {@code cap} slots (a power of two >= size), leftmost first. */
    private void resize(int cap) {
        PyObject[] n = new PyObject[cap];
        int first = Math.min(size, items.length - head);
        System.arraycopy(items, head, n, 0, first);
        System.arraycopy(items, 0, n, first, size - first);
        items = n;
        head = 0;
    }

    private void shrinkIfSparse() {
        if (items.length > 64 && size < items.length >>> 2) {
            resize(items.length >>> 1);
        }
    }

    private void pushRight(PyObject v) {
        if (size == items.length) {
            if (size >= 1 << 30) {
                throw Py.raise(Exc.MemoryError, "");
            }
            resize(items.length << 1);
        }
        items[(head + size) & (items.length - 1)] = v;
        size++;
    }

    private void pushLeft(PyObject v) {
        if (size == items.length) {
            if (size >= 1 << 30) {
                throw Py.raise(Exc.MemoryError, "");
            }
            resize(items.length << 1);
        }
        head = (head - 1) & (items.length - 1);
        items[head] = v;
        size++;
    }

    private PyObject takeRight() {
        size--;
        int i = (head + size) & (items.length - 1);
        PyObject v = items[i];
        items[i] = null;
        shrinkIfSparse();
        return v;
    }

    private PyObject takeLeft() {
        PyObject v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        shrinkIfSparse();
        return v;
    }

    /** The items, leftmost first, in a fresh array. */
    PyObject[] toArray() {
        PyObject[] r = new PyObject[size];
        int first = Math.min(size, items.length - head);
        System.arraycopy(items, head, r, 0, first);
        System.arraycopy(items, 0, r, first, size - first);
        return r;
    }

    /** The items as iteration gives them: the storage, or a subclass's own {@code __iter__}. */
    PyObject[] snapshot(ThreadState ts) {
        if (!type.heap || type.lookup("__iter__") == DequeMethods.TYPE.dict.getStr("__iter__")) {
            return toArray();
        }
        return Ops.toArray(ts, this);
    }

    // ------------------------------------------------------------------------------------------------ operations

    void append(PyObject v) {
        state++;
        pushRight(v);
        if (maxlen >= 0 && size > maxlen) {
            takeLeft();
        }
    }

    void appendLeft(PyObject v) {
        state++;
        pushLeft(v);
        if (maxlen >= 0 && size > maxlen) {
            takeRight();
        }
    }

    PyObject pop() {
        if (size == 0) {
            throw Py.indexError("pop from an empty deque");
        }
        state++;
        return takeRight();
    }

    PyObject popLeft() {
        if (size == 0) {
            throw Py.indexError("pop from an empty deque");
        }
        state++;
        return takeLeft();
    }

    void clear() {
        state++;
        items = new PyObject[MIN_CAPACITY];
        head = 0;
        size = 0;
    }

    /** extend (left = false) or extendleft: an iteration of the deque itself is taken as a copy first. */
    void extend(ThreadState ts, PyObject iterable, boolean left) {
        if (iterable == this) {
            iterable = new PyList(toArray());
        }
        if (iterable instanceof PyDeque && !iterable.type().heap) {
            PyObject[] src = ((PyDeque) iterable).toArray();
            for (PyObject x : src) {
                add(x, left);
            }
            return;
        }
        PyObject it = Ops.iter(ts, iterable);
        if (maxlen == 0) {
            while (Ops.next(ts, it) != null) {
                // consumed, as CPython's: a maxlen=0 deque keeps nothing
            }
            return;
        }
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            add(x, left);
        }
    }

    private void add(PyObject x, boolean left) {
        if (left) {
            appendLeft(x);
        } else {
            append(x);
        }
    }

    /** deque.__init__(iterable=(), maxlen=None): empties the deque, then extends it. */
    void init(ThreadState ts, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("deque", a, kw, new String[] {"iterable", "maxlen"}, 0);
        int m = -1;
        if (p[1] != null && p[1] != Py.None) {
            if (!(p[1] instanceof PyInt)) {
                throw Py.typeError("an integer is required");
            }
            PyInt i = (PyInt) p[1];
            if (!i.isSmall() || i.v > Integer.MAX_VALUE) {
                if (i.signum() < 0) {
                    throw Py.valueError("maxlen must be non-negative");
                }
                throw Py.overflow("Python int too large to convert to C ssize_t");
            }
            if (i.v < 0) {
                throw Py.valueError("maxlen must be non-negative");
            }
            m = (int) i.v;
        }
        maxlen = m;
        if (size > 0) {
            clear();
        }
        if (p[0] != null) {
            extend(ts, p[0], false);
        }
    }

    /** Rotates n steps to the right (left when negative), moving the fewer items. */
    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        state++;
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        if (size == items.length) {
            // full ring: a rotation only moves the start
            head = (head - k) & (items.length - 1);
            return;
        }
        if (k <= size / 2) {
            for (int j = 0; j < k; j++) {
                PyObject v = takeRightNoShrink();
                head = (head - 1) & (items.length - 1);
                items[head] = v;
                size++;
            }
        } else {
            for (int j = size - k; j > 0; j--) {
                PyObject v = items[head];
                items[head] = null;
                head = (head + 1) & (items.length - 1);
                items[(head + size - 1) & (items.length - 1)] = v;
            }
        }
    }

    private PyObject takeRightNoShrink() {
        size--;
        int i = (head + size) & (items.length - 1);
        PyObject v = items[i];
        items[i] = null;
        return v;
    }

    void reverse() {
        state++;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = at(i);
            put(i, at(j));
            put(j, t);
        }
    }

    /** insert(i, x) with list.insert's index rules; IndexError when the deque is at its maximum length. */
    void insert(long i, PyObject v) {
        if (maxlen >= 0 && size >= maxlen) {
            throw Py.indexError("deque already at its maximum size");
        }
        int n = size;
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        int p = (int) Math.min(i, n);
        state++;
        if (p < n - p) {
            pushLeft(v);
            for (int j = 0; j < p; j++) {
                put(j, at(j + 1));
            }
        } else {
            pushRight(v);
            for (int j = n; j > p; j--) {
                put(j, at(j - 1));
            }
        }
        put(p, v);
    }

    /** Removes item p (0 &lt;= p &lt; size), moving the fewer items. */
    void delAt(int p) {
        state++;
        if (p < size - p) {
            for (int j = p; j > 0; j--) {
                put(j, at(j - 1));
            }
            takeLeft();
        } else {
            for (int j = p; j < size - 1; j++) {
                put(j, at(j + 1));
            }
            takeRight();
        }
    }

    /** The position of x in [start, stop), or -1; RuntimeError when a comparison changed the deque. */
    int find(ThreadState ts, PyObject x, int start, int stop, boolean removing) {
        int s = state;
        for (int i = start; i < stop && i < size; i++) {
            PyObject y = at(i);
            boolean eq = y == x || Ops.eq(ts, y, x);
            if (eq && !removing) {
                return i;
            }
            if (s != state) {
                throw removing ? Py.indexError("deque mutated during iteration")
                        : Py.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return i;
            }
        }
        return -1;
    }

    int count(ThreadState ts, PyObject x) {
        int s = state;
        int c = 0;
        for (int i = 0; i < size; i++) {
            PyObject y = at(i);
            boolean eq = y == x || Ops.eq(ts, y, x);
            if (s != state) {
                throw Py.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                c++;
            }
        }
        return c;
    }

    /** d *= n: the items repeated n times, the leftmost trimmed away past maxlen. */
    void repeatInPlace(long n) {
        if (n <= 0 || size == 0) {
            clear();
            return;
        }
        long total = (long) size * n;
        long keep = maxlen >= 0 ? Math.min(maxlen, total) : total;
        if (keep > (1 << 30)) {
            throw Py.raise(Exc.MemoryError, "");
        }
        PyObject[] src = toArray();
        int cap = MIN_CAPACITY;
        while (cap < keep) {
            cap <<= 1;
        }
        PyObject[] r = new PyObject[cap];
        long from = total - keep;
        int k = (int) (from % src.length);
        for (int j = 0; j < keep; j++) {
            r[j] = src[k];
            if (++k == src.length) {
                k = 0;
            }
        }
        state++;
        items = r;
        head = 0;
        size = (int) keep;
    }

    /** A new deque like this one (same class, same maxlen, same items); a subclass is called as CPython does. */
    PyObject copy(ThreadState ts) {
        if (!type.heap) {
            PyDeque d = new PyDeque(type);
            d.maxlen = maxlen;
            int cap = MIN_CAPACITY;
            while (cap < size) {
                cap <<= 1;
            }
            PyObject[] a = toArray();
            d.items = cap == a.length ? a : java.util.Arrays.copyOf(a, cap);
            d.size = size;
            return d;
        }
        PyObject r = maxlen < 0 ? Ops.call(ts, type, new PyObject[] {this}, null)
                : Ops.call(ts, type, new PyObject[] {this, Py.newInt(maxlen)}, null);
        if (!(r instanceof PyDeque)) {
            throw Py.typeError(type.name + "() must return a deque, not " + r.type().name);
        }
        return r;
    }

    /** The position an index names: an int or an object with __index__, negative from the right. */
    private int position(ThreadState ts, PyObject key) {
        if (!(key instanceof PyInt) && !(key.type().heap && key.type().slots[PyType.S_INDEX] != null)) {
            throw Py.typeError("sequence index must be integer, not '" + key.type().name + "'");
        }
        long i = Ops.asIndex(ts, key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Py.indexError("deque index out of range");
        }
        return (int) i;
    }

    // ------------------------------------------------------------------------------------------------ protocol

    @Override
    public int len(ThreadState ts) {
        return size;
    }

    @Override
    public boolean truth(ThreadState ts) {
        return size != 0;
    }

    @Override
    public long hash(ThreadState ts) {
        throw Py.typeError("unhashable type: '" + (type.heap ? type.name : "collections.deque") + "'");
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        return at(position(ts, key));
    }

    @Override
    public void setitem(ThreadState ts, PyObject key, PyObject value) {
        put(position(ts, key), value);
    }

    @Override
    public void delitem(ThreadState ts, PyObject key) {
        delAt(position(ts, key));
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new Iter(DequeMethods.ITER, this, false);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        return find(ts, v, 0, size, false) >= 0;
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyDeque)) {
            return null;
        }
        PyDeque b = (PyDeque) o;
        if ((op == Ops.EQ || op == Ops.NE) && size != b.size) {
            return Py.bool(op == Ops.NE);
        }
        PyObject[] x = snapshot(ts);
        PyObject[] y = b.snapshot(ts);
        return Ops.seqCompare(ts, x, x.length, y, y.length, op);
    }

    @Override
    public String repr(ThreadState ts) {
        if (!ts.enterRepr(this)) {
            return "[...]";
        }
        String body;
        try {
            body = new PyList(snapshot(ts)).repr(ts);
        } finally {
            ts.exitRepr(this);
        }
        return type.shortName() + "(" + body + (maxlen >= 0 ? ", maxlen=" + maxlen + ")" : ")");
    }

    /** The iterators, {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}. */
    static final class Iter extends PyObject {
        final PyType type;
        PyDict attrs;
        final PyDeque deque;
        final boolean reverse;
        /** The position of the next item. */
        int index;
        /** The items left. */
        int counter;
        final int state;

        Iter(PyType type, PyDeque deque, boolean reverse) {
            this.type = type;
            this.deque = deque;
            this.reverse = reverse;
            this.counter = deque.size;
            this.index = reverse ? deque.size - 1 : 0;
            this.state = deque.state;
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

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (deque.state != state) {
                counter = 0;
                throw Py.runtimeError("deque mutated during iteration");
            }
            if (counter == 0) {
                return null;
            }
            PyObject v = deque.at(index);
            index += reverse ? -1 : 1;
            counter--;
            return v;
        }
    }
}
