package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.stmj.core.Stm;
import org.stmj.transform.runtime.Rt;

/**
 * A boundary in a loop twin decrements the transaction's countdown inline and calls the engine
 * ({@code Rt.boundaryAfterCountdown}) only when it runs out: the twin has the field decrement and no per-bytecode
 * {@code Rt.boundary} call, and a transformed loop run in STM mode still ends its transactions at their length
 * (neither at every boundary nor never).
 */
class InlineCountdownTest {
    static final String VM = "org.stmj.transform.fixtures.StackVm";

    @AfterEach
    void gilMode() {
        Rt.setStmMode(false);
    }

    @Test
    void whenTheLoopIsTransformed_thenItsTwinDecrementsTheCountdownInlineBeforeCallingTheEngine() throws Exception {
        byte[] b;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(VM.replace('.', '/') + ".class")) {
            b = in.readAllBytes();
        }
        byte[] out = new Transformer(Config.packages("org.stmj.transform.fixtures"))
                .transform(getClass().getClassLoader(), b, true);
        ClassNode cn = new ClassNode();
        new ClassReader(out).accept(cn, 0);
        int twins = 0;
        for (MethodNode m : cn.methods) {
            int getCountdown = -1;
            int putCountdown = -1;
            int engine = -1;
            int perBytecode = 0;
            int i = 0;
            for (AbstractInsnNode n : m.instructions) {
                if (n instanceof FieldInsnNode f && f.owner.equals(Names.TXN) && f.name.equals("countdown")) {
                    if (f.getOpcode() == Opcodes.GETFIELD) {
                        getCountdown = i;
                    } else {
                        putCountdown = i;
                    }
                }
                if (n instanceof MethodInsnNode mi && mi.owner.equals(Names.RT)) {
                    if (mi.name.equals("boundaryAfterCountdown")) {
                        engine = i;
                    } else if (mi.name.equals("boundary")) {
                        perBytecode++;
                    }
                }
                i++;
            }
            if (engine < 0) {
                continue;
            }
            twins++;
            assertEquals(0, perBytecode, m.name + " still calls Rt.boundary");
            assertTrue(getCountdown >= 0 && getCountdown < putCountdown && putCountdown < engine,
                    m.name + ": countdown read and written inline before the engine call");
        }
        assertEquals(1, twins, "the loop's twin is the one method with a boundary");
    }

    @Test
    void whenOneThreadRunsTheTransformedLoop_thenTransactionsEndAtTheirLengthNotAtEveryBoundary() throws Exception {
        int[] code = InterpreterTest.code(false);
        int n = 400;
        ClassLoader l = new TransformingClassLoader(getClass().getClassLoader(),
                Config.packages("org.stmj.transform.fixtures"), false, "org.stmj.transform.fixtures.");
        Class<?> vmc = Class.forName(VM, true, l);
        Class<?> tsc = Class.forName(VM + "$ThreadState", true, l);
        Object vm = vmc.getConstructor(int.class).newInstance(8);
        vmc.getMethod("setRendezvous", int.class).invoke(vm, 1);
        Object ts = tsc.getConstructor(int[].class, int.class).newInstance(code, 2);
        tsc.getMethod("setLocal", int.class, long.class).invoke(ts, 1, (long) n);
        Method run = vmc.getMethod("run", tsc);
        Rt.setStmMode(true);
        long commitsBefore = Stm.statistics().commits();
        run.invoke(vm, ts);
        long commits = Stm.statistics().commits() - commitsBefore;
        long bytecodes = (Long) tsc.getMethod("local", int.class).invoke(ts, 0);
        assertEquals((long) n, vmc.getMethod("global", int.class).invoke(vm, 0));
        assertTrue(bytecodes > 4000, "bytecodes " + bytecodes);
        // lengths start at 32 and grow by one per commit (at most 1024): far fewer commits than boundaries, and
        // more than the handful a never-ending transaction would make (SYNC and the end of the loop commit too)
        assertTrue(commits < bytecodes / 16, commits + " commits for " + bytecodes + " boundaries");
        assertTrue(commits > bytecodes / 1024 + 2, commits + " commits for " + bytecodes + " boundaries");
    }
}
