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

    @Override
    public PyType type() {
        return Builtins.OBJECT;
    }
}
