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
        if (type.isSubtype(Exc.SyntaxError) && args.items.length == 2 && args.items[1] instanceof PyTuple) {
            return syntaxErrorStr(ts);
        }
        return Ops.repr(ts, args);
    }

    /** SyntaxError's str: "msg (file, line N)" with the file's base name, the parts that are known. */
    private String syntaxErrorStr(ThreadState ts) {
        PyObject[] info = ((PyTuple) args.items[1]).items;
        PyObject file = info.length > 0 ? info[0] : null, line = info.length > 1 ? info[1] : null;
        String msg = Ops.str(ts, args.items[0]);
        String f = file instanceof PyStr ? ((PyStr) file).value.substring(((PyStr) file).value.lastIndexOf('/') + 1)
                : null;
        boolean hasLine = line instanceof PyInt;
        if (f != null && hasLine) {
            return msg + " (" + f + ", line " + Ops.str(ts, line) + ")";
        }
        if (f != null) {
            return msg + " (" + f + ")";
        }
        return hasLine ? msg + " (line " + Ops.str(ts, line) + ")" : msg;
    }

    @Override
    public String repr(ThreadState ts) {
        if (args.items.length == 1) {
            return type.name + "(" + Ops.repr(ts, args.items[0]) + ")";
        }
        return type.name + Ops.repr(ts, args);
    }
}
