package org.stmj.python.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Name binding analysis for one module/class/function/comprehension scope (compile time only). */
final class Scope {
    static final int MODULE = 0, FUNCTION = 1, CLASS = 2;
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    final int kind;
    final boolean comprehension;
    final Scope parent;
    final String name;
    final Node node;
    final Set<String> params = new LinkedHashSet<>();
    /** A comprehension's iteration variables (CPython's DEF_COMP_ITER): a walrus may not rebind them. */
    final Set<String> compIter = new java.util.HashSet<>();
    /** Above 0 while an iterable of a comprehension is visited in this scope (CPython's ste_comp_iter_expr). */
    int compIterExpr;
    final Set<String> assigned = new LinkedHashSet<>();
    /** Names of {@link #assigned} bound only by imports so far: a later global/nonlocal may still name them. */
    final Set<String> importOnly = new java.util.HashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** The first nonlocal statement naming each of {@link #nonlocals}, where a missing binding is reported. */
    final Map<String, Node> nonlocalStmts = new java.util.HashMap<>();
    /** The first global or nonlocal statement naming each name (CPython's ste_directives, for error positions). */
    final Map<String, Node> directives = new java.util.HashMap<>();
    final Set<String> walrus = new LinkedHashSet<>();
    /** Names with a simple variable annotation ({@code x: int}) in this scope. */
    final Set<String> annotated = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final java.util.Map<String, Integer> resolved = new java.util.HashMap<>();
    boolean generator;
    /** async def, or a comprehension with 'async for' or 'await' (a coroutine, or an async generator with yield). */
    boolean coroutine;
    boolean needsClassCell;

    Scope(int kind, boolean comprehension, Scope parent, String name, Node node) {
        this.kind = kind;
        this.comprehension = comprehension;
        this.parent = parent;
        this.name = name;
        this.node = node;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    int lookup(String n) {
        Integer r = resolved.get(n);
        if (r != null) {
            return r;
        }
        if (kind == MODULE) {
            return GLOBAL_IMPLICIT;
        }
        return GLOBAL_IMPLICIT;
    }

    /** Builds the scope tree of a module. */
    /** A SyntaxError marking n's source range, as CPython's symbol table and compiler report theirs. */
    static PySyntaxError ranged(String msg, String file, Node n) {
        if (n.endLine >= n.line && n.endLine > 0 && (n.endLine > n.line || n.endCol > n.col)) {
            return new PySyntaxError("SyntaxError", msg, file, n.line, n.col + 1, n.endLine, n.endCol + 1);
        }
        return new PySyntaxError("SyntaxError", msg, file, n.line, n.col + 1);
    }

    /**
     * An error of the symbol table or the compiler (not the parser): CPython reads its source line from the file
     * named, so that -c and exec() code shows none.
     */
    static PySyntaxError compileError(String msg, String file, Node n) {
        PySyntaxError e = ranged(msg, file, n);
        e.textFromFile = true;
        return e;
    }

    static final class Builder {
        final Map<Node, Scope> scopes = new IdentityHashMap<>();
        final String file;

        Builder(String file) {
            this.file = file;
        }

        PySyntaxError err(String msg, Node n) {
            return compileError(msg, file, n);
        }

        Scope build(Node module) {
            Scope s = new Scope(MODULE, false, null, "<module>", module);
            scopes.put(module, s);
            for (Node st : module.list) {
                visit(st, s);
            }
            analyze(s);
            return s;
        }

        void bind(String n, Scope s) {
            s.assigned.add(n);
            s.importOnly.remove(n);
        }

        /** A name bound by an import: CPython's symtable does not count it against a later global/nonlocal. */
        void bindImport(String n, Scope s) {
            if (s.assigned.add(n)) {
                s.importOnly.add(n);
            }
        }

        void visitAll(Node[] ns, Scope s) {
            if (ns != null) {
                for (Node n : ns) {
                    if (n != null) {
                        visit(n, s);
                    }
                }
            }
        }

        void target(Node t, Scope s) {
            switch (t.kind) {
                case Node.NAME: bind(t.id(), s); break;
                case Node.TUPLE: case Node.LIST: for (Node x : t.elts()) {
                    target(x, s);
                }
                break;
                case Node.STARRED: target(t.value(), s); break;
                default: visit(t, s);
            }
        }

        void args(Node a, Scope outer) {
            for (Node x : a.list) {
                if (x.a != null) {
                    visit(x.a, outer);
                }
            }
            for (Node x : a.list2) {
                if (x.a != null) {
                    visit(x.a, outer);
                }
            }
        }

        /** The annotations of a def's parameters and its return, evaluated in the enclosing scope as CPython's. */
        void annotations(Node a, Node ret, Scope outer) {
            for (Node x : a.list) {
                if (x.c != null) {
                    visit(x.c, outer);
                }
            }
            for (Node x : a.list2) {
                if (x.c != null) {
                    visit(x.c, outer);
                }
            }
            if (a.b != null) {
                visit(a.b, outer);
            }
            if (a.c != null) {
                visit(a.c, outer);
            }
            if (ret != null) {
                visit(ret, outer);
            }
        }

        void params(Node a, Scope s) {
            for (Node x : a.list) {
                s.params.add(x.s);
            }
            for (Node x : a.list2) {
                s.params.add(x.s);
            }
            if (a.s != null) {
                s.params.add(a.s);
            }
            if (a.s2 != null) {
                s.params.add(a.s2);
            }
        }

        void visit(Node n, Scope s) {
            switch (n.kind) {
                case Node.NAME:
                    s.used.add(n.id());
                    if (n.id().equals("super") && s.kind == FUNCTION) {
                        s.used.add("__class__");
                    }
                    return;
                case Node.CONST: return;
                case Node.FUNCDEF: {
                    visitAll(n.decorators(), s);
                    args(n.arguments(), s);
                    annotations(n.arguments(), n.c, s);
                    bind(n.bindName(), s);
                    Scope f = new Scope(FUNCTION, false, s, n.name(), n);
                    f.coroutine = n.op == 1;
                    scopes.put(n, f);
                    params(n.arguments(), f);
                    visitAll(n.body(), f);
                    return;
                }
                case Node.LAMBDA: {
                    args(n.arguments(), s);
                    Scope f = new Scope(FUNCTION, false, s, "<lambda>", n);
                    scopes.put(n, f);
                    params(n.arguments(), f);
                    visit(n.lambdaBody(), f);
                    return;
                }
                case Node.CLASSDEF: {
                    visitAll(n.decorators(), s);
                    visitAll(n.bases(), s);
                    visitAll(n.keywords(), s);
                    bind(n.bindName(), s);
                    Scope c = new Scope(CLASS, false, s, n.name(), n);
                    scopes.put(n, c);
                    visitAll(n.body(), c);
                    return;
                }
                case Node.LISTCOMP: case Node.SETCOMP: case Node.GENEXP: case Node.DICTCOMP: {
                    Node[] fors = n.generators();
                    s.compIterExpr++;
                    visit(fors[0].b, s);
                    s.compIterExpr--;
                    String nm = n.kind == Node.LISTCOMP ? "<listcomp>" : n.kind == Node.SETCOMP ? "<setcomp>"
                            : n.kind == Node.GENEXP ? "<genexpr>" : "<dictcomp>";
                    Scope c = new Scope(FUNCTION, true, s, nm, n);
                    scopes.put(n, c);
                    c.params.add(".0");
                    if (n.kind == Node.GENEXP) {
                        c.generator = true;
                    }
                    for (int i = 0; i < fors.length; i++) {
                        if (fors[i].op == 1) {
                            c.coroutine = true;
                        }
                        if (i > 0) {
                            c.compIterExpr++;
                            visit(fors[i].b, c);
                            c.compIterExpr--;
                        }
                        Set<String> before = new java.util.HashSet<>(c.assigned);
                        target(fors[i].a, c);
                        for (String v : c.assigned) {
                            if (!before.contains(v)) {
                                c.compIter.add(v);
                            }
                        }
                        visitAll(fors[i].list, c);
                    }
                    visit(n.a, c);
                    if (n.b != null) {
                        visit(n.b, c);
                    }
                    if (c.coroutine) {
                        asyncComprehension(c, n);
                    }
                    return;
                }
                case Node.AWAIT: {
                    if (s.comprehension) {
                        s.coroutine = true;
                    } else if (s.kind != FUNCTION) {
                        throw err("'await' outside function", n);
                    } else if (!s.coroutine) {
                        throw err("'await' outside async function", n);
                    }
                    visit(n.value(), s);
                    return;
                }
                case Node.MATCH:
                    visit(n.subject(), s);
                    for (Node c : n.cases()) {
                        pattern(c.pattern(), s);
                        if (c.guard() != null) {
                            visit(c.guard(), s);
                        }
                        visitAll(c.body(), s);
                    }
                    return;
                case Node.NAMEDEXPR: {
                    if (s.compIterExpr > 0) {
                        throw err("assignment expression cannot be used in a comprehension iterable expression", n);
                    }
                    visit(n.value(), s);
                    if (s.comprehension) {
                        Scope t = s;
                        while (t.comprehension) {
                            if (t.compIter.contains(n.target().s)) {
                                throw err("assignment expression cannot rebind comprehension iteration variable '"
                                        + n.target().s + "'", n.target());
                            }
                            t.walrus.add(n.target().s);
                            t = t.parent;
                        }
                        if (t.kind == CLASS) {
                            throw err("assignment expression within a comprehension cannot be used in a class body", n);
                        }
                        bind(n.target().s, t);
                    } else {
                        bind(n.target().s, s);
                    }
                    return;
                }
                case Node.YIELD: case Node.YIELDFROM:
                    if (s.kind != FUNCTION) {
                        throw err("'yield' outside function", n);
                    }
                    if (n.kind == Node.YIELDFROM && s.coroutine && !s.comprehension) {
                        throw err("'yield from' inside async function", n);
                    }
                    if (s.comprehension) {
                        int k = s.node.kind;
                        throw err("'yield' inside " + (k == Node.GENEXP ? "generator expression" : k == Node.SETCOMP
                                ? "set comprehension" : k == Node.DICTCOMP ? "dict comprehension"
                                : "list comprehension"), n);
                    }
                    s.generator = true;
                    if (n.value() != null) {
                        visit(n.value(), s);
                    }
                    return;
                case Node.ASSIGN:
                    visit(n.value(), s);
                    for (Node t : n.targets()) {
                        target(t, s);
                    }
                    return;
                case Node.AUGASSIGN:
                    visit(n.value(), s);
                    if (n.target().kind == Node.NAME) {
                        s.used.add(n.target().s);
                        bind(n.target().s, s);
                    } else {
                        visit(n.target(), s);
                    }
                    return;
                case Node.ANNASSIGN:
                    if (n.c != null) {
                        visit(n.c, s);
                    }
                    // the annotation may hold a lambda or comprehension, evaluated at module and class level
                    if (n.b != null) {
                        visit(n.b, s);
                    }
                    if (n.a.kind == Node.NAME && n.op == 1) {
                        String an = n.a.s;
                        if (s.globals.contains(an) || s.nonlocals.contains(an)) {
                            throw err("annotated name '" + an + "' can't be "
                                    + (s.globals.contains(an) ? "global" : "nonlocal"), n);
                        }
                        s.annotated.add(an);
                    }
                    if (n.a.kind == Node.NAME) {
                        // a parenthesized name without a value binds nothing: (x): int
                        if (n.c != null || s.kind != MODULE && n.op == 1) {
                            bind(n.a.s, s);
                        }
                    } else {
                        visit(n.a, s);
                    }
                    return;
                case Node.DEL:
                    for (Node t : n.targets()) {
                        target(t, s);
                    }
                    return;
                case Node.FOR:
                    if (n.op == 1 && !inAsyncFunction(s)) {
                        throw err("'async for' outside async function", n);
                    }
                    visit(n.iter(), s);
                    target(n.target(), s);
                    visitAll(n.body(), s);
                    visitAll(n.orelse(), s);
                    return;
                case Node.WITH:
                    if (n.op == 1 && !inAsyncFunction(s)) {
                        throw err("'async with' outside async function", n);
                    }
                    for (Node w : n.items()) {
                        visit(w.context(), s);
                        if (w.optionalVars() != null) {
                            target(w.optionalVars(), s);
                        }
                    }
                    visitAll(n.body(), s);
                    return;
                case Node.TRY:
                    visitAll(n.body(), s);
                    for (Node h : n.handlers()) {
                        if (h.excType() != null) {
                            visit(h.excType(), s);
                        }
                        if (h.name() != null) {
                            bind(h.name(), s);
                        }
                        visitAll(h.body(), s);
                    }
                    visitAll(n.orelse(), s);
                    visitAll(n.finalbody(), s);
                    return;
                case Node.IMPORT:
                    for (Node a : n.aliases()) {
                        bindImport(a.s2 != null ? a.s2 : a.s.split("\\.")[0], s);
                    }
                    return;
                case Node.IMPORTFROM:
                    for (Node a : n.list) {
                        if (!a.s.equals("*")) {
                            bindImport(a.s2 != null ? a.s2 : a.s, s);
                        } else if (s.kind == FUNCTION) {
                            throw err("import * only allowed at module level", n);
                        }
                    }
                    return;
                case Node.GLOBAL:
                    for (String g : n.names) {
                        if (s.params.contains(g)) {
                            throw err("name '" + g + "' is parameter and global", n);
                        }
                        if (s.annotated.contains(g)) {
                            throw err("annotated name '" + g + "' can't be global", n);
                        }
                        boolean set = s.assigned.contains(g) && !s.importOnly.contains(g);
                        if (set || s.used.contains(g)) {
                            throw err("name '" + g + "' is " + (set ? "assigned to before"
                                    : "used prior to") + " global declaration", n);
                        }
                        s.globals.add(g);
                        s.directives.putIfAbsent(g, n);
                    }
                    return;
                case Node.NONLOCAL:
                    if (s.kind == MODULE) {
                        throw err("nonlocal declaration not allowed at module level", n);
                    }
                    for (String g : n.names) {
                        if (s.params.contains(g)) {
                            throw err("name '" + g + "' is parameter and nonlocal", n);
                        }
                        if (s.annotated.contains(g)) {
                            throw err("annotated name '" + g + "' can't be nonlocal", n);
                        }
                        boolean set = s.assigned.contains(g) && !s.importOnly.contains(g);
                        if (set || s.used.contains(g)) {
                            throw err("name '" + g + "' is " + (set ? "assigned to before"
                                    : "used prior to") + " nonlocal declaration", n);
                        }
                        s.nonlocals.add(g);
                        s.nonlocalStmts.putIfAbsent(g, n);
                        s.directives.putIfAbsent(g, n);
                    }
                    return;
                case Node.RETURN:
                    // "'return' outside function" is the compiler's, in source order with the other block errors
                    if (n.a != null) {
                        visit(n.a, s);
                    }
                    return;
                default:
                    if (n.a != null) {
                        visit(n.a, s);
                    }
                    if (n.b != null) {
                        visit(n.b, s);
                    }
                    if (n.c != null) {
                        visit(n.c, s);
                    }
                    visitAll(n.list, s);
                    visitAll(n.list2, s);
                    visitAll(n.list3, s);
                    visitAll(n.list4, s);
                    if (n.args != null) {
                        args(n.args, s);
                    }
            }
        }

        static boolean inAsyncFunction(Scope s) {
            return s.kind == FUNCTION && !s.comprehension && s.coroutine;
        }

        /**
         * An asynchronous comprehension: a generator expression becomes an async generator; a list, set or dict
         * comprehension becomes a coroutine that its enclosing scope awaits, so that scope must be asynchronous too.
         */
        void asyncComprehension(Scope c, Node n) {
            if (n.kind == Node.GENEXP) {
                return;
            }
            Scope p = c.parent;
            if (p.comprehension) {
                p.coroutine = true;
                return;
            }
            if (!inAsyncFunction(p)) {
                throw err("asynchronous comprehension outside of an asynchronous function", n);
            }
        }

        /** Binds the capture names of a pattern and visits its value and class expressions. */
        void pattern(Node p, Scope s) {
            switch (p.kind) {
                case Node.P_VALUE: visit(p.value(), s); return;
                case Node.P_SINGLETON: return;
                case Node.P_CAPTURE: case Node.P_STAR:
                    if (p.name() != null) {
                        bind(p.name(), s);
                    }
                    return;
                case Node.P_AS:
                    if (p.pattern() != null) {
                        pattern(p.pattern(), s);
                    }
                    bind(p.name(), s);
                    return;
                case Node.P_SEQ: case Node.P_OR:
                    for (Node x : p.patterns()) {
                        pattern(x, s);
                    }
                    return;
                case Node.P_MAP:
                    visitAll(p.keys(), s);
                    for (Node x : p.patterns()) {
                        pattern(x, s);
                    }
                    if (p.rest() != null) {
                        bind(p.rest(), s);
                    }
                    return;
                case Node.P_CLASS:
                    visit(p.cls(), s);
                    for (Node x : p.patterns()) {
                        pattern(x, s);
                    }
                    for (Node x : p.kwdPatterns()) {
                        pattern(x, s);
                    }
                    return;
                default:
                    throw new IllegalStateException("pattern kind " + p.kind);
            }
        }

        /** Resolves the names of a whole tree from its root (module) scope. */
        void analyze(Scope root) {
            analyze(root, null, new LinkedHashSet<>());
        }

        /**
         * Resolves the names of scope s and its children, as CPython's symtable does (analyze_block). {@code bound}
         * holds the names bound in enclosing function scopes (null for the module: nothing is nested there),
         * {@code global} the names declared global in enclosing scopes; both are the caller's and not changed.
         * Returns the names s or a scope nested in it reads as free variables and that s does not provide itself,
         * which the enclosing scope must provide (as a cell, or as a free variable of its own).
         *
         * <p>A class scope passes its enclosing bindings through to its methods but not its own names; a name a
         * method needs from outside that the class body also binds stays LOCAL in the class body (LOAD_NAME) and
         * is also one of the class's free variables (CPython's DEF_FREE_CLASS), so that the method's closure can be
         * built there. {@code __class__} needed by a method makes the class create the {@code __class__} cell.
         */
        Set<String> analyze(Scope s, Set<String> boundIn, Set<String> globalIn) {
            Set<String> bound = boundIn == null ? null : new LinkedHashSet<>(boundIn);
            Set<String> global = new LinkedHashSet<>(globalIn);
            Set<String> local = new LinkedHashSet<>();
            Set<String> free = new LinkedHashSet<>();
            Set<String> newBound = new LinkedHashSet<>(), newGlobal = new LinkedHashSet<>(),
                    newFree = new LinkedHashSet<>();
            if (s.kind == CLASS) {
                newGlobal.addAll(global);
                if (bound != null) {
                    newBound.addAll(bound);
                }
            }
            Set<String> all = new LinkedHashSet<>(s.params);
            all.addAll(s.assigned);
            all.addAll(s.used);
            all.addAll(s.globals);
            all.addAll(s.nonlocals);
            all.addAll(s.walrus);
            Set<String> classFree = new LinkedHashSet<>();
            for (String n : all) {
                if (s.globals.contains(n)) {
                    if (s.nonlocals.contains(n)) {
                        throw compileError("name '" + n + "' is nonlocal and global", file,
                                s.directives.getOrDefault(n, s.node));
                    }
                    s.resolved.put(n, GLOBAL_EXPLICIT);
                    global.add(n);
                    if (bound != null) {
                        bound.remove(n);
                    }
                } else if (s.walrus.contains(n)) {
                    // an assignment expression in a comprehension binds in the enclosing non-comprehension scope
                    Scope t = s;
                    while (t.comprehension) {
                        t = t.parent;
                    }
                    if (t.kind == MODULE || t.globals.contains(n)) {
                        s.resolved.put(n, GLOBAL_EXPLICIT);
                    } else {
                        s.resolved.put(n, FREE);
                        free.add(n);
                    }
                } else if (s.nonlocals.contains(n)) {
                    if (bound == null || !bound.contains(n)) {
                        throw compileError("no binding for nonlocal '" + n + "' found", file,
                                s.nonlocalStmts.getOrDefault(n, s.node));
                    }
                    s.resolved.put(n, FREE);
                    free.add(n);
                } else if (s.params.contains(n) || s.assigned.contains(n)) {
                    s.resolved.put(n, LOCAL);
                    local.add(n);
                    global.remove(n);
                } else if (s.kind == CLASS && n.equals("__class__") && (bound == null || !bound.contains(n))) {
                    s.resolved.put(n, GLOBAL_IMPLICIT);
                } else if (bound != null && bound.contains(n)) {
                    s.resolved.put(n, FREE);
                    free.add(n);
                } else {
                    s.resolved.put(n, GLOBAL_IMPLICIT);
                }
            }
            if (s.kind != CLASS) {
                if (s.kind == FUNCTION) {
                    newBound.addAll(local);
                }
                if (bound != null) {
                    newBound.addAll(bound);
                }
                newGlobal.addAll(global);
            } else {
                newBound.add("__class__");
            }
            for (Scope c : s.children) {
                newFree.addAll(analyze(c, newBound, newGlobal));
            }
            if (s.kind == FUNCTION) {
                // children's free names bound here become cells
                for (java.util.Iterator<String> it = newFree.iterator(); it.hasNext(); ) {
                    String n = it.next();
                    Integer r = s.resolved.get(n);
                    if (r != null && r == LOCAL) {
                        s.resolved.put(n, CELL);
                        it.remove();
                    }
                }
            } else if (s.kind == CLASS && newFree.remove("__class__")) {
                s.needsClassCell = true;
            }
            for (String n : newFree) {
                Integer r = s.resolved.get(n);
                if (r != null) {
                    // bound (or declared global) in a class body and read free by a method: both
                    if (s.kind == CLASS && (r == LOCAL || r == GLOBAL_EXPLICIT)) {
                        classFree.add(n);
                    }
                    continue;
                }
                if (bound != null && !bound.contains(n)) {
                    continue;
                } // a global
                s.resolved.put(n, FREE);
            }
            free.addAll(newFree);
            java.util.TreeSet<String> cells = new java.util.TreeSet<>(), frees = new java.util.TreeSet<>();
            for (Map.Entry<String, Integer> e : s.resolved.entrySet()) {
                if (e.getValue() == CELL) {
                    cells.add(e.getKey());
                } else if (e.getValue() == FREE) {
                    frees.add(e.getKey());
                }
            }
            frees.addAll(classFree);
            if (s.needsClassCell) {
                cells.add("__class__");
            }
            s.cells.clear();
            s.cells.addAll(cells);
            s.frees.clear();
            s.frees.addAll(frees);
            return free;
        }
    }
}
