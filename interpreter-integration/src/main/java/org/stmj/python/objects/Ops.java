package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * Value semantics: the Python data model over {@link PyObject}. Built-in types take Java fast paths; heap types
 * go through their dunder slots. The dispatch loop calls only into this layer for value operations.
 */
public final class Ops {
    private Ops() {
    }

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static final int[] CMP_SLOT = {PyType.S_LT, PyType.S_LE, PyType.S_EQ, PyType.S_NE, PyType.S_GT, PyType.S_GE};
    public static final String[] CMP_SYM = {"<", "<=", "==", "!=", ">", ">="};

    public static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6, LSHIFT = 7,
            RSHIFT = 8, AND = 9, OR = 10, XOR = 11, MATMUL = 12;
    public static final String[] BIN_SYM = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
            "@"};
    static final String[] BIN_NAME = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
        "and", "or", "xor", "matmul"};
    static final String[] BIN_DUNDER = new String[13], BIN_RDUNDER = new String[13], BIN_IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            BIN_DUNDER[i] = "__" + BIN_NAME[i] + "__";
            BIN_RDUNDER[i] = "__r" + BIN_NAME[i] + "__";
            BIN_IDUNDER[i] = "__i" + BIN_NAME[i] + "__";
        }
    }

    /** A stable identity number per object (identity hash based; may collide, like id() after free). */
    public static long id(PyObject o) {
        return 0x7f0000000000L + ((long) System.identityHashCode(o) << 4);
    }

    public static int swapped(int op) {
        switch (op) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return op;
        }
    }

    static boolean cmpResult(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** The first definition along the MRO if it is in a heap class, else null. */
    public static PyObject heapLookup(PyType t, String name) {
        if (!t.heap) {
            return null;
        }
        for (PyType c : t.mro) {
            PyObject v = c.dict.getStr(name);
            if (v != null) {
                return c.heap ? v : null;
            }
        }
        return null;
    }

    private static PyObject callSlot(ThreadState ts, PyObject f, PyObject self, PyObject... args) {
        if (f instanceof PyFunction) {
            return ((PyFunction) f).call(ts, Py.prepend(self, args), null);
        }
        return call(ts, bindDescr(ts, f, self, self.type()), args, null);
    }

    // ---------------------------------------------------------------- str / repr / hash / truth

    /** repr(o): one level of the thread's recursion count ({@link RecursionGuard}), as CPython's PyObject_Repr. */
    public static String repr(ThreadState ts, PyObject o) {
        RecursionGuard.enter(ts, RecursionGuard.REPR);
        try {
            return repr0(ts, o);
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    private static String repr0(ThreadState ts, PyObject o) {
        if (o.type().heap) {
            PyObject f = o.type().slots[PyType.S_REPR];
            if (f != null) {
                PyObject r = callSlot(ts, f, o);
                if (!(r instanceof PyStr)) {
                    throw Py.typeError("__repr__ returned non-string (type " + r.type().name + ")");
                }
                return ((PyStr) r).value();
            }
        }
        return o.repr(ts);
    }

    /** str(o): a str itself, else one level of the recursion count, as CPython's PyObject_Str. */
    public static String str(ThreadState ts, PyObject o) {
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).value();
        }
        RecursionGuard.enter(ts, RecursionGuard.STR);
        try {
            return str0(ts, o);
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    private static String str0(ThreadState ts, PyObject o) {
        if (o.type().heap) {
            PyObject f = o.type().slots[PyType.S_STR];
            if (f != null) {
                PyObject r = callSlot(ts, f, o);
                if (!(r instanceof PyStr)) {
                    throw Py.typeError("__str__ returned non-string (type " + r.type().name + ")");
                }
                return ((PyStr) r).value();
            }
            // object.__str__ calls repr; str and exceptions have a __str__ of their own that a subclass's __repr__
            // does not replace (email's Terminal(str) defines only __repr__)
            if (o.type().slots[PyType.S_REPR] != null && !(o instanceof PyBaseException) && !(o instanceof PyStr)) {
                return repr(ts, o);
            }
        }
        return o.str(ts);
    }

    public static long hash(ThreadState ts, PyObject o) {
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).value().hashCode();
        }
        PyType t = o.type();
        if (t.heap) {
            PyObject h = t.lookup("__hash__");
            if (h == Py.None) {
                throw Py.typeError("unhashable type: '" + t.name + "'");
            }
            PyObject f = t.slots[PyType.S_HASH];
            if (f != null) {
                PyObject r = callSlot(ts, f, o);
                if (!(r instanceof PyInt)) {
                    throw Py.typeError("__hash__ method should return an integer");
                }
                PyInt ri = (PyInt) r;
                if (ri.big == null) {
                    // CPython keeps a result that fits in Py_hash_t as it is (-1 becomes -2), hashes others
                    return ri.v == -1 ? -2 : ri.v;
                }
                return ri.hash(ts);
            }
        }
        return o.hash(ts);
    }

    public static boolean truth(ThreadState ts, PyObject o) {
        if (o == Py.True) {
            return true;
        }
        if (o == Py.False || o == Py.None) {
            return false;
        }
        PyType t = o.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_BOOL];
            if (f != null) {
                PyObject r = callSlot(ts, f, o);
                if (!(r instanceof PyBool)) {
                    throw Py.typeError("__bool__ should return bool, returned " + r.type().name);
                }
                return r == Py.True;
            }
            f = t.slots[PyType.S_LEN];
            if (f != null) {
                return len(ts, o) != 0;
            }
        }
        return o.truth(ts);
    }

    public static int len(ThreadState ts, PyObject o) {
        PyType t = o.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_LEN];
            if (f != null) {
                PyObject r = callSlot(ts, f, o);
                if (!(r instanceof PyInt)) {
                    throw Py.typeError("'" + r.type().name + "' object cannot be interpreted as an integer");
                }
                long n = ((PyInt) r).v;
                if (((PyInt) r).big != null || n > Integer.MAX_VALUE) {
                    // CPython's PyNumber_AsSsize_t(res, OverflowError); this interpreter's lengths are Java ints
                    throw Py.overflow("cannot fit 'int' into an index-sized integer");
                }
                if (n < 0) {
                    throw Py.valueError("__len__() should return >= 0");
                }
                return (int) n;
            }
        }
        int n = o.len(ts);
        if (n < 0) {
            throw Py.typeError("object of type '" + t.name + "' has no len()");
        }
        return n;
    }

    // ---------------------------------------------------------------- comparison

    public static boolean eq(ThreadState ts, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).value().equals(((PyStr) b).value());
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).isSmall()
                && ((PyInt) b).isSmall()) {
            return ((PyInt) a).v == ((PyInt) b).v;
        }
        return truth(ts, richcmp(ts, a, b, EQ));
    }

    private static PyObject userCmp(ThreadState ts, PyObject self, PyObject other, int op) {
        PyType t = self.type();
        if (!t.heap) {
            return null;
        }
        PyObject f = t.slots[CMP_SLOT[op]];
        if (f == null) {
            if (op == NE && t.slots[PyType.S_EQ] != null) {
                PyObject r = callSlot(ts, t.slots[PyType.S_EQ], self, other);
                if (r == Py.NotImplemented) {
                    return null;
                }
                return Py.bool(!truth(ts, r));
            }
            return null;
        }
        PyObject r = callSlot(ts, f, self, other);
        return r == Py.NotImplemented ? null : r;
    }

    /**
     * The rich comparison a op b (CPython's PyObject_RichCompare), one level of the thread's recursion count: the
     * element comparisons of lists, tuples and dicts come back here, so a self-containing or deeply nested container
     * raises RecursionError ("in comparison") at the recursion limit instead of overflowing the Java stack.
     */
    public static PyObject richcmp(ThreadState ts, PyObject a, PyObject b, int op) {
        RecursionGuard.enter(ts, RecursionGuard.COMPARISON);
        try {
            return richcmp0(ts, a, b, op);
        } finally {
            RecursionGuard.leave(ts);
        }
    }

    private static PyObject richcmp0(ThreadState ts, PyObject a, PyObject b, int op) {
        PyType ta = a.type(), tb = b.type();
        PyObject r;
        if (!ta.heap && !tb.heap) {
            r = a.richcmp(ts, b, op);
            if (r != null) {
                return r;
            }
            r = b.richcmp(ts, a, swapped(op));
            if (r != null) {
                return r;
            }
        } else {
            boolean reflectedFirst = ta != tb && tb.isSubtype(ta) && tb.heap;
            if (reflectedFirst) {
                r = userCmp(ts, b, a, swapped(op));
                if (r != null) {
                    return r;
                }
            }
            r = userCmp(ts, a, b, op);
            if (r != null) {
                return r;
            }
            r = a.richcmp(ts, b, op);
            if (r != null) {
                return r;
            }
            if (!reflectedFirst) {
                r = userCmp(ts, b, a, swapped(op));
                if (r != null) {
                    return r;
                }
            }
            r = b.richcmp(ts, a, swapped(op));
            if (r != null) {
                return r;
            }
        }
        if (op == EQ) {
            return Py.bool(a == b);
        }
        if (op == NE) {
            return Py.bool(a != b);
        }
        throw Py.typeError("'" + CMP_SYM[op] + "' not supported between instances of '" + ta.name + "' and '" + tb.name
                + "'");
    }

    public static boolean compare(ThreadState ts, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).isSmall()
                && ((PyInt) b).isSmall()) {
            return cmpResult(Long.compare(((PyInt) a).v, ((PyInt) b).v), op);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            // min/max/sort of floats: IEEE comparison (a NaN compares false, except !=), as float's richcmp
            return cmpDoubles(((PyFloat) a).v, ((PyFloat) b).v, op);
        }
        return truth(ts, richcmp(ts, a, b, op));
    }

    /** {@code x op y} for two doubles (Ops.LT .. Ops.GE), IEEE semantics: a NaN operand makes all but NE false. */
    static boolean cmpDoubles(double x, double y, int op) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    /**
     * Lexicographic comparison of lists and deques: of different lengths they are unequal without comparing an
     * item (CPython's list and deque compare; a tuple compares its items first, {@link #tupleCompare}).
     */
    static PyObject seqCompare(ThreadState ts, PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if (na != nb && (op == EQ || op == NE)) {
            return Py.bool(op == NE);
        }
        return tupleCompare(ts, a, na, b, nb, op);
    }

    /** Lexicographic comparison item by item, then by length. */
    static PyObject tupleCompare(ThreadState ts, PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            if (a[i] != b[i] && !eq(ts, a[i], b[i])) {
                break;
            }
        }
        if (i >= n) {
            return Py.bool(cmpResult(Integer.compare(na, nb), op));
        }
        if (op == EQ) {
            return Py.False;
        }
        if (op == NE) {
            return Py.True;
        }
        return Py.bool(compare(ts, a[i], b[i], op));
    }

    // ---------------------------------------------------------------- arithmetic

    private static PyObject userBin(ThreadState ts, PyObject self, String name, PyObject other) {
        PyObject f = heapLookup(self.type(), name);
        if (f == null) {
            return null;
        }
        PyObject r = callSlot(ts, f, self, other);
        return r == Py.NotImplemented ? null : r;
    }

    public static PyObject binary(ThreadState ts, int op, PyObject a, PyObject b) {
        return binary(ts, op, a, b, false);
    }

    /** The binary operator; {@code inplace} only names the augmented operator in the TypeError ("for +=:"). */
    private static PyObject binary(ThreadState ts, int op, PyObject a, PyObject b, boolean inplace) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            switch (op) {
                case ADD: return PyInt.add(x, y);
                case SUB: return PyInt.sub(x, y);
                case MUL: return PyInt.mul(x, y);
                default:
            }
        }
        PyType ta = a.type(), tb = b.type();
        PyObject r;
        if (!ta.heap && !tb.heap) {
            r = builtinBinary(ts, op, a, b);
            if (r != null) {
                return r;
            }
            if (op == OR && (r = PyUnion.or(ts, a, b)) != null) {
                return r;
            }
            throw binError(op, a, b, inplace);
        }
        boolean reflectedFirst = reflectedFirst(ta, tb, BIN_RDUNDER[op]) || reflectedBeforeBuiltin(op, a, b);
        if (reflectedFirst) {
            r = userBin(ts, b, BIN_RDUNDER[op], a);
            if (r != null) {
                return r;
            }
        }
        r = userBin(ts, a, BIN_DUNDER[op], b);
        if (r != null) {
            return r;
        }
        r = reflectedOnly(ta, tb, a, b, BIN_RDUNDER[op]) ? null : builtinBinary(ts, op, a, b);
        if (r != null) {
            return r;
        }
        if (!reflectedFirst && ta != tb) {
            r = userBin(ts, b, BIN_RDUNDER[op], a);
            if (r != null) {
                return r;
            }
        }
        if (op == OR && (r = PyUnion.or(ts, a, b)) != null) {
            // type.__or__ for classes whose metaclass is a heap class (ABCMeta, typing's metaclasses)
            return r;
        }
        throw binError(op, a, b, inplace);
    }

    /** The name of binary operator op's method ({@code __add__} for ADD), or, when {@code reflected}, of its mirror. */
    public static String binaryDunder(int op, boolean reflected) {
        return reflected ? BIN_RDUNDER[op] : BIN_DUNDER[op];
    }

    /**
     * The rest of {@link #binary} after a Python method of it returned NotImplemented (the dispatch loop runs that
     * method in a frame of its own): a's method when not {@code reflected} (b's class then not a subclass of a's
     * that could have gone first), else b's reflected method, a being an exact int or float whose built-in operator
     * does not take b.
     */
    public static PyObject binaryAfterUser(ThreadState ts, int op, PyObject a, PyObject b, boolean reflected) {
        PyObject r;
        if (!reflected) {
            r = builtinBinary(ts, op, a, b);
            if (r != null) {
                return r;
            }
            if (a.type() != b.type() && (r = userBin(ts, b, BIN_RDUNDER[op], a)) != null) {
                return r;
            }
        }
        if (op == OR && (r = PyUnion.or(ts, a, b)) != null) {
            return r;
        }
        throw binError(op, a, b, false);
    }

    /**
     * Whether a's built-in number operator takes b, as the number slot of a's built-in base does in CPython: an int
     * takes ints, a float ints and floats, a complex those and complexes (so {@code int.__add__(3, 2.0)} is
     * NotImplemented and {@code 3 + 2.0} is float's reflected addition). True for every other operand: the rest of
     * {@link #builtinBinary} is each type's own rule.
     */
    static boolean numberTakes(PyObject a, PyObject b) {
        if (a instanceof PyInt) {
            return b instanceof PyInt;
        }
        if (a instanceof PyFloat) {
            return b instanceof PyInt || b instanceof PyFloat;
        }
        if (a instanceof PyComplex) {
            return b instanceof PyInt || b instanceof PyFloat || b instanceof PyComplex;
        }
        return true;
    }

    /**
     * Whether b (an instance of a Python class that is not a subclass of a's built-in class) has its reflected
     * method tried before a's built-in operator: when a's number operator does not take b ({@code 3 + F(2.0)} with F
     * a float subclass defining {@code __radd__}), and for a sequence's {@code +} and {@code *}, which CPython tries
     * only after both operands' number methods ({@code [1] * I(2)} calls {@code I.__rmul__} first).
     */
    private static boolean reflectedBeforeBuiltin(int op, PyObject a, PyObject b) {
        if (a.type().heap || !b.type().heap) {
            return false;
        }
        if (!numberTakes(a, b)) {
            return true;
        }
        return (op == ADD || op == MUL)
                && (a instanceof PyList || a instanceof PyTuple || a instanceof PyStr || a instanceof PyBytes);
    }

    /**
     * Whether b's reflected method (which answered NotImplemented) was the whole of b's side and a's number operator
     * does not take b: then no built-in operator applies ({@code 3 + F(2.0)} with F's {@code __radd__} declining is
     * a TypeError, as in CPython, where F's number slot is that method).
     */
    private static boolean reflectedOnly(PyType ta, PyType tb, PyObject a, PyObject b, String rname) {
        return !ta.heap && tb.heap && !numberTakes(a, b) && heapLookup(tb, rname) != null;
    }

    /**
     * Whether b's reflected method runs before a's: b's class is a proper subclass of a's and, when a's class is a
     * Python class too, overrides the reflected method (CPython's method_is_overloaded).
     */
    private static boolean reflectedFirst(PyType ta, PyType tb, String rname) {
        return ta != tb && tb.heap && tb.isSubtype(ta) && (!ta.heap || tb.lookup(rname) != ta.lookup(rname));
    }

    /**
     * divmod(a, b) with CPython's binary-operator protocol: a subclass's {@code __rdivmod__} first, then
     * {@code a.__divmod__}, the built-in numbers, then {@code b.__rdivmod__}.
     */
    public static PyObject divmod(ThreadState ts, PyObject a, PyObject b) {
        PyType ta = a.type(), tb = b.type();
        PyObject r;
        boolean reflectedFirst = reflectedFirst(ta, tb, "__rdivmod__") || reflectedBeforeBuiltin(FLOORDIV, a, b);
        if (reflectedFirst && (r = userBin(ts, b, "__rdivmod__", a)) != null) {
            return r;
        }
        if ((r = userBin(ts, a, "__divmod__", b)) != null) {
            return r;
        }
        PyObject q;
        try {
            q = reflectedOnly(ta, tb, a, b, "__rdivmod__") ? null : builtinBinary(ts, FLOORDIV, a, b);
        } catch (PyException e) {
            if ((a instanceof PyFloat || b instanceof PyFloat) && e.exc.isInstance(Exc.ZeroDivisionError)) {
                throw Py.zeroDivision("float divmod()");
            }
            throw e;
        }
        if (q != null) {
            PyObject m = builtinBinary(ts, MOD, a, b);
            if (m != null) {
                return new PyTuple(q, m);
            }
        }
        if (!reflectedFirst && ta != tb && (r = userBin(ts, b, "__rdivmod__", a)) != null) {
            return r;
        }
        throw Py.typeError("unsupported operand type(s) for divmod(): '" + ta.name + "' and '" + tb.name + "'");
    }

    static PyException binError(int op, PyObject a, PyObject b) {
        return binError(op, a, b, false);
    }

    static PyException binError(int op, PyObject a, PyObject b, boolean inplace) {
        if (op == ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyDeque)) {
            // the C concatenation's own text, which names the built-in type (a subclass inherits it)
            String n = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : a instanceof PyTuple ? "tuple"
                    : "deque";
            return Py.typeError("can only concatenate " + n + " (not \"" + b.type().name + "\") to " + n);
        }
        if (op == ADD && a instanceof PyBytes && !a.type().heap) {
            return Py.typeError("can't concat " + b.type().name + " to " + a.type().name); // bytes' sq_concat
        }
        if (op == MUL && (repeatable(a) || repeatable(b))) {
            // CPython's PyNumber_Multiply tries the right operand's sq_repeat last: obj * "s" names obj's type
            return Py.typeError("can't multiply sequence by non-int of type '"
                    + (repeatable(a) ? b : a).type().name + "'");
        }
        String sym = inplace ? BIN_SYM[op].replace(" or pow()", "") + "=" : BIN_SYM[op];
        return Py.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    /** Whether {@code o} is a built-in sequence that {@code *} repeats (CPython's sq_repeat). */
    private static boolean repeatable(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyDeque;
    }

    public static PyObject inplace(ThreadState ts, int op, PyObject a, PyObject b) {
        PyType ta = a.type();
        if (op == OR && a instanceof PyMappingProxy) {
            throw Py.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        }
        if (ta.heap) {
            PyObject r = userBin(ts, a, BIN_IDUNDER[op], b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyList && !(heapLookup(ta, BIN_DUNDER[op]) != null)) {
            if ((op == ADD || op == MUL) && !ta.heap && b.type().heap) {
                // CPython tries both operands' number methods before a list's in-place concatenation or repetition
                PyObject r = userBin(ts, b, BIN_RDUNDER[op], a);
                if (r != null) {
                    return r;
                }
            }
            if (op == ADD) {
                ((PyList) a).extend(ts, b);
                return a;
            }
            if (op == MUL && b instanceof PyInt) {
                ListMethods.repeatInPlace((PyList) a, (PyInt) b);
                return a;
            }
        }
        if (a instanceof PyDeque && heapLookup(ta, BIN_DUNDER[op]) == null) {
            if (op == ADD) {
                ((PyDeque) a).extend(ts, b, false);
                return a;
            }
            if (op == MUL && (b instanceof PyInt || b.type().heap && b.type().slots[PyType.S_INDEX] != null)) {
                ((PyDeque) a).repeatInPlace(DequeMethods.count(ts, b));
                return a;
            }
        }
        if (a instanceof PyBytes && ((PyBytes) a).mutable && (op == ADD || op == MUL)
                && heapLookup(ta, BIN_DUNDER[op]) == null) {
            // bytearray's sq_inplace_concat / sq_inplace_repeat: the object itself changes, so other references
            // to it (a caller's argument, an alias) see the new contents, as CPython's
            PyBytes x = (PyBytes) a;
            if (op == ADD && b instanceof PyBytes) {
                x.appendAll(((PyBytes) b).data, ((PyBytes) b).size);
                return a;
            }
            if (!ta.heap && b.type().heap) {
                // as for list: the right operand's reflected method comes before the in-place concatenation
                PyObject r = userBin(ts, b, BIN_RDUNDER[op], a);
                if (r != null) {
                    return r;
                }
            }
            PyObject r = binary(ts, op, a, b, true);
            if (r instanceof PyBytes && r != a) {
                PyBytes y = (PyBytes) r;
                x.data = java.util.Arrays.copyOf(y.data, y.size);
                x.size = y.size;
                return a;
            }
            return r;
        }
        if (a instanceof PySet && !((PySet) a).frozen() && b instanceof PySet) {
            PySet s = (PySet) a;
            PySet r;
            switch (op) {
                case OR: s.update(ts, b); return a;
                case AND: r = s.intersection(ts, b); break;
                case SUB: r = s.difference(ts, b); break;
                case XOR: r = s.symmetricDifference(ts, b); break;
                default: return binary(ts, op, a, b);
            }
            s.clear();
            s.update(ts, r);
            return a;
        }
        if (a instanceof PyDict && op == OR && !ta.heap) {
            ((PyDict) a).mergeFrom(ts, b);
            return a;
        }
        return binary(ts, op, a, b, true);
    }

    static PyObject builtinBinary(ThreadState ts, int op, PyObject a, PyObject b) {
        if (op == OR && (a instanceof PyMappingProxy || b instanceof PyMappingProxy)) {
            return PyMappingProxy.or(ts, a, b);
        }
        if (a instanceof PyInt && b instanceof PyInt) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            switch (op) {
                case ADD: return PyInt.add(x, y);
                case SUB: return PyInt.sub(x, y);
                case MUL: return PyInt.mul(x, y);
                case TRUEDIV: return PyInt.truediv(x, y);
                case FLOORDIV: return PyInt.floordiv(x, y);
                case MOD: return PyInt.mod(x, y);
                case POW: return PyInt.pow(x, y);
                case LSHIFT: return PyInt.lshift(x, y);
                case RSHIFT: return PyInt.rshift(x, y);
                case AND: return a instanceof PyBool && b instanceof PyBool ? Py.bool((x.v & y.v) != 0)
                        : PyInt.and(x, y);
                case OR: return a instanceof PyBool && b instanceof PyBool ? Py.bool((x.v | y.v) != 0) : PyInt.or(x, y);
                case XOR: return a instanceof PyBool && b instanceof PyBool ? Py.bool((x.v ^ y.v) != 0)
                        : PyInt.xor(x, y);
                default: return null;
            }
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            double x = a instanceof PyFloat ? ((PyFloat) a).v : ((PyInt) a).toDouble();
            double y = b instanceof PyFloat ? ((PyFloat) b).v : ((PyInt) b).toDouble();
            switch (op) {
                case ADD: return Py.newFloat(x + y);
                case SUB: return Py.newFloat(x - y);
                case MUL: return Py.newFloat(x * y);
                case TRUEDIV:
                    if (y == 0) {
                        throw Py.zeroDivision("float division by zero");
                    }
                    return Py.newFloat(x / y);
                case FLOORDIV: return Py.newFloat(PyFloat.floordiv(x, y));
                case MOD: return Py.newFloat(PyFloat.mod(x, y));
                case POW:
                    if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
                        return PyComplex.pow(new PyComplex(x, 0), new PyComplex(y, 0));
                    }
                    return Py.newFloat(PyFloat.pow(x, y));
                default: return null;
            }
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return PyComplex.binary(op, a, b);
        }
        if ((op == AND || op == OR || op == SUB || op == XOR) && (a instanceof PyDictView || b instanceof PyDictView)) {
            PyObject x = a instanceof PyDictView ? ((PyDictView) a).asSet(ts) : a;
            PyObject y = b instanceof PyDictView ? ((PyDictView) b).asSet(ts) : b;
            // a view's set operations always make a set, also with a frozenset on the left (as CPython)
            if (!(x instanceof PySet) || ((PySet) x).frozen()) {
                PySet s = new PySet(false);
                s.update(ts, x);
                x = s;
            }
            if (!(y instanceof PySet)) {
                PySet s = new PySet(false);
                s.update(ts, y);
                y = s;
            }
            return builtinBinary(ts, op, x, y);
        }
        switch (op) {
            case ADD:
                if (a instanceof PyStr && b instanceof PyStr) {
                    return StrBuffer.concat((PyStr) a, (PyStr) b);
                }
                if (a instanceof PyList && b instanceof PyList) {
                    PyList x = (PyList) a, y = (PyList) b;
                    PyObject[] r = new PyObject[x.size + y.size];
                    System.arraycopy(x.items, 0, r, 0, x.size);
                    System.arraycopy(y.items, 0, r, x.size, y.size);
                    return new PyList(r);
                }
                if (a instanceof PyTuple && b instanceof PyTuple) {
                    PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
                    PyObject[] r = new PyObject[x.length + y.length];
                    System.arraycopy(x, 0, r, 0, x.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return new PyTuple(r);
                }
                if (a instanceof PyBytes && b instanceof PyBytes) {
                    return ((PyBytes) a).concat((PyBytes) b);
                }
                if (a instanceof PyBytes && b instanceof PyMemoryView) {
                    // bytes and bytearray concatenate any bytes-like object (memoryview has no + of its own)
                    return ((PyBytes) a).concat(new PyBytes(((PyMemoryView) b).raw(), false));
                }
                if (a instanceof PyDeque && b instanceof PyDeque) {
                    return DequeMethods.concat(ts, (PyDeque) a, b);
                }
                return null;
            case MUL:
                if (b instanceof PyInt && !(a instanceof PyInt)) {
                    return repeat(ts, a, (PyInt) b);
                }
                if (a instanceof PyInt && !(b instanceof PyInt)) {
                    return repeat(ts, b, (PyInt) a);
                }
                if (isSeq(a) && b.type().heap && b.type().slots[PyType.S_INDEX] != null) {
                    return repeat(ts, a, toInt(ts, b));
                }
                if (isSeq(b) && a.type().heap && a.type().slots[PyType.S_INDEX] != null) {
                    return repeat(ts, b, toInt(ts, a));
                }
                return null;
            case MOD:
                if (a instanceof PyStr) {
                    return Py.str(Formatter.percent(ts, (PyStr) a, b));
                }
                if (a instanceof PyBytes) {
                    return ((PyBytes) a).percent(ts, b);
                }
                return null;
            case OR:
                if (a instanceof PySet && b instanceof PySet) {
                    return ((PySet) a).union(ts, b);
                }
                if (a instanceof PyDict && b instanceof PyDict) {
                    PyDict d = ((PyDict) a).copy();
                    d.mergeFrom(ts, b);
                    return d;
                }
                return null;
            case AND:
                if (a instanceof PySet && b instanceof PySet) {
                    return ((PySet) a).intersection(ts, b);
                }
                return null;
            case SUB:
                if (a instanceof PySet && b instanceof PySet) {
                    return ((PySet) a).difference(ts, b);
                }
                return null;
            case XOR:
                if (a instanceof PySet && b instanceof PySet) {
                    return ((PySet) a).symmetricDifference(ts, b);
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * The count of a sequence repetition, CPython's {@code PyNumber_AsSsize_t(n, PyExc_OverflowError)}: an int
     * outside a C ssize_t raises OverflowError (either sign), a negative count is 0.
     */
    public static long repeatCount(PyInt n) {
        if (!n.isSmall()) {
            throw Py.overflow("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, n.v);
    }

    /**
     * The length of {@code len} items repeated {@code k >= 0} times; MemoryError where no Java array holds it
     * (CPython's allocation fails there, or its size check raises MemoryError), before any work.
     */
    public static int repeatedLength(long len, long k) {
        if (len == 0 || k == 0) {
            return 0;
        }
        if (k > (Integer.MAX_VALUE - 8) / len) {
            throw Py.raise(Exc.MemoryError, "");
        }
        return (int) (len * k);
    }

    private static boolean isSeq(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyDeque;
    }

    private static PyObject repeat(ThreadState ts, PyObject seq, PyInt n) {
        if (!isSeq(seq)) {
            return null; // not a sequence: the count is not looked at (2**70 * None is a TypeError)
        }
        long k = repeatCount(n);
        if (seq instanceof PyStr) {
            String s = ((PyStr) seq).value();
            if (s.length() != 0 && k > Long.MAX_VALUE / s.length()) {
                throw Py.overflow("repeated string is too long");
            }
            return Py.str(s.repeat(repeatedLength(s.length(), k) == 0 ? 0 : (int) k));
        }
        if (seq instanceof PyList || seq instanceof PyTuple) {
            PyObject[] src = seq instanceof PyList ? ((PyList) seq).toArray() : ((PyTuple) seq).items;
            if (seq instanceof PyTuple && !seq.type().heap && (k == 1 || src.length == 0)) {
                return seq;
            }
            PyObject[] r = new PyObject[repeatedLength(src.length, k)];
            for (int i = 0; i * src.length < r.length; i++) {
                System.arraycopy(src, 0, r, i * src.length, src.length);
            }
            return seq instanceof PyList ? new PyList(r) : new PyTuple(r);
        }
        if (seq instanceof PyBytes) {
            PyBytes b = (PyBytes) seq;
            if (!b.mutable && b.size != 0 && k > Long.MAX_VALUE / b.size) {
                throw Py.overflow("repeated bytes are too long");
            }
            return b.repeat(repeatedLength(b.size, k) == 0 ? 0 : (int) k);
        }
        if (seq instanceof PyDeque) {
            return DequeMethods.repeat(ts, (PyDeque) seq, k);
        }
        return null;
    }

    public static PyObject neg(ThreadState ts, PyObject a) {
        PyType ut = a.type();
        if (ut.heap && ut.slots[PyType.S_NEG] != null && !(ut.slots[PyType.S_NEG] instanceof PyBuiltin)) {
            // a subclass's own method first (IntFlag's __invert__): the fast paths below are for built-in values
            return callSlot(ts, ut.slots[PyType.S_NEG], a);
        }
        if (a instanceof PyInt) {
            return PyInt.neg((PyInt) a);
        }
        if (a instanceof PyFloat) {
            return Py.newFloat(-((PyFloat) a).v);
        }
        if (a instanceof PyComplex) {
            return new PyComplex(-((PyComplex) a).re, -((PyComplex) a).im);
        }
        return unaryUser(ts, a, PyType.S_NEG, "-");
    }

    public static PyObject pos(ThreadState ts, PyObject a) {
        PyType ut = a.type();
        if (ut.heap && ut.slots[PyType.S_POS] != null && !(ut.slots[PyType.S_POS] instanceof PyBuiltin)) {
            // a subclass's own method first (IntFlag's __invert__): the fast paths below are for built-in values
            return callSlot(ts, ut.slots[PyType.S_POS], a);
        }
        // +x of a subclass instance is the exact base value, as CPython's int_pos/float_pos/complex_pos
        if (a instanceof PyInt) {
            return a.type() == Builtins.INT ? a : ((PyInt) a).big != null ? Py.newInt(((PyInt) a).big)
                    : Py.newInt(((PyInt) a).v);
        }
        if (a instanceof PyFloat) {
            return a.type() == Builtins.FLOAT ? a : Py.newFloat(((PyFloat) a).v);
        }
        if (a instanceof PyComplex) {
            return a.type() == Builtins.COMPLEX ? a : new PyComplex(((PyComplex) a).re, ((PyComplex) a).im);
        }
        return unaryUser(ts, a, PyType.S_POS, "+");
    }

    public static PyObject invert(ThreadState ts, PyObject a) {
        PyType ut = a.type();
        if (ut.heap && ut.slots[PyType.S_INVERT] != null && !(ut.slots[PyType.S_INVERT] instanceof PyBuiltin)) {
            // a subclass's own method first (IntFlag's __invert__): the fast paths below are for built-in values
            return callSlot(ts, ut.slots[PyType.S_INVERT], a);
        }
        if (a instanceof PyInt) {
            PyInt i = (PyInt) a;
            return i.isSmall() ? Py.newInt(~i.v) : Py.newInt(i.toBig().not());
        }
        return unaryUser(ts, a, PyType.S_INVERT, "~");
    }

    public static PyObject abs(ThreadState ts, PyObject a) {
        PyType ut = a.type();
        if (ut.heap && ut.slots[PyType.S_ABS] != null && !(ut.slots[PyType.S_ABS] instanceof PyBuiltin)) {
            // a subclass's own method first (IntFlag's __invert__): the fast paths below are for built-in values
            return callSlot(ts, ut.slots[PyType.S_ABS], a);
        }
        if (a instanceof PyInt) {
            PyObject r = ((PyInt) a).abs();
            // abs of a subclass instance is an exact int, as CPython's int_abs (abs(x) may return x itself)
            return r.type() == Builtins.INT || r instanceof PyBool ? r : pos(ts, r);
        }
        if (a instanceof PyFloat) {
            return Py.newFloat(Math.abs(((PyFloat) a).v));
        }
        if (a instanceof PyComplex) {
            return Py.newFloat(Math.hypot(((PyComplex) a).re, ((PyComplex) a).im));
        }
        PyType t = a.type();
        if (t.heap && t.slots[PyType.S_ABS] != null) {
            return callSlot(ts, t.slots[PyType.S_ABS], a);
        }
        throw Py.typeError("bad operand type for abs(): '" + t.name + "'");
    }

    private static PyObject unaryUser(ThreadState ts, PyObject a, int slot, String sym) {
        PyType t = a.type();
        if (t.heap && t.slots[slot] != null) {
            return callSlot(ts, t.slots[slot], a);
        }
        throw Py.typeError("bad operand type for unary " + sym + ": '" + t.name + "'");
    }

    // ---------------------------------------------------------------- items and iteration

    public static PyObject getitem(ThreadState ts, PyObject o, PyObject k) {
        PyType t = o.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_GETITEM];
            if (f != null) {
                return callSlot(ts, f, o, k);
            }
        }
        if (o instanceof PyType && !t.heap && o != Builtins.TYPE) {
            return o.getitem(ts, k);
        }
        return o.getitem(ts, k);
    }

    public static void setitem(ThreadState ts, PyObject o, PyObject k, PyObject v) {
        PyType t = o.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_SETITEM];
            if (f != null) {
                callSlot(ts, f, o, k, v);
                return;
            }
        }
        o.setitem(ts, k, v);
    }

    /**
     * LOAD_NAME in a namespace that is a dict subclass (a class body run in __prepare__'s mapping): its own
     * {@code __getitem__} when it has one (null on KeyError, so the lookup goes on to globals), else the storage.
     */
    public static PyObject nameLookup(ThreadState ts, PyDict d, String name) {
        if (d.type().slots[PyType.S_GETITEM] == null) {
            return d.getStr(name);
        }
        try {
            return getitem(ts, d, Py.str(name));
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Exc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    public static void delitem(ThreadState ts, PyObject o, PyObject k) {
        PyType t = o.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_DELITEM];
            if (f != null) {
                callSlot(ts, f, o, k);
                return;
            }
        }
        o.delitem(ts, k);
    }

    public static boolean contains(ThreadState ts, PyObject container, PyObject v) {
        PyType t = container.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_CONTAINS];
            if (f != null) {
                if (f == Py.None) {
                    throw Py.typeError("'" + t.name + "' object is not a container");
                }
                return truth(ts, callSlot(ts, f, container, v));
            }
            if (t.slots[PyType.S_ITER] == Py.None) {
                // __iter__ = None: not iterable, and _PySequence_IterSearch's message for it
                throw Py.typeError("argument of type '" + t.name + "' is not iterable");
            }
            if (t.slots[PyType.S_ITER] != null || t.slots[PyType.S_GETITEM] != null) {
                PyObject it = iter(ts, container);
                for (PyObject x; (x = next(ts, it)) != null; ) {
                    if (x == v || eq(ts, x, v)) {
                        return true;
                    }
                }
                return false;
            }
        }
        if (container instanceof PyBigRange) {
            return container.contains(ts, v);
        }
        if (!t.heap && container.len(ts) < 0 && !(container instanceof PyDictView)
                && t.lookup("__iter__") == null && !(container instanceof PyIterBase)
                && !(container instanceof PyGenerator)) {
                    throw Py.typeError("argument of type '" + t.name + "' is not iterable");
                }
        return container.contains(ts, v);
    }

    public static PyObject iter(ThreadState ts, PyObject o) {
        PyType t = o.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_ITER];
            if (f != null) {
                if (f == Py.None) {
                    throw Py.typeError("'" + t.name + "' object is not iterable"); // __iter__ = None (slot_tp_iter)
                }
                PyObject r = callSlot(ts, f, o);
                PyType rt = r.type();
                if (!(rt.heap && rt.slots[PyType.S_NEXT] != null || isIterator(r))) {
                    throw Py.typeError("iter() returned non-iterator of type '" + rt.name + "'");
                }
                return r;
            }
            // the old sequence protocol only when no class of the MRO has __iter__: a subclass of a built-in
            // iterable that overrides __getitem__ still iterates as its base (CPython's tp_iter is inherited)
            if (t.slots[PyType.S_GETITEM] != null && t.lookup("__iter__") == null) {
                return new PySeqIter(o, -1);
            }
        }
        return o.iter(ts);
    }

    static boolean isIterator(PyObject r) {
        return r instanceof PySeqIter || r instanceof PyDictIter || r instanceof PySet.PySetIter
                || r instanceof PyRange.Iter || r instanceof PyIterBase || r instanceof PyGenerator
                || r.type() == Builtins.ITERATOR || r.type().lookup("__next__") != null;
    }

    /** The next item, or null when exhausted (StopIteration from a user __next__ is absorbed). */
    public static PyObject next(ThreadState ts, PyObject it) {
        PyType t = it.type();
        if (t.heap) {
            PyObject f = t.slots[PyType.S_NEXT];
            if (f == null) {
                // a heap subclass of a built-in iterator (zip, itertools.chain, ...) steps as its base
                return it.next(ts);
            }
            try {
                return callSlot(ts, f, it);
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.StopIteration)) {
                    return null;
                }
                throw e;
            }
        }
        return it.next(ts);
    }

    /** Whether a value can follow * in a call or display. */
    public static boolean isIterableForStar(ThreadState ts, PyObject v) {
        PyType t = v.type();
        if (t.heap) {
            return t.slots[PyType.S_ITER] != null || t.slots[PyType.S_GETITEM] != null || t.lookup("__iter__") != null;
        }
        try {
            v.iter(ts);
            return true;
        } catch (PyException e) {
            return false;
        }
    }

    public static PyObject[] toArray(ThreadState ts, PyObject o) {
        if (o instanceof PyTuple && !o.type().heap) {
            return ((PyTuple) o).items;
        }
        if (o instanceof PyList && !o.type().heap) {
            return ((PyList) o).toArray();
        }
        PyList l = new PyList();
        l.extend(ts, o);
        return l.toArray();
    }

    /** Converts an index for a sequence of length n, with negative wrap-around and bounds check. */
    public static int index(ThreadState ts, PyObject key, int n, String what) {
        if (!(key instanceof PyInt)) {
            if (key.type().heap && key.type().slots[PyType.S_INDEX] != null) {
                key = callSlot(ts, key.type().slots[PyType.S_INDEX], key);
                if (!(key instanceof PyInt)) {
                    throw Py.typeError("__index__ returned non-int (type " + key.type().name + ")");
                }
            } else if ("string".equals(what)) {
                throw Py.typeError("string indices must be integers, not '" + key.type().name + "'"); // 3.11's text
            } else {
                // range's "range indices must ..." (its IndexError keeps "range object index out of range")
                throw Py.typeError(what.replace(" assignment", "").replace(" object", "")
                        + " indices must be integers or slices, not " + key.type().name);
            }
        }
        PyInt k = (PyInt) key;
        if (!k.isSmall()) {
            throw Py.indexError("cannot fit 'int' into an index-sized integer"); // CPython's PyNumber_AsSsize_t
        }
        long i = k.v;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.indexError(what.equals("byte") ? "index out of range" : what + " index out of range");
        }
        return (int) i;
    }

    public static long asIndex(ThreadState ts, PyObject o) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (!i.isSmall()) {
                return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            return i.v;
        }
        if (o.type().heap && o.type().slots[PyType.S_INDEX] != null) {
            return asIndex(ts, callSlot(ts, o.type().slots[PyType.S_INDEX], o));
        }
        throw Py.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /**
     * A Py_ssize_t argument as PyNumber_AsSsize_t takes it (insert, pop, a sequence's {@code __getitem__}): an int
     * or an object with {@code __index__}, else "'NoneType' object cannot be interpreted as an integer"; clamped
     * as {@link #asIndex}.
     */
    public static long asSsize(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && !(o.type().heap && o.type().slots[PyType.S_INDEX] != null)) {
            throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        return asIndex(ts, o);
    }

    /** A start or stop of list.index/tuple.index/deque.index (_PyEval_SliceIndexNotNone): None refused. */
    public static long asIndexNotNone(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt) && !(o.type().heap && o.type().slots[PyType.S_INDEX] != null)) {
            throw Py.typeError("slice indices must be integers or have an __index__ method");
        }
        return asIndex(ts, o);
    }

    /** An int from an object with __index__ (for range, chr, bin, ...). */
    public static PyInt toInt(ThreadState ts, PyObject o) {
        if (o instanceof PyInt) {
            return (PyInt) o;
        }
        if (o.type().heap && o.type().slots[PyType.S_INDEX] != null) {
            return toInt(ts, callSlot(ts, o.type().slots[PyType.S_INDEX], o));
        }
        throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    public static double toDouble(ThreadState ts, PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).v;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).toDouble();
        }
        PyType t = o.type();
        if (t.heap && t.slots[PyType.S_FLOAT] != null) {
            return toDouble(ts, callSlot(ts, t.slots[PyType.S_FLOAT], o));
        }
        if (t.heap && t.slots[PyType.S_INDEX] != null) {
            return toDouble(ts, callSlot(ts, t.slots[PyType.S_INDEX], o));
        }
        throw Py.typeError("must be real number, not " + t.name);
    }

    // ---------------------------------------------------------------- attributes

    public static boolean isDataDescr(PyObject d) {
        if (d instanceof PyDescr) {
            return ((PyDescr) d).isData();
        }
        PyType t = d.type();
        return t.heap && (t.slots[PyType.S_SET] != null || t.slots[PyType.S_DELETE] != null);
    }

    /** A data descriptor of a Python class with __set__ or __delete__ but no __get__: the instance dict wins. */
    private static boolean setOnly(PyObject d) {
        PyType dt = d.type();
        return dt.heap && !(d instanceof PyDescr) && dt.slots[PyType.S_GET] == null;
    }

    /** Binds a class attribute to an instance (obj == null: accessed on the class). */
    public static PyObject bindDescr(ThreadState ts, PyObject d, PyObject obj, PyType type) {
        if (d instanceof PyFunction) {
            return obj == null ? d : new PyMethod(d, obj);
        }
        if (d instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) d;
            return obj == null || !b.isMethodDescr() ? d : b.bind(obj);
        }
        if (d instanceof PyDescr) {
            return ((PyDescr) d).get(ts, obj, type);
        }
        PyType dt = d.type();
        if (dt.heap && dt.slots[PyType.S_GET] != null) {
            return callSlot(ts, dt.slots[PyType.S_GET], d, obj == null ? Py.None : obj, type);
        }
        return d;
    }

    public static PyObject getattr(ThreadState ts, PyObject o, String name) {
        PyType t = o.type();
        if (t.heap && t.slots[PyType.S_GETATTR] == null && t.slots[PyType.S_GETATTRIBUTE] != null
                && !(o instanceof PySuper)) {
            // a class's own __getattribute__ without __getattr__: its AttributeError is the one raised
            return callSlot(ts, t.slots[PyType.S_GETATTRIBUTE], o, Py.str(name));
        }
        if (o instanceof PyModule && !t.heap) {
            // a module's own __getattr__: its AttributeError is the one raised (PEP 562)
            PyObject r = genericGetattr(ts, o, name);
            PyObject ga = r == null ? ((PyModule) o).dict.getStr("__getattr__") : null;
            if (ga != null) {
                return call(ts, ga, Py.str(name));
            }
            if (r != null) {
                return r;
            }
            throw noModuleAttr(ts, (PyModule) o, name);
        }
        if (t.heap && t.slots[PyType.S_GETATTR] != null && !(o instanceof PySuper)) {
            return getattrHooked(ts, o, t, name);
        }
        PyObject r = getattrOrNull(ts, o, name);
        if (r == null) {
            throw noAttr(o, name);
        }
        return r;
    }

    /**
     * getattr of an instance of a class with {@code __getattr__}: the AttributeError that hook raises is the one
     * raised (with its own message), its {@code name} and {@code obj} set as CPython 3.11's PyObject_GetAttr sets
     * them.
     */
    private static PyObject getattrHooked(ThreadState ts, PyObject o, PyType t, String name) {
        PyObject ga = t.slots[PyType.S_GETATTRIBUTE];
        PyObject r;
        try {
            r = ga != null ? callSlot(ts, ga, o, Py.str(name)) : genericGetattr(ts, o, name);
        } catch (PyException e) {
            if (!e.exc.isInstance(Exc.AttributeError)) {
                throw e;
            }
            r = null;
        }
        if (r != null) {
            return r;
        }
        try {
            return callSlot(ts, t.slots[PyType.S_GETATTR], o, Py.str(name));
        } catch (PyException e) {
            if (e.exc.isInstance(Exc.AttributeError)) {
                e.exc.attrs().putStr("name", Py.str(name));
                e.exc.attrs().putStr("obj", o);
            }
            throw e;
        }
    }

    /**
     * A module's missing attribute, in CPython's words: named by the module's {@code __name__}, and "partially
     * initialized ... (most likely due to a circular import)" while its body still runs (its spec's
     * {@code _initializing}, set by the import machinery).
     */
    static PyException noModuleAttr(ThreadState ts, PyModule m, String name) {
        PyObject mod = m.dict.getStr("__name__");
        String text;
        if (!(mod instanceof PyStr)) {
            text = "module has no attribute '" + name + "'";
        } else if (org.stmj.python.vm.Interpreter.initializing(ts, m)) {
            text = "partially initialized module '" + ((PyStr) mod).value() + "' has no attribute '" + name
                    + "' (most likely due to a circular import)";
        } else {
            text = "module '" + ((PyStr) mod).value() + "' has no attribute '" + name + "'";
        }
        return attrError(text, m, name);
    }

    public static PyException noAttr(PyObject o, String name) {
        String text;
        if (o instanceof PyModule) {
            text = "module '" + ((PyModule) o).name + "' has no attribute '" + name + "'";
        } else if (o instanceof PyType) {
            text = "type object '" + ((PyType) o).name + "' has no attribute '" + name + "'";
        } else {
            text = "'" + o.type().name + "' object has no attribute '" + name + "'";
        }
        return attrError(text, o, name);
    }

    /** An AttributeError with its name and obj, as CPython sets them (the traceback's "Did you mean" reads them). */
    private static PyException attrError(String text, PyObject o, String name) {
        PyException x = Py.attributeError(text);
        x.exc.attrs().putStr("name", Py.str(name));
        x.exc.attrs().putStr("obj", o);
        return x;
    }

    /** Attribute lookup; null when absent (AttributeError from a descriptor or __getattr__ is absorbed). */
    public static PyObject getattrOrNull(ThreadState ts, PyObject o, String name) {
        if (o instanceof PySuper) {
            return ((PySuper) o).getattr(ts, name);
        }
        PyType t = o.type();
        if (t.heap) {
            PyObject ga = t.slots[PyType.S_GETATTRIBUTE];
            PyObject r;
            try {
                r = ga != null ? callSlot(ts, ga, o, Py.str(name)) : genericGetattr(ts, o, name);
            } catch (PyException e) {
                if (!e.exc.isInstance(Exc.AttributeError) || t.slots[PyType.S_GETATTR] == null) {
                    if (e.exc.isInstance(Exc.AttributeError) && ga != null) {
                        return null;
                    }
                    throw e;
                }
                r = null;
            }
            if (r == null && t.slots[PyType.S_GETATTR] != null) {
                try {
                    return callSlot(ts, t.slots[PyType.S_GETATTR], o, Py.str(name));
                } catch (PyException e) {
                    if (e.exc.isInstance(Exc.AttributeError)) {
                        return null;
                    }
                    throw e;
                }
            }
            return r == null && o instanceof PyModule ? moduleGetattr(ts, (PyModule) o, name) : r;
        }
        PyObject r = genericGetattr(ts, o, name);
        return r == null && o instanceof PyModule ? moduleGetattr(ts, (PyModule) o, name) : r;
    }

    /**
     * The module-level {@code __getattr__(name)} of PEP 562, for a name the module does not have; null when the
     * module defines none or it raises AttributeError.
     */
    private static PyObject moduleGetattr(ThreadState ts, PyModule m, String name) {
        PyObject ga = m.dict.getStr("__getattr__");
        if (ga == null) {
            return null;
        }
        try {
            return call(ts, ga, Py.str(name));
        } catch (PyException e) {
            if (e.exc.isInstance(Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** object.__getattribute__: data descriptors, then the instance dict, then other class attributes. */
    public static PyObject genericGetattr(ThreadState ts, PyObject o, String name) {
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            if (!inst.type.hasDataDescr && inst.attrs != null && !inst.attrs.heapKeys) {
                PyObject v = inst.attrs.getStr(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (o instanceof PyType) {
            return typeGetattr(ts, (PyType) o, name);
        }
        if (o instanceof PyModule) {
            PyObject v = ((PyModule) o).dict.getStr(name);
            if (v != null) {
                return v;
            }
            if (name.equals("__annotations__") && o.type() == Builtins.MODULE) {
                // module.__annotations__ is made empty on first access (CPython 3.10+)
                PyDict ann = new PyDict();
                ((PyModule) o).dict.putStr(name, ann);
                return ann;
            }
        }
        PyType t = o.type();
        PyObject d = t.lookup(name);
        if (d != null && isDataDescr(d) && !setOnly(d)) {
            return bindDescr(ts, d, o, t);
        }
        PyDict dict = o.attrs();
        if (dict != null && !(o instanceof PyModule)) {
            PyObject v = dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (d != null) {
            return bindDescr(ts, d, o, t);
        }
        return Attrs.special(ts, o, name);
    }

    static PyObject typeGetattr(ThreadState ts, PyType t, String name) {
        switch (name) {
            case "__name__": case "__qualname__": case "__mro__": case "__bases__": case "__base__": case "__dict__":
            case "__class__":
                // data descriptors of type: they win over a class attribute of the same name (a property
                // __name__ of the class is for its instances)
                return Attrs.typeSpecial(ts, t, name);
            case "__annotations__": {
                // the class's own annotations, never a base's; a heap class without any gets an empty dict
                PyObject ann = t.dict.getStr(name);
                if (ann != null) {
                    return bindDescr(ts, ann, null, t);
                }
                if (!t.heap) {
                    return null;
                }
                PyDict fresh = new PyDict();
                genericSetattr(ts, t, name, fresh);
                return fresh;
            }
            default:
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            if (v instanceof TypeAttr) {
                // type's own getset (type.__doc__): a descriptor of the metaclass, applied to the class
                return ((TypeAttr) v).get(ts, t, t.type());
            }
            if (v instanceof PyBuiltin && ((PyBuiltin) v).isMethodDescr()
                    && ((PyBuiltin) v).owner.equals("@classmethod")) {
                return ((PyBuiltin) v).boundToClass(t, "@classmethod");
            }
            return bindDescr(ts, v, null, t);
        }
        PyObject s = Attrs.typeSpecial(ts, t, name);
        if (s != null) {
            return s;
        }
        if (t.metatype != null) {
            PyObject mv = t.metatype.lookup(name);
            if (mv != null) {
                return bindDescr(ts, mv, t, t.metatype);
            }
        }
        PyObject m = Builtins.TYPE.dict.getStr(name);
        if (m != null) {
            return bindDescr(ts, m, t, Builtins.TYPE);
        }
        return null;
    }

    public static boolean hasAttr(ThreadState ts, PyObject o, String name) {
        return getattrOrNull(ts, o, name) != null;
    }

    public static void setattr(ThreadState ts, PyObject o, String name, PyObject v) {
        PyType t = o.type();
        if (t.heap && t.slots[PyType.S_SETATTR] != null) {
            callSlot(ts, t.slots[PyType.S_SETATTR], o, Py.str(name), v);
            return;
        }
        genericSetattr(ts, o, name, v);
    }

    public static void genericSetattr(ThreadState ts, PyObject o, String name, PyObject v) {
        if (o instanceof PyType) {
            PyType ty = (PyType) o;
            if (!ty.heap) {
                throw Py.typeError("cannot set '" + name + "' attribute of immutable type '" + ty.name + "'");
            }
            if (name.equals("__name__")) {
                if (!(v instanceof PyStr)) {
                    throw Py.typeError("can only assign string to " + ty.name + ".__name__, not '"
                            + v.type().name + "'");
                }
                ty.name = str(ts, v);
                ty.cName = false;
                return;
            }
            ReadonlyAttr.typeAttr(name);
            if (name.equals("__qualname__")) {
                if (!(v instanceof PyStr)) {
                    throw Py.typeError("can only assign string to " + ty.name + ".__qualname__, not '"
                            + v.type().name + "'");
                }
                ty.qualname = ((PyStr) v).value();
                return;
            }
            if (name.equals("__bases__")) {
                ty.setBases(ts, v);
                return;
            }
            // an in-place rebinding keeps the type's version (caches read values at their positions) unless the
            // kind of answer changes: a dunder (slot table), or a data descriptor put in or replaced
            PyObject old = ty.dict.getStr(name);
            ty.dict.putStr(name, v);
            if (name.startsWith("__") || isDataDescr(v) || old != null && isDataDescr(old)) {
                ty.refreshSlots();
            }
            return;
        }
        if (o instanceof PyFunction && setFunctionAttr(ts, (PyFunction) o, name, v)) {
            return;
        }
        PyType t = o.type();
        PyObject d = t.lookup(name);
        if (d != null && isDataDescr(d)) {
            if (d instanceof PyDescr) {
                ((PyDescr) d).set(ts, o, v);
            } else if (d.type().slots[PyType.S_SET] == null) {
                // a data descriptor with __delete__ only
                throw Py.raise(Exc.AttributeError, "__set__");
            } else {
                callSlot(ts, d.type().slots[PyType.S_SET], d, o, v);
            }
            return;
        }
        if (name.equals("__class__")) {
            setClass(ts, o, v);
            return;
        }
        PyDict dict = o.attrs();
        if (dict != null && t.noDict && t.heap && !(o instanceof PyInstance || o instanceof PyBaseException
                || o instanceof PyModule)) {
            dict = null; // a subclass of tuple, list, int, ... with __slots__ and no __dict__ (namedtuple)
        }
        if (dict == null) {
            ReadonlyAttr.builtinAttr(o, name);
            if (t.lookup(name) != null || name.equals("__doc__")) {
                throw Py.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            }
            throw Py.attributeError("'" + t.name + "' object has no attribute '" + name + "'");
        }
        if (name.equals("__dict__") && o instanceof PyInstance) {
            replaceDict(ts, o, v);
            return;
        }
        dict.putStr(name, v);
    }

    /**
     * {@code o.__class__ = v} (object's {@code __class__} setter): only between classes with the same instance
     * layout (built-in layout, slots, dict and weak-reference support), and only for instances of Python classes,
     * as CPython's compatible_for_assignment; an object moved to a class with {@code __del__} is armed.
     */
    static void setClass(ThreadState ts, PyObject o, PyObject v) {
        if (!(v instanceof PyType)) {
            throw Py.typeError("__class__ must be set to a class, not '" + v.type().name + "' object");
        }
        PyType from = o.type(), to = (PyType) v;
        if (o instanceof PyModule) {
            // a built-in module object cannot change class here; the name is kept in its namespace (as before)
            ((PyModule) o).dict.putStr("__class__", v);
            return;
        }
        if (!from.heap || !to.heap) {
            throw Py.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean weakFrom = from.lookup("__weakref__") != null, weakTo = to.lookup("__weakref__") != null;
        String[] sf = from.slotNames == null ? null : from.slotNames.clone();
        String[] st = to.slotNames == null ? null : to.slotNames.clone();
        if (sf != null && st != null) {
            java.util.Arrays.sort(sf);
            java.util.Arrays.sort(st);
        }
        if (from.solid != to.solid || from.noDict != to.noDict || weakFrom != weakTo
                || !java.util.Arrays.equals(sf, st)) {
            throw Py.typeError("__class__ assignment: '" + to.name + "' object layout differs from '"
                    + from.name + "'");
        }
        if (o instanceof PyInstance && from.slotNames != null
                && !java.util.Arrays.equals(from.slotNames, to.slotNames)) {
            // the same slots in another order (CPython lays them out sorted): move the values to the new indices
            PyObject[] sv = ((PyInstance) o).slotValues;
            PyObject[] old = sv.clone();
            for (int i = 0; i < from.slotNames.length; i++) {
                sv[java.util.Arrays.asList(to.slotNames).indexOf(from.slotNames[i])] = old[i];
            }
        }
        if (o instanceof PyInstance) {
            ((PyInstance) o).setType(to);
        } else if (o instanceof PyList) {
            ((PyList) o).type = to;
        } else if (o instanceof PyDict) {
            ((PyDict) o).type = to;
        } else if (o instanceof PySet) {
            ((PySet) o).type = to;
        } else {
            throw Py.typeError("__class__ assignment: '" + to.name + "' object layout differs from '"
                    + from.name + "'");
        }
        Finalizers.track(ts, o);
    }

    /**
     * {@code o.__dict__ = v}: the object keeps its own dictionary object (which also holds its {@code __del__}
     * trigger), so assignment replaces its contents.
     */
    static void replaceDict(ThreadState ts, PyObject o, PyObject v) {
        if (!(v instanceof PyDict)) {
            throw Py.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name + "'");
        }
        PyDict dict = o.attrs();
        if (dict == null) {
            throw Py.attributeError("'" + o.type().name + "' object has no attribute '__dict__'");
        }
        if (v != dict) {
            PyObject[] copy = new PyObject[] {new PyDict()};
            ((PyDict) copy[0]).update(ts, new PyObject[] {v}, null);
            dict.clear();
            dict.update(ts, copy, null);
        }
    }

    /** Function attributes kept in fields (functools.wraps and namedtuple write them). */
    static boolean setFunctionAttr(ThreadState ts, PyFunction f, String name, PyObject v) {
        switch (name) {
            case "__name__":
                if (!(v instanceof PyStr)) {
                    throw Py.typeError("__name__ must be set to a string object");
                }
                f.name = ((PyStr) v).value();
                return true;
            case "__qualname__":
                if (!(v instanceof PyStr)) {
                    throw Py.typeError("__qualname__ must be set to a string object");
                }
                f.qualname = ((PyStr) v).value();
                return true;
            case "__doc__":
                f.doc = v;
                return true;
            case "__defaults__":
                if (v != Py.None && !(v instanceof PyTuple)) {
                    throw Py.typeError("__defaults__ must be set to a tuple object");
                }
                f.defaults = v == Py.None ? null : ((PyTuple) v).items.clone();
                return true;
            case "__kwdefaults__":
                if (v != Py.None && !(v instanceof PyDict)) {
                    throw Py.typeError("__kwdefaults__ must be set to a dict object");
                }
                f.kwdefaults = v == Py.None ? null : (PyDict) v;
                return true;
            case "__annotations__":
                if (v != Py.None && !(v instanceof PyDict)) {
                    throw Py.typeError("__annotations__ must be set to a dict object");
                }
                f.annotations = v instanceof PyDict ? (PyDict) v : null;
                return true;
            case "__code__":
                if (v.type() != Builtins.CODE) {
                    throw Py.typeError("__code__ must be set to a code object");
                }
                return false;
            case "__globals__": case "__closure__": case "__builtins__":
                throw Py.attributeError("readonly attribute");
            case "__dict__":
                if (!(v instanceof PyDict)) {
                    throw Py.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name + "'");
                }
                return false;
            default:
                return false;
        }
    }

    /** {@code del f.name} of a function's own attributes (CPython's getset deleters); false for the others. */
    static boolean delFunctionAttr(PyFunction f, String name) {
        switch (name) {
            case "__name__": case "__qualname__":
                throw Py.typeError(name + " must be set to a string object");
            case "__code__":
                throw Py.typeError("__code__ must be set to a code object");
            case "__globals__": case "__closure__": case "__builtins__":
                throw Py.attributeError("readonly attribute");
            case "__dict__":
                throw Py.typeError("cannot delete __dict__");
            case "__doc__":
                f.doc = Py.None;
                return true;
            case "__defaults__":
                f.defaults = null;
                return true;
            case "__kwdefaults__":
                f.kwdefaults = null;
                return true;
            case "__annotations__":
                f.annotations = null;
                return true;
            default:
                return false;
        }
    }

    public static void delattr(ThreadState ts, PyObject o, String name) {
        PyType t = o.type();
        if (t.heap && t.slots[PyType.S_DELATTR] != null) {
            callSlot(ts, t.slots[PyType.S_DELATTR], o, Py.str(name));
            return;
        }
        genericDelattr(ts, o, name);
    }

    public static void genericDelattr(ThreadState ts, PyObject o, String name) {
        if (o instanceof PyType && !((PyType) o).heap) {
            throw Py.typeError("cannot set '" + name + "' attribute of immutable type '" + ((PyType) o).name
                    + "'");
        }
        if (name.equals("__class__") && !(o instanceof PyType)) {
            throw Py.typeError("can't delete __class__ attribute");
        }
        if (o instanceof PyType) {
            ReadonlyAttr.typeAttr(name);
            if (name.equals("__module__")) {
                throw Py.typeError("cannot delete '__module__' attribute of immutable type '" + ((PyType) o).name
                        + "'");
            }
        } else if (o instanceof PyFunction && delFunctionAttr((PyFunction) o, name)) {
            return;
        }
        PyType t = o.type();
        PyObject d = t.lookup(name);
        if (d != null && isDataDescr(d) && (!(o instanceof PyType) || d instanceof TypeAttr)) {
            if (d instanceof PyDescr) {
                ((PyDescr) d).delete(ts, o);
            } else if (d.type().slots[PyType.S_DELETE] == null) {
                // a data descriptor with __set__ only (CPython: slot_tp_descr_set looks __delete__ up and fails)
                throw Py.raise(Exc.AttributeError, "__delete__");
            } else {
                callSlot(ts, d.type().slots[PyType.S_DELETE], d, o);
            }
            return;
        }
        PyDict dict = o.attrs();
        if (dict == null) {
            ReadonlyAttr.builtinAttr(o, name);
            if (t.lookup(name) != null || name.equals("__doc__")) {
                throw Py.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            }
        }
        if (dict == null || dict.remove(ts, Py.str(name)) == null) {
            throw noAttr(o, name);
        }
        if (o instanceof PyType && name.startsWith("__")) {
            ((PyType) o).refreshSlots();
        }
    }

    // ---------------------------------------------------------------- calls

    public static PyObject call(ThreadState ts, PyObject f, PyObject... args) {
        return call(ts, f, args, null);
    }

    public static PyObject call(ThreadState ts, PyObject f, PyObject[] args, String[] kw) {
        PyType t = f.type();
        if (t.heap) {
            PyObject c = t.slots[PyType.S_CALL];
            if (c != null) {
                return call(ts, bindDescr(ts, c, f, t), args, kw);
            }
        }
        return f.call(ts, args, kw);
    }

    public static PyObject callMethod(ThreadState ts, PyObject o, String name, PyObject... args) {
        return call(ts, getattr(ts, o, name), args, null);
    }

    public static boolean isCallable(PyObject o) {
        if (o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType
                || o instanceof PyStaticMethod) {
                    return true;
                }
        PyType t = o.type();
        if (t.heap) {
            return t.slots[PyType.S_CALL] != null;
        }
        try {
            return o.getClass().getMethod("call", ThreadState.class, PyObject[].class, String[].class)
                    .getDeclaringClass() != PyObject.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- isinstance

    public static boolean isinstance(ThreadState ts, PyObject o, PyObject cls) {
        if (cls instanceof PyType) {
            PyType c = (PyType) cls;
            if (o.type().isSubtype(c)) {
                return true;
            }
            PyObject chk = userHook(ts, c, "__instancecheck__");
            if (chk != null) {
                return truth(ts, call(ts, chk, o));
            }
            // CPython's object_isinstance: a proxy may claim another class through __class__ (asked only of
            // classes that could answer differently: their own __getattribute__ or __class__)
            PyType t = o.type();
            if (t.heap && (t.slots[PyType.S_GETATTRIBUTE] != null || t.lookup("__class__") != null)) {
                PyObject icls = getattrOrNull(ts, o, "__class__");
                if (icls instanceof PyType && icls != t) {
                    return ((PyType) icls).isSubtype(c);
                }
            }
            return false;
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (isinstance(ts, o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyUnion) {
            for (PyObject c : ((PyUnion) cls).args) {
                if (isinstance(ts, o, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject hook = instanceHook(ts, cls, "__instancecheck__");
        if (hook != null) {
            return truth(ts, call(ts, hook, o));
        }
        throw Py.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** __instancecheck__/__subclasscheck__ of an object that is not a class (typing's aliases), bound; or null. */
    private static PyObject instanceHook(ThreadState ts, PyObject cls, String name) {
        PyType ct = cls.type();
        if (!ct.heap) {
            return null;
        }
        PyObject h = ct.lookup(name);
        return h == null ? null : bindDescr(ts, h, cls, ct);
    }

    public static boolean issubclass(ThreadState ts, PyObject sub, PyObject cls) {
        if (!(cls instanceof PyType) && !(cls instanceof PyTuple) && !(cls instanceof PyUnion)) {
            PyObject hook = instanceHook(ts, cls, "__subclasscheck__");
            if (hook != null) {
                return truth(ts, call(ts, hook, sub));
            }
        }
        if (!(sub instanceof PyType)) {
            throw Py.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType) {
            PyType c = (PyType) cls;
            if (((PyType) sub).isSubtype(c)) {
                return true;
            }
            PyObject chk = userHook(ts, c, "__subclasscheck__");
            if (chk != null) {
                return truth(ts, call(ts, chk, sub));
            }
            return false;
        }
        if (cls instanceof PyUnion) {
            for (PyObject c : ((PyUnion) cls).args) {
                if (issubclass(ts, sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (issubclass(ts, sub, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Py.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** A class-level hook (classmethod in the class, or a method of its metaclass) bound to the class. */
    static PyObject userHook(ThreadState ts, PyType c, String name) {
        if (!c.heap) {
            return null;
        }
        PyObject h = c.lookup(name);
        if (h instanceof PyClassMethod) {
            return new PyMethod(((PyClassMethod) h).func, c);
        }
        if (c.metatype != null) {
            PyObject m = heapLookup(c.metatype, name);
            if (m != null) {
                return bindDescr(ts, m, c, c.metatype);
            }
        }
        return null;
    }

    public static PyObject format(ThreadState ts, PyObject v, String spec) {
        PyType t = v.type();
        if (spec.isEmpty() && !t.heap) {
            // f"{i}" of an exact machine-sized int or str: what Formatter.format gives, without parsing a spec
            if (v.getClass() == PyInt.class && ((PyInt) v).big == null) {
                return Py.str(Long.toString(((PyInt) v).v));
            }
            if (v.getClass() == PyStr.class) {
                return v;
            }
        }
        if (t.heap && t.slots[PyType.S_FORMAT] != null) {
            PyObject r = callSlot(ts, t.slots[PyType.S_FORMAT], v, Py.str(spec));
            if (!(r instanceof PyStr)) {
                throw Py.typeError("__format__ must return a str, not " + r.type().name);
            }
            return r;
        }
        if (spec.isEmpty() && t.heap && (v instanceof PyInt || v instanceof PyFloat || v instanceof PyStr
                || v instanceof PyComplex)) {
            // the built-in __format__ of a number or str with an empty spec is str(v): a subclass's __str__ shows
            return Py.str(str(ts, v));
        }
        return Py.str(Formatter.format(ts, v, spec));
    }
}
