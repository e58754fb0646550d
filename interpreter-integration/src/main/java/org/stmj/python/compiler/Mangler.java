package org.stmj.python.compiler;

/**
 * Private name mangling, as CPython's compiler does it: inside a class body (and every function, lambda and
 * comprehension nested in it) an identifier {@code __spam} that does not end in two underscores and has no dot is
 * rewritten to {@code _Class__spam}, where Class is the innermost enclosing class's name without its leading
 * underscores (a class named only of underscores mangles nothing). Names, attribute names, parameters, global and
 * nonlocal declarations, exception handler targets, import aliases and pattern captures are mangled; keyword
 * argument names are not. A {@code def __f} or {@code class __C} inside a class keeps {@code __f}/{@code __C} as its
 * {@code __name__} and binds the mangled name ({@link Node#bindName()}).
 *
 * <p>Runs on the parsed tree before scope analysis, so the scopes and the compiler see only mangled names.
 */
final class Mangler {
    private Mangler() {
    }

    /** Rewrites the private names of every class body in {@code root} in place. */
    static void mangle(Node root) {
        walk(root, null);
    }

    /** {@code name} mangled for a class whose stripped name is {@code prefix} (null outside classes). */
    static String mangled(String prefix, String name) {
        if (prefix == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        return "_" + prefix + name;
    }

    private static String stripped(String className) {
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? null : className.substring(i);
    }

    private static void walk(Node n, String prefix) {
        if (n == null) {
            return;
        }
        switch (n.kind) {
            case Node.NAME: case Node.ATTR: case Node.HANDLER: case Node.ARG: case Node.P_CAPTURE: case Node.P_STAR:
            case Node.P_AS: case Node.P_MAP:
                n.s = mangled(prefix, n.s);
                break;
            case Node.ARGS:
                n.s = mangled(prefix, n.s);
                n.s2 = mangled(prefix, n.s2);
                break;
            case Node.ALIAS:
                if (n.s2 != null) {
                    n.s2 = mangled(prefix, n.s2);
                }
                break;
            case Node.GLOBAL: case Node.NONLOCAL:
                if (n.names != null) {
                    for (int i = 0; i < n.names.length; i++) {
                        n.names[i] = mangled(prefix, n.names[i]);
                    }
                }
                break;
            case Node.FUNCDEF: {
                String m = mangled(prefix, n.s);
                if (!m.equals(n.s)) {
                    n.s2 = m;
                }
                break;
            }
            case Node.CLASSDEF: {
                String m = mangled(prefix, n.s);
                if (!m.equals(n.s)) {
                    n.s2 = m;
                }
                // decorators, bases and keywords are evaluated in the enclosing scope; the body in the class's
                walkAll(n.list2, prefix);
                walkAll(n.list3, prefix);
                walkAll(n.list4, prefix);
                walkAll(n.list, stripped(n.s));
                return;
            }
            default:
        }
        walk(n.a, prefix);
        walk(n.b, prefix);
        walk(n.c, prefix);
        walk(n.args, prefix);
        walkAll(n.list, prefix);
        walkAll(n.list2, prefix);
        walkAll(n.list3, prefix);
        walkAll(n.list4, prefix);
    }

    private static void walkAll(Node[] ns, String prefix) {
        if (ns != null) {
            for (Node n : ns) {
                walk(n, prefix);
            }
        }
    }
}
