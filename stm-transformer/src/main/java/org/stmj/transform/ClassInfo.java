package org.stmj.transform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** What the transformer needs to know about a class it does not rewrite right now, read from its bytes only. */
final class ClassInfo {
    static final String A_TRANSACTIONAL = "Lorg/stmj/api/annotation/Transactional;";
    static final String A_CONFINED = "Lorg/stmj/api/annotation/ThreadConfined;";
    static final String A_CONFINED_ARRAY = "Lorg/stmj/api/annotation/ConfinedArray;";
    static final String A_IMMUTABLE_ARRAY = "Lorg/stmj/api/annotation/ImmutableArray;";
    static final String A_BOUNDARY = "Lorg/stmj/api/annotation/BytecodeBoundary;";
    static final String A_GIL = "Lorg/stmj/api/annotation/GilReleased;";
    static final String A_ATOMIC = "Lorg/stmj/api/annotation/Atomic;";
    static final String A_BLOCK = "Lorg/stmj/api/annotation/AtomicBlock;";
    static final String A_SWITCH = "Lorg/stmj/api/annotation/ModeSwitch;";

    /**
     * A field: its access flags, descriptor, whether it is {@code @ThreadConfined}, {@code @ConfinedArray},
     * {@code @ImmutableArray}.
     */
    record Field(int access, String desc, boolean confined, boolean confinedArray, boolean immutableArray) {
        Field with(String annotation) {
            return new Field(access, desc, confined || A_CONFINED.equals(annotation),
                    confinedArray || A_CONFINED_ARRAY.equals(annotation),
                    immutableArray || A_IMMUTABLE_ARRAY.equals(annotation));
        }
    }

    /** A method: access flags and the STM marks on it (0 when none). */
    record Method(int access, String name, String desc, int marks) {
    }

    static final int BOUNDARY = 1;
    static final int GIL_RELEASED = 2;
    static final int ATOMIC = 4;
    static final int BLOCK_ENTER = 8;
    static final int BLOCK_EXIT = 16;
    static final int TO_STM = 32;
    static final int TO_GIL = 64;

    final String name;
    final String superName;
    final List<String> interfaces;
    final int access;
    final boolean transactional;
    /** Whether the class is annotated {@code @ThreadConfined} (a confined class). */
    final boolean confined;
    /** Carries the transformer's own mark: written by the transformer already. */
    final boolean marked;
    /** The class's nest host ({@code NestHost} attribute), or null when it is its own. */
    String nestHost;
    final Map<String, Field> fields = new HashMap<>();
    final Map<String, Method> methods = new HashMap<>();

    private ClassInfo(String name, String superName, List<String> interfaces, int access, boolean transactional,
            boolean confined, boolean marked) {
        this.name = name;
        this.superName = superName;
        this.interfaces = interfaces;
        this.access = access;
        this.transactional = transactional;
        this.confined = confined;
        this.marked = marked;
    }

    boolean isInterface() {
        return (access & Opcodes.ACC_INTERFACE) != 0;
    }

    boolean isRecord() {
        return "java/lang/Record".equals(superName);
    }

    static ClassInfo parse(byte[] bytes) {
        ClassReader cr = new ClassReader(bytes);
        Parser p = new Parser();
        cr.accept(p, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return p.info;
    }

    private static final class Parser extends ClassVisitor {
        ClassInfo info;
        private String name;
        private String superName;
        private String[] interfaces;
        private int access;
        private boolean transactional;
        private boolean confined;
        private boolean marked;
        private String nestHost;

        Parser() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int acc, String n, String sig, String sup, String[] itfs) {
            name = n;
            superName = sup;
            interfaces = itfs == null ? new String[0] : itfs;
            access = acc;
        }

        private ClassInfo info() {
            if (info == null) {
                info = new ClassInfo(name, superName, List.of(interfaces), access, transactional, confined,
                        marked);
                info.nestHost = nestHost;
            }
            return info;
        }

        @Override
        public void visitNestHost(String host) {
            nestHost = host;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
            if (A_TRANSACTIONAL.equals(desc)) {
                transactional = true;
            } else if (ClassTransformer.MARK.equals(desc)) {
                marked = true;
            }
            if (A_CONFINED.equals(desc)) {
                confined = true;
            }
            return null;
        }

        @Override
        public FieldVisitor visitField(int acc, String n, String desc, String sig, Object value) {
            ClassInfo ci = info();
            ci.fields.put(n, new Field(acc, desc, false, false, false));
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                    ci.fields.computeIfPresent(n, (k, f) -> f.with(d));
                    return null;
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int acc, String n, String desc, String sig, String[] ex) {
            ClassInfo ci = info();
            String key = n + desc;
            ci.methods.put(key, new Method(acc, n, desc, 0));
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                    int mark = switch (d) {
                        case A_BOUNDARY -> BOUNDARY;
                        case A_GIL -> GIL_RELEASED;
                        case A_ATOMIC -> ATOMIC;
                        default -> 0;
                    };
                    if (mark != 0) {
                        ci.methods.compute(key, (k, m) -> new Method(m.access(), m.name(), m.desc(), m.marks() | mark));
                    }
                    if (A_BLOCK.equals(d) || A_SWITCH.equals(d)) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitEnum(String an, String ed, String value) {
                                int m2 = switch (value) {
                                    case "ENTER" -> BLOCK_ENTER;
                                    case "EXIT" -> BLOCK_EXIT;
                                    case "TO_STM" -> TO_STM;
                                    default -> TO_GIL;
                                };
                                ci.methods.compute(key,
                                        (k, m) -> new Method(m.access(), m.name(), m.desc(), m.marks() | m2));
                            }
                        };
                    }
                    return null;
                }
            };
        }

        @Override
        public void visitEnd() {
            info();
        }
    }
}
