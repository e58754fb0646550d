package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.compiler.PySyntaxError;
import org.stmj.python.compiler.SourceDecoder;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.PyException;

/**
 * Bad input gets CPython's answer, never Java's: mutated golden programs, every construct nested deeply, odd
 * encodings and byte order marks, huge literals, unbounded recursion through special methods, and bad command
 * lines. Each check asserts that no Java class name or stack trace reaches the user and that the exit status is
 * CPython's (1 for an uncaught exception or a syntax error, 2 for a bad command line). Seeded, so a failure
 * reproduces; sized to take a few seconds of CPU.
 */
class BadInputFuzzTest {
    /** What a Java failure looks like on the console: a JDK or interpreter class name, a stack frame, SystemError. */
    private static final Pattern JAVA =
            Pattern.compile("java\\.(lang|util|io|nio)\\.|org\\.stmj\\.|\\n\\tat |SystemError");
    /** The last line of an uncaught Python exception: the exception's (dotted) name, then optionally ": message". */
    private static final Pattern PY_ERROR_LINE = Pattern.compile("^[A-Za-z_][\\w.]*(: .*)?$");

    @TempDir
    Path dir;

    private static List<Path> goldenPrograms() throws IOException, URISyntaxException {
        Path root = Path.of(BadInputFuzzTest.class.getResource("/golden").toURI());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().startsWith("_"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static final String[] TOKENS = {"(", ")", "[", "]", "{", "}", ":", ",", "*", "**", "=", ":=", "lambda",
        "match", "case", "async", "await", "yield", "return", "not", "-", "'", "\"", "\"\"\"", "\\", "\t", "\n",
        "\n    ", "\n        ", "é", "\u0000", "#", "@", "f'{", "}'", "0x", "1_", "9999999999999999999999", "if",
        "else", "for", "in", "def", "class", "with", "try", "except", "finally", "global x", ";", ".", "..."};

    /** One random edit of a program's bytes: delete a span, insert a token, duplicate or move a line, truncate. */
    static byte[] mutate(byte[] src, Random rnd) {
        String s = new String(src, StandardCharsets.UTF_8);
        int n = s.length();
        int at = n == 0 ? 0 : rnd.nextInt(n);
        switch (rnd.nextInt(7)) {
            case 0: {
                int len = 1 + rnd.nextInt(Math.max(1, Math.min(20, n - at)));
                s = s.substring(0, at) + s.substring(Math.min(n, at + len));
                break;
            }
            case 1: case 2:
                s = s.substring(0, at) + TOKENS[rnd.nextInt(TOKENS.length)] + s.substring(at);
                break;
            case 3: {
                String[] lines = s.split("\n", -1);
                int i = rnd.nextInt(lines.length);
                List<String> l = new ArrayList<>(List.of(lines));
                l.add(rnd.nextInt(lines.length), "    ".repeat(rnd.nextInt(3)) + lines[i].strip());
                s = String.join("\n", l);
                break;
            }
            case 4:
                s = s.substring(0, at);
                break;
            case 5: {
                byte[] b = src.clone();
                if (b.length > 0) {
                    b[rnd.nextInt(b.length)] = (byte) (0x80 + rnd.nextInt(128));
                }
                return b;
            }
            default: {
                String[] lines = s.split("\n", -1);
                List<String> l = new ArrayList<>(List.of(lines));
                if (l.size() > 2) {
                    l.add(rnd.nextInt(l.size()), l.remove(rnd.nextInt(l.size())));
                }
                s = String.join("\n", l);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whenGoldenProgramsAreMutated_thenTheCompilerAnswersWithPythonErrorsOnly() throws Exception {
        Random rnd = new Random(20261201);
        List<String> failures = new ArrayList<>();
        int compiled = 0, rejected = 0;
        for (Path p : goldenPrograms()) {
            byte[] src = Files.readAllBytes(p);
            for (int k = 0; k < 4; k++) {
                byte[] m = mutate(src, rnd);
                try {
                    String text = SourceDecoder.decode(m, p.toString(), p.getFileName().toString());
                    Compiler.compile(text, p.getFileName().toString(), false);
                    compiled++;
                } catch (PySyntaxError e) {
                    rejected++;
                } catch (PyException e) {
                    if (!e.exc.isInstance(Exc.RecursionError) && !e.exc.isInstance(Exc.MemoryError)
                            && !e.exc.isInstance(Exc.ValueError)) {
                                failures.add(p.getFileName() + " #" + k + ": " + e.getMessage());
                            }
                } catch (Throwable t) {
                    failures.add(p.getFileName() + " #" + k + ": " + t);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " Java failures, first: "
                + failures.subList(0, Math.min(5, failures.size())));
        assertTrue(compiled > 0 && rejected > 0, "mutants compiled " + compiled + ", rejected " + rejected);
    }

    /** Runs a file in a separate JVM (a mutant may loop forever; a process can be killed). Null on timeout. */
    private Run runProcess(Path file) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), file.getFileName().toString());
        pb.directory(file.getParent().toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process pr = pb.start();
        if (!pr.waitFor(15, TimeUnit.SECONDS)) {
            pr.destroyForcibly().waitFor();
            return null;
        }
        return new Run(Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1), pr.exitValue());
    }

    private static final class Run {
        final String out, err;
        final int rc;

        Run(String out, String err, int rc) {
            this.out = out;
            this.err = err;
            this.rc = rc;
        }

        String lastErrLine() {
            String[] ls = err.strip().split("\n");
            return ls[ls.length - 1];
        }
    }

    private static void assertPythonAnswer(String what, String out, String err, int rc) {
        if (JAVA.matcher(out).find() || JAVA.matcher(err).find()) {
            fail(what + ": Java reached the user:\n" + err + "\n--- stdout tail ---\n"
                    + out.substring(Math.max(0, out.length() - 500)));
        }
        assertTrue(rc == 0 || rc == 1, what + ": exit status " + rc + "\n" + err);
        if (rc == 1) {
            String[] ls = err.strip().split("\n");
            assertTrue(PY_ERROR_LINE.matcher(ls[ls.length - 1]).matches(), what + ": last line " + ls[ls.length - 1]);
        }
    }

    @Test
    void whenMutatedProgramsRun_thenNoJavaReachesTheUserAndExitIsZeroOrOne() throws Exception {
        Random rnd = new Random(7);
        List<Path> progs = goldenPrograms();
        progs.removeIf(p -> p.toString().contains("threading") || p.toString().contains("async"));
        // a program that exits with a status of its own choosing (a golden .exit file other than 1) may keep
        // doing so after a mutation: its status says nothing about the interpreter
        progs.removeIf(p -> {
            Path exit = p.resolveSibling(p.getFileName().toString().replace(".py", ".exit"));
            try {
                return Files.exists(exit) && !Files.readString(exit).strip().equals("1");
            } catch (java.io.IOException e) {
                return true;
            }
        });
        int runs = 0;
        for (int k = 0; k < 10; k++) {
            Path p = progs.get(rnd.nextInt(progs.size()));
            Path copy = dir.resolve("mutant_" + k + ".py");
            Files.write(copy, mutate(Files.readAllBytes(p), rnd));
            for (Path helper : Files.newDirectoryStream(p.getParent(), "_*.py")) {
                Files.copy(helper, dir.resolve(helper.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Run r = runProcess(copy);
            if (r == null) {
                continue;
            }
            runs++;
            assertPythonAnswer(p.getFileName() + " mutant " + k, r.out, r.err, r.rc);
        }
        assertTrue(runs > 0, "every mutant timed out");
    }

    /** Source nesting one construct n levels deep. */
    private static String nest(String construct, int n) {
        StringBuilder sb = new StringBuilder();
        switch (construct) {
            case "parens": return "x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n";
            case "brackets": return "x = " + "[".repeat(n) + "]".repeat(n) + "\n";
            case "braces": return "x = " + "{1: ".repeat(n) + "1" + "}".repeat(n) + "\n";
            case "unary": return "x = " + "-".repeat(n) + "1\n";
            case "invert": return "x = " + "~".repeat(n) + "1\n";
            case "not": return "x = " + "not ".repeat(n) + "1\n";
            case "lambda": return "x = " + "lambda: ".repeat(n) + "1\n";
            case "lambda defaults": return "x = " + "lambda a=".repeat(n) + "1" + ": 1".repeat(n) + "\n";
            case "ifexp": return "x = " + "1 if x else ".repeat(n) + "1\n";
            case "power": return "x = " + "2 ** ".repeat(n) + "1\n";
            case "binary": return "x = 1" + " + 1".repeat(n) + "\n";
            case "calls": return "x = f" + "()".repeat(n) + "\n";
            case "attributes": return "x = a" + ".b".repeat(n) + "\n";
            case "subscripts": return "x = a" + "[0]".repeat(n) + "\n";
            case "comparisons": return "x = 1" + " < 1".repeat(n) + "\n";
            case "and": return "x = 1" + " and 1".repeat(n) + "\n";
            case "elif": return "if x: pass\n" + "elif x: pass\n".repeat(n);
            case "comprehension fors": return "x = [1 " + "for a in b ".repeat(n) + "]\n";
            case "starred": return "x = [" + "*(".repeat(n) + "()" + ")".repeat(n) + "]\n";
            case "strings": return "x = " + "'a' ".repeat(n) + "\n";
            case "assignments": return "a = ".repeat(n) + "1\n";
            case "decorators": return "@d\n".repeat(n) + "def f(): pass\n";
            case "patterns": return "match x:\n    case " + "[".repeat(n) + "]".repeat(n) + ": pass\n";
            case "or patterns": return "match x:\n    case 1" + " | 1".repeat(n) + ": pass\n";
            default:
                for (int i = 0; i < n; i++) {
                    sb.append("    ".repeat(i)).append(construct).append('\n');
                }
                return sb.append("    ".repeat(n)).append("pass\n").toString();
        }
    }

    @Test
    void whenEveryConstructIsNestedDeeply_thenCPythonsErrorAndNoJava() {
        String[] constructs = {"parens", "brackets", "braces", "unary", "invert", "not", "lambda", "lambda defaults",
            "ifexp", "power", "binary", "calls", "attributes", "subscripts", "comparisons", "and", "elif",
            "comprehension fors", "starred", "strings", "assignments", "decorators", "patterns", "or patterns",
            "if x:", "while x:", "for x in y:", "try:", "with x:", "def f():", "class C:", "async def f():",
            "match x:\n    case 1:"};
        for (String c : constructs) {
            for (int n : new int[] {30, 250, 6000, 30000}) {
                if (n >= 6000 && (c.endsWith(":") || c.contains("\n"))) {
                    continue;
                } // indentation stops at 100 anyway
                PyRun r = PyRun.code("try:\n    compile(" + pyString(nest(c, n)) + ", 'nested', 'exec')\n"
                        + "except (SyntaxError, RecursionError, MemoryError) as e:\n    print(type(e).__name__)\n"
                        + "else:\n    print('compiled')\n");
                assertPythonAnswer(c + " x" + n, r.out, r.err, r.rc);
                assertEquals(0, r.rc, c + " x" + n + ": " + r.err);
                if (c.equals("parens") || c.equals("brackets")) {
                    assertEquals(n >= 200 ? "SyntaxError\n" : "compiled\n", r.out, c + " x" + n);
                }
                if (n == 30000 && (c.equals("unary") || c.equals("not") || c.equals("lambda") || c.equals("ifexp"))) {
                    assertEquals("MemoryError\n", r.out, c + " x" + n);
                }
                if (n == 6000 && (c.equals("binary") || c.equals("calls") || c.equals("attributes"))) {
                    assertEquals("RecursionError\n", r.out, c + " x" + n);
                }
            }
        }
        assertEquals("SyntaxError\n",
                PyRun.code("try:\n    compile(" + pyString(nest("for x in y:", 25)) + ", 'n', 'exec')\n"
                + "except SyntaxError as e:\n    print(type(e).__name__)\n").out);
    }

    private static String pyString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char ch : s.toCharArray()) {
            if (ch == '\n') {
                sb.append("\\n");
            } else if (ch == '\'' || ch == '\\') {
                sb.append('\\').append(ch);
            } else {
                sb.append(ch);
            }
        }
        return sb.append('\'').toString();
    }

    private PyRun runFile(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return PyRun.args(p.toString());
    }

    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    private static byte[] cat(byte[]... parts) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void whenSourceHasOddEncodings_thenPep263SyntaxErrors() throws IOException {
        PyRun r = runFile("latin.py", cat(ascii("x = 1\ns = '"), bytes(0xff, 0xfe), ascii("'\n")));
        assertEquals(1, r.rc);
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xff' in file "
                + dir.resolve("latin.py").toAbsolutePath()
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", r.lastErrLine());
        assertPythonAnswer("latin", r.out, r.err, r.rc);

        r = runFile("bom.py", cat(bytes(0xef, 0xbb, 0xbf), ascii("print('ok')\n")));
        assertEquals("ok\n", r.out);
        r = runFile("cookie.py",
                cat(ascii("# -*- coding: latin-1 -*-\nprint(len('"), bytes(0xe9, 0xe8), ascii("'))\n")));
        assertEquals("2\n", r.out);
        r = runFile("cp1252.py", cat(ascii("# coding=cp1252\nprint(ord('"), bytes(0x80), ascii("'))\n")));
        assertEquals("8364\n", r.out);
        r = runFile("bomcookie.py", cat(bytes(0xef, 0xbb, 0xbf), ascii("# coding: latin-1\nprint(1)\n")));
        assertEquals("SyntaxError: encoding problem: iso-8859-1 with BOM", r.lastErrLine());
        r = runFile("utf16.py", cat(bytes(0xff, 0xfe), ascii("p\0r\0")));
        assertEquals(1, r.rc);
        assertTrue(r.lastErrLine().startsWith("SyntaxError: Non-UTF-8 code starting with '\\xff'"), r.err);
        r = runFile("surrogate.py", cat(ascii("s = '"), bytes(0xed, 0xa0, 0x80), ascii("'\n")));
        assertTrue(r.lastErrLine().startsWith("SyntaxError: Non-UTF-8 code starting with '\\xed'"), r.err);
        r = runFile("overlong.py", cat(ascii("s = '"), bytes(0xc0, 0x80), ascii("'\n")));
        assertTrue(r.lastErrLine().startsWith("SyntaxError: Non-UTF-8 code starting with '\\xc0'"), r.err);
        r = runFile("nul.py", ascii("x = 1\ny = 2\0\n"));
        assertEquals("SyntaxError: source code cannot contain null bytes", r.lastErrLine());
        r = runFile("unknown.py", ascii("# coding: klingon\nprint(1)\n"));
        assertEquals("SyntaxError: encoding problem: klingon", r.lastErrLine());
        r = runFile("crlf.py", ascii("x = 1\r\nif x:\r\n    print('crlf')\r\n"));
        assertEquals("crlf\n", r.out);
        r = runFile("cr.py", ascii("x = (1,\r 2)\rprint(x)\r"));
        assertPythonAnswer("cr", r.out, r.err, r.rc);
        r = runFile("utf8cookie_bad.py", cat(ascii("# coding: utf-8\ns = '"), bytes(0xff), ascii("'\n")));
        assertEquals(1, r.rc);
        assertTrue(r.lastErrLine().startsWith("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff"),
                r.err);
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream(), e = new java.io.ByteArrayOutputStream();
        int rc = Main.run(new String[] {"-"},
                new java.io.ByteArrayInputStream(cat(ascii("print('"), bytes(0xff), ascii("')\n"))),
                new java.io.PrintStream(o, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xff' in file <stdin> on line 1, but no encoding "
                + "declared;"
                + " see https://peps.python.org/pep-0263/ for details\n", e.toString(StandardCharsets.UTF_8));
        for (int b = 0x80; b < 0x100; b += 7) {
            r = runFile("byte" + b + ".py", cat(ascii("x = '"), bytes(b), ascii("'\nprint(x)\n")));
            assertPythonAnswer("byte " + b, r.out, r.err, r.rc);
            assertEquals(1, r.rc, "byte " + b);
        }
    }

    @Test
    void whenLiteralsAreHuge_thenPythonAnswers() throws IOException {
        PyRun r = runFile("hugeint.py", ascii("print(1)\nx = " + "9".repeat(5000) + "\n"));
        assertEquals(1, r.rc);
        assertTrue(r.lastErrLine().startsWith(
                "SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits"),
                r.err);
        r = PyRun.code("int('9' * 5000)");
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits;"
                + " use sys.set_int_max_str_digits() to increase the limit", r.lastErrLine());
        r = PyRun.code("print(10 ** 5000)");
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use"
                + " sys.set_int_max_str_digits() to increase the limit", r.lastErrLine());
        r = PyRun.code("import sys\nsys.set_int_max_str_digits(0)\nprint(len(str(10 ** 5000)), len(str(int('7' * "
                + "9000))))");
        assertEquals("5001 9000\n", r.out);
        r = PyRun.code("print(1e999999, -1e999999, 1" + "0".repeat(400) + ".5 > 1, 0x" + "f".repeat(5000)
                + " > 0, len('"
                + "a".repeat(200000) + "'))");
        assertEquals("inf -inf True True 200000\n", r.out);
        r = PyRun.code("x = " + "1,".repeat(100000) + "\nprint(len(x))");
        assertEquals("100000\n", r.out);
        r = PyRun.code(("a" + "b".repeat(50000)) + " = 3\nprint(" + ("a" + "b".repeat(50000)) + ")");
        assertEquals("3\n", r.out);
        r = PyRun.code("print(" + "'x' ".repeat(50000) + "== 'x' * 50000)");
        assertEquals("True\n", r.out);
    }

    @Test
    void whenSpecialMethodsRecurse_thenRecursionErrorNotJava() {
        String[] bodies = {
            "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
            "class A:\n    def __str__(self): return str(self)\nprint(A())",
            "class A:\n    def __eq__(self, o): return self == o\n    __hash__ = object.__hash__\nA() == 1",
            "class A:\n    def __eq__(self, o): return self == o\n    __hash__ = object.__hash__\n[A()].index(1)",
            "class A:\n    def __hash__(self): return hash(self)\n{A(): 1}",
            "class A:\n    def __hash__(self): return hash(self)\n{A()}",
            "class A:\n    def __getattr__(self, n): return self.x\nA().y",
            "class A:\n    def __len__(self): return len(self)\nlen(A())",
            "class A:\n    def __lt__(self, o): return self < o\nsorted([A(), A()])",
            "class A:\n    def __iter__(self): return iter(self)\nlist(A())",
            "class A:\n    def __bool__(self): return not self\nif A(): pass",
            "class A:\n    def __index__(self): return [0][self]\n[0][A()]",
            "class A:\n    def __format__(self, s): return f'{self}'\nf'{A()}'",
            "x = []\nfor _ in range(200000): x = [x]\nrepr(x)",
            "x = {}\nfor _ in range(200000): x = {1: x}\nstr(x)",
            "def f(): return f()\nf()",
            "def g():\n    yield from g()\nlist(g())",
            "f = lambda: f()\nsorted([1, 2], key=lambda v: f())",
        };
        for (String b : bodies) {
            PyRun r = PyRun.code(b);
            assertPythonAnswer(b, r.out, r.err, r.rc);
            assertEquals(1, r.rc, b);
            assertTrue(r.lastErrLine().startsWith("RecursionError: maximum recursion depth exceeded"), b + "\n"
                    + r.err);
            PyRun caught = PyRun.code("try:\n" + b.replaceAll("(?m)^", "    ")
                    + "\nexcept RecursionError:\n    print('caught')\nprint('after', [1, [2]])");
            assertEquals("caught\nafter [1, [2]]\n", caught.out, b + "\n" + caught.err);
        }
    }

    @Test
    void whenCommandLineIsBad_thenExitTwo() {
        PyRun r = PyRun.args("-Z");
        assertEquals(2, r.rc);
        assertTrue(r.err.startsWith("Unknown option: -Z\n"), r.err);
        r = PyRun.args("-c");
        assertEquals(2, r.rc);
        assertTrue(r.err.startsWith("Argument expected for the -c option\n"), r.err);
        r = PyRun.args(dir.resolve("no_such_file.py").toString());
        assertEquals(2, r.rc);
        assertTrue(r.err.contains("can't open file '" + dir.resolve("no_such_file.py").toAbsolutePath()
                + "': [Errno 2] No such file or directory"), r.err);
        r = PyRun.args(dir.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("can't find '__main__' module in"), r.err);
        r = PyRun.args("nul\0name.py");
        assertEquals(2, r.rc);
        assertPythonAnswer("bad name", r.out, r.err.replace("can't open file", ""), 0);
    }
}
