package org.stmj.examples.luaj;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * Runs Lua scripts on threads that share one Lua table, {@code shared}. Each thread has globals of its own (LuaJ's
 * globals, compiler and debug state are per thread) with three additions: {@code shared}, {@code id} (the thread's
 * number, from 0) and {@code sleep(seconds)}. Plain LuaJ gives no guarantee when threads update one table; run
 * under the stmj transformer with {@code examples/luaj/stm.properties} and {@code -Dstmj.mode=stm}, every Lua
 * instruction is atomic.
 *
 * <p>{@code java ... org.stmj.examples.luaj.LuaThreads [-t THREADS] [-s setup.lua] script.lua...}: the setup scripts
 * run first, one thread each, one after the other; then each script runs on THREADS threads (default 1) at once.
 * Afterwards the shared table's contents are printed, sorted: {@code key=value} per entry whose value is a number
 * or a string, and {@code #key=N} (the length) and {@code key.entries=N} (the number of entries) per table.
 */
public final class LuaThreads {
    private LuaThreads() {
    }

    /** A thread's failure: which script, which thread, what. */
    public record Failure(String script, int id, Throwable error) {
    }

    /**
     * Runs every script on {@code threadsPerScript} threads at once, all sharing {@code shared}; returns the
     * failures (empty when every thread ran to its end).
     *
     * @param scripts script name to Lua source
     */
    public static List<Failure> run(List<String[]> scripts, int threadsPerScript, LuaTable shared)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        int id = 0;
        for (String[] script : scripts) {
            for (int t = 0; t < threadsPerScript; t++) {
                int me = id++;
                Thread th = new Thread(() -> {
                    try {
                        Globals g = JsePlatform.debugGlobals(); // the debug hook is the per-instruction boundary
                        g.set("shared", shared);
                        g.set("id", LuaValue.valueOf(me));
                        g.set("sleep", new Sleep());
                        g.load(script[1], script[0]).call();
                    } catch (RuntimeException | Error e) {
                        failures.add(new Failure(script[0], me, e));
                    }
                }, "lua-" + me);
                threads.add(th);
            }
        }
        threads.forEach(Thread::start);
        for (Thread th : threads) {
            th.join();
        }
        return failures;
    }

    /** Blocks the calling thread; a GIL point in {@code stm.properties}, so it runs outside any transaction. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code sleep(seconds)} for Lua. */
    static final class Sleep extends OneArgFunction {
        @Override
        public LuaValue call(LuaValue seconds) {
            pause((long) (seconds.checkdouble() * 1000));
            return NONE;
        }
    }

    /** Command line: see the class comment. Exit status 1 when a thread failed. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int threads = 1;
        List<String[]> scripts = new ArrayList<>();
        List<String[]> setup = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-t") && i + 1 < args.length) {
                threads = Integer.parseInt(args[++i]);
            } else if (args[i].equals("-s") && i + 1 < args.length) {
                setup.add(new String[] {args[++i], Files.readString(Path.of(args[i]))});
            } else {
                scripts.add(new String[] {args[i], Files.readString(Path.of(args[i]))});
            }
        }
        if (scripts.isEmpty()) {
            System.err.println("usage: LuaThreads [-t THREADS] [-s setup.lua] script.lua...");
            System.exit(2);
        }
        LuaTable shared = new LuaTable();
        if (!setup.isEmpty() && !run(setup, 1, shared).isEmpty()) {
            System.err.println("lua: a setup script failed");
            System.exit(1);
        }
        long t0 = System.nanoTime();
        List<Failure> failures = run(scripts, threads, shared);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (Failure f : failures) {
            System.err.println("lua-" + f.id() + " (" + f.script() + "): " + f.error());
        }
        List<String> lines = new ArrayList<>();
        for (LuaValue k = shared.next(LuaValue.NIL).arg1(); !k.isnil(); k = shared.next(k).arg1()) {
            LuaValue v = shared.get(k);
            if (v.isnumber() || v.isstring()) {
                lines.add(k.tojstring() + "=" + v.tojstring());
            } else if (v.istable()) {
                int n = 0;
                for (LuaValue j = v.next(LuaValue.NIL).arg1(); !j.isnil(); j = v.next(j).arg1()) {
                    n++;
                }
                lines.add("#" + k.tojstring() + "=" + v.length());
                lines.add(k.tojstring() + ".entries=" + n);
            }
        }
        lines.sort(null);
        lines.forEach(System.out::println);
        System.err.println("lua: " + scripts.size() * threads + " thread(s) in " + ms + " ms");
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
