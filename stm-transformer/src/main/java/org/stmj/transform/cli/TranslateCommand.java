package org.stmj.transform.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stmj.transform.Config;
import org.stmj.transform.ConfigException;
import org.stmj.transform.JarTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code translate [--config stm.properties] --in app.jar --out app-stm.jar}. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Transforms every selected class of a jar, copies everything else, verifies the output.")
public final class TranslateCommand implements Callable<Integer> {
    @Option(names = "--config",
            description = "the stm.properties file (default: transform every class of the input jar)")
    Path config;

    @Option(names = "--threads", description = "translation threads (default: one per processor)")
    int threads = JarTranslator.defaultThreads();

    @Option(names = "--stats", description = "print the time per stage (parse, passes, write, verify)")
    boolean stats;

    @Option(names = "--in", required = true, description = "the jar to translate")
    Path in;

    @Option(names = "--out", required = true, description = "the translated jar to write")
    Path out;

    @Option(names = "--classpath", split = "[:;]",
            description = "jars or folders the input's classes refer to (for the class hierarchy); dir/* is every jar"
                    + " in dir")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        Config c;
        try {
            c = config == null ? Config.of(new java.util.Properties()) : Config.load(config);
        } catch (ConfigException e) {
            System.err.println("stmj: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            System.err.println("stmj: no such jar: " + in);
            return 2;
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : expand(classpath)) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                System.err.println("stmj: bad class path entry " + p);
                return 2;
            }
        }
        JarTranslator.Result r;
        try (URLClassLoader deps = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            JarTranslator.Progress progress = noProgress || System.console() == null ? null : new Bar();
            org.stmj.transform.Stages.enabled = stats;
            long t0 = System.nanoTime();
            r = new JarTranslator(c).translate(in, out, deps, progress, Math.max(1, threads));
            if (stats) {
                System.err.printf("stmj: %d ms wall on %d thread(s); %s%n", (System.nanoTime() - t0) / 1_000_000,
                        Math.max(1, threads), org.stmj.transform.Stages.summary());
            }
        }
        for (String refusal : r.refused()) {
            System.err.println("stmj: cannot transform " + refusal);
        }
        if (!r.refused().isEmpty()) {
            Files.deleteIfExists(out);
            System.err.println("stmj: " + r.refused().size() + " class(es) refused; no output written");
            return 1;
        }
        System.err.printf("stmj: %d classes transformed, %d copied, %d resources -> %s%n", r.transformed(),
                r.copied(), r.resources(), out);
        return 0;
    }

    /** Class path entries, with {@code dir/*} standing for every jar in {@code dir} (as for {@code java -cp}). */
    static List<Path> expand(List<Path> entries) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : entries) {
            if (p.getFileName() != null && p.getFileName().toString().equals("*")) {
                Path dir = p.getParent() == null ? Path.of(".") : p.getParent();
                if (Files.isDirectory(dir)) {
                    try (var s = Files.list(dir)) {
                        s.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(out::add);
                    }
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A one-line progress bar on standard error. */
    static final class Bar implements JarTranslator.Progress {
        @Override
        public void update(int done, int total) {
            if (total < 200 || (done % 50 != 0 && done != total)) {
                return;
            }
            int w = 40;
            int filled = (int) ((long) w * done / total);
            System.err.print("\r[" + "=".repeat(filled) + " ".repeat(w - filled) + "] " + done + "/" + total);
            if (done == total) {
                System.err.println();
            }
        }
    }
}
