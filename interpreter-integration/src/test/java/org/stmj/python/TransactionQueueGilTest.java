package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code transaction.TransactionQueue} under the GIL: each call atomic (no lost update, invariants kept), calls
 * added while running run too, keyword arguments, the first exception stops the run and is re-raised, the queue
 * works afterwards, many calls are not quadratic. The same program and expected output run in STM mode in
 * {@code stress-tests}.
 */
class TransactionQueueGilTest {
    @Test
    void whenTheQueueSemanticsProgramRunsUnderTheGil_thenItPrintsTheExpectedResults() throws Exception {
        Path dir = Path.of("src/test/resources/transaction");
        String expected = Files.readString(dir.resolve("queue_semantics.out"), StandardCharsets.UTF_8);
        PyRun r = PyRun.args(dir.resolve("queue_semantics.py").toString());
        assertEquals(0, r.rc, r.err);
        assertEquals(expected, r.out);
    }
}
