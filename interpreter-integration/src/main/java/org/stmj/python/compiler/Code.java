package org.stmj.python.compiler;

import org.stmj.api.annotation.ImmutableArray;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * A compiled code object: immutable after compilation (shared read-only by all threads). Its arrays are
 * {@code @ImmutableArray}: built by the compiler before the code object exists, never written afterwards, so
 * STM mode reads their elements with no barrier.
 */
public final class Code extends PyObject {
    /**
     * Flags. A coroutine (async def) and an async generator (async def with yield) also carry GENERATOR: the loop
     * runs all three as suspendable heap frames wrapped in a PyGenerator, whose Python type the flags choose.
     */
    public static final int GENERATOR = 1, VARARGS = 2, VARKW = 4, NEWLOCALS = 8, CLASS_BODY = 16, COROUTINE = 32,
            ASYNC_GENERATOR = 64;
    public final String name, qualname, filename;
    @ImmutableArray
    public final int[] code;
    /** Source line of each instruction. */
    @ImmutableArray
    public final int[] lines;
    @ImmutableArray
    public final PyObject[] consts;
    @ImmutableArray
    public final String[] names;
    /** Fast locals: arguments first (positional, keyword-only, *args, **kwargs), then other locals. */
    @ImmutableArray
    public final String[] varnames;
    /** Cell variables (created by this frame) followed by free variables (from the closure). */
    @ImmutableArray
    public final String[] cellvars, freevars;
    /** For each cell variable, the argument index it is initialised from, or -1. */
    @ImmutableArray
    public final int[] cell2arg;
    public final int argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstLine;
    /** True when a call with exactly argcount positional arguments can copy them straight into the locals. */
    public final boolean simpleArgs;
    /**
     * Inline caches of the dispatch loop, one slot per instruction (see {@code vm.InlineCache}): immutable entries
     * that remember where a global or an attribute was found, validated on every use by globally unique dict and
     * type versions. Unlike the other arrays it is written while the code runs; its elements are read and written
     * only through {@code vm.CacheMemory}, outside the STM (plain, not logged, not rolled back; see
     * papers/design/caches.md for why that is correct).
     */
    public final Object[] caches;

    /**
     * CPython's CO_ITERABLE_COROUTINE: a generator function decorated with types.coroutine, whose generators
     * 'await' accepts as they are. Write-once (false to true) by {@code code._stmj_iterable_coroutine()}, which
     * types.coroutine calls before the function is used (CPython replaces the function's code object instead; here
     * the mark is on the code object, so every function made from it shares it).
     */
    public boolean iterableCoroutine;

    static {
        Builtins.CODE.dict.putStr("_stmj_iterable_coroutine",
                new org.stmj.python.objects.PyBuiltin("_stmj_iterable_coroutine",
                (ts, a, kw) -> {
                    Code c = (Code) a[0];
                    if (c.isGenerator() && (c.flags & (COROUTINE | ASYNC_GENERATOR)) == 0) {
                        c.iterableCoroutine = true;
                    }
                    return org.stmj.python.objects.Py.None;
                }, null, "code"));
    }

    Code(String name, String qualname, String filename, int[] code, int[] lines, PyObject[] consts, String[] names,
            String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg, int argcount, int posonly,
            int kwonly, int flags, int stacksize, int firstLine) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.code = code;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.argcount = argcount;
        this.posonlyargcount = posonly;
        this.kwonlyargcount = kwonly;
        this.flags = flags;
        this.stacksize = stacksize;
        this.firstLine = firstLine;
        this.simpleArgs = (flags & (VARARGS | VARKW | GENERATOR)) == 0 && kwonly == 0;
        this.caches = new Object[code.length];
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    @Override
    public PyType type() {
        return Builtins.CODE;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }

    /** A disassembly of this code object alone, for debugging ({@link Disassembler#disOne}). */
    public String dis() {
        return Disassembler.disOne(this);
    }
}
