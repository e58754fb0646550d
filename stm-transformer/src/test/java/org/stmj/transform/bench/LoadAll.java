package org.stmj.transform.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads (without initializing) every class of a jar that is on the class path, and prints how long it took:
 * run with and without the agent to get the agent's start-up cost per class.
 * {@code java [-javaagent:stm-agent.jar=config=...] -cp test-classes:the.jar LoadAll the.jar}
 */
public final class LoadAll {
    private LoadAll() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        try (JarFile jf = new JarFile(Path.of(args[0]).toFile())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                String n = e.nextElement().getName();
                if (n.endsWith(".class") && !n.contains("-")) {
                    names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                }
            }
        }
        long t0 = System.nanoTime();
        int loaded = 0;
        for (String n : names) {
            try {
                Class.forName(n, false, ClassLoader.getSystemClassLoader());
                loaded++;
            } catch (Throwable e) {
                // optional dependencies missing
            }
        }
        System.out.printf("loaded %d of %d classes in %d ms%n", loaded, names.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
