package org.stmj.transform;

import org.objectweb.asm.Type;

/** Names and descriptors of what the transformer adds and calls. */
final class Names {
    static final String TXN = "org/stmj/core/Txn";
    static final String TXN_DESC = "Lorg/stmj/core/Txn;";
    static final String BARRIERS = "org/stmj/core/Barriers";
    /** The engine's "any descriptor yet" test, a class of its own (the lambda bridges' first check). */
    static final String DESCRIPTORS = "org/stmj/core/Descriptors";
    static final String CFE = "org/stmj/core/ControlFlowError";
    static final String RT = "org/stmj/transform/runtime/Rt";
    static final String RT_PKG = "org/stmj/transform/runtime/";
    static final String STM = "org/stmj/core/Stm";
    static final String BOOT = "org/stmj/transform/runtime/Bootstraps";
    static final String ARRAYS = "org/stmj/transform/runtime/TxArrays";
    static final String LOCK_FIELD = "$stm$lock";
    static final String TWIN_SUFFIX = "$stm";
    static final String ENTRY_SUFFIX = "$stmEntry";
    /** The uninstrumented body of a dispatch loop, which the loop itself wraps ({@code EntryPass.wrapBody}). */
    static final String PLAIN_SUFFIX = "$stmPlain";
    /** A dispatch loop's switch into STM at one boundary site ({@code EntryPass.switchRun}), numbered per site. */
    static final String SWITCH_SUFFIX = "$stmSwitch";
    /** A dispatch loop's cold copy that a thread resumes in after leaving STM ({@code EntryPass.resume}), per site. */
    static final String RESUME_SUFFIX = "$stmResume";
    /** The class of a host's offset holders when they are kept apart ({@code Hierarchy#separateOffsetHolders}). */
    static final String OFFSETS_SUFFIX = "$$StmOffsets";

    private Names() {
    }

    /** The twin's descriptor: the original's with a trailing {@code Txn} parameter. */
    static String twinDesc(String desc) {
        int i = desc.indexOf(')');
        return desc.substring(0, i) + TXN_DESC + desc.substring(i);
    }

    static String twinName(String name) {
        return name.equals("<init>") ? name : name + TWIN_SUFFIX;
    }

    /** Slots taken by the receiver (if any) and parameters. */
    static int paramSlots(String desc, boolean isStatic) {
        return (Type.getArgumentsAndReturnSizes(desc) >> 2) - (isStatic ? 1 : 0);
    }

    /** The barrier name stem for a field or element descriptor ("Int", "Ref", ...). */
    static String kind(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "Boolean";
            case Type.BYTE -> "Byte";
            case Type.CHAR -> "Char";
            case Type.SHORT -> "Short";
            case Type.INT -> "Int";
            case Type.LONG -> "Long";
            case Type.FLOAT -> "Float";
            case Type.DOUBLE -> "Double";
            default -> "Ref";
        };
    }

    /** The descriptor the barriers use for a value of this type. */
    static String barrierDesc(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY ? "Ljava/lang/Object;" : t.getDescriptor();
    }

    static String dotted(String internal) {
        return internal.replace('/', '.');
    }
}
