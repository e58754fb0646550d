package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that blocks or does I/O (sleep, join, console and file I/O, waiting on a lock or a queue),
 * around which CPython would release the GIL.
 *
 * <p>Contract, in GIL mode: the interpreter itself releases the GIL around the call (the method's body does so).
 *
 * <p>Contract, in STM mode: at each call site in transformed code the running transaction commits before the
 * call, the call runs outside any transaction, and execution then continues as an inevitable transaction until
 * the next {@link BytecodeBoundary}, because there is no restart point on the stack until then. Inside an
 * {@link AtomicBlock atomic block} the transaction instead becomes inevitable and the call runs inside it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GilReleased {
}
