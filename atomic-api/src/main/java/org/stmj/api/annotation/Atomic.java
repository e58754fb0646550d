package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose every call runs as one transaction.
 *
 * <p>Contract, with the agent or after offline translation: the method body becomes a retry loop; a call
 * made inside a running transaction joins it (flat nesting); an exception escaping the method rolls the
 * transaction back and is rethrown, as with {@link org.stmj.api.Atomic#run Atomic.run}. Without the transformer the
 * annotation has no
 * effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Atomic {
    /** A hint that the method only reads transactional state. */
    boolean readOnly() default false;
}
