package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the interpreter's methods that the transformer calls when a thread's outermost dispatch loop moves from
 * GIL execution (uninstrumented code under the interpreter's own lock) to transactional execution, and back.
 * They take the same parameters as the {@link BytecodeBoundary} method and are declared in the same class; the
 * transformer calls them with the receiver and arguments of the boundary call where the switch happens.
 *
 * <p>Contract: {@link Kind#TO_STM} gives up the GIL for good (the thread's next bytecode runs as a transaction,
 * and transactions never take the GIL); {@link Kind#TO_GIL} takes the GIL again (after the thread's last
 * transaction committed; its next bytecode runs uninstrumented). Without the agent they are never called. An
 * interpreter with a GIL must declare both for auto mode: a thread that switched would otherwise keep the GIL,
 * and a thread waiting for it could never reach its own switch.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ModeSwitch {
    /** Which way the thread moves. */
    Kind value();

    /** The two directions of a switch. */
    enum Kind {
        /** From GIL execution to transactional execution: release the GIL. */
        TO_STM,
        /** From transactional execution back to GIL execution: take the GIL. */
        TO_GIL
    }
}
