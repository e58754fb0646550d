package org.stmj.python.modules;

import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyModule;

/** The time module: clocks (which never force anything) and sleep (which releases the GIL). */
final class TimeModule {
    private TimeModule() {
    }

    static PyModule make() {
        PyDict d = new PyDict();
        Modules.fn(d, "time", (ts, a, kw) -> Py.newFloat(System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9 * 0));
        Modules.fn(d, "time_ns", (ts, a, kw) -> Py.newInt(System.currentTimeMillis() * 1_000_000L));
        Modules.fn(d, "perf_counter", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "perf_counter_ns", (ts, a, kw) -> Py.newInt(System.nanoTime()));
        Modules.fn(d, "monotonic", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "monotonic_ns", (ts, a, kw) -> Py.newInt(System.nanoTime()));
        Modules.fn(d, "process_time", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "thread_time", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "sleep", (ts, a, kw) -> {
            double s = Ops.toDouble(ts, a[0]);
            if (s < 0) throw Py.valueError("sleep length must be non-negative");
            long ms = (long) (s * 1000);
            int ns = (int) ((s * 1e9) % 1_000_000);
            ts.interp.gil.blocking(ts, () -> {
                if (ms == 0 && ns == 0) Thread.yield();
                else Thread.sleep(ms, ns);
                return null;
            });
            return Py.None;
        });
        Modules.fn(d, "strftime", (ts, a, kw) -> {
            String fmt = Ops.str(ts, a[0]);
            java.time.LocalDateTime now = java.time.LocalDateTime.now();
            String jf = fmt.replace("%Y", "yyyy").replace("%m", "MM").replace("%d", "dd").replace("%H", "HH")
                    .replace("%M", "mm").replace("%S", "ss");
            return Py.str(now.format(java.time.format.DateTimeFormatter.ofPattern(jf)));
        });
        return new PyModule("time", d);
    }
}
