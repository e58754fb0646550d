package org.stmj.python.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.stmj.python.compiler.Code;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/**
 * Where Python source for an import comes from: directories on disk, and two virtual roots that are entries of
 * {@code sys.path} like any directory.
 *
 * <ul>
 *   <li>{@link #OWN} ({@code "<stmj>"}): the interpreter's own library, Python resources under
 *       {@code org/stmj/python/lib} (transaction, itertools, random, ... written for STM semantics and speed).</li>
 *   <li>{@link #STDLIB} ({@code "<stdlib>"}): CPython 3.11's pure-Python standard library, read from the
 *       {@code org.graalvm.python:python-resources} jar on the class path ({@code META-INF/resources/libpython/}).
 *       Nothing of it is copied into this repository.</li>
 * </ul>
 *
 * Compiled code of the two virtual roots is cached for the life of the JVM ({@link #cachedCode}): their content
 * cannot change while the JVM runs, and {@link Code} objects are immutable, so one compilation serves every
 * interpreter instance and thread. The cache is interpreter metadata (a Java map), never reachable from a Python
 * object; an entry is written once per key (a racing second compilation stores an equal value).
 */
public final class Library {
    private Library() {
    }

    /** sys.path entry of the interpreter's own Python library. */
    public static final String OWN = "<stmj>";
    /** sys.path entry of CPython's standard library (from the python-resources jar). */
    public static final String STDLIB = "<stdlib>";

    private static final String OWN_RES = "org/stmj/python/lib/";
    private static final String STDLIB_RES = "META-INF/resources/libpython/";

    /** Compiled module code of the virtual roots, by file name (write-once per key, JVM-wide, immutable values). */
    private static final ConcurrentHashMap<String, Code> CODE = new ConcurrentHashMap<>();

    /** A module's source found on one path entry. */
    public static final class Found {
        public final String file;
        public final String source;
        public final boolean pkg;
        /** The package directory (for {@code __path__}) when pkg. */
        public final String pkgDir;
        /** True for the immutable virtual roots (their code may be cached). */
        public final boolean cacheable;

        Found(String file, String source, boolean pkg, String pkgDir, boolean cacheable) {
            this.file = file;
            this.source = source;
            this.pkg = pkg;
            this.pkgDir = pkgDir;
            this.cacheable = cacheable;
        }
    }

    /** True when the stdlib jar is on the class path. */
    public static boolean stdlibPresent() {
        return Library.class.getClassLoader().getResource(STDLIB_RES + "os.py") != null;
    }

    /**
     * Looks for module {@code last} (the last component of its dotted name) in one path entry: {@code last.py}, or
     * {@code last/__init__.py} for a package. Returns null if it is not there.
     */
    public static Found find(String entry, String last) {
        entry = virtualEntry(entry);
        if (entry.equals(OWN) || entry.startsWith(OWN + "/")) {
            return findResource(entry, OWN, OWN_RES, last);
        }
        if (entry.equals(STDLIB) || entry.startsWith(STDLIB + "/")) {
            return findResource(entry, STDLIB, STDLIB_RES, last);
        }
        Path base = Path.of(entry.isEmpty() ? "." : entry);
        if (entry.isEmpty()) {
            // '' is the working directory, and its modules' __file__ are absolute, as CPython's FileFinder gives them
            entry = Path.of("").toAbsolutePath().toString();
        }
        Path f = base.resolve(last + ".py");
        Path dir = base.resolve(last);
        Path init = dir.resolve("__init__.py");
        try {
            if (Files.isRegularFile(init)) {
                return new Found(join(entry, last + "/__init__.py"), Files.readString(init, StandardCharsets.UTF_8),
                        true, join(entry, last), false);
            }
            if (Files.isRegularFile(f)) {
                return new Found(join(entry, last + ".py"), Files.readString(f, StandardCharsets.UTF_8), false, null,
                        false);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return null;
    }

    /**
     * A path entry or file name under a virtual root, also once made absolute: {@code site.py} (imported by a
     * program, or by a tool such as {@code pip}) passes every {@code sys.path} entry through
     * {@code os.path.abspath}, which turns {@code <stdlib>} into {@code /cwd/<stdlib>}. Such a name is taken from
     * the root's name on ({@code <stdlib>/json}), so that imports and the files' sources keep working; any other
     * name is returned unchanged.
     */
    static String virtualEntry(String name) {
        if (name.isEmpty() || name.charAt(0) == '<' || name.indexOf('<') < 0) {
            return name;
        }
        int i = rootAt(name, OWN);
        if (i < 0) {
            i = rootAt(name, STDLIB);
        }
        return i < 0 ? name : name.substring(i);
    }

    /** Where a path component {@code root} starts in {@code name} after a {@code /}, or -1. */
    private static int rootAt(String name, String root) {
        int i = name.indexOf("/" + root);
        if (i < 0) {
            return -1;
        }
        int end = i + 1 + root.length();
        return end == name.length() || name.charAt(end) == '/' ? i + 1 : -1;
    }

    private static String join(String entry, String rel) {
        if (entry.isEmpty()) {
            return rel;
        }
        return entry.endsWith("/") ? entry + rel : entry + "/" + rel;
    }

    private static Found findResource(String entry, String root, String res, String last) {
        String sub = entry.length() > root.length() ? entry.substring(root.length() + 1) + "/" : "";
        String init = read(res + sub + last + "/__init__.py");
        if (init != null) {
            return new Found(entry + "/" + last + "/__init__.py", init, true, entry + "/" + last, true);
        }
        String mod = read(res + sub + last + ".py");
        if (mod != null) {
            return new Found(entry + "/" + last + ".py", mod, false, null, true);
        }
        return null;
    }

    /** All .py files of each virtual root, relative to it ("json/__init__.py"): JVM-wide, listed once, immutable. */
    private static final ConcurrentHashMap<String, java.util.List<String>> FILES = new ConcurrentHashMap<>();

    /**
     * The modules and packages directly in a directory of a virtual root ({@code <stdlib>}, {@code <stdlib>/json},
     * also once made absolute), as pkgutil lists a directory: name to whether it is a package, in name order; null
     * when {@code entry} is not in a virtual root.
     */
    public static java.util.SortedMap<String, Boolean> listing(String entry) {
        entry = virtualEntry(entry);
        String root = entry.equals(OWN) || entry.startsWith(OWN + "/") ? OWN
                : entry.equals(STDLIB) || entry.startsWith(STDLIB + "/") ? STDLIB : null;
        if (root == null) {
            return null;
        }
        String sub = entry.length() > root.length() ? entry.substring(root.length() + 1) + "/" : "";
        java.util.SortedMap<String, Boolean> out = new java.util.TreeMap<>();
        for (String f : FILES.computeIfAbsent(root, r -> r.equals(OWN) ? files(OWN_RES, "transaction.py")
                : files(STDLIB_RES, "os.py"))) {
            if (!f.startsWith(sub)) {
                continue;
            }
            String rest = f.substring(sub.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                String name = rest.substring(0, rest.length() - 3);
                if (!name.equals("__init__") && !name.isEmpty() && name.indexOf('.') < 0) {
                    out.putIfAbsent(name, false);
                }
            } else if (rest.substring(slash + 1).equals("__init__.py") && rest.substring(0, slash).indexOf('.') < 0) {
                out.put(rest.substring(0, slash), true);
            }
        }
        return out;
    }

    /** The .py files under resource directory {@code res} (found by its file {@code anchor}), relative to it. */
    private static java.util.List<String> files(String res, String anchor) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.net.URL url = Library.class.getClassLoader().getResource(res + anchor);
        if (url == null) {
            return out;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                java.net.JarURLConnection c = (java.net.JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (java.util.jar.JarFile jar = c.getJarFile()) {
                    jar.stream().map(java.util.zip.ZipEntry::getName)
                            .filter(n -> n.startsWith(res) && n.endsWith(".py"))
                            .forEach(n -> out.add(n.substring(res.length())));
                }
            } else if (url.getProtocol().equals("file")) {
                Path dir = Path.of(url.toURI()).getParent();
                try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                    all.filter(p -> p.toString().endsWith(".py"))
                            .forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // unreadable: nothing listed (imports do not depend on the listing)
        }
        java.util.Collections.sort(out);
        return java.util.List.copyOf(out);
    }

    /** The text of a resource of a virtual root, by its file name ({@code <stdlib>/json/__init__.py}), or null. */
    public static String sourceOf(String file) {
        file = virtualEntry(file);
        if (file.startsWith(OWN + "/")) {
            return read(OWN_RES + file.substring(OWN.length() + 1));
        }
        if (file.startsWith(STDLIB + "/")) {
            return read(STDLIB_RES + file.substring(STDLIB.length() + 1));
        }
        return null;
    }

    private static String read(String res) {
        try (InputStream is = Library.class.getClassLoader().getResourceAsStream(res)) {
            if (is == null) {
                return null;
            }
            return new String(is.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The compiled code of a found module: from the JVM-wide cache (virtual roots), else from the disk cache
     * ({@link LibraryCodeCache}), else compiled from its source (and then written to the disk cache unless
     * {@code sys.dont_write_bytecode}). File reads and writes run with the GIL released; decoding and encoding run
     * where compilation runs. A syntax error propagates as from compilation.
     */
    public static Code moduleCode(ThreadState ts, Interpreter in, Found found) {
        Code code = found.cacheable ? CODE.get(found.file) : null;
        if (code != null) {
            // no registerSource: a traceback's sourceLine reads the file (or the jar) when it needs a line
            return code;
        }
        PyObject pre = in.sys == null ? null : in.sys.dict.getStr("pycache_prefix");
        // the disk cache holds code of optimisation level 0 only (CPython keeps .opt-1/.opt-2 files apart): under
        // -O it is neither read nor written
        Path p = org.stmj.python.compiler.Compiler.optimizeLevel() != 0 ? null
                : LibraryCodeCache.pathFor(found.file, found.cacheable, pre instanceof PyStr ? ((PyStr) pre).value()
                : null);
        if (p != null) {
            byte[] data = Modules.io(ts, () -> LibraryCodeCache.read(p));
            code = LibraryCodeCache.decode(data, found.source, found.file, ts);
        }
        if (code == null) {
            code = in.compileModuleSource(ts, found.source, found.file);
            PyObject dont = in.sys == null ? null : in.sys.dict.getStr("dont_write_bytecode");
            if (p != null && dont != null && !Ops.truth(ts, dont)) {
                byte[] out = LibraryCodeCache.encode(code, found.source);
                if (out != null) {
                    Modules.io(ts, () -> LibraryCodeCache.write(p, out));
                }
            }
        }
        if (found.cacheable) {
            CODE.putIfAbsent(found.file, code);
            code = CODE.get(found.file);
        }
        return code;
    }

    /**
     * An in-process run has ended: the inline caches of the JVM-wide code objects let go of its interpreter (see
     * {@link org.stmj.python.vm.InlineCache#clear}).
     */
    public static void releaseCaches() {
        for (Code c : CODE.values()) {
            org.stmj.python.vm.InlineCache.clear(c);
        }
        org.stmj.python.vm.AsyncOps.releaseCaches();
        org.stmj.python.vm.OutsideLoop.releaseCaches();
    }

    /** The cached compiled code of a virtual-root file, or null. */
    public static Code cachedCode(String file) {
        return CODE.get(file);
    }

    /** Records the compiled code of a virtual-root file (first writer wins; later values are equal). */
    public static void cacheCode(String file, Code c) {
        CODE.putIfAbsent(file, c);
    }
}
