package org.stmj.python;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a program in-process through {@link Main#run} and captures its output. */
public final class PyRun {
    public final String out;
    public final String err;
    public final int rc;

    private PyRun(String out, String err, int rc) {
        this.out = out;
        this.err = err;
        this.rc = rc;
    }

    public static PyRun code(String src, String... args) {
        String[] a = new String[args.length + 2];
        a[0] = "-c";
        a[1] = src;
        System.arraycopy(args, 0, a, 2, args.length);
        return args(a);
    }

    public static PyRun args(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new PyRun(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), rc);
    }

    public String lastErrLine() {
        String[] ls = err.strip().split("\n");
        return ls[ls.length - 1];
    }
}
