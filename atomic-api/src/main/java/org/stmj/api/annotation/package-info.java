/**
 * The annotations shared by programs and the transformer: {@code @Atomic} for Java methods, and the marks an
 * interpreter puts on its GIL points ({@code @BytecodeBoundary}, {@code @GilReleased}, {@code @AtomicBlock},
 * {@code @ThreadConfined}, {@code @ConfinedArray}, {@code @ImmutableArray}, {@code @Transactional}). Each one's javadoc
 * states its meaning without the agent
 * (GIL mode) and with it (STM mode); the table in {@code ARCHITECTURE.md} is the same contract.
 */
package org.stmj.api.annotation;
