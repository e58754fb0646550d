package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.compiler.Op;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;

/** The Python locator names the line, function and accessed object of the bytecode a thread is executing. */
class ConflictLocatorTest {
    /** A thread state whose frame executes the first {@code op} of {@code src}'s module code, stack as given. */
    private static ThreadState at(String src, int op, PyObject... stack) {
        Code c = Compiler.compile(src, "prog.py", false);
        int pc = -1;
        for (int i = 0; i < c.code.length; i++) {
            if (Op.op(c.code[i]) == op) {
                pc = i;
                break;
            }
        }
        assertTrue(pc >= 0, "no " + Op.NAMES[op] + " in\n" + c.dis());
        Frame f = new Frame(c, new PyDict(), null, new PyDict(), null);
        f.pc = pc + 1;
        for (PyObject o : stack) {
            f.stack[f.sp++] = o;
        }
        ThreadState ts = new ThreadState(null, 1, "T");
        ts.frame = f;
        return ts;
    }

    @Test
    void whenTheBytecodeStoresAnAttribute_thenTheAccessNamesItAndTheObjectsType() {
        ThreadState ts = at("x = 1\nobj.count = v\n", Op.STORE_ATTR, Py.newInt(1), new PyList());
        assertEquals("attribute 'count' of a list object (written)", ConflictLocator.describe(ts, null));
        assertEquals("prog.py:2 in <module>", ConflictLocator.location(ts));
    }

    @Test
    void whenTheBytecodeRebindsAGlobal_thenTheAccessNamesTheGlobalAndTheHintSaysUseALocal() {
        ThreadState ts = at("total = 2\n", Op.STORE_GLOBAL);
        assertEquals("global 'total' (rebound)", ConflictLocator.describe(ts, null));
        String h = ConflictLocator.hintFor("write-write", "global 'total' (rebound)");
        assertTrue(h.startsWith("a global rebound in a loop") && h.contains("'total'"), h);
    }

    @Test
    void whenTheBytecodeStoresAnItem_thenTheAccessNamesTheKeyAndTheContainer() {
        ThreadState ts = at("d['k'] = 1\n", Op.STORE_SUBSCR, Py.newInt(1), new PyDict(), Py.str("k"));
        assertEquals("item ['k'] of a dict (written)", ConflictLocator.describe(ts, null));
        assertTrue(ConflictLocator.hintFor("write-write", "item ['k'] of a dict (written)").startsWith("a dict"));
    }

    @Test
    void whenAnAttributeIsASharedCounter_thenTheHintSaysCountPerThread() {
        String h = ConflictLocator.hintFor("write-write", "attribute 'hits' of a Stats object (written)");
        assertTrue(h.startsWith("a shared counter"), h);
        assertTrue(ConflictLocator.hintFor("inevitability", null).contains("inevitable"));
        assertNull(ConflictLocator.hintFor("read-write", "the iterator of a for loop"));
    }

    @Test
    void whenTheThreadHasNoFrame_thenThereIsNoLocation() {
        assertNull(ConflictLocator.location(new ThreadState(null, 1, "T")));
        assertNull(ConflictLocator.location(null));
    }

    @Test
    void whenAnAbortIsCapturedAndTheLoopRestarts_thenItIsResolvedAtTheLoopsPositionWithTheStackAtTheAbort() {
        // the frame's stored position is the module's first instruction (no per-bytecode store); the loop's
        // restart hands the faulting STORE_ATTR's pc and sp; the rollback then empties the stack (the copy stays)
        ThreadState ts = at("x = 1\nobj.count = v\n", Op.STORE_ATTR, Py.newInt(1), new PyList());
        Frame f = ts.frame;
        int pc = f.pc - 1;
        int sp = f.sp;
        f.pc = 1;
        ThreadState previous = ThreadState.current();
        ts.attach();
        try {
            ConflictLocator l = ConflictLocator.instance();
            Object state = l.captureAbort();
            f.stack[--f.sp] = null;
            f.stack[--f.sp] = null;
            l.positionAt(f, pc, sp);
            String[] got = l.resolveAbort(state, null, null, true);
            assertEquals("prog.py:2 in <module>", got[0]);
            assertEquals("attribute 'count' of a list object (written)", got[1]);
            assertEquals(1, f.pc, "the frame itself is not written (the attempt is rolled back)");
        } finally {
            if (previous != null) {
                previous.attach();
            } else {
                ThreadState.detach();
            }
        }
    }

    /**
     * The locator lists the thread state of each thread that ran a transaction (for the other side of a conflict). A
     * program that starts many short threads must not leave the ended ones listed: a thread that ends unlisted itself
     * ({@link ConflictLocator#threadEnded}, as a Python thread's end does) is gone at once, and one that did not is
     * dropped when the next new thread is listed. It kept up to 256 dead threads' states (their frames) before.
     */
    @Test
    void whenManyShortThreadsAreListed_thenEndedOnesDoNotStayListed() throws InterruptedException {
        ConflictLocator loc = ConflictLocator.instance();
        int before = loc.listedThreads();
        for (int i = 0; i < 300; i++) {
            boolean unlist = i % 2 == 0;
            Thread t = new Thread(() -> {
                new ThreadState(null, 2, "short").attach();
                loc.threadStarted();
                if (unlist) {
                    ConflictLocator.threadEnded();
                }
                ThreadState.detach();
            });
            t.start();
            t.join();
        }
        assertTrue(loc.listedThreads() <= before + 1, loc.listedThreads() + " listed, " + before + " before");
        Thread last = new Thread(() -> {
            new ThreadState(null, 3, "last").attach();
            loc.threadStarted();
            ConflictLocator.threadEnded();
            ThreadState.detach();
        });
        last.start();
        last.join();
        assertTrue(loc.listedThreads() <= before, loc.listedThreads() + " listed, " + before + " before");
    }
}
