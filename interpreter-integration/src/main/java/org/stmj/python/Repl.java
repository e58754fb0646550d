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

    static int run(Interpreter interp, ThreadState ts, PyDict g, boolean banner) {
        Terminal term;
        try {
            term = TerminalBuilder.builder().system(true).build();
        } catch (java.io.IOException e) {
            return 1;
        }
        LineReader reader = LineReaderBuilder.builder().terminal(term).build();
        if (banner) {
            interp.stdout.write(ts, "Python 3.11.7 (stmj) on Java " + System.getProperty("java.version") + "\n"
                    + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        interp.flushStdout(ts);
        StringBuilder buf = new StringBuilder();
        while (true) {
            String line;
            try {
                interp.gil.release();
                try {
                    line = reader.readLine(buf.length() == 0 ? ">>> " : "... ");
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
