package org.stmj.transform.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar stm-transformer.jar <command>}: the translator's command line. */
@Command(name = "stm-transformer", mixinStandardHelpOptions = true, version = "stmj 0.1",
        description = "STM transformation of Java programs.", subcommands = {TranslateCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("stmj: " + ex.getMessage());
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            System.err.println("stmj: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }
}
