package org.stmj.transform.runtime;

/**
 * Marker of a lambda class made at build time by the desugaring ({@code org.stmj.transform.desugar.Desugar}) for a
 * lambda site of a class that carries {@link Rt#SELF_BRIDGING_FIELD}: every such site's implementation is a bridge
 * that runs its own transactional version, so {@link Rt#selfBridging} answers true for an instance with one type
 * test instead of a {@link ClassValue} lookup per call (about 2% of an STM-mode profile of an object-heavy program
 * whose loop calls a built-in method: papers/results/scaling.md, objs19 and objs20).
 *
 * <p>Contract: only the desugaring implements it, and only on such a class. Any other class that implemented it
 * would be taken for self-bridging and called without inevitability from a transaction. It is not put on the
 * JDK's own (hidden) lambda classes: JDK 17's class-data-sharing archive skips a lambda proxy with a marker
 * interface (see {@code LambdaPass}); those keep the {@link ClassValue} answer.
 */
public interface SelfBridgingLambda {
}
