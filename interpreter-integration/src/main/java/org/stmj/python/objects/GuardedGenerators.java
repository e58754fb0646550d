package org.stmj.python.objects;

/**
 * One thread's list of generators whose arming for closing is deferred (gen25, {@link Finalizers#deferArm}): the
 * generators it suspended inside a block for the first time since the list was last flushed, newest first.
 *
 * <p>Not thread-confined (conf26): {@code gc.collect()} in any thread flushes every thread's list
 * ({@link Finalizers#flushAllGuarded}), as CPython's collection closes every unreachable suspended generator
 * whichever thread dropped it. Its fields are therefore ordinary shared state: under STM each access is
 * transactional, so a list taken by another thread's collection and a generator added by the owner conflict
 * and one of the two transactions restarts, and an aborted owner's additions roll back with it; under the GIL
 * only the holder of the GIL touches them. Every thread's list is in {@code Interpreter.guardedLists} from the
 * making of its thread state to its thread's end.
 */
public final class GuardedGenerators {
    /** The newest generator on the list, linked to older ones by {@code PyGenerator.nextGuarded}; null if empty. */
    PyGenerator head;
    /** How many generators the list holds (0 when {@link #head} is null). */
    int count;

    /** Whether the list holds no generator. */
    public boolean isEmpty() {
        return head == null;
    }
}
