package org.stmj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stmj.core.AbortCause;

/**
 * {@link StmStats.Cause} is the API's copy of the engine's {@code AbortCause} (the interpreter may only see the
 * API), mapped by name: both must list the same causes in the same order, so that a cause added to the engine
 * fails the build here instead of {@link Atomic#stats()} at run time.
 */
class StmStatsCausesTest {
    @Test
    void whenEngineAndApiCausesCompared_thenTheSameNamesInTheSameOrder() {
        List<String> engine = Arrays.stream(AbortCause.values()).map(Enum::name).toList();
        List<String> api = Arrays.stream(StmStats.Cause.values()).map(Enum::name).toList();
        assertEquals(engine, api);
        // and a snapshot has a count for every cause
        assertEquals(api.size(), Atomic.stats().abortsByCause().size());
    }
}
