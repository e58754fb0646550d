package org.stmj.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Thread confinement, in two strengths.
 *
 * <p><b>On a field</b>: a field that only one thread ever reads or writes (a per-thread cache, a thread's own
 * state), or a write-once cache whose racing writers all store the same value. Contract: in STM mode the
 * transformer puts no barrier on accesses to this field, and the field is not rolled back when a transaction
 * aborts; the program keeps it correct across an abort itself.
 *
 * <p><b>On a class</b> (which must be {@code final}): its instances are
 * used by one thread at a time and change hands between threads only through state that is itself
 * transactional (an activation record, a thread's own state; a generator's frame handed over by the generator
 * object). Contract: in STM mode a transaction <em>claims</em> an instance the first time it touches it (one
 * exclusive lock on the object, held to commit or abort, and one undo snapshot of its fields and of the
 * elements of its {@link ConfinedArray} fields); every later access in that transaction is a plain field access
 * after one compare, with no read log, no lock-table lookup and no undo entry per write; an instance the
 * transaction allocated needs no claim. On abort the instance is rolled back like any other transactional
 * state. Two transactions that touch the same instance are serialised by the claim, so a hand-over between
 * threads is correct whatever path it takes; it only costs a conflict. Fields of the class that are themselves
 * marked {@code @ThreadConfined} keep the field meaning (no barrier, not rolled back). Static fields are
 * unaffected. A confined class may extend a transformed class: the claim then takes the lock word the instance
 * inherits, and the inherited fields keep their ordinary barriers (which see the claimed word as the
 * transaction's own lock). Marking a class confined is always correct; it pays for objects that are read and
 * written by one thread at a time (activation records, iterators), and costs for objects many threads read at
 * once (a claim excludes readers too).
 *
 * <p>In GIL mode the annotation has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface ThreadConfined {
}
