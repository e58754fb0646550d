package org.stmj.python.objects;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A shared key layout of instance dicts (CPython 3.11's shared keys, as V8's hidden classes): the sequence of str
 * keys an instance dict holds at entry positions 0, 1, ..., with no deletion in between. An instance dict that holds
 * exactly such a sequence names it by its {@code layout} field ({@link PyDict#layoutAt}), so an inline cache entry
 * that recorded (layout, position) for an attribute name finds the value with one identity check and no read of
 * the dict's keys ({@code vm/InlineCache.InstAttr}).
 *
 * <p>A layout is a pure function of its key sequence: the tree of layouts (one root, {@link #EMPTY}; a child per
 * next key) only grows, a child once made is the one every thread gets for that key, and nothing in a layout is
 * ever changed. This class is excluded from the transformer and {@link #next} is on the {@code pure=} list of
 * {@code stm.properties}: in STM mode the tree lives outside the STM (as {@code CacheMemory}'s slots do), a child
 * made by a transaction that then aborts stays in the tree and is correct for any dict that later holds its
 * sequence, and concurrent transactions that add the same key to their instances do not conflict.
 *
 * <p>Bounds (past them a dict has no layout and the attribute paths check the key, as before): {@link #MAX_SIZE}
 * keys per layout, {@link #MAX_LAYOUTS} layouts in all (a program that names attributes from data does not grow
 * the tree without bound).
 */
public final class Layout {
    /** The most keys a layout holds. */
    static final int MAX_SIZE = 48;
    /** The most layouts made in one JVM (besides the roots). */
    static final int MAX_LAYOUTS = 50_000;
    private static final AtomicInteger MADE = new AtomicInteger();
    /** The layout of an empty instance dict. */
    public static final Layout EMPTY = new Layout(null, null);
    /** A layout no dict ever holds: the answer of {@link PyDict#layoutAt} where the dict has none. */
    public static final Layout NONE = new Layout(null, null);

    private final Layout parent;
    /** The last key (null for a root). */
    private final String key;
    private final int size;
    /** The children made so far, by their last key; made on the first child, under this layout's monitor. */
    private volatile ConcurrentHashMap<String, Layout> kids;

    private Layout(Layout parent, String key) {
        this.parent = parent;
        this.key = key;
        this.size = parent == null ? 0 : parent.size + 1;
    }

    /** A new root, apart from {@link #EMPTY}'s tree (for tests). */
    static Layout newRoot() {
        return new Layout(null, null);
    }

    /** The layout of l's keys followed by the str {@code key}, or null past the bounds (l null: null). */
    public static Layout next(Layout l, String key) {
        if (l == null || l == NONE || l.size >= MAX_SIZE) {
            return null;
        }
        ConcurrentHashMap<String, Layout> m = l.kids;
        if (m != null) {
            Layout c = m.get(key);
            if (c != null) {
                return c;
            }
        }
        return l.add(key);
    }

    private synchronized Layout add(String k) {
        ConcurrentHashMap<String, Layout> m = kids;
        if (m == null) {
            m = new ConcurrentHashMap<>(4);
            kids = m;
        }
        Layout c = m.get(k);
        if (c == null) {
            if (MADE.get() >= MAX_LAYOUTS) {
                return null;
            }
            MADE.incrementAndGet();
            c = new Layout(this, k);
            m.put(k, c);
        }
        return c;
    }

    /** The number of keys (for tests). */
    public int size() {
        return size;
    }

    /** The key at position i (for tests and checks), or null when i is out of range. */
    public String keyAt(int i) {
        Layout l = this;
        if (i < 0 || i >= size) {
            return null;
        }
        while (l.size > i + 1) {
            l = l.parent;
        }
        return l.key;
    }
}
