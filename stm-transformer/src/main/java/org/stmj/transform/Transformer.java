package org.stmj.transform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The transformation shared by the agent and the offline translator: one class file in, its STM version out.
 * Thread-safe; keeps one class-hierarchy cache per class loader.
 */
public final class Transformer {
    private final Config config;
    private final Map<ClassLoader, Hierarchy> hierarchies = new WeakHashMap<>();
    private Hierarchy bootHierarchy;
    /** Where one-line warnings go; standard error unless {@link #onWarning} set it. */
    private volatile Consumer<String> warnings = w -> System.err.println("stmj: warning: " + w);

    /** A transformer for one configuration. */
    public Transformer(Config config) {
        this.config = config;
    }

    /**
     * Sends the transformer's warnings (one line each, naming the class and method: today a hot dispatch-loop
     * twin over HotSpot's compile limit, see {@link CodeSize}) to {@code listener} instead of standard error.
     * Returns this transformer.
     */
    public Transformer onWarning(Consumer<String> listener) {
        this.warnings = java.util.Objects.requireNonNull(listener);
        return this;
    }

    /** The configuration this transformer applies. */
    public Config config() {
        return config;
    }

    /**
     * Transforms one class, reading the classes it refers to as resources of {@code loader}. Returns the input
     * unchanged when the configuration does not select the class (or it was transformed already).
     *
     * @throws TransformException with a one-line reason naming the class when it cannot be transformed correctly
     */
    public static byte[] transformClass(byte[] classFile, ClassLoader loader, Config config) {
        byte[] out = new Transformer(config).transform(loader, classFile, false);
        return out == null ? classFile : out;
    }

    /**
     * Transforms one class; {@code null} when it is not to be transformed.
     *
     * @param verify also run the bytecode verifier on the result (from class files, loading nothing)
     * @throws TransformException with a one-line reason naming the class
     */
    public byte[] transform(ClassLoader loader, byte[] classFile, boolean verify) {
        return transform(hierarchy(loader), classFile, verify);
    }

    byte[] transform(Hierarchy h, byte[] classFile, boolean verify) {
        String name;
        try {
            name = ClassTransformer.nameOf(classFile);
        } catch (RuntimeException e) {
            throw new TransformException("malformed class file: " + e);
        }
        if (!h.isTransformed(name) && !selectedByBytes(h, name, classFile)) {
            checkNotMarked(h, name, classFile);
            return null;
        }
        h.define(name, classFile);
        ClassInfo self = h.info(name);
        if (self != null && self.marked) {
            return null; // transformed already (a translated jar under the agent)
        }
        byte[] out;
        java.util.Set<String> unchanged = verify ? new java.util.HashSet<>() : null;
        try {
            out = ClassTransformer.transform(h, classFile, warnings, unchanged);
        } catch (TransformException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new TransformException(Names.dotted(name) + ": " + e.getClass().getSimpleName() + ": "
                    + Ctx.oneLine(String.valueOf(e.getMessage())));
        }
        if (out != null && verify) {
            verify(h, out, unchanged);
            byte[] twins = h.holderClassFiles.get(CompanionPass.companionOf(name));
            if (twins != null) {
                verify(h, twins); // the twins moved out of the class (the translator's CompanionPass)
            }
        }
        return out;
    }

    /**
     * A class that is not transformed must not carry the STM's method annotations: its {@code @Atomic} methods
     * would run without a transaction, silently. Throws naming the class, the method and the fix. The STM's own
     * classes and the JDK's are not checked.
     */
    static void checkNotMarked(Hierarchy h, String name, byte[] classFile) {
        if (Config.excludedAlways(name)) {
            return;
        }
        ClassInfo ci = h.info(name);
        if (ci == null) {
            try {
                ci = ClassInfo.parse(classFile);
            } catch (RuntimeException e) {
                return;
            }
        }
        for (ClassInfo.Method m : new java.util.TreeMap<>(ci.methods).values()) {
            int marks = m.marks();
            if (marks == 0) {
                continue;
            }
            String which = (marks & ClassInfo.ATOMIC) != 0 ? "@Atomic"
                    : (marks & ClassInfo.BOUNDARY) != 0 ? "@BytecodeBoundary"
                    : (marks & ClassInfo.GIL_RELEASED) != 0 ? "@GilReleased" : "@AtomicBlock";
            String dotted = Names.dotted(name);
            String fix = h.config.excludes(name)
                    ? "remove it from exclude= in the configuration, or remove the annotation"
                    : "add it (or its package) to transform= in the configuration, or remove the annotation";
            throw new TransformException(dotted + "." + m.name() + " is " + which + " but class " + dotted
                    + " is not transformed, so it would run without its STM meaning; " + fix);
        }
    }

    /** The class being defined is not yet visible as a resource (generated or defined from bytes). */
    private static boolean selectedByBytes(Hierarchy h, String name, byte[] classFile) {
        if (h.info(name) != null) {
            return false;
        }
        h.define(name, classFile);
        return h.isTransformedUncached(name);
    }

    synchronized Hierarchy hierarchy(ClassLoader loader) {
        if (loader == null) {
            if (bootHierarchy == null) {
                bootHierarchy = new Hierarchy(config, Hierarchy.of(null));
            }
            return bootHierarchy;
        }
        return hierarchies.computeIfAbsent(loader, l -> new Hierarchy(config, Hierarchy.of(l)));
    }

    /** A hierarchy over an explicit source of class files (the translator's jar plus its class path). */
    Hierarchy hierarchy(Hierarchy.ClassBytes source) {
        return new Hierarchy(config, source);
    }

    /**
     * Checks a transformed class: ASM's structural checks, then data-flow verification of every method with the
     * types read from class files. Throws {@link TransformException} naming the class and method.
     */
    static void verify(Hierarchy h, byte[] classFile) {
        verify(h, classFile, java.util.Set.of());
    }

    /**
     * As {@link #verify(Hierarchy, byte[])}, but the methods named in {@code skip} ({@code name + desc}: original
     * methods no pass changed) are neither checked nor analysed: their code is the input's.
     */
    static void verify(Hierarchy h, byte[] classFile, java.util.Set<String> skip) {
        long t0 = Stages.start();
        ClassReader cr = new ClassReader(classFile);
        String who = Names.dotted(cr.getClassName());
        // One read: the structural checks pass every event on to the tree the data-flow verification then uses.
        ClassNode cn = new ClassNode();
        try {
            cr.accept(new CheckClassAdapter(Opcodes.ASM9, cn, false) {
                @Override
                public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String desc, String sig,
                        String[] exceptions) {
                    if (skip.contains(name + desc)) {
                        return cv.visitMethod(access, name, desc, sig, exceptions);
                    }
                    return super.visitMethod(access, name, desc, sig, exceptions);
                }
            }, 0);
        } catch (RuntimeException e) {
            throw new TransformException(who + ": output fails structural checks: " + Ctx.oneLine(e.getMessage()));
        }
        Type sup = cn.superName == null ? null : Type.getObjectType(cn.superName);
        List<Type> itfs = new ArrayList<>();
        for (String i : cn.interfaces) {
            itfs.add(Type.getObjectType(i));
        }
        boolean itf = (cn.access & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0;
        for (MethodNode m : cn.methods) {
            if (skip.contains(m.name + m.desc)) {
                if (Stages.enabled) {
                    Stages.METHODS_SKIPPED.increment();
                }
                continue;
            }
            if (Stages.enabled) {
                Stages.METHODS_VERIFIED.increment();
            }
            Analyzer<BasicValue> a = new Analyzer<>(new HierarchyVerifier(h, Type.getObjectType(cn.name), sup, itfs,
                    itf));
            try {
                a.analyze(cn.name, m);
            } catch (AnalyzerException | RuntimeException e) {
                StringWriter sw = new StringWriter();
                new PrintWriter(sw).print(e.getMessage());
                throw new TransformException(who + "." + m.name + m.desc + ": output does not verify: "
                        + Ctx.oneLine(sw.toString()));
            }
        }
        Stages.lap(Stages.VERIFY, t0);
    }
}
