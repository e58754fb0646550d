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
    /** The module a module-level function belongs to (its __module__), null when none is known. */
    public String module;
    /** The class of an instance method defined by {@link Methods#addMethod}: its self must be an instance. */
    final PyType ownerType;

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
    }

    /** This method descriptor bound to {@code obj} (same body, same argument check). */
    public PyBuiltin bind(PyObject obj) {
        if (ownerType != null && !obj.type().isSubtype(ownerType)) {
            throw wrongSelf(obj);
        }
        return new PyBuiltin(name, fn, obj, owner, minArgs, maxArgs, keywords, ownerType);
    }

    public boolean isMethodDescr() {
        return owner != null && self == null;
    }

    @Override
    public PyType type() {
        return Builtins.BUILTIN_FUNCTION;
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
        if (self != null) {
            return "<built-in method " + name + " of " + self.type().name + " object at 0x"
                    + Long.toHexString(Ops.id(self)) + ">";
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
        int n = args.length - nkw - (owner != null ? 1 : 0);
        if (n >= minArgs && n <= maxArgs && (nkw == 0 || keywords)) {
            return;
        }
        // the error's name is built only here: a string concatenation per call was a measurable share of calls of
        // method descriptors (list.append)
        String q = owner != null && !owner.startsWith("@") ? owner + "." + name : name;
        if (nkw > 0 && !keywords) {
            throw Py.typeError(q + "() takes no keyword arguments");
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
