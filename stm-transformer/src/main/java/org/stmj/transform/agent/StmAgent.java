package org.stmj.transform.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.stmj.transform.Config;
import org.stmj.transform.ConfigException;
import org.stmj.transform.Transformer;
import org.stmj.transform.runtime.Rt;

/**
 * Entry points of the agent jar. Options, comma-separated after {@code =}: {@code config=FILE} (a
 * {@code stm.properties}), and any configuration key as {@code key=value} (overrides the file), e.g.
 * {@code -javaagent:stm-agent.jar=config=stm.properties,verbose=true}. Without options (or without a
 * {@code transform} key) every class of the application is transformed: every class loaded by a loader other
 * than the boot and platform loaders, except the STM's own; {@code exclude=} narrows that. {@code cache=DIR} keeps
 * the transformed classes of the class path in {@code DIR} for the next start ({@link ClassCache}). A bad option prints
 * one line and exits with
 * status 2.
 */
public final class StmAgent {
    private StmAgent() {
    }

    /** Called by the JVM for {@code -javaagent:}. */
    public static void premain(String args, Instrumentation inst) {
        install(args, inst);
    }

    /** Called by the JVM when the agent is attached to a running program. */
    public static void agentmain(String args, Instrumentation inst) {
        install(args, inst);
    }

    /**
     * Installs the agent into the running JVM (through Byte Buddy's attach tooling) with the given
     * configuration; classes loaded before this call are not transformed. Returns the instrumentation.
     */
    public static Instrumentation attach(Config config) {
        Instrumentation inst = ByteBuddyAgent.install();
        inst.addTransformer(new AgentTransformer(new Transformer(config)), false);
        return inst;
    }

    private static void install(String args, Instrumentation inst) {
        Config config;
        ClassCache cache = null;
        try {
            config = parse(args);
            Path cacheDir = cacheDir(args);
            if (cacheDir != null) {
                cache = ClassCache.open(cacheDir, args);
            }
            if (config.report() != null) {
                Rt.reportTo(config.report());
            }
        } catch (ConfigException e) {
            AgentTransformer.die("stmj: bad agent option: " + e.getMessage(), 2);
            return;
        } catch (IOException e) {
            AgentTransformer.die("stmj: cannot open report file: " + e.getMessage(), 2);
            return;
        }
        inst.addTransformer(new AgentTransformer(new Transformer(config), cache), false);
    }

    /** The {@code cache=DIR} option, or null. */
    static Path cacheDir(String args) {
        if (args == null) {
            return null;
        }
        for (String opt : args.split(",(?=[A-Za-z]+=)")) {
            if (opt.startsWith("cache=") && opt.length() > 6) {
                return Path.of(opt.substring(6).trim());
            }
        }
        return null;
    }

    /** Parses the agent's option string into a configuration. */
    static Config parse(String args) {
        Config config = null;
        List<String[]> overrides = new ArrayList<>();
        if (args != null && !args.isBlank()) {
            for (String opt : args.split(",(?=[A-Za-z]+=)")) {
                int eq = opt.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigException("'" + opt + "' is not key=value");
                }
                String k = opt.substring(0, eq).trim();
                String v = opt.substring(eq + 1).trim();
                if (k.equals("config")) {
                    config = Config.load(Path.of(v));
                } else if (k.equals("cache")) {
                    continue; // cacheDir
                } else {
                    overrides.add(new String[] {k, v});
                }
            }
        }
        if (config == null) {
            // No file: every class of the application (not the JDK's, not the STM's own), narrowed by exclude=.
            config = Config.of(new java.util.Properties());
        }
        for (String[] o : overrides) {
            config = config.with(o[0], o[1]);
        }
        return config;
    }
}
