package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stmj.transform.fixtures.ThrowingVm;
import org.stmj.transform.runtime.Rt;

/**
 * A blocking {@code @GilReleased} wait inside a nested dispatch loop (a builtin that called back into the
 * interpreter, as Python's {@code with lock:} calls {@code __enter__}) commits the transaction before it waits:
 * it never holds the inevitable token, so a thread that must become inevitable to wake it (an irrevocable
 * action) goes on. Before the fix the waiter made its transaction inevitable and both threads deadlocked.
 */
class NestedWaitTest {
    @AfterEach
    void gilMode() {
        Rt.setStmMode(false);
    }

    @Test
    void whenNestedLoopWaits_thenAnotherThreadCanBecomeInevitableAndWakeIt() throws Exception {
        ClassLoader l = new TransformingClassLoader(NestedWaitTest.class.getClassLoader(),
                Config.packages("org.stmj.transform.fixtures"), false,
                "org.stmj.transform.fixtures.");
        Class<?> vmc = Class.forName("org.stmj.transform.fixtures.ThrowingVm", true, l);
        Class<?> tsc = Class.forName("org.stmj.transform.fixtures.ThrowingVm$ThreadState", true, l);
        Rt.setStmMode(true);
        Object vm = vmc.getConstructor().newInstance();
        Method run = vmc.getMethod("run", tsc);
        // waiter: INC 0; NESTED sub; INC 1; HALT.  sub: INC 2; WAIT 0; INC 3; HALT
        int[] waiter = {ThrowingVm.INC, 0, ThrowingVm.NESTED, 7, ThrowingVm.INC, 1, ThrowingVm.HALT,
            ThrowingVm.INC, 2, ThrowingVm.WAIT, 0, ThrowingVm.INC, 3, ThrowingVm.HALT};
        // waker: an irrevocable action (inevitable), then the signal
        int[] waker = {ThrowingVm.EFFECT, ThrowingVm.INC, 4, ThrowingVm.SIGNAL, 0, ThrowingVm.HALT};
        Throwable[] failure = new Throwable[2];
        Thread a = thread(() -> run.invoke(vm, tsc.getConstructor(int[].class, int.class).newInstance(waiter, 0)),
                failure, 0);
        a.start();
        Thread.sleep(300);
        Thread b = thread(() -> run.invoke(vm, tsc.getConstructor(int[].class, int.class).newInstance(waker, 0)),
                failure, 1);
        b.start();
        a.join(30_000);
        b.join(30_000);
        assertFalse(a.isAlive() || b.isAlive(), "deadlock: a thread still runs after 30 s");
        for (Throwable f : failure) {
            if (f != null) {
                throw new AssertionError(f);
            }
        }
        for (int g = 0; g <= 4; g++) {
            assertEquals(1, (long) vmc.getMethod("global", int.class).invoke(vm, g), "global " + g);
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static Thread thread(Body body, Throwable[] failure, int k) {
        return new Thread(() -> {
            try {
                body.run();
            } catch (java.lang.reflect.InvocationTargetException e) {
                failure[k] = e.getCause();
            } catch (Throwable e) {
                failure[k] = e;
            }
        });
    }
}
