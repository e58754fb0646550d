package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * The iterator {@code reversed(seq)} returns for a sequence: {@code seq[len-1]}, ..., {@code seq[0]} by
 * {@code __getitem__}, stopping early when the sequence shrinks; confined under STM (one thread at a time advances
 * an iterator; the sequence keeps its ordinary barriers).
 */
@org.stmj.api.annotation.ThreadConfined
public final class PyReversed extends PyObject {
    /** The sequence, or null once exhausted. */
    private PyObject seq;
    /** The index of the next item; -1 when exhausted. */
    private long index;

    /** The type: reversed, or the C type CPython's {@code __reversed__} of a list or dict returns; set once. */
    private final PyType type;

    /** An iterator over {@code seq} from its last item (its length taken now). */
    public PyReversed(PyObject seq, ThreadState ts) {
        this(seq, ts, seq instanceof PyList ? Builtins.LIST_REVITER : Builtins.REVERSED);
    }

    /** As {@link #PyReversed(PyObject, ThreadState)}, of type {@code type} (a reversed iterator type). */
    PyReversed(PyObject seq, ThreadState ts, PyType type) {
        this.seq = seq;
        this.index = Ops.len(ts, seq) - 1;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (seq == null) {
            return null;
        }
        if (seq instanceof PyList && index >= ((PyList) seq).size) {
            index = ((PyList) seq).size - 1;
        }
        if (index >= 0) {
            try {
                return Ops.getitem(ts, seq, Py.newInt(index--));
            } catch (PyException e) {
                if (!e.exc.isInstance(Exc.IndexError) && !e.exc.isInstance(Exc.StopIteration)) {
                    throw e;
                }
            }
        }
        seq = null;
        index = -1;
        return null;
    }

    /** {@code __reduce__}: {@code (reversed, (seq,), index)}, or {@code (reversed, ((),))} once exhausted. */
    public PyObject reduce(ThreadState ts) {
        if (seq == null) {
            return new PyTuple(Builtins.REVERSED, new PyTuple(new PyTuple(new PyObject[0])));
        }
        return new PyTuple(Builtins.REVERSED, new PyTuple(seq), Py.newInt(index));
    }

    /** {@code __setstate__(index)}: the next item is {@code seq[index]}, clamped to {@code -1..len-1}. */
    public void setState(ThreadState ts, PyObject state) {
        if (seq == null) {
            return;
        }
        long n = Ops.asIndex(ts, state);
        index = Math.max(-1, Math.min(n, Ops.len(ts, seq) - 1));
    }

    /** The number of items left (for {@code __length_hint__}). */
    public long remaining() {
        return seq == null ? 0 : index + 1;
    }
}
