package org.stmj.python.golden;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks the suite itself against the reference: runs each golden program with the CPython given by
 * {@code -Dgolden.python=python3} as a child process (working directory: the program's directory), so every
 * program must pass. Skipped unless that property is set; use it after editing programs or the runner.
 */
class GoldenCPythonTest extends GoldenSuite {
    @Override
    protected int runProgram(Path script, InputStream in, PrintStream out, PrintStream err) throws Exception {
        String python = System.getProperty("golden.python", "");
        Assumptions.assumeFalse(python.isBlank(), "set -Dgolden.python=<CPython 3.11> to check the golden files");
        List<String> command = new ArrayList<>(List.of(python));
        command.addAll(List.of(argv(script)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(script.getParent().toFile());
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        try {
            Thread feeder = pump(() -> {
                try (var stdin = process.getOutputStream()) {
                    in.transferTo(stdin);
                }
            });
            Thread outPump = pump(() -> process.getInputStream().transferTo(out));
            Thread errPump = pump(() -> process.getErrorStream().transferTo(err));
            int exit = process.waitFor();
            for (Thread t : List.of(outPump, errPump, feeder)) {
                t.join(TimeUnit.SECONDS.toMillis(5));
            }
            return exit;
        } finally {
            process.destroyForcibly();
        }
    }

    private interface IoAction {
        void run() throws java.io.IOException;
    }

    /** Copies one stream on a daemon thread; a stream closed by the ending process just stops the copy. */
    private static Thread pump(IoAction action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (java.io.IOException closed) {
                return;
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
