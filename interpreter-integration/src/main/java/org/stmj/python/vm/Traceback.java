package org.stmj.python.vm;

import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;

/**
 * One traceback entry: file, line and function name, linked to the next (inner) entry. Only the link can change
 * after creation ({@code tb.tb_next = ...} from Python, as in CPython, which unittest uses to trim its own frames).
 */
public final class Traceback extends PyObject {
    public final String file;
    public final int line;
    public final String name;
    /** The next (inner) entry or null; written only by the constructor and by a Python {@code tb_next} assignment. */
    public Traceback next;
    /** The frame the entry was made for (identity only, to avoid duplicate entries on re-raise). */
    final Object frameId;

    public Traceback(String file, int line, String name, Traceback next, Object frameId) {
        this.frameId = frameId;
        this.file = file;
        this.line = line;
        this.name = name;
        this.next = next;
        if (frameId instanceof Frame) {
            // the instruction the frame is at (CPython's tb_lasti: 2 per instruction, as co_positions counts)
            Frame f = (Frame) frameId;
            this.lasti = 2 * f.code.originalPc(Math.max(0, f.pc - 1));
        }
    }

    /** The source position of the entry's instruction, {line, endLine, col, endCol}; null when unknown. */
    public int[] position() {
        if (!(frameId instanceof Frame) || lasti < 0) {
            return null;
        }
        int[] p = ((Frame) frameId).code.position(lasti / 2);
        return p[0] == line ? p : null;
    }

    /** The Python type {@code traceback}: tb_frame, tb_lineno, tb_lasti (read-only) and tb_next (writable). */
    public static final PyType TYPE = new PyType("traceback", Builtins.OBJECT, false, Traceback::make);
    /** tb_lasti: twice the index of the entry's instruction in its code; -1 when unknown. */
    private int lasti = -1;

    /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, with CPython's argument checks. */
    private static PyObject make(ThreadState ts, PyType cls, PyObject[] a, String[] kw) {
        PyObject[] p = org.stmj.python.objects.Args.parse("TracebackType", a, kw,
                new String[] {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4);
        if (p[0] != Py.None && !(p[0] instanceof Traceback)) {
            throw Py.typeError("expected traceback object or None, got '" + p[0].type().name + "'");
        }
        if (!(p[1] instanceof org.stmj.python.modules.PyFrame)) {
            throw Py.typeError("TracebackType() argument 'tb_frame' must be frame, not " + p[1].type().name);
        }
        for (int i = 2; i < 4; i++) {
            if (!(p[i] instanceof org.stmj.python.objects.PyInt)) {
                throw Py.typeError("'" + p[i].type().name + "' object cannot be interpreted as an integer");
            }
        }
        Frame f = ((org.stmj.python.modules.PyFrame) p[1]).frame();
        Traceback t = new Traceback(f.code.filename, (int) ((org.stmj.python.objects.PyInt) p[3]).v, f.code.name,
                p[0] == Py.None ? null : (Traceback) p[0], f);
        t.lasti = (int) ((org.stmj.python.objects.PyInt) p[2]).v;
        return t;
    }

    static {
        prop("tb_lineno", (ts, a, kw) -> Py.newInt(((Traceback) a[0]).line));
        TYPE.dict.putStr("tb_next", new PyProperty(
                new PyBuiltin("tb_next", (ts, a, kw) -> {
                    Traceback n = ((Traceback) a[0]).next;
                    return n == null ? Py.None : n;
                }),
                new PyBuiltin("tb_next", (ts, a, kw) -> {
                    Traceback t = (Traceback) a[0];
                    if (a[1] == Py.None) {
                        t.next = null;
                        return Py.None;
                    }
                    if (!(a[1] instanceof Traceback)) {
                        throw Py.typeError("expected traceback object, got '"
                                + a[1].type().name + "'");
                    }
                    for (Traceback c = (Traceback) a[1]; c != null; c = c.next) {
                        if (c == t) {
                            throw Py.valueError("traceback loop detected");
                        }
                    }
                    t.next = (Traceback) a[1];
                    return Py.None;
                }), Py.None, Py.None));
        prop("tb_lasti", (ts, a, kw) -> Py.newInt(((Traceback) a[0]).lasti));
        prop("tb_frame", (ts, a, kw) -> {
            Traceback t = (Traceback) a[0];
            return t.frameId instanceof Frame ? org.stmj.python.modules.PyFrame.of((Frame) t.frameId)
                    : Py.None;
        });
    }

    private static void prop(String name, PyBuiltin.Native f) {
        PyObject none = Py.None;
        TYPE.dict.putStr(name,
                new PyProperty(new PyBuiltin(name, f), none, none, none));
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
