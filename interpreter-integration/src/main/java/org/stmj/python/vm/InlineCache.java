package org.stmj.python.vm;

import org.stmj.api.annotation.ImmutableArray;
import org.stmj.python.compiler.Code;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyFunction;
import org.stmj.python.objects.PyInstance;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PySlotDescr;
import org.stmj.python.objects.PySuper;
import org.stmj.python.objects.PyType;

/**
 * Inline caches of the dispatch loop (CPython 3.11's specialisation, in the form an STM can run): each
 * instruction that looks a name up has a slot in {@link Code#caches} holding an immutable entry that records the
 * answer of the lookup together with the version tag it depends on: a dict's {@link PyDict#version()} for globals
 * and module attributes, a type's {@link PyType#version} for attributes of classes and instances (one version for
 * the whole MRO). An entry is valid while the object it names still has the recorded version (keys stay where they
 * were; see the invariants on {@code PyDict.version} and {@code PyType.version}), and values are then read at the
 * recorded position, so rebinding a global, a method or a class attribute in place needs no invalidation. A miss
 * computes the answer the slow way and stores a new entry; after {@link #MAX_FILLS} fills a slot stops caching
 * (a site that keeps seeing other dicts or types).
 *
 * <p>STM: the slots are read and written through {@link CacheMemory}, a class the transformer leaves alone, so in
 * STM mode they cost a plain load (and, on a miss, a plain store), are not logged and are not rolled back; threads
 * running the same code never conflict on them. That is correct because every version is unique: an entry is a
 * pure function of a consistent snapshot (committed state plus the filling transaction's own writes) and of the
 * version it names, versions are drawn from a counter that never repeats ({@link CacheMemory#nextVersion}, also
 * across aborts), and every use first checks, with an ordinary transactional read, that the object still has that
 * version. So a stale entry, or one filled by a transaction that later aborted, either names a version that is
 * still current (its answer is then right: the version determines the layout) or fails validation. Entries are
 * immutable (only {@code final} fields), so a racy reader sees them whole. The argument in full is in
 * papers/design/caches.md.
 */
public final class InlineCache {
    private InlineCache() {
    }

    /** Fills of one slot after which it stops caching. */
    static final int MAX_FILLS = 16;
    /**
     * A slot that stopped caching. It is a {@link Global} that never applies (its dict is no frame's globals and
     * its version is no dict's), so that LOAD_GLOBAL's {@code instanceof Global} in the dispatch loop sees one class
     * for ever: with a plain object here, the first site to stop caching (a global looked up after its dict's keys
     * changed {@link #MAX_FILLS} times: late in a run) failed C2's class check speculated from the profile, an
     * uncommon trap that threw the compiled loop away (issue 8, papers/results/scaling.md, par17). Its miss takes
     * {@link Global#get}'s version test, the side every refill takes, so no new branch side is taken either.
     */
    static final Object MEGA = new Global(new PyDict(), -1, null, 0, -1, MAX_FILLS);

    /**
     * Empties every slot of {@code code} and of the code objects among its constants (nested functions, classes,
     * comprehensions). For code shared by every interpreter of the JVM (library modules compiled once, {@code
     * Library}): an entry holds the dicts and types of the interpreter that filled it last, and through them that
     * whole interpreter, which an in-process run (the golden suites: some 900 programs in one JVM) kept alive after
     * its program ended; each full collection (gc.collect) then marked hundreds of dead interpreters. A slot emptied
     * while another interpreter runs the code only costs that one a refill (entries are immutable; see above).
     */
    public static void clear(Code code) {
        Object[] slots = code.caches;
        for (int i = 0; i < slots.length; i++) {
            if (CacheMemory.get(slots, i) != null) {
                CacheMemory.put(slots, i, null);
            }
        }
        for (PyObject k : code.consts) {
            if (k instanceof Code) {
                clear((Code) k);
            }
        }
    }

    /** Slot pc of the code's caches (a plain load in both modes). */
    static Object slot(Code code, int pc) {
        return CacheMemory.get(code.caches, pc);
    }

    private static void fill(Code code, int pc, Object entry) {
        CacheMemory.put(code.caches, pc, entry);
    }

    /** LOAD_GLOBAL: the name in the frame's globals, or absent there and in its builtins at a position. */
    static final class Global {
        final PyDict globals, builtins;
        final long gver, bver;
        final int ix, fills;

        Global(PyDict globals, long gver, PyDict builtins, long bver, int ix, int fills) {
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
            // the version first: a stale entry and MEGA both leave here (see MEGA)
            if (g.version() != gver || f.globals != g) {
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
        Object c = slot(code, pc);
        if (c instanceof Global) {
            Global e = (Global) c;
            if (e.globals == d && e.builtins == null && d.version() == e.gver) {
                return d.valueAt(e.ix);
            }
        }
        long ver = d.version();
        int ix = d.indexOfStr(name);
        if (ix < 0) {
            return null;
        }
        if (c != MEGA) {
            int n = fills(c);
            fill(code, pc, n < MAX_FILLS ? new Global(d, ver, null, 0, ix, n + 1) : MEGA);
        }
        return d.valueAt(ix);
    }

    /**
     * The value of global {@code code.names[arg]} for LOAD_GLOBAL at {@code pc} after the entry missed: looked
     * up the slow way, and the slot refilled; NameError when it is nowhere.
     */
    static PyObject loadGlobal(Frame f, Code code, int pc, int arg) {
        String n = code.names[arg];
        Object old = slot(code, pc);
        PyDict g = f.globals;
        long gver = g.version();
        int gix = g.indexOfStr(n);
        if (gix >= 0) {
            PyObject v = g.valueAt(gix);
            if (old != MEGA) {
                fill(code, pc, fills(old) < MAX_FILLS ? new Global(g, gver, null, 0, gix, fills(old) + 1) : MEGA);
            }
            return v;
        }
        PyDict b = f.builtins;
        long bver = b.version();
        int bix = b.indexOfStr(n);
        if (bix < 0) {
            throw Py.nameError(n);
        }
        if (old != MEGA) {
            fill(code, pc, fills(old) < MAX_FILLS ? new Global(g, gver, b, bver, bix, fills(old) + 1) : MEGA);
        }
        return b.valueAt(bix);
    }

    /** An entry that answers for one type at one version ({@link TypeLookup}, {@link InstAttr}). */
    abstract static class Typed {
        final PyType type;
        final long version;
        final int fills;

        Typed(PyType type, long version, int fills) {
            this.type = type;
            this.version = version;
            this.fills = fills;
        }
    }

    /** Most types one slot keeps entries for ({@link Poly}) before it stops caching. */
    static final int POLY_MAX = 8;

    /**
     * A polymorphic slot: one entry per type the site has seen (a method called on instances of several
     * subclasses), searched in order; immutable like the entries, replaced as a whole when one is added or
     * refreshed. {@code fills} counts the fills of the slot, as in the entries.
     */
    static final class Poly {
        @ImmutableArray
        final Typed[] entries;
        final int fills;

        Poly(Typed[] entries, int fills) {
            this.entries = entries;
            this.fills = fills;
        }

        /** The entry for t at its current version, or null. */
        Typed find(PyType t) {
            for (Typed e : entries) {
                if (e.type == t) {
                    return t.version == e.version ? e : null;
                }
            }
            return null;
        }
    }

    /**
     * Slot contents c with entry e put in: replacing c's entry for e's type, or beside c's entries for other
     * types (a {@link Poly}); {@link #MEGA} past {@link #POLY_MAX} types or {@link #MAX_FILLS} fills.
     */
    static Object withEntry(Object c, Typed e) {
        int n = fills(c) + 1;
        if (n > MAX_FILLS) {
            return MEGA;
        }
        Typed[] old;
        if (c instanceof Poly) {
            old = ((Poly) c).entries;
        } else if (c instanceof Typed && c.getClass() == e.getClass()) {
            old = new Typed[] {(Typed) c};
        } else {
            return e;
        }
        int at = old.length;
        for (int i = 0; i < old.length; i++) {
            if (old[i].type == e.type) {
                at = i;
            }
        }
        if (at == 0 && old.length == 1) {
            return e;
        }
        if (at == old.length && old.length >= POLY_MAX) {
            return MEGA;
        }
        Typed[] es = java.util.Arrays.copyOf(old, Math.max(old.length, at + 1));
        es[at] = e;
        return new Poly(es, n);
    }

    /**
     * A type attribute lookup ({@link PyType#lookup}) remembered: for {@code type} at {@code version}, the name is
     * at position {@code ix} of {@code holder} (the dict of the first class of the MRO that has it), or absent
     * from the whole MRO ({@code holder} null). For a built-in type the value itself is kept ({@code fixed}):
     * a built-in type's namespace is filled when its class is initialised and never written after (setattr on it
     * raises), so a hit reads no dict (no logged read of the namespace per method call in STM mode). A heap
     * class's value is read at each hit: overwriting an existing class attribute keeps the version.
     */
    static final class TypeLookup extends Typed {
        final PyDict holder;
        final int ix;
        /** Whether instances of the type use the generic attribute lookup (no heap {@code __getattribute__}). */
        final boolean generic;
        /** The value when {@code type} and every class of its MRO are built-in, else null. */
        final PyObject fixed;
        /**
         * The value as LOAD_METHOD's hit pushes it for CALL_METHOD when it is fixed for this version of
         * {@code type} ({@link #fixed}, or a value in the namespace of a built-in class of a heap class's MRO, when
         * its instances use the generic lookup): a built-in method descriptor without the per-call check of its
         * self's class, which every instance of {@code type} passes ({@link PyBuiltin#forSelfOf}); else the value
         * itself; null when not fixed.
         */
        final PyObject fixedCall;
        /**
         * Whether no instance dict told to {@code type} (a {@link PyInstance}'s, or one made by
         * {@link PyDict#instanceDict}) holds the name at {@code version} ({@link PyType#instancesLack}): LOAD_METHOD
         * on such an instance then needs no probe of its dict.
         */
        final boolean unshadowed;

        TypeLookup(PyType type, long version, PyDict holder, int ix, int fills, String name) {
            super(type, version, fills);
            this.holder = holder;
            this.ix = ix;
            this.unshadowed = type.heap && type.instancesLack(name);
            this.generic = !type.heap || type.slots[PyType.S_GETATTRIBUTE] == null;
            this.fixed = holder == null || !builtinMro(type) ? null : holder.valueAt(ix);
            // a built-in class's namespace is never written: its value is fixed for this version of type too
            PyObject fc = fixed != null || !generic || !builtinHolder(type, holder) ? fixed : holder.valueAt(ix);
            this.fixedCall = fc instanceof PyBuiltin ? ((PyBuiltin) fc).forSelfOf(type) : fc;
        }

        /** Whether holder is the namespace of a built-in class of type's MRO. */
        private static boolean builtinHolder(PyType type, PyDict holder) {
            for (PyType m : type.mro) {
                if (m.dict == holder) {
                    return !m.heap;
                }
            }
            return false;
        }

        private static boolean builtinMro(PyType type) {
            for (PyType m : type.mro) {
                if (m.heap) {
                    return false;
                }
            }
            return true;
        }

        /** {@link #value}, or {@link #fixedCall} where that is set: for a method slot that only CALL_METHOD reads. */
        PyObject callValue() {
            PyObject v = fixedCall;
            if (v != null) {
                return v;
            }
            PyDict h = holder;
            return h == null || !generic ? null : h.valueAt(ix);
        }

        PyObject value() {
            PyObject v = fixed;
            if (v != null) {
                return v;
            }
            PyDict h = holder;
            return h == null || !generic ? null : h.valueAt(ix);
        }
    }

    /**
     * LOAD_METHOD's lookup: {@code t.lookup(name)} when instances of t use the generic attribute lookup, null when
     * they do not (a heap {@code __getattribute__}) or the name is absent. The {@code __getattribute__} check is
     * part of the entry (the type version covers the slot table), so a hit reads one version and the value.
     */
    static PyObject method(Code code, int pc, PyType t, String name) {
        Object c = slot(code, pc);
        if (c instanceof TypeLookup) {
            TypeLookup e = (TypeLookup) c;
            if (e.type == t && t.version == e.version) {
                return e.value();
            }
        } else if (c instanceof Poly) {
            Typed e = ((Poly) c).find(t);
            if (e instanceof TypeLookup) {
                return ((TypeLookup) e).value();
            }
        }
        PyObject v = lookupMiss(code, pc, c, t, name);
        return !t.heap || t.slots[PyType.S_GETATTRIBUTE] == null ? v : null;
    }

    /**
     * LOAD_METHOD's hit on a heap-class instance: the Python function or built-in method descriptor (a method of a
     * built-in base, such as {@code random.Random}'s {@code random}) that the slot's entry for the instance's type
     * names, when the instance dict does not shadow it; null for everything else (no valid entry, another kind of
     * value, a shadowing instance attribute), which {@code Interp.loadMethod} answers. Small, for C2 to inline
     * into the loop (the rest of {@link #method} is not).
     */
    static PyObject instanceMethod(Code code, int pc, PyInstance inst, String name) {
        Object c = slot(code, pc);
        PyType t = inst.type;
        Typed e = c instanceof TypeLookup ? (Typed) c : c instanceof Poly ? ((Poly) c).find(t) : null;
        if (e instanceof TypeLookup && e.type == t && t.version == e.version) {
            TypeLookup l = (TypeLookup) e;
            PyObject v = l.value();
            if (v instanceof PyFunction || v instanceof PyBuiltin && ((PyBuiltin) v).isMethodDescr()) {
                // the entry's answer for the type (no instance of it ever held the name), else a probe
                PyDict d = inst.attrs;
                if (l.unshadowed || d == null || d.getStr(name) == null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * LOAD_METHOD's hit on any other object (not a {@link PyInstance}): the built-in method descriptor that the
     * slot's entry names for the object's type (list.append on a list, str.join on a str, a method of a built-in
     * base on an instance of a heap subclass of it: {@code rng.random()}), when the object's instance dict, if it
     * has one, does not shadow it (no probe when the dict's keys are told to the type and the entry says no instance
     * dict holds the name: {@link PyDict#keysToldTo}); null for everything else, which {@code Interp.loadMethod}
     * answers (a Python method of such a class too: taking it here measured no better on chaos, calls20 and
     * meth21; modules, classes and super objects never reach an entry of this kind: loadMethod makes none for
     * them). Small, for C2 to inline.
     */
    static PyObject builtinMethod(Code code, int pc, PyObject o, String name) {
        Object c = slot(code, pc);
        if (c instanceof TypeLookup) {
            TypeLookup e = (TypeLookup) c;
            PyType t = o.type();
            if (e.type == t && t.version == e.version) {
                PyObject v = e.callValue();
                if (v instanceof PyBuiltin && ((PyBuiltin) v).isMethodDescr()) {
                    // no dict, or one whose keys the type was told (the entry's answer for it), else a probe
                    PyDict d = o.attrs();
                    return d == null || e.unshadowed && d.keysToldTo(t) || d.getStr(name) == null ? v : null;
                }
            }
        }
        return null;
    }

    /**
     * LOAD_ATTR of a method on an instance of a heap subclass of a built-in type (not a {@link PyInstance}, module,
     * class or super object: {@code self.getrandbits} on a {@code random.Random}), from the general path with
     * {@code f.pc} written: the Python function or built-in method descriptor that the slot's {@link TypeLookup}
     * entry for the object's type names (filled here on a miss), bound to the object, when the type has no
     * {@code __getattribute__} of its own and the instance dict does not hold the name: what
     * {@code Ops.genericGetattr} answers (a non-data descriptor first in the MRO, after the instance dict), without
     * its MRO walk. Null for everything else, which {@code Ops.getattr} answers. Not inlined into the loop.
     */
    static PyObject boundMethod(ThreadState ts, Code code, int pc, PyObject o, String name) {
        PyType t = o.type();
        if (!t.heap || o instanceof PyInstance || o instanceof PyModule || o instanceof PyType
                || o instanceof PySuper) {
            return null;
        }
        Object c = slot(code, pc);
        Typed e = c instanceof TypeLookup ? (Typed) c : c instanceof Poly ? ((Poly) c).find(t) : null;
        PyObject v;
        if (e instanceof TypeLookup && e.type == t && t.version == e.version) {
            v = ((TypeLookup) e).value();
        } else {
            v = t.slots[PyType.S_GETATTRIBUTE] == null ? lookupMiss(code, pc, c, t, name) : null;
        }
        if (!(v instanceof PyFunction || v instanceof PyBuiltin && ((PyBuiltin) v).isMethodDescr())) {
            return null;
        }
        PyDict d = o.attrs();
        if (d != null && d.getStr(name) != null) {
            return null;
        }
        return Ops.bindDescr(ts, v, o, t);
    }

    /** {@code t.lookup(name)} after the entry c did not apply: looked up the slow way, and the slot refilled. */
    private static PyObject lookupMiss(Code code, int pc, Object c, PyType t, String name) {
        if (c == MEGA) {
            return t.lookup(name);
        }
        // the version first: a lookup that runs Python code (a str subclass key's __eq__) and changes the MRO
        // leaves an entry that is already invalid
        long ver = t.version;
        PyDict holder = null;
        int ix = -1;
        for (PyType m : t.mro) {
            ix = m.dict.indexOfStr(name);
            if (ix >= 0) {
                holder = m.dict;
                break;
            }
        }
        fill(code, pc, withEntry(c, new TypeLookup(t, ver, holder, ix, fills(c) + 1, name)));
        return holder == null ? null : holder.valueAt(ix);
    }

    /** {@link InstAttr#kind}: the general path ({@code Ops.getattr}/{@code Ops.setattr}) answers. */
    static final int GENERIC = 0;
    /** {@link InstAttr#kind}: a {@code __slots__} member: index {@code index} of the instance's slot values. */
    static final int SLOT = 1;
    /**
     * {@link InstAttr#kind}: no data descriptor of that name in the MRO: the instance dict (its position hint
     * {@code index}), then (loads) the class attribute at {@code holder}/{@code pos}, bound as a descriptor.
     */
    static final int DICT = 2;

    /**
     * LOAD_ATTR/STORE_ATTR on an instance of a heap class ({@link PyInstance}): for {@code type} at
     * {@code version}, where the name's value lives. The type version covers everything the answer depends on
     * (the MRO's key layouts, its data descriptors, {@code __getattribute__}/{@code __setattr__} in the slot
     * table), so a hit costs one identity compare and one version read before the instance's own storage is used.
     * For {@link #DICT} the position in the instance dict is only a hint, checked against the key there.
     */
    static final class InstAttr extends Typed {
        final int kind;
        /** SLOT: the slot index; DICT: the entry position in the instance dict where the name was last found. */
        final int index;
        /** DICT loads: the dict of the MRO class holding a (non-data) class attribute of the name, or null. */
        final PyDict holder;
        final int pos;
        /**
         * DICT loads: no instance dict of a {@link PyInstance} of {@code type} holds the name at {@code version}
         * ({@link PyType#instancesLack}), so a load reads the class attribute without probing the instance dict.
         */
        final boolean unshadowed;

        InstAttr(PyType type, long version, int kind, int index, PyDict holder, int pos, int fills,
                boolean unshadowed) {
            super(type, version, fills);
            this.kind = kind;
            this.index = index;
            this.holder = holder;
            this.pos = pos;
            this.unshadowed = unshadowed;
        }

        InstAttr withHint(int ix) {
            return new InstAttr(type, version, kind, ix, holder, pos, fills + 1, unshadowed);
        }
    }

    /**
     * LOAD_ATTR of {@code name} on a heap-class instance through the slot at pc: the value, or null when the general
     * path must answer (a {@code __getattribute__}, a data descriptor other than a slot, an unset slot, a name found
     * nowhere, a site that stopped caching). The hit of a slot or instance-dict entry is here, small enough for C2
     * to inline into the loop; everything else is {@link #attrSlow}.
     */
    static PyObject instanceAttr(ThreadState ts, Code code, int pc, PyInstance inst, String name) {
        Object c = slot(code, pc);
        InstAttr e = valid(c, inst.type);
        if (e != null) {
            if (e.kind == SLOT) {
                PyObject[] sv = inst.slotValues;
                return sv != null && e.index < sv.length ? sv[e.index] : null;
            }
            PyDict d = inst.attrs;
            if (e.kind == DICT && d != null && !e.unshadowed) {
                PyObject v = d.getStrAt(e.index, name);
                if (v != null) {
                    return v;
                }
            }
        }
        return attrSlow(ts, code, pc, inst, name, null);
    }

    /** The entry of slot contents c for instances of t at its present version, or null. */
    private static InstAttr valid(Object c, PyType t) {
        if (c instanceof InstAttr) {
            InstAttr e = (InstAttr) c;
            return e.type == t && t.version == e.version ? e : null;
        }
        if (c instanceof Poly) {
            Typed e = ((Poly) c).find(t);
            return e instanceof InstAttr ? (InstAttr) e : null;
        }
        return null;
    }

    /**
     * LOAD_ATTR ({@code v} null) or STORE_ATTR of {@code v} on a heap-class instance past the fast paths of
     * {@link #instanceAttr} and {@link #storeInstanceAttr}: the entry's other cases, the misses and refills. A
     * load returns the value or null (the general path must answer), a store {@code v} when stored or null. One
     * method for both, over C2's {@code FreqInlineSize} (325 bytes), so that C2 inlines only the fast paths into
     * the dispatch loop (see {@code Interp.generic}).
     */
    private static PyObject attrSlow(ThreadState ts, Code code, int pc, PyInstance inst, String name, PyObject v) {
        Object c = slot(code, pc);
        PyType t = inst.type;
        if (v == null) {
            if (c instanceof InstAttr) {
                InstAttr e = (InstAttr) c;
                if (e.type == t && t.version == e.version) {
                    return instanceHit(ts, code, pc, c, e, inst, name);
                }
            } else if (c instanceof Poly) {
                Typed e = ((Poly) c).find(t);
                if (e instanceof InstAttr) {
                    return instanceHit(ts, code, pc, c, (InstAttr) e, inst, name);
                }
            }
            return instanceAttrMiss(ts, code, pc, c, inst, name);
        }
        if (c instanceof InstAttr) {
            InstAttr e = (InstAttr) c;
            if (e.type == t && t.version == e.version) {
                return storeHit(code, pc, c, e, inst, name, v) ? v : null;
            }
        } else if (c instanceof Poly) {
            Typed e = ((Poly) c).find(t);
            if (e instanceof InstAttr) {
                return storeHit(code, pc, c, (InstAttr) e, inst, name, v) ? v : null;
            }
        }
        if (c == MEGA) {
            return null;
        }
        Object nc = withEntry(c, classify(t, name, true, inst.attrs, fills(c) + 1));
        fill(code, pc, nc);
        if (nc == MEGA) {
            return null;
        }
        Typed e = nc instanceof Poly ? ((Poly) nc).find(t) : (Typed) nc;
        return e != null && ((InstAttr) e).kind != GENERIC && storeHit(code, pc, nc, (InstAttr) e, inst, name, v)
                ? v : null;
    }

    /** LOAD_ATTR through the valid entry e of slot contents c (see {@link #instanceAttr}). */
    private static PyObject instanceHit(ThreadState ts, Code code, int pc, Object c, InstAttr e, PyInstance inst,
            String name) {
        if (e.kind == SLOT) {
            PyObject[] sv = inst.slotValues;
            return sv != null && e.index < sv.length ? sv[e.index] : null;
        }
        if (e.kind == DICT) {
            PyDict d = inst.attrs;
            if (d != null && !e.unshadowed) {
                PyObject v = d.getStrAt(e.index, name);
                if (v != null) {
                    return v;
                }
                // the class's entry is read before the lookup, whose key __eq__ may delete it (CPython holds it too)
                PyObject cv = e.holder == null ? null : e.holder.valueAt(e.pos);
                int ix = d.indexOfStr(name);
                if (ix >= 0) {
                    if (ix != e.index && e.fills < MAX_FILLS) {
                        fill(code, pc, withEntry(c, e.withHint(ix)));
                    }
                    return d.valueAt(ix);
                }
                return cv == null ? null : Ops.bindDescr(ts, cv, inst, e.type);
            }
            PyDict h = e.holder;
            return h == null ? null : Ops.bindDescr(ts, h.valueAt(e.pos), inst, e.type);
        }
        return null;
    }

    private static PyObject instanceAttrMiss(ThreadState ts, Code code, int pc, Object c, PyInstance inst,
            String name) {
        if (c == MEGA) {
            return null;
        }
        PyType t = inst.type;
        Object nc = withEntry(c, classify(t, name, false, inst.attrs, fills(c) + 1));
        fill(code, pc, nc);
        if (nc == MEGA) {
            return null;
        }
        Typed e = nc instanceof Poly ? ((Poly) nc).find(t) : (Typed) nc;
        return e == null || ((InstAttr) e).kind == GENERIC ? null : instanceHit(ts, code, pc, nc, (InstAttr) e, inst,
                name);
    }

    /**
     * The entry for {@code name} on instances of t (see {@link InstAttr}); store: for STORE_ATTR (a
     * {@code __setattr__} makes it generic) rather than LOAD_ATTR ({@code __getattribute__} does).
     */
    private static InstAttr classify(PyType t, String name, boolean store, PyDict attrs, int fills) {
        long ver = t.version;
        int kind = DICT, index = 0, pos = -1;
        PyDict holder = null;
        boolean unshadowed = false;
        if (name.startsWith("__") || t.slots[store ? PyType.S_SETATTR : PyType.S_GETATTRIBUTE] != null) {
            kind = GENERIC;
        } else {
            for (PyType m : t.mro) {
                int ix = m.dict.indexOfStr(name);
                if (ix >= 0) {
                    holder = m.dict;
                    pos = ix;
                    break;
                }
            }
            PyObject d = holder == null ? null : holder.valueAt(pos);
            if (d != null && Ops.isDataDescr(d)) {
                holder = null;
                if (d instanceof PySlotDescr) {
                    kind = SLOT;
                    index = ((PySlotDescr) d).index();
                } else {
                    kind = GENERIC;
                }
            } else if (!store && holder != null && t.heap && t.instancesLack(name)) {
                // a class attribute no instance dict of t holds: loads read it without probing (no hint needed)
                unshadowed = true;
            } else if (attrs != null && !attrs.heapKeys) {
                // a position hint only; not searched where a key's __eq__ could run (and change the class)
                int ix = attrs.indexOfStr(name);
                index = Math.max(ix, 0);
            }
        }
        return new InstAttr(t, ver, kind, index, holder, pos, fills, unshadowed);
    }

    /**
     * STORE_ATTR of {@code name} on a heap-class instance through the slot at pc: true when stored, false when the
     * general path must do it (a {@code __setattr__}, a data descriptor other than a slot, no instance dict, a
     * dunder name, a site that stopped caching). The store into a slot or at the entry's instance-dict position is
     * here; everything else is {@link #attrSlow}.
     */
    static boolean storeInstanceAttr(Code code, int pc, PyInstance inst, String name, PyObject v) {
        InstAttr e = valid(slot(code, pc), inst.type);
        if (e != null) {
            if (e.kind == SLOT) {
                PyObject[] sv = inst.slotValues;
                if (sv != null && e.index < sv.length) {
                    sv[e.index] = v;
                    return true;
                }
            } else if (e.kind == DICT) {
                PyDict d = inst.attrs;
                if (d != null && d.putStrAt(e.index, name, v)) {
                    return true;
                }
            }
        }
        return attrSlow(null, code, pc, inst, name, v) != null;
    }

    /** STORE_ATTR through the valid entry e of slot contents c (see {@link #storeInstanceAttr}). */
    private static boolean storeHit(Code code, int pc, Object c, InstAttr e, PyInstance inst, String name,
            PyObject v) {
        if (e.kind == SLOT) {
            PyObject[] sv = inst.slotValues;
            if (sv != null && e.index < sv.length) {
                sv[e.index] = v;
                return true;
            }
            return false;
        }
        if (e.kind == DICT) {
            PyDict d = inst.attrs;
            if (d == null) {
                return false;
            }
            if (!d.putStrAt(e.index, name, v)) {
                int ix = d.putStrPos(name, v);
                if (ix != e.index && e.fills < MAX_FILLS) {
                    fill(code, pc, withEntry(c, e.withHint(ix)));
                }
            }
            return true;
        }
        return false;
    }

    private static int fills(Object c) {
        if (c instanceof Typed) {
            return ((Typed) c).fills;
        }
        if (c instanceof Global) {
            return ((Global) c).fills;
        }
        if (c instanceof Poly) {
            return ((Poly) c).fills;
        }
        return 0;
    }
}
