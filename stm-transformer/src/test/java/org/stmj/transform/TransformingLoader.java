package org.stmj.transform;

import java.io.IOException;
import java.io.InputStream;

/** A child-first loader that transforms classes of the given packages from the test class path. */
final class TransformingLoader extends ClassLoader {
    private final Transformer transformer;
    private final String[] prefixes;
    private final boolean verify;

    TransformingLoader(Config config, boolean verify, String... prefixes) {
        super(TransformingLoader.class.getClassLoader());
        this.transformer = new Transformer(config);
        this.prefixes = prefixes;
        this.verify = verify;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                boolean mine = false;
                for (String p : prefixes) {
                    mine |= name.startsWith(p);
                }
                if (!mine) {
                    return super.loadClass(name, resolve);
                }
                byte[] b;
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
}
