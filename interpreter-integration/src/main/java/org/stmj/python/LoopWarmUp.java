package org.stmj.python;

import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyObject;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/**
 * The dispatch loop's warm-up before a script or {@code -m} module in GIL mode: runs the library module
 * {@code _stmpy_warmup} (its docstring says why), which takes the rare sides of the hot handlers while the loop is
 * profiled, so that C2's first compile of the loop has them instead of trapping and recompiling the whole loop
 * when the program first takes one. Off in the STM and auto modes (their start-up is unchanged) and with
 * {@code STMPY_WARMUP=0}; a failure is ignored (the program runs as without it). The module leaves
 * {@code sys.modules} again.
 */
final class LoopWarmUp {
    /** Passes over the warm-up's body (a few hundred bytecodes each). */
    private static final int PASSES = 24;

    private LoopWarmUp() {
    }

    /** Whether this run warms the loop up: GIL mode (no {@code stmj.mode}) and not switched off. */
    static boolean enabled() {
        String m = System.getProperty("stmj.mode");
        return (m == null || m.equals("gil")) && !"0".equals(System.getenv("STMPY_WARMUP"));
    }

    /** Runs the warm-up; never throws a Python exception. */
    static void run(Interpreter interp, ThreadState ts) {
        PyDict modules = interp.modules;
        boolean had = modules.getStr("_stmpy_warmup") != null;
        try {
            PyObject m = interp.importName(ts, "_stmpy_warmup", null, 0, null);
            if (m instanceof PyModule) {
                PyObject f = ((PyModule) m).dict.getStr("run");
                if (f != null) {
                    f.call(ts, new PyObject[] {Py.newInt(PASSES)}, null);
                }
            }
        } catch (PyException e) {
            // the program runs as it would without the warm-up
        } finally {
            ts.excInfo = null;
            if (!had) {
                modules.remove(ts, Py.str("_stmpy_warmup"));
            }
        }
    }
}
