package org.stmj.python.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.ThreadState;

/**
 * The built-in types (created once, immutable after start-up) and the builtins module's functions. Instances of
 * the interpreter share these types; each run gets its own builtins dictionary from {@link #newBuiltinsDict}.
 */
public final class Builtins {
    private Builtins() {
    }

    public static final PyType OBJECT = new PyType("object", null, false, (ts, cls, a, kw) -> {
        if (cls == Builtins.OBJECT && (a.length > 0)) {
            throw Py.typeError("object() takes no arguments");
        }
        return new PyInstance(cls);
    });
    public static final PyType TYPE = new PyType("type", OBJECT, false, Builtins::newType);
    public static final PyType INT = new PyType("int", OBJECT, false,
            (ts, cls, a, kw) -> PySubclassValue.wrap(cls, newInt(ts, cls, a, kw)), Builtins::int1);
    public static final PyType BOOL = new PyType("bool", INT, false, (ts, cls, a, kw) -> {
        Args.check("bool", a, kw, 0, 1);
        return Py.bool(a.length == 1 && Ops.truth(ts, a[0]));
    }, (ts, x) -> Py.bool(Ops.truth(ts, x)));
    public static final PyType FLOAT = new PyType("float", OBJECT, false,
            (ts, cls, a, kw) -> PySubclassValue.wrap(cls, newFloat(ts, cls, a, kw)), Builtins::float1);
    public static final PyType COMPLEX = new PyType("complex", OBJECT, false,
            (ts, cls, a, kw) -> PySubclassValue.wrap(cls, ComplexMethods.construct(ts, a, kw)));
    public static final PyType STR = new PyType("str", OBJECT, false,
            (ts, cls, a, kw) -> PySubclassValue.wrap(cls, newStr(ts, cls, a, kw)), (ts, x) -> Py.str(Ops.str(ts, x)));
    public static final PyType BYTES = new PyType("bytes", OBJECT, false,
            (ts, cls, a, kw) -> PySubclassValue.wrap(cls, new PyBytes(bytesArgs(ts, "bytes", a, kw), false)));
    /** bytearray.__new__ makes an empty array for a subclass; its __init__ (or the built-in one) fills it. */
    public static final PyType BYTEARRAY = new PyType("bytearray", OBJECT, false, (ts, cls, a, kw) -> cls == null
            || !cls.heap ? new PyBytes(bytesArgs(ts, "bytearray", a, kw), true)
            : new PySubclassValue.BytesSub(cls, new byte[0], true));
    public static final PyType LIST = new PyType("list", OBJECT, false, (ts, cls, a, kw) -> {
        PyList l = new PyList();
        l.type = cls;
        if (cls == Builtins.LIST) {
            l.initFrom(ts, a, kw);
        }
        return l;
    });
    public static final PyType TUPLE = new PyType("tuple", OBJECT, false, (ts, cls, a, kw) -> {
        if (cls != Builtins.TUPLE && kw != null && kw.length > 0
                && cls.lookup("__init__") != Builtins.TUPLE.lookup("__init__")) {
            a = java.util.Arrays.copyOf(a, a.length - kw.length);
            kw = null;
        }
        Args.check("tuple", a, kw, 0, 1);
        if (cls == Builtins.TUPLE && a.length == 1 && a[0] instanceof PyTuple && a[0].type() == Builtins.TUPLE) {
            return a[0]; // tuple(t) is t for an exact tuple, as in CPython
        }
        PyTuple t = new PyTuple(a.length == 0 ? Py.EMPTY : Ops.toArray(ts, a[0]).clone());
        t.type = cls;
        return t;
    }, (ts, x) -> x instanceof PyTuple && x.type() == Builtins.TUPLE ? x : typeCall1(ts, Builtins.TUPLE, x));
    public static final PyType DICT = new PyType("dict", OBJECT, false, (ts, cls, a, kw) -> {
        PyDict d = new PyDict();
        d.type = cls;
        if (cls == Builtins.DICT) {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos > 1) {
                throw Py.typeError("dict expected at most 1 argument, got " + npos);
            }
            d.update(ts, a, kw);
        }
        return d;
    });
    public static final PyType SET = new PyType("set", OBJECT, false, (ts, cls, a, kw) -> {
        PySet s = new PySet(false);
        s.type = cls;
        if (cls == Builtins.SET) {
            if (kw != null) {
                throw Py.typeError("set() takes no keyword arguments");
            }
            s.initFrom(ts, a);
        }
        return s;
    });
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT, false, (ts, cls, a, kw) -> {
        if (kw != null) {
            // a subclass with an __init__ of its own may take keywords; frozenset itself takes none
            if (cls == Builtins.FROZENSET || cls.lookup("__init__") == Builtins.OBJECT.dict.getStr("__init__")) {
                throw Py.typeError("frozenset() takes no keyword arguments");
            }
            a = java.util.Arrays.copyOf(a, Args.positional(a, kw));
        }
        if (cls == Builtins.FROZENSET && a.length == 1 && a[0].type() == Builtins.FROZENSET) {
            return a[0]; // immutable: frozenset(fs) is fs
        }
        if (a.length > 1) {
            throw Py.typeError("frozenset expected at most 1 argument, got " + a.length);
        }
        PySet s = new PySet(true);
        s.type = cls;
        s.initFrom(ts, a);
        return s;
    });
    public static final PyType RANGE = new PyType("range", OBJECT, false, (ts, cls, a, kw) -> {
        Args.check("range", a, kw, 1, 3);
        boolean big = false;
        for (PyObject x : a) {
            if (!Ops.toInt(ts, x).isSmall()) {
                big = true;
            }
        }
        if (big) {
            java.math.BigInteger st = a.length == 1 ? java.math.BigInteger.ZERO : Ops.toInt(ts, a[0]).toBig();
            java.math.BigInteger sp = Ops.toInt(ts, a[a.length == 1 ? 0 : 1]).toBig();
            java.math.BigInteger sc = a.length > 2 ? Ops.toInt(ts, a[2]).toBig() : java.math.BigInteger.ONE;
            return PyBigRange.make(st, sp, sc);
        }
        if (a.length == 1) {
            return PyRange.make(0, Ops.toInt(ts, a[0]).v, 1);
        }
        return PyRange.make(Ops.toInt(ts, a[0]).v, Ops.toInt(ts, a[1]).v, a.length > 2 ? Ops.toInt(ts, a[2]).v : 1);
    }, (ts, x) -> x.getClass() == PyInt.class && ((PyInt) x).isSmall() ? PyRange.make(0, ((PyInt) x).v, 1)
            : typeCall1(ts, Builtins.RANGE, x));
    public static final PyType SLICE = new PyType("slice", OBJECT, false, (ts, cls, a, kw) -> {
        Args.check("slice", a, kw, 1, 3);
        if (a.length == 1) {
            return new PySlice(Py.None, a[0], Py.None);
        }
        return new PySlice(a[0], a[1], a.length > 2 ? a[2] : Py.None);
    });
    public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT, false, null);
    public static final PyType FUNCTION = new PyType("function", OBJECT, false, null);
    public static final PyType METHOD = new PyType("method", OBJECT, false, null);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT, false, null);
    public static final PyType GENERATOR = new PyType("generator", OBJECT, false, null);
    public static final PyType MODULE = new PyType("module", OBJECT, false, (ts, cls, a, kw) ->
            a.length == 0 ? PyModule.uninitialized() : new PyModule(Ops.str(ts, a[0]), new PyDict()));
    public static final PyType CELL = new PyType("cell", OBJECT, false, null);
    public static final PyType CODE = new PyType("code", OBJECT, false, null);
    public static final PyType ITERATOR = new PyType("iterator", OBJECT, false, null);
    public static final PyType LIST_ITER = new PyType("list_iterator", OBJECT, false, null);
    public static final PyType TUPLE_ITER = new PyType("tuple_iterator", OBJECT, false, null);
    public static final PyType STR_ITER = new PyType("str_ascii_iterator", OBJECT, false, null);
    public static final PyType RANGE_ITER = new PyType("range_iterator", OBJECT, false, null);
    public static final PyType SET_ITER = new PyType("set_iterator", OBJECT, false, null);
    public static final PyType[] DICT_ITER = {new PyType("dict_keyiterator", OBJECT, false, null),
        new PyType("dict_valueiterator", OBJECT, false, null), new PyType("dict_itemiterator", OBJECT, false, null)};
    public static final PyType CALLABLE_ITER = new PyType("callable_iterator", OBJECT, false, null);
    public static final PyType BYTES_ITER = new PyType("bytes_iterator", OBJECT, false, null);
    public static final PyType BYTEARRAY_ITER = new PyType("bytearray_iterator", OBJECT, false, null);
    public static final PyType LONGRANGE_ITER = new PyType("longrange_iterator", OBJECT, false, null);
    public static final PyType MEMORY_ITER = new PyType("memory_iterator", OBJECT, false, null);
    public static final PyType LIST_REVITER = new PyType("list_reverseiterator", OBJECT, false, null);
    public static final PyType[] DICT_REVITER = {new PyType("dict_reversekeyiterator", OBJECT, false, null),
        new PyType("dict_reversevalueiterator", OBJECT, false, null),
        new PyType("dict_reverseitemiterator", OBJECT, false, null)};
    public static final PyType[] DICT_VIEW = {new PyType("dict_keys", OBJECT, false, null),
        new PyType("dict_values", OBJECT, false, null), new PyType("dict_items", OBJECT, false, null)};
    public static final PyType PROPERTY = new PyType("property", OBJECT, false, (ts, cls, a, kw) -> {
        PyObject[] p = Args.parse("property", a, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0);
        for (int i = 0; i < 4; i++) {
            if (p[i] == null) {
                p[i] = Py.None;
            }
        }
        PyProperty r = new PyProperty(p[0], p[1], p[2], p[3]);
        r.subtype = cls == Builtins.PROPERTY ? null : cls;
        return r;
    });
    public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT, false, (ts, cls, a, kw) -> {
        Args.checkPositional("classmethod", a, kw, 1, 1);
        PyClassMethod r = new PyClassMethod(a[0]);
        r.subtype = cls == Builtins.CLASSMETHOD ? null : cls;
        copyWrappedAttrs(ts, r.attrs(), a[0]);
        return r;
    });
    public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT, false, (ts, cls, a, kw) -> {
        Args.checkPositional("staticmethod", a, kw, 1, 1);
        PyStaticMethod r = new PyStaticMethod(a[0]);
        r.subtype = cls == Builtins.STATICMETHOD ? null : cls;
        copyWrappedAttrs(ts, r.attrs(), a[0]);
        return r;
    });

    /**
     * classmethod(f)/staticmethod(f) take f's __module__, __name__, __qualname__, __doc__ and __annotations__
     * into their own __dict__ (CPython 3.10's functools_wraps), those f has.
     */
    static void copyWrappedAttrs(ThreadState ts, PyDict d, PyObject f) {
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Ops.getattrOrNull(ts, f, n);
            if (v != null) {
                d.putStr(n, v);
            }
        }
    }
    public static final PyType SUPER = new PyType("super", OBJECT, false, (ts, cls, a, kw) -> PySuper.ofClass(cls,
            Interp.makeSuper(ts, a)));
    public static final PyType ENUMERATE = new PyType("enumerate", OBJECT, false, (ts, cls, a, kw) -> {
        if (a.length == 0) {
            throw Py.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject[] p = Args.parse("enumerate", a, kw, new String[] {"iterable", "start"}, 1);
        // CPython takes start through __index__ ("'str' object cannot be interpreted as an integer"), then iter()
        PyObject[] n = {p[1] == null ? Py.newInt(0) : Ops.toInt(ts, p[1])};
        PyObject it = Ops.iter(ts, p[0]);
        return PyIterBase.of(cls, t -> {
            PyObject x = Ops.next(t, it);
            if (x == null) {
                return null;
            }
            PyObject i = n[0];
            n[0] = Ops.binary(t, Ops.ADD, i, Py.newInt(1));
            return new PyTuple(i, x);
        }, t -> new PyTuple(cls, new PyTuple(it, n[0])));
    });
    public static final PyType ZIP = new PyType("zip", OBJECT, false, (ts, cls, a, kw) -> {
        boolean strict = false;
        if (kw != null) {
            // CPython parses them with "|$p:zip": the count first, then the name
            if (kw.length > 1) {
                throw Py.typeError("zip() takes at most 1 keyword argument (" + kw.length + " given)");
            } else if (kw.length == 1 && kw[0].equals("strict")) {
                strict = Ops.truth(ts, a[a.length - 1]);
            } else if (kw.length == 1) {
                throw Py.typeError("'" + kw[0] + "' is an invalid keyword argument for zip()");
            }
        }
        int n = Args.positional(a, kw);
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Ops.iter(ts, a[i]);
        }
        boolean fstrict = strict;
        return PyIterBase.of(cls, t -> {
            if (n == 0) {
                return null;
            }
            PyObject[] r = new PyObject[n];
            for (int i = 0; i < n; i++) {
                r[i] = Ops.next(t, its[i]);
                if (r[i] == null) {
                    if (fstrict) {
                        zipStrictCheck(t, its, i);
                    }
                    return null;
                }
            }
            return new PyTuple(r);
        }, t -> new PyTuple(cls, new PyTuple(its.clone())));
    });
    /**
     * zip(strict=True) when iterator i ran out (CPython's zip_next): a later-numbered one that ran out first is
     * "argument 3 is shorter than arguments 1-2"; when the first did, any other with an item left is longer.
     */
    private static void zipStrictCheck(ThreadState t, PyObject[] its, int i) {
        if (i > 0) {
            throw Py.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " " : "s 1-")
                    + i);
        }
        for (int j = 1; j < its.length; j++) {
            if (Ops.next(t, its[j]) != null) {
                throw Py.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " " : "s 1-")
                        + j);
            }
        }
    }

    public static final PyType MAP = new PyType("map", OBJECT, false, (ts, cls, a0, kw) -> {
        PyObject[] a = subclassArgs(cls, "map", a0, kw);
        if (a.length < 2) {
            throw Py.typeError("map() must have at least two arguments.");
        }
        PyObject f = a[0];
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(ts, a[i + 1]);
        }
        return PyIterBase.of(cls, t -> {
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                r[i] = Ops.next(t, its[i]);
                if (r[i] == null) {
                    return null;
                }
            }
            return Ops.call(t, f, r, null);
        }, t -> new PyTuple(cls, new PyTuple(Py.prepend(f, its))));
    });
    public static final PyType FILTER = new PyType("filter", OBJECT, false, (ts, cls, a0, kw) -> {
        PyObject[] a = subclassArgs(cls, "filter", a0, kw);
        Args.check("filter", a, null, 2, 2);
        PyObject f = a[0];
        PyObject it = Ops.iter(ts, a[1]);
        return PyIterBase.of(cls, t -> {
            for (PyObject x; (x = Ops.next(t, it)) != null; ) {
                if (f == Py.None ? Ops.truth(t, x) : Ops.truth(t, Ops.call(t, f, x))) {
                    return x;
                }
            }
            return null;
        }, t -> new PyTuple(cls, new PyTuple(f, it)));
    });
    public static final PyType REVERSED = new PyType("reversed", OBJECT, false, (ts, cls, a, kw) -> {
        Args.checkPositional("reversed", a, kw, 1, 1);
        PyObject s = a[0];
        if (s.type().heap && s.type().slots[PyType.S_REVERSED] != null) {
            return Ops.callMethod(ts, s, "__reversed__");
        }
        return reversedOf(ts, s);
    });

    /** reversed(s) by the built-in reverse iterators (list.__reversed__, dict.__reversed__, a sequence's). */
    static PyObject reversedOf(ThreadState ts, PyObject s) {
        if (PyBigRange.isRange(s)) {
            return RangeMethods.reversed(s);
        }
        if (s instanceof PyDeque) {
            return new PyDeque.Iter(DequeMethods.RITER, (PyDeque) s, true);
        }
        if (s instanceof PyMappingProxy) {
            return Ops.call(ts, Builtins.REVERSED, ((PyMappingProxy) s).mapping);
        }
        if (s instanceof PyDict || s instanceof PyDictView) {
            // CPython's dict_reversekeyiterator (valueiterator, itemiterator) after the dict or view's kind
            return new PyReversed(new PyList(Ops.toArray(ts, s)), ts,
                    DICT_REVITER[s instanceof PyDictView ? ((PyDictView) s).kind : 0]);
        }
        if (s instanceof PySet || s instanceof PyGenerator || s instanceof PyIterBase || s instanceof PyInt
                || s instanceof PyFloat || s instanceof PyComplex || s == Py.None || s.type() == OBJECT
                || s.type().heap && s.type().lookup("__getitem__") == null) {
            // CPython's PySequence_Check: no __getitem__ (sq_item), no reversed()
            throw Py.typeError("'" + s.type().name + "' object is not reversible");
        }
        return new PyReversed(s, ts);
    }

    /**
     * The positional arguments of a built-in constructor that takes none by keyword: keywords are refused for the
     * type itself and for subclasses without their own {@code __init__} (which then receives them), as CPython's.
     */
    /**
     * The contents of {@code bytes(source=b'', encoding=..., errors=...)} and of bytearray's: a str with its
     * encoding, an object's {@code __bytes__} (bytes only), a buffer, a size or an iterable of ints.
     */
    /**
     * Three-argument pow through the base's class's own {@code __pow__(exp, mod)} (CPython's ternary_op reaches
     * slot_nb_power, which never calls {@code __rpow__} with a modulus); null when the class has none in Python
     * or it returns NotImplemented.
     */
    static PyObject pow3User(ThreadState ts, PyObject b, PyObject e, PyObject m) {
        PyType bt = b.type();
        PyObject f = bt.heap ? bt.lookup("__pow__") : null;
        if (f != null && !(f instanceof PyBuiltin)) {
            PyObject r = Ops.call(ts, Ops.bindDescr(ts, f, b, bt), e, m);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        return null;
    }

    static byte[] bytesArgs(ThreadState ts, String name, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse(name, a, kw, new String[] {"source", "encoding", "errors"}, 0);
        PyObject src = p[0];
        for (int i = 1; i <= 2; i++) {
            if (p[i] != null) {
                Args.clinicStr(p[i], name, i == 1 ? "'encoding'" : "'errors'"); // clinic converts these first
            }
        }
        if (src == null) {
            if (p[1] != null || p[2] != null) {
                throw Py.typeError((p[1] != null ? "encoding" : "errors") + " without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyStr) {
            if (p[1] == null) {
                throw Py.typeError("string argument without an encoding");
            }
            return Codecs.encode(ts, ((PyStr) src).value(), Ops.str(ts, p[1]), p[2] == null ? "strict"
                    : Ops.str(ts, p[2])).bytes();
        }
        if (p[1] != null || p[2] != null) {
            throw Py.typeError((p[1] != null ? "encoding" : "errors") + " without a string argument");
        }
        if (name.equals("bytes") && !(src instanceof PyBytes)) {
            PyObject bm = src.type().lookup("__bytes__");
            if (bm != null) {
                PyObject r = Ops.call(ts, Ops.bindDescr(ts, bm, src, src.type()));
                if (!(r instanceof PyBytes) || ((PyBytes) r).mutable) {
                    throw Py.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
                }
                return ((PyBytes) r).bytes();
            }
        }
        return PyBytes.fromObject(ts, src, name);
    }

    static PyObject[] subclassArgs(PyType cls, String name, PyObject[] a, String[] kw) {
        if (kw == null || kw.length == 0) {
            return a;
        }
        if (!cls.heap || cls.lookup("__init__") == OBJECT.lookup("__init__")) {
            throw Py.typeError(name + "() takes no keyword arguments");
        }
        return java.util.Arrays.copyOf(a, a.length - kw.length);
    }

    static {
        OBJECT.noDict = true;
        Methods.install();
        ObjectModelExtras.install();
        // the immutable built-ins whose __new__ CPython lists in their dict (tp_new_wrapper's checks name the type)
        for (PyType t : new PyType[] {FROZENSET, RANGE, SLICE}) {
            if (t.dict.getStr("__new__") == null) {
                Methods.addStaticMethod(t, "__new__", (ts, a, kw) -> Finalizers.track(ts, t.ctor.make(ts, (PyType) a[0],
                        java.util.Arrays.copyOfRange(a, 1, a.length), kw)));
            }
        }
        // CPython's arities and messages for the built-ins declared without their own (BUILTIN_TYPES is not set yet)
        for (PyType t : new PyType[] {OBJECT, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, LIST, TUPLE, DICT, SET,
            FROZENSET, RANGE, SLICE, ENUMERATE, BUILTIN_FUNCTION, GENERATOR, LIST_ITER, DICT_VIEW[0], DICT_VIEW[2]}) {
            Arity.declare(t, t.name);
        }
        // the generic ones among the types defined here (CPython's __class_getitem__ = Py_GenericAlias)
        for (PyType t : new PyType[] {LIST, TUPLE, DICT, SET, FROZENSET, ENUMERATE}) {
            PyType.genericAlias(t);
        }
    }

    // ---------------------------------------------------------------- constructors

    /**
     * {@code t(x)} of a built-in type t by the general path ({@link PyType#callType}): the fixed-arity bodies'
     * ({@link PyType#call1}) answer for the arguments their own fast cases do not take.
     */
    static PyObject typeCall1(ThreadState ts, PyType t, PyObject x) {
        return t.callType(ts, new PyObject[] {x}, null);
    }

    /**
     * {@code int(x)} without an argument array ({@link PyType#call1}): an exact float in the long range is truncated
     * toward zero and an exact int is itself, as {@link #newInt}'s own first cases; everything else by the general
     * path. Public for {@code BuiltinCalls.callType1}, which calls it directly (a static call C2 inlines).
     */
    public static PyObject int1(ThreadState ts, PyObject x) {
        PyObject r = intOfExact(x);
        return r != null ? r : typeCall1(ts, INT, x);
    }

    /**
     * {@code int(x)}'s fast cases: an exact float in the long range truncated toward zero, an exact int itself;
     * null for anything else (the general path decides).
     */
    private static PyObject intOfExact(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            double d = ((PyFloat) x).v;
            if (d > -9.2e18 && d < 9.2e18) {
                return Py.newInt((long) d);
            }
        } else if (x.getClass() == PyInt.class) {
            return x;
        }
        return null;
    }

    /**
     * {@code float(x)} without an argument array ({@link PyType#call1}): an exact float is itself, an exact int
     * its value as a double, as in {@link #newFloat}; everything else by the general path. Public for
     * {@code BuiltinCalls.callType1} (see {@link #int1}).
     */
    public static PyObject float1(ThreadState ts, PyObject x) {
        if (x.getClass() == PyFloat.class) {
            return x;
        }
        if (x.getClass() == PyInt.class) {
            return Py.newFloat(((PyInt) x).toDouble());
        }
        return typeCall1(ts, FLOAT, x);
    }

    static PyObject newInt(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        if (kw == null && a.length == 1) {
            PyObject r = intOfExact(a[0]);
            if (r != null) {
                return r;
            }
        }
        if (kw != null) {
            for (String k : kw) {
                if (k.equals("x")) {
                    // x is positional-only (CPython 3.7+)
                    throw Py.typeError("'x' is an invalid keyword argument for int()");
                }
            }
        }
        PyObject[] p = Args.parse("int", a, kw, new String[] {"x", "base"}, 0);
        if (p[0] == null) {
            if (p[1] != null) {
                throw Py.typeError("int() missing string argument");
            }
            return Py.newInt(0);
        }
        PyObject x = p[0];
        if (p[1] != null) {
            PyInt bi = Ops.toInt(ts, p[1]); // long_new_impl: the base through __index__ first
            if (!(x instanceof PyStr) && !(x instanceof PyBytes)) {
                throw Py.typeError("int() can't convert non-string with explicit base");
            }
            long base = bi.isSmall() ? bi.v : -1;
            if (base != 0 && (base < 2 || base > 36)) {
                throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyBytes) {
                return parseBytesInt(((PyBytes) x).bytes(), (int) base);
            }
            return parseInt(((PyStr) x).value(), (int) base);
        }
        PyType xt = x.type();
        if (xt.heap && xt.slots[PyType.S_INT] != null) {
            // a subclass's own __int__ comes first (also for int subclasses); its result must be an int
            PyObject r = Ops.callMethod(ts, x, "__int__");
            if (!(r instanceof PyInt)) {
                throw Py.typeError("__int__ returned non-int (type " + r.type().name + ")");
            }
            if (r.type() != INT) {
                warn(ts, Exc.DeprecationWarning, "__int__ returned non-int (type " + r.type().name + ").  The ability "
                        + "to return an instance of a strict subclass of int is deprecated, and may be removed in a "
                        + "future version of Python.");
                return Py.newInt(((PyInt) r).toBig());
            }
            return r;
        }
        if (x instanceof PyMemoryView) {
            return parseInt(new String(PyBytes.fromObject(ts, x), java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        if (x instanceof PyInt) {
            return x.getClass() != PyInt.class ? Py.newInt(((PyInt) x).toBig()) : x;
        }
        if (x instanceof PyFloat) {
            double d = ((PyFloat) x).v;
            if (Double.isNaN(d)) {
                throw Py.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Py.overflow("cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9e18) {
                return Py.newInt((long) d);
            }
            return Py.newInt(new BigDecimal(d).toBigInteger());
        }
        if (x instanceof PyStr) {
            return parseInt(((PyStr) x).value(), 10);
        }
        if (x instanceof PyBytes) {
            return parseBytesInt(((PyBytes) x).bytes(), 10);
        }
        PyType t = x.type();
        if (t.heap) {
            if (t.slots[PyType.S_INT] != null) {
                return Ops.callMethod(ts, x, "__int__");
            }
            if (t.slots[PyType.S_INDEX] != null) {
                return Ops.callMethod(ts, x, "__index__");
            }
            if (t.lookup("__trunc__") != null) {
                warn(ts, Exc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
                PyObject r = Ops.callMethod(ts, x, "__trunc__");
                if (r instanceof PyInt) {
                    return r.type() == INT ? r : Py.newInt(((PyInt) r).toBig());
                }
                // CPython: a non-int result of __trunc__ is converted with its __index__
                if (r.type().lookup("__index__") == null) {
                    throw Py.typeError("__trunc__ returned non-Integral (type " + r.type().name + ")");
                }
                return Ops.callMethod(ts, r, "__index__");
            }
        }
        throw Py.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name
                + "'");
    }

    /** int(b, base) of bytes: as of their Latin-1 text, the error naming the bytes object as CPython's. */
    static PyInt parseBytesInt(byte[] b, int base) {
        try {
            if (!isAscii(b)) {
                throw Py.valueError("invalid literal"); // a non-ASCII byte is never space or digit
            }
            return parseInt(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), base);
        } catch (PyException e) {
            PyObject[] args = e.exc.args.items;
            if (e.exc.isInstance(Exc.ValueError) && args.length > 0 && args[0] instanceof PyStr
                    && ((PyStr) args[0]).value().startsWith("invalid literal")) {
                throw Py.valueError("invalid literal for int() with base " + base + ": "
                        + new PyBytes(b, false).repr(null));
            }
            throw e;
        }
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /** warnings.warn(msg, category) from Java (stack level 1: the Python code that called). */
    static void warn(ThreadState ts, PyType category, String msg) {
        PyObject w = ts.interp.importName(ts, "warnings", null, 0, null);
        Ops.call(ts, Ops.getattr(ts, w, "warn"), new PyObject[] {Py.str(msg), category}, null);
    }

    public static PyInt parseInt(String s0, int base) {
        final int base0 = base;
        String body = StrMethods.numberStrip(s0);
        boolean neg = false;
        if (body.startsWith("-") || body.startsWith("+")) {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char c = Character.toLowerCase(body.charAt(1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                // the base prefix, and one underscore may follow it (0x_ff)
                base = pb;
                body = body.substring(body.length() > 2 && body.charAt(2) == '_' ? 3 : 2);
            }
        }
        // underscores only between digits
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw Py.valueError("invalid literal for int() with base " + base0 + ": " + PyStr.repr(s0));
        }
        body = body.replace("_", "");
        if (base == 0) {
            // base 0 reads the literal as Python source: no leading zeros on a non-zero decimal
            if (body.length() > 1 && body.charAt(0) == '0' && !body.chars().allMatch(c -> c == '0')) {
                throw Py.valueError("invalid literal for int() with base 0: " + PyStr.repr(s0));
            }
            base = 10;
        }
        try {
            StringBuilder ascii = new StringBuilder(body.length());
            for (int i = 0; i < body.length(); i++) {
                int dv = Character.digit(body.charAt(i), base);
                if (dv < 0) {
                    throw new NumberFormatException();
                }
                ascii.append(Character.forDigit(dv, base));
            }
            body = ascii.toString();
            if ((base & (base - 1)) != 0 && body.length() > PyInt.STR_DIGITS_CHECK_THRESHOLD) {
                PyInt.checkParseDigits(null, body.length());
            }
            BigInteger b = new BigInteger(body, base);
            return Py.newInt(neg ? b.negate() : b);
        } catch (NumberFormatException | ArithmeticException e) {
            throw Py.valueError("invalid literal for int() with base " + base0 + ": " + PyStr.repr(s0));
        }
    }

    static PyObject newFloat(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        if (cls != FLOAT && kw != null && kw.length > 0 && cls.lookup("__init__") != FLOAT.lookup("__init__")) {
            a = java.util.Arrays.copyOf(a, a.length - kw.length);
            kw = null;
        }
        Args.check("float", a, kw, 0, 1);
        if (a.length == 0) {
            return Py.newFloat(0);
        }
        PyObject x = a[0];
        PyType xt = x.type();
        if (xt.heap && xt.slots[PyType.S_FLOAT] != null) {
            PyObject r = Ops.callMethod(ts, x, "__float__");
            if (!(r instanceof PyFloat)) {
                throw Py.typeError(xt.name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            return Py.newFloat(((PyFloat) r).v);
        }
        if (x instanceof PyFloat) {
            return x.getClass() == PyFloat.class ? x : Py.newFloat(((PyFloat) x).v);
        }
        if (x instanceof PyInt) {
            return Py.newFloat(((PyInt) x).toDouble());
        }
        if (x instanceof PyStr) {
            return Py.newFloat(parseFloat(((PyStr) x).value()));
        }
        if (x instanceof PyBytes) {
            return Py.newFloat(parseFloat(ts, ((PyBytes) x).bytes(), x));
        }
        if ((xt.name.equals("memoryview") || xt.shortName().equals("array")) && xt.lookup("__float__") == null) {
            PyObject b = Ops.call(ts, BYTES, x);
            return Py.newFloat(parseFloat(ts, ((PyBytes) b).bytes(), x));
        }
        if (!(xt.heap && (xt.slots[PyType.S_INDEX] != null)) && xt.lookup("__float__") == null
                && xt.lookup("__index__") == null) {
            throw Py.typeError("float() argument must be a string or a real number, not '" + xt.name + "'");
        }
        return Py.newFloat(Ops.toDouble(ts, x));
    }

    /** float(bytes): the bytes as ASCII text; the error message shows the bytes object. */
    static double parseFloat(ThreadState ts, byte[] b, PyObject shown) {
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            if (!isAscii(b)) {
                throw Py.valueError(""); // bytes are parsed as they are: a non-ASCII byte is never space or digit
            }
            return parseFloat(s);
        } catch (PyException e) {
            throw Py.valueError("could not convert string to float: " + Ops.repr(ts, shown));
        }
    }

    public static double parseFloat(String s0) {
        String s = StrMethods.numberStrip(s0); // non-ASCII whitespace (NBSP, NEL, U+2003) too, not '\x1c
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                StringBuilder sb = new StringBuilder(s.length());
                s.codePoints().forEach(cp -> sb.append(cp > 127 && Character.isDigit(cp)
                        ? (char) ('0' + Character.digit(cp, 10)) : (char) cp));
                s = sb.toString();
                break;
            }
        }
        if (s.indexOf('_') >= 0) {
            if (!s.matches("[+-]?[0-9.eE_]*") || s.matches("(?s).*(^|[^0-9])_.*") || s.matches("(?s).*_([^0-9]|$).*")) {
                throw Py.valueError("could not convert string to float: " + PyStr.repr(s0));
            }
            s = s.replace("_", "");
        }
        if (isDecimalLiteral(s)) {
            // digits, point and exponent only: no special name to compare
            return Double.parseDouble(s);
        }
        String l = s.toLowerCase();
        switch (l) {
            case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan": case "+nan": return Double.NaN;
            case "-nan": return Double.longBitsToDouble(0xfff8000000000000L);
            default:
        }
        throw Py.valueError("could not convert string to float: " + PyStr.repr(s0));
    }

    /**
     * Whether s is {@code [+-]?(D+\\.?D*|\\.D+)([eE][+-]?D+)?} with ASCII digits D (what float() accepts after
     * stripping, underscores and other digits already handled; a hand-written test, not a regex per call).
     */
    static boolean isDecimalLiteral(String s) {
        int n = s.length(), i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static PyObject newStr(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("str", a, kw, new String[] {"object", "encoding", "errors"}, 0);
        for (int i = 1; i <= 2; i++) {
            if (p[i] != null) {
                Args.clinicStr(p[i], "str", i == 1 ? "'encoding'" : "'errors'"); // unicode_new's clinic
            }
        }
        if (p[0] == null) {
            return Py.str("");
        }
        if (p[1] != null || p[2] != null) {
            if (p[0] instanceof PyMemoryView) {
                // any bytes-like object decodes: a memoryview through a copy of its bytes
                p[0] = new PyBytes(((PyMemoryView) p[0]).raw(), false);
            }
            if (!(p[0] instanceof PyBytes)) {
                throw Py.typeError(p[0] instanceof PyStr ? "decoding str is not supported"
                        : "decoding to str: need a bytes-like object, " + p[0].type().name + " found");
            }
            // bytes.decode: Java's charsets first, then the codecs registry (escapes, other error handlers)
            return Ops.callMethod(ts, p[0], "decode", p[1] == null ? Py.str("utf-8") : p[1],
                    p[2] == null ? Py.str("strict") : p[2]);
        }
        return Py.str(Ops.str(ts, p[0]));
    }

    static PyObject newType(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        if (a.length == 1 && kw == null && cls == TYPE) {
            return a[0].type();
        }
        int np = a.length - (kw == null ? 0 : kw.length);
        if (np != 3) {
            throw Py.typeError(cls == TYPE ? "type() takes 1 or 3 arguments"
                    : "type.__new__() takes exactly 3 arguments (" + np + " given)");
        }
        // CPython parses them with "UO!O!:type.__new__": str, tuple, dict, in this order
        if (!a[0].type().isSubtype(STR)) {
            throw Py.typeError("type.__new__() argument 1 must be str, not " + Args.clinicTypeName(a[0]));
        }
        if (!a[1].type().isSubtype(TUPLE)) {
            throw Py.typeError("type.__new__() argument 2 must be tuple, not " + a[1].type().name);
        }
        if (!(a[2] instanceof PyDict)) {
            throw Py.typeError("type.__new__() argument 3 must be dict, not " + a[2].type().name);
        }
        PyObject[] bs = Ops.toArray(ts, a[1]);
        // type(name, bases, ns, **kw) builds with the most derived metaclass of the bases, as CPython does
        PyType winner = ClassCreation.calculateMeta(cls, bs);
        if (winner != cls) {
            if (cls == TYPE) {
                return Ops.call(ts, winner, a, kw);
            }
            cls = winner;
        }
        PyDict kwds = null;
        if (kw != null) {
            kwds = new PyDict();
            for (int i = 0; i < kw.length; i++) {
                kwds.putStr(kw[i], a[np + i]);
            }
        }
        PyDict ns = ((PyDict) a[2]).copy();
        PyType t = ClassCreation.createClass(ts, Ops.str(ts, a[0]), bs, ns, kwds);
        if (cls != TYPE) {
            t.metatype = cls;
            t.applyMetaclassMro(ts);
        }
        return t;
    }

    // ---------------------------------------------------------------- the builtins module

    static void fn(PyDict d, String name, PyBuiltin.Native f) {
        d.putStr(name, new PyBuiltin(name, f));
    }

    /**
     * A built-in function with its array body f and bodies for one and two positional arguments without an array
     * (either may be null; each computes what f does for that count: see {@link FixedArity}).
     */
    static void fn(PyDict d, String name, PyBuiltin.Native f, FixedArity.Body1 b1, FixedArity.Body2 b2) {
        d.putStr(name, new PyBuiltin(name, f).withFixed(b1, b2, null));
    }

    /** The built-in classes the builtins module names. */
    static final PyType[] BUILTIN_TYPES = {OBJECT, TYPE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, LIST,
        TUPLE, DICT, SET, FROZENSET, RANGE, SLICE, PROPERTY, CLASSMETHOD, STATICMETHOD, SUPER, ENUMERATE, ZIP, MAP,
        FILTER, REVERSED};

    /** A fresh builtins dict for one interpreter run. */
    public static PyDict newBuiltinsDict() {
        PyDict d = new PyDict();
        for (PyType t : BUILTIN_TYPES) {
            d.putStr(t.name, t);
        }
        for (PyType t : Exc.ALL) {
            d.putStr(t.name, t);
        }
        d.putStr("memoryview", PyMemoryView.TYPE);
        d.putStr("EnvironmentError", Exc.OSError);
        d.putStr("IOError", Exc.OSError);
        d.putStr("None", Py.None);
        d.putStr("True", Py.True);
        d.putStr("False", Py.False);
        d.putStr("NotImplemented", Py.NotImplemented);
        d.putStr("Ellipsis", Py.Ellipsis);
        d.putStr("__debug__", Py.bool(org.stmj.python.compiler.Compiler.optimizeLevel() == 0));
        fn(d, "len", (ts, a, kw) -> {
            Args.check("len", a, kw, 1, 1);
            return len(ts, a[0]);
        }, Builtins::len, null);
        fn(d, "repr", (ts, a, kw) -> {
            Args.check("repr", a, kw, 1, 1);
            // CPython 3.11 counts a recursion level for the call of this one-argument builtin (CALL's
            // BUILTIN_O path) and one for PyObject_Repr: three a level with __repr__'s frame, as there
            RecursionGuard.enter(ts, RecursionGuard.CALL);
            try {
                return Py.str(Ops.repr(ts, a[0]));
            } finally {
                RecursionGuard.leave(ts);
            }
        });
        fn(d, "ascii", (ts, a, kw) -> {
            return Py.str(Formatter.asciiEscape(Ops.repr(ts, a[0])));
        });
        fn(d, "abs", (ts, a, kw) -> {
            Args.check("abs", a, kw, 1, 1);
            return Ops.abs(ts, a[0]);
        }, Ops::abs, null);
        fn(d, "isinstance", (ts, a, kw) -> {
            Args.check("isinstance", a, kw, 2, 2);
            return Py.bool(Ops.isinstance(ts, a[0], a[1]));
        }, null, (ts, o, t) -> Py.bool(Ops.isinstance(ts, o, t)));
        fn(d, "issubclass", (ts, a, kw) -> {
            Args.check("issubclass", a, kw, 2, 2);
            return Py.bool(Ops.issubclass(ts, a[0], a[1]));
        });
        fn(d, "getattr", (ts, a, kw) -> {
            Args.check("getattr", a, kw, 2, 3);
            String n = Args.attrName(a[1]);
            if (a.length == 3) {
                // the default also for an AttributeError a descriptor raised (an unset slot, a property)
                PyObject r;
                try {
                    r = Ops.getattrOrNull(ts, a[0], n);
                } catch (PyException e) {
                    if (!e.exc.isInstance(Exc.AttributeError)) {
                        throw e;
                    }
                    r = null;
                }
                return r == null ? a[2] : r;
            }
            return Ops.getattr(ts, a[0], n);
        }, null, (ts, o, n) -> Ops.getattr(ts, o, Args.attrName(n)));
        fn(d, "setattr", (ts, a, kw) -> {
            Args.check("setattr", a, kw, 3, 3);
            Ops.setattr(ts, a[0], Args.attrName(a[1]), a[2]);
            return Py.None;
        });
        fn(d, "delattr", (ts, a, kw) -> {
            Args.check("delattr", a, kw, 2, 2);
            Ops.delattr(ts, a[0], Args.attrName(a[1]));
            return Py.None;
        });
        fn(d, "hasattr", (ts, a, kw) -> {
            Args.check("hasattr", a, kw, 2, 2);
            return hasattr(ts, a[0], a[1]);
        }, null, Builtins::hasattr);
        fn(d, "id", (ts, a, kw) -> Py.newInt(Ops.id(a[0])));
        fn(d, "hash", (ts, a, kw) -> {
            Args.check("hash", a, kw, 1, 1);
            return Py.newInt(Ops.hash(ts, a[0]));
        }, (ts, o) -> Py.newInt(Ops.hash(ts, o)), null);
        fn(d, "iter", (ts, a, kw) -> {
            Args.check("iter", a, kw, 1, 2);
            if (a.length == 2) {
                PyObject f = a[0], sentinel = a[1];
                if (!Ops.isCallable(f)) {
                    throw Py.typeError("iter(v, w): v must be callable");
                }
                return PyIterBase.of(CALLABLE_ITER, t -> {
                    PyObject v = Ops.call(t, f);
                    return Ops.eq(t, v, sentinel) ? null : v;
                });
            }
            return Ops.iter(ts, a[0]);
        }, Ops::iter, null);
        fn(d, "aiter", (ts, a, kw) -> {
            Args.check("aiter", a, kw, 1, 1);
            return org.stmj.python.vm.AsyncOps.aiterBuiltin(ts, a[0]);
        });
        fn(d, "anext", (ts, a, kw) -> {
            Args.check("anext", a, kw, 1, 2);
            return org.stmj.python.vm.AsyncOps.anextBuiltin(ts, a[0], a.length > 1 ? a[1] : null);
        });
        fn(d, "next", (ts, a, kw) -> {
            Args.check("next", a, kw, 1, 2);
            return next(ts, a[0], a.length == 2 ? a[1] : null);
        }, (ts, it) -> next(ts, it, null), Builtins::next);
        fn(d, "callable", (ts, a, kw) -> Py.bool(Ops.isCallable(a[0])));
        fn(d, "chr", (ts, a, kw) -> {
            Args.check("chr", a, kw, 1, 1);
            long c = Ops.toInt(ts, a[0]).v;
            if (c < 0 || c > 0x10ffff) {
                throw Py.valueError("chr() arg not in range(0x110000)");
            }
            return Py.chr((int) c);
        });
        fn(d, "ord", (ts, a, kw) -> {
            Args.check("ord", a, kw, 1, 1);
            return ord(a[0]);
        }, (ts, c) -> ord(c), null);
        fn(d, "hex", (ts, a, kw) -> Py.str(prefixed(Ops.toInt(ts, a[0]), 16, "0x")));
        fn(d, "oct", (ts, a, kw) -> Py.str(prefixed(Ops.toInt(ts, a[0]), 8, "0o")));
        fn(d, "bin", (ts, a, kw) -> Py.str(prefixed(Ops.toInt(ts, a[0]), 2, "0b")));
        fn(d, "format", (ts, a, kw) -> {
            Args.check("format", a, kw, 1, 2);
            return Ops.format(ts, a[0], a.length > 1 ? Args.clinicStr(a[1], "format", "2") : "");
        });
        fn(d, "divmod", (ts, a, kw) -> {
            Args.check("divmod", a, kw, 2, 2);
            return Ops.divmod(ts, a[0], a[1]);
        }, null, Ops::divmod);
        fn(d, "pow", (ts, a, kw) -> {
            PyObject[] p = Args.parse("pow", a, kw, new String[] {"base", "exp", "mod"}, 2);
            if (p[2] != null && p[2] != Py.None) {
                PyObject user = pow3User(ts, p[0], p[1], p[2]);
                if (user != null) {
                    return user;
                }
                return pow3(ts, p[0], p[1], p[2]);
            }
            return Ops.binary(ts, Ops.POW, p[0], p[1]);
        });
        fn(d, "round", (ts, a, kw) -> {
            PyObject[] p = Args.parse("round", a, kw, new String[] {"number", "ndigits"}, 1);
            return round(ts, p[0], p[1]);
        });
        fn(d, "sum", (ts, a, kw) -> {
            PyObject[] p = Args.parse("sum", a, kw, new String[] {"iterable", "start"}, 1);
            PyObject acc = p[1] == null ? Py.newInt(0) : p[1];
            if (acc instanceof PyStr) {
                throw Py.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            PyObject it = Ops.iter(ts, p[0]);
            double fsum = 0;
            boolean fmode = false;
            // machine-sized int mode: exact ints added in a long until one does not fit (then the generic path)
            boolean imode = acc.getClass() == PyInt.class && ((PyInt) acc).big == null;
            long isum = imode ? ((PyInt) acc).v : 0;
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                if (imode) {
                    if (x.getClass() == PyInt.class && ((PyInt) x).big == null) {
                        long y = ((PyInt) x).v, r = isum + y;
                        if (((isum ^ r) & (y ^ r)) >= 0) {
                            isum = r;
                            continue;
                        }
                    }
                    acc = Py.newInt(isum);
                    imode = false;
                }
                if (fmode && x instanceof PyFloat) {
                    fsum += ((PyFloat) x).v;
                    continue;
                }
                if (fmode) {
                    acc = Py.newFloat(fsum);
                    fmode = false;
                }
                acc = Ops.binary(ts, Ops.ADD, acc, x);
                if (acc instanceof PyFloat) {
                    fmode = true;
                    fsum = ((PyFloat) acc).v;
                }
            }
            return imode ? Py.newInt(isum) : fmode ? Py.newFloat(fsum) : acc;
        });
        // min(x, y) and max(x, y): x unless y compares below (above) it, as the loop over both would answer
        fn(d, "min", (ts, a, kw) -> minmax(ts, a, kw, "min", Ops.LT), null,
                (ts, x, y) -> Ops.compare(ts, y, x, Ops.LT) ? y : x);
        fn(d, "max", (ts, a, kw) -> minmax(ts, a, kw, "max", Ops.GT), null,
                (ts, x, y) -> Ops.compare(ts, y, x, Ops.GT) ? y : x);
        fn(d, "all", (ts, a, kw) -> {
            Args.check("all", a, kw, 1, 1);
            PyObject it = Ops.iter(ts, a[0]);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                if (!Ops.truth(ts, x)) {
                    return Py.False;
                }
            }
            return Py.True;
        });
        fn(d, "any", (ts, a, kw) -> {
            Args.check("any", a, kw, 1, 1);
            PyObject it = Ops.iter(ts, a[0]);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                if (Ops.truth(ts, x)) {
                    return Py.True;
                }
            }
            return Py.False;
        });
        fn(d, "sorted", (ts, a, kw) -> {
            int np = Args.positional(a, kw);
            if (np != 1) {
                throw Py.typeError("sorted expected 1 argument, got " + np);
            }
            PyList l = new PyList();
            l.extend(ts, a[0]);
            // CPython 3.11's sorted calls list.sort through the builtin method's vectorcall, which counts a
            // recursion level (" while calling a Python object") while the key function runs
            RecursionGuard.enter(ts, RecursionGuard.CALL);
            try {
                ListMethods.sort(ts, l, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            } finally {
                RecursionGuard.leave(ts);
            }
            return l;
        });
        d.putStr("vars", new PyBuiltin("vars", (ts, a, kw) -> {
            if (a.length == 0) {
                return Interp.locals(ts);
            }
            if (a[0] instanceof PyType) {
                return new PyMappingProxy(((PyType) a[0]).dict);
            }
            PyDict dd = a[0].attrs();
            if (dd == null) {
                throw Py.typeError("vars() argument must have __dict__ attribute");
            }
            return dd;
        }, null, null, 0, 1, false));
        fn(d, "dir", (ts, a, kw) -> {
            Args.check("dir", a, kw, 0, 1);
            PyList l = new PyList();
            if (a.length == 0) {
                for (PyObject k : Interp.locals(ts).keysArray()) {
                    l.append(k);
                }
            } else {
                // type(o).__dir__(o) where a class defines it (EnumType, Enum), as CPython's dir()
                PyObject f = Ops.heapLookup(a[0].type(), "__dir__");
                if (f != null) {
                    l.extend(ts, Ops.call(ts, Ops.bindDescr(ts, f, a[0], a[0].type())));
                } else if (a[0] instanceof PyModule) {
                    // a module lists its namespace, or what its own __dir__() returns (PEP 562)
                    PyDict md = ((PyModule) a[0]).dict;
                    PyObject md2 = md.getStr("__dir__");
                    if (md2 != null) {
                        l.extend(ts, Ops.call(ts, md2));
                    } else {
                        for (PyObject k : md.keysArray()) {
                            l.append(k);
                        }
                    }
                } else {
                    for (PyObject k : defaultDir(ts, a[0])) {
                        l.append(k);
                    }
                }
            }
            ListMethods.sort(ts, l, Py.EMPTY, null);
            return l;
        });
        // METH_NOARGS: PyBuiltin's range check gives CPython's "globals() takes no arguments (1 given)"
        d.putStr("globals", new PyBuiltin("globals", (ts, a, kw) -> ts.frame.globals, null, null, 0, 0, false));
        d.putStr("locals", new PyBuiltin("locals", (ts, a, kw) -> Interp.locals(ts), null, null, 0, 0, false));
        Arity.declare(d, "builtins");
        return d;
    }

    /** The names dir(o) lists without a {@code __dir__} of o's class: its attributes and its class's (or MRO's). */
    static PyObject[] defaultDir(ThreadState ts, PyObject o) {
        PySet seen = new PySet(false);
        if (o.attrs() != null) {
            seen.update(ts, o.attrs());
        }
        PyType[] mro = o instanceof PyType ? ((PyType) o).mro : o.type().mro;
        for (PyType t : mro) {
            seen.update(ts, t.dict);
        }
        seen.add(ts, Py.str("__class__"));
        seen.add(ts, Py.str("__doc__"));
        if (!(o instanceof PyType) && o.type().heap || o instanceof PyType && ((PyType) o).heap) {
            seen.add(ts, Py.str("__dict__"));
            seen.add(ts, Py.str("__module__"));
            seen.add(ts, Py.str("__weakref__"));
        }
        return seen.toArray();
    }

    static String prefixed(PyInt v, int radix, String prefix) {
        BigInteger b = v.toBig();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    static PyObject round(ThreadState ts, PyObject x, PyObject nd) {
        if (x.type().heap && x.type().slots[PyType.S_ROUND] != null) {
            return nd == null ? Ops.callMethod(ts, x, "__round__") : Ops.callMethod(ts, x, "__round__", nd);
        }
        if (x instanceof PyInt) {
            if (nd == null || nd == Py.None) {
                return x instanceof PyBool ? Py.newInt(((PyInt) x).v) : x;
            }
            long n = Ops.toInt(ts, nd).v;
            if (n >= 0) {
                return x;
            }
            BigDecimal r = new BigDecimal(((PyInt) x).toBig()).setScale((int) n, RoundingMode.HALF_EVEN);
            return Py.newInt(r.setScale(0).toBigInteger());
        }
        if (!(x instanceof PyFloat) && !(x.type().heap && x.type().slots[PyType.S_FLOAT] != null)) {
            throw Py.typeError("type " + x.type().name + " doesn't define __round__ method");
        }
        double d = Ops.toDouble(ts, x);
        if (nd == null || nd == Py.None) {
            if (Double.isNaN(d)) {
                throw Py.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Py.overflow("cannot convert float infinity to integer");
            }
            return Py.newInt(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        java.math.BigInteger nb = Ops.toInt(ts, nd).toBig();
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return Py.newFloat(d);
        }
        if (nb.compareTo(java.math.BigInteger.valueOf(400)) > 0) {
            return Py.newFloat(d);
        }
        if (nb.compareTo(java.math.BigInteger.valueOf(-400)) < 0) {
            return Py.newFloat(Math.copySign(0.0, d));
        }
        BigDecimal r = new BigDecimal(d).setScale(nb.intValue(), RoundingMode.HALF_EVEN);
        double rd = r.doubleValue();
        if (Double.isInfinite(rd)) {
            throw Py.overflow("rounded value too large to represent");
        }
        return Py.newFloat(rd == 0 ? Math.copySign(0.0, d) : rd);
    }

    /** len(o). */
    static PyObject len(ThreadState ts, PyObject o) {
        if (o instanceof PyRange || o instanceof PyBigRange) {
            // a range's length may pass 2**31 (up to sys.maxsize)
            java.math.BigInteger n = PyBigRange.bounds(o)[3];
            if (n.bitLength() > 63) {
                throw Py.overflow("Python int too large to convert to C ssize_t");
            }
            return Py.newInt(n.longValue());
        }
        return Py.newInt(Ops.len(ts, o));
    }

    /** hasattr(o, name). */
    static PyObject hasattr(ThreadState ts, PyObject o, PyObject name) {
        String an = Args.attrName(name);
        try {
            return Py.bool(Ops.getattrOrNull(ts, o, an) != null);
        } catch (PyException e) {
            if (e.exc.isInstance(Exc.AttributeError)) {
                return Py.False;
            }
            throw e;
        }
    }

    /** ord(c). */
    static PyObject ord(PyObject c) {
        if (c instanceof PyBytes && ((PyBytes) c).size == 1) {
            return Py.newInt(((PyBytes) c).data[0] & 0xff);
        }
        if (!(c instanceof PyStr)) {
            throw Py.typeError("ord() expected string of length 1, but " + c.type().name + " found");
        }
        String s = ((PyStr) c).value();
        if (s.codePointCount(0, s.length()) != 1) {
            throw Py.typeError("ord() expected a character, but string of length " + PyStr.cpLen(s) + " found");
        }
        return Py.newInt(s.codePointAt(0));
    }

    /** next(it) (dflt null) or next(it, dflt). */
    static PyObject next(ThreadState ts, PyObject it, PyObject dflt) {
        PyType t = it.type();
        if (!(t.heap ? t.slots[PyType.S_NEXT] != null : Ops.isIterator(it))) {
            throw Py.typeError("'" + t.name + "' object is not an iterator");
        }
        if (it instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) it;
            PyObject r = g.next(ts);
            if (r == null) {
                if (dflt != null) {
                    return dflt;
                }
                PyObject rv = g.returnValue;
                g.returnValue = null;
                throw Py.stopIteration(rv);
            }
            return r;
        }
        if (t.heap) {
            if (dflt != null) {
                PyObject r = Ops.next(ts, it);
                return r == null ? dflt : r;
            }
            return Ops.callMethod(ts, it, "__next__");
        }
        PyObject r = it.next(ts);
        if (r == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Py.stopIteration(null);
        }
        return r;
    }

    static PyObject minmax(ThreadState ts, PyObject[] a, String[] kw, String name, int op) {
        PyObject key = null, dflt = null;
        int np = Args.positional(a, kw);
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("key")) {
                    key = a[np + i];
                } else if (kw[i].equals("default")) {
                    dflt = a[np + i];
                } else {
                    throw Py.typeError(name + "() got an unexpected keyword argument '" + kw[i] + "'");
                }
            }
        }
        if (key == Py.None) {
            key = null;
        }
        if (np == 0) {
            throw Py.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject it;
        if (np == 1) {
            it = Ops.iter(ts, a[0]);
        } else {
            if (dflt != null) {
                throw Py.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = new PyTuple(java.util.Arrays.copyOf(a, np)).iter(ts);
        }
        PyObject best = null, bestKey = null;
        for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
            PyObject k = key == null ? x : Ops.call(ts, key, x);
            if (best == null || Ops.compare(ts, k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Py.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /**
     * {@code pow(x, y, z)} of three ints, as the builtin {@code pow} and {@code int.__pow__(y, z)} compute it; a
     * TypeError naming the operands otherwise.
     */
    static PyObject pow3(ThreadState ts, PyObject x, PyObject y, PyObject z) {
        if (!(x instanceof PyInt) || !(y instanceof PyInt) || !(z instanceof PyInt)) {
            if (x instanceof PyFloat || y instanceof PyFloat || z instanceof PyFloat) {
                throw Py.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw Py.typeError("unsupported operand type(s) for ** or pow(): '" + x.type().name + "', '"
                    + y.type().name + "', '" + z.type().name + "'");
        }
        BigInteger m = Ops.toInt(ts, z).toBig();
        if (m.signum() == 0) {
            throw Py.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger b = Ops.toInt(ts, x).toBig(), e = Ops.toInt(ts, y).toBig();
        if (e.signum() < 0 && !b.gcd(m).equals(BigInteger.ONE) && !m.abs().equals(BigInteger.ONE)) {
            throw Py.valueError("base is not invertible for the given modulus");
        }
        BigInteger r = b.modPow(e, m.abs());
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return Py.newInt(r);
    }
}
