package org.stmj.transform.desugar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Start-up desugaring of a jar, at build time: every lambda and method reference site ({@code invokedynamic} to
 * {@code LambdaMetafactory}) becomes a call of a static factory of an ordinary class generated for it (a nestmate
 * of the site's class, so it may call the private {@code lambda$} body), and every string concatenation site
 * ({@code invokedynamic} to {@code StringConcatFactory}) becomes a call of a private static method of the same
 * class that appends to a {@code StringBuilder}.
 *
 * <p>Why: the JDK links each such site at its first execution through method handles. With the class-data-sharing
 * archive bin/stmpy keeps, linking one archived lambda still costs some 0.1 ms of interpreted method-handle code,
 * and the interpreter links about 460 of them before it runs a line of Python (plus the concatenation sites,
 * which are not archived at all); an ordinary class comes out of the archive in a few microseconds. The result
 * behaves the same: a non-capturing lambda is one instance per site, as the JDK's; the conversions of arguments
 * and results are the JDK's (casts, boxing, unboxing). A site whose conversions or access this tool does not
 * handle (serializable lambdas, bridges, widening of primitives, a non-public method of another package) is
 * left as it was.
 *
 * <p>Usage: {@code java -cp stm-agent.jar org.stmj.transform.desugar.Desugar IN.jar OUT.jar}.
 */
public final class Desugar {
    private static final String LMF = "java/lang/invoke/LambdaMetafactory";
    private static final String SCF = "java/lang/invoke/StringConcatFactory";
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;
    /** The class the STM build's lambda bridges ask whether any thread may run a transaction. */
    private static final String DESCRIPTORS = "org/stmj/core/Descriptors";

    /** Every class of the jar by internal name (the accessibility checks read them). */
    private final Map<String, ClassNode> classes = new LinkedHashMap<>();
    /** Generated classes by internal name. */
    private final Map<String, byte[]> generated = new LinkedHashMap<>();
    /** Nest host -> nest members to add. */
    private final Map<String, List<String>> newMembers = new HashMap<>();
    private int lambdas;
    private int lambdasLeft;
    private int concats;
    private int concatsLeft;

    private Desugar() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Desugar IN.jar OUT.jar");
            System.exit(2);
        }
        Desugar d = new Desugar();
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        d.run(Path.of(args[0]), tmp);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("desugar: " + d.lambdas + " lambda sites to classes (" + d.lambdasLeft + " left), "
                + d.concats + " concatenation sites to methods (" + d.concatsLeft + " left) -> " + out);
    }

    private void run(Path in, Path out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Manifest manifest;
        try (JarInputStream jin = new JarInputStream(Files.newInputStream(in))) {
            manifest = jin.getManifest();
            for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                entries.put(e.getName(), e.isDirectory() ? null : readAll(jin));
            }
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".class") && !e.getKey().startsWith("META-INF/")) {
                ClassNode cn = new ClassNode();
                new ClassReader(e.getValue()).accept(cn, 0);
                classes.put(cn.name, cn);
            }
        }
        Map<String, Boolean> changed = new HashMap<>();
        for (ClassNode cn : new ArrayList<>(classes.values())) {
            changed.put(cn.name, rewrite(cn));
        }
        for (Map.Entry<String, List<String>> m : newMembers.entrySet()) {
            ClassNode host = classes.get(m.getKey());
            if (host.nestMembers == null) {
                host.nestMembers = new ArrayList<>();
            }
            host.nestMembers.addAll(m.getValue());
            changed.put(host.name, true);
        }
        try (JarOutputStream jout = manifest == null ? new JarOutputStream(Files.newOutputStream(out))
                : new JarOutputStream(Files.newOutputStream(out), manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String name = e.getKey();
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                byte[] data = e.getValue();
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    String cls = name.substring(0, name.length() - ".class".length());
                    if (changed.getOrDefault(cls, false)) {
                        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
                        classes.get(cls).accept(cw);
                        data = cw.toByteArray();
                    }
                }
                put(jout, name, data);
            }
            for (Map.Entry<String, byte[]> g : generated.entrySet()) {
                put(jout, g.getKey() + ".class", g.getValue());
            }
        }
    }

    private static void put(JarOutputStream jout, String name, byte[] data) throws IOException {
        jout.putNextEntry(new ZipEntry(name));
        if (data != null) {
            jout.write(data);
        }
        jout.closeEntry();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }

    /** Rewrites the sites of one class; returns whether it changed. */
    private boolean rewrite(ClassNode cn) {
        boolean changed = false;
        List<MethodNode> added = new ArrayList<>();
        for (MethodNode m : cn.methods) {
            for (AbstractInsnNode i : m.instructions.toArray()) {
                if (!(i instanceof InvokeDynamicInsnNode indy)) {
                    continue;
                }
                AbstractInsnNode repl = null;
                if (indy.bsm.getOwner().equals(LMF)) {
                    repl = lambda(cn, indy);
                    if (repl == null) {
                        lambdasLeft++;
                    } else {
                        lambdas++;
                    }
                } else if (indy.bsm.getOwner().equals(SCF)) {
                    repl = concat(cn, indy, added);
                    if (repl == null) {
                        concatsLeft++;
                    } else {
                        concats++;
                    }
                }
                if (repl != null) {
                    m.instructions.set(indy, repl);
                    changed = true;
                }
            }
        }
        cn.methods.addAll(added);
        return changed;
    }

    // ---- string concatenation ----

    private AbstractInsnNode concat(ClassNode cn, InvokeDynamicInsnNode indy, List<MethodNode> added) {
        if (!indy.bsm.getName().equals("makeConcatWithConstants") || indy.bsmArgs.length < 1
                || !(indy.bsmArgs[0] instanceof String recipe)) {
            return null;
        }
        Type[] args = Type.getArgumentTypes(indy.desc);
        if (!Type.getReturnType(indy.desc).getDescriptor().equals("Ljava/lang/String;")) {
            return null;
        }
        for (int k = 1; k < indy.bsmArgs.length; k++) {
            if (!(indy.bsmArgs[k] instanceof String)) {
                return null;
            }
        }
        String name = "concat$" + added.size();
        while (hasMethod(cn, name)) {
            name = name + "$";
        }
        boolean itf = (cn.access & Opcodes.ACC_INTERFACE) != 0;
        MethodNode m = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name,
                indy.desc, null, null);
        m.visitCode();
        m.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
        m.visitInsn(Opcodes.DUP);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        int arg = 0;
        int slot = 0;
        int constant = 1;
        StringBuilder lit = new StringBuilder();
        for (int k = 0; k <= recipe.length(); k++) {
            char c = k < recipe.length() ? recipe.charAt(k) : '\u0001';
            if (k < recipe.length() && c != '\u0001' && c != '\u0002') {
                lit.append(c);
                continue;
            }
            if (k < recipe.length() && c == '\u0002') {
                lit.append((String) indy.bsmArgs[constant++]);
                continue;
            }
            if (lit.length() > 0) {
                m.visitLdcInsn(lit.toString());
                append(m, "Ljava/lang/String;");
                lit.setLength(0);
            }
            if (k == recipe.length()) {
                break;
            }
            if (arg >= args.length) {
                return null;
            }
            Type t = args[arg++];
            m.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
            append(m, appendDesc(t));
        }
        if (arg != args.length) {
            return null;
        }
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;",
                false);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        added.add(m);
        return new MethodInsnNode(Opcodes.INVOKESTATIC, cn.name, name, indy.desc, itf);
    }

    private static String appendDesc(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return "Z";
            case Type.CHAR: return "C";
            case Type.BYTE: case Type.SHORT: case Type.INT: return "I";
            case Type.LONG: return "J";
            case Type.FLOAT: return "F";
            case Type.DOUBLE: return "D";
            default:
                // String.valueOf(Object) for everything else, as the JDK's concatenation does (null is "null")
                return t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        }
    }

    private static void append(MethodNode m, String desc) {
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(" + desc + ")Ljava/lang/StringBuilder;", false);
    }

    private static boolean hasMethod(ClassNode cn, String name) {
        return cn.methods.stream().anyMatch(x -> x.name.equals(name));
    }

    // ---- lambdas ----

    private AbstractInsnNode lambda(ClassNode cn, InvokeDynamicInsnNode indy) {
        String bsm = indy.bsm.getName();
        Object[] ba = indy.bsmArgs;
        if (ba.length < 3 || !(ba[0] instanceof Type sam) || !(ba[1] instanceof Handle impl)
                || !(ba[2] instanceof Type inst)) {
            return null;
        }
        List<String> markers = new ArrayList<>();
        if (bsm.equals("altMetafactory")) {
            int flags = (Integer) ba[3];
            int k = 4;
            if ((flags & FLAG_SERIALIZABLE) != 0) {
                return null;
            }
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) ba[k++];
                for (int j = 0; j < n; j++) {
                    markers.add(((Type) ba[k++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0 && (Integer) ba[k] != 0) {
                return null;
            }
        } else if (!bsm.equals("metafactory")) {
            return null;
        }
        if (!accessible(cn, impl)) {
            return null;
        }
        Type[] captured = Type.getArgumentTypes(indy.desc);
        Type fi = Type.getReturnType(indy.desc);
        Type[] samArgs = sam.getArgumentTypes();
        Type[] instArgs = inst.getArgumentTypes();
        // the implementation's parameters, the receiver first for an instance method
        List<Type> implParams = new ArrayList<>();
        int tag = impl.getTag();
        boolean instance = tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE
                || tag == Opcodes.H_INVOKESPECIAL;
        if (instance) {
            implParams.add(Type.getObjectType(impl.getOwner()));
        }
        implParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        if (implParams.size() != captured.length + samArgs.length) {
            return null;
        }
        Type implRet = tag == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(impl.getOwner())
                : Type.getReturnType(impl.getDesc());
        String nestHost = cn.nestHostClass != null ? cn.nestHostClass : cn.name;
        if (!classes.containsKey(nestHost) || classes.get(nestHost).version < Opcodes.V11
                || cn.version < Opcodes.V11) {
            return null;  // no nests before class file version 55: the body would not be callable
        }
        String name = cn.name + "$$Lambda$" + (lambdas + 1);
        while (classes.containsKey(name) || generated.containsKey(name)) {
            name = name + "$";
        }
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        List<String> itfs = new ArrayList<>();
        itfs.add(fi.getInternalName());
        itfs.addAll(markers);
        cw.visit(cn.version < Opcodes.V11 ? Opcodes.V11 : cn.version,
                Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null, "java/lang/Object",
                itfs.toArray(new String[0]));
        cw.visitNestHost(nestHost);
        for (int j = 0; j < captured.length; j++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + j, captured[j].getDescriptor(), null,
                    null).visitEnd();
        }
        String ctorDesc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        org.objectweb.asm.MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int j = 0; j < captured.length; j++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[j].getOpcode(Opcodes.ILOAD), slot);
            slot += captured[j].getSize();
            mv.visitFieldInsn(Opcodes.PUTFIELD, name, "arg$" + j, captured[j].getDescriptor());
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        // the interface method: captured values, then the arguments converted to the implementation's types. For
        // a lambda bridge of the STM build (see plainCallOf) it first asks whether any thread has a transaction
        // descriptor: while none has, it calls the original itself, as the GIL build's lambda class does.
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, indy.name, sam.getDescriptor(), null, null);
        mv.visitCode();
        MethodInsnNode plain = plainCallOf(cn, nestHost, impl);
        if (plain != null) {
            org.objectweb.asm.Label bridged = new org.objectweb.asm.Label();
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, DESCRIPTORS, "anyRegistered", "()Z", false);
            mv.visitJumpInsn(Opcodes.IFNE, bridged);
            if (!samCall(mv, name, impl, plain, captured, samArgs, instArgs, implParams, implRet, sam, inst)) {
                return null;
            }
            mv.visitLabel(bridged);
            mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        }
        if (!samCall(mv, name, impl, null, captured, samArgs, instArgs, implParams, implRet, sam, inst)) {
            return null;
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        // the factory the site calls: one instance for a non-capturing lambda, as the JDK's
        String factoryDesc = Type.getMethodDescriptor(fi, captured);
        if (captured.length == 0) {
            cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "INSTANCE",
                    fi.getDescriptor(), null, null).visitEnd();
            mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            mv.visitTypeInsn(Opcodes.NEW, name);
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", "()V", false);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, name, "INSTANCE", fi.getDescriptor());
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        mv = cw.visitMethod(Opcodes.ACC_STATIC, "get$Lambda", factoryDesc, null, null);
        mv.visitCode();
        if (captured.length == 0) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, name, "INSTANCE", fi.getDescriptor());
        } else {
            mv.visitTypeInsn(Opcodes.NEW, name);
            mv.visitInsn(Opcodes.DUP);
            slot = 0;
            for (Type c : captured) {
                mv.visitVarInsn(c.getOpcode(Opcodes.ILOAD), slot);
                slot += c.getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", ctorDesc, false);
        }
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        generated.put(name, cw.toByteArray());
        newMembers.computeIfAbsent(nestHost, k -> new ArrayList<>()).add(name);
        if (captured.length == 0) {
            return new FieldInsnNode(Opcodes.GETSTATIC, name, "INSTANCE", fi.getDescriptor());
        }
        return new MethodInsnNode(Opcodes.INVOKESTATIC, name, "get$Lambda", factoryDesc, false);
    }

    /**
     * Converts the value on the stack from {@code from} (its static type) to {@code to}, through {@code via} (the
     * instantiated type, which says which box an erased reference holds); false if this tool does not do it.
     */
    private static boolean convert(org.objectweb.asm.MethodVisitor mv, Type from, Type via, Type to) {
        boolean fromRef = from.getSort() >= Type.ARRAY;
        boolean toRef = to.getSort() >= Type.ARRAY;
        if (fromRef && toRef) {
            if (!from.equals(to) && !to.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
            return true;
        }
        if (!fromRef && !toRef) {
            return from.equals(to);
        }
        if (!fromRef) {
            // boxing: to must be able to hold the box (Object, Number, the box itself, ...)
            Type box = box(from);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
                    Type.getMethodDescriptor(box, from), false);
            if (!to.equals(box) && !to.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
            return true;
        }
        // unboxing: only from the primitive's own box (the static or the instantiated type says which)
        Type box = box(to);
        if (!from.equals(box) && !via.equals(box)) {
            return false;
        }
        mv.visitTypeInsn(Opcodes.CHECKCAST, box.getInternalName());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box.getInternalName(), to.getClassName() + "Value",
                Type.getMethodDescriptor(to), false);
        return true;
    }

    private static Type box(Type prim) {
        switch (prim.getSort()) {
            case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
            case Type.CHAR: return Type.getObjectType("java/lang/Character");
            case Type.BYTE: return Type.getObjectType("java/lang/Byte");
            case Type.SHORT: return Type.getObjectType("java/lang/Short");
            case Type.INT: return Type.getObjectType("java/lang/Integer");
            case Type.LONG: return Type.getObjectType("java/lang/Long");
            case Type.FLOAT: return Type.getObjectType("java/lang/Float");
            default: return Type.getObjectType("java/lang/Double");
        }
    }

    /**
     * Emits the interface method's call of the implementation and its return: the captured values and arguments
     * converted to the implementation's parameters, then {@code impl} called (or {@code plain}, a call that takes
     * the same parameters, when not null); false when a conversion is not handled.
     */
    private static boolean samCall(org.objectweb.asm.MethodVisitor mv, String name, Handle impl,
            MethodInsnNode plain, Type[] captured, Type[] samArgs, Type[] instArgs, List<Type> implParams,
            Type implRet, Type sam, Type inst) {
        int tag = impl.getTag();
        if (tag == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        for (int j = 0; j < captured.length; j++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, "arg$" + j, captured[j].getDescriptor());
            if (!convert(mv, captured[j], captured[j], implParams.get(j))) {
                return false;
            }
        }
        int slot = 1;
        for (int j = 0; j < samArgs.length; j++) {
            mv.visitVarInsn(samArgs[j].getOpcode(Opcodes.ILOAD), slot);
            slot += samArgs[j].getSize();
            Type via = j < instArgs.length ? instArgs[j] : samArgs[j];
            if (!convert(mv, samArgs[j], via, implParams.get(captured.length + j))) {
                return false;
            }
        }
        if (plain != null) {
            // a private instance method of the host: a nestmate calls it virtually
            int op = plain.getOpcode() != Opcodes.INVOKESPECIAL ? plain.getOpcode()
                    : plain.itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
            mv.visitMethodInsn(op, plain.owner, plain.name, plain.desc, plain.itf);
        } else {
            switch (tag) {
                case Opcodes.H_INVOKESTATIC:
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(),
                            impl.isInterface());
                    break;
                case Opcodes.H_INVOKEVIRTUAL:
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(),
                            false);
                    break;
                case Opcodes.H_INVOKEINTERFACE:
                    mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(),
                            true);
                    break;
                case Opcodes.H_INVOKESPECIAL:
                    // a private method of the site's class (accessible() said so): a nestmate calls it virtually
                    mv.visitMethodInsn(impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
                            impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                    break;
                case Opcodes.H_NEWINVOKESPECIAL:
                    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
                    break;
                default:
                    return false;
            }
        }
        Type samRet = sam.getReturnType();
        if (samRet.getSort() == Type.VOID) {
            if (implRet.getSize() > 0) {
                mv.visitInsn(implRet.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
        } else {
            if (implRet.getSort() == Type.VOID || !convert(mv, implRet, inst.getReturnType(), samRet)) {
                return false;
            }
        }
        mv.visitInsn(samRet.getOpcode(Opcodes.IRETURN));
        return true;
    }

    /**
     * When {@code impl} is a lambda bridge of the STM build (stm-transformer's LambdaPass: a private static method
     * of the site's class that begins {@code if (!Descriptors.anyRegistered()) return original(params)}), the call
     * of that original, which takes the bridge's parameters; null otherwise, or when the generated class could not
     * make that call itself. The lambda class then makes the check and the call (one frame less for every call of a
     * builtin in a one-thread auto-mode run: the GIL build's shape) and calls the bridge only once a thread has a
     * descriptor.
     */
    private MethodInsnNode plainCallOf(ClassNode cn, String nestHost, Handle impl) {
        if (impl.getTag() != Opcodes.H_INVOKESTATIC || !impl.getOwner().equals(cn.name)
                || !impl.getName().startsWith("lambda$stmBridge$")) {
            return null;
        }
        MethodNode b = find(cn, impl);
        if (b == null || (b.access & Opcodes.ACC_STATIC) == 0) {
            return null;
        }
        AbstractInsnNode i = next(b.instructions.getFirst());
        if (!(i instanceof MethodInsnNode check) || check.getOpcode() != Opcodes.INVOKESTATIC
                || !check.owner.equals(DESCRIPTORS) || !check.name.equals("anyRegistered")) {
            return null;
        }
        i = next(i.getNext());
        if (!(i instanceof JumpInsnNode j) || j.getOpcode() != Opcodes.IFEQ) {
            return null;
        }
        // at the plain label: the bridge's parameters loaded in order, one call, a return
        Type[] params = Type.getArgumentTypes(b.desc);
        int slot = 0;
        i = next(j.label.getNext());
        for (Type t : params) {
            if (!(i instanceof VarInsnNode v) || v.getOpcode() != t.getOpcode(Opcodes.ILOAD) || v.var != slot) {
                return null;
            }
            slot += t.getSize();
            i = next(i.getNext());
        }
        if (!(i instanceof MethodInsnNode call) || !(next(call.getNext()) instanceof InsnNode ret)
                || ret.getOpcode() != Type.getReturnType(b.desc).getOpcode(Opcodes.IRETURN)) {
            return null;
        }
        Type[] callParams = Type.getArgumentTypes(call.desc);
        int receiver = call.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1;
        if (callParams.length + receiver != params.length
                || !Type.getReturnType(call.desc).equals(Type.getReturnType(b.desc))) {
            return null;
        }
        int tag = switch (call.getOpcode()) {
            case Opcodes.INVOKESTATIC -> Opcodes.H_INVOKESTATIC;
            case Opcodes.INVOKEVIRTUAL -> Opcodes.H_INVOKEVIRTUAL;
            case Opcodes.INVOKEINTERFACE -> Opcodes.H_INVOKEINTERFACE;
            case Opcodes.INVOKESPECIAL -> call.name.equals("<init>") ? -1 : Opcodes.H_INVOKESPECIAL;
            default -> -1;
        };
        if (tag < 0 || !accessible(cn, new Handle(tag, call.owner, call.name, call.desc, call.itf))) {
            return null;
        }
        return call;
    }

    /** The first real instruction at or after {@code i} (labels, line numbers and frames skipped). */
    private static AbstractInsnNode next(AbstractInsnNode i) {
        while (i != null && i.getOpcode() < 0) {
            i = i.getNext();
        }
        return i;
    }

    /** Whether a class in the package of {@code cn} (and in its nest) may call {@code impl} directly. */
    private boolean accessible(ClassNode cn, Handle impl) {
        String owner = impl.getOwner();
        String nestHost = cn.nestHostClass != null ? cn.nestHostClass : cn.name;
        ClassNode oc = classes.get(owner);
        if (impl.getTag() == Opcodes.H_INVOKESPECIAL) {
            // only a private method of the site's own class (a super:: reference is left to the JDK)
            if (!owner.equals(cn.name)) {
                return false;
            }
            MethodNode m = find(oc, impl);
            return m != null && (m.access & Opcodes.ACC_PRIVATE) != 0;
        }
        if (oc != null) {
            MethodNode m = find(oc, impl);
            if (m == null) {
                return false;  // inherited: leave it to the JDK
            }
            String ocHost = oc.nestHostClass != null ? oc.nestHostClass : oc.name;
            if ((m.access & Opcodes.ACC_PRIVATE) != 0) {
                return ocHost.equals(nestHost);
            }
            if (samePackage(owner, cn.name)) {
                return true;
            }
            return (m.access & Opcodes.ACC_PUBLIC) != 0 && (oc.access & Opcodes.ACC_PUBLIC) != 0;
        }
        // a class outside the jar (the JDK, a library): public and exported only
        try {
            Class<?> c = Class.forName(owner.replace('/', '.'), false, Desugar.class.getClassLoader());
            if (!Modifier.isPublic(c.getModifiers()) || !c.getModule().isExported(c.getPackageName())) {
                return false;
            }
            if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                for (Constructor<?> k : c.getConstructors()) {
                    if (Type.getConstructorDescriptor(k).equals(impl.getDesc())) {
                        return true;
                    }
                }
                return false;
            }
            for (Method k : c.getMethods()) {
                if (k.getName().equals(impl.getName()) && Type.getMethodDescriptor(k).equals(impl.getDesc())
                        && k.getDeclaringClass() == c && Modifier.isPublic(k.getModifiers())
                        && Modifier.isStatic(k.getModifiers()) == (impl.getTag() == Opcodes.H_INVOKESTATIC)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static MethodNode find(ClassNode oc, Handle impl) {
        if (oc == null) {
            return null;
        }
        for (MethodNode m : oc.methods) {
            if (m.name.equals(impl.getName()) && m.desc.equals(impl.getDesc())) {
                return m;
            }
        }
        return null;
    }

    private static boolean samePackage(String a, String b) {
        int i = a.lastIndexOf('/');
        int j = b.lastIndexOf('/');
        return a.substring(0, Math.max(i, 0)).equals(b.substring(0, Math.max(j, 0)));
    }
}
