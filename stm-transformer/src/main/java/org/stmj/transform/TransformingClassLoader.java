package org.stmj.transform;

import java.io.IOException;
import java.io.InputStream;

/**
 * A child-first class loader that defines the classes of the given package prefixes itself, from its parent's
 * class files transformed by a {@link Transformer} (a class the configuration leaves unchanged is defined as it
 * is, so it links against the transformed ones), and leaves every other class to its parent: the agent's
 * transformation in one process, without the agent, for tests and harnesses. Unlike the agent, which can only
 * return the class it is given, it lays classes out as the offline translator does: offset holders and twins'
 * bodies in classes of their own ({@code Host$$StmOffsets}, {@code Host$$StmTwins}), defined from the
 * transformer's output when first loaded; so the golden suites run the translated jar's layout.
 */
public final class TransformingClassLoader extends ClassLoader {
    private final Transformer transformer;
    private final String[] prefixes;
    private final boolean verify;
    /** The hierarchy the transformer uses for this loader, which holds the generated classes' bytes. */
    private final Hierarchy hierarchy;

    /**
     * A loader for the classes whose names start with one of {@code prefixes} (for example {@code
     * "org.example."}), transformed as {@code config} says; {@code verify} runs the transformer's own bytecode
     * check on each transformed class (slower, for tests).
     */
    public TransformingClassLoader(ClassLoader parent, Config config, boolean verify, String... prefixes) {
        super(parent);
        this.transformer = new Transformer(config);
        this.prefixes = prefixes.clone();
        this.verify = verify;
        this.hierarchy = transformer.hierarchy(this);
        hierarchy.separateOffsetHolders();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!mine(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] b;
                String internal = name.replace('.', '/');
                byte[] generated = hierarchy.holderClassFiles.get(internal);
                String host = hostOf(internal);
                if (generated == null && host != null) {
                    // a companion is made when its host is transformed; a caller may name it first
                    loadClass(Names.dotted(host), false);
                    generated = hierarchy.holderClassFiles.get(internal);
                }
                if (generated != null) {
                    c = defineClass(name, generated, 0, generated.length);
                    if (resolve) {
                        resolveClass(c);
                    }
                    return c;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    b = in.readAllBytes();
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
                byte[] out = transformer.transform(this, b, verify);
                byte[] def = out == null ? b : out;
                c = defineClass(name, def, 0, def.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /** The host of a generated companion or offset holder class, or null. */
    private static String hostOf(String internal) {
        for (String suffix : new String[] {CompanionPass.SUFFIX, Names.OFFSETS_SUFFIX}) {
            if (internal.endsWith(suffix)) {
                return internal.substring(0, internal.length() - suffix.length());
            }
        }
        return null;
    }

    private boolean mine(String name) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
