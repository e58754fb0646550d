package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * Iterator over a sequence by index (str, tuple, list, bytes, range and __getitem__ sequences); confined under
 * STM (one thread at a time advances an iterator; the sequence itself keeps its ordinary barriers).
 */
@org.stmj.api.annotation.ThreadConfined
public final class PySeqIter extends PyObject {
    private final PyObject seq;
    private int i;
    /** For a str: char offset of code point {@code i}. */
    private int pos;
    private final int fixedLen;

    /** fixedLen: length for immutable sequences, or -1 to re-check on every step. */
    public PySeqIter(PyObject seq, int fixedLen) {
        this.seq = seq;
        this.fixedLen = fixedLen;
    }

    @Override
    public PyType type() {
        if (seq instanceof PyList) {
            return Builtins.LIST_ITER;
        }
        if (seq instanceof PyTuple) {
            return Builtins.TUPLE_ITER;
        }
        if (seq instanceof PyStr) {
            return Builtins.STR_ITER;
        }
        if (seq instanceof PyBytes) {
            return ((PyBytes) seq).mutable ? Builtins.BYTEARRAY_ITER : Builtins.BYTES_ITER;
        }
        return Builtins.ITERATOR;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (seq instanceof PyList) {
            PyList l = (PyList) seq;
            if (i < l.size) {
                return l.items[i++];
            }
            i = Integer.MAX_VALUE;
            return null;
        }
        if (seq instanceof PyTuple) {
            PyObject[] a = ((PyTuple) seq).items;
            return i < a.length ? a[i++] : null;
        }
        if (seq instanceof PyStr) {
            String s = ((PyStr) seq).value();
            if (pos >= s.length()) {
                return null;
            }
            int c = s.codePointAt(pos);
            pos += Character.charCount(c);
            i++;
            return Py.chr(c);
        }
        if (fixedLen >= 0) {
            if (i >= fixedLen) {
                return null;
            }
            return Ops.getitem(ts, seq, Py.newInt(i++));
        }
        if (i == Integer.MAX_VALUE) {
            return null; // exhausted stays exhausted, whatever the sequence does later (CPython's sink state)
        }
        try {
            return Ops.getitem(ts, seq, Py.newInt(i++));
        } catch (PyException e) {
            if (e.exc.isInstance(Exc.IndexError) || e.exc.isInstance(Exc.StopIteration)) {
                i = Integer.MAX_VALUE;
                return null;
            }
            throw e;
        }
    }

    /**
     * {@code __length_hint__}: the items left (0 once exhausted), or NotImplemented when the sequence has no
     * length (an iterator over {@code __getitem__} alone), as CPython's list, tuple, str and sequence iterators.
     */
    public PyObject lengthHint(ThreadState ts) {
        if (i == Integer.MAX_VALUE) {
            return Py.newInt(0);
        }
        long len;
        if (seq instanceof PyList) {
            len = ((PyList) seq).size;
        } else if (seq instanceof PyTuple) {
            len = ((PyTuple) seq).items.length;
        } else if (fixedLen >= 0) {
            len = fixedLen;
        } else {
            try {
                len = Ops.len(ts, seq);
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.TypeError)) {
                    return Py.NotImplemented;
                }
                throw e;
            }
        }
        return Py.newInt(Math.max(0, len - i));
    }

    /**
     * {@code __reduce__}: {@code (iter, (seq,), index)}, or {@code (iter, (empty,))} once exhausted (an empty
     * sequence of the same kind), as CPython's sequence iterators pickle.
     */
    public PyObject reduce(ThreadState ts) {
        PyObject iterFn = ts.interp.builtins.getStr("iter");
        boolean done;
        PyObject empty;
        if (seq instanceof PyList) {
            done = i == Integer.MAX_VALUE;
            empty = new PyList(new PyObject[0]);
        } else if (seq instanceof PyTuple) {
            done = i >= ((PyTuple) seq).items.length;
            empty = new PyTuple(new PyObject[0]);
        } else if (seq instanceof PyStr) {
            done = pos >= ((PyStr) seq).value().length();
            empty = Py.str("");
        } else {
            done = fixedLen >= 0 ? i >= fixedLen : i == Integer.MAX_VALUE;
            empty = new PyTuple(new PyObject[0]);
        }
        if (done) {
            return new PyTuple(iterFn, new PyTuple(empty));
        }
        return new PyTuple(iterFn, new PyTuple(seq), Py.newInt(i));
    }

    /** {@code __setstate__(index)}: the next item is {@code seq[index]}, index clamped to {@code 0..len}. */
    public void setState(ThreadState ts, PyObject state) {
        long n = Ops.asIndex(ts, state);
        if (i == Integer.MAX_VALUE && !(seq instanceof PyStr)) {
            return;
        }
        long len = seq instanceof PyStr ? ((PyStr) seq).value().codePointCount(0, ((PyStr) seq).value().length())
                : fixedLen >= 0 ? fixedLen : Long.MAX_VALUE;
        if (seq instanceof PyList || seq instanceof PyTuple) {
            len = seq.len(ts);
        }
        n = Math.max(0, Math.min(n, len));
        i = (int) Math.min(n, Integer.MAX_VALUE - 1);
        if (seq instanceof PyStr) {
            pos = ((PyStr) seq).value().offsetByCodePoints(0, i);
        }
    }

    /** Remaining length hint. */
    public int remaining(ThreadState ts) {
        int n = fixedLen >= 0 ? fixedLen : Math.max(0, seq.len(ts));
        return Math.max(0, n - i);
    }
}
