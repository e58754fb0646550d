package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that only one thread ever reads or writes (a per-thread cache, a thread's own state), or a
 * write-once cache whose racing writers all store the same value.
 *
 * <p>Contract: in STM mode the transformer puts no barrier on accesses to this field, and the field is not
 * rolled back when a transaction aborts; the program keeps it correct across an abort itself. In GIL mode the
 * annotation has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ThreadConfined {
}
