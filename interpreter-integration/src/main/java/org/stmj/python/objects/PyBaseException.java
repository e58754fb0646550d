package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;
import org.stmj.python.vm.Traceback;

/** An instance of BaseException or a subclass (built-in or user-defined). */
public final class PyBaseException extends PyObject {
    public PyType type;
    public PyTuple args;
    public PyDict attrs;
    public Traceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** For exception groups (set once by the constructor, see ExceptionGroups): the message, else null. */
    public PyObject egMessage;
    /** For exception groups: the nested exceptions, else null (the mark of a group). */
    public PyTuple egExceptions;

    public PyBaseException(PyType type, PyObject... args) {
        this.type = type;
        this.args = new PyTuple(args);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict attrs() {
        if (attrs == null) {
            attrs = new PyDict();
        }
        return attrs;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtype(t);
    }

    public PyException raise() {
        return new PyException(this);
    }

    @Override
    public String str(ThreadState ts) {
        if (egExceptions != null) {
            return ExceptionGroups.str(ts, this);
        }
        if (type.isSubtype(Exc.KeyError) && args.items.length == 1) {
            return Ops.repr(ts, args.items[0]);
        }
        if (args.items.length == 0) {
            return "";
        }
        if (type.isSubtype(Exc.OSError) && args.items.length >= 2) {
            String s = "[Errno " + Ops.str(ts, args.items[0]) + "] " + Ops.str(ts, args.items[1]);
            if (args.items.length > 2) {
                s += ": " + Ops.repr(ts, args.items[2]);
            }
            return s;
        }
        if (args.items.length == 1) {
            return Ops.str(ts, args.items[0]);
        }
        return Ops.repr(ts, args);
    }

    @Override
    public String repr(ThreadState ts) {
        if (args.items.length == 1) {
            return type.name + "(" + Ops.repr(ts, args.items[0]) + ")";
        }
        return type.name + Ops.repr(ts, args);
    }
}
