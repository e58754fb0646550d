package org.stmj.python.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyType;

/**
 * A file object: the console streams and files from open(). Reads of regular files load the content once;
 * writes go to a buffered stream, flushed with the GIL released.
 */
public final class PyFile extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", Builtins.OBJECT, false, null);
    private final String name;
    private final String mode;
    private final boolean binary;
    private final Charset cs;
    private final InputStream in;
    private final OutputStream out;
    /** Pending output bytes (owned by this file). */
    private byte[] buf = new byte[8192];
    private int bufN;
    /** Tickets drawn by flushes so far: a flush writes its chunk in ticket order ({@link WriteOrder}). */
    private long chunks;
    private final WriteOrder order = new WriteOrder();
    private boolean closed;
    private final boolean console;
    /** Whole content of a file opened for reading (decoded for text), read position. */
    private String text;
    private byte[] data;
    private int pos;
    /** Flush after every write that holds a newline (a terminal's stdout, stderr). Set before the program runs. */
    private boolean lineBuffered;
    /** Flush after every write ({@code -u}, {@code PYTHONUNBUFFERED}). Set before the program runs. */
    private boolean writeThrough;
    /** The console stream is a terminal (answers isatty()). Set before the program runs. */
    private boolean tty;
    /** The os-level descriptor of a file opened from one (open(fd)), -1 otherwise. */
    int fd = -1;

    PyFile(String name, String mode, InputStream in, OutputStream out, boolean console, boolean lineBuffered) {
        this.name = name;
        this.mode = mode;
        this.binary = mode.contains("b");
        this.cs = StandardCharsets.UTF_8;
        this.in = in;
        this.out = out;
        this.console = console;
        this.lineBuffered = lineBuffered;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + mode + "' encoding='utf-8'>";
    }

    private void checkOpen() {
        if (closed) {
            throw Py.valueError("I/O operation on closed file.");
        }
    }

    public void write(ThreadState ts, String s) {
        checkOpen();
        if (out == null) {
            throw Py.raise(Exc.OSError, "not writable");
        }
        byte[] b = s.getBytes(cs);
        writeBytes(ts, b);
        if (writeThrough || lineBuffered && s.indexOf('\n') >= 0) {
            flush(ts);
        }
    }

    /**
     * Sets how a console stream buffers, as CPython's start-up does: {@code tty} (isatty() answers True; stdout is
     * then line-buffered), {@code unbuffered} ({@code -u}: every write is flushed). Called before the program runs.
     */
    public void configureConsole(boolean tty, boolean unbuffered) {
        this.tty = tty;
        this.writeThrough = unbuffered;
        if (tty) {
            this.lineBuffered = true;
        }
    }

    /** Whether this console stream is a terminal (what isatty() answers). */
    public boolean isTty() {
        return tty;
    }

    /**
     * Whether the process's descriptor {@code fd} (0, 1 or 2) is a terminal. Java has no isatty; on Linux the
     * descriptor's link in /proc names the device; elsewhere {@link System#console()} (stdin and stdout both a
     * terminal) stands in.
     */
    public static boolean isTerminal(int fd) {
        java.nio.file.Path link = java.nio.file.Path.of("/proc/self/fd/" + fd);
        try {
            String target = java.nio.file.Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fd <= 2 && System.console() != null;
        }
    }

    void writeBytes(ThreadState ts, byte[] b) {
        if (bufN + b.length > buf.length) {
            if (b.length > buf.length / 2) {
                flush(ts);
                if (b.length > buf.length) {
                    buf = new byte[b.length * 2];
                }
            } else {
                flush(ts);
            }
        }
        System.arraycopy(b, 0, buf, bufN, b.length);
        bufN += b.length;
    }

    public void flush(ThreadState ts) {
        if (bufN == 0 || out == null) {
            return;
        }
        byte[] b = buf;
        int n = bufN;
        buf = new byte[b.length];
        bufN = 0;
        long ticket = chunks++;
        Gil gil = ts == null ? null : ts.interp.gil;
        if (gil == null) {
            writeInTurn(ticket, b, n);
            return;
        }
        gil.blocking(ts, () -> {
            writeInTurn(ticket, b, n);
            return null;
        });
    }

    /**
     * Writes a chunk after every chunk taken before it: two threads flushing one file write with the GIL released
     * and could otherwise overtake each other (a thread's closing flush while another one prints on).
     */
    private void writeInTurn(long ticket, byte[] b, int n) {
        order.await(ticket);
        try {
            writeOut(b, n);
        } finally {
            order.done();
        }
    }

    private void writeOut(byte[] b, int n) {
        try {
            out.write(b, 0, n);
            out.flush();
        } catch (IOException e) {
            throw Py.raise(Exc.OSError, e.getMessage());
        }
    }

    private void loadAll(ThreadState ts) {
        if (data != null || text != null) {
            return;
        }
        byte[] all = ts.interp.gil.blocking(ts, () -> {
            try {
                return in.readAllBytes();
            } catch (IOException e) {
                throw Py.raise(Exc.OSError, e.getMessage());
            }
        });
        if (binary) {
            data = all;
        } else {
            text = new String(all, cs).replace("\r\n", "\n");
        }
    }

    public String readline(ThreadState ts) {
        checkOpen();
        if (console) {
            ts.interp.flushStdout(ts);
            return ts.interp.gil.blocking(ts, () -> {
                try {
                    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                    int c;
                    while ((c = in.read()) >= 0) {
                        line.write(c);
                        if (c == '\n') {
                            break;
                        }
                    }
                    return line.toString(cs);
                } catch (IOException e) {
                    throw Py.raise(Exc.OSError, e.getMessage());
                }
            });
        }
        loadAll(ts);
        if (text == null) {
            throw Py.typeError("readline on binary file");
        }
        if (pos >= text.length()) {
            return "";
        }
        int e = text.indexOf('\n', pos);
        String r = e < 0 ? text.substring(pos) : text.substring(pos, e + 1);
        pos += r.length();
        return r;
    }

    PyObject read(ThreadState ts, int n) {
        checkOpen();
        if (console) {
            StringBuilder sb = new StringBuilder();
            for (String l; !(l = readline(ts)).isEmpty(); ) {
                sb.append(l);
            }
            return Py.str(sb.toString());
        }
        loadAll(ts);
        if (binary) {
            int end = n < 0 ? data.length : Math.min(data.length, pos + n);
            byte[] r = java.util.Arrays.copyOfRange(data, Math.min(pos, data.length), end);
            pos = end;
            return new PyBytes(r, false);
        }
        int end = n < 0 ? text.length() : Math.min(text.length(), pos + n);
        String r = text.substring(Math.min(pos, text.length()), end);
        pos = end;
        return Py.str(r);
    }

    public void close(ThreadState ts) {
        if (closed) {
            return;
        }
        flush(ts);
        closed = true;
        try {
            if (!console) {
                if (out != null) {
                    out.close();
                }
                if (in != null) {
                    in.close();
                }
            }
        } catch (IOException e) {
            throw Py.raise(Exc.OSError, e.getMessage());
        }
    }

    @Override
    public PyObject iter(ThreadState ts) {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        String l = readline(ts);
        return l.isEmpty() ? null : Py.str(l);
    }

    static void m(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyBuiltin(name, f, null, "TextIOWrapper"));
    }

    static {
        TYPE.dict.putStr("closed", new org.stmj.python.objects.PyProperty(new PyBuiltin("closed",
                (ts, a, kw) -> Py.bool(((PyFile) a[0]).closed)), null, null, Py.None));
        // text files read and write UTF-8; the console's stderr escapes what it cannot encode, as CPython's
        TYPE.dict.putStr("encoding", new org.stmj.python.objects.PyProperty(new PyBuiltin("encoding",
                (ts, a, kw) -> Py.str("utf-8")), null, null, Py.None));
        TYPE.dict.putStr("line_buffering", new org.stmj.python.objects.PyProperty(new PyBuiltin("line_buffering",
                (ts, a, kw) -> Py.bool(((PyFile) a[0]).lineBuffered)), null, null, Py.None));
        TYPE.dict.putStr("write_through", new org.stmj.python.objects.PyProperty(new PyBuiltin("write_through",
                (ts, a, kw) -> Py.bool(((PyFile) a[0]).writeThrough)), null, null, Py.None));
        TYPE.dict.putStr("errors", new org.stmj.python.objects.PyProperty(new PyBuiltin("errors",
                (ts, a, kw) -> Py.str("<stderr>".equals(((PyFile) a[0]).name) ? "backslashreplace" : "strict")),
                null, null, Py.None));
        m("write", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            if (f.binary) {
                if (!(a[1] instanceof PyBytes)) {
                    throw Py.typeError("a bytes-like object is required, not '" + a[1].type().name + "'");
                }
                f.checkOpen();
                f.writeBytes(ts, ((PyBytes) a[1]).bytes());
                return Py.newInt(((PyBytes) a[1]).size);
            }
            if (!(a[1] instanceof PyStr)) {
                throw Py.typeError("write() argument must be str, not " + a[1].type().name);
            }
            f.write(ts, ((PyStr) a[1]).value);
            return Py.newInt(((PyStr) a[1]).cpLen());
        });
        m("writelines", (ts, a, kw) -> {
            PyObject it = Ops.iter(ts, a[1]);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                ((PyFile) a[0]).write(ts, Ops.str(ts, x));
            }
            return Py.None;
        });
        m("read", (ts, a, kw) -> ((PyFile) a[0]).read(ts, a.length > 1 && a[1] != Py.None ? (int) Ops.toInt(ts, a[1]).v
                : -1));
        m("readline", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            if (f.binary && !f.console) {
                f.checkOpen();
                f.loadAll(ts);
                int start = Math.min(f.pos, f.data.length), e = start;
                while (e < f.data.length && f.data[e] != '\n') {
                    e++;
                }
                if (e < f.data.length) {
                    e++;
                }
                f.pos = e;
                return new PyBytes(java.util.Arrays.copyOfRange(f.data, start, e), false);
            }
            return Py.str(f.readline(ts));
        });
        m("readlines", (ts, a, kw) -> {
            PyList l = new PyList();
            PyFile f = (PyFile) a[0];
            for (String s; !(s = f.readline(ts)).isEmpty(); ) {
                l.append(Py.str(s));
            }
            return l;
        });
        m("flush", (ts, a, kw) -> {
            ((PyFile) a[0]).flush(ts);
            return Py.None;
        });
        m("close", (ts, a, kw) -> {
            ((PyFile) a[0]).close(ts);
            return Py.None;
        });
        m("__enter__", (ts, a, kw) -> a[0]);
        m("__exit__", (ts, a, kw) -> {
            ((PyFile) a[0]).close(ts);
            return Py.None;
        });
        m("__iter__", (ts, a, kw) -> a[0]);
        m("fileno", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            if (f.fd >= 0) {
                return Py.newInt(f.fd);
            }
            return Py.newInt(!f.console ? 3 : f.name.equals("<stdin>") ? 0 : f.name.equals("<stderr>") ? 2 : 1);
        });
        m("isatty", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            return Py.bool(f.tty);
        });
        m("readable", (ts, a, kw) -> Py.bool(((PyFile) a[0]).in != null));
        m("writable", (ts, a, kw) -> Py.bool(((PyFile) a[0]).out != null));
        m("tell", (ts, a, kw) -> Py.newInt(((PyFile) a[0]).pos));
        m("seek", (ts, a, kw) -> {
            ((PyFile) a[0]).pos = (int) Ops.toInt(ts, a[1]).v;
            return a[1];
        });
    }

    @Override
    public PyDict attrs() {
        return null;
    }

    public boolean isClosed() {
        return closed;
    }

    public String name() {
        return name;
    }
}
