package org.stmj.python.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code pwd} and {@code grp}: the user and group account databases, read from {@code /etc/passwd} and
 * {@code /etc/group} (the "files" source of the C library's name service; the JVM offers no call to the others,
 * such as LDAP). Each call reads the file again, as each C call consults the database again. Records are
 * CPython's structseq types {@code pwd.struct_passwd} and {@code grp.struct_group}; lookups that find nothing and
 * arguments of the wrong type raise CPython's KeyError and TypeError texts.
 */
final class AccountsModule {
    private AccountsModule() {
    }

    static final PyType STRUCT_PASSWD = Modules.structSeqType("pwd.struct_passwd", "pw_name", "pw_passwd",
            "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");
    static final PyType STRUCT_GROUP = Modules.structSeqType("grp.struct_group", "gr_name", "gr_passwd", "gr_gid",
            "gr_mem");

    /**
     * The records of a colon-separated database file with at least {@code fields} fields, in file order: fields 2
     * (and 3 when {@code ids} is 2) numeric ids; other lines are skipped as the C library skips them.
     */
    private static List<String[]> read(ThreadState ts, String file, int fields, int ids) {
        List<String> lines = Modules.io(ts, () -> {
            try {
                return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                return List.<String>of();
            }
        });
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) {
                continue;
            }
            String[] f = line.split(":", -1);
            if (f.length >= fields && isId(f[2]) && (ids < 2 || isId(f[3]))) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean isId(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(s) <= 0xFFFFFFFFL;
    }

    /** A numeric id field as the records hold it: 2**32 - 1 is -1, as CPython's _PyLong_FromUid gives it. */
    private static long asId(String s) {
        long v = Long.parseLong(s);
        return v == 0xFFFFFFFFL ? -1 : v;
    }

    private static PyObject passwd(String[] f) {
        return Modules.structSeq(STRUCT_PASSWD, Py.str(f[0]), Py.str(f[1]), Py.newInt(asId(f[2])),
                Py.newInt(asId(f[3])), Py.str(f[4]), Py.str(f[5]), Py.str(f[6]));
    }

    private static PyObject group(String[] f) {
        PyList mem = new PyList();
        for (String m : f[3].split(",")) {
            if (!m.isEmpty()) {
                mem.append(Py.str(m));
            }
        }
        return Modules.structSeq(STRUCT_GROUP, Py.str(f[0]), Py.str(f[1]), Py.newInt(asId(f[2])), mem);
    }

    /**
     * A uid or gid argument as CPython's converters take it: an int (or an object with {@code __index__}), else
     * TypeError "uid should be integer, not str"; for a value no id can have (below -1 or past 32 bits) null
     * (pwd reports it as not found) or OverflowError (grp). The id 2**32 - 1 is (uid_t) -1 and is returned as -1.
     */
    private static Long id(ThreadState ts, PyObject a, String what) {
        if (!(a instanceof PyInt) && !(a.type().heap && a.type().slots[PyType.S_INDEX] != null)) {
            throw Py.typeError(what + " should be integer, not " + a.type().name);
        }
        PyInt v = Ops.toInt(ts, a);
        if (v.big != null || v.v < -1 || v.v > 0xFFFFFFFFL) {
            if (what.equals("uid")) {
                return null;
            }
            // grp lets the converter's OverflowError through, with its texts (CPython 3.11's _Py_Gid_Converter
            // calls every value of a C long outside the ids "less than minimum")
            throw Py.raise(Exc.OverflowError, "gid is " + (v.big != null && v.big.signum() > 0 ? "greater than maximum"
                    : "less than minimum"));
        }
        // (uid_t) -1, which CPython's messages print as -1
        return v.v == 0xFFFFFFFFL ? -1L : v.v;
    }

    /** A name argument; {@code what} is how CPython's message names it ("getgrnam() argument 'name'"). */
    private static String name(ThreadState ts, PyObject a, String what) {
        if (!(a instanceof PyStr)) {
            throw Py.typeError(what + " must be str, not " + a.type().name);
        }
        String s = ((PyStr) a).value();
        if (s.indexOf('\0') >= 0) {
            throw Py.valueError("embedded null byte");
        }
        return s;
    }

    private static PyException notFound(String text) {
        return Py.raise(Exc.KeyError, text);
    }

    static PyModule makePwd() {
        PyDict d = new PyDict();
        d.putStr("struct_passwd", STRUCT_PASSWD);
        Modules.fn(d, "getpwuid", 1, 1, (ts, a, kw) -> {
            Long uid = id(ts, a[0], "uid");
            for (String[] f : uid == null ? List.<String[]>of() : read(ts, "/etc/passwd", 7, 2)) {
                if (asId(f[2]) == uid) {
                    return passwd(f);
                }
            }
            throw notFound(uid == null ? "getpwuid(): uid not found" : "getpwuid(): uid not found: " + uid);
        });
        Modules.fn(d, "getpwnam", 1, 1, (ts, a, kw) -> {
            String n = name(ts, a[0], "getpwnam() argument");
            for (String[] f : read(ts, "/etc/passwd", 7, 2)) {
                if (f[0].equals(n)) {
                    return passwd(f);
                }
            }
            throw notFound("getpwnam(): name not found: " + Ops.repr(ts, a[0]));
        });
        Modules.fn(d, "getpwall", 0, 0, (ts, a, kw) -> {
            PyList l = new PyList();
            for (String[] f : read(ts, "/etc/passwd", 7, 2)) {
                l.append(passwd(f));
            }
            return l;
        });
        return new PyModule("pwd", d);
    }

    static PyModule makeGrp() {
        PyDict d = new PyDict();
        d.putStr("struct_group", STRUCT_GROUP);
        Modules.fn(d, "getgrgid", 1, 1, (ts, a, kw) -> {
            Long gid = id(ts, a[0], "gid");
            for (String[] f : gid == null ? List.<String[]>of() : read(ts, "/etc/group", 4, 1)) {
                if (asId(f[2]) == gid) {
                    return group(f);
                }
            }
            throw notFound(gid == null ? "getgrgid(): gid not found" : "getgrgid(): gid not found: " + gid);
        });
        Modules.fn(d, "getgrnam", 1, 1, (ts, a, kw) -> {
            String n = name(ts, a[0], "getgrnam() argument 'name'");
            for (String[] f : read(ts, "/etc/group", 4, 1)) {
                if (f[0].equals(n)) {
                    return group(f);
                }
            }
            throw notFound("getgrnam(): name not found: " + Ops.repr(ts, a[0]));
        });
        Modules.fn(d, "getgrall", 0, 0, (ts, a, kw) -> {
            PyList l = new PyList();
            for (String[] f : read(ts, "/etc/group", 4, 1)) {
                l.append(group(f));
            }
            return l;
        });
        return new PyModule("grp", d);
    }
}
