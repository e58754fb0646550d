package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every golden program and every module of the interpreter's own library, compiled, serialised by
 * {@link CodeFormat} and read back, is the same code field for field (constants by kind and value, interned names
 * by identity), and serialises to the same bytes again.
 */
class CodeFormatRoundTripTest {
    static List<Path> programs() throws IOException {
        Path cwd = Path.of(System.getProperty("user.dir"));
        Path base = Files.isDirectory(cwd.resolve("src")) ? cwd : cwd.resolve("interpreter-integration");
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(base.resolve("src/test/resources/golden"), base.resolve("src/main/resources"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void whenEveryGoldenProgramRoundTrips_thenItsCodeIsEqualFieldForField() throws IOException {
        int done = 0;
        List<String> problems = new ArrayList<>();
        for (Path p : programs()) {
            Code c;
            try {
                c = Compiler.compile(Files.readString(p), p.toString(), false);
            } catch (PySyntaxError | org.stmj.python.objects.PyException | java.nio.charset.MalformedInputException e) {
                continue; // programs that test syntax errors or odd encodings
            }
            byte[] b = CodeFormat.encode(c);
            Code d = CodeFormat.decode(b, 0, b.length, c.filename, null);
            String diff = CodeFormat.sameCode(c, d);
            if (diff != null) {
                problems.add(p + ": " + diff);
            } else if (!java.util.Arrays.equals(b, CodeFormat.encode(d))) {
                problems.add(p + ": encodes differently after the round trip");
            }
            done++;
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(done > 300, "only " + done + " programs compiled");
    }

    @Test
    void whenDecodedWithAnotherFileName_thenEveryNestedCodeCarriesIt() {
        Code c = Compiler.compile("def f():\n    def g():\n        return 1\n    return g\nclass C:\n    pass\n",
                "old.py", false);
        byte[] b = CodeFormat.encode(c);
        Code d = CodeFormat.decode(b, 0, b.length, "new.py", null);
        List<Code> all = new ArrayList<>();
        collect(d, all);
        assertTrue(all.size() >= 4, "nested code objects: " + all.size());
        for (Code k : all) {
            assertTrue(k.filename.equals("new.py"), k.qualname + " has " + k.filename);
        }
    }

    @Test
    void whenNamesAreDecoded_thenTheyAreTheInternedStrings() {
        Code c = Compiler.compile("alpha_beta = 1\nprint(alpha_beta)\n", "m.py", false);
        byte[] b = CodeFormat.encode(c);
        Code d = CodeFormat.decode(b, 0, b.length, "m.py", null);
        for (String n : d.names) {
            assertSame(n.intern(), n);
        }
    }

    @Test
    void whenCodeIsDecoded_thenItsArraysAreFreshAndItsCachesEmpty() {
        Code c = Compiler.compile("x = (1, 2.5, 'a', b'b', None)\n", "m.py", false);
        byte[] b = CodeFormat.encode(c);
        Code d = CodeFormat.decode(b, 0, b.length, "m.py", null);
        assertTrue(d.code != c.code && d.lines != c.lines && d.consts != c.consts && d.caches != c.caches);
        assertArrayEquals(new Object[d.code.length], d.caches);
        assertNull(CodeFormat.sameCode(c, d));
    }

    private static void collect(Code c, List<Code> out) {
        out.add(c);
        for (Object k : c.consts) {
            if (k instanceof Code) {
                collect((Code) k, out);
            }
        }
    }
}
