package org.stmj.python.compiler;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.vm.ThreadState;

/**
 * The parser's {@link Node} tree as the objects of the {@code _ast} module ({@code ast.parse}, {@code compile} with
 * {@code PyCF_ONLY_AST}), in CPython 3.11's shapes: expression contexts, operator singletons, positions with column
 * offsets in UTF-8 bytes. Where the parser folded something (a negative number, a complex literal in a pattern) the
 * node it kept in {@link Node#folded} gives CPython's unfolded form back.
 */
public final class AstToPython {
    private static final int LOAD = 0, STORE = 1, DEL = 2;
    private static final String[] CTX = {"Load", "Store", "Del"};
    private static final String[] BINOPS = {"Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift",
        "BitAnd", "BitOr", "BitXor", "MatMult"};
    private static final String[] CMPOPS = {"Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", null, null, null, null, "Is",
        "IsNot", "In", "NotIn"};

    private final ThreadState ts;
    private final PyObject mod;
    private final String[] lines;
    private final Map<String, PyObject> classes = new HashMap<>();
    private final Map<String, PyObject> singletons = new HashMap<>();

    private AstToPython(ThreadState ts, PyObject astModule, String src) {
        this.ts = ts;
        this.mod = astModule;
        this.lines = src.split("\n", -1);
    }

    /**
     * Parses {@code src} in {@code mode} ("exec", "eval", "single" or "func_type") into a tree of {@code _ast}
     * objects; a syntax error is thrown as {@link PySyntaxError} carrying the source.
     */
    public static PyObject parse(ThreadState ts, PyObject astModule, String src, String file, String mode) {
        AstToPython c = new AstToPython(ts, astModule, src);
        try {
            switch (mode) {
                case "eval": {
                    Node e = Parser.parseExpression(src.stripTrailing(), file, 1);
                    return c.make("Expression", "body", c.expr(e, LOAD));
                }
                case "func_type":
                    return c.funcType(src, file);
                default: {
                    Node m = Parser.parseModule(src, file);
                    PyObject body = c.stmts(m.body());
                    if (mode.equals("single")) {
                        return c.make("Interactive", "body", body);
                    }
                    return c.make("Module", "body", body, "type_ignores", new PyList());
                }
            }
        } catch (PySyntaxError e) {
            throw e.withSource(src);
        }
    }

    /** "(argtypes) -> returns", PEP 484's function type comments. */
    private PyObject funcType(String src, String file) {
        int depth = 0, arrow = -1;
        for (int i = 0; i + 1 < src.length() && arrow < 0; i++) {
            char ch = src.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == '-' && src.charAt(i + 1) == '>' && depth == 0) {
                arrow = i;
            }
        }
        if (arrow < 0) {
            throw new PySyntaxError("SyntaxError", "invalid syntax", file, 1, src.length() + 1);
        }
        String left = src.substring(0, arrow).strip();
        if (!left.startsWith("(") || !left.endsWith(")")) {
            throw new PySyntaxError("SyntaxError", "invalid syntax", file, 1, 1);
        }
        PyList args = new PyList();
        String inner = left.substring(1, left.length() - 1).strip();
        if (!inner.isEmpty()) {
            Node a = Parser.parseExpression("(" + inner + ",)", file, 1);
            for (Node x : a.elts()) {
                args.append(expr(x, LOAD));
            }
        }
        Node r = Parser.parseExpression(src.substring(arrow + 2).strip(), file, 1);
        return make("FunctionType", "argtypes", args, "returns", expr(r, LOAD));
    }

    // ---------------------------------------------------------------- object making

    private PyObject cls(String name) {
        PyObject c = classes.get(name);
        if (c == null) {
            c = Ops.getattr(ts, mod, name);
            classes.put(name, c);
        }
        return c;
    }

    /** A node of class {@code name} with the given (field, value) pairs. */
    private PyObject make(String name, Object... fields) {
        PyObject o = Ops.call(ts, cls(name));
        for (int i = 0; i < fields.length; i += 2) {
            Object v = fields[i + 1];
            PyObject pv = v == null ? Py.None : v instanceof String ? Py.str((String) v) : v instanceof Integer
                    ? Py.newInt((Integer) v) : (PyObject) v;
            Ops.setattr(ts, o, (String) fields[i], pv);
        }
        return o;
    }

    /** A node with the positions of {@code n}. */
    private PyObject at(Node n, String name, Object... fields) {
        PyObject o = make(name, fields);
        Ops.setattr(ts, o, "lineno", Py.newInt(n.line));
        Ops.setattr(ts, o, "col_offset", Py.newInt(byteCol(n.line, n.col)));
        int el = n.endLine > 0 ? n.endLine : n.line;
        int ec = n.endLine > 0 ? n.endCol : n.col;
        Ops.setattr(ts, o, "end_lineno", Py.newInt(el));
        Ops.setattr(ts, o, "end_col_offset", Py.newInt(byteCol(el, ec)));
        return o;
    }

    /** One shared instance per operator or context class, as CPython's. */
    private PyObject single(String name) {
        PyObject o = singletons.get(name);
        if (o == null) {
            o = make(name);
            singletons.put(name, o);
        }
        return o;
    }

    /** A character column as CPython's UTF-8 byte offset. */
    private int byteCol(int line, int col) {
        if (line < 1 || line > lines.length || col <= 0) {
            return col;
        }
        String s = lines[line - 1];
        int end = Math.min(col, s.length());
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                return s.substring(0, end).getBytes(StandardCharsets.UTF_8).length + (col - end);
            }
        }
        return col;
    }

    /** A str literal written with the u prefix has kind 'u', as CPython's. */
    private String uKind(Node n) {
        if (!(n.v instanceof org.stmj.python.objects.PyStr) || n.line < 1 || n.line > lines.length) {
            return null;
        }
        String l = lines[n.line - 1];
        return n.col >= 0 && n.col < l.length() && (l.charAt(n.col) == 'u' || l.charAt(n.col) == 'U') ? "u" : null;
    }

    private static PyObject strs(String[] names) {
        PyList l = new PyList();
        if (names != null) {
            for (String s : names) {
                l.append(Py.str(s));
            }
        }
        return l;
    }

    // ---------------------------------------------------------------- statements

    private PyObject stmts(Node[] body) {
        PyList l = new PyList();
        if (body != null) {
            for (Node s : body) {
                l.append(stmt(s));
            }
        }
        return l;
    }

    private PyObject exprs(Node[] es, int ctx) {
        PyList l = new PyList();
        if (es != null) {
            for (Node e : es) {
                l.append(e == null ? Py.None : expr(e, ctx));
            }
        }
        return l;
    }

    private PyObject opt(Node e) {
        return e == null ? Py.None : expr(e, LOAD);
    }

    private PyObject stmt(Node n) {
        boolean async = n.op == 1;
        switch (n.kind) {
            case Node.FUNCDEF:
                return at(n, async ? "AsyncFunctionDef" : "FunctionDef", "name", n.name(), "args",
                        arguments(n.arguments()), "body", stmts(n.body()), "decorator_list",
                        exprs(n.decorators(), LOAD), "returns", opt(n.c), "type_comment", null);
            case Node.CLASSDEF:
                return at(n, "ClassDef", "name", n.name(), "bases", exprs(n.bases(), LOAD), "keywords",
                        keywords(n.keywords()), "body", stmts(n.body()), "decorator_list",
                        exprs(n.decorators(), LOAD));
            case Node.RETURN:
                return at(n, "Return", "value", opt(n.a));
            case Node.DEL:
                return at(n, "Delete", "targets", exprs(n.targets(), DEL));
            case Node.ASSIGN:
                return at(n, "Assign", "targets", exprs(n.targets(), STORE), "value", expr(n.value(), LOAD),
                        "type_comment", null);
            case Node.AUGASSIGN:
                return at(n, "AugAssign", "target", expr(n.target(), STORE), "op", single(BINOPS[n.op]), "value",
                        expr(n.value(), LOAD));
            case Node.ANNASSIGN:
                return at(n, "AnnAssign", "target", expr(n.target(), STORE), "annotation", expr(n.annotation(), LOAD),
                        "value", opt(n.c), "simple", n.op == 1 ? 1 : 0);
            case Node.FOR:
                return at(n, async ? "AsyncFor" : "For", "target", expr(n.target(), STORE), "iter",
                        expr(n.iter(), LOAD), "body", stmts(n.body()), "orelse", stmts(n.orelse()), "type_comment",
                        null);
            case Node.WHILE:
                return at(n, "While", "test", expr(n.test(), LOAD), "body", stmts(n.body()), "orelse",
                        stmts(n.orelse()));
            case Node.IF:
                return at(n, "If", "test", expr(n.test(), LOAD), "body", stmts(n.body()), "orelse",
                        stmts(n.orelse()));
            case Node.WITH: {
                PyList items = new PyList();
                for (Node w : n.items()) {
                    items.append(make("withitem", "context_expr", expr(w.context(), LOAD), "optional_vars",
                            w.optionalVars() == null ? Py.None : expr(w.optionalVars(), STORE)));
                }
                return at(n, async ? "AsyncWith" : "With", "items", items, "body", stmts(n.body()), "type_comment",
                        null);
            }
            case Node.MATCH: {
                PyList cases = new PyList();
                for (Node c : n.cases()) {
                    cases.append(make("match_case", "pattern", pattern(c.pattern()), "guard", opt(c.guard()), "body",
                            stmts(c.body())));
                }
                return at(n, "Match", "subject", expr(n.subject(), LOAD), "cases", cases);
            }
            case Node.RAISE:
                return at(n, "Raise", "exc", opt(n.exc()), "cause", opt(n.cause()));
            case Node.TRY: {
                PyList hs = new PyList();
                for (Node h : n.handlers()) {
                    hs.append(at(h, "ExceptHandler", "type", opt(h.excType()), "name", h.name(), "body",
                            stmts(h.body())));
                }
                return at(n, async ? "TryStar" : "Try", "body", stmts(n.body()), "handlers", hs, "orelse",
                        stmts(n.orelse()), "finalbody", stmts(n.finalbody()));
            }
            case Node.ASSERT:
                return at(n, "Assert", "test", expr(n.test(), LOAD), "msg", opt(n.msg()));
            case Node.IMPORT:
                return at(n, "Import", "names", aliases(n.aliases()));
            case Node.IMPORTFROM:
                return at(n, "ImportFrom", "module", n.module().isEmpty() ? null : n.module(), "names",
                        aliases(n.aliases()), "level", n.op);
            case Node.GLOBAL:
                return at(n, "Global", "names", strs(n.names));
            case Node.NONLOCAL:
                return at(n, "Nonlocal", "names", strs(n.names));
            case Node.EXPR:
                return at(n, "Expr", "value", expr(n.value(), LOAD));
            case Node.PASS:
                return at(n, "Pass");
            case Node.BREAK:
                return at(n, "Break");
            case Node.CONTINUE:
                return at(n, "Continue");
            default:
                throw new IllegalStateException("no ast statement for node kind " + n.kind);
        }
    }

    private PyObject aliases(Node[] as) {
        PyList l = new PyList();
        for (Node a : as) {
            l.append(at(a, "alias", "name", a.name(), "asname", a.asname()));
        }
        return l;
    }

    private PyObject keywords(Node[] ks) {
        PyList l = new PyList();
        if (ks != null) {
            for (Node k : ks) {
                l.append(at(k, "keyword", "arg", k.arg(), "value", expr(k.value(), LOAD)));
            }
        }
        return l;
    }

    private PyObject arg(Node a) {
        return at(a, "arg", "arg", a.name(), "annotation", opt(a.c), "type_comment", null);
    }

    private PyObject arguments(Node args) {
        PyList posonly = new PyList(), pos = new PyList(), kwonly = new PyList(), kwDefaults = new PyList(),
                defaults = new PyList();
        Node[] ps = args.positional();
        for (int i = 0; i < ps.length; i++) {
            (i < args.op ? posonly : pos).append(arg(ps[i]));
            if (ps[i].a != null) {
                defaults.append(expr(ps[i].a, LOAD));
            }
        }
        for (Node k : args.kwonly()) {
            kwonly.append(arg(k));
            kwDefaults.append(opt(k.a));
        }
        PyObject vararg = Py.None, kwarg = Py.None;
        if (args.s != null) {
            vararg = at(args.vararg != null ? args.vararg : args, "arg", "arg", args.s, "annotation", opt(args.b),
                    "type_comment", null);
        }
        if (args.s2 != null) {
            kwarg = at(args.kwargNode != null ? args.kwargNode : args, "arg", "arg", args.s2, "annotation",
                    opt(args.c), "type_comment", null);
        }
        return make("arguments", "posonlyargs", posonly, "args", pos, "vararg", vararg, "kwonlyargs", kwonly,
                "kw_defaults", kwDefaults, "kwarg", kwarg, "defaults", defaults);
    }

    // ---------------------------------------------------------------- expressions

    private PyObject comprehensions(Node[] fors) {
        PyList l = new PyList();
        for (Node f : fors) {
            l.append(make("comprehension", "target", expr(f.target(), STORE), "iter", expr(f.iter(), LOAD), "ifs",
                    exprs(f.ifs(), LOAD), "is_async", f.op));
        }
        return l;
    }

    private PyObject expr(Node n, int ctx) {
        switch (n.kind) {
            case Node.NAME:
                return at(n, "Name", "id", n.id(), "ctx", single(CTX[ctx]));
            case Node.CONST:
                if (n.folded != null) {
                    return expr(n.folded, LOAD);
                }
                return at(n, "Constant", "value", (PyObject) n.v, "kind", uKind(n));
            case Node.FSTR:
                return joined(n);
            case Node.FVAL:
                return formatted(n);
            case Node.BINOP:
                return at(n, "BinOp", "left", expr(n.left(), LOAD), "op", single(BINOPS[n.op]), "right",
                        expr(n.right(), LOAD));
            case Node.UNARY: {
                String op = n.op == '-' ? "USub" : n.op == '+' ? "UAdd" : n.op == '~' ? "Invert" : "Not";
                return at(n, "UnaryOp", "op", single(op), "operand", expr(n.operand(), LOAD));
            }
            case Node.BOOLOP:
                return at(n, "BoolOp", "op", single(n.op == '&' ? "And" : "Or"), "values", exprs(n.values(), LOAD));
            case Node.COMPARE: {
                PyList ops = new PyList();
                for (int o : n.ops) {
                    ops.append(single(CMPOPS[o]));
                }
                return at(n, "Compare", "left", expr(n.left(), LOAD), "ops", ops, "comparators",
                        exprs(n.comparators(), LOAD));
            }
            case Node.CALL: {
                return at(n, "Call", "func", expr(n.func(), LOAD), "args", exprs(n.positional(), LOAD), "keywords",
                        keywords(n.keywords()));
            }
            case Node.ATTR:
                return at(n, "Attribute", "value", expr(n.value(), LOAD), "attr", n.attr(), "ctx", single(CTX[ctx]));
            case Node.SUBSCRIPT:
                return at(n, "Subscript", "value", expr(n.value(), LOAD), "slice", expr(n.index(), LOAD), "ctx",
                        single(CTX[ctx]));
            case Node.SLICE:
                return at(n, "Slice", "lower", opt(n.lower()), "upper", opt(n.upper()), "step", opt(n.step()));
            case Node.TUPLE:
                return at(n, "Tuple", "elts", exprs(n.elts(), ctx), "ctx", single(CTX[ctx]));
            case Node.LIST:
                return at(n, "List", "elts", exprs(n.elts(), ctx), "ctx", single(CTX[ctx]));
            case Node.SET:
                return at(n, "Set", "elts", exprs(n.elts(), LOAD));
            case Node.DICT:
                return at(n, "Dict", "keys", exprs(n.keys(), LOAD), "values", exprs(n.values(), LOAD));
            case Node.IFEXP:
                return at(n, "IfExp", "test", expr(n.test(), LOAD), "body", expr(n.whenTrue(), LOAD), "orelse",
                        expr(n.whenFalse(), LOAD));
            case Node.LAMBDA:
                return at(n, "Lambda", "args", arguments(n.arguments()), "body", expr(n.lambdaBody(), LOAD));
            case Node.LISTCOMP:
                return at(n, "ListComp", "elt", expr(n.elt(), LOAD), "generators", comprehensions(n.generators()));
            case Node.SETCOMP:
                return at(n, "SetComp", "elt", expr(n.elt(), LOAD), "generators", comprehensions(n.generators()));
            case Node.GENEXP:
                return at(n, "GeneratorExp", "elt", expr(n.elt(), LOAD), "generators",
                        comprehensions(n.generators()));
            case Node.DICTCOMP:
                return at(n, "DictComp", "key", expr(n.key(), LOAD), "value", expr(n.value(), LOAD), "generators",
                        comprehensions(n.generators()));
            case Node.YIELD:
                return at(n, "Yield", "value", opt(n.value()));
            case Node.YIELDFROM:
                return at(n, "YieldFrom", "value", expr(n.value(), LOAD));
            case Node.AWAIT:
                return at(n, "Await", "value", expr(n.value(), LOAD));
            case Node.NAMEDEXPR:
                return at(n, "NamedExpr", "target", expr(n.target(), STORE), "value", expr(n.value(), LOAD));
            case Node.STARRED:
                return at(n, "Starred", "value", expr(n.value(), ctx), "ctx", single(CTX[ctx]));
            default:
                throw new IllegalStateException("no ast expression for node kind " + n.kind);
        }
    }

    /** An f-string: its literal parts as Constant, its fields as FormattedValue, all with the string's place. */
    private PyObject joined(Node n) {
        PyList vals = new PyList();
        for (Node p : n.parts()) {
            if (p.kind == Node.FVAL) {
                vals.append(formatted(p, n));
            } else {
                vals.append(at(n, "Constant", "value", (PyObject) p.v, "kind", null));
            }
        }
        return at(n, "JoinedStr", "values", vals);
    }

    private PyObject formatted(Node fv) {
        return formatted(fv, fv);
    }

    private PyObject formatted(Node fv, Node place) {
        int conv = fv.op == 0 ? -1 : fv.op;
        PyObject spec = fv.b == null ? Py.None : joined(fv.b);
        return at(place, "FormattedValue", "value", expr(fv.value(), LOAD), "conversion", conv, "format_spec", spec);
    }

    // ---------------------------------------------------------------- patterns

    private PyObject patterns(Node[] ps) {
        PyList l = new PyList();
        for (Node p : ps) {
            l.append(pattern(p));
        }
        return l;
    }

    private PyObject pattern(Node n) {
        switch (n.kind) {
            case Node.P_VALUE:
                return at(n, "MatchValue", "value", expr(n.value(), LOAD));
            case Node.P_SINGLETON:
                return at(n, "MatchSingleton", "value", (PyObject) n.v);
            case Node.P_CAPTURE:
                return at(n, "MatchAs", "pattern", null, "name", n.name());
            case Node.P_STAR:
                return at(n, "MatchStar", "name", n.name());
            case Node.P_SEQ:
                return at(n, "MatchSequence", "patterns", patterns(n.patterns()));
            case Node.P_MAP:
                return at(n, "MatchMapping", "keys", exprs(n.keys(), LOAD), "patterns", patterns(n.patterns()),
                        "rest", n.rest());
            case Node.P_CLASS:
                return at(n, "MatchClass", "cls", expr(n.cls(), LOAD), "patterns", patterns(n.patterns()),
                        "kwd_attrs", strs(n.names), "kwd_patterns", patterns(n.kwdPatterns()));
            case Node.P_OR:
                return at(n, "MatchOr", "patterns", patterns(n.patterns()));
            case Node.P_AS:
                return at(n, "MatchAs", "pattern", pattern(n.pattern()), "name", n.name());
            default:
                throw new IllegalStateException("no ast pattern for node kind " + n.kind);
        }
    }
}
