package org.stmj.python.vm;

import org.stmj.api.annotation.ImmutableArray;
import org.stmj.python.compiler.Code;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;

/**
 * Inline caches of the dispatch loop (CPython 3.11's specialisation, in the form an STM can run): each
 * instruction that looks a name up in dicts has a slot in {@link Code#caches} holding an immutable entry that
 * records where the name was found (the dict, its {@link PyDict#version()} and the entry position) or that it
 * was absent. An entry is valid while every dict it names still has the recorded version (keys stay where they
 * were; see the invariant on {@code PyDict.version}), and the value is then read from the recorded position, so
 * rebinding a global or a method in place needs no invalidation. A miss computes the answer the slow way and
 * stores a new entry; after {@link #MAX_FILLS} fills a slot stops caching (a site that keeps seeing other dicts
 * or types).
 *
 * <p>STM: the slots are elements of an ordinary (transformed) array, so in STM mode reading one is a
 * transactional read and storing an entry a transactional write, rolled back with its transaction. That matters:
 * dict versions are per-dict counters, so an aborted transaction's version numbers are reused by the next
 * transaction; an entry written by an aborted transaction and kept would name a version whose keys are elsewhere.
 * Entries themselves are immutable ({@code final} fields, {@code @ImmutableArray} arrays), so reading them takes
 * no barrier. Slots are written only on misses, so threads that run the same code conflict on them only while the
 * caches warm up.
 */
public final class InlineCache {
    private InlineCache() {
    }

    /** Fills of one slot after which it stops caching. */
    static final int MAX_FILLS = 16;
    /** A slot that stopped caching. */
    static final Object MEGA = new Object();
    /** {@link TypeLookup#get} of an entry that is no longer valid. */
    static final PyObject INVALID = new PyDict();

    /** LOAD_GLOBAL: the name in the frame's globals, or absent there and in its builtins at a position. */
    static final class Global {
        final PyDict globals, builtins;
        final int gver, bver, ix, fills;

        Global(PyDict globals, int gver, PyDict builtins, int bver, int ix, int fills) {
            this.globals = globals;
            this.gver = gver;
            this.builtins = builtins;
            this.bver = bver;
            this.ix = ix;
            this.fills = fills;
        }

        /** The value for frame f, or null when the entry does not apply. */
        PyObject get(Frame f) {
            PyDict g = globals;
            if (f.globals != g || g.version() != gver) {
                return null;
            }
            PyDict b = builtins;
            if (b == null) {
                return g.valueAt(ix);
            }
            if (f.builtins != b || b.version() != bver) {
                return null;
            }
            return b.valueAt(ix);
        }
    }

    /**
     * An attribute of a module (LOAD_ATTR/LOAD_METHOD): the module's dict answers first for any name that is in
     * it ({@code Ops.genericGetattr}), so a remembered position in that dict is the whole lookup; null when the
     * name is not in the dict (the caller then takes the general path: module {@code __getattr__}, errors).
     */
    static PyObject moduleAttr(Code code, int pc, PyDict d, String name) {
        Object c = code.caches[pc];
        if (c instanceof Global) {
            Global e = (Global) c;
            if (e.globals == d && e.builtins == null && d.version() == e.gver) {
                return d.valueAt(e.ix);
            }
        }
        int ix = d.indexOfStr(name);
        if (ix < 0) {
            return null;
        }
        if (c != MEGA) {
            int n = fills(c);
            code.caches[pc] = n < MAX_FILLS ? new Global(d, d.version(), null, 0, ix, n + 1) : MEGA;
        }
        return d.valueAt(ix);
    }

    /**
     * The value of global {@code code.names[arg]} for LOAD_GLOBAL at {@code pc} after the entry missed: looked
     * up the slow way, and the slot refilled; NameError when it is nowhere.
     */
    static PyObject loadGlobal(Frame f, Code code, int pc, int arg) {
        String n = code.names[arg];
        Object old = code.caches[pc];
        PyDict g = f.globals;
        int gix = g.indexOfStr(n);
        if (gix >= 0) {
            PyObject v = g.valueAt(gix);
            if (old != MEGA) {
                code.caches[pc] = refill(old, fills(old) < MAX_FILLS
                        ? new Global(g, g.version(), null, 0, gix, fills(old) + 1) : null);
            }
            return v;
        }
        PyDict b = f.builtins;
        int bix = b.indexOfStr(n);
        if (bix < 0) {
            throw Py.nameError(n);
        }
        if (old != MEGA) {
            code.caches[pc] = refill(old, fills(old) < MAX_FILLS
                    ? new Global(g, g.version(), b, b.version(), bix, fills(old) + 1) : null);
        }
        return b.valueAt(bix);
    }

    /** A type attribute lookup ({@link PyType#lookup}) remembered: absent from dicts[0..n-1), or in the last at ix. */
    static final class TypeLookup {
        final PyType type;
        @ImmutableArray
        final PyDict[] dicts;
        @ImmutableArray
        final int[] versions;
        /** Position in the last of dicts, or -1 when the name is in none of the MRO's dicts. */
        final int ix;
        final int fills;

        TypeLookup(PyType type, PyDict[] dicts, int[] versions, int ix, int fills) {
            this.type = type;
            this.dicts = dicts;
            this.versions = versions;
            this.ix = ix;
            this.fills = fills;
        }

        /** t.lookup(name) (null when absent), or {@link #INVALID} when the entry does not apply. */
        PyObject get(PyType t) {
            if (t != type) {
                return INVALID;
            }
            PyDict[] ds = dicts;
            int[] vs = versions;
            for (int i = 0; i < ds.length; i++) {
                if (ds[i].version() != vs[i]) {
                    return INVALID;
                }
            }
            return ix < 0 ? null : ds[ds.length - 1].valueAt(ix);
        }
    }

    /**
     * {@code t.lookup(name)} through the slot of the instruction at pc. Only the hit is here, so that C2 inlines it
     * into the loop's handlers; a miss refills the slot in {@link #lookupMiss}.
     */
    static PyObject lookup(Code code, int pc, PyType t, String name) {
        Object c = code.caches[pc];
        if (c instanceof TypeLookup) {
            PyObject v = ((TypeLookup) c).get(t);
            if (v != INVALID) {
                return v;
            }
        }
        return lookupMiss(code, pc, c, t, name);
    }

    /** {@link #lookup} after the entry c did not apply: looked up the slow way, and the slot refilled. */
    private static PyObject lookupMiss(Code code, int pc, Object c, PyType t, String name) {
        PyType[] mro = t.mro;
        if (c == MEGA || fills(c) >= MAX_FILLS) {
            if (c != MEGA) {
                code.caches[pc] = MEGA;
            }
            return t.lookup(name);
        }
        int n = 0, ix = -1;
        while (n < mro.length) {
            ix = mro[n++].dict.indexOfStr(name);
            if (ix >= 0) {
                break;
            }
        }
        PyDict[] ds = new PyDict[n];
        int[] vs = new int[n];
        for (int i = 0; i < n; i++) {
            ds[i] = mro[i].dict;
            vs[i] = ds[i].version();
        }
        code.caches[pc] = new TypeLookup(t, ds, vs, ix, fills(c) + 1);
        return ix < 0 ? null : ds[n - 1].valueAt(ix);
    }

    /**
     * LOAD_ATTR/STORE_ATTR on an instance dict: the entry position where the name was found last time. Instances
     * made by the same code insert their attributes in the same order, so the position is usually the same in
     * every instance of a class. Unlike the other entries it is only a hint: every use checks that the key at the
     * position is the name ({@link PyDict#getStrAt}), so it is right whichever dict or transaction it came from.
     */
    static final class AttrHint {
        final int ix, fills;

        AttrHint(int ix, int fills) {
            this.ix = ix;
            this.fills = fills;
        }
    }

    /** {@code d.getStr(name)} with the position hint of the instruction at pc. */
    static PyObject instanceAttr(Code code, int pc, PyDict d, String name) {
        Object c = code.caches[pc];
        if (c instanceof AttrHint) {
            PyObject v = d.getStrAt(((AttrHint) c).ix, name);
            if (v != null) {
                return v;
            }
        }
        int ix = d.indexOfStr(name);
        if (ix < 0) {
            return null;
        }
        hint(code, pc, c, ix);
        return d.valueAt(ix);
    }

    /** {@code d.putStr(name, v)} with the position hint of the instruction at pc. */
    static void storeInstanceAttr(Code code, int pc, PyDict d, String name, PyObject v) {
        Object c = code.caches[pc];
        if (c instanceof AttrHint && d.putStrAt(((AttrHint) c).ix, name, v)) {
            return;
        }
        hint(code, pc, c, d.putStrPos(name, v));
    }

    private static void hint(Code code, int pc, Object c, int ix) {
        if (c == MEGA || c instanceof AttrHint && ((AttrHint) c).ix == ix) {
            return;
        }
        int n = fills(c);
        code.caches[pc] = n < MAX_FILLS ? new AttrHint(ix, n + 1) : MEGA;
    }

    private static int fills(Object c) {
        if (c instanceof AttrHint) {
            return ((AttrHint) c).fills;
        }
        if (c instanceof Global) {
            return ((Global) c).fills;
        }
        if (c instanceof TypeLookup) {
            return ((TypeLookup) c).fills;
        }
        return 0;
    }

    private static Object refill(Object old, Object entry) {
        return entry != null ? entry : MEGA;
    }
}
