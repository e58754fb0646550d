package org.stmj.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A diagnostic: counts read, undo and lock log entries by what they name (the holder's class, and the field or
 * the array's element type), and prints the table to standard error when the JVM exits. On with
 * {@code -Dstmj.logSites=true}, or {@code =caller} to add the first caller outside the engine to each key;
 * {@link #ON} is a constant, so the checks in {@link TxnLogs} and {@link Txn} fold away when it is off. Counts
 * every entry appended, by committed and aborted attempts alike (the per-commit totals of {@link StmStatistics}
 * count committed attempts only). Slow (a map update per entry): for finding which
 * accesses log, never for timing.
 */
final class LogSites {
    private LogSites() {
    }

    private static final String MODE = System.getProperty("stmj.logSites", "").trim();
    static final boolean ON = MODE.equals("true") || MODE.equals("caller");
    /** {@code -Dstmj.logSites=caller}: each key also names the first caller outside the engine (a stack walk). */
    private static final boolean CALLER = MODE.equals("caller");
    private static final StackWalker WALKER = StackWalker.getInstance();

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final ClassValue<Map<Long, String>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<Long, String> computeValue(Class<?> c) {
            Map<Long, String> m = new ConcurrentHashMap<>();
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        m.putIfAbsent(UnsafeAccess.U.objectFieldOffset(f), k.getSimpleName() + "." + f.getName());
                    }
                }
            }
            return m;
        }
    };

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(LogSites::print, "stmj-log-sites"));
        }
    }

    /** Counts one entry of the log {@code log} ("read", "undo", "lock") for {@code (holder, target, off)}. */
    static void note(String log, Object holder, Object target, long off) {
        String what = describe(target, off);
        String key = holder == LockTable.TABLE || holder == null || holder == target
                ? log + " " + what
                : log + " " + what + " (held by " + holder.getClass().getSimpleName() + ")";
        if (CALLER) {
            key += " at " + WALKER.walk(fs -> fs.filter(f -> !f.getClassName().startsWith("org.stmj.core."))
                    .findFirst().map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                            + f.getMethodName() + ":" + f.getLineNumber()).orElse("?"));
        }
        COUNTS.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** How many entries were noted under {@code key} so far (0 for none). */
    static long count(String key) {
        LongAdder a = COUNTS.get(key);
        return a == null ? 0 : a.sum();
    }

    private static String describe(Object target, long off) {
        if (target == null) {
            return "?";
        }
        if (target == LockTable.TABLE) {
            return "a stripe of the lock table";
        }
        Class<?> c = target.getClass();
        if (c.isArray()) {
            return c.getComponentType().getSimpleName() + "[] element";
        }
        String f = FIELDS.get(c).get(off);
        return f != null ? f : c.getSimpleName() + "@" + off;
    }

    private static void print() {
        List<Map.Entry<String, LongAdder>> es = new ArrayList<>(COUNTS.entrySet());
        es.sort((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()));
        StringBuilder sb = new StringBuilder("stmj log entries by site (all attempts):\n");
        for (Map.Entry<String, LongAdder> e : es) {
            sb.append(String.format("%12d  %s%n", e.getValue().sum(), e.getKey()));
        }
        System.err.print(sb);
    }
}
