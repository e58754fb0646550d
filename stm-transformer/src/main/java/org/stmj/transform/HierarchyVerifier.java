package org.stmj.transform;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * ASM's {@code SimpleVerifier} answering every subtype question from class files through {@link Hierarchy},
 * so analysing a method never loads a class. Interfaces are treated as the JVM verifier treats them (anything
 * is assignable to an interface type). Unknown classes are assumed compatible: the JVM verifier has the last
 * word on the transformed class anyway.
 */
final class HierarchyVerifier extends SimpleVerifier {
    private final Hierarchy h;

    HierarchyVerifier(Hierarchy h, Type current, Type superType, List<Type> interfaces, boolean isInterface) {
        super(Opcodes.ASM9, current, superType, interfaces, isInterface);
        this.h = h;
    }

    @Override
    protected boolean isInterface(Type t) {
        return t.getSort() == Type.OBJECT && h.isInterface(t.getInternalName());
    }

    @Override
    protected Type getSuperClass(Type t) {
        if (t.getSort() == Type.ARRAY) {
            return Type.getObjectType("java/lang/Object");
        }
        String s = h.superName(t.getInternalName());
        return s == null ? null : Type.getObjectType(s);
    }

    @Override
    protected boolean isAssignableFrom(Type to, Type from) {
        if (to.equals(from) || to.getInternalName().equals("java/lang/Object")) {
            return true;
        }
        if (to.getSort() == Type.ARRAY) {
            if (from.getSort() != Type.ARRAY) {
                return false;
            }
            Type tc = Type.getType(to.getDescriptor().substring(1));
            Type fc = Type.getType(from.getDescriptor().substring(1));
            boolean tr = tc.getSort() == Type.OBJECT || tc.getSort() == Type.ARRAY;
            boolean fr = fc.getSort() == Type.OBJECT || fc.getSort() == Type.ARRAY;
            return tr && fr ? isAssignableFrom(tc, fc) : tc.equals(fc);
        }
        if (isInterface(to)) {
            return true;
        }
        if (from.getSort() == Type.ARRAY) {
            return false;
        }
        if (h.info(to.getInternalName()) == null || h.info(from.getInternalName()) == null) {
            return true;
        }
        return h.isSubtype(from.getInternalName(), to.getInternalName());
    }

    @Override
    protected Class<?> getClass(Type t) {
        throw new TransformException("internal: class loading attempted for " + t);
    }
}
