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
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Set<String> walrus = new LinkedHashSet<>();
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
    static final class Builder {
        final Map<Node, Scope> scopes = new IdentityHashMap<>();
        final String file;

        Builder(String file) {
            this.file = file;
        }

        PySyntaxError err(String msg, Node n) {
            return new PySyntaxError("SyntaxError", msg, file, n.line, n.col + 1);
        }

        Scope build(Node module) {
            Scope s = new Scope(MODULE, false, null, "<module>", module);
            scopes.put(module, s);
            for (Node st : module.list) {
                visit(st, s);
            }
            analyze(s, new LinkedHashSet<>());
            return s;
        }

        void bind(String n, Scope s) {
            s.assigned.add(n);
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
                    bind(n.name(), s);
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
                    bind(n.name(), s);
                    Scope c = new Scope(CLASS, false, s, n.name(), n);
                    scopes.put(n, c);
                    visitAll(n.body(), c);
                    return;
                }
                case Node.LISTCOMP: case Node.SETCOMP: case Node.GENEXP: case Node.DICTCOMP: {
                    Node[] fors = n.generators();
                    visit(fors[0].b, s);
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
                            visit(fors[i].b, c);
                        }
                        target(fors[i].a, c);
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
                    visit(n.value(), s);
                    if (s.comprehension) {
                        Scope t = s;
                        while (t.comprehension) {
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
                    if (s.comprehension && s.node.kind != Node.GENEXP) {
                        throw err("'yield' inside list comprehension", n);
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
                    if (n.value() != null) {
                        visit(n.value(), s);
                    }
                    if (n.target().kind == Node.NAME) {
                        if (n.value() != null || s.kind != MODULE) {
                            bind(n.target().s, s);
                        }
                    } else {
                        visit(n.target(), s);
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
                        bind(a.s2 != null ? a.s2 : a.s.split("\\.")[0], s);
                    }
                    return;
                case Node.IMPORTFROM:
                    for (Node a : n.aliases()) {
                        if (!a.name().equals("*")) {
                            bind(a.asname() != null ? a.asname() : a.name(), s);
                        }
                    }
                    return;
                case Node.GLOBAL:
                    for (String g : n.names) {
                        if (s.params.contains(g)) {
                            throw err("name '" + g + "' is parameter and global", n);
                        }
                        if (s.assigned.contains(g) || s.used.contains(g)) {
                            throw err("name '" + g + "' is " + (s.assigned.contains(g) ? "assigned to" : "used")
                                    + " before global declaration", n);
                        }
                        s.globals.add(g);
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
                        if (s.assigned.contains(g) || s.used.contains(g)) {
                            throw err("name '" + g + "' is " + (s.assigned.contains(g) ? "assigned to" : "used")
                                    + " before nonlocal declaration", n);
                        }
                        s.nonlocals.add(g);
                    }
                    return;
                case Node.RETURN:
                    if (s.kind != FUNCTION) {
                        throw err("'return' outside function", n);
                    }
                    if (n.value() != null) {
                        visit(n.value(), s);
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

        /**
         * Resolves names; 'bound' holds names bound in enclosing function scopes. Returns the free names this
         * scope needs from its enclosing scopes.
         */
        Set<String> analyze(Scope s, Set<String> bound) {
            Set<String> locals = new LinkedHashSet<>();
            if (s.kind != MODULE) {
                locals.addAll(s.params);
                locals.addAll(s.assigned);
                locals.removeAll(s.globals);
                locals.removeAll(s.nonlocals);
                locals.removeAll(s.walrus);
            }
            Set<String> all = new LinkedHashSet<>(s.used);
            all.addAll(s.assigned);
            all.addAll(s.params);
            for (String n : all) {
                if (s.globals.contains(n)) {
                    s.resolved.put(n, GLOBAL_EXPLICIT);
                } else if (s.walrus.contains(n)) {
                    Scope t = s;
                    while (t.comprehension) {
                        t = t.parent;
                    }
                    if (t.kind == MODULE || t.globals.contains(n)) {
                        s.resolved.put(n, GLOBAL_EXPLICIT);
                    } else {
                        s.resolved.put(n, FREE);
                        s.frees.add(n);
                    }
                } else if (s.nonlocals.contains(n)) {
                    if (!bound.contains(n)) {
                        throw new PySyntaxError("SyntaxError", "no binding for nonlocal '" + n + "' found", file,
                                s.node.line, s.node.col + 1);
                    }
                    s.resolved.put(n, FREE);
                    s.frees.add(n);
                } else if (locals.contains(n)) {
                    s.resolved.put(n, LOCAL);
                } else if (s.kind == CLASS && n.equals("__class__")) {
                    s.resolved.put(n, GLOBAL_IMPLICIT);
                } else if (bound.contains(n) && s.kind != MODULE) {
                    s.resolved.put(n, FREE);
                    s.frees.add(n);
                } else {
                    s.resolved.put(n, GLOBAL_IMPLICIT);
                }
            }
            for (String n : s.nonlocals) {
                if (!bound.contains(n)) {
                    throw new PySyntaxError("SyntaxError", "no binding for nonlocal '" + n + "' found", file,
                            s.node.line, s.node.col + 1);
                }
                s.resolved.put(n, FREE);
                s.frees.add(n);
            }
            Set<String> childBound = new LinkedHashSet<>(bound);
            if (s.kind == FUNCTION) {
                childBound.addAll(locals);
            }
            if (s.kind == CLASS) {
                childBound.add("__class__");
            }
            for (Scope c : s.children) {
                Set<String> need = analyze(c, childBound);
                for (String n : need) {
                    if (s.kind == CLASS && n.equals("__class__")) {
                        s.needsClassCell = true;
                        continue;
                    }
                    Integer r = s.resolved.get(n);
                    if (s.kind == FUNCTION && r != null && r == LOCAL) {
                        s.resolved.put(n, CELL);
                        s.cells.add(n);
                    } else if (r != null && r == CELL) {
                        // already a cell
                    } else if (s.kind != MODULE
                            && (r == null || r == FREE || r == GLOBAL_IMPLICIT && bound.contains(n))) {
                        if (r == null || r != FREE) {
                            if (s.kind == CLASS && r != null && r == LOCAL) {
                                s.frees.add(n);
                                continue;
                            }
                            s.resolved.putIfAbsent(n, FREE);
                            if (r != null && r == GLOBAL_IMPLICIT) {
                                s.resolved.put(n, FREE);
                            }
                        }
                        s.frees.add(n);
                    }
                }
            }
            if (s.needsClassCell) {
                s.cells.add("__class__");
            }
            return s.frees;
        }
    }
}
