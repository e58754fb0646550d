package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Names the location of a conflict for the statistics; keys are built only when an attempt aborts. */
final class ConflictSite {
    private ConflictSite() {
    }

    static final int NONE = 0;
    /** A field of a class with its own lock word ({@code site} is the object, offset the field's). */
    static final int FIELD = 1;
    /** An array element ({@code site} is the array). */
    static final int ARRAY = 2;
    /** A static field ({@code site} is the static base). */
    static final int STATIC = 3;
    /** A field of a class without a lock word ({@code site} is the object). */
    static final int STRIPED_FIELD = 4;

    static int kindOfStriped(Object target) {
        if (target == null) {
            return NONE;
        }
        if (target.getClass().isArray()) {
            return ARRAY;
        }
        return target instanceof Class ? STATIC : STRIPED_FIELD;
    }

    /**
     * The identity of a conflict site: class, field offset, kind, the interpreter's own location, the conflict
     * kind coded as a cause ({@code WRITE_CONFLICT} write-write, {@code KILLED} inevitability, anything else
     * read-write) and the interpreter's description of the accessed object (the last two may be null).
     */
    static final class Key {
        final Class<?> cls;
        final long offset;
        final int kind;
        final String source;
        final AbortCause cause;
        final String target;

        Key(Class<?> cls, long offset, int kind, String source) {
            this(cls, offset, kind, source, null, null);
        }

        Key(Class<?> cls, long offset, int kind, String source, AbortCause cause, String target) {
            this.cls = cls;
            this.offset = offset;
            this.kind = kind;
            this.source = source;
            this.cause = cause;
            this.target = target;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return cls == k.cls && offset == k.offset && kind == k.kind && Objects.equals(source, k.source)
                    && cause == k.cause && Objects.equals(target, k.target);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cls, offset, kind, source, cause, target);
        }

        /** A readable name: {@code Class.field}, {@code array of T}, {@code static Class.field}. */
        String describe() {
            if (cls == null || kind == NONE) {
                return "(unknown location)";
            }
            // names are looked up by reflection once per (class, offset, kind): aborts can be frequent
            Key plain = source == null && cause == null && target == null ? this : new Key(cls, offset, kind, null);
            String n = NAMES.get(plain);
            if (n == null) {
                n = name();
                if (NAMES.size() < 4096) {
                    NAMES.put(plain, n);
                }
            }
            return n;
        }

        private String name() {
            switch (kind) {
                case FIELD:
                case STRIPED_FIELD:
                    return cls.getName() + "." + fieldName(cls, offset, false);
                case STATIC:
                    return "static " + cls.getName() + "." + fieldName(cls, offset, true);
                case ARRAY:
                    return "array of " + cls.getComponentType().getName();
                default:
                    return "(unknown location)";
            }
        }
    }

    /** Readable names of plain keys (class, offset, kind), bounded. */
    private static final ConcurrentHashMap<Key, String> NAMES = new ConcurrentHashMap<>();

    static Key key(Object site, long offset, int kind, String source) {
        return key(site, offset, kind, source, null, null);
    }

    static Key key(Object site, long offset, int kind, String source, AbortCause cause, String target) {
        if (site == null || kind == NONE) {
            return new Key(null, 0, NONE, source, cause, target);
        }
        if (kind == STATIC) {
            return new Key(site instanceof Class ? (Class<?>) site : site.getClass(), offset, STATIC, source, cause,
                    target);
        }
        return new Key(site.getClass(), kind == ARRAY ? 0 : offset, kind, source, cause, target);
    }

    /**
     * What was counted at one site: aborts, the nanoseconds they lost, and how often each other side (the
     * interpreter's location of the transaction this one conflicted with) was seen. Written by the owning thread
     * only; read racily by snapshots (the counters may lag by an event).
     */
    static final class Counts {
        long aborts;
        long nanos;
        /** Other-side location -> count; null until one is known. */
        volatile ConcurrentHashMap<String, long[]> others;

        void add(long lost, String other) {
            aborts++;
            nanos += lost;
            if (other != null) {
                ConcurrentHashMap<String, long[]> m = others;
                if (m == null) {
                    m = new ConcurrentHashMap<>();
                    others = m;
                }
                m.computeIfAbsent(other, k -> new long[1])[0]++;
            }
        }

        void addAll(Counts o) {
            aborts += o.aborts;
            nanos += o.nanos;
            ConcurrentHashMap<String, long[]> m = o.others;
            if (m != null) {
                for (Map.Entry<String, long[]> e : m.entrySet()) {
                    ConcurrentHashMap<String, long[]> mine = others;
                    if (mine == null) {
                        mine = new ConcurrentHashMap<>();
                        others = mine;
                    }
                    mine.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
                }
            }
        }

        /** The other side seen most often, or null. */
        String mostOften() {
            ConcurrentHashMap<String, long[]> m = others;
            if (m == null) {
                return null;
            }
            String best = null;
            long n = -1;
            for (Map.Entry<String, long[]> e : m.entrySet()) {
                if (e.getValue()[0] > n) {
                    n = e.getValue()[0];
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    /** The reason and location of a transaction becoming inevitable, for the statistics. */
    static final class InevitableKey {
        final String reason;
        final String source;

        InevitableKey(String reason, String source) {
            this.reason = reason;
            this.source = source;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InevitableKey && ((InevitableKey) o).reason.equals(reason)
                    && Objects.equals(((InevitableKey) o).source, source);
        }

        @Override
        public int hashCode() {
            return reason.hashCode() * 31 + Objects.hashCode(source);
        }
    }

    @SuppressWarnings("deprecation")
    private static String fieldName(Class<?> cls, long offset, boolean isStatic) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) != isStatic) {
                    continue;
                }
                try {
                    long o = isStatic ? U.staticFieldOffset(f) : U.objectFieldOffset(f);
                    if (o == offset) {
                        return f.getName();
                    }
                } catch (RuntimeException e) {
                    // hidden classes and records refuse offsets; keep looking
                }
            }
        }
        return "<offset " + offset + ">";
    }
}
