package org.stmj.python.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/** os and os.path basics. */
final class OsModule {
    private OsModule() {
    }

    static PyException notFound(String p) {
        return new PyException(new PyBaseException(Exc.FileNotFoundError, Py.newInt(2), Py.str("No such file or directory"), Py.str(p)));
    }

    static PyModule make(Interpreter in) {
        PyDict d = new PyDict();
        Modules.fn(d, "cpu_count", (ts, a, kw) -> Py.newInt(Runtime.getRuntime().availableProcessors()));
        PyDict env = new PyDict();
        for (java.util.Map.Entry<String, String> e : System.getenv().entrySet()) env.putStr(e.getKey(), Py.str(e.getValue()));
        d.putStr("environ", env);
        d.putStr("sep", Py.str("/"));
        d.putStr("linesep", Py.str("\n"));
        d.putStr("name", Py.str("posix"));
        d.putStr("curdir", Py.str("."));
        Modules.fn(d, "getcwd", (ts, a, kw) -> Py.str(Path.of("").toAbsolutePath().toString()));
        Modules.fn(d, "getpid", (ts, a, kw) -> Py.newInt(ProcessHandle.current().pid()));
        Modules.fn(d, "getenv", (ts, a, kw) -> {
            PyObject v = env.get(ts, a[0]);
            return v != null ? v : a.length > 1 ? a[1] : Py.None;
        });
        Modules.fn(d, "listdir", (ts, a, kw) -> {
            String p = a.length > 0 ? Ops.str(ts, a[0]) : ".";
            PyList l = new PyList();
            try (java.util.stream.Stream<Path> s = Files.list(Path.of(p))) {
                s.map(x -> x.getFileName().toString()).sorted().forEach(x -> l.append(Py.str(x)));
            } catch (java.io.IOException e) {
                throw notFound(p);
            }
            return l;
        });
        Modules.fn(d, "remove", (ts, a, kw) -> {
            String p = Ops.str(ts, a[0]);
            try {
                Files.delete(Path.of(p));
            } catch (java.io.IOException e) {
                throw notFound(p);
            }
            return Py.None;
        });
        d.putStr("unlink", d.getStr("remove"));
        Modules.fn(d, "mkdir", (ts, a, kw) -> {
            try {
                Files.createDirectory(Path.of(Ops.str(ts, a[0])));
            } catch (java.io.IOException e) {
                throw Py.raise(Exc.FileExistsError, "[Errno 17] File exists: '" + Ops.str(ts, a[0]) + "'");
            }
            return Py.None;
        });
        Modules.fn(d, "makedirs", (ts, a, kw) -> {
            try {
                Files.createDirectories(Path.of(Ops.str(ts, a[0])));
            } catch (java.io.IOException e) {
                throw Py.raise(Exc.OSError, e.getMessage());
            }
            return Py.None;
        });
        Modules.fn(d, "urandom", (ts, a, kw) -> {
            byte[] b = new byte[(int) Ops.toInt(ts, a[0]).v];
            new java.security.SecureRandom().nextBytes(b);
            return new PyBytes(b, false);
        });
        d.putStr("path", makePath());
        return new PyModule("os", d);
    }

    static PyModule makePath() {
        PyDict d = new PyDict();
        d.putStr("sep", Py.str("/"));
        Modules.fn(d, "join", (ts, a, kw) -> {
            String r = Ops.str(ts, a[0]);
            for (int i = 1; i < a.length; i++) {
                String p = Ops.str(ts, a[i]);
                if (p.startsWith("/")) r = p;
                else if (r.isEmpty() || r.endsWith("/")) r = r + p;
                else r = r + "/" + p;
            }
            return Py.str(r);
        });
        Modules.fn(d, "exists", (ts, a, kw) -> Py.bool(Files.exists(Path.of(Ops.str(ts, a[0])))));
        Modules.fn(d, "isfile", (ts, a, kw) -> Py.bool(Files.isRegularFile(Path.of(Ops.str(ts, a[0])))));
        Modules.fn(d, "isdir", (ts, a, kw) -> Py.bool(Files.isDirectory(Path.of(Ops.str(ts, a[0])))));
        Modules.fn(d, "isabs", (ts, a, kw) -> Py.bool(Ops.str(ts, a[0]).startsWith("/")));
        Modules.fn(d, "abspath", (ts, a, kw) -> Py.str(Path.of(Ops.str(ts, a[0])).toAbsolutePath().normalize().toString()));
        Modules.fn(d, "basename", (ts, a, kw) -> {
            String p = Ops.str(ts, a[0]);
            return Py.str(p.substring(p.lastIndexOf('/') + 1));
        });
        Modules.fn(d, "dirname", (ts, a, kw) -> {
            String p = Ops.str(ts, a[0]);
            int i = p.lastIndexOf('/');
            return Py.str(i < 0 ? "" : i == 0 ? "/" : p.substring(0, i));
        });
        Modules.fn(d, "split", (ts, a, kw) -> {
            String p = Ops.str(ts, a[0]);
            int i = p.lastIndexOf('/');
            return new PyTuple(Py.str(i < 0 ? "" : i == 0 ? "/" : p.substring(0, i)), Py.str(p.substring(i + 1)));
        });
        Modules.fn(d, "splitext", (ts, a, kw) -> {
            String p = Ops.str(ts, a[0]);
            int slash = p.lastIndexOf('/');
            int dot = p.lastIndexOf('.');
            if (dot <= slash + 1 || dot < 0) return new PyTuple(Py.str(p), Py.str(""));
            return new PyTuple(Py.str(p.substring(0, dot)), Py.str(p.substring(dot)));
        });
        Modules.fn(d, "getsize", (ts, a, kw) -> {
            try {
                return Py.newInt(Files.size(Path.of(Ops.str(ts, a[0]))));
            } catch (java.io.IOException e) {
                throw notFound(Ops.str(ts, a[0]));
            }
        });
        return new PyModule("os.path", d);
    }

    static ThreadState unused() {
        return null;
    }
}
