package org.stmj.transform.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import org.stmj.transform.TransformException;
import org.stmj.transform.Transformer;

/**
 * Transforms each selected class at load time. Never throws into the JVM: a class that cannot be transformed
 * correctly prints {@code stmj: cannot transform <class>: <reason>} and halts the JVM with status 1, so the class
 * is never run uninstrumented (returning {@code null} would load it as it is, and an exception thrown from here is
 * swallowed by the JVM with the same effect).
 */
public final class AgentTransformer implements ClassFileTransformer {
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();
    private final Transformer transformer;
    /** The on-disk cache of transformed classes of the system loader, or null (option {@code cache=DIR}). */
    private final ClassCache cache;

    /** A class-file transformer applying {@code transformer}. */
    public AgentTransformer(Transformer transformer) {
        this(transformer, null);
    }

    AgentTransformer(Transformer transformer, ClassCache cache) {
        this.transformer = transformer;
        this.cache = cache;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain pd,
            byte[] classFile) {
        if (className == null || loader == null || loader == PLATFORM || redefined != null) {
            return null; // the JDK's classes (boot and platform loaders) are never transformed
        }
        try {
            boolean cached = cache != null && loader == ClassLoader.getSystemClassLoader();
            if (cached) {
                byte[] hit = cache.get(classFile);
                if (hit != null) {
                    return hit.length == 0 ? null : hit;
                }
            }
            byte[] out = transformer.transform(loader, classFile, false);
            if (cached) {
                cache.put(classFile, out);
            }
            if (out != null && transformer.config().verbose()) {
                System.err.println("stmj: transformed " + className.replace('/', '.'));
            }
            return out;
        } catch (TransformException e) {
            die("stmj: cannot transform " + className.replace('/', '.') + ": " + e.getMessage(), 1);
        } catch (Throwable t) {
            die("stmj: cannot transform " + className.replace('/', '.') + ": internal error: " + t, 1);
        }
        return null;
    }

    /** Prints one line and stops the JVM at once (no shutdown hooks: no transformed code runs after this). */
    static void die(String line, int status) {
        System.out.flush();
        System.err.println(line);
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }
}
