package org.stmj.core;

/**
 * Implemented by the transformer on a holder of guarded arrays ({@code guardedArrays}: a dict, a set, a list) whose
 * every barriered field is its own: the first field write of an attempt (since its begin or last savepoint) to such
 * an object, once the attempt holds its lock, logs one undo entry holding a copy of all its rolled-back fields
 * ({@link #$stm$snapshot}) instead of one entry per field, and the attempt's later field writes to it are in place
 * with no entry ({@link Txn}'s snapshot cache); an abort hands the copy to {@link #$stm$restore}.
 *
 * <p>Not meant to be implemented by hand.
 */
public interface HolderSnapshot extends ConfinedSnapshot {
    /**
     * A blank instance of this object's own class ({@link ConfinedBarriers#blank}) holding a copy of every field
     * that {@link #$stm$restore} copies back. Called by the engine with the object's lock held by the running
     * attempt; must not access transactional state.
     */
    Object $stm$snapshot();
}
