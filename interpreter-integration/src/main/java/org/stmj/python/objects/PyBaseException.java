package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;
import org.stmj.python.vm.Traceback;

/** An instance of BaseException or a subclass (built-in or user-defined). */
public final class PyBaseException extends PyObject {
    public PyType type;
    public PyTuple args;
    public PyDict attrs;
    public Traceback traceback;
    /**
     * The frame (a vm Frame) that must add no traceback entry for this exception when it leaves it: the group an
     * {@code except*} statement makes of what its clauses raised is re-raised without one, as CPython's RERAISE.
     */
    public Object noEntryFor;
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
            attrs = PyDict.instanceDict(type());
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
        if (type.isSubtype(Exc.UnicodeError) && attrs != null && attrs.getStr("reason") != null
                && attrs.getStr("start") != null && attrs.getStr("end") != null && args.items.length >= 4) {
            return unicodeErrorStr(ts);
        }
        if (type.isSubtype(Exc.OSError) && attrs != null && attrs.getStr("errno") != null) {
            return osErrorStr(ts);
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

    /** OSError's str from its attributes: "[Errno e] strerror: 'filename' -> 'filename2'", the parts it has. */
    private String osErrorStr(ThreadState ts) {
        PyObject errno = attrs.getStr("errno"), strerror = attrs.getStr("strerror");
        PyObject f = attrs.getStr("filename"), f2 = attrs.getStr("filename2");
        if (f != null && f != Py.None) {
            String s = "[Errno " + Ops.str(ts, errno) + "] " + Ops.str(ts, strerror) + ": " + Ops.repr(ts, f);
            return f2 != null && f2 != Py.None ? s + " -> " + Ops.repr(ts, f2) : s;
        }
        if (errno != Py.None && strerror != null && strerror != Py.None) {
            return "[Errno " + Ops.str(ts, errno) + "] " + Ops.str(ts, strerror);
        }
        if (args.items.length == 0) {
            return "";
        }
        return args.items.length == 1 ? Ops.str(ts, args.items[0]) : Ops.repr(ts, args);
    }

    /**
     * A Unicode error's str from its attributes: one character (or byte) named when end is start + 1 and start is
     * inside the object, else the positions start..end-1.
     */
    private String unicodeErrorStr(ThreadState ts) {
        PyObject obj = attrs.getStr("object");
        long start = Ops.toInt(ts, attrs.getStr("start")).v, end = Ops.toInt(ts, attrs.getStr("end")).v;
        String reason = Ops.str(ts, attrs.getStr("reason"));
        boolean decode = type.isSubtype(Exc.UnicodeDecodeError), translate = type.isSubtype(Exc.UnicodeTranslateError);
        String head = translate ? "can't translate" : "'" + Ops.str(ts, attrs.getStr("encoding")) + "' codec can't "
                + (decode ? "decode" : "encode");
        if (end == start + 1 && start >= 0) {
            if (decode && obj instanceof PyBytes && start < ((PyBytes) obj).bytes().length) {
                return head + " byte 0x" + String.format("%02x", ((PyBytes) obj).bytes()[(int) start] & 0xff)
                        + " in position " + start + ": " + reason;
            }
            if (!decode && obj instanceof PyStr && start < ((PyStr) obj).value().codePointCount(0,
                    ((PyStr) obj).value().length())) {
                String v = ((PyStr) obj).value();
                int c = v.codePointAt(v.offsetByCodePoints(0, (int) start));
                String esc = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c);
                return head + " character '" + esc + "' in position " + start + ": " + reason;
            }
        }
        return head + (decode ? " bytes" : " characters") + " in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /** SyntaxError's str: "msg (file, line N)" with the file's base name, the parts that are known. */
    private String syntaxErrorStr(ThreadState ts) {
        PyObject[] info = ((PyTuple) args.items[1]).items;
        PyObject file = info.length > 0 ? info[0] : null, line = info.length > 1 ? info[1] : null;
        String msg = Ops.str(ts, args.items[0]);
        String f = file instanceof PyStr ? ((PyStr) file).value().substring(((PyStr) file).value().lastIndexOf('/') + 1)
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
