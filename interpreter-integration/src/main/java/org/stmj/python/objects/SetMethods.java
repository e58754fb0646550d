package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addMethod1;
import static org.stmj.python.objects.Methods.selfSet;

import org.stmj.python.vm.ThreadState;

/** Methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    static PySet setArg(ThreadState ts, PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        PySet s = new PySet(false);
        s.update(ts, o);
        return s;
    }

    /**
     * The key a set operation looks up for {@code key}: the key itself, or, when it is a set that cannot be hashed
     * (TypeError from its hash), a frozenset of its elements, as CPython's set_contains/discard/remove do.
     */
    static PyObject lookupKey(ThreadState ts, PyObject key) {
        if (!(key instanceof PySet) || ((PySet) key).frozen()) {
            return key;
        }
        if (key.type() == Builtins.SET) {
            return ((PySet) key).copyAs(true);
        }
        try {
            Ops.hash(ts, key);
            return key;
        } catch (PyException e) {
            if (!e.exc.isInstance(Exc.TypeError)) {
                throw e;
            }
            return ((PySet) key).copyAs(true);
        }
    }

    /** Installs the methods of set and frozenset. */
    static void install() {
        for (PyType T : new PyType[] {Builtins.SET, Builtins.FROZENSET}) {
            addMethod(T, "union", (ts, a, kw) -> {
                PySet r = selfSet(a).copyAs(selfSet(a).frozen());
                for (int i = 1; i < a.length; i++) {
                    r.update(ts, a[i]);
                }
                return r;
            });
            addMethod(T, "intersection", (ts, a, kw) -> {
                PySet r = selfSet(a);
                for (int i = 1; i < a.length; i++) {
                    r = r.intersection(ts, a[i]);
                }
                return a.length == 1 ? r.copyAs(r.frozen()) : r;
            });
            addMethod(T, "difference", (ts, a, kw) -> {
                PySet r = selfSet(a).copyAs(selfSet(a).frozen());
                for (int i = 1; i < a.length; i++) {
                    r = r.difference(ts, a[i]);
                }
                return r;
            });
            addMethod(T, "symmetric_difference", (ts, a, kw) -> selfSet(a).symmetricDifference(ts, a[1]));
            addMethod(T, "issubset", (ts, a, kw) -> Py.bool(selfSet(a).isSubset(ts, setArg(ts, a[1]))));
            addMethod(T, "issuperset", (ts, a, kw) -> Py.bool(setArg(ts, a[1]).isSubset(ts, selfSet(a))));
            addMethod(T, "isdisjoint", (ts, a, kw) -> Py.bool(selfSet(a).intersection(ts, a[1]).size() == 0));
            addMethod(T, "copy", (ts, a, kw) -> a[0].type() == Builtins.FROZENSET ? a[0]
                    : selfSet(a).copyAs(selfSet(a).frozen()));
            addMethod(T, "__contains__", (ts, a, kw) -> Py.bool(a[0].contains(ts, a[1])));
            addMethod(T, "__len__", (ts, a, kw) -> Py.newInt(selfSet(a).size()));
            addMethod(T, "__iter__", (ts, a, kw) -> a[0].iter(ts));
            // (type, (list(self),), state): copy and pickle rebuild the set from its elements
            addMethod(T, "__reduce__", 0, 0, (ts, a, kw) -> new PyTuple(a[0].type(),
                    new PyTuple(new PyList(selfSet(a).toArray())),
                    Ops.call(ts, Ops.getattr(ts, a[0], "__getstate__"))));
        }
        PyType T = Builtins.SET;
        addMethod1(T, "add", (ts, self, x) -> {
            ((PySet) self).add(ts, x);
            return Py.None;
        });
        addMethod1(T, "discard", (ts, self, x) -> {
            ((PySet) self).discard(ts, lookupKey(ts, x));
            return Py.None;
        });
        addMethod(T, "remove", (ts, a, kw) -> {
            if (!selfSet(a).discard(ts, lookupKey(ts, a[1]))) {
                throw Py.keyError(a[1]);
            }
            return Py.None;
        });
        addMethod(T, "pop", (ts, a, kw) -> {
            PySet s = selfSet(a);
            if (s.size() == 0) {
                throw Py.raise(Exc.KeyError, "pop from an empty set");
            }
            PyObject k = s.toArray()[0];
            s.discard(ts, k);
            return k;
        });
        addMethod(T, "clear", (ts, a, kw) -> {
            selfSet(a).clear();
            return Py.None;
        });
        addMethod(T, "update", (ts, a, kw) -> {
            for (int i = 1; i < a.length; i++) {
                selfSet(a).update(ts, a[i]);
            }
            return Py.None;
        });
        addMethod(T, "intersection_update", (ts, a, kw) -> {
            if (a.length == 1) {
                return Py.None;
            }
            PySet r = selfSet(a).intersection(ts, a[1]);
            for (int i = 2; i < a.length; i++) { // every argument, as set.intersection (was only the first)
                r = r.intersection(ts, a[i]);
            }
            selfSet(a).clear();
            selfSet(a).update(ts, r);
            return Py.None;
        });
        addMethod(T, "difference_update", (ts, a, kw) -> {
            for (int i = 1; i < a.length; i++) {
                PyObject it = Ops.iter(ts, a[i]);
                for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                    selfSet(a).discard(ts, x);
                }
            }
            return Py.None;
        });
        addMethod(T, "symmetric_difference_update", (ts, a, kw) -> {
            PySet r = selfSet(a).symmetricDifference(ts, a[1]);
            selfSet(a).clear();
            selfSet(a).update(ts, r);
            return Py.None;
        });
        addMethod(T, "__init__", (ts, a, kw) -> {
            if (kw != null) {
                throw Py.typeError("set() takes no keyword arguments");
            }
            selfSet(a).initFrom(ts, java.util.Arrays.copyOfRange(a, 1, a.length));
            return Py.None;
        });
    }
}
