package org.stmj.core;

/**
 * Whether any thread has a transaction descriptor yet, answered without loading the engine: a class of its own
 * (no other state, no static initialiser) so that code which only needs to know whether the calling thread
 * <em>may</em> run a transaction (the lambda bridges of transformed code, called by uninstrumented one-thread
 * programs at every call of a lambda) asks it without initialising {@code Txn}, {@code TxnSlots}, {@code Config}
 * and the clock (about 14 classes at the start of every process of the STM build).
 */
public final class Descriptors {
    /*
     * Whether any thread has registered a descriptor (set by TxnSlots.register, never cleared). Plain, not
     * volatile: a thread's own descriptor is registered by that thread, so a thread that has one has written the
     * flag itself before (program order); a stale false seen by any other thread is right for that thread, which has
     * no descriptor and so runs no transaction.
     */
    static boolean any;

    private Descriptors() {
    }

    /**
     * Whether any thread has registered a transaction descriptor. {@code false} means the calling thread runs no
     * transaction ({@link Txn#current()} is {@code null}); {@code true} says nothing about the calling thread.
     */
    public static boolean anyRegistered() {
        return any;
    }
}
