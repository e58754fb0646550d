package org.stmj.core;

/**
 * Implemented by the transformer on a confined class ({@code @ThreadConfined}, see {@link ConfinedBarriers}) whose
 * claim takes one snapshot of the object instead of one undo entry per field: the claim copies the rolled-back
 * fields into a blank instance of the same class ({@link ConfinedBarriers#blank}) and logs it with {@link
 * ConfinedBarriers#saveObject}; an abort hands that copy back to {@link #$stm$restore}.
 *
 * <p>Not meant to be implemented by hand.
 */
public interface ConfinedSnapshot {
    /**
     * Copies back into this object every field that the claim copied into {@code copy} (an instance of this
     * object's own class, made by the claim of this object and never published). Called by the engine on abort,
     * with the attempt's locks still held; must not access transactional state.
     */
    void $stm$restore(Object copy);
}
