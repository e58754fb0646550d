package org.stmj.examples.luaj;

import java.nio.file.Path;
import org.stmj.transform.Config;
import org.stmj.transform.TransformingClassLoader;

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
        // child-first for LuaJ and the driver; everything else (JDK, stm-core, the runtime) from the parent
        ClassLoader loader = new TransformingClassLoader(TransformedRun.class.getClassLoader(), config, false,
                "org.luaj.", "org.stmj.examples.luaj.");
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class.forName(LuaThreads.class.getName(), true, loader).getMethod("main", String[].class)
                .invoke(null, (Object) rest);
    }
}
