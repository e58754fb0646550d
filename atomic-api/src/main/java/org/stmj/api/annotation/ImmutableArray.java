package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an array-typed field (instance or static, normally {@code final}): the arrays it holds are never written
 * after they are published (bytecode, constant tables, a cache of small boxed values filled in a static
 * initialiser).
 *
 * <p>Contract: in STM mode element reads of an array the transformer can trace back to a read of this field are
 * plain array loads with no barrier (no read log, no lock-table lookup, no validation); writes keep their
 * barrier. The field itself is read with a barrier unless it is {@code final}. A write after publication breaks
 * the contract: transactions could then see a torn state. In GIL mode the annotation has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ImmutableArray {
}
