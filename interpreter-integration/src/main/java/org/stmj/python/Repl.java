package org.stmj.python;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.compiler.PySyntaxError;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.vm.Frame;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/** The interactive prompt, with line editing and history from JLine. */
final class Repl {
    private Repl() {
    }

    /**
     * Runs the prompt in {@code g} until end of input or {@code SystemExit}. When {@code terminal} (standard
     * input is a terminal) it reads with JLine's line editing; otherwise (CPython's {@code -i} with piped input)
     * it reads lines from {@code sys.stdin}'s stream and writes the banner and prompts to standard error, as
     * CPython does.
     */
    static int run(Interpreter interp, ThreadState ts, PyDict g, boolean banner, boolean terminal) {
        LineReader reader = null;
        if (terminal) {
            try {
                Terminal term = TerminalBuilder.builder().system(true).build();
                reader = LineReaderBuilder.builder().terminal(term).build();
            } catch (java.io.IOException e) {
                reader = null;
            }
        }
        org.stmj.python.vm.PyFile prompts = reader != null ? interp.stdout : interp.stderr;
        if (banner) {
            prompts.write(ts, "Python 3.11.7 (stmj) on Java " + System.getProperty("java.version") + "\n"
                    + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        interp.flushStdout(ts);
        StringBuilder buf = new StringBuilder();
        while (true) {
            String line;
            String prompt = buf.length() == 0 ? ">>> " : "... ";
            if (reader == null) {
                interp.flushStdout(ts);
                prompts.write(ts, prompt);
                prompts.flush(ts);
                line = interp.stdin.readline(ts);
                if (line.isEmpty()) {
                    prompts.write(ts, "\n");
                    prompts.flush(ts);
                    return 0;
                }
                line = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            } else {
                try {
                    interp.gil.release();
                    try {
                        line = reader.readLine(prompt);
                    } finally {
                        interp.gil.acquire();
                    }
                } catch (UserInterruptException e) {
                    buf.setLength(0);
                    interp.stdout.write(ts, "KeyboardInterrupt\n");
                    continue;
                } catch (EndOfFileException e) {
                    interp.stdout.write(ts, "\n");
                    return 0;
                }
            }
            buf.append(line).append('\n');
            String src = buf.toString();
            boolean block = line.stripTrailing().endsWith(":")
                    || (buf.indexOf("\n") < buf.length() - 1 && !line.isBlank());
            if (block && !line.isBlank()) {
                continue;
            }
            buf.setLength(0);
            if (src.isBlank()) {
                continue;
            }
            Code c;
            try {
                c = Compiler.compile(src, "<stdin>", true);
            } catch (PySyntaxError e) {
                interp.registerSource("<stdin>", src);
                interp.stderr.write(ts, interp.syntaxErrorText(e));
                continue;
            } catch (PyException e) {
                Main.report(interp, ts, e.exc); // RecursionError or MemoryError from a too deeply nested input
                continue;
            }
            interp.registerSource("<stdin>", src);
            try {
                Interp.runFrame(ts, new Frame(c, g, null, interp.builtins, null));
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.SystemExit)) {
                    return Main.report(interp, ts, e.exc);
                }
                Main.report(interp, ts, e.exc);
            }
            interp.flushStdout(ts);
            interp.stderr.flush(ts);
        }
    }
}
