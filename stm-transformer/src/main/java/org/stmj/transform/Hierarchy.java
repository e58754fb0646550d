package org.stmj.transform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Opcodes;

/**
 * The class hierarchy as seen from one class loader, read from class files (never by loading classes), and the
 * decisions that depend on it: which classes are transformed, where a field or method is declared, which class
 * holds the lock word. One instance per (configuration, loader); thread-safe.
 */
final class Hierarchy {
    /** Where class files come from: internal name to bytes, or {@code null}. */
    interface ClassBytes {
        byte[] get(String internalName);
    }

    final Config config;
    private final ClassBytes source;
    private final Map<String, Optional<ClassInfo>> infos = new ConcurrentHashMap<>();
    private final Map<String, Boolean> transformed = new ConcurrentHashMap<>();
    private final Map<String, Boolean> packageTransactional = new ConcurrentHashMap<>();
    /** {@code owner#name+desc} of a called method to its STM marks ({@code Ctx.marks}), shared by all classes. */
    final Map<String, Integer> marks = new ConcurrentHashMap<>();
    /**
     * With a configuration that selects every class ({@link Config#transformsAll()}): the classes that may be
     * selected at all (the translator's input jar), or {@code null} for every class that is not the JDK's.
     */
    private volatile java.util.function.Predicate<String> universe;

    Hierarchy(Config config, ClassBytes source) {
        this.config = config;
        this.source = source;
    }

    /**
     * Restricts a select-everything configuration to the given classes (the offline translator: the input jar;
     * the classes it refers to on {@code --classpath} are not translated, so they are not transformed).
     */
    void restrictTo(java.util.function.Predicate<String> classes) {
        universe = classes;
    }

    /** Whether the JDK (boot or platform loader) defines the class: never transformed, whatever the lists say. */
    static boolean isJdkClass(String name) {
        return ClassLoader.getPlatformClassLoader().getResource(name + ".class") != null;
    }

    /** Class files as resources of a loader (the system loader's view of the platform for {@code null}). */
    static ClassBytes of(ClassLoader loader) {
        return name -> {
            String res = name + ".class";
            try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(res)
                    : loader.getResourceAsStream(res)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        };
    }

    /**
     * Set when the source gives exactly the bytes of every class that is transformed (the translator's jar), so
     * that {@link #define} need not parse a class again that the source already gave.
     */
    private volatile boolean sourceIsExact;

    void sourceIsExact() {
        sourceIsExact = true;
    }

    /**
     * Set by the offline translator: each transformed class's offset holders (the {@code static final long}
     * fields its twins' barriers read, see {@code Ctx#offsetHolder}) go in a class of their own,
     * {@code Host$$StmOffsets}, whose {@code <clinit>} looks them up the first time a twin reads one, instead of in
     * the host's {@code <clinit>}, which every run executes. The lookups are a {@code Class.forName} and a
     * reflective {@code getDeclaredField} each (the latter makes the owner's reflection data: a {@code Field} per
     * declared field, the field types loaded): 787 of them at {@code -c pass}, 13-21 ms of CPU that a run with
     * one thread (auto mode), which never runs a twin, paid for nothing (papers/results/auto-mode.md, auto13). The
     * holder classes' bytes are left in {@link #holderClassFiles} for the translator to write; the agent, which
     * can only return the bytes of the class it was given, keeps the holders in the host.
     */
    private volatile boolean separateOffsetHolders;
    /** Holder classes made so far ({@link #separateOffsetHolders}), by internal name. */
    final java.util.Map<String, byte[]> holderClassFiles = new java.util.concurrent.ConcurrentHashMap<>();

    void separateOffsetHolders() {
        separateOffsetHolders = true;
    }

    boolean offsetHoldersApart() {
        return separateOffsetHolders;
    }

    /** Makes the given bytes the definition of a class (the class being transformed right now). */
    void define(String name, byte[] bytes) {
        if (sourceIsExact) {
            Optional<ClassInfo> known = infos.get(name);
            if (known != null && known.isPresent()) {
                return;
            }
        }
        infos.put(name, Optional.of(ClassInfo.parse(bytes)));
    }

    ClassInfo info(String name) {
        Optional<ClassInfo> o = infos.get(name);
        if (o == null) {
            byte[] b = source.get(name);
            ClassInfo ci = null;
            if (b != null) {
                try {
                    ci = ClassInfo.parse(b);
                } catch (RuntimeException e) {
                    ci = null;
                }
            }
            o = Optional.ofNullable(ci);
            infos.put(name, o);
        }
        return o.orElse(null);
    }

    ClassInfo require(String name, String why) {
        ClassInfo ci = info(name);
        if (ci == null) {
            throw new TransformException("class " + name.replace('/', '.') + " not found (needed for " + why + ")");
        }
        return ci;
    }

    /** Whether the class is (or will be) transformed: selected or {@code @Transactional}, and not excluded. */
    boolean isTransformed(String name) {
        if (name.startsWith("[")) {
            return false;
        }
        Boolean b = transformed.get(name);
        if (b == null) {
            b = computeTransformed(name);
            transformed.put(name, b);
        }
        return b;
    }

    /** {@link #isTransformed} without the cache, for a class just defined from bytes. */
    boolean isTransformedUncached(String name) {
        boolean b = computeTransformed(name);
        transformed.put(name, b);
        return b;
    }

    private boolean computeTransformed(String name) {
        if (config.excludes(name) || name.endsWith("module-info") || name.endsWith("package-info")) {
            return false;
        }
        ClassInfo ci = info(name);
        if (ci == null || (ci.access & Opcodes.ACC_MODULE) != 0) {
            return false;
        }
        if (config.transformsAll() && universe != null && !universe.test(name)) {
            return false;
        }
        if (config.selects(name) || ci.transactional) {
            return !isJdkClass(name);
        }
        // A subclass of a transformed class must be transformed too, or it would inherit twins of methods it
        // overrides (see "Twins and dispatch" in the design notes).
        if (ci.superName != null && !ci.isInterface() && isTransformed(ci.superName)) {
            return !isJdkClass(name);
        }
        int slash = name.lastIndexOf('/');
        String pkg = slash < 0 ? "" : name.substring(0, slash);
        return packageTransactional.computeIfAbsent(pkg, p -> {
            ClassInfo pi = info(p.isEmpty() ? "package-info" : p + "/package-info");
            return pi != null && pi.transactional;
        }) && !isJdkClass(name);
    }

    /**
     * The class whose added lock word guards instances of {@code name}, or {@code null} (no lock word: striped
     * table, or nothing to guard). The lock word goes into the topmost transformed class of {@code name}'s
     * superclass chain that has state a barrier guards: a non-final instance field, or confinement. A class whose
     * chain declares only final fields (an immutable value such as a boxed int or float) gets none: no barrier
     * ever reads or writes its fields, and its instances stay the size they are without the STM (8 bytes less,
     * which an allocation-heavy loop feels in auto mode's uninstrumented code too). The choice is the same from
     * every class of the chain that has such state (the topmost one is above each of them), so every barrier on
     * one object finds the same word.
     */
    String lockRoot(String name) {
        if (!isTransformed(name)) {
            return null;
        }
        ClassInfo ci = info(name);
        if (ci.isInterface() || ci.isRecord()) {
            return null;
        }
        String root = null;
        for (String c = name; c != null && isTransformed(c); ) {
            ClassInfo k = info(c);
            if (k == null) {
                break;
            }
            if (guardsState(c, k)) {
                root = c;
            }
            c = k.superName;
        }
        return root;
    }

    /** Whether instances of {@code name} have state of its own that barriers or claims go through the lock for. */
    private boolean guardsState(String name, ClassInfo ci) {
        if (ci.confined || config.isConfinedClass(name)) {
            return true;
        }
        for (ClassInfo.Field f : ci.fields.values()) {
            if ((f.access() & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether instances of the class are claimed per transaction ({@code @ThreadConfined} on the class or
     * {@code confinedClasses} in the configuration) and the class is transformed.
     */
    boolean isConfinedClass(String name) {
        if (name.startsWith("[") || !isTransformed(name)) {
            return false;
        }
        ClassInfo ci = info(name);
        return ci != null && (ci.confined || config.isConfinedClass(name));
    }

    /** Whether the resolved field is an {@code @ConfinedArray} (annotation or configuration). */
    boolean isConfinedArray(FieldRef ref, String name) {
        return ref.field().confinedArray() || config.isConfinedArray(ref.owner(), name);
    }

    /** Whether the resolved field is an {@code @ImmutableArray} (annotation or configuration). */
    boolean isImmutableArray(FieldRef ref, String name) {
        return ref.field().immutableArray() || config.isImmutableArray(ref.owner(), name);
    }

    /**
     * Whether the resolved field is a guarded array field ({@code guardedArrays}): the elements of the array it
     * holds are guarded by the holder object's own lock word, not by the striped lock table.
     */
    boolean isGuardedArray(FieldRef ref, String name) {
        return config.isGuardedArray(ref.owner(), name);
    }

    /**
     * Whether the resolved field is a stable field ({@code stableFields}): read on nearly every operation, written
     * almost never; its barriers go through the engine's stable epoch ({@code Barriers.readKStable}).
     */
    boolean isStableField(FieldRef ref, String name) {
        return config.isStableField(ref.owner(), name);
    }

    /** Whether the resolved field is {@code @ThreadConfined} itself (no barrier, no rollback). */
    boolean isConfinedField(FieldRef ref, String accessOwner, String name) {
        return ref.field().confined() || config.isConfined(ref.owner(), name) || config.isConfined(accessOwner, name);
    }

    /** Whether this class declares the lock word itself. */
    boolean declaresLockWord(String name) {
        return name.equals(lockRoot(name));
    }

    /** A resolved field: the declaring class and the field. */
    record FieldRef(String owner, ClassInfo.Field field) {
    }

    /** Resolves a field reference as the JVM does (class, superinterfaces, superclasses); null if not found. */
    FieldRef resolveField(String owner, String name) {
        ClassInfo ci = info(owner);
        if (ci == null) {
            return null;
        }
        ClassInfo.Field f = ci.fields.get(name);
        if (f != null) {
            return new FieldRef(owner, f);
        }
        for (String itf : ci.interfaces) {
            FieldRef r = resolveField(itf, name);
            if (r != null) {
                return r;
            }
        }
        return ci.superName == null ? null : resolveField(ci.superName, name);
    }

    /** A resolved method: the declaring class and the method. */
    record MethodRef(String owner, ClassInfo.Method method) {
    }

    /** Resolves a method (superclasses first, then superinterfaces); null if not found. */
    MethodRef resolveMethod(String owner, String name, String desc) {
        String key = name + desc;
        for (String c = owner; c != null; ) {
            ClassInfo ci = info(c);
            if (ci == null) {
                break;
            }
            ClassInfo.Method m = ci.methods.get(key);
            if (m != null) {
                return new MethodRef(c, m);
            }
            c = ci.superName;
        }
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(owner);
        while (!todo.isEmpty()) {
            ClassInfo ci = info(todo.poll());
            if (ci == null) {
                continue;
            }
            if (ci.isInterface()) {
                ClassInfo.Method m = ci.methods.get(key);
                if (m != null && (m.access() & Opcodes.ACC_STATIC) == 0) {
                    return new MethodRef(ci.name, m);
                }
            }
            for (String i : ci.interfaces) {
                if (seen.add(i)) {
                    todo.add(i);
                }
            }
            if (ci.superName != null && seen.add(ci.superName)) {
                todo.add(ci.superName);
            }
        }
        return null;
    }

    /** Whether {@code sub} is {@code sup} or a subtype of it (both internal names of classes or interfaces). */
    boolean isSubtype(String sub, String sup) {
        if (sub.equals(sup) || "java/lang/Object".equals(sup)) {
            return true;
        }
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(sub);
        while (!todo.isEmpty()) {
            String c = todo.poll();
            if (c.equals(sup)) {
                return true;
            }
            ClassInfo ci = info(c);
            if (ci == null) {
                continue;
            }
            if (ci.superName != null && seen.add(ci.superName)) {
                todo.add(ci.superName);
            }
            for (String i : ci.interfaces) {
                if (seen.add(i)) {
                    todo.add(i);
                }
            }
        }
        return false;
    }

    boolean isInterface(String name) {
        ClassInfo ci = info(name);
        return ci != null && ci.isInterface();
    }

    String superName(String name) {
        ClassInfo ci = info(name);
        return ci == null ? null : ci.superName;
    }

    /** The most specific common superclass, as {@code ClassWriter.getCommonSuperClass} needs. */
    String commonSuperClass(String a, String b) {
        ClassInfo ca = info(a);
        ClassInfo cb = info(b);
        if (ca == null || cb == null) {
            // Unknown classes: the merge is only used for frames; Object is the safe choice for references the
            // verifier will check against their later use.
            return "java/lang/Object";
        }
        if (ca.isInterface() || cb.isInterface()) {
            return "java/lang/Object";
        }
        Set<String> supers = new HashSet<>();
        for (String c = a; c != null; c = superName(c)) {
            supers.add(c);
        }
        for (String c = b; c != null; c = superName(c)) {
            if (supers.contains(c)) {
                return c;
            }
        }
        return "java/lang/Object";
    }
}
