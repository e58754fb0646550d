package org.stmj.transform;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Runs the adapter chain over one class: read (inlining subroutines, dropping frames), raise the class file
 * version to 55 (dynamic constants), add the lock word, bridge lambdas, make and instrument twins, add the
 * entries, write with frames computed from class files.
 */
final class ClassTransformer {
    /** Invisible annotation on every class the transformer wrote, so it never transforms one twice. */
    static final String MARK = "Lorg/stmj/transform/Transformed;";

    private ClassTransformer() {
    }

    /** The class's name and whether it was already transformed, read cheaply. */
    static String nameOf(byte[] bytes) {
        return new ClassReader(bytes).getClassName();
    }

    static boolean alreadyTransformed(byte[] bytes) {
        boolean[] marked = {false};
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
                if (MARK.equals(desc)) {
                    marked[0] = true;
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return marked[0];
    }

    /** Transforms a class the hierarchy says is transformed; throws {@link TransformException} otherwise. */
    static byte[] transform(Hierarchy h, byte[] bytes) {
        return transform(h, bytes, null, null);
    }

    /** {@link #transform(Hierarchy, byte[], java.util.function.Consumer, java.util.Set)} without warnings. */
    static byte[] transform(Hierarchy h, byte[] bytes, java.util.Set<String> unchanged) {
        return transform(h, bytes, null, unchanged);
    }

    /**
     * Transforms a class the hierarchy says is transformed, reporting to {@code warnings} (one line each, when not
     * null) the hot twins that HotSpot will not compile ({@link CodeSize}); when {@code unchanged} is not null,
     * adds to it the {@code name + desc} of every original method whose code no pass changed (the translator need
     * not verify those again; classes older than Java 7 report none: their code was never type-checked by the
     * split verifier). Throws {@link TransformException} when it cannot.
     */
    static byte[] transform(Hierarchy h, byte[] bytes, java.util.function.Consumer<String> warnings,
            java.util.Set<String> unchanged) {
        long t0 = Stages.start();
        ClassNode cn = new ClassNode();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, cn) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new JSRInlinerAdapter(super.visitMethod(access, name, desc, sig, ex), access, name, desc, sig,
                        ex);
            }
        }, ClassReader.SKIP_FRAMES);
        String who = Names.dotted(cn.name);
        if ((cn.access & Opcodes.ACC_MODULE) != 0) {
            return null;
        }
        if ((cn.version & 0xFFFF) < Opcodes.V11) {
            cn.version = Opcodes.V11;
        }
        t0 = Stages.lap(Stages.PARSE, t0);
        Ctx ctx = new Ctx(h, cn);
        checkNamedMembers(ctx);
        for (MethodNode m : cn.methods) {
            if (m.name.endsWith(Names.TWIN_SUFFIX) || m.name.endsWith(Names.ENTRY_SUFFIX)) {
                throw new TransformException(who + ": method name " + m.name + " clashes with the transformer's");
            }
        }
        if (h.declaresLockWord(cn.name)) {
            if (cn.fields.stream().anyMatch(f -> f.name.equals(Names.LOCK_FIELD))) {
                throw new TransformException(who + ": already has a field " + Names.LOCK_FIELD);
            }
            cn.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC,
                    Names.LOCK_FIELD, "J", null, null));
        }
        List<MethodNode> originals = new ArrayList<>(cn.methods);
        long[] prints = null;
        if (unchanged != null && (cn.version & 0xFFFF) >= Opcodes.V1_7) {
            prints = new long[originals.size()];
            for (int i = 0; i < prints.length; i++) {
                prints[i] = CodePrint.of(originals.get(i));
            }
        }
        List<MethodNode> lambdaBodies = new ArrayList<>();
        boolean lambdas = false;
        boolean allBridged = true;
        for (MethodNode m : originals) {
            lambdas |= LambdaPass.hasLambdaSite(m);
            allBridged &= LambdaPass.run(ctx, m, lambdaBodies);
        }
        if (lambdas && allBridged) {
            LambdaPass.markSelfBridging(ctx);
        }
        // the bodies of bridged lambdas whose implementation is not transformed get twins like any method
        cn.methods.addAll(lambdaBodies);
        originals.addAll(lambdaBodies);
        java.util.Set<String> hot = CodeSize.hotTwins(ctx, originals);
        List<MethodNode> twins = new ArrayList<>();
        List<MethodNode> loops = new ArrayList<>();
        java.util.Set<MethodNode> movable = new java.util.HashSet<>();
        for (MethodNode m : originals) {
            if (m.name.equals("<clinit>")) {
                continue;
            }
            MethodNode t = TwinPass.twin(ctx, m);
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                int txSlot = Names.paramSlots(m.desc, Ctx.isStatic(m));
                CallPass.run(ctx, t, txSlot);
                BarrierPass.run(ctx, t, txSlot);
                GuardPass.run(t);
                RestartPass.run(ctx, t, txSlot);
                if (RestartPass.isLoop(ctx, m)) {
                    loops.add(m);
                    loops.add(t);
                } else if (!t.name.equals("<init>") && !hot.contains(t.name + t.desc)) {
                    movable.add(t);
                }
            }
            twins.add(t);
        }
        for (MethodNode m : originals) {
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || m.name.startsWith("<")) {
                continue;
            }
            ClassInfo.Method info = h.info(cn.name).methods.get(m.name + m.desc);
            EntryPass.gilBlocks(ctx, m);
            if (info != null && (info.marks() & ClassInfo.ATOMIC) != 0) {
                EntryPass.atomic(ctx, m);
            } else if (RestartPass.isLoop(ctx, m)) {
                loops.addAll(EntryPass.loop(ctx, m));
            }
        }
        ConfinedPass.run(ctx);
        checkC1(ctx, loops);
        stripInvisibleTypeAnnotations(cn);
        addOffsetHolders(ctx);
        twins = CompanionPass.run(ctx, twins, movable);
        if (prints != null) {
            for (int i = 0; i < prints.length; i++) {
                MethodNode m = originals.get(i);
                if (prints[i] == CodePrint.of(m)) {
                    unchanged.add(m.name + m.desc);
                }
            }
        }
        cn.methods.addAll(twins);
        cn.methods.addAll(ctx.added);
        if (cn.invisibleAnnotations == null) {
            cn.invisibleAnnotations = new ArrayList<>();
        }
        cn.invisibleAnnotations.add(new AnnotationNode(MARK));
        ClassWriter cw = new FrameWriter(h);
        t0 = Stages.lap(Stages.PASSES, t0);
        try {
            cn.accept(cw);
            byte[] out = cw.toByteArray();
            Stages.lap(Stages.WRITE, t0);
            if (warnings != null) {
                CodeSize.check(cn, hot, out, warnings);
            }
            return out;
        } catch (MethodTooLargeException e) {
            throw new TransformException(who + "." + e.getMethodName() + e.getDescriptor()
                    + ": too large after instrumentation (" + e.getCodeSize() + " bytes of code, 65535 allowed)");
        } catch (TransformException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TransformException(who + ": cannot write class: " + Ctx.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Refuses a dispatch loop (original or twin, in {@code loops}) whose exception handlers C1 would not parse
     * ({@link C1Shape}): such a loop runs in the bytecode interpreter until C2 compiles it, seconds into every program.
     */
    private static void checkC1(Ctx ctx, List<MethodNode> loops) {
        for (MethodNode x : loops) {
            String why = C1Shape.problem(x);
            if (why != null) {
                throw ctx.refuse(x, "a dispatch loop that HotSpot's C1 cannot compile: " + why);
            }
        }
    }

    /**
     * Drops the class-file-only type annotations (tool metadata the JVM ignores): some compilers emit ones that
     * ASM's checks reject, and they would otherwise refuse a class that is fine.
     */
    private static void stripInvisibleTypeAnnotations(ClassNode cn) {
        cn.invisibleTypeAnnotations = null;
        cn.fields.forEach(f -> f.invisibleTypeAnnotations = null);
        for (MethodNode m : cn.methods) {
            m.invisibleTypeAnnotations = null;
            m.invisibleLocalVariableAnnotations = null;
            m.tryCatchBlocks.forEach(t -> t.invisibleTypeAnnotations = null);
            m.instructions.forEach(i -> i.invisibleTypeAnnotations = null);
        }
    }

    /**
     * The static final long fields of {@link Ctx#offsetHolder}, filled first thing in {@code <clinit>}: the host's,
     * or that of a holder class of their own ({@link Hierarchy#separateOffsetHolders}).
     */
    private static void addOffsetHolders(Ctx ctx) {
        if (ctx.holders.isEmpty()) {
            return;
        }
        if (ctx.h.offsetHoldersApart()) {
            addHolderClass(ctx);
            return;
        }
        ClassNode cn = ctx.cn;
        int access = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC
                | (ctx.isInterface() ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE);
        org.objectweb.asm.tree.InsnList init = new org.objectweb.asm.tree.InsnList();
        for (var e : ctx.holders.entrySet()) {
            String[] k = e.getKey().split("\\|", 3);
            cn.fields.add(new FieldNode(access, e.getValue(), "J", null, null));
            init.add(new org.objectweb.asm.tree.LdcInsnNode(org.objectweb.asm.Type.getObjectType(cn.name)));
            init.add(new org.objectweb.asm.tree.LdcInsnNode(Names.dotted(k[1])));
            init.add(new org.objectweb.asm.tree.LdcInsnNode(k[2]));
            init.add(new org.objectweb.asm.tree.MethodInsnNode(Opcodes.INVOKESTATIC, Names.BOOT, k[0],
                    "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;)J", false));
            init.add(new org.objectweb.asm.tree.FieldInsnNode(Opcodes.PUTSTATIC, cn.name, e.getValue(), "J"));
        }
        MethodNode clinit = cn.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElse(null);
        if (clinit == null) {
            clinit = new MethodNode(Opcodes.ASM9, Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            clinit.instructions.add(new org.objectweb.asm.tree.InsnNode(Opcodes.RETURN));
            cn.methods.add(clinit);
        }
        clinit.instructions.insert(init);
        clinit.maxStack = Math.max(clinit.maxStack, 3);
    }

    /**
     * The host's offset holders in a class of their own, {@code Host$$StmOffsets} in the host's package: package
     * access (the host's twins read them), its {@code <clinit>} the lookups, run when a twin first reads one. Marked
     * as transformed, so that an agent over a translated jar leaves it alone.
     */
    private static void addHolderClass(Ctx ctx) {
        ClassNode cn = ctx.cn;
        String name = ctx.offsetsOwner();
        ClassNode k = new ClassNode();
        k.version = cn.version;
        k.access = Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
        k.name = name;
        k.superName = "java/lang/Object";
        k.invisibleAnnotations = new ArrayList<>(List.of(new AnnotationNode(MARK)));
        MethodNode clinit = new MethodNode(Opcodes.ASM9, Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        for (var e : ctx.holders.entrySet()) {
            String[] key = e.getKey().split("\\|", 3);
            k.fields.add(new FieldNode(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, e.getValue(),
                    "J", null, null));
            clinit.instructions.add(new org.objectweb.asm.tree.LdcInsnNode(org.objectweb.asm.Type.getObjectType(
                    cn.name)));
            clinit.instructions.add(new org.objectweb.asm.tree.LdcInsnNode(Names.dotted(key[1])));
            clinit.instructions.add(new org.objectweb.asm.tree.LdcInsnNode(key[2]));
            clinit.instructions.add(new org.objectweb.asm.tree.MethodInsnNode(Opcodes.INVOKESTATIC, Names.BOOT,
                    key[0], "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;)J", false));
            clinit.instructions.add(new org.objectweb.asm.tree.FieldInsnNode(Opcodes.PUTSTATIC, name, e.getValue(),
                    "J"));
        }
        clinit.instructions.add(new org.objectweb.asm.tree.InsnNode(Opcodes.RETURN));
        clinit.maxStack = 3;
        clinit.maxLocals = 0;
        k.methods.add(clinit);
        ClassWriter cw = new ClassWriter(0);
        k.accept(cw);
        ctx.h.holderClassFiles.put(name, cw.toByteArray());
    }

    /** Members the configuration names for this class must exist. */
    private static void checkNamedMembers(Ctx ctx) {
        for (String named : ctx.h.config.namedMethods()) {
            int i = named.indexOf('#');
            if (!named.substring(0, i).equals(ctx.cn.name)) {
                continue;
            }
            String method = named.substring(i + 1);
            if (ctx.cn.methods.stream().noneMatch(m -> m.name.equals(method))) {
                throw new TransformException(Names.dotted(ctx.cn.name) + ": the configuration names method "
                        + method + ", which the class does not have");
            }
        }
    }

    /** A class writer whose frame computation reads the hierarchy from class files. */
    static final class FrameWriter extends ClassWriter {
        private final Hierarchy h;

        FrameWriter(Hierarchy h) {
            super(ClassWriter.COMPUTE_FRAMES);
            this.h = h;
        }

        @Override
        protected String getCommonSuperClass(String a, String b) {
            h.require(a, "stack-map frames");
            h.require(b, "stack-map frames");
            return h.commonSuperClass(a, b);
        }

        @Override
        protected ClassLoader getClassLoader() {
            throw new TransformException("internal: class loading attempted while writing frames");
        }
    }
}
