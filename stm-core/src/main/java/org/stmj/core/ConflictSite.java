package org.stmj.core;

import static org.stmj.core.UnsafeAccess.U;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;

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

    /** The identity of a conflict site: class, field offset, kind, and the interpreter's own location. */
    static final class Key {
        final Class<?> cls;
        final long offset;
        final int kind;
        final String source;

        Key(Class<?> cls, long offset, int kind, String source) {
            this.cls = cls;
            this.offset = offset;
            this.kind = kind;
            this.source = source;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return cls == k.cls && offset == k.offset && kind == k.kind && Objects.equals(source, k.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cls, offset, kind, source);
        }

        /** A readable name: {@code Class.field}, {@code array of T}, {@code static Class.field}. */
        String describe() {
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

    static Key key(Object site, long offset, int kind, String source) {
        if (site == null || kind == NONE) {
            return new Key(null, 0, NONE, source);
        }
        if (kind == STATIC) {
            return new Key(site instanceof Class ? (Class<?>) site : site.getClass(), offset, STATIC, source);
        }
        return new Key(site.getClass(), kind == ARRAY ? 0 : offset, kind, source);
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
