package org.stmj.transform.marked;

import org.stmj.api.annotation.GilReleased;

/** A {@code @GilReleased} method in a class that a configuration may leave out. */
public class UnselectedGilReleased {
    /** Sleeps. */
    @GilReleased
    public static void pause() throws InterruptedException {
        Thread.sleep(1);
    }
}
