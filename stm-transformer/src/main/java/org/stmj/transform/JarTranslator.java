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
     * Translates {@code in} into {@code out}. Classes the input refers to are looked up in the input, then in
     * {@code deps}, then in the platform; nothing is loaded.
     */
    public Result translate(Path in, Path out, ClassLoader deps, Progress progress) throws IOException {
        try (JarFile jar = new JarFile(in.toFile(), false)) {
            Map<String, JarEntry> classes = new HashMap<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry je = e.nextElement();
                if (je.getName().endsWith(".class") && !je.getName().startsWith("META-INF/")) {
                    classes.put(je.getName().substring(0, je.getName().length() - 6), je);
                }
            }
            Hierarchy h = transformer.hierarchy(name -> {
                JarEntry je = classes.get(name);
                try {
                    if (je != null) {
                        try (InputStream s = jar.getInputStream(je)) {
                            return s.readAllBytes();
                        }
                    }
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
            int total = jar.size();
            int done = 0;
            int transformed = 0;
            int copied = 0;
            int resources = 0;
            List<String> refused = new ArrayList<>();
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(out))) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry je = e.nextElement();
                    String name = je.getName();
                    done++;
                    if (progress != null) {
                        progress.update(done, total);
                    }
                    String upper = name.toUpperCase(java.util.Locale.ROOT);
                    if (upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA")
                            || upper.endsWith(".DSA") || upper.endsWith(".EC"))) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream s = jar.getInputStream(je)) {
                        bytes = s.readAllBytes();
                    }
                    if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                        try {
                            byte[] t = transformer.transform(h, bytes, true);
                            if (t != null) {
                                bytes = t;
                                transformed++;
                            } else {
                                copied++;
                            }
                        } catch (TransformException ex) {
                            refused.add(name.substring(0, name.length() - 6).replace('/', '.') + ": "
                                    + ex.getMessage());
                            continue;
                        }
                    } else if (!je.isDirectory()) {
                        resources++;
                    }
                    JarEntry o = new JarEntry(name);
                    o.setTime(je.getTime());
                    jos.putNextEntry(o);
                    jos.write(bytes);
                    jos.closeEntry();
                }
            }
            return new Result(transformed, copied, resources, refused);
        }
    }
}
