package org.stmj.transform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * The offline translation of a jar: every selected class transformed and verified, every other entry (resources,
 * the manifest, unselected classes) copied; signature files are dropped since the signed bytes changed.
 */
public final class JarTranslator {
    /** Progress callback: {@code done} of {@code total} entries. */
    public interface Progress {
        void update(int done, int total);
    }

    /** What a translation did; {@code refused} holds one "class: reason" line per class that was refused. */
    public record Result(int transformed, int copied, int resources, List<String> refused) {
    }

    private final Transformer transformer;

    /** A translator for one configuration. */
    public JarTranslator(Config config) {
        this.transformer = new Transformer(config);
    }

    /**
     * Translates {@code in} into {@code out} on {@link #defaultThreads()} threads. Classes the input refers to are
     * looked up in the input, then in {@code deps}, then in the platform; nothing is loaded.
     */
    public Result translate(Path in, Path out, ClassLoader deps, Progress progress) throws IOException {
        return translate(in, out, deps, progress, defaultThreads());
    }

    /** One thread per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** One entry of the input jar, read into memory. */
    private record Entry(JarEntry je, byte[] bytes, boolean isClass) {
    }

    /** What became of one class: its output bytes (null: refused), whether transformed, the refusal. */
    private record Outcome(byte[] bytes, boolean transformed, String refusal) {
    }

    /**
     * Translates {@code in} into {@code out}, transforming classes on {@code threads} threads (the class
     * hierarchy, read from class files, is shared by all of them). The output is the same whatever the number
     * of threads: entries are written in the input's order.
     */
    public Result translate(Path in, Path out, ClassLoader deps, Progress progress, int threads) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, byte[]> classes = new HashMap<>();
        try (JarFile jar = new JarFile(in.toFile(), false)) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry je = e.nextElement();
                String name = je.getName();
                String upper = name.toUpperCase(java.util.Locale.ROOT);
                if (upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA")
                        || upper.endsWith(".DSA") || upper.endsWith(".EC"))) {
                    continue;
                }
                byte[] bytes;
                try (InputStream s = jar.getInputStream(je)) {
                    bytes = s.readAllBytes();
                }
                boolean isClass = name.endsWith(".class") && !name.startsWith("META-INF/");
                if (isClass) {
                    classes.put(name.substring(0, name.length() - 6), bytes);
                }
                entries.add(new Entry(je, bytes, isClass));
            }
        }
        Hierarchy h = transformer.hierarchy(name -> {
            byte[] b = classes.get(name);
            if (b != null) {
                return b;
            }
            try {
                try (InputStream s = deps.getResourceAsStream(name + ".class")) {
                    if (s != null) {
                        return s.readAllBytes();
                    }
                }
                try (InputStream s = ClassLoader.getSystemResourceAsStream(name + ".class")) {
                    return s == null ? null : s.readAllBytes();
                }
            } catch (IOException ex) {
                return null;
            }
        });
        h.sourceIsExact(); // every class translated is the jar's own entry: defined once, from the jar
        h.separateOffsetHolders(); // offsets looked up at a twin's first use, not at every start (Hierarchy)
        if (transformer.config().transformsAll()) {
            h.restrictTo(classes::containsKey); // the input jar's classes, not those of the class path
        }
        Outcome[] outcomes = new Outcome[entries.size()];
        int total = entries.size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                Entry en = entries.get(i);
                if (en.isClass()) {
                    outcomes[i] = translateOne(h, en);
                }
                int d = done.incrementAndGet();
                if (progress != null) {
                    synchronized (progress) {
                        progress.update(d, total);
                    }
                }
            }
        };
        int n = Math.max(1, Math.min(threads, total / 16 + 1));
        List<Thread> pool = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < n; t++) {
            // A deep stack: the analyses recurse on some generated code as the main thread's would.
            Thread th = new Thread(null, worker, "stmj-translate-" + t, 64L << 20);
            th.setDaemon(true);
            th.setUncaughtExceptionHandler((x, e) -> failures.add(e));
            pool.add(th);
            th.start();
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while translating " + in);
            }
        }
        if (!failures.isEmpty()) {
            Throwable f = failures.get(0);
            if (f instanceof Error er) {
                throw er;
            }
            throw f instanceof RuntimeException re ? re : new IllegalStateException(f);
        }
        int transformed = 0;
        int copied = 0;
        int resources = 0;
        List<String> refused = new ArrayList<>();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(out))) {
            for (int i = 0; i < total; i++) {
                Entry en = entries.get(i);
                byte[] bytes = en.bytes();
                if (en.isClass()) {
                    Outcome o = outcomes[i];
                    if (o.refusal() != null) {
                        refused.add(o.refusal());
                        continue;
                    }
                    bytes = o.bytes();
                    if (o.transformed()) {
                        transformed++;
                    } else {
                        copied++;
                    }
                } else if (!en.je().isDirectory()) {
                    resources++;
                }
                JarEntry o = new JarEntry(en.je().getName());
                o.setTime(en.je().getTime());
                jos.putNextEntry(o);
                jos.write(bytes);
                jos.closeEntry();
            }
            // the offset holder classes the transformed classes need, in a stable order
            long time = entries.isEmpty() ? 0L : entries.get(0).je().getTime();
            for (var e : new java.util.TreeMap<>(h.holderClassFiles).entrySet()) {
                if (classes.containsKey(e.getKey())) {
                    throw new IOException(in + " already has a class " + e.getKey());
                }
                JarEntry o = new JarEntry(e.getKey() + ".class");
                o.setTime(time);
                jos.putNextEntry(o);
                jos.write(e.getValue());
                jos.closeEntry();
            }
        }
        return new Result(transformed, copied, resources, refused);
    }

    private Outcome translateOne(Hierarchy h, Entry en) {
        String name = en.je().getName();
        try {
            byte[] t = transformer.transform(h, en.bytes(), true);
            return t != null ? new Outcome(t, true, null) : new Outcome(en.bytes(), false, null);
        } catch (TransformException ex) {
            return new Outcome(null, false, name.substring(0, name.length() - 6).replace('/', '.') + ": "
                    + ex.getMessage());
        }
    }
}
