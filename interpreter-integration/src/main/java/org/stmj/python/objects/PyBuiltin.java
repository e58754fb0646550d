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

    public PyBuiltin(String name, Native fn) {
        this(name, fn, null, null);
    }

    public PyBuiltin(String name, Native fn, PyObject self, String owner) {
        this.name = name;
        this.fn = fn;
        this.self = self;
        this.owner = owner;
    }

    public boolean isMethodDescr() {
        return owner != null && self == null;
    }

    @Override
    public PyType type() {
        return Builtins.BUILTIN_FUNCTION;
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
            return fn.call(ts, Py.prepend(self, args), kw);
        }
        if (owner != null && args.length == 0) {
            throw Py.typeError("unbound method " + owner + "." + name + "() needs an argument");
        }
        return fn.call(ts, args, kw);
    }
}
