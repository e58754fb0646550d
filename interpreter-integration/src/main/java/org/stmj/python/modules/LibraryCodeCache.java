package org.stmj.python.modules;

import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.CodeFormat;
import org.stmj.python.vm.ThreadState;

/**
 * The compiled-code cache on disk, this interpreter's {@code .pyc} files (papers/design/stdlib.md, "Compiled-code
 * cache on disk").
 *
 * <p>A file is a 40-byte header and a {@link CodeFormat} body. Header: the magic {@code STMJPYC\0}, the body
 * format's version, the id of the interpreter build ({@link #buildId}), a 64-bit hash and the length (in chars) of
 * the source it was compiled from, the body's length and its CRC-32. A file is used only when every field
 * matches: a truncated, corrupt or foreign file, one written by another build, or one of a changed source is
 * ignored, and the module is compiled and the file written again.
 *
 * <p>Where: modules of the two virtual roots (the interpreter's own library and the python-resources jar) under
 * the per-user cache directory, {@code $STMJ_CACHE_DIR} (or the {@code stmj.cache.dir} property; empty disables),
 * else {@code $XDG_CACHE_HOME/stmj}, else {@code ~/.cache/stmj}, in a sub-directory per build
 * ({@code b<id>/stdlib/json/__init__.stmjc}), so that builds used side by side (GIL and STM jars, two checkouts)
 * never overwrite each other's files. A user's module as CPython does: {@code __pycache__/NAME.stmj-311.pyc} next
 * to its source, or under {@code sys.pycache_prefix} when that is set.
 *
 * <p>Writes go to a temporary file in the same directory, renamed over the target (atomic on POSIX), so a reader
 * sees the old file or the new one and two writers at once leave one whole file. Any I/O failure (a read-only
 * directory, a full disk) skips the cache silently. All methods here are plain I/O without Python objects: callers
 * run them with the GIL released ({@link Modules#io}).
 */
public final class LibraryCodeCache {
    private LibraryCodeCache() {
    }

    static final int HEADER = 40;
    private static final long MAGIC = 0x53544d4a50594300L; // "STMJPYC\0"
    /** The tag of user modules' cache files, CPython's {@code cpython-311}. */
    public static final String TAG = "stmj-311";

    private static volatile long buildId;
    private static volatile boolean buildIdKnown;
    private static volatile Path root;
    private static volatile boolean rootKnown;

    /**
     * The id of this interpreter build: a hash of the location, size and modification time of the jar holding the
     * compiler (or, run from a class directory, of every file of the compiler's package there). Any rebuild of the
     * interpreter changes it. 0 when it cannot be determined (then nothing is cached).
     */
    public static long buildId() {
        if (!buildIdKnown) {
            long id = 0;
            try {
                URL u = CodeFormat.class.getProtectionDomain().getCodeSource().getLocation();
                Path p = Path.of(u.toURI());
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    id = mix(mix(hashChars(p.toString()), a.size()), a.lastModifiedTime().toMillis());
                } else {
                    id = hashChars(p.toString());
                    Path pkg = p.resolve("org/stmj/python/compiler");
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(pkg)) {
                        long sum = 0;
                        for (Path f : ds) {
                            BasicFileAttributes fa = Files.readAttributes(f, BasicFileAttributes.class);
                            // order-independent: a sum of per-file hashes
                            sum += mix(mix(hashChars(f.getFileName().toString()), fa.size()),
                                    fa.lastModifiedTime().toMillis());
                        }
                        id = mix(id, sum);
                    }
                }
                id = mix(id, CodeFormat.VERSION);
                if (id == 0) {
                    id = 1;
                }
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                id = 0;
            }
            buildId = id;
            buildIdKnown = true;
        }
        return buildId;
    }

    /** The per-user cache directory of this build, or null when caching of library code is off. */
    public static Path buildDir() {
        if (!rootKnown) {
            Path r = null;
            try {
                String d = System.getProperty("stmj.cache.dir");
                if (d == null) {
                    d = System.getenv("STMJ_CACHE_DIR");
                }
                if (d == null) {
                    String x = System.getenv("XDG_CACHE_HOME");
                    d = x != null && !x.isEmpty() ? Path.of(x, "stmj").toString()
                            : Path.of(System.getProperty("user.home"), ".cache", "stmj").toString();
                }
                long id = buildId();
                if (!d.isEmpty() && id != 0) {
                    r = Path.of(d).toAbsolutePath().resolve("b" + Long.toHexString(id));
                }
            } catch (RuntimeException e) {
                r = null;
            }
            root = r;
            rootKnown = true;
        }
        return root;
    }

    /** Forgets the cache directory and build id (tests that point {@code stmj.cache.dir} elsewhere). */
    public static void reset() {
        rootKnown = false;
        buildIdKnown = false;
    }

    /**
     * The cache file of a module's source file: {@code file} is a virtual-root name ({@code <stdlib>/json/x.py})
     * or a path on disk; {@code prefix} is {@code sys.pycache_prefix} (or null). Null when it has none.
     */
    public static Path pathFor(String file, boolean virtual, String prefix) {
        try {
            if (virtual) {
                Path dir = buildDir();
                if (dir == null) {
                    return null;
                }
                String rel;
                if (file.startsWith(Library.STDLIB + "/")) {
                    rel = "stdlib/" + file.substring(Library.STDLIB.length() + 1);
                } else if (file.startsWith(Library.OWN + "/")) {
                    rel = "stmj/" + file.substring(Library.OWN.length() + 1);
                } else {
                    return null;
                }
                if (!rel.endsWith(".py") || rel.contains("..") || rel.contains("\\")) {
                    return null;
                }
                return dir.resolve(rel.substring(0, rel.length() - 3) + ".stmjc");
            }
            if (buildId() == 0 || !file.endsWith(".py")) {
                return null;
            }
            Path src = Path.of(file);
            String stem = src.getFileName().toString();
            String name = stem.substring(0, stem.length() - 3) + "." + TAG + ".pyc";
            Path parent = src.toAbsolutePath().getParent();
            if (parent == null) {
                return null;
            }
            if (prefix != null && !prefix.isEmpty()) {
                Path base = Path.of(prefix).toAbsolutePath();
                Path rel = parent.getRoot() == null ? parent : parent.getRoot().relativize(parent);
                return base.resolve(rel).resolve(name);
            }
            return parent.resolve("__pycache__").resolve(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The bytes of a cache file, or null when there is none or it cannot be read. */
    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The code stored in {@code data} for {@code source}, with {@code file} as its file name; null unless the
     * header matches this build and this source and the body is whole.
     */
    public static Code decode(byte[] data, String source, String file, ThreadState ts) {
        if (data == null || data.length < HEADER) {
            return null;
        }
        ByteBuffer h = ByteBuffer.wrap(data, 0, HEADER);
        if (h.getLong() != MAGIC || h.getInt() != CodeFormat.VERSION || h.getLong() != buildId()
                || h.getLong() != sourceHash(source) || h.getInt() != source.length()) {
            return null;
        }
        int len = h.getInt();
        int crc = h.getInt();
        if (len != data.length - HEADER) {
            return null;
        }
        CRC32 c = new CRC32();
        c.update(data, HEADER, len);
        if ((int) c.getValue() != crc) {
            return null;
        }
        try {
            return CodeFormat.decode(data, HEADER, len, file, ts);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The whole cache file for {@code code} compiled from {@code source}, or null if it cannot be serialised. */
    public static byte[] encode(Code code, String source) {
        byte[] body;
        try {
            body = CodeFormat.encode(code);
        } catch (CodeFormat.Unsupported e) {
            return null;
        }
        CRC32 c = new CRC32();
        c.update(body);
        ByteBuffer b = ByteBuffer.allocate(HEADER + body.length);
        b.putLong(MAGIC).putInt(CodeFormat.VERSION).putLong(buildId()).putLong(sourceHash(source))
                .putInt(source.length()).putInt(body.length).putInt((int) c.getValue()).put(body);
        return b.array();
    }

    /**
     * Writes a cache file atomically: a temporary file in the target's directory, then a rename over the target.
     * Returns false (and leaves nothing behind) when the directory cannot be made or written.
     */
    public static boolean write(Path target, byte[] data) {
        Path tmp = null;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            tmp = dir.resolve(target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.write(tmp, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // nothing was written, or it cannot be removed: either way the cache is skipped
                }
            }
            return false;
        }
    }

    /** A 64-bit hash of a source text (FNV-1a over its chars, then a final mix). */
    public static long sourceHash(String s) {
        return mix(hashChars(s), s.length());
    }

    private static long hashChars(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h, long v) {
        long x = h ^ (v * 0x9e3779b97f4a7c15L);
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
