package org.stmj.examples.luaj;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.stmj.transform.Config;
import org.stmj.transform.Transformer;

/**
 * {@code TransformedRun CONFIG args...}: runs {@link LuaThreads#main} with LuaJ and the driver loaded through a
 * child-first loader that transforms them with CONFIG, as the agent would (for tests, which have no agent jar).
 * Run it with {@code -Dstmj.mode=stm}.
 */
public final class TransformedRun {
    private TransformedRun() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.load(Path.of(args[0]));
        ClassLoader loader = new Loader(new Transformer(config), TransformedRun.class.getClassLoader());
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class.forName(LuaThreads.class.getName(), true, loader).getMethod("main", String[].class)
                .invoke(null, (Object) rest);
    }

    /** Child-first for LuaJ and the driver; everything else (JDK, stm-core, the runtime) from the parent. */
    static final class Loader extends ClassLoader {
        private final Transformer transformer;

        Loader(Transformer transformer, ClassLoader parent) {
            super(parent);
            this.transformer = transformer;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    if (!(name.startsWith("org.luaj.") || name.startsWith("org.stmj.examples.luaj."))
                            || name.equals(TransformedRun.class.getName())) {
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
}
