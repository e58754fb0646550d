package org.stmj.python.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyType;

/**
 * A file object: the console streams and files from open(). A regular file is a FileChannel and a byte position:
 * reading loads the rest of the file once (decoded for text, newlines translated as lines are taken); writes go to
 * a buffer flushed at the position with the GIL released; seek and a write after reads drop the loaded rest.
 */
public final class PyFile extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", Builtins.OBJECT, false, null);
    static final PyType BUFFERED_READER = new PyType("BufferedReader", TYPE, false, null);
    static final PyType BUFFERED_WRITER = new PyType("BufferedWriter", TYPE, false, null);
    static final PyType BUFFERED_RANDOM = new PyType("BufferedRandom", TYPE, false, null);
    static final PyType FILE_IO = new PyType("FileIO", TYPE, false, (ts, t, a, kw) -> newFileIO(ts, a, kw));
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
    /** Rest of a regular file from the byte offset base (decoded for text), read position in it. */
    private String text;
    private byte[] data;
    private int pos;
    /** Flush after every write that holds a newline (a terminal's stdout, stderr). Set before the program runs. */
    private boolean lineBuffered;
    /** Flush after every write ({@code -u}, {@code PYTHONUNBUFFERED}). Set before the program runs. */
    private boolean writeThrough;
    /** The console stream is a terminal (answers isatty()). Set before the program runs. */
    private boolean tty;
    /**
     * The os-level descriptor: the one a file was opened from (open(fd)), or the one a file opened by name got in
     * the descriptor table at its first fileno() (taken only then: the table keeps its channel reachable until
     * close() or os.close() releases it); -1 before that.
     */
    int fd = -1;
    /** The path a file was opened by (for its descriptor's table entry), or null. */
    String fsPath;
    /** {@code del f.name} ran (and no name was set since). */
    private boolean nameDeleted;
    /** This file's repr is being built (a name that is the file itself must not recurse). */
    private boolean inRepr;
    /** A regular file: its channel, the byte position of the buffer's start (when nothing is loaded). */
    private FileChannel ch;
    private long bpos;
    private long base;
    private boolean hasCR;
    private int tellPos;
    private long tellOff;
    private boolean readable;
    private boolean writable;
    private boolean append;
    private boolean closefd = true;
    private boolean bomChecked;
    /** A channel without positions (a pipe): reads and writes are sequential. */
    private boolean stream;
    private FileCodec codec = FileCodec.UTF8;
    /** newline argument: null universal, "" untranslated, or the one terminator. */
    private String newline;
    private PyType type = TYPE;
    private PyObject nameObj;
    /**
     * A console text stream's binary buffer ({@code sys.stdout.buffer}), and that buffer's text stream; null for
     * other files and before the first use. Once the buffer exists, the text stream's pending bytes go into the
     * buffer (when they outgrow the text stream's chunk, or at a flush), and only the buffer writes to the
     * descriptor: CPython's two layers, whose order of output this keeps (bytes written to the buffer come out
     * before text still pending in the text layer, as CPython prints them on a pipe). A regular text file's buffer
     * ({@code open(p).buffer}) shares its channel: whichever of the two is used takes over the byte position from
     * the other ({@link #sync}).
     */
    private PyFile peer;
    /** Of a regular file and its buffer: this one ran the last operation (it holds the position). */
    private boolean active;
    /** A console text stream has decoded input (its encoding can no longer change). */
    private boolean decoded;
    /** The rest of a console line a readline(limit) left, or null. */
    private String pendingLine;
    /** detach() ran: the text stream is unusable (its buffer lives on). */
    private boolean detached;
    /** The error handler reconfigure() set, or null (the console's default). */
    private String errorsName;
    private String rawMode;

    PyFile(String name, String mode, InputStream in, OutputStream out, boolean console, boolean lineBuffered) {
        this.name = name;
        this.mode = mode;
        this.binary = mode.contains("b");
        this.cs = StandardCharsets.UTF_8;
        this.in = in;
        this.out = out;
        this.console = console;
        this.lineBuffered = lineBuffered;
        this.readable = in != null;
        this.writable = out != null;
    }

    /** A regular file over a channel; mode is the validated mode string of open(). */
    PyFile(PyObject nameObj, String mode, FileChannel ch, long start, FileCodec codec, String newline,
            boolean closefd, boolean unbuffered) {
        this(nameObj instanceof PyStr ? ((PyStr) nameObj).value() : String.valueOf(nameObj), mode, null, null, false,
                false);
        this.nameObj = nameObj;
        this.ch = ch;
        this.bpos = start;
        this.codec = codec;
        this.newline = newline;
        this.closefd = closefd;
        try {
            ch.position(ch.position());
        } catch (IOException e) {
            stream = true;
        }
        boolean plus = mode.indexOf('+') >= 0;
        this.append = mode.indexOf('a') >= 0;
        this.readable = mode.indexOf('r') >= 0 || plus;
        this.writable = !(mode.indexOf('r') >= 0) || plus;
        this.rawMode = mode.indexOf('x') >= 0 ? (plus ? "xb+" : "xb") : append ? (plus ? "ab+" : "ab")
                : readable && writable ? "rb+" : readable ? "rb" : "wb";
        this.type = !binary ? TYPE : unbuffered ? FILE_IO : plus ? BUFFERED_RANDOM : readable ? BUFFERED_READER
                : BUFFERED_WRITER;
        // a FileIO has no buffer: each write reaches the descriptor (or fails) before write() returns
        this.writeThrough = binary && unbuffered;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr(ThreadState ts) {
        if (type == FILE_IO && (closed || nameDeleted)) {
            return closed ? "<_io.FileIO [closed]>" : "<_io.FileIO fd=" + descriptor() + " mode='" + rawMode
                    + "' closefd=" + (closefd ? "True" : "False") + ">";
        }
        String n;
        if (nameObj instanceof PyStr || nameObj == null) {
            n = "'" + name + "'";
        } else {
            // a name that reaches this file again (f.name = f) is CPython's RuntimeError, not a stack overflow
            if (inRepr) {
                throw Py.raise(Exc.RuntimeError, "reentrant call inside _io." + type.name + ".__repr__");
            }
            inRepr = true;
            try {
                n = Ops.repr(ts, nameObj);
            } finally {
                inRepr = false;
            }
        }
        if (type == FILE_IO) {
            return "<_io.FileIO name=" + n + " mode='" + rawMode + "' closefd=" + (closefd ? "True" : "False") + ">";
        }
        if (binary) {
            return "<_io." + type.name + " name=" + n + ">";
        }
        // a detached text stream has no name (reading it raises), so CPython's repr leaves it out
        return "<_io.TextIOWrapper " + (detached ? "" : "name=" + n + " ") + "mode='" + mode + "' encoding='"
                + encodingName() + "'>";
    }

    private String encName;

    void setEncodingName(String n) {
        encName = n;
    }

    String encodingName() {
        return encName != null ? encName : ch != null ? "UTF-8" : "utf-8";
    }

    private void checkOpen() {
        if (detached) {
            throw Py.valueError("underlying buffer has been detached");
        }
        if (closed) {
            throw Py.valueError("I/O operation on closed file.");
        }
    }

    /**
     * The OSError of a failed channel operation: EBADF when the channel was closed under the file object (its
     * descriptor closed by {@code os.close(f.fileno())}), as CPython's file objects report it.
     */
    static org.stmj.python.objects.PyException ioFailure(IOException e) {
        if (e instanceof java.nio.channels.ClosedChannelException) {
            return new org.stmj.python.objects.PyException(new org.stmj.python.objects.PyBaseException(Exc.OSError,
                    Py.newInt(9), Py.str("Bad file descriptor")));
        }
        return Py.raise(Exc.OSError, String.valueOf(e.getMessage()));
    }

    /** io.UnsupportedOperation (an OSError and a ValueError) from the _io module, OSError before it is loaded. */
    static RuntimeException unsupported(ThreadState ts, String msg) {
        PyObject m = ts == null ? null : ts.interp.modules.getStr("_io");
        PyObject t = m == null ? null : Ops.getattrOrNull(ts, m, "UnsupportedOperation");
        PyObject e = t == null ? null : Ops.call(ts, t, new PyObject[] {Py.str(msg)}, null);
        if (e instanceof org.stmj.python.objects.PyBaseException) {
            return new org.stmj.python.objects.PyException((org.stmj.python.objects.PyBaseException) e);
        }
        return Py.raise(Exc.OSError, msg);
    }

    private void checkReadable(ThreadState ts) {
        checkOpen();
        if (!readable) {
            // FileIO's text, a buffered reader's or writer's method name, TextIOWrapper's
            throw unsupported(ts, ch != null && binary ? (type == FILE_IO ? "File not open for reading" : "read")
                    : "not readable");
        }
    }

    private void checkWritable(ThreadState ts) {
        checkOpen();
        if (!writable) {
            throw unsupported(ts, ch != null && binary ? (type == FILE_IO ? "File not open for writing" : "write")
                    : "not writable");
        }
    }

    public void write(ThreadState ts, String s) {
        checkOpen();
        if (ch != null) {
            if (peer != null) {
                sync(ts);
            }
            if (binary) {
                throw Py.typeError("a bytes-like object is required, not 'str'");
            }
            checkWritable(ts);
            if (newline != null && newline.length() > 0 && !"\n".equals(newline) && s.indexOf('\n') >= 0) {
                s = s.replace("\n", newline);
            }
            writeBytes(ts, codec.encode(s));
            return;
        }
        if (out == null) {
            throw Py.raise(Exc.OSError, "not writable");
        }
        byte[] b = codec == FileCodec.UTF8 ? s.getBytes(cs) : codec.encode(s);
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
        if (ch != null) {
            if (text != null || data != null) {
                dropLoaded();
            }
            if (!bomChecked) {
                bomChecked = true;
                if (codec.bom != 0 && !binary && bufN == 0 && (append ? size(ts) : bpos) == 0) {
                    writeBytes(ts, codec.bomBytes());
                }
            }
        }
        if (bufN + b.length > buf.length) {
            if (b.length > buf.length / 2) {
                spill(ts);
                if (b.length > buf.length) {
                    buf = new byte[b.length * 2];
                }
            } else {
                spill(ts);
            }
        }
        System.arraycopy(b, 0, buf, bufN, b.length);
        bufN += b.length;
    }

    public void flush(ThreadState ts) {
        if (peer != null && !binary && console) {
            spill(ts);
            peer.flushOwn(ts);
            return;
        }
        flushOwn(ts);
    }

    /**
     * Before an operation on a regular file that has a buffer (or on that buffer): when the other one ran the last
     * operation, its pending bytes are written and its loaded rest dropped, and this one continues at its byte
     * position, with nothing loaded.
     */
    void sync(ThreadState ts) {
        if (peer == null || console || active) {
            return;
        }
        if (peer.active) {
            peer.active = false;
            if (!peer.closed) {
                peer.flushOwn(ts);
                if (peer.text != null || peer.data != null) {
                    peer.dropLoaded();
                }
                bpos = peer.bpos;
            }
            text = null;
            data = null;
            pos = 0;
        }
        active = true;
    }

    /** Makes room in the pending bytes: a console text stream with a buffer moves them there (see {@link #peer}). */
    private void spill(ThreadState ts) {
        if (peer == null || binary || !console) {
            flushOwn(ts);
            return;
        }
        if (bufN > 0) {
            byte[] b = java.util.Arrays.copyOf(buf, bufN);
            bufN = 0;
            peer.writeBytes(ts, b);
        }
    }

    private void flushOwn(ThreadState ts) {
        if (bufN == 0 || out == null && ch == null) {
            return;
        }
        byte[] b = buf;
        int n = bufN;
        buf = new byte[b.length];
        bufN = 0;
        if (ch != null) {
            long at = bpos;
            bpos += n;
            long end = blocking(ts, () -> writeAt(b, n, at));
            if (append) {
                bpos = end;
            }
            return;
        }
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

    private static <T> T blocking(ThreadState ts, Gil.Blocking<T> action) {
        if (ts == null) {
            try {
                return action.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Py.raise(Exc.OSError, "interrupted");
            }
        }
        return org.stmj.python.modules.Modules.io(ts, action);
    }

    /** Writes n bytes of b at the byte offset (at the end in append mode); the offset after them. */
    private long writeAt(byte[] b, int n, long at) {
        try {
            ByteBuffer bb = ByteBuffer.wrap(b, 0, n);
            if (stream) {
                while (bb.hasRemaining()) {
                    ch.write(bb);
                }
                return at + n;
            }
            if (append) {
                synchronized (this) {
                    ch.position(ch.size());
                    while (bb.hasRemaining()) {
                        ch.write(bb);
                    }
                    return ch.position();
                }
            }
            long p = at;
            while (bb.hasRemaining()) {
                p += ch.write(bb, p);
            }
            return p;
        } catch (IOException e) {
            throw ioFailure(e);
        }
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
            throw ioFailure(e);
        }
    }

    private long size(ThreadState ts) {
        return blocking(ts, () -> {
            try {
                return ch.size();
            } catch (IOException e) {
                throw ioFailure(e);
            }
        });
    }

    /** The byte position of the reader or writer. */
    long tell(ThreadState ts) {
        checkDescriptor();
        if (text != null) {
            if (pos < tellPos) {
                tellPos = 0;
                tellOff = base;
            }
            tellOff += codec.byteLen(text, tellPos, pos);
            tellPos = pos;
            return tellOff;
        }
        if (data != null) {
            return base + pos;
        }
        if (append && bufN > 0) {
            flush(ts);
        }
        return bpos + bufN;
    }

    /** Forgets the loaded rest of the file, keeping its position. */
    private void dropLoaded() {
        bpos = tell(null);
        text = null;
        data = null;
        pos = 0;
    }

    private void loadAll(ThreadState ts) {
        if (data != null || text != null) {
            return;
        }
        if (ch == null) {
            byte[] all = ts.interp.gil.blocking(ts, () -> {
                try {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw ioFailure(e);
                }
            });
            if (binary) {
                data = all;
            } else {
                text = new String(all, cs).replace("\r\n", "\n");
            }
            return;
        }
        checkReadable(ts);
        flush(ts);
        long from = bpos;
        byte[] all = blocking(ts, () -> readFrom(from));
        pos = 0;
        if (binary) {
            base = from;
            data = all;
            return;
        }
        int skip = from == 0 ? codec.bomLength(all, 0, all.length) : 0;
        Charset with = codec.readCharset(all, 0, all.length);
        text = codec.decode(all, skip, all.length - skip, with);
        base = from + skip;
        tellPos = 0;
        tellOff = base;
        hasCR = newline == null && text.indexOf('\r') >= 0;
        bomChecked = true;
    }

    private byte[] readFrom(long from) {
        try {
            if (stream) {
                return Channels.newInputStream(ch).readAllBytes();
            }
            long size = ch.size();
            if (from >= size) {
                return new byte[0];
            }
            if (size - from > Integer.MAX_VALUE - 16) {
                throw Py.raise(Exc.OverflowError, "file too large");
            }
            ByteBuffer bb = ByteBuffer.allocate((int) (size - from));
            long p = from;
            while (bb.hasRemaining()) {
                int r = ch.read(bb, p);
                if (r < 0) {
                    break;
                }
                p += r;
            }
            return bb.position() == bb.capacity() ? bb.array() : java.util.Arrays.copyOf(bb.array(), bb.position());
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    public String readline(ThreadState ts) {
        return readline(ts, -1);
    }

    /** The next line of a console stream's bytes, newline included, at most limit bytes when limit >= 0. */
    private byte[] consoleLine(ThreadState ts, int limit) {
        ts.interp.flushStdout(ts);
        return ts.interp.gil.blocking(ts, () -> {
            try {
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                int c;
                while ((limit < 0 || line.size() < limit) && (c = in.read()) >= 0) {
                    line.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
                return line.toByteArray();
            } catch (IOException e) {
                throw ioFailure(e);
            }
        });
    }

    /** read(n) of a console stream's binary buffer: n bytes or up to the end (all of it when n < 0). */
    private PyBytes consoleBytes(ThreadState ts, int n) {
        ts.interp.flushStdout(ts);
        return ts.interp.gil.blocking(ts, () -> {
            try {
                return new PyBytes(n < 0 ? in.readAllBytes() : in.readNBytes(n), false);
            } catch (IOException e) {
                throw ioFailure(e);
            }
        });
    }

    /**
     * {@code sys.stdin.buffer}, {@code sys.stdout.buffer}, {@code sys.stderr.buffer}: the console stream's binary
     * layer, made at the first use (see {@link #peer}).
     */
    private PyFile buffer(ThreadState ts) {
        if (ch != null && !binary) {
            if (peer == null) {
                PyFile b = new PyFile(nameObj, rawMode, ch, bpos, FileCodec.UTF8, null, closefd, false);
                b.fsPath = fsPath;
                b.bomChecked = true;
                b.closed = closed;
                b.peer = this;
                peer = b;
                active = true;
            }
            return peer;
        }
        if (!console || binary) {
            throw Py.raise(Exc.AttributeError, "'" + type.name + "' object has no attribute 'buffer'");
        }
        if (peer == null) {
            PyFile b = new PyFile(name, in != null ? "rb" : "wb", in, out, true, false);
            // -u: CPython's console writers have no buffer layer, their .buffer is the FileIO itself
            b.type = in != null ? BUFFERED_READER : writeThrough ? FILE_IO : BUFFERED_WRITER;
            b.rawMode = b.mode;
            b.closefd = false;
            b.tty = tty;
            b.writeThrough = writeThrough;
            b.peer = this;
            b.closed = closed;
            peer = b;
        }
        return peer;
    }

    String readline(ThreadState ts, int limit) {
        checkOpen();
        if (console) {
            String r = pendingLine;
            pendingLine = null;
            if (r == null) {
                decoded = true;
                byte[] line = consoleLine(ts, -1);
                r = codec == FileCodec.UTF8 ? new String(line, cs) : codec.decode(line, 0, line.length, codec.cs);
            }
            if (limit >= 0 && r.length() > limit) {
                // a limit counts characters: the rest of the line stays for the next read
                pendingLine = r.substring(limit);
                return r.substring(0, limit);
            }
            return r;
        }
        loadAll(ts);
        if (text == null) {
            throw Py.typeError("readline on binary file");
        }
        int n = text.length();
        if (pos >= n || limit == 0) {
            return "";
        }
        int max = limit < 0 || n - pos < limit ? n : pos + limit;
        if (hasCR || newline != null && newline.isEmpty()) {
            boolean tr = hasCR;
            int i = pos;
            while (i < max) {
                char c = text.charAt(i++);
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (i < n && text.charAt(i) == '\n' && (i < max || tr)) {
                        i++;
                    }
                    break;
                }
            }
            String r = text.substring(pos, i);
            pos = i;
            return tr ? translate(r) : r;
        }
        String term = newline == null ? "\n" : newline;
        int e = term.length() == 1 ? text.indexOf(term.charAt(0), pos) : text.indexOf(term, pos);
        int end = e < 0 ? n : e + term.length();
        if (end > max) {
            end = max;
        }
        String r = text.substring(pos, end);
        pos = end;
        return r;
    }

    /**
     * TextIOWrapper.newlines: the line endings read so far in universal-newline mode (newline None or ''), None,
     * one str, or a tuple in CPython's order ('\r', '\n', '\r\n'). The text is decoded whole at the first read,
     * so it reports the whole file (CPython's decoder has seen its first 8 KiB chunk: the same for smaller files).
     */
    PyObject newlinesSeen() {
        String t = text;
        if (binary || t == null || newline != null && !newline.isEmpty()) {
            return Py.None;
        }
        boolean cr = false, lf = false, crlf = false;
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                lf = true;
            } else if (c == '\r') {
                if (i + 1 < n && t.charAt(i + 1) == '\n') {
                    crlf = true;
                    i++;
                } else {
                    cr = true;
                }
            }
        }
        java.util.List<PyObject> seen = new java.util.ArrayList<>(3);
        if (cr) {
            seen.add(Py.str("\r"));
        }
        if (lf) {
            seen.add(Py.str("\n"));
        }
        if (crlf) {
            seen.add(Py.str("\r\n"));
        }
        return seen.isEmpty() ? Py.None : seen.size() == 1 ? seen.get(0)
                : new org.stmj.python.objects.PyTuple(seen.toArray(new PyObject[0]));
    }

    private static String translate(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    PyObject read(ThreadState ts, int n) {
        checkOpen();
        if (console && binary) {
            return consoleBytes(ts, n);
        }
        if (console) {
            StringBuilder sb = new StringBuilder();
            for (String l; !(l = readline(ts)).isEmpty(); ) {
                sb.append(l);
            }
            return Py.str(sb.toString());
        }
        loadAll(ts);
        if (binary) {
            int end = n < 0 ? data.length : (int) Math.min(data.length, (long) pos + n);
            byte[] r = java.util.Arrays.copyOfRange(data, Math.min(pos, data.length), end);
            pos = end;
            return new PyBytes(r, false);
        }
        int len = text.length();
        if (hasCR) {
            StringBuilder sb = new StringBuilder();
            while ((n < 0 || sb.length() < n) && pos < len) {
                char c = text.charAt(pos++);
                if (c == '\r') {
                    if (pos < len && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    c = '\n';
                }
                sb.append(c);
            }
            return Py.str(sb.toString());
        }
        int end = n < 0 ? len : (int) Math.min(len, (long) pos + n);
        String r = text.substring(Math.min(pos, len), end);
        pos = end;
        return Py.str(r);
    }

    private PyBytes readlineBytes(ThreadState ts, int limit) {
        checkOpen();
        loadAll(ts);
        int start = Math.min(pos, data.length), e = start;
        int max = limit < 0 ? data.length : (int) Math.min(data.length, (long) start + limit);
        while (e < max && data[e] != '\n') {
            e++;
        }
        if (e < max) {
            e++;
        }
        pos = e;
        return new PyBytes(java.util.Arrays.copyOfRange(data, start, e), false);
    }

    long seek(ThreadState ts, long off, int whence) {
        checkOpen();
        checkDescriptor();
        if (ch == null || stream) {
            throw unsupported(ts, "underlying stream is not seekable");
        }
        if (whence < 0 || whence > 2) {
            throw Py.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (!binary && whence != 0 && off != 0) {
            throw unsupported(ts, whence == 1 ? "can't do nonzero cur-relative seeks"
                    : "can't do nonzero end-relative seeks");
        }
        if (whence == 0 && off < 0) {
            throw Py.valueError("negative seek position " + off);
        }
        long target = whence == 0 ? off : whence == 1 ? tell(ts) + off : -1;
        flush(ts);
        text = null;
        data = null;
        pos = 0;
        if (whence == 2) {
            target = size(ts) + off;
        }
        if (target < 0) {
            throw new org.stmj.python.objects.PyException(new org.stmj.python.objects.PyBaseException(
                    Exc.OSError, Py.newInt(22), Py.str("Invalid argument")));
        }
        bpos = target;
        return target;
    }

    long truncate(ThreadState ts, PyObject sizeArg) {
        checkWritable(ts);
        long at = tell(ts);
        long size = sizeArg == null || sizeArg == Py.None ? at : Ops.toInt(ts, sizeArg).v;
        if (size < 0) {
            throw Py.raise(Exc.OSError, "[Errno 22] Invalid argument");
        }
        flush(ts);
        text = null;
        data = null;
        pos = 0;
        bpos = at;
        blocking(ts, () -> {
            try {
                if (size < ch.size()) {
                    ch.truncate(size);
                } else if (size > ch.size()) {
                    ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
                }
                return null;
            } catch (IOException e) {
                throw ioFailure(e);
            }
        });
        return size;
    }

    private int readinto(ThreadState ts, PyObject target) {
        if (!binary) {
            throw Py.typeError("readinto() of a text file; open it in binary mode");
        }
        if (target.type().lookup("_stmj_setbytes") != null) {
            // array.array (lib/array.py): filled with the bytes of its machine representation
            int want = (int) Ops.toInt(ts, Ops.callMethod(ts, target, "_stmj_nbytes")).v;
            PyBytes got = (PyBytes) read(ts, want);
            Ops.callMethod(ts, target, "_stmj_setbytes", got);
            return got.size;
        }
        if (!(target instanceof PyBytes) || !((PyBytes) target).mutable) {
            PyObject r = Ops.callMethod(ts, target, "__len__");
            int want = (int) Ops.toInt(ts, r).v;
            PyBytes got = (PyBytes) read(ts, want);
            for (int i = 0; i < got.size; i++) {
                Ops.setitem(ts, target, Py.newInt(i), Py.newInt(got.data[i] & 0xFF));
            }
            return got.size;
        }
        PyBytes t = (PyBytes) target;
        PyBytes got = (PyBytes) read(ts, t.size);
        System.arraycopy(got.data, 0, t.data, 0, got.size);
        return got.size;
    }

    public void close(ThreadState ts) {
        if (closed) {
            return;
        }
        try {
            flush(ts);
        } finally {
            closed = true;
            if (peer != null && !console && binary) {
                fd = peer.fd;
            }
            if (peer != null) {
                // one descriptor: closing the buffer closes its text stream and the other way round
                peer.closed = true;
            }
            if (ch != null) {
                long at = bpos;
                if (closefd) {
                    if (fd >= 0) {
                        org.stmj.python.modules.Modules.releaseFd(fd, ch);
                    }
                    if (!ch.isOpen()) {
                        throw ioFailure(new java.nio.channels.ClosedChannelException());
                    }
                    blocking(ts, () -> {
                        try {
                            ch.close();
                        } catch (IOException e) {
                            throw ioFailure(e);
                        }
                        return null;
                    });
                } else if (text == null && data == null) {
                    try {
                        ch.position(at);
                    } catch (IOException e) {
                        // the descriptor stays as it was
                    }
                }
            }
        }
        try {
            if (!console && ch == null) {
                if (out != null) {
                    out.close();
                }
                if (in != null) {
                    in.close();
                }
            }
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    /** TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through); p in that order. */
    private void reconfigure(ThreadState ts, PyObject[] p) {
        checkOpen();
        if (binary) {
            throw Py.raise(Exc.AttributeError, "'" + type.name + "' object has no attribute 'reconfigure'");
        }
        for (int i = 0; i < 3; i++) {
            if (p[i] != null && p[i] != Py.None && !(p[i] instanceof PyStr)) {
                throw Py.typeError("reconfigure() argument '" + new String[] {"encoding", "errors", "newline"}[i]
                        + "' must be str or None, not " + p[i].type().name);
            }
        }
        String enc = p[0] == null || p[0] == Py.None ? null : ((PyStr) p[0]).value();
        String errs = p[1] == null || p[1] == Py.None ? null : ((PyStr) p[1]).value();
        if ((enc != null || p[2] != null) && (text != null || data != null || decoded)) {
            throw unsupported(ts, "It is not possible to set the encoding or newline of stream after the first read");
        }
        flush(ts);
        if (enc != null || errs != null) {
            // CPython: a new encoding without errors resets them to strict
            String e = errs != null ? errs : enc != null ? "strict" : codec.errors;
            codec = FileCodec.lookup(enc != null ? enc : encodingName(), e);
            if (enc != null) {
                encName = enc;
            }
            errorsName = errs != null || enc != null ? e : errorsName;
        }
        if (p[2] != null) {
            String nl = p[2] == Py.None ? null : ((PyStr) p[2]).value();
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Py.valueError("illegal newline value: " + nl);
            }
            newline = nl;
        }
        if (p[3] != null && p[3] != Py.None) {
            lineBuffered = Ops.truth(ts, p[3]);
        }
        if (p[4] != null && p[4] != Py.None) {
            writeThrough = Ops.truth(ts, p[4]);
        }
    }

    @Override
    public PyObject iter(ThreadState ts) {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (peer != null) {
            sync(ts);
        }
        if (binary && ch != null) {
            PyBytes b = readlineBytes(ts, -1);
            return b.size == 0 ? null : b;
        }
        if (binary && console) {
            checkOpen();
            byte[] b = consoleLine(ts, -1);
            return b.length == 0 ? null : new PyBytes(b, false);
        }
        String l = readline(ts);
        return l.isEmpty() ? null : Py.str(l);
    }

    static void m(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyBuiltin(name, (ts, a, kw) -> {
            if (a.length > 0 && a[0] instanceof PyFile && ((PyFile) a[0]).peer != null) {
                ((PyFile) a[0]).sync(ts);
            }
            return f.call(ts, a, kw);
        }, null, "TextIOWrapper"));
    }

    private static void prop(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new org.stmj.python.objects.PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    /** EBADF when the channel was closed under this open file (os.close of its descriptor). */
    private void checkDescriptor() {
        if (ch != null && !ch.isOpen()) {
            throw ioFailure(new java.nio.channels.ClosedChannelException());
        }
    }

    /** fileno(): the descriptor, taken in the table at the first call for a file opened by name. */
    private int descriptor() {
        if (peer != null && !console && binary) {
            return peer.descriptor();
        }
        if (fd < 0 && ch != null && fsPath != null) {
            fd = org.stmj.python.modules.Modules.registerFd(ch, fsPath);
        }
        if (fd >= 0) {
            return fd;
        }
        return !console ? 3 : name.equals("<stdin>") ? 0 : name.equals("<stderr>") ? 2 : 1;
    }

    /** The TypeError of a method called without its one required argument (a[0] is the file). */
    private static void needArg(PyObject[] a, String name) {
        if (a.length < 2) {
            throw Py.typeError(name + "() takes at least 1 argument (0 given)");
        }
    }

    private static int intArg(ThreadState ts, PyObject[] a, int i, int dflt) {
        return a.length > i && a[i] != Py.None ? (int) Ops.toInt(ts, a[i]).v : dflt;
    }

    private static byte[] bytesArg(ThreadState ts, PyObject x) {
        if (x instanceof PyBytes) {
            return ((PyBytes) x).bytes();
        }
        if (x instanceof org.stmj.python.objects.PyMemoryView) {
            return ((PyBytes) Ops.callMethod(ts, x, "tobytes")).bytes();
        }
        throw Py.typeError("a bytes-like object is required, not '" + x.type().name + "'");
    }

    static {
        prop("closed", (ts, a, kw) -> Py.bool(((PyFile) a[0]).closed));
        // the console's stderr escapes what it cannot encode, as CPython's
        prop("encoding", (ts, a, kw) -> Py.str(((PyFile) a[0]).encodingName()));
        prop("errors", (ts, a, kw) -> Py.str(((PyFile) a[0]).errorsName != null ? ((PyFile) a[0]).errorsName
                : "<stderr>".equals(((PyFile) a[0]).name) ? "backslashreplace" : ((PyFile) a[0]).codec.errors));
        prop("buffer", (ts, a, kw) -> ((PyFile) a[0]).buffer(ts));
        m("detach", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            PyFile b = f.buffer(ts);
            f.checkOpen();
            f.flush(ts);
            f.detached = true;
            return b;
        });
        m("reconfigure", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            if (a.length > 1 + (kw == null ? 0 : kw.length)) {
                throw Py.typeError("reconfigure() takes no positional arguments");
            }
            String[] names = {"encoding", "errors", "newline", "line_buffering", "write_through"};
            for (String k : kw == null ? new String[0] : kw) {
                if (!java.util.Arrays.asList(names).contains(k)) {
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for reconfigure()");
                }
            }
            PyObject[] p = org.stmj.python.objects.Args.parse("reconfigure",
                    java.util.Arrays.copyOfRange(a, 1, a.length), kw, names, 0);
            f.reconfigure(ts, p);
            return Py.None;
        });
        TYPE.dict.putStr("name", new org.stmj.python.objects.PyProperty(new PyBuiltin("name", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            if (f.nameDeleted) {
                throw Py.raise(Exc.AttributeError, "'" + f.type.name + "' object has no attribute 'name'");
            }
            return f.nameObj != null ? f.nameObj : Py.str(f.name);
        }), new PyBuiltin("name", (ts, a, kw) -> {
            ((PyFile) a[0]).nameObj = a[1];
            ((PyFile) a[0]).nameDeleted = false;
            return Py.None;
        }), new PyBuiltin("name", (ts, a, kw) -> {
            // del f.name: a FileIO's repr then shows its descriptor, as CPython's
            PyFile f = (PyFile) a[0];
            if (f.nameDeleted) {
                throw Py.raise(Exc.AttributeError, "name");
            }
            f.nameDeleted = true;
            return Py.None;
        }), Py.None));
        // the binary types for _io.py (io.FileIO, io.BufferedRandom, isinstance checks of the io classes)
        TYPE.dict.putStr("_kinds", new org.stmj.python.objects.PyTuple(BUFFERED_READER, BUFFERED_WRITER,
                BUFFERED_RANDOM, FILE_IO));
        prop("mode", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            return Py.str(f.type == FILE_IO || f.binary && f.rawMode != null ? f.rawMode : f.mode);
        });
        FILE_IO.dict.putStr("__new__", new org.stmj.python.objects.PyStaticMethod(new PyBuiltin("__new__",
                (ts, a, kw) -> {
                    if (a.length == 0 || a[0] != FILE_IO) {
                        throw Py.typeError("FileIO.__new__(X): X is not the type FileIO");
                    }
                    return newFileIO(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
                })));
        prop("closefd", (ts, a, kw) -> Py.bool(((PyFile) a[0]).closefd));
        // the buffer size open() chooses: st_blksize of the descriptor (os.fstat reports 4096)
        prop("_blksize", (ts, a, kw) -> Py.newInt(4096));
        prop("newlines", (ts, a, kw) -> ((PyFile) a[0]).newlinesSeen());
        prop("line_buffering", (ts, a, kw) -> Py.bool(((PyFile) a[0]).lineBuffered));
        prop("write_through", (ts, a, kw) -> Py.bool(((PyFile) a[0]).writeThrough));
        m("write", (ts, a, kw) -> {
            needArg(a, "write");
            PyFile f = (PyFile) a[0];
            if (f.binary) {
                f.checkOpen();
                byte[] b = bytesArg(ts, a[1]);
                if (f.ch != null) {
                    f.checkWritable(ts);
                }
                f.writeBytes(ts, b);
                if (f.writeThrough && (f.ch != null || f.console)) {
                    f.flush(ts);
                }
                return Py.newInt(b.length);
            }
            if (!(a[1] instanceof PyStr)) {
                throw Py.typeError("write() argument must be str, not " + a[1].type().name);
            }
            f.write(ts, ((PyStr) a[1]).value());
            return Py.newInt(((PyStr) a[1]).cpLen());
        });
        m("writelines", (ts, a, kw) -> {
            needArg(a, "writelines");
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            PyObject it = Ops.iter(ts, a[1]);
            for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                if (f.binary) {
                    f.checkOpen();
                    f.writeBytes(ts, bytesArg(ts, x));
                } else if (x instanceof PyStr) {
                    f.write(ts, ((PyStr) x).value());
                } else {
                    throw Py.typeError("write() argument must be str, not " + x.type().name);
                }
            }
            return Py.None;
        });
        m("read", (ts, a, kw) -> ((PyFile) a[0]).read(ts, intArg(ts, a, 1, -1)));
        m("read1", (ts, a, kw) -> ((PyFile) a[0]).read(ts, intArg(ts, a, 1, -1)));
        m("readall", (ts, a, kw) -> ((PyFile) a[0]).read(ts, -1));
        m("readinto", (ts, a, kw) -> {
            needArg(a, "readinto");
            if (a[1] instanceof PyStr) {
                throw Py.typeError("readinto() argument must be read-write bytes-like object, not str");
            }
            return Py.newInt(((PyFile) a[0]).readinto(ts, a[1]));
        });
        m("readline", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            int limit = intArg(ts, a, 1, -1);
            if (f.binary && !f.console) {
                return f.readlineBytes(ts, limit);
            }
            if (f.binary) {
                f.checkOpen();
                return new PyBytes(f.consoleLine(ts, limit), false);
            }
            return Py.str(f.readline(ts, limit));
        });
        m("readlines", (ts, a, kw) -> {
            PyList l = new PyList();
            PyFile f = (PyFile) a[0];
            int hint = intArg(ts, a, 1, -1);
            long total = 0;
            for (PyObject x; (x = f.next(ts)) != null; ) {
                l.append(x);
                total += x instanceof PyStr ? ((PyStr) x).value().length() : ((PyBytes) x).size;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return l;
        });
        m("flush", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            f.flush(ts);
            return Py.None;
        });
        m("close", (ts, a, kw) -> {
            ((PyFile) a[0]).close(ts);
            return Py.None;
        });
        m("__enter__", (ts, a, kw) -> {
            ((PyFile) a[0]).checkOpen();
            return a[0];
        });
        m("__exit__", (ts, a, kw) -> {
            ((PyFile) a[0]).close(ts);
            return Py.None;
        });
        m("__iter__", (ts, a, kw) -> ((PyFile) a[0]).iter(ts));
        // next(f) (csv's reader calls it on the file): a file is its own iterator
        m("__next__", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            PyObject r = f.next(ts);
            if (r == null) {
                throw Py.stopIteration(null);
            }
            return r;
        });
        m("fileno", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            if (f.closed) {
                throw Py.valueError("I/O operation on closed file"); // FileIO's err_closed: no full stop
            }
            return Py.newInt(f.descriptor());
        });
        m("isatty", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            return Py.bool(f.tty);
        });
        m("readable", (ts, a, kw) -> {
            ((PyFile) a[0]).checkOpen();
            return Py.bool(((PyFile) a[0]).readable);
        });
        m("writable", (ts, a, kw) -> {
            ((PyFile) a[0]).checkOpen();
            return Py.bool(((PyFile) a[0]).writable);
        });
        m("seekable", (ts, a, kw) -> {
            ((PyFile) a[0]).checkOpen();
            return Py.bool(((PyFile) a[0]).ch != null && !((PyFile) a[0]).stream);
        });
        m("tell", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            return Py.newInt(f.ch == null ? f.pos : f.tell(ts));
        });
        m("seek", (ts, a, kw) -> {
            needArg(a, "seek");
            PyFile f = (PyFile) a[0];
            if (f.ch == null && !f.closed) {
                f.pos = (int) Ops.toInt(ts, a[1]).v;
                return a[1];
            }
            return Py.newInt(f.seek(ts, Ops.toInt(ts, a[1]).v, intArg(ts, a, 2, 0)));
        });
        m("truncate", (ts, a, kw) -> {
            PyFile f = (PyFile) a[0];
            f.checkOpen();
            if (f.ch == null) {
                throw unsupported(ts, "truncate");
            }
            return Py.newInt(f.truncate(ts, a.length > 1 ? a[1] : null));
        });
    }

    /**
     * {@code _io.FileIO(file, mode='r', closefd=True, opener=None)}: the mode checked as CPython's FileIO checks it
     * (any number of 'b', exactly one of r/w/x/a, at most one '+'), then the file opened as {@code open(file,
     * mode + 'b', buffering=0, ...)} does.
     */
    private static PyObject newFileIO(ThreadState ts, PyObject[] a, String[] kw) {
        PyObject[] p = org.stmj.python.objects.Args.parse("FileIO", a, kw,
                new String[] {"file", "mode", "closefd", "opener"}, 1);
        PyObject file = p[0];
        if (file instanceof org.stmj.python.objects.PyInt && Ops.toInt(ts, file).v < 0) {
            throw Py.valueError("negative file descriptor");
        }
        String mode = "r";
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr)) {
                throw Py.typeError("FileIO() argument 'mode' must be str, not " + p[1].type().name);
            }
            mode = ((PyStr) p[1]).value();
        }
        char kind = 0;
        boolean plus = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxa".indexOf(c) >= 0) {
                if (kind != 0) {
                    throw badFileIOMode();
                }
                kind = c;
            } else if (c == '+') {
                if (plus) {
                    throw badFileIOMode();
                }
                plus = true;
            } else if (c != 'b') {
                throw Py.valueError("invalid mode: " + mode);
            }
        }
        if (kind == 0) {
            throw badFileIOMode();
        }
        PyObject open = ts.interp.builtins.getStr("open");
        PyObject closefd = p[2] == null ? Py.True : p[2];
        PyObject opener = p[3] == null ? Py.None : p[3];
        return Ops.call(ts, open, new PyObject[] {file, Py.str(kind + (plus ? "+b" : "b")), Py.newInt(0), closefd,
                opener}, new String[] {"buffering", "closefd", "opener"});
    }

    private static PyException badFileIOMode() {
        return Py.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
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
