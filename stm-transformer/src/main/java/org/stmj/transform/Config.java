package org.stmj.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What the transformer rewrites and how, read from a {@code stm.properties} file or built in code.
 *
 * <p>Keys (all optional; lists are comma-separated; class names are binary names with dots):
 * {@code transform} package prefixes to transform (without the key: every class of the application, that is every
 * class that is neither the JDK's nor the STM's own; for the offline translator every class of the input jar), {@code
 * exclude} prefixes to leave alone (wins over
 * {@code transform}), {@code boundary}, {@code gilReleased}, {@code atomicEnter}, {@code atomicExit}, {@code pure}
 * methods as {@code pkg.Class#method}, {@code confined} fields as {@code pkg.Class.field}, {@code confinedClasses}
 * classes ({@code @ThreadConfined} on a class), {@code confinedArrays} and {@code immutableArrays} fields as
 * {@code pkg.Class.field} ({@code @ConfinedArray}, {@code @ImmutableArray}), {@code guardedArrays} and
 * {@code stableFields} fields as {@code pkg.Class.field}, {@code loopPosition} dispatch loops as
 * {@code pkg.Class#method:w:a:b} (the loop's parameters, counted from 0 without {@code this}, that hold its
 * position: a reference {@code w} and two {@code int}s, handed to the engine when the loop restarts after an
 * abort), {@code splitHook} one static {@code void} method without parameters as {@code pkg.Class#method} (its
 * twin is called at every boundary of a dispatch loop's twin that began a new transaction, inside it: where the
 * interpreter looks at what it checks periodically, such as pending signals), {@code verbose}
 * ({@code true}/{@code false}), {@code report} (a file the inevitable call sites are appended to). Classes annotated
 * {@code @Transactional} are transformed whatever the package lists say, unless excluded.
 *
 * <p>Instances are immutable.
 */
public final class Config {
    private static final Set<String> KEYS = Set.of("transform", "exclude", "boundary", "gilReleased", "atomicEnter",
            "atomicExit", "pure", "confined", "confinedClasses", "confinedArrays", "immutableArrays",
            "guardedArrays", "stableFields", "loopPosition", "splitHook", "verbose", "report");

    private final List<String> transform;
    /** No {@code transform} key: every application class is selected (the safe default). */
    private final boolean transformAll;
    private final List<String> exclude;
    private final Set<String> boundary;
    private final Set<String> gilReleased;
    private final Set<String> atomicEnter;
    private final Set<String> atomicExit;
    private final Set<String> pure;
    private final Set<String> confined;
    private final Set<String> confinedClasses;
    private final Set<String> confinedArrays;
    private final Set<String> immutableArrays;
    private final Set<String> guardedArrays;
    private final Set<String> stableFields;
    /** {@code loopPosition}: "owner#method" to the indices of its position parameters (reference, int, int). */
    private final java.util.Map<String, int[]> loopPosition;
    /** {@code splitHook}: "owner#method" (owner an internal name), or null. */
    private final String splitHook;
    private final boolean verbose;
    private final String report;

    private Config(Properties p) {
        for (String k : p.stringPropertyNames()) {
            if (!KEYS.contains(k)) {
                throw new ConfigException("unknown key '" + k + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
        }
        transform = packages(p, "transform");
        transformAll = p.getProperty("transform") == null;
        exclude = packages(p, "exclude");
        boundary = members(p, "boundary", '#');
        gilReleased = members(p, "gilReleased", '#');
        atomicEnter = members(p, "atomicEnter", '#');
        atomicExit = members(p, "atomicExit", '#');
        pure = members(p, "pure", '#');
        confined = members(p, "confined", '.');
        confinedClasses = classes(p, "confinedClasses");
        confinedArrays = members(p, "confinedArrays", '.');
        immutableArrays = members(p, "immutableArrays", '.');
        guardedArrays = members(p, "guardedArrays", '.');
        stableFields = members(p, "stableFields", '.');
        loopPosition = positions(p, "loopPosition");
        Set<String> hook = members(p, "splitHook", '#');
        if (hook.size() > 1) {
            throw new ConfigException("splitHook: one method, not " + hook.size());
        }
        splitHook = hook.isEmpty() ? null : hook.iterator().next();
        String v = p.getProperty("verbose", "false").trim();
        if (!v.equals("true") && !v.equals("false")) {
            throw new ConfigException("verbose must be true or false, not '" + v + "'");
        }
        verbose = v.equals("true");
        String r = p.getProperty("report", "").trim();
        report = r.isEmpty() ? null : r;
    }

    /** A configuration from properties; throws {@link ConfigException} with a one-line reason on bad input. */
    public static Config of(Properties p) {
        return new Config(p);
    }

    /** Reads a configuration file; throws {@link ConfigException} with a one-line reason on bad input. */
    public static Config load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("malformed config " + file + ": " + e.getMessage());
        }
        return new Config(p);
    }

    /** Reads a configuration from a stream (for resources). */
    public static Config load(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return new Config(p);
    }

    /** A configuration that transforms the given package prefixes (dotted) and nothing else. */
    public static Config packages(String... prefixes) {
        Properties p = new Properties();
        p.setProperty("transform", String.join(",", prefixes));
        return new Config(p);
    }

    /** A copy of this configuration with one key set. */
    public Config with(String key, String value) {
        Properties p = toProperties();
        p.setProperty(key, value);
        return new Config(p);
    }

    private Properties toProperties() {
        Properties p = new Properties();
        if (!transformAll) {
            p.setProperty("transform", String.join(",", transform).replace('/', '.'));
        }
        p.setProperty("exclude", String.join(",", exclude).replace('/', '.'));
        p.setProperty("boundary", String.join(",", boundary).replace('/', '.'));
        p.setProperty("gilReleased", String.join(",", gilReleased).replace('/', '.'));
        p.setProperty("atomicEnter", String.join(",", atomicEnter).replace('/', '.'));
        p.setProperty("atomicExit", String.join(",", atomicExit).replace('/', '.'));
        p.setProperty("pure", String.join(",", pure).replace('/', '.'));
        p.setProperty("confined", String.join(",", confined).replace('/', '.').replace('#', '.'));
        p.setProperty("confinedClasses", String.join(",", confinedClasses).replace('/', '.'));
        p.setProperty("confinedArrays", String.join(",", confinedArrays).replace('/', '.').replace('#', '.'));
        p.setProperty("immutableArrays", String.join(",", immutableArrays).replace('/', '.').replace('#', '.'));
        p.setProperty("guardedArrays", String.join(",", guardedArrays).replace('/', '.').replace('#', '.'));
        p.setProperty("stableFields", String.join(",", stableFields).replace('/', '.').replace('#', '.'));
        List<String> pos = new ArrayList<>();
        for (java.util.Map.Entry<String, int[]> e : loopPosition.entrySet()) {
            int[] i = e.getValue();
            pos.add(e.getKey().replace('/', '.') + ":" + i[0] + ":" + i[1] + ":" + i[2]);
        }
        p.setProperty("loopPosition", String.join(",", pos));
        if (splitHook != null) {
            p.setProperty("splitHook", splitHook.replace('/', '.'));
        }
        p.setProperty("verbose", Boolean.toString(verbose));
        if (report != null) {
            p.setProperty("report", report);
        }
        return p;
    }

    private static List<String> packages(Properties p, String key) {
        List<String> out = new ArrayList<>();
        for (String s : split(p.getProperty(key))) {
            if (!s.matches("[\\p{javaJavaIdentifierPart}.$]+")) {
                throw new ConfigException(key + ": '" + s + "' is not a package or class name prefix");
            }
            out.add(s.replace('.', '/'));
        }
        return Collections.unmodifiableList(out);
    }

    private static Set<String> classes(Properties p, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : split(p.getProperty(key))) {
            if (!s.matches("[\\p{javaJavaIdentifierPart}.$]+") || s.startsWith(".") || s.endsWith(".")) {
                throw new ConfigException(key + ": '" + s + "' is not a class name");
            }
            out.add(s.replace('.', '/'));
        }
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> members(Properties p, String key, char sep) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : split(p.getProperty(key))) {
            int i = s.lastIndexOf(sep);
            if (i <= 0 || i == s.length() - 1 || !s.matches("[\\p{javaJavaIdentifierPart}.$#]+")) {
                throw new ConfigException(key + ": '" + s + "' is not of the form pkg.Class" + sep
                        + (sep == '#' ? "method" : "field"));
            }
            out.add(s.substring(0, i).replace('.', '/') + "#" + s.substring(i + 1));
        }
        return Collections.unmodifiableSet(out);
    }

    private static java.util.Map<String, int[]> positions(Properties p, String key) {
        java.util.Map<String, int[]> out = new java.util.LinkedHashMap<>();
        for (String s : split(p.getProperty(key))) {
            String[] parts = s.split(":");
            int i = parts[0].lastIndexOf('#');
            if (parts.length != 4 || i <= 0 || i == parts[0].length() - 1
                    || !parts[0].matches("[\\p{javaJavaIdentifierPart}.$#]+")) {
                throw new ConfigException(key + ": '" + s + "' is not of the form pkg.Class#method:w:a:b");
            }
            int[] idx = new int[3];
            for (int k = 0; k < 3; k++) {
                try {
                    idx[k] = Integer.parseInt(parts[k + 1].trim());
                } catch (NumberFormatException e) {
                    idx[k] = -1;
                }
                if (idx[k] < 0) {
                    throw new ConfigException(key + ": '" + s + "': parameter indices must be numbers >= 0");
                }
            }
            out.put(parts[0].substring(0, i).replace('.', '/') + "#" + parts[0].substring(i + 1), idx);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The {@code loopPosition} of a dispatch loop (owner as an internal name): the indices of its parameters (from
     * 0, without {@code this}) holding the position reference and the two ints, or null when none is named.
     */
    public int[] loopPosition(String owner, String method) {
        int[] i = loopPosition.get(owner + "#" + method);
        return i == null ? null : i.clone();
    }

    /**
     * The {@code splitHook}: {@code {owner, method}} (owner as an internal name) of the static no-argument method
     * whose twin a dispatch loop's twin calls after each boundary that began a new transaction, or null.
     */
    public String[] splitHook() {
        return splitHook == null ? null : splitHook.split("#");
    }

    private static List<String> split(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String s : v.split(",")) {
            s = s.trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the package lists select the class (internal name); {@code @Transactional} is checked elsewhere. */
    public boolean selects(String internalName) {
        return transformAll || matches(transform, internalName);
    }

    /**
     * Whether the configuration has no {@code transform} key, so that every class that is not excluded is selected
     * (the agent: the application's classes; the translator: the input jar's classes).
     */
    public boolean transformsAll() {
        return transformAll;
    }

    /** Whether the class (internal name) is excluded from transformation. */
    public boolean excludes(String internalName) {
        return excludedAlways(internalName) || matches(exclude, internalName);
    }

    /**
     * Whether the class is never transformed whatever the configuration says: the JDK's packages and the STM's own
     * classes (engine, API, runtime, agent, shaded libraries).
     */
    public static boolean excludedAlways(String internalName) {
        if (internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jdk/")
                || internalName.startsWith("sun/") || internalName.startsWith("com/sun/")
                || internalName.startsWith("org/stmj/core/") || internalName.startsWith("org/stmj/api/")
                || internalName.startsWith("org/stmj/shaded/") || internalName.startsWith("org/stmj/transform/runtime/")
                || internalName.startsWith("org/stmj/transform/agent/")
                || internalName.startsWith("org/stmj/transform/cli/")
                || internalName.startsWith("org/stmj/transform/") && internalName.indexOf('/', 19) < 0) {
            return true;
        }
        return false;
    }

    private static boolean matches(List<String> prefixes, String internalName) {
        for (String p : prefixes) {
            if (internalName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    boolean isBoundary(String owner, String name) {
        return boundary.contains(owner + "#" + name);
    }

    boolean isGilReleased(String owner, String name) {
        return gilReleased.contains(owner + "#" + name);
    }

    boolean isAtomicEnter(String owner, String name) {
        return atomicEnter.contains(owner + "#" + name);
    }

    boolean isAtomicExit(String owner, String name) {
        return atomicExit.contains(owner + "#" + name);
    }

    boolean isPure(String owner, String name) {
        return pure.contains(owner + "#" + name);
    }

    boolean isConfined(String owner, String name) {
        return confined.contains(owner + "#" + name);
    }

    /** Whether the class (internal name) is named in {@code confinedClasses}. */
    boolean isConfinedClass(String owner) {
        return confinedClasses.contains(owner);
    }

    /** Whether the field is named in {@code confinedArrays}. */
    boolean isConfinedArray(String owner, String name) {
        return confinedArrays.contains(owner + "#" + name);
    }

    /** Whether the field is named in {@code immutableArrays}. */
    boolean isImmutableArray(String owner, String name) {
        return immutableArrays.contains(owner + "#" + name);
    }

    /** Whether the field is named in {@code guardedArrays}. */
    boolean isGuardedArray(String owner, String name) {
        return guardedArrays.contains(owner + "#" + name);
    }

    /** Whether the field is named in {@code stableFields}. */
    boolean isStableField(String owner, String name) {
        return stableFields.contains(owner + "#" + name);
    }

    /** Every member named in the configuration, as {@code internal/Owner#member}, for checking they exist. */
    Set<String> namedMethods() {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(boundary);
        all.addAll(gilReleased);
        all.addAll(atomicEnter);
        all.addAll(atomicExit);
        return all;
    }

    /** Whether to print one line per transformed class. */
    public boolean verbose() {
        return verbose;
    }

    /** The file inevitable call sites are reported to, or {@code null} for standard error. */
    public String report() {
        return report;
    }
}
