package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stmj.python.objects.PyObject;

/**
 * The compiler's stack sizes, checked against an independent walk of every code object of the golden programs and
 * the bundled library: along every path each instruction is reached at one depth (so the table's effects agree with
 * the code the compiler emits, e.g. that POP_EXCEPT drops the two values the handler entry pushed), no path pops
 * below empty, and the deepest point is within the code's stack size.
 */
class StackDepthTest {
    private static List<Path> programs() throws IOException {
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

    /** Problems found in code and its nested code objects, one line each. */
    static void verify(Code code, List<String> problems) {
        int n = code.code.length;
        int[] depthAt = new int[n + 1];
        java.util.Arrays.fill(depthAt, -1);
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        depthAt[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int pc = work.pop();
            int d = depthAt[pc];
            int ins = code.code[pc];
            int op = Op.op(ins);
            int arg = Op.arg(ins);
            String where = code.qualname + " @" + pc + " " + Op.name(op) + ": ";
            Op.Flow flow = Op.flow(op);
            int fall = d + Op.stackEffect(op, arg);
            if (fall < 0) {
                problems.add(where + "pops below empty");
            }
            if (Math.max(d, fall) > code.stacksize) {
                problems.add(where + "depth " + Math.max(d, fall) + " over stack size " + code.stacksize);
            }
            if (flow == Op.Flow.BRANCH || flow == Op.Flow.GOTO) {
                reach(code, arg, d + Op.jumpEffect(op), depthAt, work, where, problems);
            }
            if (flow == Op.Flow.NEXT || flow == Op.Flow.BRANCH) {
                reach(code, pc + 1, fall, depthAt, work, where, problems);
            }
        }
        for (PyObject c : code.consts) {
            if (c instanceof Code) {
                verify((Code) c, problems);
            }
        }
    }

    private static void reach(Code code, int pc, int d, int[] depthAt, java.util.ArrayDeque<Integer> work,
            String where, List<String> problems) {
        if (pc >= code.code.length) {
            problems.add(where + "runs off the end");
            return;
        }
        if (depthAt[pc] == -1) {
            depthAt[pc] = d;
            work.push(pc);
        } else if (depthAt[pc] != d) {
            problems.add(where + "reaches " + pc + " at depth " + d + ", another path at " + depthAt[pc]);
        }
    }

    @Test
    void whenGoldenProgramsCompile_thenEveryInstructionHasOneDepthWithinTheStackSize() throws IOException {
        List<String> problems = new ArrayList<>();
        int compiled = 0;
        for (Path p : programs()) {
            Code c;
            try {
                c = Compiler.compile(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8),
                        p.toString(), false);
            } catch (PySyntaxError | org.stmj.python.objects.PyException e) {
                continue;
            }
            compiled++;
            List<String> mine = new ArrayList<>();
            verify(c, mine);
            for (String m : mine) {
                problems.add(p.getFileName() + ": " + m);
            }
        }
        assertTrue(compiled > 300, "only " + compiled + " programs compiled");
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: "
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }
}
