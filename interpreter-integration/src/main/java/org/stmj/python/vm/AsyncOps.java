package org.stmj.python.vm;

import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyFunction;
import org.stmj.python.objects.PyGenerator;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;

/**
 * The run-time half of coroutines. A coroutine ({@code async def}) and an async generator ({@code async def} with
 * {@code yield}) are compiled like generators (their frames are heap frames, suspended and resumed by the same
 * stackless loop) and wrapped in a {@link PyGenerator} whose Python type is {@link #COROUTINE} or
 * {@link #ASYNC_GENERATOR}. {@code await e} compiles to {@code GET_AWAITABLE(e)} followed by YIELD_FROM, so awaiting
 * a coroutine or a generator-based {@code __await__} is an in-loop delegation with no Java recursion. The other
 * helpers here serve {@code async for} ({@link #AITER}, {@link #ANEXT}), {@code async with}
 * ({@link #ASYNC_WITH_ENTER}) and the values an async generator yields ({@link #ASYNC_GEN_WRAP}).
 * All static state is immutable (types, helper functions, one compiled code object).
 */
public final class AsyncOps {
    private AsyncOps() {
    }

    public static final PyType COROUTINE = new PyType("coroutine", Builtins.OBJECT, false, null);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", Builtins.OBJECT, false, null);
    static final PyType ASEND = new PyType("async_generator_asend", Builtins.OBJECT, false, null);
    static final PyType ATHROW = new PyType("async_generator_athrow", Builtins.OBJECT, false, null);
    static final PyType CORO_WRAPPER = new PyType("coroutine_wrapper", Builtins.OBJECT, false, null);
    static final PyType WRAPPED = new PyType("async_generator_wrapped_value", Builtins.OBJECT, false, null);

    /** await's first half: the iterator to delegate to for an awaitable. */
    public static final PyBuiltin GET_AWAITABLE = new PyBuiltin("<get awaitable>",
            (ts, a, kw) -> getAwaitable(ts, a[0], null));
    /**
     * yield from's iterator: a generator as it is (delegated to in the loop); a user-defined iterator wrapped in the
     * delegating generator, so that the value of the StopIteration ending it becomes the value of the yield from
     * expression and throw()/close() reach it (PEP 380); built-in iterators as they are (they end without a value).
     */
    public static final PyBuiltin YIELD_FROM_ITER = new PyBuiltin("<yield from iter>", (ts, a, kw) -> {
        PyObject o = a[0];
        if (o instanceof PyGenerator) {
            return o;
        }
        PyType t = o.type();
        if (t.heap && t.slots[PyType.S_ITER] instanceof PyFunction) {
            // an __iter__ that is a generator function of self alone (a recursive data structure's): its generator
            PyGenerator g = ArgBinding.generatorOf1(ts, (PyFunction) t.slots[PyType.S_ITER], o);
            if (g != null) {
                return g;
            }
        }
        PyObject it = Ops.iter(ts, o);
        if (it instanceof PyGenerator || !it.type().heap) {
            return it;
        }
        return Interp.callFunction(ts, delegate(), new PyObject[] {it}, null);
    });
    /** async for: the async iterator of an object ({@code __aiter__}). */
    public static final PyBuiltin AITER = new PyBuiltin("<aiter>", (ts, a, kw) -> aiter(ts, a[0]));
    /** async for: the awaitable iterator of the next item ({@code __anext__}). */
    public static final PyBuiltin ANEXT = new PyBuiltin("<anext>", (ts, a, kw) -> anext(ts, a[0]));
    /** async with: (awaitable of __aenter__(), bound __aexit__). */
    public static final PyBuiltin ASYNC_WITH_ENTER = new PyBuiltin("<async with>",
            (ts, a, kw) -> asyncWithEnter(ts, a[0]));
    /** yield in an async generator: marks the value as produced by the generator rather than by an inner await. */
    public static final PyBuiltin ASYNC_GEN_WRAP = new PyBuiltin("<async gen wrap>", (ts, a, kw) -> new Wrapped(a[0]));

    /** A value yielded by an async generator's own yield (as opposed to one passed through from an await). */
    static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return WRAPPED;
        }
    }

    public static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator && (((PyGenerator) o).frame.code.flags & Code.COROUTINE) != 0;
    }

    public static boolean isAsyncGen(PyObject o) {
        return o instanceof PyGenerator && (((PyGenerator) o).frame.code.flags & Code.ASYNC_GENERATOR) != 0;
    }

    private static PyObject special(ThreadState ts, PyObject o, String name) {
        PyObject d = o.type().lookup(name);
        if (d == null) {
            return null;
        }
        return Ops.bindDescr(ts, d, o, o.type());
    }

    /**
     * The iterator that await delegates to: a coroutine itself, a generator returned by __await__ (delegated to in
     * the loop), or any other iterator wrapped in a small Python generator that forwards send/throw/close and
     * returns StopIteration's value (PEP 380), so that YIELD_FROM's generator path also serves it.
     */
    static PyObject getAwaitable(ThreadState ts, PyObject o, String context) {
        if (o instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) o;
            if (isCoroutine(g)) {
                if (g.finished) {
                    throw Py.runtimeError("cannot reuse already awaited coroutine");
                }
                if (g.running) {
                    throw Py.runtimeError("coroutine is being awaited already");
                }
                return g;
            }
            if (g.frame.code.iterableCoroutine) {
                return g;
            }
        }
        PyObject aw = special(ts, o, "__await__");
        if (aw == null) {
            if (context != null) {
                throw Py.typeError(context + o.type().name);
            }
            throw Py.typeError("object " + o.type().name + " can't be used in 'await' expression");
        }
        PyObject it = Ops.call(ts, aw);
        if (isCoroutine(it)) {
            throw Py.typeError("__await__() returned a coroutine");
        }
        if (it instanceof PyGenerator) {
            return it;
        }
        if (special(ts, it, "__next__") == null) {
            throw Py.typeError("__await__() returned non-iterator of type '" + it.type().name + "'");
        }
        return Interp.callFunction(ts, delegate(), new PyObject[] {it}, null);
    }

    static PyObject aiter(ThreadState ts, PyObject o) {
        PyObject f = special(ts, o, "__aiter__");
        if (f == null) {
            throw Py.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject it = Ops.call(ts, f);
        if (o.type().lookup("__anext__") == null && it.type().lookup("__anext__") == null) {
            throw Py.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name);
        }
        return it;
    }

    static PyObject anext(ThreadState ts, PyObject it) {
        PyObject f = special(ts, it, "__anext__");
        if (f == null) {
            throw Py.typeError("'async for' requires an iterator with __anext__ method, got " + it.type().name);
        }
        PyObject aw = Ops.call(ts, f);
        return getAwaitable(ts, aw, "'async for' received an invalid object from __anext__: ");
    }

    static PyObject asyncWithEnter(ThreadState ts, PyObject mgr) {
        PyObject enter = special(ts, mgr, "__aenter__");
        if (enter == null) {
            throw Py.typeError("'" + mgr.type().name
                    + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = special(ts, mgr, "__aexit__");
        if (exit == null) {
            throw Py.typeError("'" + mgr.type().name
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        PyObject aw = getAwaitable(ts, Ops.call(ts, enter),
                "'async with' received an object from __aenter__ that does not implement __await__: ");
        return new PyTuple(aw, exit);
    }

    // ------------------------------------------------------------ delegation to non-generator iterators

    private static final String DELEGATE_SRC = String.join("\n",
            "def _delegate(it):",
            "    try:",
            "        y = it.__next__()",
            "    except StopIteration as e:",
            "        return e.value",
            "    while True:",
            "        try:",
            "            s = yield y",
            "        except GeneratorExit:",
            "            c = getattr(it, 'close', None)",
            "            if c is not None:",
            "                c()",
            "            raise",
            "        except BaseException as e:",
            "            t = getattr(it, 'throw', None)",
            "            if t is None:",
            "                raise",
            "            try:",
            "                y = t(e)",
            "            except StopIteration as e2:",
            "                return e2.value",
            "            continue",
            "        try:",
            "            y = it.__next__() if s is None else it.send(s)",
            "        except StopIteration as e:",
            "            return e.value",
            "");

    /**
     * Write-once cache: compiled at first use; racing threads may each compile and store an equivalent immutable
     * code object, so under STM the only conflict is on that first write.
     */
    private static volatile Code delegateCode;

    /** The shared delegating code's inline caches let go of the interpreter that filled them (Library). */
    public static void releaseCaches() {
        for (Code c : new Code[] {delegateCode, anextCode}) {
            if (c != null) {
                InlineCache.clear(c);
            }
        }
    }

    /** The delegating generator function; its code is compiled once and shared (code objects are immutable). */
    private static PyFunction delegate() {
        Code c = delegateCode;
        if (c == null) {
            Code m = Compiler.compile(DELEGATE_SRC, "<await>", false);
            for (PyObject k : m.consts) {
                if (k instanceof Code) {
                    c = (Code) k;
                }
            }
            delegateCode = c;
        }
        return new PyFunction(c, new PyDict(), null, null, null);
    }

    // ------------------------------------------------------------ aiter() and anext() (builtins since 3.10)

    /** aiter(obj): obj.__aiter__(), which must return an async iterator. */
    public static PyObject aiterBuiltin(ThreadState ts, PyObject o) {
        PyObject f = special(ts, o, "__aiter__");
        if (f == null) {
            throw Py.typeError("'" + o.type().name + "' object is not an async iterable");
        }
        PyObject it = Ops.call(ts, f);
        if (it.type().lookup("__anext__") == null) {
            throw Py.typeError("aiter() returned not an async iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    private static final String ANEXT_SRC = String.join("\n",
            "async def _anext_default(awaitable, default):",
            "    try:",
            "        return await awaitable",
            "    except StopAsyncIteration:",
            "        return default",
            "");

    /** Write-once cache of the compiled helper (as delegateCode). */
    private static volatile Code anextCode;

    /**
     * anext(it[, default]): the awaitable it.__anext__(); with a default, a coroutine that awaits it and returns the
     * default at StopAsyncIteration.
     */
    public static PyObject anextBuiltin(ThreadState ts, PyObject it, PyObject dflt) {
        PyObject f = special(ts, it, "__anext__");
        if (f == null) {
            throw Py.typeError("'" + it.type().name + "' object is not an async iterator");
        }
        PyObject aw = Ops.call(ts, f);
        if (dflt == null) {
            return aw;
        }
        Code c = anextCode;
        if (c == null) {
            Code m = Compiler.compile(ANEXT_SRC, "<anext>", false);
            for (PyObject k : m.consts) {
                if (k instanceof Code) {
                    c = (Code) k;
                }
            }
            anextCode = c;
        }
        return Interp.callFunction(ts, new PyFunction(c, new PyDict(), null, null, null), new PyObject[] {aw, dflt},
                null);
    }

    // ------------------------------------------------------------ async generators

    /**
     * The awaitable of asend/athrow/aclose: each step resumes the async generator (a nested loop, as next() on a
     * generator from Java), passes values of inner awaits through, and finishes when the generator yields its own
     * value (StopIteration(value)) or ends (StopAsyncIteration).
     */
    static final class Awaiter extends PyObject {
        static final int SEND = 0, THROW = 1, CLOSE = 2;
        final PyGenerator gen;
        final int kind;
        final PyObject value;
        final PyBaseException exc;
        /** 0: not started, 1: running, 2: done. */
        int state;

        Awaiter(PyGenerator gen, int kind, PyObject value, PyBaseException exc) {
            this.gen = gen;
            this.kind = kind;
            this.value = value;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return kind == SEND ? ASEND : ATHROW;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        @Override
        public PyObject next(ThreadState ts) {
            return step(ts, Py.None, null);
        }

        PyObject step(ThreadState ts, PyObject sent, PyBaseException thrown) {
            if (state == 2) {
                throw Py.runtimeError("cannot reuse already awaited "
                        + (kind == SEND ? "__anext__()/asend()" : kind == THROW ? "athrow()" : "aclose()"));
            }
            PyObject r;
            try {
                if (state == 0) {
                    state = 1;
                    if (thrown != null) {
                        r = resume(ts, null, thrown);
                    } else if (kind == SEND) {
                        r = resume(ts, sent == Py.None ? value : sent, null);
                    } else if (kind == CLOSE && (!gen.frame.started || gen.finished)) {
                        gen.finished = true;
                        state = 2;
                        throw Py.stopIteration(null);
                    } else if (kind == THROW && gen.finished) {
                        state = 2;
                        throw new PyException(new PyBaseException(Exc.StopAsyncIteration));
                    } else {
                        r = resume(ts, null, exc);
                    }
                } else {
                    r = resume(ts, sent, thrown);
                }
            } catch (PyException e) {
                state = 2;
                if (e.exc.isInstance(Exc.StopIteration)) {
                    if (kind == CLOSE) {
                        throw Py.stopIteration(null);
                    }
                    throw new PyException(new PyBaseException(Exc.StopAsyncIteration));
                }
                if (kind == CLOSE && (e.exc.isInstance(Exc.GeneratorExit)
                        || e.exc.isInstance(Exc.StopAsyncIteration))) {
                    throw Py.stopIteration(null);
                }
                throw e;
            }
            if (r instanceof Wrapped) {
                state = 2;
                if (kind == CLOSE) {
                    throw Py.runtimeError("async generator ignored GeneratorExit");
                }
                throw Py.stopIteration(((Wrapped) r).value);
            }
            return r;
        }

        private PyObject resume(ThreadState ts, PyObject v, PyBaseException e) {
            if (e != null) {
                return gen.throwIn(ts, e);
            }
            return gen.send(ts, v);
        }
    }

    /** A coroutine's __await__() iterator. */
    static final class CoroWrapper extends PyObject {
        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return CORO_WRAPPER;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        /** next(): the coroutine's return value travels in the StopIteration, as CPython's wrapper does. */
        @Override
        public PyObject next(ThreadState ts) {
            return genNext(ts, coro, Py.None);
        }
    }

    private static PyBaseException toExc(ThreadState ts, PyObject[] a, int i) {
        return org.stmj.python.objects.Exc.forThrow(ts, a, i);
    }

    /** The first __anext__/asend/athrow/aclose of an async generator calls the thread's firstiter hook. */
    private static PyGenerator firstIter(ThreadState ts, PyObject o) {
        PyGenerator g = (PyGenerator) o;
        if (!g.asyncgenHooked) {
            g.asyncgenHooked = true;
            if (ts.asyncgenFirstiter != null && ts.asyncgenFirstiter != Py.None) {
                Ops.call(ts, ts.asyncgenFirstiter, g);
            }
        }
        return g;
    }

    /** sys.set_asyncgen_hooks and sys.get_asyncgen_hooks. */
    public static void installSys(PyDict d) {
        d.putStr("set_asyncgen_hooks", new PyBuiltin("set_asyncgen_hooks", (ts, a, kw) -> {
            int np = a.length - (kw == null ? 0 : kw.length);
            PyObject first = np > 0 ? a[0] : null, fin = np > 1 ? a[1] : null;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (kw[i].equals("firstiter")) {
                        first = a[np + i];
                    } else if (kw[i].equals("finalizer")) {
                        fin = a[np + i];
                    } else {
                        throw Py.typeError("set_asyncgen_hooks() got an unexpected keyword argument '" + kw[i] + "'");
                    }
                }
            }
            if (first != null && first != Py.None && !Ops.isCallable(first)) {
                throw Py.typeError("callable firstiter expected, got " + first.type().name);
            }
            if (fin != null && fin != Py.None && !Ops.isCallable(fin)) {
                throw Py.typeError("callable finalizer expected, got " + fin.type().name);
            }
            if (first != null) {
                ts.asyncgenFirstiter = first;
            }
            if (fin != null) {
                ts.asyncgenFinalizer = fin;
            }
            return Py.None;
        }));
        d.putStr("get_asyncgen_hooks", new PyBuiltin("get_asyncgen_hooks", (ts, a, kw) -> new PyTuple(
                ts.asyncgenFirstiter == null ? Py.None : ts.asyncgenFirstiter,
                ts.asyncgenFinalizer == null ? Py.None : ts.asyncgenFinalizer)));
    }

    private static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    private static PyObject genNext(ThreadState ts, PyGenerator g, PyObject v) {
        if (g.finished) {
            throw Py.runtimeError("cannot reuse already awaited coroutine");
        }
        if (!g.frame.started && v != Py.None) {
            throw Py.typeError("can't send non-None value to a just-started coroutine");
        }
        return g.send(ts, v);
    }

    static {
        for (PyType t : new PyType[] {COROUTINE}) {
            m(t, "send", (ts, a, kw) -> genNext(ts, (PyGenerator) a[0], a[1]));
            m(t, "throw", (ts, a, kw) -> {
                PyGenerator g = (PyGenerator) a[0];
                if (g.finished) {
                    throw Py.runtimeError("cannot reuse already awaited coroutine");
                }
                return g.throwIn(ts, toExc(ts, a, 1));
            });
            m(t, "close", (ts, a, kw) -> {
                ((PyGenerator) a[0]).close(ts);
                return Py.None;
            });
            m(t, "__await__", (ts, a, kw) -> new CoroWrapper((PyGenerator) a[0]));
        }
        PyType w = CORO_WRAPPER;
        m(w, "__iter__", (ts, a, kw) -> a[0]);
        m(w, "__next__", (ts, a, kw) -> genNext(ts, ((CoroWrapper) a[0]).coro, Py.None));
        m(w, "send", (ts, a, kw) -> genNext(ts, ((CoroWrapper) a[0]).coro, a[1]));
        m(w, "throw", (ts, a, kw) -> ((CoroWrapper) a[0]).coro.throwIn(ts, toExc(ts, a, 1)));
        m(w, "close", (ts, a, kw) -> {
            ((CoroWrapper) a[0]).coro.close(ts);
            return Py.None;
        });
        PyType ag = ASYNC_GENERATOR;
        PyType.genericAlias(ag);
        m(ag, "__aiter__", (ts, a, kw) -> a[0]);
        m(ag, "__anext__", (ts, a, kw) -> new Awaiter(firstIter(ts, a[0]), Awaiter.SEND, Py.None, null));
        m(ag, "asend", (ts, a, kw) -> new Awaiter(firstIter(ts, a[0]), Awaiter.SEND, a[1], null));
        m(ag, "athrow", (ts, a, kw) -> new Awaiter(firstIter(ts, a[0]), Awaiter.THROW, null, toExc(ts, a, 1)));
        m(ag, "aclose", (ts, a, kw) -> new Awaiter(firstIter(ts, a[0]), Awaiter.CLOSE, null,
                new PyBaseException(Exc.GeneratorExit)));
        for (PyType t : new PyType[] {ASEND, ATHROW}) {
            m(t, "__await__", (ts, a, kw) -> a[0]);
            m(t, "__iter__", (ts, a, kw) -> a[0]);
            m(t, "__next__", (ts, a, kw) -> ((Awaiter) a[0]).step(ts, Py.None, null));
            m(t, "send", (ts, a, kw) -> ((Awaiter) a[0]).step(ts, a[1], null));
            m(t, "throw", (ts, a, kw) -> ((Awaiter) a[0]).step(ts, null, toExc(ts, a, 1)));
            m(t, "close", (ts, a, kw) -> {
                ((Awaiter) a[0]).state = 2;
                return Py.None;
            });
        }
    }

    /**
     * A coroutine a call made and the calling statement discarded at once ({@code work()} without {@code await}):
     * CPython's finalizer of the never-started coroutine, run there by its reference count, warns through
     * {@code warnings._warn_unawaited_coroutine} ("RuntimeWarning: coroutine 'work' was never awaited", at the
     * statement's line); a failing warning (an error filter) is reported as unraisable, as CPython's.
     */
    public static void discardedCall(ThreadState ts, org.stmj.python.objects.PyGenerator g) {
        if ((g.frame.code.flags & Code.COROUTINE) == 0) {
            return; // a generator never started is closed silently
        }
        try {
            PyObject w = ts.interp.importName(ts, "warnings", null, 0, null);
            Ops.call(ts, Ops.getattr(ts, w, "_warn_unawaited_coroutine"), g);
        } catch (PyException e) {
            ts.interp.writeUnraisable(ts, e.exc, g);
        }
    }
}
