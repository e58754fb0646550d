/**
 * The STM engine: global version clock, versioned lock words (in objects and in a striped table), encounter-time
 * locking with write-through and an undo log, per-read validation with snapshot extension (opacity), contention
 * management with inevitability, {@code retry}/{@code orElse}, statistics and chaos mode.
 *
 * <p>Public here are only the contracts other modules use: {@link org.stmj.core.Barriers} (transformed code),
 * {@link org.stmj.core.Stm} (the engine SPI for the Java API, generated {@code @Atomic} loops and interpreter
 * boundaries), the opaque handle {@link org.stmj.core.Txn}, {@link org.stmj.core.ControlFlowError}, and the
 * statistics types. Applications use {@code org.stmj.api} instead.
 */
package org.stmj.core;
