package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While a Flight Recorder recording runs, commits, aborts and inevitability are recorded as org.stmj events. */
class JfrEventsTest {
    @Test
    void whenARecordingRuns_thenCommitAbortAndInevitableEventsAreInIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stm.jfr");
        Cell c = new Cell();
        try (Recording r = new Recording()) {
            r.enable("org.stmj.Commit");
            r.enable("org.stmj.Abort");
            r.enable("org.stmj.Inevitable");
            r.start();
            Stm.atomicRun(() -> c.setI(1));
            try {
                Stm.atomicRun(() -> {
                    c.setI(2);
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // an explicit abort
            }
            Stm.atomicRun(() -> Stm.becomeInevitable(Txn.current(), "java.io.X.y at Z.java:1"));
            r.stop();
            r.dump(file);
        }
        Set<String> names = new HashSet<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            names.add(e.getEventType().getName());
        }
        assertTrue(names.contains("org.stmj.Commit"), "events: " + names);
        assertTrue(names.contains("org.stmj.Abort"), "events: " + names);
        assertTrue(names.contains("org.stmj.Inevitable"), "events: " + names);
    }
}
