package org.stmj.transform;

import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * How a call from transformed code to code that is not transformed runs inside a transaction: as is (known
 * pure), replaced by a transactional version (array helpers), dispatched at run time to a twin (virtual calls
 * that a transformed class may override), or after making the transaction inevitable (everything else).
 */
final class CallPolicy {
    enum Kind { PURE, ARRAY_HELPER, VIRTUAL, INEVITABLE }

    /** Classes whose every method with only value-like arguments touches no transactional state. */
    private static final Set<String> PURE_OWNERS = Set.of("java/lang/String", "java/lang/Math",
            "java/lang/StrictMath", "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte",
            "java/lang/Character", "java/lang/Boolean", "java/lang/Float", "java/lang/Double", "java/lang/Number",
            "java/lang/StringBuilder", "java/lang/StringBuffer", "java/lang/Class", "java/lang/Enum",
            "java/lang/Object", "java/lang/invoke/StringConcatFactory", "java/util/Objects",
            "java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException", "java/lang/Error",
            "java/math/BigInteger");

    /** Static methods known pure whatever their owner. */
    private static final Set<String> PURE_STATIC = Set.of("java/lang/System#nanoTime",
            "java/lang/System#currentTimeMillis",
            "java/lang/System#identityHashCode", "java/lang/Thread#currentThread", "java/util/Objects#requireNonNull",
            "java/util/Objects#checkIndex");

    /**
     * Final immutable value classes whose {@code equals(Object)} reads the argument only after an
     * {@code instanceof} test against their own class, so an argument that is transactional state is never read.
     */
    static final Set<String> VALUE_CLASSES = Set.of("java/lang/String", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Float",
            "java/lang/Double");

    /** Argument types that a pure method may take: values, never a reference to transactional state. */
    private static boolean valueLike(Type t) {
        if (t.getSort() != Type.OBJECT) {
            return t.getSort() != Type.ARRAY;
        }
        String n = t.getInternalName();
        return n.equals("java/lang/String") || n.equals("java/lang/Class") || n.startsWith("java/lang/Integer")
                || n.equals("java/lang/Long") || n.equals("java/lang/Short") || n.equals("java/lang/Byte")
                || n.equals("java/lang/Character") || n.equals("java/lang/Boolean") || n.equals("java/lang/Float")
                || n.equals("java/lang/Double") || n.equals("java/lang/Throwable") || n.equals("java/util/Locale")
                || n.equals("java/math/BigInteger");
    }

    private final Hierarchy h;

    CallPolicy(Hierarchy h) {
        this.h = h;
    }

    /**
     * Static methods of the STM's own API that act on the running transaction through the engine (hooks, the
     * "am I in a transaction" test): they run as they are inside a transaction, which is what they are for.
     */
    private static final Set<String> STM_AWARE = Set.of("org/stmj/api/Atomic#afterCommit",
            "org/stmj/api/Atomic#afterRollback", "org/stmj/api/Atomic#isInTransaction");

    /** Whether the call, if it ran as is, would read no transactional state (used with {@link #kind}). */
    boolean isPure(int opcode, String owner, String name, String desc) {
        if (h.config.isPure(owner, name)) {
            return true;
        }
        if (opcode == Opcodes.INVOKESTATIC && STM_AWARE.contains(owner + "#" + name)) {
            return true;
        }
        if (opcode == Opcodes.INVOKESTATIC && PURE_STATIC.contains(owner + "#" + name)) {
            return true;
        }
        if (VALUE_CLASSES.contains(owner) && name.equals("equals") && desc.equals("(Ljava/lang/Object;)Z")) {
            return true;
        }
        boolean ownerPure = PURE_OWNERS.contains(owner) || (name.equals("<init>") && isJdkThrowable(owner));
        if (!ownerPure) {
            return false;
        }
        if (owner.equals("java/lang/Object") && !(name.equals("<init>") || name.equals("getClass")
                || name.equals("hashCode") || name.equals("equals"))) {
            return false;
        }
        if (owner.equals("java/util/Objects") && !name.startsWith("requireNonNull") && !name.startsWith("check")) {
            return false;
        }
        for (Type a : Type.getArgumentTypes(desc)) {
            if (!valueLike(a)) {
                return false;
            }
        }
        return true;
    }

    private boolean isJdkThrowable(String owner) {
        return owner.startsWith("java/") && h.isSubtype(owner, "java/lang/Throwable");
    }

    /** Whether the call is to an array helper that has a transactional version in {@code TxArrays}. */
    static boolean isArrayHelper(String owner, String name, String desc) {
        if (owner.equals("java/lang/System") && name.equals("arraycopy")) {
            return true;
        }
        if (!owner.equals("java/util/Arrays")) {
            return false;
        }
        Type[] args = Type.getArgumentTypes(desc);
        return switch (name) {
            case "copyOf", "copyOfRange" -> true;
            case "fill" -> args.length == 2 || args.length == 4;
            case "equals" -> args.length == 2 && isPrimitiveArray(args[0]);
            case "hashCode" -> isPrimitiveArray(args[0]);
            default -> false;
        };
    }

    private static boolean isPrimitiveArray(Type t) {
        return t.getSort() == Type.ARRAY && t.getDimensions() == 1 && t.getElementType().getSort() != Type.OBJECT;
    }

    /** How to run a call to a method that has no twin. */
    Kind kind(int opcode, String owner, String name, String desc) {
        if (isArrayHelper(owner, name, desc)) {
            return Kind.ARRAY_HELPER;
        }
        boolean virtual = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE;
        if (virtual && !owner.startsWith("[") && !isFinal(owner, name, desc)
                && !owner.startsWith("java/lang/invoke/") && !name.equals("clone") && !name.equals("finalize")
                && !name.equals("getClass")) {
            return Kind.VIRTUAL;
        }
        if (isPure(opcode, owner, name, desc)) {
            return Kind.PURE;
        }
        return Kind.INEVITABLE;
    }

    /** Whether no class can override the method (final class or final method): no dispatch needed. */
    private boolean isFinal(String owner, String name, String desc) {
        ClassInfo ci = h.info(owner);
        if (ci == null) {
            return false;
        }
        if ((ci.access & Opcodes.ACC_FINAL) != 0) {
            return true;
        }
        Hierarchy.MethodRef m = h.resolveMethod(owner, name, desc);
        return m != null && (m.method().access() & (Opcodes.ACC_FINAL | Opcodes.ACC_PRIVATE)) != 0;
    }
}
