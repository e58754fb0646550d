package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method an interpreter calls once per interpreted bytecode, at the top of its dispatch loop.
 *
 * <p>Contract, in GIL mode (no agent): the method runs as written; typically it counts ticks and every N ticks
 * drops and retakes the global interpreter lock.
 *
 * <p>Contract, in STM mode (the class was transformed): each call site of the method in transformed code is a
 * transaction boundary. The transformer may commit the running transaction there and begin the next one (the
 * engine's adaptive length policy decides how many boundaries one transaction spans). It is also the point an
 * aborted transaction restarts from: the transformer saves the calling method's live locals at the call and
 * restores them when the transaction restarts, so everything the loop needs after the boundary must be read
 * from heap objects (the thread state and its current frame). Inside an {@link AtomicBlock atomic block}, or in
 * a dispatch loop nested inside another one's bytecode, a boundary does not split the transaction.
 *
 * <p>The method must be an instance or static method returning {@code void}; its own body is not run in STM mode.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BytecodeBoundary {
}
