package org.stmj.python.vm;

import java.util.concurrent.atomic.AtomicLong;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PySet;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;

/**
 * State of the inline caches that lives outside the STM: the version counter of dicts and types, and the slots of
 * {@code Code.caches}. This class is excluded from the transformer and its methods are on the {@code pure=} list
 * of {@code stm.properties}, so in STM mode a call runs as written inside the transaction: a slot read is a plain
 * array load, a slot write a plain store that is neither logged nor rolled back, and a version drawn by a
 * transaction that then aborts is never drawn again.
 *
 * <p>Why that is correct (the full argument is in papers/design/caches.md): every version a dict or a type ever
 * holds is drawn from {@link #nextVersion}, so it names exactly one key layout of exactly one object, in every
 * transaction and every thread, committed or not. A cache entry records an object, one of its versions and an
 * answer that is a pure function of that object's layout at that version (read by a transaction whose snapshot is
 * consistent). A transaction uses the entry only after reading (transactionally) that the object still has that
 * version, so the answer is right for the state it sees. An entry made by a transaction that aborted names either a
 * committed version (and is right) or a version the abort rolled back, which no object holds again.
 */
public final class CacheMemory {
    private CacheMemory() {
    }

    /** Never repeats, never goes back; starts above 0 so that 0 is "no version". */
    private static final AtomicLong VERSIONS = new AtomicLong();

    /** A version no dict or type has held before. */
    public static long nextVersion() {
        return VERSIONS.incrementAndGet();
    }

    /** Slot i of an inline-cache array ({@code Code.caches}): a plain load. */
    public static Object get(Object[] slots, int i) {
        return slots[i];
    }

    /** Stores an immutable entry in slot i of an inline-cache array: a plain store, not rolled back. */
    public static void put(Object[] slots, int i, Object entry) {
        slots[i] = entry;
    }

    /**
     * The type of {@code o} when its Java class and its class field show that it is an instance of a built-in type
     * without an instance dict: a list, dict, set or frozenset whose class field is null or a built-in type, a
     * tuple whose class field is null or {@code tuple}, an exact str; null for every other object (an instance of a
     * heap subclass, a struct sequence, any other Java class), whose {@code type()} and {@code attrs()} answer. For
     * {@code InlineCache.builtinMethod}'s hit, without its two megamorphic calls (issue 8, papers/results/scaling.md
     * type27).
     *
     * <p>In STM mode the class field is read plainly (this class is not transformed; the method is pure), and that is
     * correct for every answer this method gives: a list's, dict's, set's or tuple's class field is written by its
     * constructor's caller before the object is published, and after that only by {@code __class__} assignment,
     * which moves objects of heap classes to heap classes only ({@code Ops.setClass}). So a field that reads null or
     * a built-in type holds that value for ever (or the object was allocated by this very transaction, whose own
     * in-place write the read sees), and no barrier is needed to trust it; a field that reads a heap class, possibly
     * another transaction's uncommitted write, only sends the caller to {@code o.type()}, whose read is barriered.
     * Such an object never has an instance dict: {@code attrs()} makes one only for a heap class (a struct sequence,
     * whose tuple class field is a built-in type with a dict, is excluded by the tuple test), and str subclass
     * instances are another Java class.
     */
    public static PyType plainType(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            PyType t = ((PyList) o).type;
            return t == null ? Builtins.LIST : t.heap ? null : t;
        }
        if (c == PyStr.class) {
            return Builtins.STR;
        }
        if (c == PyDict.class) {
            PyType t = ((PyDict) o).type;
            return t == null ? Builtins.DICT : t.heap ? null : t;
        }
        if (c == PySet.class) {
            PyType t = ((PySet) o).type;
            return t.heap ? null : t;
        }
        if (c == PyTuple.class) {
            PyType t = ((PyTuple) o).type;
            return t == null || t == Builtins.TUPLE ? Builtins.TUPLE : null;
        }
        return null;
    }
}
