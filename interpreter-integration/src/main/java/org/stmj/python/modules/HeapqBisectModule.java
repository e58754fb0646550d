package org.stmj.python.modules;

import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.vm.ThreadState;

/**
 * The accelerator modules {@code _heapq} and {@code _bisect} (CPython's C modules of the same names, which
 * {@code heapq.py} and {@code bisect.py} import over their pure-Python definitions).
 *
 * <p>The heap functions work on the list's own storage ({@link PyList#items}, {@link PyList#size}). A comparison
 * may run Python code ({@code __lt__}), and Python code may switch threads at its bytecode boundaries or mutate the
 * heap itself, so every sift re-reads the storage after each comparison and raises {@code RuntimeError} if the
 * list's size changed, as CPython does; nothing is cached across a comparison. No GIL is released here.
 */
final class HeapqBisectModule {
    private HeapqBisectModule() {
    }

    // ------------------------------------------------------------------------------------------------ _heapq

    /** The heap argument of fn (a list, subclasses included), after checking the argument count. */
    static PyList heap(String fn, PyObject[] a, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw Py.typeError(fn + "() takes no keyword arguments");
        }
        if (a.length != n) {
            throw Py.typeError(n == 1 ? fn + "() takes exactly one argument (" + a.length + " given)"
                    : fn + " expected " + n + " arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyList)) {
            throw Py.typeError(fn + "() argument" + (n == 1 ? "" : " 1") + " must be list, not "
                    + a[0].type().name);
        }
        return (PyList) a[0];
    }

    /** a < b for a min-heap, b < a for a max-heap. */
    static boolean less(ThreadState ts, PyObject a, PyObject b, boolean max) {
        return max ? Ops.compare(ts, b, a, Ops.LT) : Ops.compare(ts, a, b, Ops.LT);
    }

    static void checkSize(PyList h, int size) {
        if (h.size != size) {
            throw Py.runtimeError("list changed size during iteration");
        }
    }

    /** Moves the item at pos up towards startpos while it is smaller than its parent (CPython's _siftdown). */
    static void siftDown(ThreadState ts, PyList h, int startpos, int pos, boolean max) {
        int size = h.size;
        if (pos >= size) {
            throw Py.indexError("index out of range");
        }
        PyObject newitem = h.items[pos];
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = h.items[parentpos];
            boolean lt = less(ts, newitem, parent, max);
            checkSize(h, size);
            if (!lt) {
                break;
            }
            // swap through the current storage: the comparison may have reordered the list without resizing it
            PyObject[] it = h.items;
            parent = it[parentpos];
            newitem = it[pos];
            it[parentpos] = newitem;
            it[pos] = parent;
            pos = parentpos;
        }
    }

    /** Moves the item at pos down to a leaf along the smaller children, then up (CPython's _siftup). */
    static void siftUp(ThreadState ts, PyList h, int pos, boolean max) {
        int endpos = h.size;
        int startpos = pos;
        if (pos >= endpos) {
            throw Py.indexError("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                boolean lt = less(ts, h.items[childpos], h.items[childpos + 1], max);
                checkSize(h, endpos);
                if (!lt) {
                    childpos++;
                }
            }
            PyObject[] it = h.items;
            PyObject tmp = it[childpos];
            it[childpos] = it[pos];
            it[pos] = tmp;
            pos = childpos;
        }
        siftDown(ts, h, startpos, pos, max);
    }

    static PyObject pop(ThreadState ts, PyList h, boolean max) {
        if (h.size == 0) {
            throw Py.indexError("index out of range");
        }
        PyObject last = h.pop(h.size - 1);
        if (h.size == 0) {
            return last;
        }
        PyObject ret = h.items[0];
        h.items[0] = last;
        siftUp(ts, h, 0, max);
        return ret;
    }

    static PyObject replace(ThreadState ts, PyList h, PyObject item, boolean max) {
        if (h.size == 0) {
            throw Py.indexError("index out of range");
        }
        PyObject ret = h.items[0];
        h.items[0] = item;
        siftUp(ts, h, 0, max);
        return ret;
    }

    static PyObject heapify(ThreadState ts, PyList h, boolean max) {
        for (int i = (h.size >> 1) - 1; i >= 0; i--) {
            siftUp(ts, h, i, max);
        }
        return Py.None;
    }

    static PyModule makeHeapq() {
        PyDict d = new PyDict();
        d.putStr("__about__", Py.str("Heap queues: lists kept as binary min-heaps (a[k] <= a[2*k+1], a[2*k+2])."));
        Modules.fn(d, "heappush", (ts, a, kw) -> {
            PyList h = heap("heappush", a, kw, 2);
            h.append(a[1]);
            siftDown(ts, h, 0, h.size - 1, false);
            return Py.None;
        });
        Modules.fn(d, "heappop", (ts, a, kw) -> {
            return pop(ts, heap("heappop", a, kw, 1), false);
        });
        Modules.fn(d, "heapreplace", (ts, a, kw) -> {
            return replace(ts, heap("heapreplace", a, kw, 2), a[1], false);
        });
        Modules.fn(d, "heappushpop", (ts, a, kw) -> {
            PyList h = heap("heappushpop", a, kw, 2);
            PyObject item = a[1];
            if (h.size == 0) {
                return item;
            }
            PyObject top = h.items[0];
            if (!Ops.compare(ts, top, item, Ops.LT)) {
                return item;
            }
            if (h.size == 0) {
                throw Py.indexError("index out of range");
            }
            PyObject ret = h.items[0];
            h.items[0] = item;
            siftUp(ts, h, 0, false);
            return ret;
        });
        Modules.fn(d, "heapify", (ts, a, kw) -> {
            return heapify(ts, heap("heapify", a, kw, 1), false);
        });
        Modules.fn(d, "_heappop_max", (ts, a, kw) -> {
            return pop(ts, heap("_heappop_max", a, kw, 1), true);
        });
        Modules.fn(d, "_heapreplace_max", (ts, a, kw) -> {
            return replace(ts, heap("_heapreplace_max", a, kw, 2), a[1], true);
        });
        Modules.fn(d, "_heapify_max", (ts, a, kw) -> {
            return heapify(ts, heap("_heapify_max", a, kw, 1), true);
        });
        return new PyModule("_heapq", d);
    }

    // ----------------------------------------------------------------------------------------------- _bisect

    static final String[] BISECT_ARGS = {"a", "x", "lo", "hi", "key"};

    /** The item at i of a sequence: the list's storage for an exact list, __getitem__ otherwise. */
    static PyObject item(ThreadState ts, PyObject seq, long i) {
        if (seq instanceof PyList && seq.type() == Builtins.LIST) {
            PyList l = (PyList) seq;
            if (i < l.size) {
                return l.items[(int) i];
            }
        }
        return Ops.getitem(ts, seq, Py.newInt(i));
    }

    /**
     * The insertion point of x in seq[lo:hi] (keys compared when key is given): right of equal items when right,
     * left of them otherwise.
     */
    static long bisect(ThreadState ts, PyObject seq, PyObject x, PyObject loArg, PyObject hiArg, PyObject key,
            boolean right) {
        long lo = loArg == null ? 0 : Ops.asIndex(ts, loArg);
        if (lo < 0) {
            throw Py.valueError("lo must be non-negative");
        }
        long hi = hiArg == null || hiArg == Py.None ? length(ts, seq) : Ops.asIndex(ts, hiArg);
        boolean useKey = key != null && key != Py.None;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject v = item(ts, seq, mid);
            if (useKey) {
                v = Ops.call(ts, key, v);
            }
            if (right) {
                if (Ops.compare(ts, x, v, Ops.LT)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else {
                if (Ops.compare(ts, v, x, Ops.LT)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        return lo;
    }

    /** len(seq) as a long: a class's __len__ may return up to sys.maxsize. */
    static long length(ThreadState ts, PyObject seq) {
        if (seq.type().heap && seq.type().lookup("__len__") != null) {
            PyObject n = Ops.callMethod(ts, seq, "__len__");
            if (n instanceof PyInt && ((PyInt) n).isSmall()) {
                if (((PyInt) n).v < 0) {
                    throw Py.valueError("__len__() should return >= 0");
                }
                return ((PyInt) n).v;
            }
        }
        return Ops.len(ts, seq);
    }

    static PyObject[] bisectArgs(String fn, PyObject[] a, String[] kw) {
        int npos = Args.positional(a, kw);
        if (npos > 4) {
            throw Py.typeError(fn + "() takes at most 4 positional arguments (" + npos + " given)");
        }
        return Args.parse(fn, a, kw, BISECT_ARGS, 2);
    }

    static PyObject insort(ThreadState ts, String fn, PyObject[] a, String[] kw, boolean right) {
        PyObject[] p = bisectArgs(fn, a, kw);
        PyObject key = p[4];
        PyObject x = p[1];
        PyObject probe = key == null || key == Py.None ? x : Ops.call(ts, key, x);
        long i = bisect(ts, p[0], probe, p[2], p[3], key, right);
        if (p[0] instanceof PyList && p[0].type() == Builtins.LIST) {
            ((PyList) p[0]).insert((int) i, x);
        } else {
            Ops.callMethod(ts, p[0], "insert", Py.newInt(i), x);
        }
        return Py.None;
    }

    static PyModule makeBisect() {
        PyDict d = new PyDict();
        Modules.fn(d, "bisect_right", (ts, a, kw) -> {
            PyObject[] p = bisectArgs("bisect_right", a, kw);
            return Py.newInt(bisect(ts, p[0], p[1], p[2], p[3], p[4], true));
        });
        Modules.fn(d, "bisect_left", (ts, a, kw) -> {
            PyObject[] p = bisectArgs("bisect_left", a, kw);
            return Py.newInt(bisect(ts, p[0], p[1], p[2], p[3], p[4], false));
        });
        Modules.fn(d, "insort_right", (ts, a, kw) -> insort(ts, "insort_right", a, kw, true));
        Modules.fn(d, "insort_left", (ts, a, kw) -> insort(ts, "insort_left", a, kw, false));
        return new PyModule("_bisect", d);
    }
}
