package org.stmj.transform.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The agent's on-disk cache of transformed classes ({@code -javaagent:stm-agent.jar=cache=DIR}): a JVM that starts
 * again with the same class path, configuration, agent and JDK reads the classes the previous run transformed
 * instead of transforming them again.
 *
 * <p>Soundness: how a class is transformed depends on its own bytes and on other classes (its supertypes, the
 * classes whose fields and methods it uses, package annotations), all read through the application class loader
 * from the class path. So the cache is one folder per <em>fingerprint</em> of everything that can change the
 * output: the agent jar (size and time), the options, the JDK ({@code java.home}, {@code java.version}) and every
 * class path entry (a jar's size and time; every file of a folder, by path, size and time). Any change gives a new
 * folder, never a stale class. Within the folder a class is found by the SHA-256 of its input bytes. Only classes
 * of the system class loader are cached: other loaders may see classes the fingerprint does not cover.
 * Concurrent JVMs are fine: entries are written to a temporary file and moved into place.
 */
final class ClassCache {
    private static final byte[] UNCHANGED = new byte[0];
    private final Path dir;

    private ClassCache(Path dir) {
        this.dir = dir;
    }

    /** The cache under {@code root} for this JVM's class path and the given options; null if it cannot be made. */
    static ClassCache open(Path root, String options) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            add(md, "stmj-cache-1");
            add(md, String.valueOf(options));
            add(md, System.getProperty("java.home") + "|" + System.getProperty("java.version"));
            Path agent = agentJar();
            if (agent != null) {
                stamp(md, agent);
            }
            for (String e : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (e.isEmpty()) {
                    continue;
                }
                Path p = Path.of(e).toAbsolutePath();
                add(md, p.toString());
                if (Files.isDirectory(p)) {
                    List<Path> files = new ArrayList<>();
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(Files::isRegularFile).forEach(files::add);
                    }
                    files.sort(null);
                    for (Path f : files) {
                        add(md, p.relativize(f).toString());
                        stamp(md, f);
                    }
                } else if (Files.exists(p)) {
                    stamp(md, p);
                    manifestClassPath(md, p);
                }
            }
            Path d = root.resolve(HexFormat.of().formatHex(md.digest(), 0, 12));
            Files.createDirectories(d);
            return new ClassCache(d);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /** The jars a jar's manifest {@code Class-Path} adds (as {@code java -jar app.jar} uses them). */
    private static void manifestClassPath(MessageDigest md, Path jar) throws IOException {
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile(), false)) {
            java.util.jar.Manifest mf = jf.getManifest();
            String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                return;
            }
            for (String u : cp.trim().split("\\s+")) {
                if (u.isEmpty()) {
                    continue;
                }
                Path q;
                try {
                    q = Path.of(jar.toUri().resolve(u));
                } catch (RuntimeException e) {
                    add(md, "unresolvable:" + u);
                    continue;
                }
                add(md, q.toString());
                if (Files.isRegularFile(q)) {
                    stamp(md, q);
                } else if (Files.isDirectory(q)) {
                    add(md, "dir:" + System.nanoTime()); // a folder through a manifest: never reuse the cache
                }
            }
        }
    }

    private static Path agentJar() {
        try {
            var src = ClassCache.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static void stamp(MessageDigest md, Path f) throws IOException {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        add(md, a.size() + ":" + a.lastModifiedTime().toMillis());
    }

    private Path entry(byte[] input) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return dir.resolve(HexFormat.of().formatHex(md.digest(input)) + ".class");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cached result for these input bytes: the transformed bytes, {@link #UNCHANGED} (an empty array) when the
     * class is loaded as it is, or {@code null} when not cached.
     */
    byte[] get(byte[] input) {
        Path e = entry(input);
        try {
            return Files.readAllBytes(e);
        } catch (IOException ex) {
            return null;
        }
    }

    /** Records the result for these input bytes ({@code null}: loaded unchanged). Best effort. */
    void put(byte[] input, byte[] output) {
        Path e = entry(input);
        try {
            Path tmp = Files.createTempFile(dir, "tmp", ".part");
            Files.write(tmp, output == null ? UNCHANGED : output);
            try {
                Files.move(tmp, e, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, e, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ex) {
            // a cache that cannot be written only costs time
        }
    }
}
