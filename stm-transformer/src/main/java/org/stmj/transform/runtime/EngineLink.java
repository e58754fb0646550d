package org.stmj.transform.runtime;

import org.stmj.core.Txn;

/**
 * The only place that calls the engine's boundary API; everything else in the transformer goes through
 * {@link Rt}. Until stm-core provides that API, each method says so.
 */
final class EngineLink {
    private EngineLink() {
    }

    private static UnsupportedOperationException missing() {
        return new UnsupportedOperationException("stm-core boundary API not available in this build");
    }

    static Txn begin() {
        throw missing();
    }

    static boolean commit(Txn tx) {
        throw missing();
    }

    static void rollback(Txn tx) {
        throw missing();
    }

    /** Rolls back (if not already) and applies contention management before a restart. */
    static void restart(Txn tx) {
        throw missing();
    }

    static void validate(Txn tx) {
        throw missing();
    }

    static boolean validateQuietly(Txn tx) {
        throw missing();
    }

    static Txn boundary(Txn tx) {
        throw missing();
    }

    static Txn beforeBlocking(Txn tx) {
        throw missing();
    }

    static Txn afterBlocking(Txn tx) {
        throw missing();
    }

    static void blockEnter(Txn tx) {
        throw missing();
    }

    static void blockExit(Txn tx) {
        throw missing();
    }

    static void becomeInevitable(Txn tx) {
        throw missing();
    }
}
