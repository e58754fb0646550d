package org.stmj.python.vm;

import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;

/** One traceback entry (immutable): file, line and function name, linked to the next (inner) entry. */
public final class Traceback extends PyObject {
    public final String file;
    public final int line;
    public final String name;
    public final Traceback next;
    /** The frame the entry was made for (identity only, to avoid duplicate entries on re-raise). */
    final Object frameId;

    public Traceback(String file, int line, String name, Traceback next, Object frameId) {
        this.frameId = frameId;
        this.file = file;
        this.line = line;
        this.name = name;
        this.next = next;
    }

    /** The Python type {@code traceback}: tb_frame, tb_lineno, tb_next, tb_lasti (read-only). */
    public static final PyType TYPE = new PyType("traceback", Builtins.OBJECT, false, null);

    static {
        prop("tb_lineno", (ts, a, kw) -> org.stmj.python.objects.Py.newInt(((Traceback) a[0]).line));
        prop("tb_next", (ts, a, kw) -> {
            Traceback n = ((Traceback) a[0]).next;
            return n == null ? org.stmj.python.objects.Py.None : n;
        });
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
