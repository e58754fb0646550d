package org.stmj.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBool;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyComplex;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PySet;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code compile()} of an AST object: the {@code _ast} tree is read back into the parser's {@link Node} form with
 * CPython 3.11's checks ({@code obj2ast}: a missing field is a TypeError "required field ... missing from ...", a
 * node of the wrong category "expected some sort of expr, but got ...", a required field that is None a ValueError;
 * then the common checks of {@code _PyAST_Validate}: expression contexts, empty bodies, operand counts), and
 * compiled as parsed source is. Also compiles source with an optimization level ({@link AstOptimize}).
 */
public final class AstFromPython {
    private static final String[] NODE_CLASSES = {"Module", "Interactive", "Expression", "FunctionType",
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For",
        "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import",
        "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "BoolOp", "NamedExpr", "BinOp",
        "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
        "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript",
        "Starred", "Name", "List", "Tuple", "Slice", "Load", "Store", "Del", "And", "Or", "Add", "Sub", "Mult",
        "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv", "Invert", "Not",
        "UAdd", "USub", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn", "comprehension",
        "ExceptHandler", "arguments", "arg", "keyword", "alias", "withitem", "match_case", "MatchValue",
        "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr",
        "TypeIgnore", "stmt", "expr", "pattern", "excepthandler", "mod"};
    private static final List<String> BINOPS = List.of("Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow",
            "LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult");
    private static final Map<String, Integer> CMPOPS = Map.of("Lt", Ops.LT, "LtE", Ops.LE, "Eq", Ops.EQ, "NotEq",
            Ops.NE, "Gt", Ops.GT, "GtE", Ops.GE, "Is", Parser.CMP_IS, "IsNot", Parser.CMP_ISNOT, "In", Parser.CMP_IN,
            "NotIn", Parser.CMP_NOTIN);
    private static final String LOAD = "Load", STORE = "Store", DEL = "Del";

    private final ThreadState ts;
    private final Map<PyType, String> names = new HashMap<>();
    /** Annotations read, with their AST objects: their source text is needed under PEP 563. */
    private final List<Node> annNodes = new ArrayList<>();
    private final List<PyObject> annObjs = new ArrayList<>();
    private boolean futureImport;

    private AstFromPython(ThreadState ts, PyObject astModule) {
        this.ts = ts;
        for (String n : NODE_CLASSES) {
            PyObject c = Ops.getattrOrNull(ts, astModule, n);
            if (c instanceof PyType) {
                names.put((PyType) c, n);
            }
        }
    }

    /** compile(tree, file, mode): the tree's root must match the mode (Module, Expression or Interactive). */
    public static Code compile(ThreadState ts, PyObject astModule, PyObject tree, String file, String mode,
            int optimize, boolean futureAnnotations) {
        AstFromPython r = new AstFromPython(ts, astModule);
        String want = mode.equals("eval") ? "Expression" : mode.equals("single") ? "Interactive"
                : mode.equals("func_type") ? "FunctionType" : "Module";
        String got = r.classOf(tree);
        if (!want.equals(got)) {
            throw Py.typeError("expected " + want + " node, got " + tree.type().name);
        }
        if (mode.equals("func_type")) {
            throw Py.typeError("cannot compile a FunctionType tree");
        }
        if (mode.equals("eval")) {
            Node e = r.expr(r.req(tree, "body", "Expression"), LOAD);
            AstOptimize.apply(e, optimize);
            r.annotationTexts(astModule, futureAnnotations);
            return Compiler.compileExpression(e, file);
        }
        Node m = new Node(Node.MODULE, 1, 0);
        m.setBody(r.stmts(tree, "body", want, false));
        AstOptimize.apply(m, optimize);
        r.annotationTexts(astModule, futureAnnotations);
        return Compiler.compileModule(m, file, mode.equals("single"), null, futureAnnotations);
    }

    /** Compiles source text with an optimization level, or with PEP 563 annotations from compile()'s flags. */
    public static Code compileSource(String src, String file, String mode, int optimize, boolean futureAnnotations,
            List<Object[]> warnings) {
        try {
            if (mode.equals("eval")) {
                Node e = Parser.parseExpression(src.strip(), file, 1);
                AstOptimize.apply(e, optimize);
                return Compiler.compileExpression(e, file, warnings);
            }
            Node m = Parser.parseModule(src, file);
            AstOptimize.apply(m, optimize);
            return Compiler.compileModule(m, file, mode.equals("single"), warnings, futureAnnotations);
        } catch (PySyntaxError e) {
            throw e.withSource(src);
        }
    }

    /** The source text of each annotation (for {@code from __future__ import annotations}) via ast.unparse. */
    private void annotationTexts(PyObject astModule, boolean flag) {
        if (annNodes.isEmpty() || !(flag || futureImport)) {
            return;
        }
        PyObject ast = ts.interp.importName(ts, "ast", Py.None, 0, null);
        PyObject unparse = Ops.getattr(ts, ast, "unparse");
        for (int i = 0; i < annNodes.size(); i++) {
            annNodes.get(i).s2 = Ops.str(ts, Ops.call(ts, unparse, annObjs.get(i)));
        }
    }

    // ---------------------------------------------------------------- reading fields

    /** The _ast class name of an object (the nearest _ast class of its MRO), or null. */
    private String classOf(PyObject o) {
        PyType t = o.type();
        String n = names.get(t);
        if (n != null) {
            return n;
        }
        for (PyType b : t.mro) {
            n = names.get(b);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private static org.stmj.python.objects.PyException valueError(String msg) {
        return Py.raise(Exc.ValueError, msg);
    }

    /** A field that must be present (None is allowed here; the caller decides). */
    private PyObject field(PyObject o, String f, String owner) {
        PyObject v = Ops.getattrOrNull(ts, o, f);
        if (v == null) {
            throw Py.typeError("required field \"" + f + "\" missing from " + owner);
        }
        return v;
    }

    /** A required field that must not be None either. */
    private PyObject req(PyObject o, String f, String owner) {
        PyObject v = field(o, f, owner);
        if (v == Py.None) {
            throw valueError("field '" + f + "' is required for " + owner);
        }
        return v;
    }

    /** An optional field: null when missing or None. */
    private PyObject opt(PyObject o, String f) {
        PyObject v = Ops.getattrOrNull(ts, o, f);
        return v == Py.None ? null : v;
    }

    private PyObject[] list(PyObject o, String f, String owner) {
        PyObject v = field(o, f, owner);
        if (!(v instanceof PyList)) {
            throw Py.typeError(owner + " field \"" + f + "\" must be a list, not a " + v.type().name);
        }
        PyList l = (PyList) v;
        return java.util.Arrays.copyOf(l.items, l.size);
    }

    private String ident(PyObject v) {
        if (!(v instanceof PyStr)) {
            throw Py.typeError("AST identifier must be of type str");
        }
        return ((PyStr) v).value();
    }

    private String identReq(PyObject o, String f, String owner) {
        return ident(req(o, f, owner));
    }

    private String identOpt(PyObject o, String f) {
        PyObject v = opt(o, f);
        return v == null ? null : ident(v);
    }

    private int integer(PyObject v) {
        if (!(v instanceof PyInt)) {
            throw valueError("invalid integer value: " + Ops.repr(ts, v));
        }
        return (int) ((PyInt) v).v;
    }

    /** A node at the position attributes of {@code o} (lineno and col_offset required, as CPython). */
    private Node at(int kind, PyObject o, String base) {
        int line = integer(field(o, "lineno", base));
        int col = integer(field(o, "col_offset", base));
        Node n = new Node(kind, line, col);
        PyObject el = opt(o, "end_lineno"), ec = opt(o, "end_col_offset");
        n.endLine = el == null ? line : integer(el);
        n.endCol = ec == null ? col : integer(ec);
        if (base.equals("stmt") || base.equals("expr")) {
            checkPositions(n);
        }
        return n;
    }

    /** CPython 3.11's VALIDATE_POSITIONS. */
    private static void checkPositions(Node n) {
        if (n.line > n.endLine) {
            throw valueError("AST node line range (" + n.line + ", " + n.endLine + ") is not valid");
        }
        if (n.line < 0 && n.endLine != n.line || n.col < 0 && n.col != n.endCol) {
            throw valueError("AST node column range (" + n.col + ", " + n.endCol + ") for line range (" + n.line
                    + ", " + n.endLine + ") is not valid");
        }
        if (n.line == n.endLine && n.col > n.endCol) {
            throw valueError("line " + n.line + ", column " + n.col + "-" + n.endCol + " is not a valid range");
        }
    }

    private static void nonEmpty(Object[] a, String what, String owner) {
        if (a.length == 0) {
            throw valueError("empty " + what + " on " + owner);
        }
    }

    private static void checkName(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw valueError("identifier field can't represent '" + id + "' constant");
        }
    }

    // ---------------------------------------------------------------- statements

    private Node[] stmts(PyObject o, String f, String owner, boolean nonEmpty) {
        PyObject[] items = list(o, f, owner);
        if (nonEmpty) {
            nonEmpty(items, "body", owner);
        }
        Node[] r = new Node[items.length];
        for (int i = 0; i < items.length; i++) {
            if (items[i] == Py.None) {
                throw valueError("None disallowed in statement list");
            }
            r[i] = stmt(items[i]);
        }
        return r;
    }

    private Node[] exprs(PyObject o, String f, String owner, String ctx) {
        PyObject[] items = list(o, f, owner);
        Node[] r = new Node[items.length];
        for (int i = 0; i < items.length; i++) {
            if (items[i] == Py.None) {
                throw valueError("None disallowed in expression list");
            }
            r[i] = expr(items[i], ctx);
        }
        return r;
    }

    private Node optExpr(PyObject o, String f) {
        PyObject v = opt(o, f);
        return v == null ? null : expr(v, LOAD);
    }

    private Node annotation(PyObject o, String f) {
        PyObject v = opt(o, f);
        if (v == null) {
            return null;
        }
        Node n = expr(v, LOAD);
        annNodes.add(n);
        annObjs.add(v);
        return n;
    }

    private Node stmt(PyObject o) {
        Node n0 = at(0, o, "stmt");
        String k = classOf(o);
        if (k == null) {
            throw Py.typeError("expected some sort of stmt, but got " + Ops.repr(ts, o));
        }
        Node n;
        switch (k) {
            case "FunctionDef": case "AsyncFunctionDef":
                n = like(Node.FUNCDEF, n0);
                n.setName(identReq(o, "name", k));
                n.setArguments(arguments(req(o, "args", k)));
                n.setBody(stmts(o, "body", k, true));
                n.setDecorators(exprs(o, "decorator_list", k, LOAD));
                n.c = annotation(o, "returns");
                n.op = k.startsWith("Async") ? 1 : 0;
                return n;
            case "ClassDef":
                n = like(Node.CLASSDEF, n0);
                n.setName(identReq(o, "name", k));
                n.setBases(exprs(o, "bases", k, LOAD));
                n.setKeywords(keywords(o, k));
                n.setBody(stmts(o, "body", k, true));
                n.setDecorators(exprs(o, "decorator_list", k, LOAD));
                return n;
            case "Return":
                n = like(Node.RETURN, n0);
                n.a = optExpr(o, "value");
                return n;
            case "Delete":
                n = like(Node.DEL, n0);
                n.setTargets(exprs(o, "targets", k, DEL));
                nonEmpty(n.targets(), "targets", k);
                return n;
            case "Assign":
                n = like(Node.ASSIGN, n0);
                n.setTargets(exprs(o, "targets", k, STORE));
                nonEmpty(n.targets(), "targets", k);
                n.setValue(expr(req(o, "value", k), LOAD));
                return n;
            case "AugAssign":
                n = like(Node.AUGASSIGN, n0);
                n.setTarget(expr(req(o, "target", k), STORE));
                n.op = binop(req(o, "op", k));
                n.setValue(expr(req(o, "value", k), LOAD));
                return n;
            case "AnnAssign":
                n = like(Node.ANNASSIGN, n0);
                n.setTarget(expr(req(o, "target", k), STORE));
                n.setAnnotation(annotation(o, "annotation"));
                if (n.annotation() == null) {
                    field(o, "annotation", k);
                    throw valueError("field 'annotation' is required for AnnAssign");
                }
                n.c = optExpr(o, "value");
                // the compiler's "simple" (a bare name, stored in __annotations__ and bound) is op == 1
                n.op = integer(req(o, "simple", k)) != 0 && n.target().kind == Node.NAME ? 1 : 0;
                return n;
            case "For": case "AsyncFor":
                n = like(Node.FOR, n0);
                n.setTarget(expr(req(o, "target", k), STORE));
                n.setIter(expr(req(o, "iter", k), LOAD));
                n.setBody(stmts(o, "body", k, true));
                n.setOrelse(stmts(o, "orelse", k, false));
                n.op = k.startsWith("Async") ? 1 : 0;
                return n;
            case "While": case "If":
                n = like(k.equals("If") ? Node.IF : Node.WHILE, n0);
                n.setTest(expr(req(o, "test", k), LOAD));
                n.setBody(stmts(o, "body", k, true));
                n.setOrelse(stmts(o, "orelse", k, false));
                return n;
            case "With": case "AsyncWith": {
                n = like(Node.WITH, n0);
                PyObject[] items = list(o, "items", k);
                nonEmpty(items, "items", k);
                Node[] ws = new Node[items.length];
                for (int i = 0; i < items.length; i++) {
                    Node w = new Node(Node.WITHITEM, n0.line, n0.col);
                    w.setContext(expr(req(items[i], "context_expr", "withitem"), LOAD));
                    PyObject v = opt(items[i], "optional_vars");
                    w.setOptionalVars(v == null ? null : expr(v, STORE));
                    ws[i] = w;
                }
                n.setItems(ws);
                n.setBody(stmts(o, "body", k, true));
                n.op = k.startsWith("Async") ? 1 : 0;
                return n;
            }
            case "Match":
                return match(o, n0);
            case "Raise":
                n = like(Node.RAISE, n0);
                n.setExc(optExpr(o, "exc"));
                n.b = optExpr(o, "cause");
                if (n.a == null && n.b != null) {
                    throw valueError("Raise with cause but no exception");
                }
                return n;
            case "Try": case "TryStar":
                return tryStmt(o, n0, k);
            case "Assert":
                n = like(Node.ASSERT, n0);
                n.setTest(expr(req(o, "test", k), LOAD));
                n.b = optExpr(o, "msg");
                return n;
            case "Import": case "ImportFrom": {
                n = like(k.equals("Import") ? Node.IMPORT : Node.IMPORTFROM, n0);
                PyObject[] as = list(o, "names", k);
                nonEmpty(as, "names", k);
                Node[] al = new Node[as.length];
                for (int i = 0; i < as.length; i++) {
                    al[i] = at(Node.ALIAS, as[i], "alias");
                    al[i].setName(identReq(as[i], "name", "alias"));
                    al[i].s2 = identOpt(as[i], "asname");
                }
                n.setAliases(al);
                if (k.equals("ImportFrom")) {
                    String mod = identOpt(o, "module");
                    n.setModule(mod == null ? "" : mod);
                    PyObject lv = opt(o, "level");
                    n.op = lv == null ? 0 : integer(lv);
                    if (n.op < 0) {
                        throw valueError("Negative ImportFrom level");
                    }
                    if ("__future__".equals(mod)) {
                        for (Node a : al) {
                            futureImport |= a.name().equals("annotations");
                        }
                    }
                }
                return n;
            }
            case "Global": case "Nonlocal": {
                n = like(k.equals("Global") ? Node.GLOBAL : Node.NONLOCAL, n0);
                PyObject[] ns = list(o, "names", k);
                nonEmpty(ns, "names", k);
                n.names = new String[ns.length];
                for (int i = 0; i < ns.length; i++) {
                    n.names[i] = ident(ns[i]);
                }
                return n;
            }
            case "Expr":
                n = like(Node.EXPR, n0);
                n.setValue(expr(req(o, "value", k), LOAD));
                return n;
            case "Pass":
                return like(Node.PASS, n0);
            case "Break":
                return like(Node.BREAK, n0);
            case "Continue":
                return like(Node.CONTINUE, n0);
            default:
                throw Py.typeError("expected some sort of stmt, but got " + Ops.repr(ts, o));
        }
    }

    private static Node like(int kind, Node pos) {
        Node n = new Node(kind, pos.line, pos.col);
        n.endLine = pos.endLine;
        n.endCol = pos.endCol;
        return n;
    }

    private Node tryStmt(PyObject o, Node n0, String k) {
        Node n = like(Node.TRY, n0);
        n.setBody(stmts(o, "body", k, true));
        PyObject[] hs = list(o, "handlers", k);
        Node[] handlers = new Node[hs.length];
        for (int i = 0; i < hs.length; i++) {
            Node h = at(Node.HANDLER, hs[i], "excepthandler");
            if (!"ExceptHandler".equals(classOf(hs[i]))) {
                throw Py.typeError("expected some sort of excepthandler, but got " + Ops.repr(ts, hs[i]));
            }
            h.setExcType(optExpr(hs[i], "type"));
            h.setName(identOpt(hs[i], "name"));
            h.setBody(stmts(hs[i], "body", "ExceptHandler", true));
            h.op = k.equals("TryStar") ? 1 : 0;
            handlers[i] = h;
        }
        n.setHandlers(handlers);
        n.setOrelse(stmts(o, "orelse", k, false));
        Node[] fin = stmts(o, "finalbody", k, false);
        n.setFinalbody(fin.length == 0 ? null : fin);
        if (handlers.length == 0 && fin.length == 0) {
            throw valueError(k + " has neither except handlers nor finalbody");
        }
        if (handlers.length == 0 && n.orelse().length > 0) {
            throw valueError(k + " has orelse but no except handlers");
        }
        n.op = k.equals("TryStar") ? 1 : 0;
        return n;
    }

    private Node[] keywords(PyObject o, String owner) {
        PyObject[] ks = list(o, "keywords", owner);
        Node[] r = new Node[ks.length];
        for (int i = 0; i < ks.length; i++) {
            Node kn = at(Node.KEYWORD, ks[i], "keyword");
            if (!"keyword".equals(classOf(ks[i]))) {
                throw Py.typeError("expected some sort of keyword, but got " + Ops.repr(ts, ks[i]));
            }
            kn.setArg(identOpt(ks[i], "arg"));
            kn.setValue(expr(req(ks[i], "value", "keyword"), LOAD));
            r[i] = kn;
        }
        return r;
    }

    private Node arg(PyObject a) {
        Node n = at(Node.ARG, a, "arg");
        n.setName(identReq(a, "arg", "arg"));
        n.c = annotation(a, "annotation");
        return n;
    }

    private Node[] args(PyObject o, String f) {
        PyObject[] as = list(o, f, "arguments");
        Node[] r = new Node[as.length];
        for (int i = 0; i < as.length; i++) {
            r[i] = arg(as[i]);
        }
        return r;
    }

    private Node arguments(PyObject o) {
        if (!"arguments".equals(classOf(o))) {
            throw Py.typeError("expected some sort of arguments, but got " + Ops.repr(ts, o));
        }
        Node a = new Node(Node.ARGS, 0, 0);
        Node[] posonly = args(o, "posonlyargs"), pos = args(o, "args"), kwonly = args(o, "kwonlyargs");
        Node[] all = new Node[posonly.length + pos.length];
        System.arraycopy(posonly, 0, all, 0, posonly.length);
        System.arraycopy(pos, 0, all, posonly.length, pos.length);
        Node[] defaults = exprs(o, "defaults", "arguments", LOAD);
        if (defaults.length > all.length) {
            throw valueError("more positional defaults than args on arguments");
        }
        for (int i = 0; i < defaults.length; i++) {
            all[all.length - defaults.length + i].setDefaultValue(defaults[i]);
        }
        PyObject[] kwd = list(o, "kw_defaults", "arguments");
        if (kwd.length != kwonly.length) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        for (int i = 0; i < kwd.length; i++) {
            kwonly[i].setDefaultValue(kwd[i] == Py.None ? null : expr(kwd[i], LOAD));
        }
        a.setPositional(all);
        a.setKwonly(kwonly);
        a.op = posonly.length;
        PyObject va = opt(o, "vararg"), kw = opt(o, "kwarg");
        if (va != null) {
            a.vararg = arg(va);
            a.setVararg(a.vararg.name());
            a.b = a.vararg.c;
        }
        if (kw != null) {
            a.kwargNode = arg(kw);
            a.setKwarg(a.kwargNode.name());
            a.c = a.kwargNode.c;
        }
        return a;
    }

    // ---------------------------------------------------------------- expressions

    private int binop(PyObject op) {
        int i = BINOPS.indexOf(classOf(op));
        if (i < 0) {
            throw Py.typeError("expected some sort of operator, but got " + Ops.repr(ts, op));
        }
        return i;
    }

    private Node[] comprehensions(PyObject o, String owner) {
        PyObject[] gs = list(o, "generators", owner);
        if (gs.length == 0) {
            throw valueError("comprehension with no generators");
        }
        Node[] r = new Node[gs.length];
        for (int i = 0; i < gs.length; i++) {
            if (!"comprehension".equals(classOf(gs[i]))) {
                throw Py.typeError("expected some sort of comprehension, but got " + Ops.repr(ts, gs[i]));
            }
            Node f = new Node(Node.COMPFOR, 0, 0);
            f.setTarget(expr(req(gs[i], "target", "comprehension"), STORE));
            f.setIter(expr(req(gs[i], "iter", "comprehension"), LOAD));
            f.setIfs(exprs(gs[i], "ifs", "comprehension", LOAD));
            f.op = integer(req(gs[i], "is_async", "comprehension")) != 0 ? 1 : 0;
            r[i] = f;
        }
        return r;
    }

    /** The expression context of a Name/Attribute/...: checked against what the position needs. */
    private void ctx(PyObject o, String k, String want) {
        String c = classOf(req(o, "ctx", k));
        if (!LOAD.equals(c) && !STORE.equals(c) && !DEL.equals(c)) {
            throw Py.typeError("expected some sort of expr_context, but got " + Ops.repr(ts, req(o, "ctx", k)));
        }
        if (!c.equals(want)) {
            throw valueError("expression must have " + want + " context but has " + c + " instead");
        }
    }

    private Node expr(PyObject o, String ctx) {
        Node n0 = at(0, o, "expr");
        String k = classOf(o);
        if (k == null) {
            throw Py.typeError("expected some sort of expr, but got " + Ops.repr(ts, o));
        }
        if (!ctx.equals(LOAD) && !k.equals("Name") && !k.equals("Attribute") && !k.equals("Subscript")
                && !k.equals("Starred") && !k.equals("List") && !k.equals("Tuple")) {
            throw valueError("expression which can't be assigned to in " + ctx + " context");
        }
        Node n;
        switch (k) {
            case "BoolOp": {
                n = like(Node.BOOLOP, n0);
                String op = classOf(req(o, "op", k));
                if (!"And".equals(op) && !"Or".equals(op)) {
                    throw Py.typeError("expected some sort of boolop, but got " + Ops.repr(ts, req(o, "op", k)));
                }
                n.op = op.equals("And") ? '&' : '|';
                n.setValues(exprs(o, "values", k, LOAD));
                if (n.values().length < 2) {
                    throw valueError("BoolOp with less than 2 values");
                }
                return n;
            }
            case "NamedExpr":
                n = like(Node.NAMEDEXPR, n0);
                n.setTarget(expr(req(o, "target", k), STORE));
                if (n.target().kind != Node.NAME) {
                    throw Py.typeError("NamedExpr target must be a Name");
                }
                n.setValue(expr(req(o, "value", k), LOAD));
                return n;
            case "BinOp":
                n = like(Node.BINOP, n0);
                n.setLeft(expr(req(o, "left", k), LOAD));
                n.op = binop(req(o, "op", k));
                n.setRight(expr(req(o, "right", k), LOAD));
                return n;
            case "UnaryOp": {
                n = like(Node.UNARY, n0);
                PyObject opo = req(o, "op", k);
                String op = classOf(opo);
                if (op == null) {
                    throw Py.typeError("expected some sort of unaryop, but got " + Ops.repr(ts, opo));
                }
                switch (op) {
                    case "USub": n.op = '-'; break;
                    case "UAdd": n.op = '+'; break;
                    case "Invert": n.op = '~'; break;
                    case "Not": n.op = 'n'; break;
                    default: throw Py.typeError("expected some sort of unaryop, but got " + Ops.repr(ts, opo));
                }
                n.setOperand(expr(req(o, "operand", k), LOAD));
                return n;
            }
            case "Lambda":
                n = like(Node.LAMBDA, n0);
                n.setArguments(arguments(req(o, "args", k)));
                n.setLambdaBody(expr(req(o, "body", k), LOAD));
                return n;
            case "IfExp":
                n = like(Node.IFEXP, n0);
                n.setTest(expr(req(o, "test", k), LOAD));
                n.setWhenTrue(expr(req(o, "body", k), LOAD));
                n.setWhenFalse(expr(req(o, "orelse", k), LOAD));
                return n;
            case "Dict": {
                n = like(Node.DICT, n0);
                PyObject[] ks = list(o, "keys", k);
                Node[] vs = exprs(o, "values", k, LOAD);
                if (ks.length != vs.length) {
                    throw valueError("Dict doesn't have the same number of keys as values");
                }
                Node[] kn = new Node[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    kn[i] = ks[i] == Py.None ? null : expr(ks[i], LOAD);
                }
                n.setKeys(kn);
                n.setValues(vs);
                return n;
            }
            case "Set":
                n = like(Node.SET, n0);
                n.setElts(exprs(o, "elts", k, LOAD));
                return n;
            case "ListComp": case "SetComp": case "GeneratorExp":
                n = like(k.equals("ListComp") ? Node.LISTCOMP : k.equals("SetComp") ? Node.SETCOMP : Node.GENEXP, n0);
                n.setGenerators(comprehensions(o, k));
                n.setElt(expr(req(o, "elt", k), LOAD));
                return n;
            case "DictComp":
                n = like(Node.DICTCOMP, n0);
                n.setGenerators(comprehensions(o, k));
                n.setKey(expr(req(o, "key", k), LOAD));
                n.setValue(expr(req(o, "value", k), LOAD));
                return n;
            case "Await": case "YieldFrom":
                n = like(k.equals("Await") ? Node.AWAIT : Node.YIELDFROM, n0);
                n.setValue(expr(req(o, "value", k), LOAD));
                return n;
            case "Yield":
                n = like(Node.YIELD, n0);
                n.a = optExpr(o, "value");
                return n;
            case "Compare": {
                n = like(Node.COMPARE, n0);
                n.setLeft(expr(req(o, "left", k), LOAD));
                PyObject[] ops = list(o, "ops", k);
                n.setComparators(exprs(o, "comparators", k, LOAD));
                if (n.comparators().length == 0) {
                    throw valueError("Compare with no comparators");
                }
                if (ops.length != n.comparators().length) {
                    throw valueError("Compare has a different number of comparators and operands");
                }
                n.ops = new int[ops.length];
                for (int i = 0; i < ops.length; i++) {
                    Integer c = CMPOPS.get(classOf(ops[i]));
                    if (c == null) {
                        throw Py.typeError("expected some sort of cmpop, but got " + Ops.repr(ts, ops[i]));
                    }
                    n.ops[i] = c;
                }
                return n;
            }
            case "Call":
                n = like(Node.CALL, n0);
                n.setFunc(expr(req(o, "func", k), LOAD));
                n.setPositional(exprs(o, "args", k, LOAD));
                n.setKeywords(keywords(o, k));
                return n;
            case "FormattedValue": {
                n = like(Node.FSTR, n0);
                n.setParts(new Node[] {formatted(o, n0)});
                return n;
            }
            case "JoinedStr": {
                n = like(Node.FSTR, n0);
                n.setParts(joinedParts(o));
                return n;
            }
            case "Constant":
                n = like(Node.CONST, n0);
                n.v = constant(field(o, "value", k));
                PyObject kind = opt(o, "kind");
                if (kind != null) {
                    ident(kind);
                }
                return n;
            case "Attribute":
                ctx(o, k, ctx);
                n = like(Node.ATTR, n0);
                n.setValue(expr(req(o, "value", k), LOAD));
                n.setAttr(identReq(o, "attr", k));
                return n;
            case "Subscript":
                ctx(o, k, ctx);
                n = like(Node.SUBSCRIPT, n0);
                n.setValue(expr(req(o, "value", k), LOAD));
                n.setIndex(expr(req(o, "slice", k), LOAD));
                return n;
            case "Starred":
                ctx(o, k, ctx);
                n = like(Node.STARRED, n0);
                n.setValue(expr(req(o, "value", k), ctx));
                return n;
            case "Name":
                ctx(o, k, ctx);
                n = like(Node.NAME, n0);
                n.setId(identReq(o, "id", k));
                checkName(n.id());
                return n;
            case "List": case "Tuple":
                ctx(o, k, ctx);
                n = like(k.equals("List") ? Node.LIST : Node.TUPLE, n0);
                n.setElts(exprs(o, "elts", k, ctx));
                return n;
            case "Slice":
                n = like(Node.SLICE, n0);
                n.setLower(optExpr(o, "lower"));
                n.b = optExpr(o, "upper");
                n.c = optExpr(o, "step");
                return n;
            default:
                throw Py.typeError("expected some sort of expr, but got " + Ops.repr(ts, o));
        }
    }

    private Node[] joinedParts(PyObject o) {
        PyObject[] vs = list(o, "values", "JoinedStr");
        Node[] parts = new Node[vs.length];
        for (int i = 0; i < vs.length; i++) {
            String vk = classOf(vs[i]);
            Node p0 = at(0, vs[i], "expr");
            if ("FormattedValue".equals(vk)) {
                parts[i] = formatted(vs[i], p0);
            } else if ("Constant".equals(vk) && field(vs[i], "value", "Constant") instanceof PyStr) {
                parts[i] = like(Node.CONST, p0);
                parts[i].v = field(vs[i], "value", "Constant");
            } else {
                throw valueError("unexpected node in JoinedStr");
            }
        }
        return parts;
    }

    private Node formatted(PyObject o, Node pos) {
        Node fv = like(Node.FVAL, pos);
        fv.setValue(expr(req(o, "value", "FormattedValue"), LOAD));
        int conv = integer(req(o, "conversion", "FormattedValue"));
        fv.op = conv < 0 ? 0 : conv;
        PyObject spec = opt(o, "format_spec");
        if (spec != null) {
            if (!"JoinedStr".equals(classOf(spec))) {
                throw Py.typeError("expected some sort of expr, but got " + Ops.repr(ts, spec));
            }
            Node s = like(Node.FSTR, pos);
            s.setParts(joinedParts(spec));
            fv.setFormatSpec(s);
        }
        return fv;
    }

    /** A Constant's value: None, Ellipsis, bool, int, float, complex, str, bytes, or a tuple/frozenset of them. */
    private PyObject constant(PyObject v) {
        if (v == Py.None || v == Py.Ellipsis || v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex
                || v instanceof PyStr || v instanceof PyBytes && !((PyBytes) v).mutable) {
            return v;
        }
        if (v instanceof PyTuple) {
            for (PyObject x : ((PyTuple) v).items) {
                constant(x);
            }
            return v;
        }
        if (v instanceof PySet && ((PySet) v).frozen()) {
            PyObject it = Ops.iter(ts, v);
            for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) {
                constant(x);
            }
            return v;
        }
        throw Py.typeError("got an invalid type in Constant: " + v.type().name);
    }

    // ---------------------------------------------------------------- match

    private Node match(PyObject o, Node n0) {
        Node n = like(Node.MATCH, n0);
        n.setSubject(expr(req(o, "subject", "Match"), LOAD));
        PyObject[] cs = list(o, "cases", "Match");
        nonEmpty(cs, "cases", "Match");
        Node[] cases = new Node[cs.length];
        for (int i = 0; i < cs.length; i++) {
            if (!"match_case".equals(classOf(cs[i]))) {
                throw Py.typeError("expected some sort of match_case, but got " + Ops.repr(ts, cs[i]));
            }
            Node c = new Node(Node.MATCHCASE, n0.line, n0.col);
            c.setPattern(pattern(req(cs[i], "pattern", "match_case")));
            c.b = optExpr(cs[i], "guard");
            c.setBody(stmts(cs[i], "body", "match_case", true));
            cases[i] = c;
        }
        n.setCases(cases);
        return n;
    }

    private Node[] patterns(PyObject o, String f, String owner, boolean starOk) {
        PyObject[] ps = list(o, f, owner);
        Node[] r = new Node[ps.length];
        for (int i = 0; i < ps.length; i++) {
            r[i] = pattern(ps[i], starOk);
        }
        return r;
    }

    /** A name a pattern binds: not '_' nor None/True/False. */
    private static String capture(String name) {
        if (name != null) {
            if (name.equals("_")) {
                throw valueError("can't capture name '_' in patterns");
            }
            checkName(name);
        }
        return name;
    }

    /** A MatchValue's value or a mapping key: a constant (folding -1 and 1+2j, as the parser does) or a.b. */
    private Node patternValue(PyObject v) {
        Node e = expr(v, LOAD);
        Node folded = fold(e);
        if (folded != null) {
            return folded;
        }
        if (e.kind == Node.ATTR || e.kind == Node.CONST && (e.v instanceof PyInt && !(e.v instanceof PyBool)
                || e.v instanceof PyFloat || e.v instanceof PyComplex || e.v instanceof PyStr
                || e.v instanceof PyBytes)) {
            return e;
        }
        throw valueError("patterns may only match literals and attribute lookups");
    }

    private static Node fold(Node e) {
        if (e.kind == Node.UNARY && e.op == '-' && e.a.kind == Node.CONST && (e.a.v instanceof PyInt
                || e.a.v instanceof PyFloat || e.a.v instanceof PyComplex)) {
            Node c = like(Node.CONST, e);
            c.v = Ops.neg(null, (PyObject) e.a.v);
            return c;
        }
        if (e.kind == Node.BINOP && (e.op == Ops.ADD || e.op == Ops.SUB) && e.b.kind == Node.CONST
                && e.b.v instanceof PyComplex) {
            Node l = e.a.kind == Node.CONST ? e.a : fold(e.a);
            if (l != null && (l.v instanceof PyInt || l.v instanceof PyFloat)) {
                Node c = like(Node.CONST, e);
                PyObject lv = (PyObject) l.v, rv = (PyObject) e.b.v;
                c.v = Ops.binary(null, e.op, lv, rv);
                return c;
            }
        }
        return null;
    }

    private Node pattern(PyObject o) {
        return pattern(o, false);
    }

    private Node pattern(PyObject o, boolean starOk) {
        Node n0 = at(0, o, "pattern");
        String k = classOf(o);
        if (k == null) {
            throw Py.typeError("expected some sort of pattern, but got " + Ops.repr(ts, o));
        }
        Node n;
        switch (k) {
            case "MatchValue":
                n = like(Node.P_VALUE, n0);
                n.setValue(patternValue(req(o, "value", k)));
                return n;
            case "MatchSingleton": {
                n = like(Node.P_SINGLETON, n0);
                PyObject v = field(o, "value", k);
                if (v != Py.None && v != Py.True && v != Py.False) {
                    throw valueError("MatchSingleton can only contain True, False and None");
                }
                n.v = v;
                return n;
            }
            case "MatchSequence":
                n = like(Node.P_SEQ, n0);
                n.setPatterns(patterns(o, "patterns", k, true));
                return n;
            case "MatchStar":
                if (!starOk) {
                    throw valueError("can't use MatchStar here");
                }
                n = like(Node.P_STAR, n0);
                n.setName(capture(identOpt(o, "name")));
                return n;
            case "MatchMapping": {
                n = like(Node.P_MAP, n0);
                PyObject[] ks = list(o, "keys", k);
                Node[] keys = new Node[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    keys[i] = patternValue(ks[i]);
                }
                n.setKeys(keys);
                n.setPatterns(patterns(o, "patterns", k, false));
                if (keys.length != n.patterns().length) {
                    throw valueError("MatchMapping doesn't have the same number of keys as patterns");
                }
                n.setRest(capture(identOpt(o, "rest")));
                return n;
            }
            case "MatchClass": {
                n = like(Node.P_CLASS, n0);
                n.setCls(expr(req(o, "cls", k), LOAD));
                Node c = n.cls();
                while (c.kind == Node.ATTR) {
                    c = c.value();
                }
                if (c.kind != Node.NAME) {
                    throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                n.setPatterns(patterns(o, "patterns", k, false));
                PyObject[] attrs = list(o, "kwd_attrs", k);
                n.names = new String[attrs.length];
                for (int i = 0; i < attrs.length; i++) {
                    n.names[i] = ident(attrs[i]);
                    checkName(n.names[i]);
                }
                n.setKwdPatterns(patterns(o, "kwd_patterns", k, false));
                if (attrs.length != n.kwdPatterns().length) {
                    throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                return n;
            }
            case "MatchAs": {
                PyObject p = opt(o, "pattern");
                String name = identOpt(o, "name");
                capture(name);
                if (p == null) {
                    n = like(Node.P_CAPTURE, n0);
                    n.setName(name);
                    return n;
                }
                if (name == null) {
                    throw valueError("MatchAs must specify a target name if a pattern is given");
                }
                n = like(Node.P_AS, n0);
                n.setPattern(pattern(p));
                n.setName(name);
                return n;
            }
            case "MatchOr":
                n = like(Node.P_OR, n0);
                n.setPatterns(patterns(o, "patterns", k, false));
                if (n.patterns().length < 2) {
                    throw valueError("MatchOr requires at least 2 patterns");
                }
                return n;
            default:
                throw Py.typeError("expected some sort of pattern, but got " + Ops.repr(ts, o));
        }
    }
}
