package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addMethod0;
import static org.stmj.python.objects.Methods.addMethod1;
import static org.stmj.python.objects.Methods.addMethodKw;

import org.stmj.python.vm.ThreadState;

/**
 * The type {@code collections.deque} ({@link PyDeque}) and its iterators, and the built-in module
 * {@code _stmj_deque} through which the interpreter's {@code _collections} exports them. The types are built-in
 * (not heap) types made once, like those of {@link Builtins}; deque subclasses as list does.
 */
public final class DequeMethods {
    private DequeMethods() {
    }

    public static final PyType TYPE = new PyType("deque", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        PyDeque d = new PyDeque(cls);
        if (!cls.heap) {
            // a built-in type gets no separate __init__ call (PyType.finishInit): the constructor is the init;
            // a heap subclass is initialised by its __init__ (deque's own through PyType.builtinInit)
            d.init(ts, a, kw);
        }
        return d;
    });
    static final PyType ITER = iterType("_deque_iterator", false);
    static final PyType RITER = iterType("_deque_reverse_iterator", true);

    static {
        install();
        Arity.declare(TYPE, "deque");
        PyType.genericAlias(TYPE);
        // CPython's tp_name, which its messages show ('collections.deque' object has no attribute 'x')
        TYPE.name = "collections.deque";
        TYPE.cName = true;
    }

    /** The module {@code _stmj_deque}: deque, _deque_iterator, _deque_reverse_iterator. */
    public static PyModule module() {
        PyDict d = new PyDict();
        d.putStr("deque", TYPE);
        d.putStr("_deque_iterator", ITER);
        d.putStr("_deque_reverse_iterator", RITER);
        return new PyModule("_stmj_deque", d);
    }

    static PyDeque self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyDeque)) {
            throw Py.typeError("descriptor requires a 'collections.deque' object but received a '"
                    + (a.length == 0 ? "NoneType" : a[0].type().name) + "'");
        }
        return (PyDeque) a[0];
    }

    /** d + other: a copy of d extended by other, which must be a deque. */
    static PyObject concat(ThreadState ts, PyDeque d, PyObject other) {
        if (!(other instanceof PyDeque)) {
            throw Py.typeError("can only concatenate deque (not \"" + other.type().name + "\") to deque");
        }
        PyObject r = d.copy(ts);
        ((PyDeque) r).extend(ts, other, false);
        return r;
    }

    /** d * n. */
    static PyObject repeat(ThreadState ts, PyDeque d, long n) {
        PyDeque r = (PyDeque) d.copy(ts);
        r.repeatInPlace(n);
        return r;
    }

    static long count(ThreadState ts, PyObject n) {
        PyInt i = Ops.toInt(ts, n);
        return i.isSmall() ? i.v : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private static void install() {
        PyType t = TYPE;
        t.dict.putStr("__module__", Py.str("collections"));
        t.dict.putStr("__doc__", Py.str("deque([iterable[, maxlen]]) --> deque object\n\n"
                + "A list-like sequence optimized for data accesses near its endpoints."));
        t.dict.putStr("__hash__", Py.None);
        PyStaticMethod[] newSm = new PyStaticMethod[1];
        newSm[0] = new PyStaticMethod(new PyBuiltin("__new__", (ts, a, kw) -> {
            Methods.checkNew(TYPE, "collections.deque", newSm[0], a); // tp_new_wrapper's checks, by tp_name
            return new PyDeque((PyType) a[0]);
        }));
        t.dict.putStr("__new__", newSm[0]);
        addMethodKw(t, "__init__", 0, 2, (ts, a, kw) -> {
            self(a).init(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return Py.None;
        });
        t.dict.putStr("maxlen", new PyProperty(new PyBuiltin("maxlen", (ts, a, kw) -> {
            int m = self(a).maxlen;
            return m < 0 ? Py.None : Py.newInt(m);
        }), null, null, Py.str("maximum size of a deque or None if unbounded")));
        // self's class is checked before a body runs (the methods' owner class is deque)
        addMethod1(t, "append", (ts, self, x) -> {
            ((PyDeque) self).append(x);
            return Py.None;
        });
        addMethod1(t, "appendleft", (ts, self, x) -> {
            ((PyDeque) self).appendLeft(x);
            return Py.None;
        });
        addMethod0(t, "pop", (ts, self) -> ((PyDeque) self).pop());
        addMethod0(t, "popleft", (ts, self) -> ((PyDeque) self).popLeft());
        addMethod(t, "extend", 1, 1, (ts, a, kw) -> {
            self(a).extend(ts, a[1], false);
            return Py.None;
        });
        addMethod(t, "extendleft", 1, 1, (ts, a, kw) -> {
            self(a).extend(ts, a[1], true);
            return Py.None;
        });
        addMethod(t, "clear", 0, 0, (ts, a, kw) -> {
            self(a).clear();
            return Py.None;
        });
        addMethod(t, "copy", 0, 0, (ts, a, kw) -> self(a).copy(ts));
        addMethod(t, "__copy__", 0, 0, (ts, a, kw) -> self(a).copy(ts));
        addMethod(t, "count", 1, 1, (ts, a, kw) -> Py.newInt(self(a).count(ts, a[1])));
        addMethod(t, "index", 1, 3, (ts, a, kw) -> {
            PyDeque d = self(a);
            int n = d.size;
            long start = a.length > 2 ? Ops.asIndexNotNone(ts, a[2]) : 0;
            long stop = a.length > 3 ? Ops.asIndexNotNone(ts, a[3]) : n;
            if (start < 0) {
                start = Math.max(0, start + n);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
            stop = Math.min(stop, n);
            start = Math.min(start, stop);
            int i = d.find(ts, a[1], (int) start, (int) stop, false);
            if (i < 0) {
                throw Py.valueError(Ops.repr(ts, a[1]) + " is not in deque");
            }
            return Py.newInt(i);
        });
        addMethod(t, "insert", 2, 2, (ts, a, kw) -> {
            long i = Ops.asSsize(ts, a[1]);
            self(a).insert(i, a[2]);
            return Py.None;
        });
        addMethod(t, "remove", 1, 1, (ts, a, kw) -> {
            PyDeque d = self(a);
            int i = d.find(ts, a[1], 0, d.size, true);
            if (i < 0) {
                throw Py.valueError(Ops.repr(ts, a[1]) + " is not in deque");
            }
            d.delAt(i);
            return Py.None;
        });
        addMethod(t, "reverse", 0, 0, (ts, a, kw) -> {
            self(a).reverse();
            return Py.None;
        });
        addMethod(t, "rotate", 0, 1, (ts, a, kw) -> {
            self(a).rotate(a.length > 1 ? count(ts, a[1]) : 1);
            return Py.None;
        });
        addMethod(t, "__len__", 0, 0, (ts, a, kw) -> Py.newInt(self(a).size));
        addMethod(t, "__bool__", 0, 0, (ts, a, kw) -> Py.bool(self(a).size != 0));
        addMethod(t, "__iter__", 0, 0, (ts, a, kw) -> new PyDeque.Iter(ITER, self(a), false));
        addMethod(t, "__reversed__", 0, 0, (ts, a, kw) -> new PyDeque.Iter(RITER, self(a), true));
        addMethod(t, "__contains__", 1, 1, (ts, a, kw) -> Py.bool(self(a).contains(ts, a[1])));
        // sq_item/sq_ass_item wrappers: the index through PyNumber_AsSsize_t ("'NoneType' object cannot be ...")
        addMethod(t, "__getitem__", 1, 1, (ts, a, kw) -> {
            Ops.asSsize(ts, a[1]);
            return self(a).getitem(ts, a[1]);
        });
        addMethod(t, "__setitem__", 2, 2, (ts, a, kw) -> {
            Ops.asSsize(ts, a[1]);
            self(a).setitem(ts, a[1], a[2]);
            return Py.None;
        });
        addMethod(t, "__delitem__", 1, 1, (ts, a, kw) -> {
            Ops.asSsize(ts, a[1]);
            self(a).delitem(ts, a[1]);
            return Py.None;
        });
        for (int op = 0; op < 6; op++) {
            int o = op;
            addMethod(t, Ops.CMP_DUNDER[op], 1, 1, (ts, a, kw) -> {
                PyObject r = self(a).richcmp(ts, a[1], o);
                return r == null ? Py.NotImplemented : r;
            });
        }
        addMethod(t, "__add__", 1, 1, (ts, a, kw) -> {
            if (!(a[1] instanceof PyDeque)) {
                throw Ops.binError(Ops.ADD, a[0], a[1]); // deque_concat's "can only concatenate deque (not ...)"
            }
            return concat(ts, self(a), a[1]);
        });
        addMethod(t, "__iadd__", 1, 1, (ts, a, kw) -> {
            self(a).extend(ts, a[1], false);
            return a[0];
        });
        addMethod(t, "__mul__", 1, 1, (ts, a, kw) -> repeat(ts, self(a), count(ts, a[1])));
        addMethod(t, "__rmul__", 1, 1, (ts, a, kw) -> repeat(ts, self(a), count(ts, a[1])));
        addMethod(t, "__imul__", 1, 1, (ts, a, kw) -> {
            self(a).repeatInPlace(count(ts, a[1]));
            return a[0];
        });
        addMethod(t, "__repr__", 0, 0, (ts, a, kw) -> Py.str(self(a).repr(ts)));
        addMethod(t, "__reduce__", 0, 0, (ts, a, kw) -> {
            PyDeque d = self(a);
            PyObject state = Ops.call(ts, Ops.getattr(ts, d, "__getstate__"));
            PyObject it = Ops.iter(ts, d);
            PyObject args = d.maxlen < 0 ? new PyTuple(Py.EMPTY)
                    : new PyTuple(new PyTuple(Py.EMPTY), Py.newInt(d.maxlen));
            return new PyTuple(d.type, args, state, it);
        });
        addMethod(t, "__sizeof__", 0, 0, (ts, a, kw) -> Py.newInt(64 + 8L * self(a).items.length));
    }

    private static PyType iterType(String name, boolean reverse) {
        PyType t = new PyType(name, Builtins.OBJECT, false, (ts, cls, a, kw) -> {
            PyObject[] p = Args.parse(name, a, kw, new String[] {"deque", "index"}, 1);
            if (!(p[0] instanceof PyDeque)) {
                throw Py.typeError(name + "() argument 1 must be collections.deque, not " + p[0].type().name);
            }
            PyDeque.Iter it = new PyDeque.Iter(cls, (PyDeque) p[0], reverse);
            long n = p[1] == null ? 0 : Ops.asIndex(ts, p[1]);
            for (long i = 0; i < n && it.next(ts) != null; i++) {
                // advanced to the position the iterator was pickled at
            }
            return it;
        });
        t.dict.putStr("__module__", Py.str("_collections"));
        addMethod(t, "__iter__", 0, 0, (ts, a, kw) -> a[0]);
        addMethod(t, "__next__", 0, 0, (ts, a, kw) -> {
            PyObject r = it(a).next(ts);
            if (r == null) {
                throw Py.stopIteration(null);
            }
            return r;
        });
        addMethod(t, "__length_hint__", 0, 0, (ts, a, kw) -> Py.newInt(it(a).counter));
        addMethod(t, "__reduce__", 0, 0, (ts, a, kw) -> {
            PyDeque.Iter it = it(a);
            return new PyTuple(it.type, new PyTuple(it.deque, Py.newInt(it.deque.size - it.counter)));
        });
        return t;
    }

    static PyDeque.Iter it(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PyDeque.Iter)) {
            throw Py.typeError("descriptor requires a deque iterator");
        }
        return (PyDeque.Iter) a[0];
    }
}
