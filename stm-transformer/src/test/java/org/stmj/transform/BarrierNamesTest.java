package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Every barrier call {@link BarrierPass} can emit names a public static method of {@code org.stmj.core.Barriers}
 * with exactly that descriptor: every field type (the eight primitives, a class, an array) for every field
 * instruction (instance fields with and without a lock word, static fields), and every array load and store. The
 * JVM would only find a renamed or re-typed barrier when transformed code first runs it; this finds it at build.
 */
class BarrierNamesTest {
    static final List<Type> FIELD_TYPES = List.of(Type.BOOLEAN_TYPE, Type.BYTE_TYPE, Type.CHAR_TYPE,
            Type.SHORT_TYPE, Type.INT_TYPE, Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE,
            Type.getType(String.class), Type.getType(Object.class), Type.getType(int[].class),
            Type.getType(Object[][].class));

    /**
     * The method {@code call} names, found with the loader of the test: public, with the descriptor's exact
     * parameter and return types, and static when the call is {@code INVOKESTATIC}. Fails the test otherwise.
     */
    static Method resolve(MethodInsnNode call) throws ClassNotFoundException {
        ClassLoader cl = BarrierNamesTest.class.getClassLoader();
        Class<?> owner = Class.forName(Type.getObjectType(call.owner).getClassName(), false, cl);
        Type[] args = Type.getArgumentTypes(call.desc);
        Class<?>[] params = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            params[i] = classOf(args[i], cl);
        }
        String what = call.owner + "." + call.name + call.desc;
        Method m;
        try {
            m = owner.getMethod(call.name, params);
        } catch (NoSuchMethodException e) {
            return fail("emitted call has no public method: " + what);
        }
        assertEquals(classOf(Type.getReturnType(call.desc), cl), m.getReturnType(), "return type of " + what);
        if (call.getOpcode() == Opcodes.INVOKESTATIC) {
            assertTrue(Modifier.isStatic(m.getModifiers()), what + " is not static");
        }
        return m;
    }

    static Class<?> classOf(Type t, ClassLoader cl) throws ClassNotFoundException {
        return switch (t.getSort()) {
            case Type.VOID -> void.class;
            case Type.BOOLEAN -> boolean.class;
            case Type.BYTE -> byte.class;
            case Type.CHAR -> char.class;
            case Type.SHORT -> short.class;
            case Type.INT -> int.class;
            case Type.LONG -> long.class;
            case Type.FLOAT -> float.class;
            case Type.DOUBLE -> double.class;
            case Type.ARRAY -> Class.forName(t.getDescriptor().replace('/', '.'), false, cl);
            default -> Class.forName(t.getClassName(), false, cl);
        };
    }

    @Test
    void whenEveryFieldKindAndInstruction_thenTheBarrierResolves() throws Exception {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (Type t : FIELD_TYPES) {
            for (boolean striped : new boolean[] {false, true}) {
                calls.add(BarrierPass.fieldBarrier(t, Opcodes.GETFIELD, striped));
                calls.add(BarrierPass.fieldBarrier(t, Opcodes.PUTFIELD, striped));
            }
            calls.add(BarrierPass.fieldBarrier(t, Opcodes.GETSTATIC, true));
            calls.add(BarrierPass.fieldBarrier(t, Opcodes.PUTSTATIC, true));
        }
        for (MethodInsnNode c : calls) {
            assertEquals(Names.BARRIERS, c.owner);
            resolve(c);
        }
        // 9 barrier kinds x (read, write) x (own lock word, striped, static)
        assertEquals(54, calls.stream().map(c -> c.name + c.desc).distinct().count());
    }

    @Test
    void whenEveryStableFieldKind_thenTheBarrierResolves() throws Exception {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (Type t : FIELD_TYPES) {
            calls.add(BarrierPass.stableBarrier(t, Opcodes.GETFIELD));
            calls.add(BarrierPass.stableBarrier(t, Opcodes.PUTFIELD));
        }
        for (MethodInsnNode c : calls) {
            assertEquals(Names.BARRIERS, c.owner);
            resolve(c);
        }
        // 9 barrier kinds x (read, write)
        assertEquals(18, calls.stream().map(c -> c.name + c.desc).distinct().count());
    }

    @Test
    void whenEveryArrayLoadAndStore_thenTheBarrierResolves() throws Exception {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (int op = Opcodes.IALOAD; op <= Opcodes.SALOAD; op++) {
            calls.add(BarrierPass.arrayBarrier(op));
        }
        for (int op = Opcodes.IASTORE; op <= Opcodes.SASTORE; op++) {
            calls.add(BarrierPass.arrayBarrier(op));
        }
        for (MethodInsnNode c : calls) {
            assertEquals(Names.BARRIERS, c.owner);
            resolve(c);
        }
        assertEquals(16, calls.stream().map(c -> c.name + c.desc).distinct().count());
    }
}
