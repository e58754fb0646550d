package org.stmj.python.modules;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.vm.ThreadState;

/**
 * Child processes for {@code subprocess}: {@code os.pipe}, {@code _posixsubprocess.fork_exec} over
 * {@link ProcessBuilder}, {@code os.waitpid}, {@code os.kill} and {@code select.select}. The JVM cannot fork or
 * hand a descriptor to a child, so a pipe is an in-memory byte queue behind two descriptors of the posix table
 * ({@link PipeChannel}s), and a child's standard streams are connected to those queues by copying threads (Java
 * threads that never touch a Python object). Console descriptors 0-2 are inherited; descriptors of files opened
 * with {@code os.open} (/dev/null included) are redirected to the same path. Every step with an effect outside the
 * interpreter (starting a process, waiting, reading a pipe) runs with the GIL released through
 * {@link Modules#io}, so under STM it runs once, outside any transaction. The tables are operating-system state,
 * like {@link PosixModule#FDS}: not reachable from a Python object.
 */
final class ProcessModule {
    private ProcessModule() {
    }

    /** Child processes by pid, until waited for. */
    static final ConcurrentHashMap<Long, Child> CHILDREN = new ConcurrentHashMap<>();
    /** Paths of descriptors opened by os.open (a child gets the same file). */
    static final ConcurrentHashMap<Integer, String> FD_PATHS = new ConcurrentHashMap<>();
    /** os.putenv/unsetenv since start-up (a removed variable maps to null's stand-in, REMOVED). */
    static final ConcurrentHashMap<String, String> ENV_CHANGES = new ConcurrentHashMap<>();
    static final String REMOVED = "\u0000removed";

    /** A started child and the signal it was killed with (0: none). */
    static final class Child {
        final Process process;
        volatile int signal;

        Child(Process process) {
            this.process = process;
        }
    }

    /** An anonymous pipe: a byte queue with counts of open write and read ends. */
    static final class Pipe {
        private byte[] buf = new byte[4096];
        private int head, tail;
        private int writers = 1, readers = 1;

        synchronized void write(ByteBuffer src) throws IOException {
            if (readers == 0) {
                throw new IOException("Broken pipe");
            }
            int n = src.remaining();
            if (tail + n > buf.length) {
                int live = tail - head;
                byte[] nb = live + n > buf.length ? new byte[Math.max(buf.length * 2, live + n)] : buf;
                System.arraycopy(buf, head, nb, 0, live);
                buf = nb;
                head = 0;
                tail = live;
            }
            src.get(buf, tail, n);
            tail += n;
            notifyAll();
        }

        synchronized int read(ByteBuffer dst) throws IOException {
            while (head == tail && writers > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted system call");
                }
            }
            if (head == tail) {
                return -1;
            }
            int n = Math.min(dst.remaining(), tail - head);
            dst.put(buf, head, n);
            head += n;
            return n;
        }

        synchronized boolean readable() {
            return head != tail || writers == 0;
        }

        synchronized void addEnd(boolean reader) {
            if (reader) {
                readers++;
            } else {
                writers++;
            }
        }

        synchronized void closeEnd(boolean reader) {
            if (reader) {
                readers--;
            } else {
                writers--;
            }
            notifyAll();
        }
    }

    /** One end of a {@link Pipe} as a channel of the posix descriptor table. */
    static final class PipeChannel extends FileChannel {
        final Pipe pipe;
        final boolean reader;

        PipeChannel(Pipe pipe, boolean reader) {
            this.pipe = pipe;
            this.reader = reader;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (!reader) {
                throw new IOException("Bad file descriptor");
            }
            return pipe.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return read(dsts[offset]);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (reader) {
                throw new IOException("Bad file descriptor");
            }
            int n = src.remaining();
            pipe.write(src);
            return n;
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long n = 0;
            for (int i = offset; i < offset + length; i++) {
                n += write(srcs[i]);
            }
            return n;
        }

        @Override
        public long position() {
            return 0;
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            throw new IOException("Invalid argument");
        }

        @Override
        public void force(boolean metaData) {
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            throw new IOException("Illegal seek");
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new IOException("No such device");
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            throw new IOException("Invalid argument");
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            throw new IOException("Invalid argument");
        }

        @Override
        protected void implCloseChannel() {
            pipe.closeEnd(reader);
        }
    }

    /** os.pipe(): two new descriptors, the read end first. */
    static PyObject pipe(ThreadState ts) {
        int[] fds = Modules.io(ts, () -> {
            Pipe p = new Pipe();
            int r = PosixModule.NEXT_FD.getAndIncrement(), w = PosixModule.NEXT_FD.getAndIncrement();
            PosixModule.FDS.put(r, new PipeChannel(p, true));
            PosixModule.FDS.put(w, new PipeChannel(p, false));
            return new int[] {r, w};
        });
        return new PyTuple(new PyObject[] {Py.newInt(fds[0]), Py.newInt(fds[1])});
    }

    /** The environment a child gets when fork_exec is given none: the JVM's, with os.putenv's changes. */
    static Map<String, String> currentEnv() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (Map.Entry<String, String> e : ENV_CHANGES.entrySet()) {
            if (e.getValue().equals(REMOVED)) {
                env.remove(e.getKey());
            } else {
                env.put(e.getKey(), e.getValue());
            }
        }
        return env;
    }

    private static String fsString(ThreadState ts, PyObject o) {
        if (o instanceof PyBytes) {
            return new String(PyBytes.fromObject(ts, o), StandardCharsets.UTF_8);
        }
        return Modules.fsPath(ts, o);
    }

    private static int fdArg(ThreadState ts, PyObject o) {
        return (int) Ops.toInt(ts, o).v;
    }

    /** A child's stream connected to descriptor fd: console, a file by path, or a pipe (null: copy by hand). */
    private static ProcessBuilder.Redirect redirect(int fd, boolean input) {
        if (fd < 0 || fd <= 2) {
            return ProcessBuilder.Redirect.INHERIT;
        }
        String path = FD_PATHS.get(fd);
        if (path != null) {
            if (path.equals("/dev/null")) {
                return input ? ProcessBuilder.Redirect.from(new File(path)) : ProcessBuilder.Redirect.DISCARD;
            }
            return input ? ProcessBuilder.Redirect.from(new File(path)) : ProcessBuilder.Redirect.appendTo(
                    new File(path));
        }
        return ProcessBuilder.Redirect.PIPE;
    }

    /** Copies a child's output into a pipe or channel until the child closes it, then closes that end. */
    private static void pumpOut(InputStream from, FileChannel to) {
        if (to instanceof PipeChannel) {
            ((PipeChannel) to).pipe.addEnd(false);
        }
        Thread t = new Thread(() -> {
            byte[] b = new byte[8192];
            try (InputStream in = from) {
                int n;
                while ((n = in.read(b)) > 0) {
                    ByteBuffer bb = ByteBuffer.wrap(b, 0, n);
                    if (to instanceof PipeChannel) {
                        ((PipeChannel) to).pipe.write(bb);
                    } else if (to != null && to.isOpen()) {
                        while (bb.hasRemaining()) {
                            to.write(bb);
                        }
                    }
                }
            } catch (IOException e) {
                // the reader went away: the child sees a closed stream, as with a broken pipe
            } finally {
                if (to instanceof PipeChannel) {
                    ((PipeChannel) to).pipe.closeEnd(false);
                }
            }
        }, "stmj-subprocess-out");
        t.setDaemon(true);
        t.start();
    }

    /** Copies a pipe or channel into a child's standard input until its writers are gone, then closes it. */
    private static void pumpIn(FileChannel from, OutputStream to) {
        Pipe p = from instanceof PipeChannel ? ((PipeChannel) from).pipe : null;
        if (p != null) {
            p.addEnd(true);
        }
        Thread t = new Thread(() -> {
            ByteBuffer bb = ByteBuffer.allocate(8192);
            try (OutputStream out = to) {
                while (true) {
                    bb.clear();
                    int n = p != null ? p.read(bb) : from.read(bb);
                    if (n < 0) {
                        break;
                    }
                    out.write(bb.array(), 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the child exited: what is left is dropped
            } finally {
                if (p != null) {
                    p.closeEnd(true);
                }
            }
        }, "stmj-subprocess-in");
        t.setDaemon(true);
        t.start();
    }

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    /** _posixsubprocess.fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, ...). */
    static PyObject forkExec(ThreadState ts, PyObject[] a) {
        if (a.length < 14) {
            throw Py.typeError("fork_exec() takes at least 14 arguments (" + a.length + " given)");
        }
        List<String> argv = new ArrayList<>();
        for (PyObject o : Ops.toArray(ts, a[0])) {
            argv.add(fsString(ts, o));
        }
        List<String> exes = new ArrayList<>();
        if (a[1] != Py.None) {
            for (PyObject o : Ops.toArray(ts, a[1])) {
                exes.add(fsString(ts, o));
            }
        }
        String cwd = a[4] == Py.None ? null : fsString(ts, a[4]);
        Map<String, String> env = null;
        if (a[5] != Py.None) {
            env = new java.util.HashMap<>();
            for (PyObject o : Ops.toArray(ts, a[5])) {
                String kv = fsString(ts, o);
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        int p2cread = fdArg(ts, a[6]), c2pwrite = fdArg(ts, a[9]), errwrite = fdArg(ts, a[11]);
        int errpipeWrite = fdArg(ts, a[13]);
        Map<String, String> childEnv = env;
        long pid = Modules.io(ts, () -> start(argv, exes, cwd, childEnv, p2cread, c2pwrite, errwrite, errpipeWrite));
        return Py.newInt(pid);
    }

    private static long start(List<String> argv, List<String> exes, String cwd, Map<String, String> env,
            int p2cread, int c2pwrite, int errwrite, int errpipeWrite) {
        FileChannel errpipe = PosixModule.FDS.get(errpipeWrite);
        if (cwd != null && !Files.isDirectory(Path.of(cwd))) {
            return failed(errpipe, Files.exists(Path.of(cwd)) ? 20 : 2, "noexec");
        }
        String exe = null;
        int errno = 2;
        for (String e : exes) {
            Path p = Path.of(e);
            if (Files.isRegularFile(p)) {
                if (Files.isExecutable(p)) {
                    exe = e;
                    break;
                }
                errno = 13;
            } else if (Files.isDirectory(p)) {
                errno = 13;
            }
        }
        if (exe == null) {
            return failed(errpipe, errno, "");
        }
        List<String> cmd = new ArrayList<>(argv.isEmpty() ? List.of(exe) : argv);
        cmd.set(0, exe);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (cwd != null) {
            pb.directory(new File(cwd));
        }
        pb.environment().clear();
        pb.environment().putAll(env != null ? env : currentEnv());
        pb.redirectInput(redirect(p2cread, true));
        pb.redirectOutput(redirect(c2pwrite, false));
        boolean merged = errwrite >= 0 && errwrite == c2pwrite;
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(redirect(errwrite, false));
        }
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
            return failed(errpipe, m.find() ? Integer.parseInt(m.group(1)) : 2, "");
        }
        if (pb.redirectInput() == ProcessBuilder.Redirect.PIPE) {
            pumpIn(PosixModule.FDS.get(p2cread), proc.getOutputStream());
        }
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            pumpOut(proc.getInputStream(), PosixModule.FDS.get(c2pwrite));
        }
        if (!merged && pb.redirectError() == ProcessBuilder.Redirect.PIPE) {
            pumpOut(proc.getErrorStream(), PosixModule.FDS.get(errwrite));
        }
        CHILDREN.put(proc.pid(), new Child(proc));
        return proc.pid();
    }

    /** Reports a failed exec the way the forked child of CPython does: "OSError:<hex errno>:<what>" on errpipe. */
    private static long failed(FileChannel errpipe, int errno, String what) {
        if (errpipe != null) {
            try {
                errpipe.write(ByteBuffer.wrap(("OSError:" + Integer.toHexString(errno) + ":" + what)
                        .getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                // nobody reads it
            }
        }
        Child dead = new Child(null);
        long pid = -PosixModule.NEXT_FD.getAndIncrement();
        CHILDREN.put(pid, dead);
        return pid;
    }

    /** The wait status of an ended child: exit code << 8, or the signal it was killed with. */
    private static long status(Child c) {
        if (c.process == null) {
            return 127 << 8;
        }
        int code = c.process.exitValue();
        if (c.signal != 0 && code == 128 + c.signal || code > 128 && code < 128 + 32 && c.signal != 0) {
            return code - 128;
        }
        return (code & 0xff) << 8;
    }

    /** os.waitpid(pid, options): (pid, status), (0, 0) under WNOHANG while the child runs. */
    static PyObject waitpid(ThreadState ts, PyObject[] a) {
        long pid = Ops.toInt(ts, a[0]).v;
        boolean nohang = a.length > 1 && (Ops.toInt(ts, a[1]).v & 1) != 0;
        Child c = null;
        if (pid == -1 || pid == 0) {
            for (Map.Entry<Long, Child> e : CHILDREN.entrySet()) {
                pid = e.getKey();
                c = e.getValue();
                break;
            }
        } else {
            c = CHILDREN.get(pid);
        }
        if (c == null) {
            throw PosixModule.oserror(10, "No child processes", null);
        }
        Child child = c;
        long thePid = pid;
        long[] r = Modules.io(ts, () -> {
            if (child.process != null) {
                if (nohang && child.process.isAlive()) {
                    return new long[] {0, 0};
                }
                while (true) {
                    try {
                        child.process.waitFor();
                        break;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw PosixModule.oserror(4, "Interrupted system call", null);
                    }
                }
            }
            CHILDREN.remove(thePid);
            return new long[] {thePid, status(child)};
        });
        return new PyTuple(new PyObject[] {Py.newInt(r[0]), Py.newInt(r[1])});
    }

    /**
     * os.kill(pid, sig): for the own process (or pid 0, its group) the signal goes to {@code _signal.raise_signal}
     * (its Python handler or default action); for the interpreter's children a destroy; signal 0, a liveness test, for
     * any process.
     */
    static PyObject kill(ThreadState ts, PyObject[] a) {
        long pid = Ops.toInt(ts, a[0]).v;
        int sig = (int) Ops.toInt(ts, a[1]).v;
        if (pid == ProcessHandle.current().pid() || pid == 0) {
            // the own process (or its group): the signal's Python handler or default action, as CPython's would
            if (sig != 0) {
                PyObject signal = Ops.call(ts, ts.interp.builtins.getStr("__import__"), Py.str("_signal"));
                Ops.call(ts, Ops.getattr(ts, signal, "raise_signal"), Py.newInt(sig));
            }
            return Py.None;
        }
        Child c = CHILDREN.get(pid);
        if (c == null || c.process == null) {
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                throw PosixModule.oserror(3, "No such process", null);
            }
            if (sig == 0) {
                return Py.None;
            }
            throw PosixModule.oserror(1, "Operation not permitted", null);
        }
        if (sig != 0 && c.process.isAlive()) {
            c.signal = sig;
            if (sig == 9) {
                c.process.destroyForcibly();
            } else {
                c.process.destroy();
            }
        }
        return Py.None;
    }

    /** Whether a descriptor (or object with fileno()) is ready: pipes by content, anything else always. */
    private static boolean ready(FileChannel c, boolean forRead) {
        return !(c instanceof PipeChannel) || !forRead || ((PipeChannel) c).pipe.readable();
    }

    private static FileChannel[] channels(ThreadState ts, PyObject[] objs) {
        FileChannel[] r = new FileChannel[objs.length];
        for (int i = 0; i < objs.length; i++) {
            PyObject o = objs[i];
            PyObject fd = o instanceof PyInt ? o : Ops.callMethod(ts, o, "fileno");
            int n = (int) Ops.toInt(ts, fd).v;
            if (n < 0) {
                throw Py.valueError("file descriptor cannot be a negative integer (" + n + ")");
            }
            r[i] = PosixModule.FDS.get(n);
        }
        return r;
    }

    /** select.select(rlist, wlist, xlist[, timeout]): polls pipes every millisecond, GIL released. */
    static PyObject select(ThreadState ts, PyObject[] a) {
        if (a.length < 3) {
            throw Py.typeError("select expected at least 3 arguments, got " + a.length);
        }
        PyObject[] rl = Ops.toArray(ts, a[0]), wl = Ops.toArray(ts, a[1]), xl = Ops.toArray(ts, a[2]);
        double timeout = -1;
        if (a.length > 3 && a[3] != Py.None) {
            timeout = Ops.toDouble(ts, a[3]);
            if (timeout < 0) {
                throw Py.valueError("timeout must be non-negative");
            }
        }
        FileChannel[] rc = channels(ts, rl), wc = channels(ts, wl);
        channels(ts, xl);
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        boolean[][] got = Modules.io(ts, () -> {
            while (true) {
                boolean[] r = new boolean[rc.length], w = new boolean[wc.length];
                boolean any = false;
                for (int i = 0; i < rc.length; i++) {
                    r[i] = ready(rc[i], true);
                    any |= r[i];
                }
                for (int i = 0; i < wc.length; i++) {
                    w[i] = ready(wc[i], false);
                    any |= w[i];
                }
                if (any || System.nanoTime() >= deadline) {
                    return new boolean[][] {r, w};
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new boolean[][] {r, w};
                }
            }
        });
        return new PyTuple(new PyObject[] {pick(rl, got[0]), pick(wl, got[1]), new PyList()});
    }

    private static PyList pick(PyObject[] objs, boolean[] ok) {
        PyList l = new PyList();
        for (int i = 0; i < objs.length; i++) {
            if (ok[i]) {
                l.append(objs[i]);
            }
        }
        return l;
    }

    /** Adds pipe, waitpid, kill, putenv and unsetenv to the posix module's dictionary. */
    static void install(PyDict d) {
        Modules.fn(d, "pipe", (ts, a, kw) -> pipe(ts));
        Modules.fn(d, "waitpid", (ts, a, kw) -> waitpid(ts, a));
        Modules.fn(d, "kill", (ts, a, kw) -> kill(ts, a));
        Modules.fn(d, "putenv", (ts, a, kw) -> {
            ENV_CHANGES.put(fsString(ts, a[0]), fsString(ts, a[1]));
            return Py.None;
        });
        Modules.fn(d, "unsetenv", (ts, a, kw) -> {
            ENV_CHANGES.put(fsString(ts, a[0]), REMOVED);
            return Py.None;
        });
    }

    static PyModule makePosixsubprocess() {
        PyDict d = new PyDict();
        Modules.fn(d, "fork_exec", (ts, a, kw) -> forkExec(ts, a));
        return new PyModule("_posixsubprocess", d);
    }

    static PyModule makeSelect() {
        PyDict d = new PyDict();
        Modules.fn(d, "select", (ts, a, kw) -> select(ts, a));
        d.putStr("error", org.stmj.python.objects.Exc.OSError);
        String[] names = {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL"};
        for (int i = 0; i < names.length; i++) {
            d.putStr(names[i], Py.newInt(1 << i));
        }
        d.putStr("PIPE_BUF", Py.newInt(4096));
        return new PyModule("select", d);
    }
}
