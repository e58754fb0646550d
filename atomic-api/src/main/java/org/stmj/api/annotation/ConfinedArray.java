package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an array-typed field of a {@link ThreadConfined} class: the array's elements belong to the object holding
 * the field (a frame's value stack and locals). The array must be reached only through this field of its
 * holder (never stored elsewhere or handed to code that keeps it).
 *
 * <p>Contract: in STM mode, reading the field claims the holder (see {@link ThreadConfined}), the claim
 * snapshots the array's elements for undo, and element reads and writes of an array the transformer can trace
 * back to such a field read in the same transaction (no transaction boundary on any path between them) are
 * plain array accesses. Other element accesses (the array passed as a parameter, for example) keep the ordinary
 * array barriers, which stay correct alongside. In GIL mode the annotation has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ConfinedArray {
}
