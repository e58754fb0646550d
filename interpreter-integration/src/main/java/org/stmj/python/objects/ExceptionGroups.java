package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654) with CPython 3.11's semantics: construction rules
 * (a {@code BaseExceptionGroup} of {@code Exception}s is an {@code ExceptionGroup}, an {@code ExceptionGroup} may not
 * nest a {@code BaseException}), {@code message}, {@code exceptions}, {@code subgroup}, {@code split},
 * {@code derive}, {@code add_note}; and the two operations {@code except*} is compiled to: {@link #match} (one
 * clause) and {@link #prepReraise} (what is left to raise after all clauses ran).
 *
 * <p>A group is a {@link PyBaseException} whose {@code egMessage}/{@code egExceptions} are set once by the
 * constructor and never change (a group is immutable as in CPython; its {@code args} are what the caller passed).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    /** The constructor of the group types and their heap subclasses ({@code BaseExceptionGroup.__new__}). */
    static final PyType.Ctor CTOR = (ts, cls, args, kw) -> {
        if (kw != null && kw.length > 0) {
            throw Py.typeError(cls.name + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Py.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        return newGroup(ts, cls, args[0], args[1], args);
    };

    static void install() {
        PyType b = Exc.BaseExceptionGroup;
        PyType.genericAlias(b);
        Methods.addStaticMethod(b, "__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType)) {
                throw Py.typeError("BaseExceptionGroup.__new__(X): X is not a type object");
            }
            PyType cls = (PyType) a[0];
            if (!cls.isSubtype(Exc.BaseExceptionGroup)) {
                throw Py.typeError("BaseExceptionGroup.__new__(" + cls.name + "): " + cls.name
                        + " is not a subtype of BaseExceptionGroup");
            }
            return CTOR.make(ts, cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
        Methods.addMethod(b, "__str__", (ts, a, kw) -> Py.str(str(ts, (PyBaseException) a[0])));
        Methods.addMethod(b, "derive", (ts, a, kw) -> {
            if (a.length != 2) {
                throw Py.typeError("derive() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            PyBaseException self = group(a[0]);
            return newGroup(ts, Exc.BaseExceptionGroup, self.egMessage, a[1], new PyObject[] {self.egMessage, a[1]});
        });
        Methods.addMethod(b, "split", (ts, a, kw) -> {
            if (a.length != 2) {
                throw Py.typeError("split() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            PyBaseException[] r = split(ts, group(a[0]), matcher(a[1]), a[1], true);
            return new PyTuple(r[0] == null ? Py.None : r[0], r[1] == null ? Py.None : r[1]);
        });
        Methods.addMethod(b, "subgroup", (ts, a, kw) -> {
            if (a.length != 2) {
                throw Py.typeError("subgroup() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            PyBaseException[] r = split(ts, group(a[0]), matcher(a[1]), a[1], false);
            return r[0] == null ? Py.None : r[0];
        });
        Methods.addMethod(Exc.BaseException, "add_note", (ts, a, kw) -> {
            if (a.length != 2) {
                throw Py.typeError("BaseException.add_note() takes exactly one argument (" + (a.length - 1)
                        + " given)");
            }
            if (!(a[1] instanceof PyStr)) {
                throw Py.typeError("note must be a str, not '" + a[1].type().name + "'");
            }
            PyObject notes = Ops.getattrOrNull(ts, a[0], "__notes__");
            if (notes == null) {
                notes = new PyList();
                Ops.setattr(ts, a[0], "__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw Py.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(a[1]);
            return Py.None;
        });
    }

    private static PyBaseException group(PyObject o) {
        if (o instanceof PyBaseException && ((PyBaseException) o).egExceptions != null) {
            return (PyBaseException) o;
        }
        throw Py.typeError("descriptor requires a 'BaseExceptionGroup' object but received a '" + o.type().name + "'");
    }

    /** Whether o is an exception group (an instance of BaseExceptionGroup made by its constructor). */
    public static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException && ((PyBaseException) o).egExceptions != null;
    }

    /** str() of a group: "message (N sub-exceptions)". */
    static String str(ThreadState ts, PyBaseException g) {
        int n = g.egExceptions.items.length;
        return Ops.str(ts, g.egMessage) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    /** BaseExceptionGroup.__new__(cls, message, exceptions) with CPython's checks; args become the instance's args. */
    static PyBaseException newGroup(ThreadState ts, PyType cls, PyObject message, PyObject excs, PyObject[] args) {
        if (!(message instanceof PyStr)) {
            throw Py.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + message.type().name);
        }
        boolean seq = excs instanceof PyList || excs instanceof PyTuple
                || (!(excs instanceof PyDict) && !(excs instanceof PySet) && excs.type().lookup("__getitem__") != null
                    && excs.type().lookup("__len__") != null);
        if (!seq) {
            throw Py.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Ops.toArray(ts, excs);
        if (items.length == 0) {
            throw Py.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException)) {
                throw Py.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!((PyBaseException) items[i]).isInstance(Exc.Exception)) {
                nestedBase = true;
            }
        }
        if (cls == Exc.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = Exc.ExceptionGroup;
            }
        } else if (cls == Exc.ExceptionGroup) {
            if (nestedBase) {
                throw Py.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtype(Exc.Exception)) {
            throw Py.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyBaseException g = new PyBaseException(cls, args.clone());
        g.egMessage = message;
        g.egExceptions = new PyTuple(items.clone());
        return g;
    }

    /** A new group ("message", excs) as the interpreter makes them (except* wrapping and re-raising). */
    public static PyBaseException create(ThreadState ts, String message, PyObject[] excs) {
        PyList l = new PyList(excs.clone());
        return newGroup(ts, Exc.BaseExceptionGroup, Py.str(message), l, new PyObject[] {Py.str(message), l});
    }

    // ---------------------------------------------------------------- split

    /** A split condition: an exception type or tuple of types (types != null), or a predicate. */
    private static final class Matcher {
        PyType[] types;
        PyObject predicate;

        boolean matches(ThreadState ts, PyBaseException e) {
            if (types != null) {
                for (PyType t : types) {
                    if (e.type.isSubtype(t)) {
                        return true;
                    }
                }
                return false;
            }
            return Ops.truth(ts, Ops.call(ts, predicate, e));
        }
    }

    private static Matcher matcher(PyObject cond) {
        Matcher m = new Matcher();
        if (cond instanceof PyType && ((PyType) cond).isSubtype(Exc.BaseException)) {
            m.types = new PyType[] {(PyType) cond};
            return m;
        }
        if (cond instanceof PyTuple) {
            PyObject[] it = ((PyTuple) cond).items;
            PyType[] ts = new PyType[it.length];
            boolean ok = true;
            for (int i = 0; i < it.length && ok; i++) {
                if (it[i] instanceof PyType && ((PyType) it[i]).isSubtype(Exc.BaseException)) {
                    ts[i] = (PyType) it[i];
                } else {
                    ok = false;
                }
            }
            if (ok) {
                m.types = ts;
                return m;
            }
        } else if (Ops.isCallable(cond)) {
            m.predicate = cond;
            return m;
        }
        throw Py.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest} of e under m (null for an empty part); rest only when withRest. */
    private static PyBaseException[] split(ThreadState ts, PyBaseException e, Matcher m, PyObject cond,
            boolean withRest) {
        if (m.matches(ts, e)) {
            return new PyBaseException[] {e, null};
        }
        if (!isGroup(e)) {
            return new PyBaseException[] {null, withRest ? e : null};
        }
        PyObject[] subs = e.egExceptions.items;
        PyList match = new PyList(), rest = new PyList();
        for (PyObject s : subs) {
            PyBaseException[] r = split(ts, (PyBaseException) s, m, cond, withRest);
            if (r[0] != null) {
                match.append(r[0]);
            }
            if (withRest && r[1] != null) {
                rest.append(r[1]);
            }
        }
        return new PyBaseException[] {subset(ts, e, match), withRest ? subset(ts, e, rest) : null};
    }

    /** derive(excs) with the original's traceback, cause, context and a copy of its notes; null when excs is empty. */
    private static PyBaseException subset(ThreadState ts, PyBaseException orig, PyList excs) {
        if (excs.size == 0) {
            return null;
        }
        PyObject d = Ops.callMethod(ts, orig, "derive", excs);
        if (!isGroup(d)) {
            throw Py.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException g = (PyBaseException) d;
        g.traceback = orig.traceback;
        g.cause = orig.cause;
        g.context = orig.context;
        g.suppressContext = orig.suppressContext;
        PyObject notes = orig.attrs == null ? null : orig.attrs.getStr("__notes__");
        if (notes != null) {
            g.attrs().putStr("__notes__", notes instanceof PyList || notes instanceof PyTuple
                    ? new PyList(Ops.toArray(ts, notes).clone()) : notes);
        }
        return g;
    }

    // ---------------------------------------------------------------- except*

    /**
     * Checks the type of an {@code except*} clause: exception classes (or a tuple of them) that are not exception
     * groups.
     */
    public static void checkStarType(PyObject t) {
        if (t instanceof PyTuple) {
            for (PyObject x : ((PyTuple) t).items) {
                checkStarType(x);
            }
            return;
        }
        if (!(t instanceof PyType) || !((PyType) t).isSubtype(Exc.BaseException)) {
            throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (((PyType) t).isSubtype(Exc.BaseExceptionGroup)) {
            throw Py.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * One {@code except*} clause: {match, rest} of the exception still unhandled ({@code exc}, or None when an
     * earlier clause took everything) against the clause's type {@code t}. The match is null when nothing
     * matches (rest is then exc); a naked exception that matches is wrapped in a group with its traceback.
     */
    public static PyObject[] match(ThreadState ts, PyObject exc, PyObject t) {
        checkStarType(t);
        if (exc == Py.None) {
            return new PyObject[] {null, Py.None};
        }
        PyBaseException e = (PyBaseException) exc;
        Matcher m = matcher(t);
        if (m.matches(ts, e)) {
            if (isGroup(e)) {
                return new PyObject[] {e, Py.None};
            }
            // CPython 3.11.7 wraps it in ExceptionGroup('', (e,)), without a traceback of its own
            PyTuple one = new PyTuple(e);
            return new PyObject[] {newGroup(ts, Exc.BaseExceptionGroup, Py.str(""), one,
                    new PyObject[] {Py.str(""), one}), Py.None};
        }
        if (isGroup(e)) {
            PyBaseException[] r = split(ts, e, m, t, true);
            return new PyObject[] {r[0], r[1] == null ? Py.None : r[1]};
        }
        return new PyObject[] {null, e};
    }

    /**
     * What an {@code except*} statement raises when its clauses are done: {@code orig} is the exception caught,
     * {@code excs} what the clauses raised (a re-raise of the clause's own match or an unhandled rest keeps the
     * original's metadata and is recognised by it) followed by the unmatched rest (None entries are skipped).
     * Returns null when nothing is left; the re-raised parts keep their place in the original's tree.
     */
    public static PyBaseException prepReraise(ThreadState ts, PyBaseException orig, PyObject[] excs) {
        java.util.List<PyBaseException> raised = new java.util.ArrayList<>(), reraised = new java.util.ArrayList<>();
        for (PyObject x : excs) {
            if (x == Py.None) {
                continue;
            }
            PyBaseException e = (PyBaseException) x;
            if (sameMetadata(e, orig)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        if (raised.isEmpty() && reraised.isEmpty()) {
            return null;
        }
        if (!isGroup(orig)) {
            // a naked exception was wrapped: at most one clause ran, so there is one thing to raise
            return raised.isEmpty() ? reraised.get(0) : raised.get(0);
        }
        PyBaseException kept = null;
        if (!reraised.isEmpty()) {
            java.util.IdentityHashMap<PyBaseException, Boolean> leaves = new java.util.IdentityHashMap<>();
            for (PyBaseException e : reraised) {
                collectLeaves(e, leaves);
            }
            kept = projection(ts, orig, leaves);
        }
        if (raised.isEmpty()) {
            return kept;
        }
        if (kept != null) {
            raised.add(kept);
        }
        if (raised.size() == 1 && kept == null) {
            return raised.get(0);
        }
        return create(ts, "", raised.toArray(new PyObject[0]));
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        PyObject na = a.attrs == null ? null : a.attrs.getStr("__notes__");
        PyObject nb = b.attrs == null ? null : b.attrs.getStr("__notes__");
        return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
                && (na == nb || na != null && nb != null);
    }

    private static void collectLeaves(PyBaseException e, java.util.IdentityHashMap<PyBaseException, Boolean> out) {
        if (!isGroup(e)) {
            out.put(e, true);
            return;
        }
        for (PyObject s : e.egExceptions.items) {
            collectLeaves((PyBaseException) s, out);
        }
    }

    /** The part of orig whose leaves are in keep (the original's structure and metadata), or null. */
    private static PyBaseException projection(ThreadState ts, PyBaseException e,
            java.util.IdentityHashMap<PyBaseException, Boolean> keep) {
        if (!isGroup(e)) {
            return keep.containsKey(e) ? e : null;
        }
        PyList parts = new PyList();
        for (PyObject s : e.egExceptions.items) {
            PyBaseException p = projection(ts, (PyBaseException) s, keep);
            if (p != null) {
                parts.append(p);
            }
        }
        // as split() by leaf identity: a group is never kept itself, its kept part is derived (CPython 3.11)
        return subset(ts, e, parts);
    }
}
