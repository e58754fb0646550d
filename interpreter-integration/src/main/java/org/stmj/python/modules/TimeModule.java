package org.stmj.python.modules;

import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/** The time module: clocks (which never force anything) and sleep (which releases the GIL). */
final class TimeModule {
    private TimeModule() {
    }

    static final PyType STRUCT_TIME = Modules.structSeqType("time.struct_time", "tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    static {
        STRUCT_TIME.dict.putStr("n_sequence_fields", Py.newInt(9));
        STRUCT_TIME.dict.putStr("n_unnamed_fields", Py.newInt(0));
        STRUCT_TIME.ctor = (ts, cls, a, kw) -> {
            PyObject[] t = Ops.toArray(ts, a[0]);
            // CPython's structseq_new: 9 to 11 items (the last two are tm_zone and tm_gmtoff)
            if (t.length < 9 || t.length > 11) {
                throw Py.typeError("time.struct_time() takes an " + (t.length < 9 ? "at least 9" : "at most 11")
                        + "-sequence (" + t.length + "-sequence given)");
            }
            PyObject[] items = new PyObject[11];
            for (int i = 0; i < 11; i++) {
                items[i] = i < t.length ? t[i] : Py.None;
            }
            return Modules.structSeq(STRUCT_TIME, items);
        };
    }

    /** The items of a struct_time-like sequence, with tm_zone and tm_gmtoff (attributes only) appended. */
    static PyObject[] fields(ThreadState ts, PyObject o) {
        PyObject[] t = Ops.toArray(ts, o);
        if (t.length == 9 && o instanceof org.stmj.python.objects.PyTuple
                && ((org.stmj.python.objects.PyTuple) o).attrs != null) {
            org.stmj.python.objects.PyDict at = ((org.stmj.python.objects.PyTuple) o).attrs;
            PyObject z = at.getStr("tm_zone");
            PyObject g = at.getStr("tm_gmtoff");
            if (z != null) {
                t = java.util.Arrays.copyOf(t, 11);
                t[9] = z;
                t[10] = g == null ? Py.None : g;
            }
        }
        return t;
    }

    static double epoch(ThreadState ts, PyObject[] a) {
        return a.length > 0 && a[0] != Py.None ? Ops.toDouble(ts, a[0]) : System.currentTimeMillis() / 1000.0;
    }

    /** Seconds since the epoch as a struct_time in zone; CPython's errors for NaN and out-of-range values. */
    static PyObject structTime(double secs, java.time.ZoneId zone) {
        if (Double.isNaN(secs)) {
            throw Py.valueError("Invalid value NaN (not a number)");
        }
        if (!(Math.abs(secs) < 0x1p63)) {
            throw Py.overflow("timestamp out of range for platform time_t");
        }
        java.time.ZonedDateTime t;
        try {
            t = java.time.Instant.ofEpochSecond((long) Math.floor(secs)).atZone(zone);
        } catch (java.time.DateTimeException e) {
            // glibc's gmtime/localtime fail with EOVERFLOW where the year does not fit its int
            throw PosixModule.oserror(75, "Value too large for defined data type", null);
        }
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        return Modules.structSeq(STRUCT_TIME, Py.newInt(t.getYear()), Py.newInt(t.getMonthValue()),
                Py.newInt(t.getDayOfMonth()),
                Py.newInt(t.getHour()), Py.newInt(t.getMinute()), Py.newInt(t.getSecond()),
                Py.newInt(t.getDayOfWeek().getValue() - 1), Py.newInt(t.getDayOfYear()), Py.newInt(dst ? 1 : 0),
                Py.str(zone.equals(java.time.ZoneOffset.UTC) ? "GMT"
                : java.util.TimeZone.getTimeZone(zone).getDisplayName(dst, java.util.TimeZone.SHORT)),
                Py.newInt(t.getOffset().getTotalSeconds()));
    }

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** C strftime in the C locale, for a struct_time-like sequence. */
    static String strftime(ThreadState ts, String fmt, PyObject[] t) {
        int year = (int) Ops.toInt(ts, t[0]).v, mon = (int) Ops.toInt(ts, t[1]).v, mday = (int) Ops.toInt(ts, t[2]).v;
        int hour = (int) Ops.toInt(ts, t[3]).v, min = (int) Ops.toInt(ts, t[4]).v, sec = (int) Ops.toInt(ts, t[5]).v;
        int wday = (int) Ops.toInt(ts, t[6]).v, yday = (int) Ops.toInt(ts, t[7]).v;
        String zone = t.length > 9 && t[9] instanceof org.stmj.python.objects.PyStr ? Ops.str(ts, t[9]) : "";
        long gmtoff = t.length > 10 && t[10] instanceof org.stmj.python.objects.PyInt ? Ops.toInt(ts, t[10]).v : 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char f = fmt.charAt(++i);
            int wd = ((wday % 7) + 7) % 7;
            String mname = MONTHS[Math.max(0, Math.min(11, mon - 1))];
            switch (f) {
                case 'Y': sb.append(year); break;
                case 'y': sb.append(String.format("%02d", Math.floorMod(year, 100))); break;
                case 'C': sb.append(String.format("%02d", year / 100)); break;
                case 'm': sb.append(String.format("%02d", mon)); break;
                case 'd': sb.append(String.format("%02d", mday)); break;
                case 'e': sb.append(String.format("%2d", mday)); break;
                case 'H': sb.append(String.format("%02d", hour)); break;
                case 'I': sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'M': sb.append(String.format("%02d", min)); break;
                case 'S': sb.append(String.format("%02d", sec)); break;
                case 'p': sb.append(hour < 12 ? "AM" : "PM"); break;
                case 'A': sb.append(DAYS[wd]); break;
                case 'a': sb.append(DAYS[wd], 0, 3); break;
                case 'B': sb.append(mname); break;
                case 'b': case 'h': sb.append(mname, 0, 3); break;
                case 'j': sb.append(String.format("%03d", yday)); break;
                case 'w': sb.append((wd + 1) % 7); break;
                case 'u': sb.append(wd + 1); break;
                case 'U': sb.append(String.format("%02d", (yday + 6 - ((wd + 1) % 7)) / 7)); break;
                case 'W': sb.append(String.format("%02d", (yday + 6 - wd) / 7)); break;
                case 'Z': sb.append(zone); break;
                case 'z': {
                    long o = Math.abs(gmtoff);
                    sb.append(gmtoff < 0 ? '-' : '+').append(String.format("%02d%02d", o / 3600, (o / 60) % 60));
                    break;
                }
                case 'c': sb.append(strftime(ts, "%a %b %e %H:%M:%S %Y", t)); break;
                case 'x': sb.append(strftime(ts, "%m/%d/%y", t)); break;
                case 'X': sb.append(strftime(ts, "%H:%M:%S", t)); break;
                case 'D': sb.append(strftime(ts, "%m/%d/%y", t)); break;
                case 'F': sb.append(strftime(ts, "%Y-%m-%d", t)); break;
                case 'T': sb.append(strftime(ts, "%H:%M:%S", t)); break;
                case 'R': sb.append(strftime(ts, "%H:%M", t)); break;
                case 'V': sb.append(String.format("%02d", isoWeek(year, yday, wd)[1])); break;
                case 'G': sb.append(isoWeek(year, yday, wd)[0]); break;
                case 'g': sb.append(String.format("%02d", Math.floorMod(isoWeek(year, yday, wd)[0], 100))); break;
                case 'k': sb.append(String.format("%2d", hour)); break;
                case 'l': sb.append(String.format("%2d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'P': sb.append(hour < 12 ? "am" : "pm"); break;
                case 'r': sb.append(strftime(ts, "%I:%M:%S %p", t)); break;
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(f);
            }
        }
        return sb.toString();
    }

    /**
     * The ISO 8601 week-based year and week number (glibc's %G and %V) of day {@code yday} (1-based) of
     * {@code year}, a day whose weekday is {@code wd} (0 = Monday): {year, week}.
     */
    private static int[] isoWeek(int year, int yday, int wd) {
        int week = (yday - (wd + 1) + 10) / 7;
        if (week < 1) {
            return new int[] {year - 1, isoWeeks(year - 1)};
        }
        if (week > isoWeeks(year)) {
            return new int[] {year + 1, 1};
        }
        return new int[] {year, week};
    }

    /** 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52. */
    private static int isoWeeks(int y) {
        return dec31Weekday(y) == 4 || dec31Weekday(y - 1) == 3 ? 53 : 52;
    }

    /** The weekday of December 31 of year y, 0 = Sunday (the usual p(y) of the ISO week formula). */
    private static int dec31Weekday(int y) {
        return Math.floorMod(y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400), 7);
    }

    /** CPU time of the calling thread (user and system), as CPython's {@code thread_time}. */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time of the whole process (every thread, the JVM's own included), as CPython's {@code process_time}. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime();
    }

    static PyModule make() {
        PyDict d = new PyDict();
        Modules.fn(d, "time",
                (ts, a, kw) -> Py.newFloat(System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9
                * 0));
        Modules.fn(d, "time_ns", (ts, a, kw) -> {
            java.time.Instant i = java.time.Instant.now();
            return Py.newInt(i.getEpochSecond() * 1_000_000_000L + i.getNano());
        });
        Modules.fn(d, "process_time_ns", (ts, a, kw) -> Py.newInt(processCpuNanos()));
        Modules.fn(d, "thread_time_ns", (ts, a, kw) -> Py.newInt(threadCpuNanos()));
        Modules.fn(d, "perf_counter", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "perf_counter_ns", (ts, a, kw) -> Py.newInt(System.nanoTime()));
        Modules.fn(d, "monotonic", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "monotonic_ns", (ts, a, kw) -> Py.newInt(System.nanoTime()));
        Modules.fn(d, "process_time", (ts, a, kw) -> Py.newFloat(processCpuNanos() / 1e9));
        Modules.fn(d, "thread_time", (ts, a, kw) -> Py.newFloat(threadCpuNanos() / 1e9));
        Modules.fn(d, "sleep", (ts, a, kw) -> {
            double s = Ops.toDouble(ts, a[0]);
            if (s < 0) {
                throw Py.valueError("sleep length must be non-negative");
            }
            long ms = (long) (s * 1000);
            int ns = (int) ((s * 1e9) % 1_000_000);
            if (ts == ts.interp.mainThread && s > 0) {
                // a signal (SIGALRM) interrupts the main thread's sleep: its handler runs, then the sleep goes on
                ThreadModule.sleepMain(ts, System.nanoTime() + (long) (s * 1e9));
                return Py.None;
            }
            ts.interp.gil.blocking(ts, () -> {
                if (ms == 0 && ns == 0) {
                    Thread.yield();
                } else {
                    // a sleeping thread keeps nothing alive in its idle STM logs (as ThreadModule.awaitRelease)
                    org.stmj.api.Atomic.releaseRetainedReferences();
                    Thread.sleep(ms, ns);
                }
                return null;
            });
            return Py.None;
        });
        Modules.fn(d, "gmtime", (ts, a, kw) -> structTime(epoch(ts, a), java.time.ZoneOffset.UTC));
        Modules.fn(d, "localtime", (ts, a, kw) -> structTime(epoch(ts, a), java.time.ZoneId.systemDefault()));
        Modules.fn(d, "mktime", (ts, a, kw) -> {
            PyObject[] t = Ops.toArray(ts, a[0]);
            java.time.LocalDateTime ldt = java.time.LocalDateTime.of((int) Ops.toInt(ts, t[0]).v, 1, 1, 0, 0)
                    .plusMonths(Ops.toInt(ts, t[1]).v - 1).plusDays(Ops.toInt(ts, t[2]).v - 1)
                    .plusHours(Ops.toInt(ts, t[3]).v).plusMinutes(Ops.toInt(ts, t[4]).v).plusSeconds(Ops.toInt(ts,
                    t[5]).v);
            return Py.newFloat(ldt.atZone(java.time.ZoneId.systemDefault()).toEpochSecond());
        });
        Modules.fn(d, "strftime", (ts, a, kw) -> {
            String fmt = Ops.str(ts, a[0]);
            PyObject[] t = a.length > 1 ? fields(ts, a[1])
                    : fields(ts, structTime(System.currentTimeMillis() / 1000.0,
                    java.time.ZoneId.systemDefault()));
            return Py.str(strftime(ts, fmt, t));
        });
        Modules.fn(d, "asctime", (ts, a, kw) -> {
            PyObject[] t = a.length > 0 ? fields(ts, a[0])
                    : fields(ts, structTime(System.currentTimeMillis() / 1000.0,
                    java.time.ZoneId.systemDefault()));
            return Py.str(strftime(ts, "%a %b %e %H:%M:%S %Y", t));
        });
        Modules.fn(d, "ctime", (ts, a, kw) -> Py.str(strftime(ts, "%a %b %e %H:%M:%S %Y",
                fields(ts, structTime(epoch(ts, a), java.time.ZoneId.systemDefault())))));
        Modules.fn(d, "strptime", (ts, a, kw) -> {
            PyObject m = ts.interp.importName(ts, "_strptime", null, 0, null);
            return Ops.call(ts, Ops.getattr(ts, m, "_strptime_time"), a, kw);
        });
        Modules.fn(d, "get_clock_info", (ts, a, kw) -> Modules.record("namespace", "implementation", "java",
                "monotonic", !Ops.str(ts, a[0]).equals("time"), "adjustable", Ops.str(ts, a[0]).equals("time"),
                "resolution", Py.newFloat(1e-9)));
        Modules.fn(d, "tzset", (ts, a, kw) -> Py.None);
        java.time.ZoneId z = java.time.ZoneId.systemDefault();
        java.time.Instant now = java.time.Instant.now();
        int off = z.getRules().getStandardOffset(now).getTotalSeconds();
        d.putStr("timezone", Py.newInt(-off));
        d.putStr("altzone", Py.newInt(-off - (z.getRules().isDaylightSavings(now) ? 3600 : 0)));
        d.putStr("daylight", Py.newInt(z.getRules().getTransitions().isEmpty() ? 0 : 1));
        String std = java.util.TimeZone.getDefault().getDisplayName(false, java.util.TimeZone.SHORT);
        String dst = java.util.TimeZone.getDefault().getDisplayName(true, java.util.TimeZone.SHORT);
        d.putStr("tzname", new PyTuple(Py.str(std), Py.str(dst)));
        d.putStr("struct_time", STRUCT_TIME);
        // the items of a full struct_time, which _strptime's time.strptime slices its result to
        d.putStr("_STRUCT_TM_ITEMS", Py.newInt(11));
        d.putStr("CLOCK_MONOTONIC", Py.newInt(1));
        d.putStr("CLOCK_REALTIME", Py.newInt(0));
        return new PyModule("time", d);
    }
}
