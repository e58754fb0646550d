package org.stmj.python.vm;

import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;

/**
 * One traceback entry: file, line and function name, linked to the next (inner) entry. Only the link is mutable
 * (Python's {@code tb_next} setter, which {@code unittest} uses to cut its own frames off a traceback).
 */
public final class Traceback extends PyObject {
    public final String file;
    public final int line;
    public final String name;
    /** The next (inner) entry or null; set only by {@code tb_next = ...}, which refuses a loop. */
    public Traceback next;
    /** The frame the entry was made for (identity only, to avoid duplicate entries on re-raise). */
    final Object frameId;

    public Traceback(String file, int line, String name, Traceback next, Object frameId) {
        this.frameId = frameId;
        this.file = file;
        this.line = line;
        this.name = name;
        this.next = next;
    }

    /** The Python type {@code traceback}: tb_frame, tb_lineno, tb_lasti (read-only) and tb_next (writable). */
    public static final PyType TYPE = new PyType("traceback", Builtins.OBJECT, false, null);

    static {
        prop("tb_lineno", (ts, a, kw) -> org.stmj.python.objects.Py.newInt(((Traceback) a[0]).line));
        TYPE.dict.putStr("tb_next", new org.stmj.python.objects.PyProperty(
                new org.stmj.python.objects.PyBuiltin("tb_next", (ts, a, kw) -> {
                    Traceback n = ((Traceback) a[0]).next;
                    return n == null ? org.stmj.python.objects.Py.None : n;
                }),
                new org.stmj.python.objects.PyBuiltin("tb_next", (ts, a, kw) -> {
                    Traceback t = (Traceback) a[0];
                    if (a[1] == org.stmj.python.objects.Py.None) {
                        t.next = null;
                        return org.stmj.python.objects.Py.None;
                    }
                    if (!(a[1] instanceof Traceback)) {
                        throw org.stmj.python.objects.Py.typeError("expected traceback object, got '"
                                + a[1].type().name + "'");
                    }
                    for (Traceback c = (Traceback) a[1]; c != null; c = c.next) {
                        if (c == t) {
                            throw org.stmj.python.objects.Py.valueError("traceback loop detected");
                        }
                    }
                    t.next = (Traceback) a[1];
                    return org.stmj.python.objects.Py.None;
                }), null, org.stmj.python.objects.Py.None));
        prop("tb_lasti", (ts, a, kw) -> org.stmj.python.objects.Py.newInt(-1));
        prop("tb_frame", (ts, a, kw) -> {
            Traceback t = (Traceback) a[0];
            return t.frameId instanceof Frame ? org.stmj.python.modules.PyFrame.of((Frame) t.frameId)
                    : org.stmj.python.objects.Py.None;
        });
    }

    private static void prop(String name, org.stmj.python.objects.PyBuiltin.Native f) {
        TYPE.dict.putStr(name,
                new org.stmj.python.objects.PyProperty(new org.stmj.python.objects.PyBuiltin(name, f), null, null,
                org.stmj.python.objects.Py.None));
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
