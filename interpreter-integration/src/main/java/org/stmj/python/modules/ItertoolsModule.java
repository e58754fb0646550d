package org.stmj.python.modules;

import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyComplex;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStaticMethod;
import org.stmj.python.objects.PyClassMethod;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code itertools} in Java, in the role of CPython's C module: the iterator types {@code count}, {@code cycle},
 * {@code repeat}, {@code accumulate}, {@code chain}, {@code compress}, {@code dropwhile}, {@code takewhile},
 * {@code filterfalse}, {@code starmap}, {@code groupby} (with {@code _grouper}), {@code islice}, {@code pairwise},
 * {@code zip_longest}, {@code product}, {@code combinations}, {@code combinations_with_replacement},
 * {@code permutations}, {@code _tee}/{@code _tee_dataobject} and the function {@code tee}.
 *
 * <p>Every iterator's state is plain fields of its object (Python values, Java ints and arrays of them), never a
 * {@code java.util} collection: under the GIL a step is atomic with the bytecode that calls it, under STM it is part
 * of that bytecode's transaction. The types subclass (the object records the class it was made for and has an
 * instance dict when that class is a heap class), pickle and copy through {@code __reduce__}/{@code __setstate__}
 * with CPython 3.11's state layouts, and check their arguments eagerly (iterables are turned into iterators by the
 * constructor, as CPython's, so a non-iterable raises at the call).
 */
final class ItertoolsModule {
    private ItertoolsModule() {
    }

    /** Number of values one {@code _tee_dataobject} holds (CPython's LINKCELLS). */
    static final int LINKCELLS = 57;

    /** The module's types (one set per import, as CPython's per-module state). */
    static final class Types {
        PyType count;
        PyType cycle;
        PyType repeat;
        PyType accumulate;
        PyType chain;
        PyType compress;
        PyType dropwhile;
        PyType takewhile;
        PyType filterfalse;
        PyType starmap;
        PyType groupby;
        PyType grouper;
        PyType islice;
        PyType pairwise;
        PyType zipLongest;
        PyType product;
        PyType combinations;
        PyType cwr;
        PyType permutations;
        PyType tee;
        PyType teeData;
    }

    /** Base of the module's iterators: the class the object was made for and, for heap classes, its dict. */
    abstract static class It extends PyObject {
        final PyType type;
        PyDict attrs;

        It(PyType type) {
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

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        /** CPython's {@code __reduce__} value. */
        PyObject reduce(ThreadState ts) {
            throw Py.typeError("cannot pickle '" + type.name + "' object");
        }

        /** CPython's {@code __setstate__}. */
        void setState(ThreadState ts, PyObject state) {
            throw Py.typeError("'" + type.name + "' object has no state to set");
        }
    }

    static PyTuple tup(PyObject... items) {
        return new PyTuple(items);
    }

    static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }

    /** CPython's PyNumber_Check: int, float, complex, or a class with __index__, __int__ or __float__. */
    static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) {
            return true;
        }
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    /** An int in 0..sys.maxsize from an int or __index__ object, else -2 (for islice's and the indices' checks). */
    static long nonNegIndex(ThreadState ts, PyObject o) {
        PyInt i;
        try {
            i = Ops.toInt(ts, o);
        } catch (org.stmj.python.objects.PyException e) {
            return -2;
        }
        if (!i.isSmall() || i.v < 0) {
            return -2;
        }
        return i.v;
    }

    static long asLong(ThreadState ts, PyObject o) {
        PyInt i = Ops.toInt(ts, o);
        if (!i.isSmall()) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.v;
    }

    static int clamp(long v, int lo, int hi) {
        return (int) Math.max(lo, Math.min(hi, v));
    }

    /**
     * The positional arguments of a constructor that takes none by keyword: keywords are refused for the type
     * itself and for subclasses that do not define {@code __init__} (which then gets them), as CPython's.
     */
    static PyObject[] noKw(PyType cls, String name, PyObject[] a, String[] kw) {
        if (kw == null || kw.length == 0) {
            return a;
        }
        if (!cls.heap || cls.lookup("__init__") == Builtins.OBJECT.lookup("__init__")) {
            throw Py.typeError(name + "() takes no keyword arguments");
        }
        return java.util.Arrays.copyOf(a, a.length - kw.length);
    }

    static PyObject[] tupleOf(ThreadState ts, PyObject o) {
        PyObject[] a = Ops.toArray(ts, o);
        return o instanceof PyTuple && !o.type().heap ? a : a.clone();
    }

    // ------------------------------------------------------------------------------------------------ count

    static final class Count extends It {
        PyObject cnt;
        final PyObject step;

        Count(PyType t, PyObject start, PyObject step) {
            super(t);
            this.cnt = start;
            this.step = step;
        }

        boolean stepIsOne() {
            return step instanceof PyInt && !(step instanceof org.stmj.python.objects.PyBool)
                    && ((PyInt) step).isSmall() && ((PyInt) step).v == 1;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject r = cnt;
            cnt = Ops.binary(ts, Ops.ADD, cnt, step);
            return r;
        }

        @Override
        public String repr(ThreadState ts) {
            return type.name + "(" + Ops.repr(ts, cnt) + (stepIsOne() ? "" : ", " + Ops.repr(ts, step)) + ")";
        }

        @Override
        PyObject reduce(ThreadState ts) {
            return tup(type, stepIsOne() ? tup(cnt) : tup(cnt, step));
        }
    }

    // ------------------------------------------------------------------------------------------------ cycle

    static final class Cycle extends It {
        PyObject it;
        PyList saved = new PyList();
        int index;
        /** CPython's flag: the input's items are already in saved (do not append them again). */
        boolean firstpass;

        Cycle(PyType t, PyObject it) {
            super(t);
            this.it = it;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (it != null) {
                PyObject x = Ops.next(ts, it);
                if (x != null) {
                    if (!firstpass) {
                        saved.append(x);
                    }
                    return x;
                }
                it = null;
            }
            int n = saved.len(ts);
            if (n == 0) {
                return null;
            }
            if (index >= n) {
                index = 0;
            }
            PyObject x = saved.getitem(ts, Py.newInt(index));
            index++;
            if (index >= n) {
                index = 0;
            }
            return x;
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (it == null) {
                PyObject sit = Ops.iter(ts, saved);
                if (index != 0) {
                    Ops.callMethod(ts, sit, "__setstate__", Py.newInt(index));
                }
                return tup(type, tup(sit), tup(saved, Py.True));
            }
            return tup(type, tup(it), tup(saved, Py.bool(firstpass)));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple)) {
                throw Py.typeError("state is not a tuple");
            }
            PyObject[] s = ((PyTuple) state).items;
            if (s.length != 2) {
                throw Py.typeError("function takes exactly 2 arguments (" + s.length + " given)");
            }
            if (!(s[0] instanceof PyList)) {
                throw Py.typeError("argument 1 must be list, not " + s[0].type().name);
            }
            if (!(s[1] instanceof PyInt) && !(s[1].type().lookup("__index__") != null)) {
                throw Py.typeError("an integer is required");
            }
            saved = (PyList) s[0];
            firstpass = asLong(ts, s[1]) != 0;
            index = 0;
        }
    }

    // ------------------------------------------------------------------------------------------------ repeat

    static final class Repeat extends It {
        final PyObject element;
        /** Remaining count, or -1 for forever. */
        long cnt;

        Repeat(PyType t, PyObject element, long cnt) {
            super(t);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }

        @Override
        public String repr(ThreadState ts) {
            return type.name + "(" + Ops.repr(ts, element) + (cnt < 0 ? "" : ", " + cnt) + ")";
        }

        @Override
        PyObject reduce(ThreadState ts) {
            return tup(type, cnt < 0 ? tup(element) : tup(element, Py.newInt(cnt)));
        }
    }

    // ------------------------------------------------------------------------------------------------ accumulate

    static final class Accumulate extends It {
        final Types types;
        final PyObject it;
        final PyObject func;
        PyObject total;
        PyObject initial;

        Accumulate(PyType t, Types types, PyObject it, PyObject func, PyObject initial) {
            super(t);
            this.types = types;
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Ops.next(ts, it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else {
                total = func == null ? Ops.binary(ts, Ops.ADD, total, v) : Ops.call(ts, func, total, v);
            }
            return total;
        }

        @Override
        PyObject reduce(ThreadState ts) {
            PyObject f = orNone(func);
            if (initial != null) {
                PyObject c = types.chain.call(ts, new PyObject[] {tup(initial), it}, null);
                return tup(type, tup(c, f), Py.None);
            }
            if (total == Py.None) {
                // a None state would not be set again (pickle and copy skip a None state): replay it instead
                PyObject c = types.chain.call(ts, new PyObject[] {tup(total), it}, null);
                PyObject acc = type.call(ts, new PyObject[] {c, f}, null);
                return tup(types.islice, tup(acc, Py.newInt(1), Py.None));
            }
            return tup(type, tup(it, f), orNone(total));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            total = state;
        }
    }

    // ------------------------------------------------------------------------------------------------ chain

    static final class Chain extends It {
        PyObject source;
        PyObject active;

        Chain(PyType t, PyObject source) {
            super(t);
            this.source = source;
        }

        @Override
        public PyObject next(ThreadState ts) {
            while (true) {
                if (active == null) {
                    if (source == null) {
                        return null;
                    }
                    PyObject iterable = Ops.next(ts, source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Ops.iter(ts, iterable);
                }
                PyObject x = Ops.next(ts, active);
                if (x != null) {
                    return x;
                }
                active = null;
            }
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (source != null) {
                return active != null ? tup(type, Py.EMPTY_TUPLE, tup(source, active))
                        : tup(type, Py.EMPTY_TUPLE, tup(source));
            }
            return tup(type, Py.EMPTY_TUPLE);
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple)) {
                throw Py.typeError("state is not a tuple");
            }
            PyObject[] s = ((PyTuple) state).items;
            if (s.length < 1 || s.length > 2) {
                throw Py.typeError("chain expected 1 or 2 arguments, got " + s.length);
            }
            if (!isIterator(s[0]) || s.length == 2 && !isIterator(s[1])) {
                throw Py.typeError("Arguments must be iterators.");
            }
            source = s[0];
            active = s.length == 2 ? s[1] : null;
        }
    }

    static boolean isIterator(PyObject o) {
        return o.type().lookup("__next__") != null;
    }

    // ------------------------------------------------------------------------------------------------ compress

    static final class Compress extends It {
        final PyObject data;
        final PyObject selectors;

        Compress(PyType t, PyObject data, PyObject selectors) {
            super(t);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next(ThreadState ts) {
            while (true) {
                PyObject d = Ops.next(ts, data);
                if (d == null) {
                    return null;
                }
                PyObject s = Ops.next(ts, selectors);
                if (s == null) {
                    return null;
                }
                if (Ops.truth(ts, s)) {
                    return d;
                }
            }
        }

        @Override
        PyObject reduce(ThreadState ts) {
            return tup(type, tup(data, selectors));
        }
    }

    // ------------------------------------------------------------------- dropwhile, takewhile, filterfalse, starmap

    /** dropwhile (kind 0), takewhile (1), filterfalse (2), starmap (3): a function over one iterator. */
    static final class FuncIt extends It {
        final int kind;
        final PyObject func;
        final PyObject it;
        /** dropwhile: the predicate has failed once; takewhile: it has failed (exhausted). */
        boolean flag;

        FuncIt(PyType t, int kind, PyObject func, PyObject it) {
            super(t);
            this.kind = kind;
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next(ThreadState ts) {
            switch (kind) {
                case 0:
                    while (true) {
                        PyObject x = Ops.next(ts, it);
                        if (x == null) {
                            return null;
                        }
                        if (flag || !Ops.truth(ts, Ops.call(ts, func, x))) {
                            flag = true;
                            return x;
                        }
                    }
                case 1: {
                    if (flag) {
                        return null;
                    }
                    PyObject x = Ops.next(ts, it);
                    if (x == null) {
                        return null;
                    }
                    if (Ops.truth(ts, Ops.call(ts, func, x))) {
                        return x;
                    }
                    flag = true;
                    return null;
                }
                case 2:
                    while (true) {
                        PyObject x = Ops.next(ts, it);
                        if (x == null) {
                            return null;
                        }
                        boolean t = func == Py.None || func == Builtins.BOOL ? Ops.truth(ts, x)
                                : Ops.truth(ts, Ops.call(ts, func, x));
                        if (!t) {
                            return x;
                        }
                    }
                default: {
                    PyObject x = Ops.next(ts, it);
                    if (x == null) {
                        return null;
                    }
                    PyObject[] args = x instanceof PyTuple && !x.type().heap ? ((PyTuple) x).items : tupleOf(ts, x);
                    return Ops.call(ts, func, args, null);
                }
            }
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (kind <= 1) {
                return tup(type, tup(func, it), Py.bool(flag));
            }
            return tup(type, tup(func, it));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            if (kind > 1) {
                super.setState(ts, state);
            }
            flag = Ops.truth(ts, state);
        }
    }

    // ------------------------------------------------------------------------------------------------ groupby

    static final class GroupBy extends It {
        final Types types;
        final PyObject it;
        final PyObject keyfunc;
        PyObject tgtkey;
        PyObject currkey;
        PyObject currvalue;
        Grouper currgrouper;

        GroupBy(PyType t, Types types, PyObject it, PyObject keyfunc) {
            super(t);
            this.types = types;
            this.it = it;
            this.keyfunc = keyfunc;
        }

        /** Reads the next value and its key; false when the input is exhausted. */
        boolean step(ThreadState ts) {
            PyObject v = Ops.next(ts, it);
            if (v == null) {
                return false;
            }
            PyObject k = keyfunc == null || keyfunc == Py.None ? v : Ops.call(ts, keyfunc, v);
            currvalue = v;
            currkey = k;
            return true;
        }

        @Override
        public PyObject next(ThreadState ts) {
            currgrouper = null;
            while (true) {
                if (currkey != null) {
                    if (tgtkey == null || !Ops.eq(ts, tgtkey, currkey)) {
                        break;
                    }
                }
                if (!step(ts)) {
                    return null;
                }
            }
            tgtkey = currkey;
            Grouper g = new Grouper(types.grouper, this, tgtkey);
            return tup(currkey, g);
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (tgtkey != null && currkey != null && currvalue != null) {
                return tup(type, tup(it, orNone(keyfunc)), tup(currkey, currvalue, tgtkey));
            }
            return tup(type, tup(it, orNone(keyfunc)));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple) || ((PyTuple) state).items.length != 3) {
                throw Py.typeError("state is not a 3-tuple");
            }
            PyObject[] s = ((PyTuple) state).items;
            currkey = s[0];
            currvalue = s[1];
            tgtkey = s[2];
        }
    }

    static final class Grouper extends It {
        final GroupBy parent;
        final PyObject tgtkey;

        Grouper(PyType t, GroupBy parent, PyObject tgtkey) {
            super(t);
            this.parent = parent;
            this.tgtkey = tgtkey;
            parent.currgrouper = this;
        }

        @Override
        public PyObject next(ThreadState ts) {
            GroupBy g = parent;
            if (g.currgrouper != this) {
                return null;
            }
            if (g.currvalue == null) {
                if (!g.step(ts)) {
                    return null;
                }
            }
            if (!Ops.eq(ts, tgtkey, g.currkey)) {
                return null;
            }
            PyObject r = g.currvalue;
            g.currvalue = null;
            g.currkey = null;
            return r;
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (parent.currgrouper != this) {
                return tup(ts.interp.builtins.getStr("iter"), tup(Py.EMPTY_TUPLE));
            }
            return tup(type, tup(parent, tgtkey));
        }
    }

    // ------------------------------------------------------------------------------------------------ islice

    static final class ISlice extends It {
        PyObject it;
        long next;
        /** -1 for None. */
        final long stop;
        final long step;
        long cnt;

        ISlice(PyType t, PyObject it, long start, long stop, long step) {
            super(t);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject src = it;
            if (src == null) {
                return null;
            }
            while (cnt < next) {
                if (Ops.next(ts, src) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject x = Ops.next(ts, src);
            if (x == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return x;
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (it == null) {
                return tup(type, tup(Ops.iter(ts, new PyList()), Py.newInt(0)), Py.newInt(0));
            }
            return tup(type, tup(it, Py.newInt(next), stop == -1 ? Py.None : Py.newInt(stop), Py.newInt(step)),
                    Py.newInt(cnt));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            cnt = asLong(ts, state);
        }
    }

    static ISlice makeISlice(ThreadState ts, PyType cls, PyObject[] a) {
        if (a.length < 2 || a.length > 4) {
            throw Py.typeError(a.length < 2 ? "islice expected at least 2 arguments, got " + a.length
                    : "islice expected at most 4 arguments, got " + a.length);
        }
        long start = 0;
        long stop = -1;
        long step = 1;
        if (a.length == 2) {
            if (a[1] != Py.None) {
                stop = nonNegIndex(ts, a[1]);
                if (stop < 0) {
                    throw Py.valueError("Stop argument for islice() must be None or an integer: 0 <= x <= "
                            + "sys.maxsize.");
                }
            }
        } else {
            if (a[1] != Py.None) {
                start = nonNegIndex(ts, a[1]);
            }
            if (a[2] != Py.None) {
                stop = nonNegIndex(ts, a[2]);
            }
            if (start < 0 || (a[2] != Py.None && stop < 0)) {
                throw Py.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (a.length == 4 && a[3] != Py.None) {
                step = nonNegIndex(ts, a[3]);
                if (step < 1) {
                    throw Py.valueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        return new ISlice(cls, Ops.iter(ts, a[0]), start, stop, step);
    }

    // ------------------------------------------------------------------------------------------------ pairwise

    static final class Pairwise extends It {
        PyObject it;
        PyObject old;

        Pairwise(PyType t, PyObject it) {
            super(t);
            this.it = it;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject src = it;
            if (src == null) {
                return null;
            }
            PyObject o = old;
            if (o == null) {
                o = Ops.next(ts, src);
                old = o;
                if (o == null) {
                    it = null;
                    return null;
                }
            }
            PyObject n = Ops.next(ts, src);
            if (n == null) {
                it = null;
                old = null;
                return null;
            }
            old = n;
            return tup(o, n);
        }
    }

    // ------------------------------------------------------------------------------------------------ zip_longest

    static final class ZipLongest extends It {
        final PyObject[] its;
        int numactive;
        PyObject fillvalue;

        ZipLongest(PyType t, PyObject[] its, PyObject fillvalue) {
            super(t);
            this.its = its;
            this.numactive = its.length;
            this.fillvalue = fillvalue;
        }

        @Override
        public PyObject next(ThreadState ts) {
            int n = its.length;
            if (n == 0 || numactive == 0) {
                return null;
            }
            PyObject[] r = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject src = its[i];
                PyObject x;
                if (src == null) {
                    x = fillvalue;
                } else {
                    x = Ops.next(ts, src);
                    if (x == null) {
                        numactive--;
                        if (numactive == 0) {
                            return null;
                        }
                        its[i] = null;
                        x = fillvalue;
                    }
                }
                r[i] = x;
            }
            return new PyTuple(r);
        }

        @Override
        PyObject reduce(ThreadState ts) {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = its[i] == null ? Py.EMPTY_TUPLE : its[i];
            }
            return tup(type, new PyTuple(args), fillvalue);
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            fillvalue = state;
        }
    }

    // ------------------------------------------------------------------------------------------------ product

    static final class Product extends It {
        final PyObject[][] pools;
        final int[] indices;
        PyObject[] result;
        boolean stopped;

        Product(PyType t, PyObject[][] pools) {
            super(t);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (stopped) {
                return null;
            }
            int n = pools.length;
            if (result == null) {
                PyObject[] r = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    if (pools[i].length == 0) {
                        stopped = true;
                        return null;
                    }
                    r[i] = pools[i][0];
                }
                result = r;
            } else {
                PyObject[] r = result.clone();
                int i;
                for (i = n - 1; i >= 0; i--) {
                    PyObject[] pool = pools[i];
                    indices[i]++;
                    if (indices[i] == pool.length) {
                        indices[i] = 0;
                        r[i] = pool[0];
                    } else {
                        r[i] = pool[indices[i]];
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                result = r;
            }
            return new PyTuple(result.clone());
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (stopped) {
                return tup(type, tup(Py.EMPTY_TUPLE));
            }
            PyObject[] ps = new PyObject[pools.length];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = new PyTuple(pools[i]);
            }
            if (result == null) {
                return tup(type, new PyTuple(ps));
            }
            return tup(type, new PyTuple(ps), intTuple(indices, indices.length));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            PyObject[] s = stateTuple(state, pools.length);
            for (int i = 0; i < s.length; i++) {
                long idx = asLong(ts, s[i]);
                int size = pools[i].length;
                if (size == 0) {
                    stopped = true;
                    return;
                }
                indices[i] = clamp(idx, 0, size - 1);
            }
            PyObject[] r = new PyObject[pools.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = pools[i][indices[i]];
            }
            result = r;
        }
    }

    static PyTuple intTuple(int[] v, int n) {
        PyObject[] r = new PyObject[n];
        for (int i = 0; i < n; i++) {
            r[i] = Py.newInt(v[i]);
        }
        return new PyTuple(r);
    }

    static PyObject[] stateTuple(PyObject state, int n) {
        if (!(state instanceof PyTuple)) {
            throw Py.typeError("state is not a tuple");
        }
        PyObject[] s = ((PyTuple) state).items;
        if (s.length != n) {
            throw Py.valueError("invalid arguments");
        }
        return s;
    }

    // ------------------------------------------------------------------- combinations, with replacement, permutations

    /** combinations (kind 0), combinations_with_replacement (1): r-tuples of a pool by indices. */
    static final class Combinations extends It {
        final boolean replace;
        final PyObject[] pool;
        final int r;
        final int[] indices;
        PyObject[] result;
        boolean stopped;

        Combinations(PyType t, boolean replace, PyObject[] pool, int r) {
            super(t);
            this.replace = replace;
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
            if (!replace) {
                for (int i = 0; i < r; i++) {
                    indices[i] = i;
                }
                stopped = r > pool.length;
            } else {
                stopped = pool.length == 0 && r > 0;
            }
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (result == null) {
                PyObject[] res = new PyObject[r];
                for (int i = 0; i < r; i++) {
                    res[i] = pool[indices[i]];
                }
                result = res;
            } else {
                PyObject[] res = result.clone();
                int i;
                if (!replace) {
                    for (i = r - 1; i >= 0 && indices[i] == i + n - r; i--) {
                        // scan right to left for an index below its maximum
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                    for (; i < r; i++) {
                        res[i] = pool[indices[i]];
                    }
                } else {
                    for (i = r - 1; i >= 0 && indices[i] == n - 1; i--) {
                        // scan right to left for an index below n - 1
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                    int index = indices[i] + 1;
                    PyObject e = pool[index];
                    for (; i < r; i++) {
                        indices[i] = index;
                        res[i] = e;
                    }
                }
                result = res;
            }
            return new PyTuple(result.clone());
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (result == null) {
                return tup(type, tup(new PyTuple(pool), Py.newInt(r)));
            }
            if (stopped) {
                return tup(type, tup(Py.EMPTY_TUPLE, Py.newInt(r)));
            }
            return tup(type, tup(new PyTuple(pool), Py.newInt(r)), intTuple(indices, r));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            PyObject[] s = stateTuple(state, r);
            int n = pool.length;
            for (int i = 0; i < r; i++) {
                long idx = asLong(ts, s[i]);
                indices[i] = replace ? clamp(idx, 0, n - 1) : clamp(idx, 0, i + n - r);
            }
            PyObject[] res = new PyObject[r];
            for (int i = 0; i < r; i++) {
                res[i] = pool[indices[i]];
            }
            result = res;
        }
    }

    static final class Permutations extends It {
        final PyObject[] pool;
        final int r;
        final int[] indices;
        final int[] cycles;
        PyObject[] result;
        boolean stopped;

        Permutations(PyType t, PyObject[] pool, int r) {
            super(t);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            cycles = new int[Math.max(0, Math.min(r, n))];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
            stopped = r > n;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (result == null) {
                PyObject[] res = new PyObject[r];
                for (int i = 0; i < r; i++) {
                    res[i] = pool[indices[i]];
                }
                result = res;
            } else {
                if (n == 0) {
                    stopped = true;
                    return null;
                }
                PyObject[] res = result.clone();
                int i;
                for (i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int index = indices[i];
                        for (int j = i; j < n - 1; j++) {
                            indices[j] = indices[j + 1];
                        }
                        indices[n - 1] = index;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int index = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = index;
                        for (int k = i; k < r; k++) {
                            res[k] = pool[indices[k]];
                        }
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                result = res;
            }
            return new PyTuple(result.clone());
        }

        @Override
        PyObject reduce(ThreadState ts) {
            if (result == null) {
                return tup(type, tup(new PyTuple(pool), Py.newInt(r)));
            }
            if (stopped) {
                return tup(type, tup(Py.EMPTY_TUPLE, Py.newInt(r)));
            }
            return tup(type, tup(new PyTuple(pool), Py.newInt(r)),
                    tup(intTuple(indices, indices.length), intTuple(cycles, r)));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple) || ((PyTuple) state).items.length != 2) {
                throw Py.typeError("state is not a 2-tuple");
            }
            PyObject[] s = ((PyTuple) state).items;
            if (!(s[0] instanceof PyTuple) || !(s[1] instanceof PyTuple)) {
                throw Py.typeError("state is not a tuple of two tuples");
            }
            PyObject[] ix = ((PyTuple) s[0]).items;
            PyObject[] cy = ((PyTuple) s[1]).items;
            int n = pool.length;
            if (ix.length != n || cy.length != r) {
                throw Py.valueError("invalid arguments");
            }
            for (int i = 0; i < n; i++) {
                indices[i] = clamp(asLong(ts, ix[i]), 0, n - 1);
            }
            for (int i = 0; i < r; i++) {
                cycles[i] = clamp(asLong(ts, cy[i]), 1, n - i);
            }
            PyObject[] res = new PyObject[r];
            for (int i = 0; i < r; i++) {
                res[i] = pool[indices[i]];
            }
            result = res;
        }
    }

    // ------------------------------------------------------------------------------------------------ tee

    /** One link of a tee's shared buffer: up to LINKCELLS values read from the source, then the next link. */
    static final class TeeData extends It {
        final PyObject it;
        final PyObject[] values = new PyObject[LINKCELLS];
        int numread;
        /** Set while this link reads from the source (a re-entrant or concurrent read raises RuntimeError). */
        boolean running;
        TeeData nextLink;

        TeeData(PyType t, PyObject it) {
            super(t);
            this.it = it;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            throw Py.typeError("'" + type.name + "' object is not iterable");
        }

        TeeData nextLink() {
            if (nextLink == null) {
                nextLink = new TeeData(type, it);
            }
            return nextLink;
        }

        PyObject item(ThreadState ts, int i) {
            if (i < numread) {
                return values[i];
            }
            if (running) {
                throw Py.runtimeError("cannot re-enter the tee iterator");
            }
            running = true;
            PyObject v;
            try {
                v = Ops.next(ts, it);
            } finally {
                running = false;
            }
            if (v == null) {
                return null;
            }
            values[numread++] = v;
            return v;
        }

        @Override
        PyObject reduce(ThreadState ts) {
            PyObject[] vs = java.util.Arrays.copyOf(values, numread);
            return tup(type, tup(it, new PyList(vs), orNone(nextLink)));
        }
    }

    static final class Tee extends It {
        final Types types;
        TeeData data;
        int index;

        Tee(PyType t, Types types, TeeData data, int index) {
            super(t);
            this.types = types;
            this.data = data;
            this.index = index;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (index >= LINKCELLS) {
                data = data.nextLink();
                index = 0;
            }
            PyObject v = data.item(ts, index);
            if (v == null) {
                return null;
            }
            index++;
            return v;
        }

        Tee copy() {
            return new Tee(types.tee, types, data, index);
        }

        @Override
        PyObject reduce(ThreadState ts) {
            return tup(type, tup(Py.EMPTY_TUPLE), tup(data, Py.newInt(index)));
        }

        @Override
        void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple) || ((PyTuple) state).items.length != 2
                    || !(((PyTuple) state).items[0] instanceof TeeData)) {
                throw Py.typeError("state is not a (_tee_dataobject, int) tuple");
            }
            PyObject[] s = ((PyTuple) state).items;
            long i = asLong(ts, s[1]);
            if (i < 0 || i > LINKCELLS) {
                throw Py.valueError("Index out of range");
            }
            data = (TeeData) s[0];
            index = (int) i;
        }
    }

    /** A tee over an iterable: a copy of it when it is already a tee, else a tee on a fresh buffer. */
    static Tee teeFrom(ThreadState ts, Types types, PyObject iterable) {
        PyObject it = Ops.iter(ts, iterable);
        if (it instanceof Tee) {
            return ((Tee) it).copy();
        }
        return new Tee(types.tee, types, new TeeData(types.teeData, it), 0);
    }

    // ------------------------------------------------------------------------------------------------ the module

    static PyType newType(PyDict d, String name, String doc, PyType.Ctor ctor) {
        PyType t = new PyType(name, Builtins.OBJECT, false, ctor);
        t.dict.putStr("__module__", Py.str("itertools"));
        t.dict.putStr("__doc__", Py.str(doc));
        t.qualname = name;
        t.dict.putStr("__iter__", new PyBuiltin("__iter__", (ts, a, kw) -> a[0], null, name));
        t.dict.putStr("__next__", new PyBuiltin("__next__", (ts, a, kw) -> {
            PyObject r = self(a, t, "__next__").next(ts);
            if (r == null) {
                throw Py.stopIteration(null);
            }
            return r;
        }, null, name));
        t.dict.putStr("__reduce__", new PyBuiltin("__reduce__", (ts, a, kw) -> self(a, t, "__reduce__").reduce(ts),
                null, name));
        t.dict.putStr("__new__", new PyStaticMethod(new PyBuiltin("__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType) || !((PyType) a[0]).isSubtype(t)) {
                throw Py.typeError(name + ".__new__(X): X is not a subtype of " + name);
            }
            return ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        })));
        if (d != null) {
            d.putStr(name, t);
        }
        return t;
    }

    static It self(PyObject[] a, PyType t, String m) {
        if (a.length == 0 || !(a[0] instanceof It) || !a[0].type().isSubtype(t)) {
            throw Py.typeError("descriptor '" + m + "' for '" + t.name + "' objects doesn't apply to a '"
                    + (a.length == 0 ? "NoneType" : a[0].type().name) + "' object");
        }
        return (It) a[0];
    }

    static void setstate(PyType t) {
        t.dict.putStr("__setstate__", new PyBuiltin("__setstate__", (ts, a, kw) -> {
            Args.check("__setstate__", a, kw, 2, 2);
            self(a, t, "__setstate__").setState(ts, a[1]);
            return Py.None;
        }, null, t.name));
    }

    static PyType funcType(PyDict d, String name, int kind, String doc) {
        PyType[] self = new PyType[1];
        self[0] = newType(d, name, doc, (ts, cls, a, kw) -> {
            PyObject[] p = noKw(cls, name, a, kw);
            Args.check(name, p, null, 2, 2);
            return new FuncIt(cls, kind, p[0], Ops.iter(ts, p[1]));
        });
        if (kind <= 1) {
            setstate(self[0]);
        }
        return self[0];
    }

    static PyObject[] comboPool(ThreadState ts, PyObject iterable) {
        return tupleOf(ts, iterable);
    }

    static int comboR(ThreadState ts, PyObject o) {
        PyInt i = Ops.toInt(ts, o);
        if (i.signum() < 0) {
            throw Py.valueError("r must be non-negative");
        }
        if (!i.isSmall() || i.v > Integer.MAX_VALUE - 8) {
            throw Py.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) i.v;
    }

    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        Types ty = new Types();
        d.putStr("__doc__", Py.str("Functional tools for creating and using iterators."));

        ty.count = newType(d, "count", "Return a count object whose .__next__() method returns consecutive values.",
                (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("count", a, kw, new String[] {"start", "step"}, 0);
                    PyObject start = p[0] == null ? Py.newInt(0) : p[0];
                    PyObject step = p[1] == null ? Py.newInt(1) : p[1];
                    if (!isNumber(start) || !isNumber(step)) {
                        throw Py.typeError("a number is required");
                    }
                    return new Count(cls, start, step);
                });

        ty.cycle = newType(d, "cycle", "Return elements from the iterable until it is exhausted. Then repeat the "
                + "sequence indefinitely.", (ts, cls, a, kw) -> {
                    PyObject[] p = noKw(cls, "cycle", a, kw);
                    Args.check("cycle", p, null, 1, 1);
                    return new Cycle(cls, Ops.iter(ts, p[0]));
                });
        setstate(ty.cycle);

        ty.repeat = newType(d, "repeat", "repeat(object [,times]) -> create an iterator which returns the object\n"
                + "for the specified number of times.  If not specified, returns the object\nendlessly.",
                (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("repeat", a, kw, new String[] {"object", "times"}, 1);
                    long n = -1;
                    if (p[1] != null) {
                        n = Math.max(0, asLong(ts, p[1]));
                    }
                    return new Repeat(cls, p[0], n);
                });
        ty.repeat.dict.putStr("__length_hint__", new PyBuiltin("__length_hint__", (ts, a, kw) -> {
            Repeat r = (Repeat) self(a, ty.repeat, "__length_hint__");
            if (r.cnt < 0) {
                throw Py.typeError("len() of unsized object");
            }
            return Py.newInt(r.cnt);
        }, null, "repeat"));

        ty.accumulate = newType(d, "accumulate", "Return series of accumulated sums (or other binary function "
                + "results).", (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("accumulate", a, kw, new String[] {"iterable", "func", "initial"}, 1);
                    if (Args.positional(a, kw) > 2) {
                        throw Py.typeError("accumulate() takes at most 2 positional arguments ("
                                + Args.positional(a, kw) + " given)");
                    }
                    PyObject f = p[1] == null || p[1] == Py.None ? null : p[1];
                    PyObject init = p[2] == null || p[2] == Py.None ? null : p[2];
                    return new Accumulate(cls, ty, Ops.iter(ts, p[0]), f, init);
                });
        setstate(ty.accumulate);

        ty.chain = newType(d, "chain", "Return a chain object whose .__next__() method returns elements from the\n"
                + "first iterable until it is exhausted, then elements from the next\niterable, until all of the "
                + "iterables are exhausted.", (ts, cls, a, kw) -> {
                    PyObject[] p = noKw(cls, "chain", a, kw);
                    return new Chain(cls, Ops.iter(ts, new PyTuple(p.clone())));
                });
        setstate(ty.chain);
        PyType.genericAlias(ty.chain);
        ty.chain.dict.putStr("from_iterable", new PyClassMethod(new PyBuiltin("from_iterable", (ts, a, kw) -> {
            Args.check("from_iterable", a, kw, 2, 2);
            return new Chain((PyType) a[0], Ops.iter(ts, a[1]));
        })));

        ty.compress = newType(d, "compress", "Return data elements corresponding to true selector elements.",
                (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("compress", a, kw, new String[] {"data", "selectors"}, 2);
                    return new Compress(cls, Ops.iter(ts, p[0]), Ops.iter(ts, p[1]));
                });

        ty.dropwhile = funcType(d, "dropwhile", 0, "Drop items from the iterable while predicate(item) is true.");
        ty.takewhile = funcType(d, "takewhile", 1, "Return successive entries from an iterable as long as the "
                + "predicate evaluates to true for each entry.");
        ty.filterfalse = funcType(d, "filterfalse", 2, "Return those items of iterable for which function(item) is "
                + "false.");
        ty.starmap = funcType(d, "starmap", 3, "Return an iterator whose values are returned from the function "
                + "evaluated with an argument tuple taken from the given sequence.");

        ty.grouper = newType(null, "_grouper", "", (ts, cls, a, kw) -> {
            Args.check("_grouper", a, kw, 2, 2);
            if (!(a[0] instanceof GroupBy)) {
                throw Py.typeError("_grouper() argument 1 must be itertools.groupby, not " + a[0].type().name);
            }
            return new Grouper(cls, (GroupBy) a[0], a[1]);
        });
        ty.groupby = newType(d, "groupby", "make an iterator that returns consecutive keys and groups from the "
                + "iterable", (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("groupby", a, kw, new String[] {"iterable", "key"}, 1);
                    return new GroupBy(cls, ty, Ops.iter(ts, p[0]), p[1] == Py.None ? null : p[1]);
                });
        setstate(ty.groupby);

        ty.islice = newType(d, "islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, "
                + "step]) --> islice object", (ts, cls, a, kw) -> makeISlice(ts, cls, noKw(cls, "islice", a, kw)));
        setstate(ty.islice);

        ty.pairwise = newType(d, "pairwise", "Return an iterator of overlapping pairs taken from the input iterator.",
                (ts, cls, a, kw) -> {
                    PyObject[] p = noKw(cls, "pairwise", a, kw);
                    Args.check("pairwise", p, null, 1, 1);
                    return new Pairwise(cls, Ops.iter(ts, p[0]));
                });

        ty.zipLongest = newType(d, "zip_longest", "Return a zip_longest object whose .__next__() method returns a "
                + "tuple where\nthe i-th element comes from the i-th iterable argument.", (ts, cls, a, kw) -> {
                    PyObject fill = Py.None;
                    if (kw != null) {
                        for (int i = 0; i < kw.length; i++) {
                            if (!kw[i].equals("fillvalue")) {
                                throw Py.typeError("zip_longest() got an unexpected keyword argument '" + kw[i] + "'");
                            }
                            fill = a[a.length - kw.length + i];
                        }
                    }
                    int n = Args.positional(a, kw);
                    PyObject[] its = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        its[i] = Ops.iter(ts, a[i]);
                    }
                    return new ZipLongest(cls, its, fill);
                });
        setstate(ty.zipLongest);

        ty.product = newType(d, "product", "Cartesian product of input iterables.  Equivalent to nested "
                + "for-loops.", (ts, cls, a, kw) -> {
                    long repeat = 1;
                    if (kw != null) {
                        for (int i = 0; i < kw.length; i++) {
                            if (!kw[i].equals("repeat")) {
                                throw Py.typeError("product() got an unexpected keyword argument '" + kw[i] + "'");
                            }
                            repeat = asLong(ts, a[a.length - kw.length + i]);
                        }
                    }
                    if (repeat < 0) {
                        throw Py.valueError("repeat argument cannot be negative");
                    }
                    int n = Args.positional(a, kw);
                    if (repeat != 0 && n > Integer.MAX_VALUE / 8 / repeat) {
                        throw Py.overflow("repeat argument too large");
                    }
                    PyObject[][] base = new PyObject[n][];
                    for (int i = 0; i < n; i++) {
                        base[i] = tupleOf(ts, a[i]);
                    }
                    PyObject[][] pools = new PyObject[(int) (n * repeat)][];
                    for (int i = 0; i < pools.length; i++) {
                        pools[i] = base[i % n];
                    }
                    return new Product(cls, pools);
                });
        setstate(ty.product);

        ty.combinations = newType(d, "combinations", "Return successive r-length combinations of elements in the "
                + "iterable.", (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("combinations", a, kw, new String[] {"iterable", "r"}, 2);
                    PyObject[] pool = comboPool(ts, p[0]);
                    return new Combinations(cls, false, pool, comboR(ts, p[1]));
                });
        setstate(ty.combinations);
        ty.cwr = newType(d, "combinations_with_replacement", "Return successive r-length combinations of elements "
                + "in the iterable allowing individual elements to have successive repeats.", (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("combinations_with_replacement", a, kw,
                            new String[] {"iterable", "r"}, 2);
                    PyObject[] pool = comboPool(ts, p[0]);
                    return new Combinations(cls, true, pool, comboR(ts, p[1]));
                });
        setstate(ty.cwr);
        ty.permutations = newType(d, "permutations", "Return successive r-length permutations of elements in the "
                + "iterable.", (ts, cls, a, kw) -> {
                    PyObject[] p = Args.parse("permutations", a, kw, new String[] {"iterable", "r"}, 1);
                    PyObject[] pool = comboPool(ts, p[0]);
                    int r = p[1] == null || p[1] == Py.None ? pool.length : comboR(ts, p[1]);
                    return new Permutations(cls, pool, r);
                });
        setstate(ty.permutations);

        ty.teeData = newType(null, "_tee_dataobject", "teedataobject(iterable, values, next, /)\n--\n\nData container "
                + "common to multiple tee objects.", (ts, cls, a, kw) -> {
                    Args.check("teedataobject", a, kw, 3, 3);
                    if (!(a[1] instanceof PyList)) {
                        throw Py.typeError("teedataobject() argument 2 must be list, not " + a[1].type().name);
                    }
                    TeeData td = new TeeData(cls, a[0]);
                    PyObject[] vs = ((PyList) a[1]).toArray();
                    if (vs.length > LINKCELLS) {
                        throw Py.valueError("too many values");
                    }
                    System.arraycopy(vs, 0, td.values, 0, vs.length);
                    td.numread = vs.length;
                    if (a[2] != Py.None) {
                        if (!(a[2] instanceof TeeData)) {
                            throw Py.valueError("_tee_dataobject next link must be a _tee_dataobject");
                        }
                        if (vs.length < LINKCELLS) {
                            throw Py.valueError("_tee_dataobject should have LINKCELLS values before its next link");
                        }
                        td.nextLink = (TeeData) a[2];
                    }
                    return td;
                });
        ty.tee = newType(null, "_tee", "Iterator wrapped to make it copyable.", (ts, cls, a, kw) -> {
            Args.check("_tee", a, kw, 1, 1);
            return teeFrom(ts, ty, a[0]);
        });
        setstate(ty.tee);
        ty.tee.dict.putStr("__copy__", new PyBuiltin("__copy__",
                (ts, a, kw) -> ((Tee) self(a, ty.tee, "__copy__")).copy(), null, "_tee"));
        d.putStr("_tee", ty.tee);
        d.putStr("_tee_dataobject", ty.teeData);
        d.putStr("_grouper", ty.grouper);

        d.putStr("tee", new PyBuiltin("tee", (ts, a, kw) -> {
            Args.check("tee", a, kw, 1, 2);
            long n = 2;
            if (a.length == 2) {
                if (!(a[1] instanceof PyInt) && a[1].type().lookup("__index__") == null) {
                    throw Py.typeError("'" + a[1].type().name + "' object cannot be interpreted as an integer");
                }
                n = asLong(ts, a[1]);
            }
            if (n < 0) {
                throw Py.valueError("n must be >= 0");
            }
            PyObject[] r = new PyObject[(int) n];
            if (n == 0) {
                return Py.EMPTY_TUPLE;
            }
            PyObject it = Ops.iter(ts, a[0]);
            PyObject copyable = Ops.getattrOrNull(ts, it, "__copy__") != null ? it
                    : new Tee(ty.tee, ty, new TeeData(ty.teeData, it), 0);
            r[0] = copyable;
            for (int i = 1; i < n; i++) {
                r[i] = Ops.callMethod(ts, copyable, "__copy__");
            }
            return new PyTuple(r);
        }, null, null));
        return new PyModule("itertools", d);
    }
}
