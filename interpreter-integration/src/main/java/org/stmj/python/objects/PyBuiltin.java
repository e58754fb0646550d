package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * A function written in Java. In a type's dict it is a method descriptor: attribute access on an instance
 * binds it, and the instance is passed as the first argument.
 */
public final class PyBuiltin extends PyObject {
    /** The Java body of a built-in function or method. */
    @FunctionalInterface
    public interface Native {
        PyObject call(ThreadState ts, PyObject[] args, String[] kw);
    }

    public final String name;
    public final Native fn;
    /** The bound instance, or null. */
    public final PyObject self;
    public final String owner;
    /**
     * The positional arguments the body accepts, a method's self not counted: {@code minArgs..maxArgs}; a
     * negative {@code maxArgs} means the body checks its own arguments (no check here).
     */
    public final int minArgs;
    public final int maxArgs;
    /** Whether keyword arguments are accepted; checked only where {@code maxArgs >= 0}. */
    public final boolean keywords;
    /**
     * The form of the TypeError for a call outside {@code minArgs..maxArgs}: {@link Arity#DEFAULT} (chosen from
     * the name and the range) or one of CPython's forms declared by {@link Arity} with {@link #arityName}.
     */
    final byte arityForm;
    /** The name the declared form's message starts with (CPython's, e.g. "str.capitalize" or "center "). */
    final String arityName;
    /** The module a module-level function belongs to (its __module__), null when none is known. */
    public String module;
    /**
     * The class of an instance method defined by {@link Methods#addMethod}: its self must be an instance. Null in a
     * bound copy ({@link #bind} checked its self) and in a copy made by {@link #forSelfOf}.
     */
    final PyType ownerType;
    /**
     * Bodies for 1, 2 and 3 positional arguments (self included for a method descriptor), or null: the calls
     * {@link #call1} & co. take them without an argument array; see {@link FixedArity} for their contract.
     */
    final FixedArity.Body1 body1;
    final FixedArity.Body2 body2;
    final FixedArity.Body3 body3;
    /** Its Python type: one of the {@code K_} kinds, fixed when it is made or bound. */
    private final byte kind;
    private static final byte K_FUNCTION = 0;
    private static final byte K_METHOD_DESCRIPTOR = 1;
    private static final byte K_WRAPPER_DESCRIPTOR = 2;
    private static final byte K_METHOD_WRAPPER = 3;
    /** The method names that are slots of a type (CPython's slotdefs, {@code __new__} excepted). */
    private static final java.util.Set<String> SLOTS = java.util.Set.of("__getattribute__", "__getattr__",
            "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__",
            "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__",
            "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
            "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
            "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
            "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__",
            "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
            "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__",
            "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__",
            "__setitem__", "__delitem__", "__contains__");


    public PyBuiltin(String name, Native fn) {
        this(name, fn, null, null);
    }

    public PyBuiltin(String name, Native fn, PyObject self, String owner) {
        this(name, fn, self, owner, 0, -1, true);
    }

    /**
     * A built-in whose calls are checked before the body runs: fewer than {@code minArgs} or more than
     * {@code maxArgs} positional arguments (a method's self not counted), or a keyword argument where
     * {@code keywords} is false, raise CPython's TypeError instead of reaching the body.
     */
    public PyBuiltin(String name, Native fn, PyObject self, String owner, int minArgs, int maxArgs,
            boolean keywords) {
        this(name, fn, self, owner, minArgs, maxArgs, keywords, null);
    }

    /** An instance method of {@code ownerType}: called unbound, its first argument must be an instance. */
    PyBuiltin(String name, Native fn, PyObject self, String owner, int minArgs, int maxArgs, boolean keywords,
            PyType ownerType) {
        this.ownerType = ownerType;
        this.name = name;
        this.fn = fn;
        this.self = self;
        this.owner = owner;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.keywords = keywords;
        this.arityForm = Arity.DEFAULT;
        this.arityName = null;
        this.kind = kindOf(name, self, owner);
        this.body1 = null;
        this.body2 = null;
        this.body3 = null;
    }

    /** A copy of {@code b} with the fixed-arity bodies {@code b1..b3} (see {@link FixedArity}). */
    private PyBuiltin(PyBuiltin b, FixedArity.Body1 b1, FixedArity.Body2 b2, FixedArity.Body3 b3) {
        this(b, b1, b2, b3, b.ownerType);
    }

    /** A copy of {@code b} with the fixed-arity bodies {@code b1..b3} and the owner type {@code ot}. */
    private PyBuiltin(PyBuiltin b, FixedArity.Body1 b1, FixedArity.Body2 b2, FixedArity.Body3 b3, PyType ot) {
        this.ownerType = ot;
        this.name = b.name;
        this.fn = b.fn;
        this.self = b.self;
        this.owner = b.owner;
        this.minArgs = b.minArgs;
        this.maxArgs = b.maxArgs;
        this.keywords = b.keywords;
        this.arityForm = b.arityForm;
        this.arityName = b.arityName;
        this.kind = b.kind;
        this.body1 = b1;
        this.body2 = b2;
        this.body3 = b3;
    }

    /**
     * A copy of {@code b} with the declared arity {@code min..max} and message form {@code form}/{@code aname}
     * ({@link Arity}); the bodies for counts outside the range are dropped, so that those counts reach the check.
     */
    private PyBuiltin(PyBuiltin b, int min, int max, byte form, String aname) {
        int s = b.owner != null || b.self != null ? 1 : 0; // a fixed body's count includes a method's self
        this.ownerType = b.ownerType;
        this.name = b.name;
        this.fn = b.fn;
        this.self = b.self;
        this.owner = b.owner;
        this.minArgs = min;
        this.maxArgs = max;
        this.keywords = b.keywords;
        this.arityForm = form;
        this.arityName = aname;
        this.kind = b.kind;
        this.body1 = min <= 1 - s && 1 - s <= max ? b.body1 : null;
        this.body2 = min <= 2 - s && 2 - s <= max ? b.body2 : null;
        this.body3 = min <= 3 - s && 3 - s <= max ? b.body3 : null;
        this.module = b.module;
    }

    /** This built-in with the declared arity and message form of {@link Arity} (same body, same kind). */
    PyBuiltin withArity(int min, int max, byte form, String aname) {
        return new PyBuiltin(this, min, max, form, aname);
    }

    /**
     * This built-in (a class method's function) bound to the class {@code cls} under the owner name {@code own}:
     * a call passes cls first, with the same argument check.
     */
    PyBuiltin boundToClass(PyType cls, String own) {
        PyBuiltin b = new PyBuiltin(name, fn, cls, own, minArgs, maxArgs, keywords, null);
        return arityForm == Arity.DEFAULT ? b : new PyBuiltin(b, minArgs, maxArgs, arityForm, arityName);
    }

    /**
     * This built-in with bodies for a fixed number of positional arguments beside its array body (nulls for the
     * counts it has none for); each must compute what the array body does for that count, and the count must pass
     * the arity check (see {@link FixedArity}).
     */
    public PyBuiltin withFixed(FixedArity.Body1 b1, FixedArity.Body2 b2, FixedArity.Body3 b3) {
        return new PyBuiltin(this, b1, b2, b3);
    }

    /**
     * For a method descriptor whose self has already been found to be of class t (LOAD_METHOD's inline cache entry
     * for t, CALL_METHOD next): this descriptor, or, when it checks its self's class and every instance of t
     * passes that check, a copy that does not check it (the one check per call that {@code selfFits} makes, with
     * a call of {@code type()} on the self). The copy only goes from LOAD_METHOD to CALL_METHOD on the value stack
     * (never to Python code: the method slot of a LOAD_METHOD/CALL_METHOD pair cannot be read), and differs from
     * this one only in that check, so the call's result and errors are the same.
     */
    public PyBuiltin forSelfOf(PyType t) {
        PyType o = ownerType;
        if (o == null || self != null || !t.isSubtype(o)) {
            return this;
        }
        PyBuiltin b = new PyBuiltin(this, body1, body2, body3, null);
        b.module = module;
        return b;
    }

    /**
     * A copy of the method descriptor {@code d} bound to {@code self}, which {@link #bind} has checked against
     * {@code d}'s owner type: the copy has none, so its calls ({@code call1} & co.) do not check self again.
     */
    private PyBuiltin(PyBuiltin d, PyObject self) {
        this.ownerType = null;
        this.name = d.name;
        this.fn = d.fn;
        this.self = self;
        this.owner = d.owner;
        this.minArgs = d.minArgs;
        this.maxArgs = d.maxArgs;
        this.keywords = d.keywords;
        this.arityForm = d.arityForm;
        this.arityName = d.arityName;
        this.kind = d.kind == K_WRAPPER_DESCRIPTOR || d.kind == K_METHOD_WRAPPER ? K_METHOD_WRAPPER : K_FUNCTION;
        this.body1 = d.body1;
        this.body2 = d.body2;
        this.body3 = d.body3;
    }

    /**
     * The kind of a method of the built-in class named {@code owner}: a slot wrapper for slot names, except where
     * CPython's class defines the method itself beside the slot (METH_COEXIST: dict's and list's
     * {@code __getitem__}, dict's, set's and frozenset's {@code __contains__}); a method descriptor otherwise.
     * Bound, a slot wrapper is a method-wrapper and a method descriptor a built-in method.
     */
    private static byte kindOf(String name, PyObject self, String owner) {
        if (owner == null || owner.startsWith("@")) {
            return K_FUNCTION;
        }
        boolean slot = SLOTS.contains(name)
                && !(name.equals("__getitem__") && (owner.equals("dict") || owner.equals("list")))
                && !(name.equals("__contains__")
                && (owner.equals("dict") || owner.equals("set") || owner.equals("frozenset")));
        if (self == null) {
            return slot ? K_WRAPPER_DESCRIPTOR : K_METHOD_DESCRIPTOR;
        }
        return slot ? K_METHOD_WRAPPER : K_FUNCTION;
    }

    /** This method descriptor bound to {@code obj} (same body, same argument check). */
    public PyBuiltin bind(PyObject obj) {
        if (ownerType != null && !obj.type().isSubtype(ownerType)) {
            throw wrongSelf(obj);
        }
        return new PyBuiltin(this, obj);
    }

    /** Whether this is a slot's method (wrapper_descriptor, or method-wrapper when bound). */
    boolean isSlotWrapper() {
        return kind == K_WRAPPER_DESCRIPTOR || kind == K_METHOD_WRAPPER;
    }

    public boolean isMethodDescr() {
        return owner != null && self == null;
    }

    @Override
    public PyType type() {
        switch (kind) {
            case K_METHOD_DESCRIPTOR: return BuiltinDescrTypes.METHOD_DESCRIPTOR;
            case K_WRAPPER_DESCRIPTOR: return BuiltinDescrTypes.WRAPPER_DESCRIPTOR;
            case K_METHOD_WRAPPER: return BuiltinDescrTypes.METHOD_WRAPPER;
            default: return Builtins.BUILTIN_FUNCTION;
        }
    }

    /** Bound built-in methods are equal when they are the same method of the same object (identity). */
    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyBuiltin) || (op != Ops.EQ && op != Ops.NE)) {
            return null;
        }
        PyBuiltin b = (PyBuiltin) o;
        boolean eq = this == b || self != null && fn == b.fn && self == b.self;
        return Py.bool(eq == (op == Ops.EQ));
    }

    @Override
    public long hash(ThreadState ts) {
        return self == null ? Ops.id(this) >>> 4 : Ops.id(self) ^ System.identityHashCode(fn);
    }

    @Override
    public String repr(ThreadState ts) {
        if (self != null && kind == K_METHOD_WRAPPER) {
            return "<method-wrapper '" + name + "' of " + self.type().name + " object at 0x"
                    + Long.toHexString(Ops.id(self)) + ">";
        }
        if (self != null) {
            return "<built-in method " + name + " of " + self.type().name + " object at 0x"
                    + Long.toHexString(Ops.id(self)) + ">";
        }
        if (kind == K_WRAPPER_DESCRIPTOR) {
            return "<slot wrapper '" + name + "' of '" + owner + "' objects>";
        }
        if (owner != null) {
            return "<method '" + name + "' of '" + owner + "' objects>";
        }
        return "<built-in function " + name + ">";
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] args, String[] kw) {
        if (self != null) {
            args = Py.prepend(self, args);
        } else if (owner != null) {
            if (args.length == 0) {
                throw Py.typeError("unbound method " + owner + "." + name + "() needs an argument");
            }
            if (ownerType != null && !args[0].type().isSubtype(ownerType)) {
                throw wrongSelf(args[0]);
            }
        }
        if (maxArgs >= 0) {
            checkArgs(args, kw);
        }
        return fn.call(ts, args, kw);
    }

    /*
     * Calls with positional arguments only, without an argument array where a fixed-arity body exists; each does
     * exactly what call(ts, {args}, null) does. callN takes the call's own arguments (a bound method's self is put
     * in front here); positionalN takes all of them, self first for a method descriptor (CALL_METHOD after
     * LOAD_METHOD found the descriptor on self's type).
     */

    public PyObject call0(ThreadState ts) {
        return self != null ? positional1(ts, self) : call(ts, Py.EMPTY, null);
    }

    public PyObject call1(ThreadState ts, PyObject a0) {
        return self != null ? positional2(ts, self, a0) : positional1(ts, a0);
    }

    public PyObject call2(ThreadState ts, PyObject a0, PyObject a1) {
        return self != null ? positional3(ts, self, a0, a1) : positional2(ts, a0, a1);
    }

    public PyObject call3(ThreadState ts, PyObject a0, PyObject a1, PyObject a2) {
        return self != null ? call(ts, new PyObject[] {a0, a1, a2}, null) : positional3(ts, a0, a1, a2);
    }

    public PyObject positional1(ThreadState ts, PyObject a0) {
        FixedArity.Body1 b = body1;
        return b != null && selfFits(a0) ? b.call(ts, a0) : fn.call(ts, checked(new PyObject[] {a0}), null);
    }

    public PyObject positional2(ThreadState ts, PyObject a0, PyObject a1) {
        FixedArity.Body2 b = body2;
        return b != null && selfFits(a0) ? b.call(ts, a0, a1) : fn.call(ts, checked(new PyObject[] {a0, a1}), null);
    }

    public PyObject positional3(ThreadState ts, PyObject a0, PyObject a1, PyObject a2) {
        FixedArity.Body3 b = body3;
        return b != null && selfFits(a0) ? b.call(ts, a0, a1, a2)
                : fn.call(ts, checked(new PyObject[] {a0, a1, a2}), null);
    }

    /** Whether a0 may be the self of this unbound method (no owner class to check, an exact or a sub-instance). */
    private boolean selfFits(PyObject a0) {
        PyType o = ownerType;
        if (o == null) {
            return true;
        }
        PyType t = a0.type();
        return t == o || t.isSubtype(o);
    }

    /** The checks of {@link #call} on the complete positional arguments {@code args} of an unbound call. */
    private PyObject[] checked(PyObject[] args) {
        if (owner != null && self == null && ownerType != null && !args[0].type().isSubtype(ownerType)) {
            throw wrongSelf(args[0]);
        }
        if (maxArgs >= 0) {
            checkArgs(args, null);
        }
        return args;
    }

    /** CPython's TypeError for a method descriptor applied to an object that is not an instance of its class. */
    private PyException wrongSelf(PyObject obj) {
        return Py.typeError(name.startsWith("__") && name.endsWith("__")
                ? "descriptor '" + name + "' requires a '" + owner + "' object but received a '" + obj.type().name
                        + "'"
                : "descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + obj.type().name
                        + "' object");
    }

    /** CPython's TypeError for a call outside {@code minArgs..maxArgs} or with a keyword it does not take. */
    private void checkArgs(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int n = args.length - nkw - (owner != null || self != null ? 1 : 0); // a method's self or a bound one's
        if (n >= minArgs && n <= maxArgs && (nkw == 0 || keywords)) {
            return;
        }
        arityError(n, nkw);
    }

    /** Raises the TypeError of {@link #checkArgs} for n positional and nkw keyword arguments, if they are wrong. */
    private void arityError(int n, int nkw) {
        // the error's name is built only here: a string concatenation per call was a measurable share of calls of
        // method descriptors (list.append)
        String q = owner != null && !owner.startsWith("@") ? owner + "." + name : name;
        if (nkw > 0 && !keywords) {
            throw Py.typeError(q + "() takes no keyword arguments");
        }
        if (arityForm != Arity.DEFAULT) {
            if (nkw > 0 && n <= maxArgs) {
                return; // a declared minimum counts positional arguments only: keywords may fill it (the body checks)
            }
            String an = arityName;
            if (an.equals("$")) { // _PyObject_FunctionStr: the bound self's type (or class), else the owner
                an = self == null ? q : (self instanceof PyType ? (PyType) self : self.type()).qualname + "." + name;
            }
            throw Py.typeError(Arity.message(arityForm, an, minArgs, maxArgs, n));
        }
        if (name.startsWith("__") && name.endsWith("__") && minArgs == maxArgs) {
            throw Py.typeError("expected " + minArgs + " argument" + (minArgs == 1 ? "" : "s") + ", got " + n);
        }
        if (maxArgs == 0) {
            throw Py.typeError(q + "() takes no arguments (" + n + " given)");
        }
        if (minArgs == 1 && maxArgs == 1) {
            throw Py.typeError(q + "() takes exactly one argument (" + n + " given)");
        }
        String s = minArgs == maxArgs ? "" : n < minArgs ? "at least " : "at most ";
        int lim = n < minArgs ? minArgs : maxArgs;
        throw Py.typeError(name + " expected " + s + lim + " argument" + (lim == 1 ? "" : "s") + ", got " + n);
    }
}
