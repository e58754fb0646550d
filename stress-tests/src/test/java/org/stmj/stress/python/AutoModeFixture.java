package org.stmj.stress.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/**
 * The set-up the auto-mode tests share: the interpreter transformed in this JVM with {@code stmj.mode=auto} and the
 * runtime in auto mode for the test class, GIL mode and the previous property afterwards; and a run of one of the
 * programs under {@code src/test/resources/auto/} that must exit with status 0.
 */
abstract class AutoModeFixture extends StmModeFixture {
    @Override
    String mode() {
        return "auto";
    }

    /** Runs {@code auto/<name>} with args, at most timeoutSeconds; asserts exit status 0 and returns its lines. */
    String[] runProgram(String name, int timeoutSeconds, String... args) throws Exception {
        Path program = Path.of(getClass().getClassLoader().getResource("auto/" + name).toURI());
        String[] argv = new String[args.length + 1];
        argv[0] = program.toString();
        System.arraycopy(args, 0, argv, 1, args.length);
        StmInterpreter.Result r = interpreter.run(argv, new byte[0], timeoutSeconds, name);
        assertEquals(0, r.exit(), () -> "exit code\nstdout:\n" + r.out() + "stderr:\n" + r.err());
        return r.out().strip().split("\n");
    }
}
