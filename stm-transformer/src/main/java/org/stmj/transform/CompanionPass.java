package org.stmj.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The last adapter of the translator: moves the bodies of a class's twins into a companion class,
 * {@code Host$$StmTwins} in the host's package and nest, and leaves in the host a stub per twin that calls its body
 * there. A program that never runs a transaction then never loads, parses or verifies the twins' code (the STM
 * build's classes otherwise carry twice the bytecode and bigger constant pools): the companion is loaded at the
 * first call of one of its host's twins, that is when STM first runs. Stubs keep every twin's name, descriptor and
 * access in the host, so callers, virtual dispatch and {@code synchronized} stay as they were; a body is
 * {@code static name$stm(Host self, params..., Txn)} with the twin's slots unchanged.
 *
 * <p>Nest-based access (class files of version 55 and later) lets the companion read and write the host's private
 * members. What nestmates do not allow stays in the host: constructors' twins, super calls ({@code invokespecial}
 * of anything but a constructor or a private method of the host), protected members of classes in other packages,
 * lambda and virtual-call sites (their bootstraps use the caller's lookup, and a lambda's class is named after its
 * creator), method handle constants, and the dispatch loops' twins and their per-bytecode callees (hot twins keep
 * one frame fewer and are checked in place by {@link CodeSize} and {@link C1Shape}). Only the offline translator
 * does this ({@link Hierarchy#offsetHoldersApart}); the agent can only return the class it is given, so under the
 * agent twins stay in their host.
 */
final class CompanionPass {
    /** The companion's name suffix. */
    static final String SUFFIX = "$$StmTwins";

    private CompanionPass() {
    }

    /** The companion class of {@code host}. */
    static String companionOf(String host) {
        return host + SUFFIX;
    }

    /**
     * Whether the translator gives {@code cls} a companion: every transformed class that is not an interface, whose
     * nest host (when it is not its own) is transformed too. A static twin of such a class is always reached through
     * its companion ({@link #run}), so a caller in any class can tell where to call from the hierarchy alone.
     */
    static boolean hasCompanion(Hierarchy h, String cls) {
        if (!h.offsetHoldersApart() || !h.isTransformed(cls)) {
            return false;
        }
        ClassInfo ci = h.info(cls);
        return ci != null && !ci.isInterface() && (ci.nestHost == null || ci.nestHost.equals(cls)
                || h.isTransformed(ci.nestHost));
    }

    /**
     * Moves the movable ones of {@code candidates} (twins in {@code twins}, all complete) into the companion, which
     * is written to {@link Hierarchy#holderClassFiles}; returns the twins the host keeps. A moved twin that can be
     * dispatched virtually leaves a stub in the host; a static twin leaves none (its callers, in every class, call
     * the companion, which has a forwarder to the host for a static twin that stays). Also lists the companions of
     * this nest's members when the class is a nest host, and points every static twin call at its companion.
     */
    static List<MethodNode> run(Ctx ctx, List<MethodNode> twins, Set<MethodNode> candidates) {
        ClassNode cn = ctx.cn;
        if (!ctx.h.offsetHoldersApart()) {
            return twins;
        }
        if (cn.nestMembers != null) {
            for (String member : new ArrayList<>(cn.nestMembers)) {
                if (hasCompanion(ctx.h, member)) {
                    cn.nestMembers.add(companionOf(member));
                }
            }
        }
        if (!hasCompanion(ctx.h, cn.name)) {
            List<MethodNode> callers = new ArrayList<>(cn.methods);
            callers.addAll(ctx.added);
            callers.addAll(twins);
            for (MethodNode m : callers) {
                redirect(ctx, m, Set.of());
            }
            return twins;
        }
        // this class's static twins, generated ones included (the bodies of bridged lambdas, which the hierarchy
        // does not know)
        Set<String> ownStatic = new java.util.HashSet<>();
        for (MethodNode t : twins) {
            if (Ctx.isStatic(t)) {
                ownStatic.add(t.name + t.desc);
            }
        }
        String nestHost = cn.nestHostClass != null ? cn.nestHostClass : cn.name;
        ClassNode k = new ClassNode();
        k.version = cn.version;
        // public: static twins of public (or protected) methods are called from other packages
        k.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
        k.name = companionOf(cn.name);
        k.superName = "java/lang/Object";
        k.nestHostClass = nestHost;
        k.invisibleAnnotations = new ArrayList<>(List.of(new AnnotationNode(ClassTransformer.MARK)));
        List<MethodNode> kept = new ArrayList<>();
        List<MethodNode> forwarders = new ArrayList<>();
        for (MethodNode t : twins) {
            boolean isStatic = Ctx.isStatic(t);
            // a static synchronized twin keeps its lock on the host class: it stays, with a forwarder
            if (!candidates.contains(t) || isStatic && (t.access & Opcodes.ACC_SYNCHRONIZED) != 0
                    || !movable(ctx, t)) {
                kept.add(t);
                if (isStatic) {
                    forwarders.add(forwarder(t, cn.name, visibility(t)));
                }
                continue;
            }
            String desc = isStatic ? t.desc : "(L" + cn.name + ";" + t.desc.substring(1);
            MethodNode body = new MethodNode(Opcodes.ASM9, Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | visibility(t),
                    t.name, desc, null, t.exceptions.toArray(new String[0]));
            Ctx.moveCode(t, body);
            k.methods.add(body);
            if (!isStatic) {
                kept.add(stub(t, k.name, desc));
            }
        }
        // every call of a static twin goes to its class's companion
        List<MethodNode> callers = new ArrayList<>(cn.methods);
        callers.addAll(ctx.added);
        callers.addAll(kept);
        callers.addAll(k.methods);
        for (MethodNode m : callers) {
            redirect(ctx, m, ownStatic);
        }
        for (MethodNode body : k.methods) {
            for (AbstractInsnNode i : body.instructions) {
                if (i instanceof MethodInsnNode mi && mi.getOpcode() == Opcodes.INVOKESPECIAL
                        && !mi.name.equals("<init>")) {
                    mi.setOpcode(Opcodes.INVOKEVIRTUAL); // a private method of the host: nestmates call it so
                }
            }
        }
        k.methods.addAll(forwarders);
        if (k.methods.isEmpty()) {
            return twins;
        }
        if (nestHost.equals(cn.name)) {
            if (cn.nestMembers == null) {
                cn.nestMembers = new ArrayList<>();
            }
            if (!cn.nestMembers.contains(k.name)) {
                cn.nestMembers.add(k.name);
            }
        }
        ClassWriter cw = new ClassTransformer.FrameWriter(ctx.h);
        k.accept(cw);
        ctx.h.holderClassFiles.put(k.name, cw.toByteArray());
        return kept;
    }

    /** Public for a twin of a public or protected method (callers in other packages), else package access. */
    private static int visibility(MethodNode t) {
        return (t.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0 ? Opcodes.ACC_PUBLIC : 0;
    }

    /**
     * Points the static twin calls of {@code m} at their classes' companions (see {@link #run}); {@code ownStatic}
     * names this class's static twins when it has a companion.
     */
    private static void redirect(Ctx ctx, MethodNode m, Set<String> ownStatic) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof MethodInsnNode mi && mi.getOpcode() == Opcodes.INVOKESTATIC
                    && mi.name.endsWith(Names.TWIN_SUFFIX) && mi.desc.contains(Names.TXN_DESC + ")")) {
                if (mi.owner.equals(ctx.cn.name) && ownStatic.contains(mi.name + mi.desc)) {
                    mi.owner = companionOf(ctx.cn.name);
                    mi.itf = false;
                    continue;
                }
                Hierarchy.MethodRef r = resolve(ctx, mi);
                if (r != null && hasCompanion(ctx.h, r.owner())) {
                    mi.owner = companionOf(r.owner());
                    mi.itf = false;
                }
            }
        }
    }

    /** The companion's forwarder to a static twin that stays in the host. */
    private static MethodNode forwarder(MethodNode t, String host, int visibility) {
        return Ctx.callThrough(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | visibility, t.name, t.desc,
                t.exceptions.toArray(new String[0]), host, t.desc);
    }

    /** The host's stub for a moved twin: the twin's name, descriptor and access, calling the body. */
    private static MethodNode stub(MethodNode t, String companion, String bodyDesc) {
        return Ctx.callThrough(t.access, t.name, t.desc, t.exceptions.toArray(new String[0]), companion, bodyDesc);
    }

    /** Whether a twin's body can run from the companion (see the class comment for what cannot). */
    private static boolean movable(Ctx ctx, MethodNode t) {
        String pkg = packageOf(ctx.cn.name);
        for (AbstractInsnNode i : t.instructions) {
            if (i instanceof InvokeDynamicInsnNode indy) {
                boolean concat = indy.bsm.getOwner().equals(Names.BOOT)
                        && (indy.bsm.getName().equals("concat") || indy.bsm.getName().equals("concatPlain"));
                if (!concat) {
                    return false;
                }
            } else if (i instanceof LdcInsnNode ldc) {
                if (ldc.cst instanceof Handle || ldc.cst instanceof ConstantDynamic cd
                        && !cd.getBootstrapMethod().getOwner().equals(Names.BOOT)) {
                    return false;
                }
            } else if (i instanceof MethodInsnNode mi) {
                if (mi.owner.startsWith("[")) {
                    continue;
                }
                Hierarchy.MethodRef r = mi.name.equals("<init>") ? null : resolve(ctx, mi);
                if (mi.getOpcode() == Opcodes.INVOKESPECIAL && !mi.name.equals("<init>")) {
                    if (!mi.owner.equals(ctx.cn.name) || r == null || !r.owner().equals(ctx.cn.name)
                            || (r.method().access() & Opcodes.ACC_PRIVATE) == 0) {
                        return false; // a super call, or a non-private method called non-virtually
                    }
                    continue;
                }
                if (mi.name.equals("<init>")) {
                    continue;
                }
                if (r == null) {
                    if (!samePackage(pkg, mi.owner)) {
                        return false; // unknown: cannot tell that it is not protected
                    }
                } else if ((r.method().access() & Opcodes.ACC_PROTECTED) != 0 && !samePackage(pkg, r.owner())) {
                    return false;
                }
            } else if (i instanceof FieldInsnNode fi) {
                Hierarchy.FieldRef r = ctx.h.resolveField(fi.owner, fi.name);
                if (r == null) {
                    if (!samePackage(pkg, fi.owner)) {
                        return false;
                    }
                } else if ((r.field().access() & Opcodes.ACC_PROTECTED) != 0 && !samePackage(pkg, r.owner())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The method a call names, or for a call of a twin the original it was made from; null if unknown. */
    private static Hierarchy.MethodRef resolve(Ctx ctx, MethodInsnNode mi) {
        Hierarchy.MethodRef r = ctx.h.resolveMethod(mi.owner, mi.name, mi.desc);
        String tail = Names.TXN_DESC + ")";
        if (r == null && mi.name.endsWith(Names.TWIN_SUFFIX) && mi.desc.contains(tail)) {
            int i = mi.desc.indexOf(tail);
            r = ctx.h.resolveMethod(mi.owner, mi.name.substring(0, mi.name.length() - Names.TWIN_SUFFIX.length()),
                    mi.desc.substring(0, i) + mi.desc.substring(i + Names.TXN_DESC.length()));
        }
        return r;
    }

    private static boolean samePackage(String pkg, String cls) {
        return pkg.equals(packageOf(cls));
    }

    private static String packageOf(String internal) {
        int i = internal.lastIndexOf('/');
        return i < 0 ? "" : internal.substring(0, i);
    }
}
