package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the methods that enter and leave an atomic block, such as what Python's {@code with atomic:} calls.
 *
 * <p>Contract, in GIL mode: entering takes a nesting level and keeps the GIL for the whole block; leaving drops
 * the level; the GIL may be handed over again when the outermost block is left. Blocks nest.
 *
 * <p>Contract, in STM mode: entering and leaving adjust the running transaction's nesting depth (flat nesting);
 * {@link BytecodeBoundary boundaries} reached while the depth is positive do not commit, so the whole block is
 * one transaction, serializable against every other bytecode of every thread. An exception leaving the block
 * ends it normally: its effects are kept.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AtomicBlock {
    /** Whether the marked method enters or leaves the block. */
    Kind value();

    /** The two ends of an atomic block. */
    enum Kind {
        /** The method enters a block (one nesting level more). */
        ENTER,
        /** The method leaves a block (one nesting level less). */
        EXIT
    }
}
