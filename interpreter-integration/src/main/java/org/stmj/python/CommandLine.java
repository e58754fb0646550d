package org.stmj.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The interpreter's command line, parsed as CPython 3.11's {@code Py_Main} does: short options may be grouped
 * ({@code -uB}), an option's argument may be attached or the next word ({@code -Werror}, {@code -W error}), option
 * parsing stops at {@code -c}, {@code -m}, {@code -}, {@code --} or the script's name, and the environment
 * ({@code PYTHONUNBUFFERED}, {@code PYTHONWARNINGS}, ...) counts unless {@code -E} or {@code -I} is given.
 */
final class CommandLine {
    /** Options that take an argument. */
    private static final String WITH_ARG = "cmWX";
    /** Options without one, accepted as CPython's (those with no effect here are still accepted). */
    private static final String FLAGS = "bBdEhiIOPqRsSuvVx?";

    String code;
    String module;
    /** The script's path, "-" for standard input, null for -c, -m and the REPL. */
    String script;
    String[] rest = new String[0];
    boolean help;
    int version;
    boolean unbuffered;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean safePath;
    boolean dontWriteBytecode;
    boolean noUserSite;
    boolean noSite;
    boolean inspect;
    int optimize;
    int verbose;
    int bytesWarning;
    boolean quiet;
    /** Warning filters: PYTHONWARNINGS's first, then each -W in order (sys.warnoptions). */
    final List<String> warnOptions = new ArrayList<>();
    /** -X options in order, {@code name} or {@code name=value} (sys._xoptions). */
    final List<String> xOptions = new ArrayList<>();

    /** A bad command line: the message CPython prints before its usage line (exit status 2). */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean showTry;

        Bad(String message, boolean showTry) {
            super(message, null, false, false);
            this.showTry = showTry;
        }
    }

    /** Parses {@code args} with {@code env} as the process environment. */
    static CommandLine parse(String[] args, Map<String, String> env) throws Bad {
        CommandLine c = new CommandLine();
        List<String> cmdWarn = new ArrayList<>();
        int i = 0;
        scan:
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-") || !a.startsWith("-")) {
                c.script = a;
                i++;
                break;
            }
            if (a.equals("--")) {
                i++;
                if (i < args.length) {
                    c.script = args[i];
                    i++;
                }
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help":
                    case "--help-env":
                    case "--help-xoptions":
                    case "--help-all":
                        c.help = true;
                        i++;
                        continue;
                    case "--version":
                        c.version++;
                        i++;
                        continue;
                    case "--check-hash-based-pycs":
                        if (i + 1 >= args.length) {
                            throw new Bad("Argument expected for the --check-hash-based-pycs option", false);
                        }
                        i += 2;
                        continue;
                    default:
                        throw new Bad("unknown option " + a, true);
                }
            }
            i++;
            for (int k = 1; k < a.length(); k++) {
                char o = a.charAt(k);
                if (WITH_ARG.indexOf(o) >= 0) {
                    String v;
                    if (k + 1 < a.length()) {
                        v = a.substring(k + 1);
                    } else if (i < args.length) {
                        v = args[i++];
                    } else {
                        throw new Bad("Argument expected for the -" + o + " option", false);
                    }
                    switch (o) {
                        case 'c':
                            c.code = v;
                            break scan;
                        case 'm':
                            c.module = v;
                            break scan;
                        case 'W':
                            cmdWarn.add(v);
                            break;
                        default:
                            c.xOptions.add(v);
                            break;
                    }
                    break;
                }
                if (FLAGS.indexOf(o) < 0) {
                    throw new Bad("Unknown option: -" + o, true);
                }
                c.flag(o);
            }
        }
        c.rest = java.util.Arrays.copyOfRange(args, i, args.length);
        if (!c.ignoreEnvironment) {
            c.fromEnvironment(env);
        }
        c.warnOptions.addAll(cmdWarn);
        return c;
    }

    private void flag(char o) {
        switch (o) {
            case 'h':
            case '?':
                help = true;
                break;
            case 'V':
                version++;
                break;
            case 'u':
                unbuffered = true;
                break;
            case 'E':
                ignoreEnvironment = true;
                break;
            case 'I':
                isolated = true;
                ignoreEnvironment = true;
                safePath = true;
                noUserSite = true;
                break;
            case 'P':
                safePath = true;
                break;
            case 'B':
                dontWriteBytecode = true;
                break;
            case 's':
                noUserSite = true;
                break;
            case 'S':
                noSite = true;
                break;
            case 'i':
                inspect = true;
                break;
            case 'O':
                optimize++;
                break;
            case 'v':
                verbose++;
                break;
            case 'b':
                bytesWarning++;
                break;
            case 'q':
                quiet = true;
                break;
            default:
                // -d, -R, -x: accepted, no effect here (no debug build; hashing is always randomised per run)
                break;
        }
    }

    private void fromEnvironment(Map<String, String> env) {
        if (set(env, "PYTHONUNBUFFERED")) {
            unbuffered = true;
        }
        if (set(env, "PYTHONDONTWRITEBYTECODE")) {
            dontWriteBytecode = true;
        }
        if (set(env, "PYTHONSAFEPATH")) {
            safePath = true;
        }
        if (set(env, "PYTHONNOUSERSITE")) {
            noUserSite = true;
        }
        if (set(env, "PYTHONINSPECT")) {
            inspect = true;
        }
        optimize = Math.max(optimize, level(env.get("PYTHONOPTIMIZE")));
        verbose = Math.max(verbose, level(env.get("PYTHONVERBOSE")));
        String w = env.get("PYTHONWARNINGS");
        if (w != null && !w.isEmpty()) {
            for (String part : w.split(",")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    warnOptions.add(p);
                }
            }
        }
    }

    private static boolean set(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isEmpty();
    }

    /** A PYTHONOPTIMIZE-style level: a number, or 1 for any other non-empty value. */
    private static int level(String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(Integer.parseInt(v.strip()), 0);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
