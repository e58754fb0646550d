package org.stmj.transform;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Bytecode sizes of methods, and the check that the hot twins stay JIT-compilable. HotSpot never compiles a method
 * whose bytecode is longer than {@link #HUGE_METHOD_LIMIT} bytes ({@code -XX:+DontCompileHugeMethods}, the
 * default): such a method runs in the bytecode interpreter for ever. A twin is longer than its original (every
 * field and array access becomes a barrier call), so a dispatch loop that fits as written can cross the limit once
 * transformed, and then STM mode runs its hottest code interpreted.
 */
public final class CodeSize {
    /**
     * HotSpot's {@code HugeMethodLimit}: longer methods are not compiled unless {@code -XX:-DontCompileHugeMethods}.
     */
    public static final int HUGE_METHOD_LIMIT = 8000;

    private CodeSize() {
    }

    /** The length of the {@code Code} attribute of every method with a body, keyed by name + descriptor. */
    public static Map<String, Integer> of(byte[] classFile) {
        ClassReader cr = new ClassReader(classFile);
        char[] buf = new char[cr.getMaxStringLength()];
        Map<String, Integer> sizes = new LinkedHashMap<>();
        int p = cr.header + 6;
        p += 2 + 2 * cr.readUnsignedShort(p);
        for (int members = 0; members < 2; members++) {
            int n = cr.readUnsignedShort(p);
            p += 2;
            for (int i = 0; i < n; i++) {
                String name = cr.readUTF8(p + 2, buf);
                String desc = cr.readUTF8(p + 4, buf);
                int attributes = cr.readUnsignedShort(p + 6);
                p += 8;
                for (int a = 0; a < attributes; a++) {
                    int length = cr.readInt(p + 2);
                    if (members == 1 && "Code".equals(cr.readUTF8(p, buf))) {
                        sizes.put(name + desc, cr.readInt(p + 10));
                    }
                    p += 6 + length;
                }
            }
        }
        return sizes;
    }

    /**
     * The twins that must stay compilable, as name + descriptor: the twin of every dispatch loop (a method that
     * calls a {@code @BytecodeBoundary}) and the twins of the methods of the same class that the loop calls directly
     * (its per-bytecode step). Call before the originals are rewritten.
     */
    static Set<String> hotTwins(Ctx ctx, List<MethodNode> originals) {
        Set<String> hot = new LinkedHashSet<>();
        for (MethodNode m : originals) {
            if (!RestartPass.isLoop(ctx, m)) {
                continue;
            }
            hot.add(Names.twinName(m.name) + Names.twinDesc(m.desc));
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof MethodInsnNode mi && mi.owner.equals(ctx.cn.name) && !mi.name.startsWith("<")
                        && !RestartPass.isBoundary(ctx, mi)) {
                    hot.add(Names.twinName(mi.name) + Names.twinDesc(mi.desc));
                }
            }
        }
        return hot;
    }

    /** Reports, one line each, the hot twins of a written class that HotSpot would refuse to compile. */
    static void check(ClassNode cn, Set<String> hot, byte[] written, Consumer<String> warnings) {
        if (hot.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Integer> e : of(written).entrySet()) {
            if (hot.contains(e.getKey()) && e.getValue() >= HUGE_METHOD_LIMIT) {
                int paren = e.getKey().indexOf('(');
                warnings.accept(Names.dotted(cn.name) + "." + e.getKey().substring(0, paren) + ": the twin of a hot"
                        + " dispatch-loop method has " + e.getValue() + " bytes of bytecode, over HotSpot's "
                        + HUGE_METHOD_LIMIT + "-byte limit: it will run interpreted (move rare cases out of line)");
            }
        }
    }
}
