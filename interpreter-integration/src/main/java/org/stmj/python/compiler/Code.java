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
