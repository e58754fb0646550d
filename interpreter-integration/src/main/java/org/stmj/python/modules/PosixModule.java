package org.stmj.python.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/**
 * {@code posix}: the operating-system interface that CPython's {@code os.py} is written against, over
 * {@code java.nio.file}. File descriptors 0-2 are the console; descriptors from {@code open} index a JVM-wide
 * table of {@link FileChannel}s (operating-system state, like a kernel's file table: not reachable from any
 * Python object). Every call that touches the file system runs with the GIL released (a {@code @GilReleased}
 * point through {@code Gil.blocking}). The process cannot change its working directory in Java: {@code chdir}
 * raises OSError.
 */
final class PosixModule {
    private PosixModule() {
    }

    /** Open file descriptors (OS state, not Python state). */
    static final ConcurrentHashMap<Integer, FileChannel> FDS = new ConcurrentHashMap<>();
    static final AtomicInteger NEXT_FD = new AtomicInteger(3);

    static final PyType STAT_RESULT = Modules.structSeqType("os.stat_result", "st_mode", "st_ino", "st_dev", "st_nlink",
            "st_uid", "st_gid", "st_size", "_st_atime_i", "_st_mtime_i", "_st_ctime_i", "st_atime", "st_mtime",
            "st_ctime",
            "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev");
    static final PyType TERMINAL_SIZE = Modules.structSeqType("os.terminal_size", "columns", "lines");
    static final PyType STATVFS_RESULT = Modules.structSeqType("os.statvfs_result", "f_bsize", "f_frsize",
            "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax");
    static final PyType UNAME = Modules.structSeqType("posix.uname_result", "sysname", "nodename", "release", "version",
            "machine");
    static final PyType TIMES = Modules.structSeqType("posix.times_result", "user", "system", "children_user",
            "children_system", "elapsed");
    static final PyType DIR_ENTRY = new PyType("DirEntry", Builtins.OBJECT, false, null);

    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_NOCTTY = 0x100,
            O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800, O_DSYNC = 0x1000, O_DIRECTORY = 0x10000,
            O_NOFOLLOW = 0x20000, O_CLOEXEC = 0x80000, O_SYNC = 0x101000, O_TMPFILE = 0x410000;

    static {
        // items 7-9 are the int times (st[stat.ST_MTIME]); st_atime etc. are the float attributes, as in CPython
        STAT_RESULT.dict.putStr("n_sequence_fields", Py.newInt(10));
        DIR_ENTRY.dict.putStr("__module__", Py.str("posix"));
        PyType.genericAlias(DIR_ENTRY);
    }

    /** An OSError of the subclass CPython picks for errno, with errno, strerror and filename. */
    static PyException oserror(int errno, String msg, String filename) {
        PyType t;
        switch (errno) {
            case 2: t = Exc.FileNotFoundError; break;
            case 17: t = Exc.FileExistsError; break;
            case 13: case 1: t = Exc.PermissionError; break;
            case 21: t = Exc.IsADirectoryError; break;
            case 20: t = Exc.NotADirectoryError; break;
            case 11: t = Exc.BlockingIOError; break;
            case 4: t = Exc.InterruptedError; break;
            case 32: t = Exc.BrokenPipeError; break;
            case 3: t = Exc.ProcessLookupError; break;
            case 10: t = Exc.ChildProcessError; break;
            default: t = Exc.OSError;
        }
        PyBaseException e = filename == null ? new PyBaseException(t, Py.newInt(errno), Py.str(msg))
                : Exc.osError(t, Py.newInt(errno), Py.str(msg), Py.str(filename));
        return new PyException(e);
    }

    /** ioError for a call of two paths (rename, link): CPython names both, "'src' -> 'dst'". */
    static PyException ioError2(IOException e, String path, String path2) {
        PyBaseException x = ioError(e, path).exc;
        x.attrs().putStr("filename2", Py.str(path2));
        return new PyException(x);
    }

    static PyException ioError(IOException e, String path) {
        if (e instanceof NoSuchFileException) {
            return oserror(2, "No such file or directory", path);
        }
        if (e instanceof FileAlreadyExistsException) {
            return oserror(17, "File exists", path);
        }
        if (e instanceof AccessDeniedException) {
            return oserror(13, "Permission denied", path);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return oserror(39, "Directory not empty", path);
        }
        if (e instanceof NotDirectoryException) {
            return oserror(20, "Not a directory", path);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Is a directory")) {
            return oserror(21, "Is a directory", path);
        }
        if (m.contains("Not a directory")) {
            return oserror(20, "Not a directory", path);
        }
        return oserror(5, "Input/output error", path);
    }

    /** A path argument: str, bytes or an os.PathLike. */
    static String path(ThreadState ts, PyObject p) {
        // a NUL cannot be in a path the system is given: CPython's ValueError, not the JVM's InvalidPathException
        if (p instanceof PyStr) {
            String s = ((PyStr) p).value();
            if (s.indexOf('\0') >= 0) {
                throw Py.valueError("embedded null byte");
            }
            return s;
        }
        if (p instanceof PyBytes) {
            String s = new String(((PyBytes) p).bytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (s.indexOf('\0') >= 0) {
                throw Py.valueError("embedded null byte");
            }
            return s;
        }
        PyObject f = Ops.getattrOrNull(ts, p, "__fspath__");
        if (f != null) {
            return path(ts, Ops.call(ts, f));
        }
        throw Py.typeError("expected str, bytes or os.PathLike object, not " + p.type().name);
    }

    static boolean follow(ThreadState ts, PyObject[] p, int idx) {
        return p.length <= idx || p[idx] == null || Ops.truth(ts, p[idx]);
    }

    static PyObject stat(ThreadState ts, String p, boolean follow) {
        return Modules.io(ts, () -> {
            try {
                LinkOption[] lo = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
                java.util.Map<String, Object> a = Files.readAttributes(Path.of(p), "unix:*", lo);
                return statResult(a);
            } catch (IOException e) {
                throw ioError(e, p);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                throw oserror(95, "Operation not supported", p);
            }
        });
    }

    static PyObject statResult(java.util.Map<String, Object> a) {
        long mode = ((Number) a.get("mode")).longValue();
        long ino = ((Number) a.get("ino")).longValue();
        long dev = ((Number) a.get("dev")).longValue();
        long nlink = ((Number) a.get("nlink")).longValue();
        long uid = ((Number) a.get("uid")).longValue();
        long gid = ((Number) a.get("gid")).longValue();
        long size = ((Number) a.get("size")).longValue();
        long rdev = ((Number) a.get("rdev")).longValue();
        long at = nanos((FileTime) a.get("lastAccessTime")), mt = nanos((FileTime) a.get("lastModifiedTime")),
                ct = nanos((FileTime) a.get("ctime"));
        return Modules.structSeq(STAT_RESULT, Py.newInt(mode), Py.newInt(ino), Py.newInt(dev), Py.newInt(nlink),
                Py.newInt(uid), Py.newInt(gid), Py.newInt(size), Py.newInt(Math.floorDiv(at, 1_000_000_000L)),
                Py.newInt(Math.floorDiv(mt, 1_000_000_000L)), Py.newInt(Math.floorDiv(ct, 1_000_000_000L)),
                Py.newFloat(at / 1e9), Py.newFloat(mt / 1e9), Py.newFloat(ct / 1e9), Py.newInt(at), Py.newInt(mt),
                Py.newInt(ct), Py.newInt(4096), Py.newInt((size + 511) / 512), Py.newInt(rdev));
    }

    static long nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** The stat_result of a console or a table descriptor. */
    static FileChannel channel(int fd) {
        FileChannel c = FDS.get(fd);
        if (c == null) {
            throw oserror(9, "Bad file descriptor", null);
        }
        return c;
    }

    static final class DirEntry extends PyObject {
        final PyObject name, path;
        final String fsPath;

        DirEntry(PyObject name, PyObject path, String fsPath) {
            this.name = name;
            this.path = path;
            this.fsPath = fsPath;
        }

        @Override
        public PyType type() {
            return DIR_ENTRY;
        }

        @Override
        public String repr(ThreadState ts) {
            return "<DirEntry " + Ops.repr(ts, name) + ">";
        }
    }

    static final class ScandirIterator extends PyObject {
        static final PyType TYPE = new PyType("ScandirIterator", Builtins.OBJECT, false, null);
        final PyObject[] entries;
        int pos;

        ScandirIterator(PyObject[] entries) {
            this.entries = entries;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter(ThreadState ts) {
            return this;
        }

        @Override
        public PyObject next(ThreadState ts) {
            return pos < entries.length ? entries[pos++] : null;
        }
    }

    static void prop(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static {
        prop(DIR_ENTRY, "name", (ts, a, kw) -> ((DirEntry) a[0]).name);
        prop(DIR_ENTRY, "path", (ts, a, kw) -> ((DirEntry) a[0]).path);
        m(DIR_ENTRY, "is_dir", (ts, a, kw) -> {
            DirEntry e = (DirEntry) a[0];
            PyObject[] p = Args.parse("is_dir", a, kw, new String[] {"self", "follow_symlinks"}, 1);
            return Py.bool(follow(ts, p, 1) ? Files.isDirectory(Path.of(e.fsPath))
                    : Files.isDirectory(Path.of(e.fsPath), LinkOption.NOFOLLOW_LINKS));
        });
        m(DIR_ENTRY, "is_file", (ts, a, kw) -> {
            DirEntry e = (DirEntry) a[0];
            PyObject[] p = Args.parse("is_file", a, kw, new String[] {"self", "follow_symlinks"}, 1);
            return Py.bool(follow(ts, p, 1) ? Files.isRegularFile(Path.of(e.fsPath))
                    : Files.isRegularFile(Path.of(e.fsPath), LinkOption.NOFOLLOW_LINKS));
        });
        m(DIR_ENTRY, "is_symlink", (ts, a, kw) -> Py.bool(Files.isSymbolicLink(Path.of(((DirEntry) a[0]).fsPath))));
        m(DIR_ENTRY, "stat", (ts, a, kw) -> {
            PyObject[] p = Args.parse("stat", a, kw, new String[] {"self", "follow_symlinks"}, 1);
            return stat(ts, ((DirEntry) a[0]).fsPath, follow(ts, p, 1));
        });
        m(DIR_ENTRY, "inode", (ts, a, kw) -> ((PyTuple) stat(ts, ((DirEntry) a[0]).fsPath, false)).items[1]);
        m(DIR_ENTRY, "__fspath__", (ts, a, kw) -> ((DirEntry) a[0]).path);
        m(ScandirIterator.TYPE, "__enter__", (ts, a, kw) -> a[0]);
        m(ScandirIterator.TYPE, "__exit__", (ts, a, kw) -> Py.None);
        m(ScandirIterator.TYPE, "close", (ts, a, kw) -> Py.None);
        // an iterator as CPython's is: next(it) works on it, not only for-loops (os.walk calls next(scandir_it))
        m(ScandirIterator.TYPE, "__iter__", (ts, a, kw) -> a[0]);
        m(ScandirIterator.TYPE, "__next__", (ts, a, kw) -> {
            PyObject r = ((ScandirIterator) a[0]).next(ts);
            if (r == null) {
                throw Py.stopIteration(null);
            }
            return r;
        });
    }

    /** os.chown: the owner and group of p[0] set to p[1] and p[2] (-1 keeps one), through the unix view. */
    static PyObject chown(ThreadState ts, PyObject[] p, boolean follow) {
        String s = path(ts, p[0]);
        long uid = Ops.toInt(ts, p[1]).v;
        long gid = Ops.toInt(ts, p[2]).v;
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            if (uid != -1) {
                Files.setAttribute(Path.of(s), "unix:uid", (int) uid, opts);
            }
            if (gid != -1) {
                Files.setAttribute(Path.of(s), "unix:gid", (int) gid, opts);
            }
        } catch (IOException e) {
            throw ioError(e, s);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw oserror(1, "Operation not permitted", s);
        }
        return Py.None;
    }

    static int openFlags(ThreadState ts, String p, long flags, long mode) {
        java.util.HashSet<OpenOption> o = new java.util.HashSet<>();
        int acc = (int) (flags & 3);
        if (acc == O_RDONLY || acc == O_RDWR) {
            o.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            o.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_APPEND) != 0) {
            o.add(StandardOpenOption.APPEND);
        }
        if ((flags & O_CREAT) != 0) {
            o.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            o.add(StandardOpenOption.SYNC);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            o.add(LinkOption.NOFOLLOW_LINKS);
        }
        return Modules.io(ts, () -> {
            try {
                Path pp = Path.of(p);
                if (Files.isDirectory(pp) && o.contains(StandardOpenOption.WRITE)) {
                    throw oserror(21, "Is a directory", p);
                }
                boolean existed = Files.exists(pp);
                FileChannel c = FileChannel.open(pp, o);
                if (!existed && (flags & O_CREAT) != 0) {
                    try {
                        Files.setPosixFilePermissions(pp, perms(mode & ~0022));
                    } catch (IOException | UnsupportedOperationException e) {
                        // permissions are best effort
                    }
                }
                int fd = NEXT_FD.getAndIncrement();
                FDS.put(fd, c);
                ProcessModule.FD_PATHS.put(fd, pp.toAbsolutePath().toString());
                return fd;
            } catch (IOException e) {
                throw ioError(e, p);
            }
        });
    }

    static java.util.Set<PosixFilePermission> perms(long mode) {
        java.util.Set<PosixFilePermission> s = java.util.EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1L << i)) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /**
     * PEP 538's locale coercion, as CPython 3.11 does at start-up: when the environment selects the C (or POSIX)
     * locale for LC_CTYPE (no LC_ALL; LC_CTYPE, else LANG, unset, empty, C or POSIX) and PYTHONCOERCECLOCALE is not
     * 0, the process's environment gets LC_CTYPE=C.UTF-8 (so locale.setlocale(LC_ALL, '') and child processes see
     * it); null when nothing is coerced.
     */
    static String coercedCtype(java.util.Map<String, String> env) {
        if ("0".equals(env.get("PYTHONCOERCECLOCALE")) || !env.getOrDefault("LC_ALL", "").isEmpty()) {
            return null;
        }
        String ctype = env.getOrDefault("LC_CTYPE", "");
        if (ctype.isEmpty()) {
            ctype = env.getOrDefault("LANG", "");
        }
        return ctype.isEmpty() || ctype.equals("C") || ctype.equals("POSIX") ? "C.UTF-8" : null;
    }

    static PyModule make(Interpreter in, ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("posix", d);
        PyDict benv = new PyDict();
        for (java.util.Map.Entry<String, String> e : System.getenv().entrySet()) {
            benv.setitem(ts0, new PyBytes(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8), false),
                    new PyBytes(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
        }
        String coerced = coercedCtype(System.getenv());
        if (coerced != null) {
            benv.setitem(ts0, new PyBytes("LC_CTYPE".getBytes(java.nio.charset.StandardCharsets.UTF_8), false),
                    new PyBytes(coerced.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
        }
        d.putStr("environ", benv);
        d.putStr("error", Exc.OSError);
        d.putStr("stat_result", STAT_RESULT);
        d.putStr("terminal_size", TERMINAL_SIZE);
        d.putStr("DirEntry", DIR_ENTRY);
        d.putStr("_have_functions", new PyList());
        Object[] consts = {"F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1, "O_RDONLY", O_RDONLY, "O_WRONLY", O_WRONLY,
            "O_RDWR", O_RDWR, "O_CREAT", O_CREAT, "O_EXCL", O_EXCL, "O_NOCTTY", O_NOCTTY, "O_TRUNC", O_TRUNC,
            "O_APPEND", O_APPEND, "O_NONBLOCK", O_NONBLOCK, "O_NDELAY", O_NONBLOCK, "O_DSYNC", O_DSYNC,
            "O_DIRECTORY", O_DIRECTORY, "O_NOFOLLOW", O_NOFOLLOW, "O_CLOEXEC", O_CLOEXEC, "O_SYNC", O_SYNC,
            "O_ACCMODE", 3, "SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2, "EX_OK", 0, "WNOHANG", 1,
            "P_WAIT", 0, "P_NOWAIT", 1, "P_NOWAITO", 1, "NGROUPS_MAX", 65536, "TMP_MAX", 238328};
        for (int i = 0; i < consts.length; i += 2) {
            d.putStr((String) consts[i], Py.newInt((Integer) consts[i + 1]));
        }

        Modules.fn(d, "stat", (ts, a, kw) -> {
            PyObject[] p = Args.parse("stat", a, kw, new String[] {"path", "dir_fd", "follow_symlinks"}, 1);
            if (p[0] instanceof PyInt) {
                return fstat(ts, (int) ((PyInt) p[0]).v);
            }
            return stat(ts, path(ts, p[0]), follow(ts, p, 2));
        });
        Modules.fn(d, "lstat", (ts, a, kw) -> {
            PyObject[] p = Args.parse("lstat", a, kw, new String[] {"path", "dir_fd"}, 1);
            return stat(ts, path(ts, p[0]), false);
        });
        Modules.fn(d, "fstat", (ts, a, kw) -> fstat(ts, (int) Ops.toInt(ts, a[0]).v));
        d.putStr("statvfs_result", STATVFS_RESULT);
        d.putStr("ST_RDONLY", Py.newInt(1));
        d.putStr("ST_NOSUID", Py.newInt(2));
        // statvfs(path): the file system's sizes from its java.nio FileStore (blocks of getBlockSize(); the inode
        // counts are not available on the JVM and read 0); shutil.disk_usage is defined on top of it
        Modules.fn(d, "statvfs", (ts, a, kw) -> {
            PyObject[] p = Args.parse("statvfs", a, kw, new String[] {"path"}, 1);
            String path = path(ts, p[0]);
            return Modules.io(ts, () -> {
                try {
                    java.nio.file.FileStore fs = java.nio.file.Files.getFileStore(Path.of(path));
                    long bs = fs.getBlockSize();
                    return Modules.structSeq(STATVFS_RESULT, Py.newInt(bs), Py.newInt(bs),
                            Py.newInt(fs.getTotalSpace() / bs), Py.newInt(fs.getUnallocatedSpace() / bs),
                            Py.newInt(fs.getUsableSpace() / bs), Py.newInt(0), Py.newInt(0), Py.newInt(0),
                            Py.newInt(fs.isReadOnly() ? 1 : 0), Py.newInt(255));
                } catch (IOException e) {
                    throw ioError(e, path);
                } catch (UnsupportedOperationException e) {
                    throw oserror(95, "Operation not supported", path);
                }
            });
        });
        Modules.fn(d, "getcwd", (ts, a, kw) -> Py.str(Path.of("").toAbsolutePath().toString()));
        Modules.fn(d, "getcwdb",
                (ts, a, kw) -> new PyBytes(
                Path.of("").toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
        Modules.fn(d, "chdir", (ts, a, kw) -> {
            String p = path(ts, a[0]);
            if (!Files.isDirectory(Path.of(p))) {
                throw oserror(Files.exists(Path.of(p)) ? 20 : 2, Files.exists(Path.of(p)) ? "Not a directory"
                        : "No such file or directory", p);
            }
            if (Path.of(p).toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath())) {
                return Py.None;
            }
            throw oserror(38, "Function not implemented (the JVM cannot change its working directory)", p);
        });
        Modules.fn(d, "listdir", (ts, a, kw) -> {
            PyObject arg = a.length > 0 ? a[0] : Py.str(".");
            boolean bytes = arg instanceof PyBytes;
            String p = arg == Py.None ? "." : path(ts, arg);
            return Modules.io(ts, () -> {
                PyList l = new PyList();
                try (java.util.stream.Stream<Path> s = Files.list(Path.of(p))) {
                    s.map(x -> x.getFileName().toString()).forEach(x -> l.append(bytes
                            ? new PyBytes(x.getBytes(java.nio.charset.StandardCharsets.UTF_8), false) : Py.str(x)));
                } catch (IOException e) {
                    throw ioError(e, p);
                }
                return l;
            });
        });
        Modules.fn(d, "scandir", (ts, a, kw) -> {
            PyObject arg = a.length > 0 && a[0] != Py.None ? a[0] : Py.str(".");
            String p = path(ts, arg);
            boolean bytes = arg instanceof PyBytes;
            return Modules.io(ts, () -> {
                java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
                try (java.util.stream.Stream<Path> s = Files.list(Path.of(p))) {
                    s.forEach(x -> {
                        String name = x.getFileName().toString();
                        String full = p.equals(".") && !(arg instanceof PyStr && ((PyStr) arg).value().equals("."))
                                ? name
                                : (p.endsWith("/") ? p + name : p + "/" + name);
                        PyObject pn = bytes ? new PyBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                                : Py.str(name);
                        PyObject pf = bytes ? new PyBytes(full.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)
                                : Py.str(full);
                        out.add(new DirEntry(pn, pf, x.toString()));
                    });
                } catch (IOException e) {
                    throw ioError(e, p);
                }
                return new ScandirIterator(out.toArray(new PyObject[0]));
            });
        });
        Modules.fn(d, "mkdir", (ts, a, kw) -> {
            PyObject[] p = Args.parse("mkdir", a, kw, new String[] {"path", "mode", "dir_fd"}, 1);
            String s = path(ts, p[0]);
            return Modules.io(ts, () -> {
                try {
                    Files.createDirectory(Path.of(s));
                } catch (IOException e) {
                    throw ioError(e, s);
                }
                return Py.None;
            });
        });
        Modules.fn(d, "rmdir", (ts, a, kw) -> {
            String s = path(ts, a[0]);
            return Modules.io(ts, () -> {
                try {
                    if (!Files.isDirectory(Path.of(s), LinkOption.NOFOLLOW_LINKS)) {
                        throw Files.exists(Path.of(s)) ? oserror(20, "Not a directory", s)
                                : oserror(2, "No such file or directory", s);
                    }
                    Files.delete(Path.of(s));
                } catch (IOException e) {
                    throw ioError(e, s);
                }
                return Py.None;
            });
        });
        PyBuiltin.Native unlink = (ts, a, kw) -> {
            String s = path(ts, a[0]);
            return Modules.io(ts, () -> {
                try {
                    if (Files.isDirectory(Path.of(s), LinkOption.NOFOLLOW_LINKS)) {
                        throw oserror(21, "Is a directory", s);
                    }
                    Files.delete(Path.of(s));
                } catch (IOException e) {
                    throw ioError(e, s);
                }
                return Py.None;
            });
        };
        Modules.fn(d, "unlink", unlink);
        Modules.fn(d, "remove", unlink);
        PyBuiltin.Native rename = (ts, a, kw) -> {
            String s = path(ts, a[0]), t = path(ts, a[1]);
            return Modules.io(ts, () -> {
                try {
                    Files.move(Path.of(s), Path.of(t), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw ioError2(e, s, t);
                }
                return Py.None;
            });
        };
        Modules.fn(d, "rename", rename);
        Modules.fn(d, "replace", rename);
        Modules.fn(d, "access", (ts, a, kw) -> {
            PyObject[] p = Args.parse("access", a, kw,
                    new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2);
            Path pp = Path.of(path(ts, p[0]));
            long m = Ops.toInt(ts, p[1]).v;
            boolean ok = Files.exists(pp);
            if (ok && (m & 4) != 0) {
                ok = Files.isReadable(pp);
            }
            if (ok && (m & 2) != 0) {
                ok = Files.isWritable(pp);
            }
            if (ok && (m & 1) != 0) {
                ok = Files.isExecutable(pp);
            }
            return Py.bool(ok);
        });
        Modules.fn(d, "chmod", (ts, a, kw) -> {
            PyObject[] p = Args.parse("chmod", a, kw, new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2);
            String s = path(ts, p[0]);
            try {
                Files.setPosixFilePermissions(Path.of(s), perms(Ops.toInt(ts, p[1]).v));
            } catch (IOException e) {
                throw ioError(e, s);
            }
            return Py.None;
        });
        Modules.fn(d, "chown", (ts, a, kw) -> {
            PyObject[] p = Args.parse("chown", a, kw, new String[] {"path", "uid", "gid", "dir_fd", "follow_symlinks"},
                    3);
            return chown(ts, p, follow(ts, p, 4));
        });
        Modules.fn(d, "lchown", (ts, a, kw) ->
                chown(ts, Args.parse("lchown", a, kw, new String[] {"path", "uid", "gid"}, 3), false));
        Modules.fn(d, "utime", (ts, a, kw) -> {
            PyObject[] p = Args.parse("utime", a, kw, new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"},
                    1);
            String s = path(ts, p[0]);
            long mt;
            if (p[1] != null && p[1] != Py.None) {
                mt = (long) (Ops.toDouble(ts, Ops.toArray(ts, p[1])[1]) * 1e9);
            } else if (p[2] != null) {
                mt = Ops.toInt(ts, Ops.toArray(ts, p[2])[1]).v;
            } else {
                mt = System.currentTimeMillis() * 1_000_000L;
            }
            try {
                Files.setLastModifiedTime(Path.of(s), FileTime.from(java.time.Instant.ofEpochSecond(0, mt)));
            } catch (IOException e) {
                throw ioError(e, s);
            }
            return Py.None;
        });
        Modules.fn(d, "readlink", (ts, a, kw) -> {
            String s = path(ts, a[0]);
            try {
                return Py.str(Files.readSymbolicLink(Path.of(s)).toString());
            } catch (java.nio.file.NotLinkException e) {
                throw oserror(22, "Invalid argument", s);
            } catch (IOException e) {
                throw ioError(e, s);
            }
        });
        Modules.fn(d, "symlink", (ts, a, kw) -> {
            String s = path(ts, a[0]), t = path(ts, a[1]);
            try {
                Files.createSymbolicLink(Path.of(t), Path.of(s));
            } catch (IOException e) {
                throw ioError(e, t);
            }
            return Py.None;
        });
        Modules.fn(d, "link", (ts, a, kw) -> {
            String s = path(ts, a[0]), t = path(ts, a[1]);
            try {
                Files.createLink(Path.of(t), Path.of(s));
            } catch (IOException e) {
                throw ioError(e, t);
            }
            return Py.None;
        });
        Modules.fn(d, "truncate", (ts, a, kw) -> {
            String s = path(ts, a[0]);
            try (FileChannel c = FileChannel.open(Path.of(s), StandardOpenOption.WRITE)) {
                c.truncate(Ops.toInt(ts, a[1]).v);
            } catch (IOException e) {
                throw ioError(e, s);
            }
            return Py.None;
        });
        Modules.fn(d, "open", (ts, a, kw) -> {
            PyObject[] p = Args.parse("open", a, kw, new String[] {"path", "flags", "mode", "dir_fd"}, 2);
            return Py.newInt(openFlags(ts, path(ts, p[0]), Ops.toInt(ts, p[1]).v, p[2] == null ? 0777
                    : Ops.toInt(ts, p[2]).v));
        });
        Modules.fn(d, "close", (ts, a, kw) -> {
            int fd = (int) Ops.toInt(ts, a[0]).v;
            if (fd <= 2) {
                return Py.None;
            }
            FileChannel c = FDS.remove(fd);
            if (c == null) {
                throw oserror(9, "Bad file descriptor", null);
            }
            ProcessModule.FD_PATHS.remove(fd);
            try {
                c.close();
            } catch (IOException e) {
                throw ioError(e, null);
            }
            return Py.None;
        });
        Modules.fn(d, "closerange", (ts, a, kw) -> {
            long lo = Ops.toInt(ts, a[0]).v, hi = Ops.toInt(ts, a[1]).v;
            for (Integer fd : FDS.keySet()) {
                if (fd >= lo && fd < hi) {
                    FileChannel c = FDS.remove(fd);
                    try {
                        if (c != null) {
                            c.close();
                        }
                    } catch (IOException e) {
                        // ignored, as CPython does
                    }
                }
            }
            return Py.None;
        });
        Modules.fn(d, "read", (ts, a, kw) -> {
            int fd = (int) Ops.toInt(ts, a[0]).v;
            int n = (int) Ops.toInt(ts, a[1]).v;
            if (fd == 0) {
                String line = in.stdin.readline(ts);
                return new PyBytes(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
            }
            FileChannel c = channel(fd);
            return Modules.io(ts, () -> {
                ByteBuffer b = ByteBuffer.allocate(Math.max(0, n));
                try {
                    int r = c.read(b);
                    return new PyBytes(java.util.Arrays.copyOf(b.array(), Math.max(0, r)), false);
                } catch (IOException e) {
                    throw ioError(e, null);
                }
            });
        });
        Modules.fn(d, "write", (ts, a, kw) -> {
            int fd = (int) Ops.toInt(ts, a[0]).v;
            byte[] data = PyBytes.fromObject(ts, a[1]);
            if (fd == 1 || fd == 2) {
                (fd == 1 ? in.stdout : in.stderr).write(ts, new String(data, java.nio.charset.StandardCharsets.UTF_8));
                return Py.newInt(data.length);
            }
            FileChannel c = channel(fd);
            return Modules.io(ts, () -> {
                try {
                    return Py.newInt(c.write(ByteBuffer.wrap(data)));
                } catch (IOException e) {
                    throw ioError(e, null);
                }
            });
        });
        Modules.fn(d, "lseek", (ts, a, kw) -> {
            FileChannel c = channel((int) Ops.toInt(ts, a[0]).v);
            if (c instanceof ProcessModule.PipeChannel) {
                throw oserror(29, "Illegal seek", null);
            }
            long off = Ops.toInt(ts, a[1]).v;
            int how = (int) Ops.toInt(ts, a[2]).v;
            try {
                long np = how == 0 ? off : how == 1 ? c.position() + off : c.size() + off;
                c.position(np);
                return Py.newInt(np);
            } catch (IOException e) {
                throw ioError(e, null);
            }
        });
        Modules.fn(d, "ftruncate", (ts, a, kw) -> {
            try {
                channel((int) Ops.toInt(ts, a[0]).v).truncate(Ops.toInt(ts, a[1]).v);
            } catch (IOException e) {
                throw ioError(e, null);
            }
            return Py.None;
        });
        Modules.fn(d, "fsync", (ts, a, kw) -> {
            int fd = (int) Ops.toInt(ts, a[0] instanceof PyInt ? a[0] : Ops.callMethod(ts, a[0], "fileno")).v;
            if (fd > 2) {
                try {
                    channel(fd).force(true);
                } catch (IOException e) {
                    throw ioError(e, null);
                }
            }
            return Py.None;
        });
        Modules.fn(d, "isatty", (ts, a, kw) -> {
            long fd = Ops.toInt(ts, a[0]).v;
            return Py.bool(fd == 0 ? in.stdin.isTty() : fd == 1 ? in.stdout.isTty() : fd == 2 && in.stderr.isTty());
        });
        Modules.fn(d, "get_inheritable", (ts, a, kw) -> Py.False);
        Modules.fn(d, "set_inheritable", (ts, a, kw) -> Py.None);
        Modules.fn(d, "get_blocking", (ts, a, kw) -> Py.True);
        Modules.fn(d, "set_blocking", (ts, a, kw) -> Py.None);
        Modules.fn(d, "device_encoding", (ts, a, kw) -> Py.None);
        Modules.fn(d, "getpid", (ts, a, kw) -> Py.newInt(ProcessHandle.current().pid()));
        Modules.fn(d, "getppid",
                (ts, a, kw) -> Py.newInt(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        // real and effective ids from the kernel's view of this process (they do not change while it runs: the
        // JVM has no setuid)
        long[] uids = ids("Uid:");
        long[] gids = ids("Gid:");
        Modules.fn(d, "getuid", (ts, a, kw) -> Py.newInt(uids[0]));
        Modules.fn(d, "geteuid", (ts, a, kw) -> Py.newInt(uids.length > 1 ? uids[1] : uids[0]));
        Modules.fn(d, "getgid", (ts, a, kw) -> Py.newInt(gids[0]));
        Modules.fn(d, "getegid", (ts, a, kw) -> Py.newInt(gids.length > 1 ? gids[1] : gids[0]));
        Modules.fn(d, "getgroups", (ts, a, kw) -> {
            PyList l = new PyList();
            for (long g : ids("Groups:")) {
                l.append(Py.newInt(g));
            }
            return l;
        });
        Modules.fn(d, "getlogin", (ts, a, kw) -> Py.str(System.getProperty("user.name")));
        Modules.fn(d, "uname", (ts, a, kw) -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            return Modules.structSeq(UNAME, Py.str("Linux"), Py.str(host), Py.str(System.getProperty("os.version")),
                    Py.str("#1"), Py.str(System.getProperty("os.arch").equals("amd64") ? "x86_64"
                    : System.getProperty("os.arch")));
        });
        Modules.fn(d, "times", (ts, a, kw) -> {
            // times(2)'s four CPU times in clock ticks (1/100 s), as /proc/self/stat keeps them (fields 14-17)
            String[] f = ResourceModule.statFields(Modules.io(ts, () -> ResourceModule.readText("/proc/self/stat")));
            PyObject[] t = new PyObject[5];
            for (int i = 0; i < 4; i++) {
                t[i] = Py.newFloat(ResourceModule.field(f, 14 + i) / 100.0);
            }
            t[4] = Py.newFloat(System.nanoTime() / 1e9);
            return Modules.structSeq(TIMES, t);
        });
        Modules.fn(d, "urandom", (ts, a, kw) -> {
            long size = Ops.toInt(ts, a[0]).v;
            if (size < 0) {
                throw Py.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) size];
            new java.security.SecureRandom().nextBytes(b);
            return new PyBytes(b, false);
        });
        Modules.fn(d, "strerror", (ts, a, kw) -> Py.str(strerror((int) Ops.toInt(ts, a[0]).v)));
        Modules.fn(d, "umask", (ts, a, kw) -> Py.newInt(0022));
        Modules.fn(d, "cpu_count", (ts, a, kw) -> Py.newInt(Runtime.getRuntime().availableProcessors()));
        Modules.fn(d, "get_terminal_size",
                (ts, a, kw) -> Modules.structSeq(TERMINAL_SIZE, Py.newInt(80), Py.newInt(24)));
        Modules.fn(d, "putenv", (ts, a, kw) -> Py.None);
        Modules.fn(d, "unsetenv", (ts, a, kw) -> Py.None);
        Modules.fn(d, "_exit", (ts, a, kw) -> {
            in.stdout.flush(ts);
            in.stderr.flush(ts);
            Runtime.getRuntime().halt((int) Ops.toInt(ts, a[0]).v);
            return Py.None;
        });
        Modules.fn(d, "kill", (ts, a, kw) -> {
            throw oserror(1, "Operation not permitted", null);
        });
        Modules.fn(d, "waitpid", (ts, a, kw) -> {
            throw oserror(10, "No child processes", null);
        });
        Modules.fn(d, "WIFEXITED", (ts, a, kw) -> Py.bool((Ops.toInt(ts, a[0]).v & 0x7f) == 0));
        Modules.fn(d, "WEXITSTATUS", (ts, a, kw) -> Py.newInt((Ops.toInt(ts, a[0]).v >> 8) & 0xff));
        Modules.fn(d, "WIFSIGNALED", (ts, a, kw) -> Py.bool(((Ops.toInt(ts, a[0]).v & 0x7f) + 1) >> 1 > 0));
        Modules.fn(d, "WIFSTOPPED", (ts, a, kw) -> Py.bool((Ops.toInt(ts, a[0]).v & 0xff) == 0x7f));
        Modules.fn(d, "WSTOPSIG", (ts, a, kw) -> Py.newInt((Ops.toInt(ts, a[0]).v >> 8) & 0xff));
        Modules.fn(d, "WIFCONTINUED", (ts, a, kw) -> Py.bool(Ops.toInt(ts, a[0]).v == 0xffff));
        Modules.fn(d, "WCOREDUMP", (ts, a, kw) -> Py.bool((Ops.toInt(ts, a[0]).v & 0x80) != 0));
        Modules.fn(d, "WTERMSIG", (ts, a, kw) -> Py.newInt(Ops.toInt(ts, a[0]).v & 0x7f));
        Modules.fn(d, "waitstatus_to_exitcode", (ts, a, kw) -> {
            long st = Ops.toInt(ts, a[0]).v;
            return Py.newInt((st & 0x7f) != 0 ? -(st & 0x7f) : st >> 8);
        });
        Modules.fn(d, "fspath", (ts, a, kw) -> {
            PyObject p = a[0];
            if (p instanceof PyStr || p instanceof PyBytes) {
                return p;
            }
            PyObject f = Ops.getattrOrNull(ts, p.type(), "__fspath__");
            if (f == null) {
                throw Py.typeError("expected str, bytes or os.PathLike object, not " + p.type().name);
            }
            PyObject r = Ops.call(ts, f, p);
            if (!(r instanceof PyStr || r instanceof PyBytes)) {
                throw Py.typeError("expected " + p.type().name + ".__fspath__() to return str or bytes, not "
                        + r.type().name);
            }
            return r;
        });
        Modules.fn(d, "sysconf", (ts, a, kw) -> {
            String n = Ops.str(ts, a[0]);
            if (n.equals("SC_PAGE_SIZE") || n.equals("SC_PAGESIZE")) {
                return Py.newInt(4096);
            }
            if (n.equals("SC_NPROCESSORS_ONLN") || n.equals("SC_NPROCESSORS_CONF")) {
                return Py.newInt(Runtime.getRuntime().availableProcessors());
            }
            if (n.equals("SC_OPEN_MAX")) {
                return Py.newInt(1024);
            }
            throw Py.valueError("unrecognized configuration name");
        });
        d.putStr("sysconf_names", new PyDict());
        Modules.fn(d, "register_at_fork", (ts, a, kw) -> Py.None);
        ProcessModule.install(d);
        return mod;
    }

    static PyObject fstat(ThreadState ts, int fd) {
        if (fd <= 2) {
            java.util.HashMap<String, Object> m = new java.util.HashMap<>();
            FileTime now = FileTime.fromMillis(System.currentTimeMillis());
            m.put("mode", 0020620);
            m.put("ino", 0L);
            m.put("dev", 0L);
            m.put("nlink", 1);
            m.put("uid", 0);
            m.put("gid", 0);
            m.put("size", 0L);
            m.put("rdev", 0L);
            m.put("lastAccessTime", now);
            m.put("lastModifiedTime", now);
            m.put("ctime", now);
            return statResult(m);
        }
        FileChannel c = channel(fd);
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        long size;
        try {
            size = c.size();
        } catch (IOException e) {
            throw ioError(e, null);
        }
        m.put("mode", 0100644);
        m.put("ino", (long) fd);
        m.put("dev", 0L);
        m.put("nlink", 1);
        m.put("uid", 0);
        m.put("gid", 0);
        m.put("size", size);
        m.put("rdev", 0L);
        m.put("lastAccessTime", now);
        m.put("lastModifiedTime", now);
        m.put("ctime", now);
        return statResult(m);
    }

    /** The numbers of a line of /proc/self/status ("Uid:", "Gid:", "Groups:"); {0} if it cannot be read. */
    static long[] ids(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    String rest = line.substring(key.length()).trim();
                    if (rest.isEmpty()) {
                        return new long[0];
                    }
                    String[] w = rest.split("\\s+");
                    long[] r = new long[w.length];
                    for (int i = 0; i < w.length; i++) {
                        r[i] = Long.parseLong(w[i]);
                    }
                    return r;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: the file owner's uid below
        }
        return key.equals("Groups:") ? new long[0] : new long[] {uid()};
    }

    static long uid() {
        try {
            Object u = Files.getAttribute(Path.of(System.getProperty("user.home")), "unix:uid");
            return ((Number) u).longValue();
        } catch (Exception e) {
            return 0;
        }
    }

    static String strerror(int errno) {
        switch (errno) {
            case 0: return "Success";
            case 1: return "Operation not permitted";
            case 2: return "No such file or directory";
            case 3: return "No such process";
            case 4: return "Interrupted system call";
            case 5: return "Input/output error";
            case 9: return "Bad file descriptor";
            case 10: return "No child processes";
            case 11: return "Resource temporarily unavailable";
            case 12: return "Cannot allocate memory";
            case 13: return "Permission denied";
            case 17: return "File exists";
            case 20: return "Not a directory";
            case 21: return "Is a directory";
            case 22: return "Invalid argument";
            case 28: return "No space left on device";
            case 29: return "Illegal seek";
            case 32: return "Broken pipe";
            case 39: return "Directory not empty";
            default: return "Unknown error " + errno;
        }
    }

}
