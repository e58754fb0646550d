package org.stmj.stress.python;

import java.io.IOException;
import java.io.InputStream;
import org.stmj.transform.Config;
import org.stmj.transform.Transformer;

/**
 * A child-first loader that defines every class under one package prefix itself, transformed as the
 * configuration says (classes the configuration excludes are defined as they are, so they link against the
 * transformed ones), and leaves all other classes to its parent, which is how the agent would see them.
 */
final class TransformingLoader extends ClassLoader {
    private final Transformer transformer;
    private final String prefix;

    TransformingLoader(ClassLoader parent, Config config, String prefix) {
        super(parent);
        this.transformer = new Transformer(config);
        this.prefix = prefix;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] b;
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    b = in.readAllBytes();
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
                byte[] out = transformer.transform(this, b, false);
                byte[] def = out == null ? b : out;
                c = defineClass(name, def, 0, def.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
