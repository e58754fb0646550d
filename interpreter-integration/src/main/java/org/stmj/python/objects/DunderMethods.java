package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;

import org.stmj.python.vm.ThreadState;

/** Explicitly callable dunders of the built-in types (int.__add__, str.__eq__, ...), and their __new__. */
final class DunderMethods {
    private DunderMethods() {
    }

    /** Installs the dunders each listed type does not define itself yet. */
    static void install() {
        PyType[] types = {Builtins.INT, Builtins.BOOL, Builtins.FLOAT, Builtins.COMPLEX, Builtins.STR, Builtins.LIST,
            Builtins.TUPLE, Builtins.SET, Builtins.FROZENSET, Builtins.DICT, Builtins.BYTES};
        for (PyType t : types) {
            int[] ops = binaryOps(t);
            for (int op = 0; op < 13; op++) {
                int o = op;
                if ((ops[0] & (1 << op)) != 0 && t.dict.getStr(Ops.BIN_DUNDER[op]) == null) {
                    addMethod(t, Ops.BIN_DUNDER[op], (ts, a, kw) -> {
                        if (o == Ops.POW && a.length > 2 && a[2] != Py.None) { // __pow__(exp, mod)
                            return a[0] instanceof PyInt && !(a[1] instanceof PyInt && a[2] instanceof PyInt)
                                    ? Py.NotImplemented : Builtins.pow3(ts, a[0], a[1], a[2]);
                        }
                        PyObject r = Ops.numberTakes(a[0], a[1]) ? Ops.builtinBinary(ts, o, a[0], a[1]) : null;
                        return r == null ? Py.NotImplemented : r;
                    });
                }
                if ((ops[1] & (1 << op)) != 0) {
                    addMethod(t, Ops.BIN_RDUNDER[op], (ts, a, kw) -> {
                        PyObject r = Ops.numberTakes(a[0], a[1]) ? Ops.builtinBinary(ts, o, a[1], a[0]) : null;
                        return r == null ? Py.NotImplemented : r;
                    });
                }
            }
            for (int op = 0; op < 6; op++) {
                int o = op;
                if (t.dict.getStr(Ops.CMP_DUNDER[op]) == null) {
                    addMethod(t, Ops.CMP_DUNDER[op], (ts, a, kw) -> {
                        PyObject r = a[0].richcmp(ts, a[1], o);
                        return r == null ? Py.NotImplemented : r;
                    });
                }
            }
            if (t.dict.getStr("__hash__") == null) {
                addMethod(t, "__hash__", (ts, a, kw) -> Py.newInt(a[0].hash(ts)));
            }
            if (t.dict.getStr("__repr__") == null) {
                addMethod(t, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
            }
            if (t.dict.getStr("__str__") == null) {
                addMethod(t, "__str__", (ts, a, kw) -> Py.str(a[0].str(ts)));
            }
            if (t.dict.getStr("__bool__") == null && t != Builtins.LIST && t != Builtins.DICT && t != Builtins.TUPLE
                    && t != Builtins.STR && t != Builtins.SET && t != Builtins.FROZENSET && t != Builtins.BYTES) {
                addMethod(t, "__bool__", (ts, a, kw) -> Py.bool(a[0].truth(ts)));
            }
            if (t.dict.getStr("__len__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT && t
                    != Builtins.COMPLEX) {
                addMethod(t, "__len__", (ts, a, kw) -> Py.newInt(a[0].len(ts)));
            }
            if (t.dict.getStr("__iter__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT && t
                    != Builtins.COMPLEX) {
                addMethod(t, "__iter__", (ts, a, kw) -> a[0].iter(ts));
            }
            if (t.dict.getStr("__getitem__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT
                    && t != Builtins.COMPLEX && t != Builtins.SET && t != Builtins.FROZENSET) {
                addMethod(t, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
            }
            if (t.dict.getStr("__contains__") == null && t != Builtins.INT && t != Builtins.BOOL && t != Builtins.FLOAT
                    && t != Builtins.COMPLEX) {
                addMethod(t, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
            }
        }
        for (PyType t : new PyType[] {Builtins.LIST, Builtins.DICT, Builtins.SET, Builtins.BYTEARRAY}) {
            t.dict.putStr("__hash__", Py.None);
        }
        for (PyType t : new PyType[] {Builtins.INT, Builtins.FLOAT, Builtins.COMPLEX}) {
            addMethod(t, "__neg__", (ts, a, kw) -> Ops.neg(ts, a[0]));
            addMethod(t, "__pos__", (ts, a, kw) -> Ops.pos(ts, a[0]));
            addMethod(t, "__abs__", (ts, a, kw) -> Ops.abs(ts, a[0]));
            addMethod(t, "__format__", 1, 1, (ts, a, kw) -> formatOrStr(ts, a[0], a[1]));
        }
        addMethod(Builtins.INT, "__invert__", (ts, a, kw) -> Ops.invert(ts, a[0]));
        // int___round__ takes ndigits through __index__ (None too: round(7, None) passes no ndigits)
        addMethod(Builtins.INT, "__round__", (ts, a, kw) -> Builtins.round(ts, a[0],
                a.length > 1 ? Ops.toInt(ts, a[1]) : null));
        addMethod(Builtins.FLOAT, "__round__", (ts, a, kw) -> Builtins.round(ts, a[0], a.length > 1 ? a[1] : null));
        addMethod(Builtins.STR, "__format__", 1, 1, (ts, a, kw) -> formatOrStr(ts, a[0], a[1]));
        addStaticMethod(Builtins.INT, "__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType)) {
                throw Py.typeError("int.__new__(X): X is not a type object");
            }
            if (((PyType) a[0]).isSubtype(Builtins.BOOL)) {
                throw Py.typeError("int.__new__(" + ((PyType) a[0]).name + ") is not safe, use "
                        + ((PyType) a[0]).name + ".__new__()");
            }
            return Builtins.INT.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
        addStaticMethod(Builtins.BOOL, "__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType)) {
                throw Py.typeError("bool.__new__(X): X is not a type object");
            }
            if (a[0] != Builtins.BOOL) {
                throw Py.typeError("bool.__new__(" + ((PyType) a[0]).name + "): " + ((PyType) a[0]).name
                        + " is not a subtype of bool");
            }
            return Builtins.BOOL.ctor.make(ts, Builtins.BOOL, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
        addStaticMethod(Builtins.STR, "__new__",
                (ts, a, kw) -> Builtins.STR.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length),
                kw));
        addStaticMethod(Builtins.FLOAT, "__new__",
                (ts, a, kw) -> Builtins.FLOAT.ctor.make(ts, (PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length),
                kw));
        for (PyType vt : new PyType[] {Builtins.COMPLEX, Builtins.BYTES, Builtins.BYTEARRAY}) {
            addStaticMethod(vt, "__new__", (ts, a, kw) -> {
                if (a.length == 0 || !(a[0] instanceof PyType) || !((PyType) a[0]).isSubtype(vt)) {
                    throw Py.typeError(vt.name + ".__new__(X): X is not a subtype of " + vt.name);
                }
                return Finalizers.track(ts, vt.ctor.make(ts, (PyType) a[0],
                        java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            });
        }
        addStaticMethod(Builtins.LIST, "__new__",
                (ts, a, kw) -> Finalizers.track(ts, Builtins.LIST.ctor.make(ts, (PyType) a[0], Py.EMPTY, null)));
        addStaticMethod(Builtins.DICT, "__new__",
                (ts, a, kw) -> Finalizers.track(ts, Builtins.DICT.ctor.make(ts, (PyType) a[0], Py.EMPTY, null)));
        addStaticMethod(Builtins.SET, "__new__",
                (ts, a, kw) -> Finalizers.track(ts, Builtins.SET.ctor.make(ts, (PyType) a[0], Py.EMPTY, null)));
    }

    /**
     * The slot wrappers CPython lists in the built-in types' dicts that the types above do not define (run after
     * every type's own methods, before the arity declarations): divmod, a set's in-place operators, bytearray's
     * sequence and mapping slots, the dict views' set operators, {@code __reversed__}, {@code __bytes__},
     * {@code __complex__}, a generator's {@code __del__}; and the sequences' {@code __add__}/{@code __mul__}/
     * {@code __rmul__}, which are sq_concat/sq_repeat wrappers in CPython: they raise where a number method would
     * answer NotImplemented ({@code 'a'.__add__(None)}, {@code [1].__mul__(None)}). The operators themselves do not
     * go through these methods.
     */
    static void installSlotWrappers() {
        for (PyType t : new PyType[] {Builtins.INT, Builtins.FLOAT}) {
            addMethod(t, "__divmod__", (ts, a, kw) -> Ops.numberTakes(a[0], a[1]) ? divmod(ts, a[0], a[1])
                    : Py.NotImplemented);
            addMethod(t, "__rdivmod__", (ts, a, kw) -> Ops.numberTakes(a[0], a[1]) ? divmod(ts, a[1], a[0])
                    : Py.NotImplemented);
        }
        String[][] inplace = {{"__iand__", "intersection_update"}, {"__ior__", "update"},
            {"__isub__", "difference_update"}, {"__ixor__", "symmetric_difference_update"}};
        for (String[] io : inplace) {
            PyBuiltin update = (PyBuiltin) Builtins.SET.dict.getStr(io[1]);
            addMethod(Builtins.SET, io[0], (ts, a, kw) -> {
                if (!(a[1] instanceof PySet)) {
                    return Py.NotImplemented; // set_iand and the others take sets and frozensets only
                }
                update.fn.call(ts, new PyObject[] {a[0], a[1]}, null);
                return a[0];
            });
        }
        addMethod(Builtins.LIST, "__reversed__", (ts, a, kw) -> Builtins.reversedOf(ts, a[0]));
        addMethod(Builtins.DICT, "__reversed__", (ts, a, kw) -> Builtins.reversedOf(ts, a[0]));
        addMethod(Builtins.BYTES, "__bytes__", (ts, a, kw) -> a[0].type() == Builtins.BYTES ? a[0]
                : new PyBytes(((PyBytes) a[0]).bytes(), false));
        addMethod(Builtins.COMPLEX, "__complex__", (ts, a, kw) -> a[0].type() == Builtins.COMPLEX ? a[0]
                : new PyComplex(((PyComplex) a[0]).re, ((PyComplex) a[0]).im));
        addMethod(Builtins.GENERATOR, "__del__", (ts, a, kw) -> {
            Ops.callMethod(ts, a[0], "close"); // _PyGen_Finalize: a suspended generator is closed
            return Py.None;
        });
        // the dict views' set operators (dictviews_and, ...): the other operand is iterated, any iterable
        for (PyType t : new PyType[] {Builtins.DICT_VIEW[0], Builtins.DICT_VIEW[2]}) {
            for (int op : new int[] {Ops.SUB, Ops.AND, Ops.OR, Ops.XOR}) {
                addMethod(t, Ops.BIN_DUNDER[op], (ts, a, kw) -> {
                    PyObject r = Ops.builtinBinary(ts, op, a[0], a[1]);
                    return r == null ? Py.NotImplemented : r;
                });
                addMethod(t, Ops.BIN_RDUNDER[op], (ts, a, kw) -> {
                    PyObject r = Ops.builtinBinary(ts, op, a[1], a[0]);
                    return r == null ? Py.NotImplemented : r;
                });
            }
        }
        PyType ba = Builtins.BYTEARRAY;
        for (int op : new int[] {Ops.MOD}) {
            addMethod(ba, Ops.BIN_DUNDER[op], (ts, a, kw) -> {
                PyObject r = Ops.builtinBinary(ts, op, a[0], a[1]);
                return r == null ? Py.NotImplemented : r;
            });
            addMethod(ba, Ops.BIN_RDUNDER[op], (ts, a, kw) -> {
                PyObject r = a[1] instanceof PyBytes ? Ops.builtinBinary(ts, op, a[1], a[0]) : null;
                return r == null ? Py.NotImplemented : r;
            });
        }
        addMethod(ba, "__len__", (ts, a, kw) -> Py.newInt(a[0].len(ts)));
        addMethod(ba, "__iter__", (ts, a, kw) -> a[0].iter(ts));
        addMethod(ba, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
        addMethod(ba, "__getitem__", (ts, a, kw) -> a[0].getitem(ts, a[1]));
        addMethod(ba, "__setitem__", (ts, a, kw) -> {
            a[0].setitem(ts, a[1], a[2]);
            return Py.None;
        });
        addMethod(ba, "__delitem__", (ts, a, kw) -> {
            a[0].delitem(ts, a[1]);
            return Py.None;
        });
        addMethod(ba, "__alloc__", (ts, a, kw) -> Py.newInt(((PyBytes) a[0]).data.length + 1));
        addMethod(ba, "__iadd__", (ts, a, kw) -> {
            PyBytes self = (PyBytes) a[0];
            PyObject r = seqConcat(ts, self, a[1]);
            byte[] b = ((PyBytes) r).bytes();
            self.data = b;
            self.size = b.length;
            return self;
        });
        addMethod(ba, "__imul__", (ts, a, kw) -> {
            PyBytes self = (PyBytes) a[0];
            byte[] b = ((PyBytes) seqRepeat(ts, self, a[1])).bytes();
            self.data = b;
            self.size = b.length;
            return self;
        });
        for (PyType t : new PyType[] {Builtins.STR, Builtins.BYTES, Builtins.LIST, Builtins.TUPLE, ba}) {
            addMethod(t, "__add__", (ts, a, kw) -> seqConcat(ts, a[0], a[1]));
            addMethod(t, "__mul__", (ts, a, kw) -> seqRepeat(ts, a[0], a[1]));
            addMethod(t, "__rmul__", (ts, a, kw) -> seqRepeat(ts, a[0], a[1]));
        }
        PyBuiltin listImul = (PyBuiltin) Builtins.LIST.dict.getStr("__imul__");
        addMethod(Builtins.LIST, "__imul__", (ts, a, kw) -> {
            Ops.toInt(ts, a[1]); // sq_inplace_repeat's wrapper: PyNumber_AsSsize_t
            return listImul.fn.call(ts, a, kw);
        });
    }

    /** CPython's sq_concat wrapper: the built-in concatenation, or the type's own TypeError. */
    static PyObject seqConcat(ThreadState ts, PyObject a, PyObject b) {
        PyObject r = Ops.builtinBinary(ts, Ops.ADD, a, b);
        if (r == null) {
            throw Ops.binError(Ops.ADD, a, b);
        }
        return r;
    }

    /** CPython's sq_repeat wrapper: the count through PyNumber_AsSsize_t, then the built-in repetition. */
    static PyObject seqRepeat(ThreadState ts, PyObject seq, PyObject n) {
        PyInt count = Ops.toInt(ts, n);
        PyObject r = Ops.builtinBinary(ts, Ops.MUL, seq, count);
        if (r == null) {
            throw Ops.binError(Ops.MUL, seq, n);
        }
        return r;
    }

    /** divmod of two built-in numbers (int.__divmod__, float.__rdivmod__): floor quotient and remainder. */
    private static PyObject divmod(ThreadState ts, PyObject a, PyObject b) {
        PyObject q;
        try {
            q = Ops.builtinBinary(ts, Ops.FLOORDIV, a, b);
        } catch (PyException e) {
            if ((a instanceof PyFloat || b instanceof PyFloat) && e.exc.isInstance(Exc.ZeroDivisionError)) {
                throw Py.zeroDivision("float divmod()");
            }
            throw e;
        }
        PyObject m = q == null ? null : Ops.builtinBinary(ts, Ops.MOD, a, b);
        return m == null ? Py.NotImplemented : new PyTuple(q, m);
    }

    /**
     * int/float/complex/str {@code __format__}: an empty spec is {@code str(self)} (so a subclass's own
     * {@code __str__} shows, as CPython's format with ''), any other the built-in formatting of the value.
     */
    private static PyObject formatOrStr(ThreadState ts, PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr)) {
            throw Py.typeError("__format__() argument must be str, not " + spec.type().name);
        }
        String fs = ((PyStr) spec).value();
        if (fs.isEmpty()) {
            return Py.str(Ops.str(ts, self));
        }
        if (self instanceof PyStr) {
            return Py.str(Formatter.format(ts, Py.str(((PyStr) self).value()), fs));
        }
        return Py.str(Formatter.format(ts, self, fs));
    }

    /**
     * The binary operators a built-in type has as {@code __op__} (element 0) and {@code __rop__} (element 1), bits
     * indexed by {@link Ops#ADD}..{@link Ops#MATMUL}: CPython's, so {@code hasattr(1, '__matmul__')} and
     * {@code hasattr('', '__sub__')} are false as there.
     */
    private static int[] binaryOps(PyType t) {
        int arith = bits(Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.FLOORDIV, Ops.MOD, Ops.POW);
        if (t == Builtins.INT || t == Builtins.BOOL) {
            int all = arith | bits(Ops.LSHIFT, Ops.RSHIFT, Ops.AND, Ops.OR, Ops.XOR);
            return new int[] {all, all};
        }
        if (t == Builtins.FLOAT) {
            return new int[] {arith, arith};
        }
        if (t == Builtins.COMPLEX) {
            int c = bits(Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.POW);
            return new int[] {c, c};
        }
        if (t == Builtins.STR || t == Builtins.BYTES) {
            return new int[] {bits(Ops.ADD, Ops.MUL, Ops.MOD), bits(Ops.MUL, Ops.MOD)};
        }
        if (t == Builtins.LIST || t == Builtins.TUPLE) {
            return new int[] {bits(Ops.ADD, Ops.MUL), bits(Ops.MUL)};
        }
        if (t == Builtins.SET || t == Builtins.FROZENSET) {
            int s = bits(Ops.SUB, Ops.AND, Ops.OR, Ops.XOR);
            return new int[] {s, s};
        }
        if (t == Builtins.DICT) {
            return new int[] {bits(Ops.OR), bits(Ops.OR)};
        }
        return new int[] {(1 << 13) - 1, (1 << 13) - 1};
    }

    private static int bits(int... ops) {
        int r = 0;
        for (int o : ops) {
            r |= 1 << o;
        }
        return r;
    }
}
