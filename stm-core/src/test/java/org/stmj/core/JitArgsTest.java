package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code stm-core/stm-jit.args} (the JVM options bin/stmpy passes in its STM modes) names engine methods by
 * string; a rename would silently turn the option into a no-op (HotSpot ignores a pattern that matches nothing).
 * A {@code *::$stm$...} entry names a method the transformer generates in every transformed class of its kind.
 */
class JitArgsTest {

    @Test
    void whenTheArgsFileNamesAMethod_thenTheEngineDeclaresIt() throws IOException, ClassNotFoundException {
        List<String> named = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("stm-jit.args"))) {
            String l = line.strip();
            if (l.startsWith("-XX:CompileCommand=dontinline,")) {
                named.add(l.substring("-XX:CompileCommand=dontinline,".length()));
            }
        }
        assertFalse(named.isEmpty(), "stm-jit.args names no method");
        for (String n : named) {
            String[] parts = n.split("::");
            if (parts[0].equals("*")) {
                // a method the transformer adds to transformed classes (its names start with $stm$)
                assertTrue(parts[1].startsWith("$stm$"), n + " names no generated method");
                continue;
            }
            Class<?> c = Class.forName(parts[0]);
            Method[] ms = c.getDeclaredMethods();
            assertTrue(Arrays.stream(ms).anyMatch(m -> m.getName().equals(parts[1])),
                    n + " names no method of the engine");
        }
    }
}
