package org.stmj.transform.refused;

import org.stmj.api.annotation.BytecodeBoundary;

/** A boundary that returns a value: refused. */
public class NonVoidBoundary {
    int ticks;

    @BytecodeBoundary
    int tick() {
        return ++ticks;
    }

    public void loop() {
        while (tick() < 10) {
            ticks += 0;
        }
    }
}
