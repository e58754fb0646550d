package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stmj.transform.CodeSize;
import org.stmj.transform.Config;
import org.stmj.transform.Transformer;

/**
 * The interpreter's hot transformed code stays JIT-compilable: every class of the interpreter transformed with
 * {@code interpreter-integration/stm.properties} gives no warning (no twin of a dispatch loop, nor of a method the
 * loop calls, over HotSpot's 8000-byte limit), every twin of {@code Interp} is under the limit, and the twin of
 * the dispatch loop {@code Interp.loop} keeps head-room for C2's inlining (at most 5000 bytes). When this fails,
 * move the rare cases of the grown method out of line (one handler method per opcode).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterpCodeSizeTest {
    private static final String INTERP = "org/stmj/python/vm/Interp";
    private static final int LOOP_TWIN_BUDGET = 5000;
    /** C2's default {@code -XX:FreqInlineSize} on x86-64 and AArch64: hot callees up to this size are inlined. */
    private static final int FREQ_INLINE_SIZE = 325;

    private final List<String> warnings = new ArrayList<>();
    private byte[] interpTransformed;
    private int classes;

    @BeforeAll
    void transformTheInterpreter() throws Exception {
        Config config = Config.load(moduleDir().resolve("stm.properties"));
        Transformer t = new Transformer(config).onWarning(warnings::add);
        ClassLoader loader = InterpCodeSizeTest.class.getClassLoader();
        for (String name : interpreterClasses()) {
            byte[] in;
            try (InputStream s = loader.getResourceAsStream(name + ".class")) {
                in = s.readAllBytes();
            }
            byte[] out = t.transform(loader, in, false);
            if (out != null) {
                classes++;
            }
            if (name.equals(INTERP)) {
                interpTransformed = out;
            }
        }
    }

    @Test
    void whenTheInterpreterIsTransformed_thenNoHotTwinIsOverTheCompileLimit() {
        assertTrue(classes > 50, "transformed " + classes + " classes");
        assertEquals(List.of(), warnings);
    }

    @Test
    void whenInterpIsTransformed_thenEveryTwinIsUnderTheCompileLimit() {
        Map<String, Integer> over = new TreeMap<>();
        Map<String, Integer> sizes = CodeSize.of(interpTransformed);
        sizes.forEach((m, n) -> {
            if (m.contains("$stm") && n >= CodeSize.HUGE_METHOD_LIMIT) {
                over.put(m, n);
            }
        });
        assertTrue(sizes.keySet().stream().anyMatch(m -> m.startsWith("loop$stm(")), sizes.keySet().toString());
        assertEquals(Map.of(), over);
    }

    @Test
    void whenInterpIsTransformed_thenTheLoopTwinKeepsInliningHeadroom() {
        Map<String, Integer> sizes = CodeSize.of(interpTransformed);
        sizes.forEach((m, n) -> {
            if (m.startsWith("loop$stm(")) {
                assertFalse(n > LOOP_TWIN_BUDGET, "Interp.loop$stm has " + n + " bytes of bytecode (budget "
                        + LOOP_TWIN_BUDGET + "): move rare opcodes out of line");
            }
        });
    }

    /**
     * The generic paths behind the loop's inline fast paths ({@code Interp.generic}, {@code InlineCache.attrSlow}),
     * the call opcodes ({@code Interp.calls}) and the dispatch of the rare opcodes ({@code Interp.rare}) stay
     * over C2's {@code FreqInlineSize} (325 bytes of bytecode): C2 then never inlines them into the dispatch loop,
     * whose inlining budget ({@code DesiredMethodLimit}) they would otherwise spend before the hot handlers.
     */
    @Test
    void whenTheInterpreterIsBuilt_thenItsGenericPathsAreTooBigForC2ToInline() throws IOException {
        Map<String, Integer> interp = CodeSize.of(original(INTERP));
        Map<String, Integer> cache = CodeSize.of(original("org/stmj/python/vm/InlineCache"));
        assertEquals(1, sizeOf(interp, "generic(").size(), interp.keySet().toString());
        assertEquals(1, sizeOf(cache, "attrSlow(").size(), cache.keySet().toString());
        for (int n : sizeOf(interp, "generic(")) {
            assertTrue(n > FREQ_INLINE_SIZE, "Interp.generic has " + n + " bytes: C2 would inline it");
        }
        assertEquals(1, sizeOf(interp, "calls(").size(), interp.keySet().toString());
        for (int n : sizeOf(interp, "calls(")) {
            assertTrue(n > FREQ_INLINE_SIZE, "Interp.calls has " + n + " bytes: C2 would inline it");
        }
        assertEquals(1, sizeOf(interp, "rare(").size(), interp.keySet().toString());
        for (int n : sizeOf(interp, "rare(")) {
            assertTrue(n > FREQ_INLINE_SIZE, "Interp.rare has " + n + " bytes: C2 would inline it");
        }
        for (int n : sizeOf(cache, "attrSlow(")) {
            assertTrue(n > FREQ_INLINE_SIZE, "InlineCache.attrSlow has " + n + " bytes: C2 would inline it");
        }
    }

    private static List<Integer> sizeOf(Map<String, Integer> sizes, String prefix) {
        List<Integer> out = new ArrayList<>();
        sizes.forEach((m, n) -> {
            if (m.startsWith(prefix)) {
                out.add(n);
            }
        });
        return out;
    }

    private static byte[] original(String name) throws IOException {
        try (InputStream s = InterpCodeSizeTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return s.readAllBytes();
        }
    }

    /** Internal names of every class in the interpreter's jar or class directory. */
    private static List<String> interpreterClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path where = Path.of(Class.forName("org.stmj.python.vm.Interp").getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    String rel = where.relativize(f).toString().replace('\\', '/');
                    names.add(rel.substring(0, rel.length() - ".class".length()));
                });
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                        names.add(e.getName().substring(0, e.getName().length() - ".class".length()));
                    }
                }
            }
        }
        names.removeIf(n -> !n.startsWith("org/stmj/python/"));
        return names;
    }

    private static Path moduleDir() {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p : List.of(cwd.resolveSibling("interpreter-integration"), cwd.resolve("interpreter-integration"))) {
            if (Files.isRegularFile(p.resolve("stm.properties"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find interpreter-integration/stm.properties from " + cwd);
    }
}
