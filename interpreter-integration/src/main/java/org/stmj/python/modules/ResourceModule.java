package org.stmj.python.modules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code resource} on Linux: resource usage and limits of this process, read from {@code /proc} (the JVM has no
 * call to {@code getrusage} or {@code getrlimit}).
 *
 * <ul>
 *   <li>{@code getrusage(RUSAGE_SELF)}: user time is the process's CPU time (the JVM's nanosecond clock of the
 *       process) less its system time, which {@code /proc/self/stat} gives in clock ticks (1/100 s), so the sum of
 *       the two is exact; page faults from the same line, the peak resident size from {@code VmHWM}, context
 *       switches summed over the process's threads, blocks from {@code /proc/self/io} (512-byte units).</li>
 *   <li>{@code RUSAGE_CHILDREN}: the reaped children's times and faults from {@code /proc/self/stat} in clock
 *       ticks; their peak resident size is not kept by Linux anywhere this process can read, so it is 0.</li>
 *   <li>{@code RUSAGE_THREAD}: the calling thread's user and CPU time in nanoseconds (the JVM's thread clocks);
 *       faults and switches from {@code /proc/thread-self}.</li>
 *   <li>{@code getrlimit}/{@code prlimit} read {@code /proc/PID/limits}; {@code setrlimit} and {@code prlimit} with
 *       new limits run util-linux's {@code prlimit} command on this process, with CPython's errors for limits that
 *       may not be set.</li>
 * </ul>
 */
final class ResourceModule {
    private ResourceModule() {
    }

    static final PyType STRUCT_RUSAGE = Modules.structSeqType("resource.struct_rusage", "ru_utime", "ru_stime",
            "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock",
            "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    /** The RLIMIT_ constants of Linux in their numeric order, with the row names of /proc/PID/limits. */
    private static final String[][] LIMITS = {
        {"RLIMIT_CPU", "Max cpu time", "cpu"}, {"RLIMIT_FSIZE", "Max file size", "fsize"},
        {"RLIMIT_DATA", "Max data size", "data"}, {"RLIMIT_STACK", "Max stack size", "stack"},
        {"RLIMIT_CORE", "Max core file size", "core"}, {"RLIMIT_RSS", "Max resident set", "rss"},
        {"RLIMIT_NPROC", "Max processes", "nproc"}, {"RLIMIT_NOFILE", "Max open files", "nofile"},
        {"RLIMIT_MEMLOCK", "Max locked memory", "memlock"}, {"RLIMIT_AS", "Max address space", "as"},
        {null, "Max file locks", "locks"}, {"RLIMIT_SIGPENDING", "Max pending signals", "sigpending"},
        {"RLIMIT_MSGQUEUE", "Max msgqueue size", "msgqueue"}, {"RLIMIT_NICE", "Max nice priority", "nice"},
        {"RLIMIT_RTPRIO", "Max realtime priority", "rtprio"}, {"RLIMIT_RTTIME", "Max realtime timeout", "rttime"},
    };

    private static final int RUSAGE_SELF = 0;
    private static final int RUSAGE_CHILDREN = -1;
    private static final int RUSAGE_THREAD = 1;
    private static final double TICK = 100.0;

    static String readText(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            return "";
        }
    }

    /** Fields of a /proc stat line after the command name: index 0 is field 3 of proc(5) (the state). */
    static String[] statFields(String text) {
        int close = text.lastIndexOf(')');
        return close < 0 ? new String[0] : text.substring(close + 1).trim().split("\\s+");
    }

    static long field(String[] f, int procField) {
        int i = procField - 3;
        try {
            return i < f.length ? Long.parseLong(f[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The number after {@code key} in a "key: value" text of /proc, or 0. */
    private static long keyed(String text, String key) {
        int i = text.indexOf(key);
        if (i < 0) {
            return 0;
        }
        int j = i + key.length();
        while (j < text.length() && !Character.isDigit(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        int k = j;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > j ? Long.parseLong(text.substring(j, k)) : 0;
    }

    /** The 16 values of a struct_rusage for {@code who}, read with the GIL released. */
    private static double[] usage(int who) {
        double[] r = new double[16];
        String stat = readText(who == RUSAGE_THREAD ? "/proc/thread-self/stat" : "/proc/self/stat");
        String[] f = statFields(stat);
        String status = readText("/proc/self/status");
        if (who == RUSAGE_CHILDREN) {
            r[0] = field(f, 16) / TICK;
            r[1] = field(f, 17) / TICK;
            r[6] = field(f, 11);
            r[7] = field(f, 13);
            return r;
        }
        if (who == RUSAGE_THREAD) {
            ThreadMXBean tm = ManagementFactory.getThreadMXBean();
            long cpu = tm.getCurrentThreadCpuTime();
            long user = tm.getCurrentThreadUserTime();
            r[0] = user / 1e9;
            r[1] = Math.max(0, cpu - user) / 1e9;
            String ts = readText("/proc/thread-self/status");
            r[14] = keyed(ts, "\nvoluntary_ctxt_switches:");
            r[15] = keyed(ts, "\nnonvoluntary_ctxt_switches:");
        } else {
            double sys = field(f, 15) / TICK;
            double total = processCpu();
            r[0] = total < 0 ? field(f, 14) / TICK : Math.max(0, total - sys);
            r[1] = sys;
            String io = readText("/proc/self/io");
            r[9] = keyed(io, "read_bytes:") / 512;
            r[10] = keyed("\n" + io, "\nwrite_bytes:") / 512;
            long vol = 0;
            long invol = 0;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path t : tasks) {
                    String s = readText(t.resolve("status").toString());
                    vol += keyed(s, "\nvoluntary_ctxt_switches:");
                    invol += keyed(s, "\nnonvoluntary_ctxt_switches:");
                }
            } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
                vol = keyed(status, "\nvoluntary_ctxt_switches:");
                invol = keyed(status, "\nnonvoluntary_ctxt_switches:");
            }
            r[14] = vol;
            r[15] = invol;
        }
        r[2] = keyed(status, "\nVmHWM:");
        r[6] = field(f, 10);
        r[7] = field(f, 12);
        return r;
    }

    /** The process's CPU time in seconds from the JVM's process clock, or -1 where the platform has none. */
    private static double processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long ns = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            return ns < 0 ? -1 : ns / 1e9;
        }
        return -1;
    }

    private static int resourceArg(ThreadState ts, PyObject a) {
        PyInt v = Ops.toInt(ts, a);
        if (v.big != null || v.v < 0 || v.v >= LIMITS.length) {
            throw Py.valueError("invalid resource specified");
        }
        return (int) v.v;
    }

    /** The soft and hard limit of {@code res} of process {@code pid} ("self" for this one), -1 for unlimited. */
    private static long[] limits(ThreadState ts, String pid, int res) {
        String text = Modules.io(ts, () -> readText("/proc/" + pid + "/limits"));
        if (text.isEmpty() && !pid.equals("self")) {
            throw PosixModule.oserror(3, "No such process", null);
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(LIMITS[res][1] + " ")) {
                String[] w = line.substring(LIMITS[res][1].length()).trim().split("\\s+");
                return new long[] {limitValue(w[0]), limitValue(w.length > 1 ? w[1] : w[0])};
            }
        }
        throw PosixModule.oserror(22, "Invalid argument", null);
    }

    private static long limitValue(String s) {
        return s.equals("unlimited") ? -1 : Long.parseLong(s);
    }

    private static PyTuple pair(long[] l) {
        return new PyTuple(new PyObject[] {Py.newInt(l[0]), Py.newInt(l[1])});
    }

    /** Parses (soft, hard) as CPython's setrlimit does, checks it, and sets it on {@code pid} by prlimit(1). */
    private static void setLimits(ThreadState ts, long pid, int res, PyObject limits, long[] old) {
        List<PyObject> items = new ArrayList<>();
        PyObject it = Ops.iter(ts, limits);
        for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) {
            items.add(x);
        }
        if (items.size() != 2) {
            throw Py.valueError("expected a tuple of 2 integers");
        }
        long soft = rlim(ts, items.get(0));
        long hard = rlim(ts, items.get(1));
        if (hard != -1 && (soft == -1 || Long.compareUnsigned(soft, hard) > 0)) {
            throw Py.valueError("current limit exceeds maximum limit");
        }
        if (soft == old[0] && hard == old[1]) {
            return;
        }
        String spec = "--" + LIMITS[res][2] + "=" + (soft == -1 ? "unlimited" : Long.toUnsignedString(soft)) + ":"
                + (hard == -1 ? "unlimited" : Long.toUnsignedString(hard));
        String err = Modules.io(ts, () -> {
            try {
                Process p = new ProcessBuilder("prlimit", "--pid", Long.toString(pid), spec)
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return p.waitFor() == 0 ? null : out;
            } catch (IOException e) {
                return "ENOSYS";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "EINTR";
            }
        });
        if (err == null) {
            return;
        }
        if (err.contains("Operation not permitted")) {
            throw Py.valueError("not allowed to raise maximum limit");
        }
        if (err.contains("Invalid argument")) {
            throw Py.valueError("current limit exceeds maximum limit");
        }
        if (err.contains("No such process")) {
            throw PosixModule.oserror(3, "No such process", null);
        }
        throw PosixModule.oserror(38, "Function not implemented", null);
    }

    private static long rlim(ThreadState ts, PyObject o) {
        PyInt v = Ops.toInt(ts, o);
        if (v.big != null) {
            throw Py.raise(Exc.OverflowError, "Python int too large to convert to C long");
        }
        return v.v < 0 ? -1 : v.v;
    }

    static PyModule make() {
        PyDict d = new PyDict();
        d.putStr("struct_rusage", STRUCT_RUSAGE);
        d.putStr("error", Exc.OSError);
        d.putStr("RLIM_INFINITY", Py.newInt(-1));
        d.putStr("RUSAGE_SELF", Py.newInt(RUSAGE_SELF));
        d.putStr("RUSAGE_CHILDREN", Py.newInt(RUSAGE_CHILDREN));
        d.putStr("RUSAGE_THREAD", Py.newInt(RUSAGE_THREAD));
        for (int i = 0; i < LIMITS.length; i++) {
            if (LIMITS[i][0] != null) {
                d.putStr(LIMITS[i][0], Py.newInt(i));
            }
        }
        d.putStr("RLIMIT_OFILE", Py.newInt(7));
        Modules.fn(d, "getrusage", 1, 1, (ts, a, kw) -> {
            PyInt w = Ops.toInt(ts, a[0]);
            int who = w.big != null ? 2 : (int) Math.max(-2, Math.min(2, w.v));
            if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) {
                throw Py.valueError("invalid who parameter");
            }
            // the thread's clocks are read on this thread, before the GIL is released
            double[] r = who == RUSAGE_THREAD ? usage(who) : Modules.io(ts, () -> usage(who));
            PyObject[] items = new PyObject[16];
            items[0] = Py.newFloat(r[0]);
            items[1] = Py.newFloat(r[1]);
            for (int i = 2; i < 16; i++) {
                items[i] = Py.newInt((long) r[i]);
            }
            return Modules.structSeq(STRUCT_RUSAGE, items);
        });
        Modules.fn(d, "getrlimit", 1, 1, (ts, a, kw) -> pair(limits(ts, "self", resourceArg(ts, a[0]))));
        Modules.fn(d, "setrlimit", 2, 2, (ts, a, kw) -> {
            int res = resourceArg(ts, a[0]);
            setLimits(ts, ProcessHandle.current().pid(), res, a[1], limits(ts, "self", res));
            return Py.None;
        });
        Modules.fn(d, "prlimit", 2, 3, (ts, a, kw) -> {
            long pid = Ops.toInt(ts, a[0]).v;
            int res = resourceArg(ts, a[1]);
            long target = pid == 0 ? ProcessHandle.current().pid() : pid;
            long[] old = limits(ts, pid == 0 ? "self" : Long.toString(pid), res);
            if (a.length == 3) {
                setLimits(ts, target, res, a[2], old);
            }
            return pair(old);
        });
        Modules.fn(d, "getpagesize", 0, 0, (ts, a, kw) -> Py.newInt(pageSize()));
        return new PyModule("resource", d);
    }

    /** The kernel's page size (the JVM's, from jdk.unsupported's Unsafe), else 4096. */
    private static long pageSize() {
        try {
            java.lang.reflect.Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return ((sun.misc.Unsafe) f.get(null)).pageSize();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 4096;
        }
    }
}
