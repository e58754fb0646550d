package org.stmj.python.compiler;

import java.util.ArrayList;
import java.util.List;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBytes;

/** Recursive-descent parser for Python 3.11. */
final class Parser {
    private final List<Token> toks;
    private final String file;
    private final String[] lines;
    private int p;
    /**
     * Nesting of the right-recursive constructs (unary operators, not, conditional expressions, elif, lambda):
     * CPython's
     * parser gives up with MemoryError past its MAXSTACK (6000) frames, which these reach at 5968 levels.
     */
    private int level;
    static final int MAX_LEVEL = 5968;

    private void enter(int cost) {
        level += cost;
        if (level >= MAX_LEVEL) {
            throw new org.stmj.python.objects.PyException(new org.stmj.python.objects.PyBaseException(
                    org.stmj.python.objects.Exc.MemoryError));
        }
    }

    Parser(List<Token> toks, String file, String[] lines) {
        this.toks = toks;
        this.file = file;
        this.lines = lines;
    }

    static Node parseModule(String src, String file) {
        String[] lines = src.split("\n", -1);
        Lexer lx = new Lexer(src, file);
        Parser ps = new Parser(lx.tokenize(), file, lines);
        try {
            Node m = ps.parseModuleBody();
            if (lx.pending != null) {
                throw lx.pending;
            }
            return m;
        } catch (PySyntaxError e) {
            int k = ps.peek().kind;
            if (lx.pending != null
                    && (k == Token.EOF || k == Token.NEWLINE || k == Token.DEDENT || e.line > lx.pending.line
                    || ps.peek().line > lx.pending.line)) {
                throw lx.pending;
            }
            throw e;
        }
    }

    private Node parseModuleBody() {
        Parser ps = this;
        Node m = new Node(Node.MODULE, 1, 0);
        List<Node> body = new ArrayList<>();
        while (ps.peek().kind != Token.EOF) {
            if (ps.peek().kind == Token.NEWLINE) {
                ps.p++;
                continue;
            }
            if (ps.peek().kind == Token.INDENT) {
                throw ps.indentErr("unexpected indent", ps.peek());
            }
            ps.statement(body);
        }
        m.setBody(body.toArray(new Node[0]));
        return fin(m);
    }

    /** Parses a single expression (for eval and f-string fields). */
    static Node parseExpression(String src, String file, int lineOffset) {
        Lexer lx = new Lexer(src, file);
        Parser ps = new Parser(lx.tokenize(), file, src.split("\n", -1));
        ps.evalInput = true;
        try {
            Node e = ps.starExprs();
            while (ps.peek().kind == Token.NEWLINE) {
                ps.p++;
            }
            if (ps.peek().kind != Token.EOF) {
                throw ps.syntax("invalid syntax", ps.peek());
            }
            if (lx.pending != null) {
                throw lx.pending;
            }
            return e;
        } catch (PySyntaxError e) {
            int k = ps.peek().kind;
            if (lx.pending != null && (k == Token.EOF || k == Token.NEWLINE || e.line > lx.pending.line)) {
                throw lx.pending;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- token helpers

    private Token peek() {
        return toks.get(p);
    }

    private Token peek(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private Token next() {
        return toks.get(p++);
    }

    private boolean at(String op) {
        Token t = peek();
        return (t.kind == Token.OP || t.kind == Token.NAME) && t.text.equals(op);
    }

    private boolean accept(String op) {
        if (at(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (at(op)) {
            return next();
        }
        Token t = peek();
        if (op.equals(":") ) {
            throw syntax("expected ':'", prevEnd());
        }
        if (op.equals(")") || op.equals("]") || op.equals("}")) {
            throw syntax("invalid syntax", t);
        }
        throw syntax("invalid syntax", t);
    }

    private Token prevEnd() {
        Token pt = toks.get(Math.max(0, p - 1));
        return new Token(Token.OP, "", null, pt.line, pt.endCol, pt.endCol, false);
    }

    PySyntaxError syntax(String msg, Token t) {
        // CPython's NEWLINE token is zero-width (its '\n' left out): the error's end is its start
        return new PySyntaxError("SyntaxError", msg, file, t.line, t.col + 1, t.line,
                t.kind == Token.NEWLINE ? t.col + 1 : t.endCol > t.col ? t.endCol + 1 : 0);
    }

    /**
     * An error CPython 3.11's f-string parser reports (fstring_find_expr and its callers): its offset and end are
     * both just past the string token, one caret there.
     */
    PySyntaxError fstringError(String msg, Token t) {
        return new PySyntaxError("SyntaxError", msg, file, t.line, t.endCol + 1, t.line, t.endCol + 1);
    }

    PySyntaxError indentErr(String msg, Token t) {
        if (t.kind == Token.INDENT) {
            // "unexpected indent": CPython's offset is the indentation's width, its end_offset -1
            return new PySyntaxError("IndentationError", msg, file, t.line, t.endCol).tokenizerEnd(-1);
        }
        // "expected an indented block": the token found instead is marked
        return new PySyntaxError("IndentationError", msg, file, t.line, t.col + 1, t.line,
                t.endCol > t.col ? t.endCol + 1 : 0);
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as",
            "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");

    private boolean isName(Token t) {
        return t.kind == Token.NAME && !KEYWORDS.contains(t.text);
    }

    private String name() {
        Token t = peek();
        if (!isName(t)) {
            throw syntax("invalid syntax", t);
        }
        p++;
        return t.text;
    }

    private Node node(int kind, Token t) {
        return new Node(kind, t.line, t.col);
    }

    /**
     * Gives {@code n} its end (for the ast module), the end of the last token consumed that is not a NEWLINE,
     * INDENT or DEDENT, unless it has one: each node is finished where its parse completes, innermost first.
     */
    private Node fin(Node n) {
        if (n != null && n.endLine == 0) {
            int q = p - 1;
            while (q > 0 && (toks.get(q).kind == Token.NEWLINE || toks.get(q).kind == Token.INDENT
                    || toks.get(q).kind == Token.DEDENT || toks.get(q).kind == Token.EOF)) {
                q--;
            }
            Token last = toks.get(Math.max(0, q));
            n.endLine = last.endLine;
            n.endCol = last.endCol;
        }
        return n;
    }

    /** A node that is the single token {@code t}. */
    private Node tokenNode(int kind, Token t) {
        Node n = node(kind, t);
        n.endLine = t.endLine;
        n.endCol = t.endCol;
        return n;
    }

    // ---------------------------------------------------------------- statements

    private Node[] block(String what, Token header) {
        expect(":");
        List<Node> body = new ArrayList<>();
        if (peek().kind == Token.NEWLINE) {
            p++;
            while (peek().kind == Token.NEWLINE) {
                p++;
            }
            if (peek().kind != Token.INDENT) {
                throw indentErr("expected an indented block after " + what + " on line " + header.line, peek());
            }
            p++;
            while (peek().kind != Token.DEDENT && peek().kind != Token.EOF) {
                if (peek().kind == Token.NEWLINE) {
                    p++;
                    continue;
                }
                if (peek().kind == Token.INDENT) {
                    throw indentErr("unexpected indent", peek());
                }
                statement(body);
            }
            if (peek().kind == Token.DEDENT) {
                p++;
            }
        } else {
            simpleStatements(body);
        }
        return body.toArray(new Node[0]);
    }

    private void statement(List<Node> out) {
        Token t = peek();
        if (t.kind == Token.NAME) {
            switch (t.text) {
                case "if": out.add(fin(ifStmt())); return;
                case "while": out.add(fin(whileStmt())); return;
                case "for": out.add(fin(forStmt())); return;
                case "try": out.add(fin(tryStmt())); return;
                case "with": out.add(fin(withStmt())); return;
                case "def": out.add(fin(funcDef(new Node[0]))); return;
                case "class": out.add(fin(classDef(new Node[0]))); return;
                case "async": out.add(fin(asyncStmt(new Node[0]))); return;
                case "match": if (matchStmt(out)) {
                    return;
                }
                break;
                default:
            }
        }
        if (t.is("@")) {
            List<Node> decos = new ArrayList<>();
            while (accept("@")) {
                decos.add(namedExpr());
                if (peek().kind != Token.NEWLINE) {
                    throw syntax("invalid syntax", peek());
                }
                p++;
            }
            Node[] d = decos.toArray(new Node[0]);
            if (at("def")) {
                out.add(fin(funcDef(d)));
            } else if (at("async") && peek(1).is("def")) {
                out.add(fin(asyncStmt(d)));
            } else if (at("class")) {
                out.add(fin(classDef(d)));
            } else {
                throw syntax("invalid syntax", peek());
            }
            return;
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Node> out) {
        while (true) {
            out.add(fin(smallStmt()));
            if (accept(";")) {
                if (peek().kind == Token.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        Token t = peek();
        if (t.kind != Token.NEWLINE) {
            if (t.kind == Token.EOF) {
                return;
            }
            Node last = out.get(out.size() - 1);
            if (last.kind == Node.EXPR && last.a.kind == Node.NAME
                    && (last.a.s.equals("print") || last.a.s.equals("exec"))
                    && t.line == last.line && legacyArgumentsParse()) {
                        // marked from the name to the end of the expressions after it
                        int q = p;
                        while (q + 1 < toks.size() && toks.get(q + 1).kind != Token.NEWLINE
                                && toks.get(q + 1).kind != Token.EOF && !toks.get(q + 1).is(";")) {
                            q++;
                        }
                        throw new PySyntaxError("SyntaxError", "Missing parentheses in call to '" + last.a.s
                                + "'. Did you mean " + last.a.s + "(...)?", file, last.line, last.col + 1,
                                toks.get(q).endLine, toks.get(q).endCol + 1);
                    }
            throw syntax(invalidSyntaxHint(t), t);
        }
        p++;
    }

    /**
     * Whether the tokens after a bare {@code print}/{@code exec} parse as an expression (CPython's legacy-statement
     * hint needs {@code print foo}, not {@code print (foo.)}, which is just invalid syntax). Restores the position.
     */
    private boolean legacyArgumentsParse() {
        int save = p;
        try {
            test();
            return true;
        } catch (PySyntaxError e) {
            return false;
        } finally {
            p = save;
        }
    }

    private String invalidSyntaxHint(Token t) {
        Token prev = toks.get(Math.max(0, p - 1));
        if ((t.kind == Token.NAME || t.kind == Token.NUMBER || t.kind == Token.STRING) && prev.line == t.line
                && (prev.kind == Token.NAME || prev.kind == Token.NUMBER || prev.kind == Token.STRING || prev.is(")")
                || prev.is("]"))
                && !KEYWORDS.contains(t.text) && !KEYWORDS.contains(prev.text)) {
            return "invalid syntax";
        }
        return "invalid syntax";
    }

    private Node smallStmt() {
        Token t = peek();
        if (t.kind == Token.NAME) {
            switch (t.text) {
                case "pass": p++; return node(Node.PASS, t);
                case "break": p++; return node(Node.BREAK, t);
                case "continue": p++; return node(Node.CONTINUE, t);
                case "return": {
                    p++;
                    Node n = node(Node.RETURN, t);
                    if (!endOfSimple()) {
                        n.a = starExprs();
                    }
                    return fin(n);
                }
                case "raise": {
                    p++;
                    Node n = node(Node.RAISE, t);
                    if (!endOfSimple()) {
                        n.setExc(test());
                        if (accept("from")) {
                            n.b = test();
                        }
                    }
                    return fin(n);
                }
                case "global": case "nonlocal": {
                    p++;
                    Node n = node(t.text.equals("global") ? Node.GLOBAL : Node.NONLOCAL, t);
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name());
                    }
                    while (accept(","));
                    n.names = names.toArray(new String[0]);
                    return fin(n);
                }
                case "del": {
                    p++;
                    Node n = node(Node.DEL, t);
                    List<Node> targets = new ArrayList<>();
                    do {
                        if (endOfSimple()) {
                            break;
                        }
                        Node e = orExprStar();
                        Node star = starredIn(e);
                        if (star != null) {
                            // CPython's invalid_del_stmt (a parser error: the line is shown also for compile())
                            throw Scope.ranged("cannot delete starred", file, star);
                        }
                        checkTarget(e, "delete");
                        targets.add(e);
                    } while (accept(","));
                    n.setTargets(targets.toArray(new Node[0]));
                    return fin(n);
                }
                case "assert": {
                    p++;
                    Node n = node(Node.ASSERT, t);
                    n.setTest(test());
                    if (accept(",")) {
                        n.b = test();
                    }
                    return fin(n);
                }
                case "import": return importStmt();
                case "from": return fromImport();
                default:
            }
        }
        Token st = peek();
        boolean startsParen = st.is("(");
        unparenthesizedWalrus();
        Node e = starExprsOrYield();
        if (at("=")) {
            List<Node> targets = new ArrayList<>();
            targets.add(e);
            Node value = null;
            while (accept("=")) {
                unparenthesizedWalrus();
                value = starExprsOrYield();
                targets.add(value);
            }
            targets.remove(targets.size() - 1);
            for (Node tg : targets) {
                if (tg.kind == Node.CALL || tg.kind == Node.BINOP || tg.kind == Node.COMPARE || tg.kind == Node.UNARY
                        || tg.kind == Node.CONST && tg.v != Py.None && tg.v != Py.True && tg.v != Py.False && tg.v
                        != Py.Ellipsis) {
                            throw Scope.ranged("cannot assign to " + describe(tg)
                                    + " here. Maybe you meant '==' instead of '='?", file, tg);
                        }
                checkTarget(tg, "assign to");
            }
            Node n = node(Node.ASSIGN, st);
            n.setTargets(targets.toArray(new Node[0]));
            n.setValue(value);
            return fin(n);
        }
        Token opt = peek();
        if (opt.kind == Token.OP && opt.text.length() >= 2 && opt.text.endsWith("=") && !opt.text.equals("==")
                && !opt.text.equals("<=") && !opt.text.equals(">=") && !opt.text.equals("!=")) {
            p++;
            if (e.kind != Node.NAME && e.kind != Node.ATTR && e.kind != Node.SUBSCRIPT) {
                throw Scope.ranged("'" + describe(e) + "' is an illegal expression for augmented assignment", file, e);
            }
            Node n = node(Node.AUGASSIGN, st);
            n.setTarget(e);
            n.op = binopCode(opt.text.substring(0, opt.text.length() - 1));
            n.setValue(starExprsOrYield());
            return fin(n);
        }
        if (at(":")) {
            p++;
            Node n = node(Node.ANNASSIGN, st);
            if (e.kind == Node.TUPLE || e.kind == Node.LIST) {
                throw new PySyntaxError("SyntaxError", "only single target (not " + (e.kind == Node.TUPLE ? "tuple"
                        : "list") + ") can be annotated", file, e.line, e.col + 1);
            }
            checkTarget(e, "assign to");
            n.setTarget(e);
            // CPython's "simple" flag: a bare name, not parenthesized, is stored in __annotations__ and bound
            n.op = e.kind == Node.NAME && !startsParen ? 1 : 0;
            n.setAnnotation(annotation());
            if (accept("=")) {
                n.c = starExprsOrYield();
            }
            return fin(n);
        }
        Node n = node(Node.EXPR, st);
        n.setValue(e);
        return fin(n);
    }

    private boolean endOfSimple() {
        Token t = peek();
        return t.kind == Token.NEWLINE || t.kind == Token.EOF || t.is(";");
    }

    private String describe(Node e) {
        switch (e.kind) {
            case Node.CONST: return e.v == Py.None ? "None" : e.v == Py.True ? "True" : e.v == Py.False ? "False"
                    : "literal";
            case Node.CALL: return "function call";
            case Node.BINOP: case Node.UNARY: return "expression";
            case Node.COMPARE: return "comparison";
            case Node.BOOLOP: return "expression";
            case Node.LAMBDA: return "lambda";
            case Node.IFEXP: return "conditional expression";
            case Node.NAMEDEXPR: return "named expression";
            case Node.LISTCOMP: return "list comprehension";
            case Node.DICTCOMP: return "dict comprehension";
            case Node.SETCOMP: return "set comprehension";
            case Node.GENEXP: return "generator expression";
            case Node.YIELD: case Node.YIELDFROM: return "yield expression";
            case Node.DICT: return "dict literal";
            case Node.SET: return "set display";
            case Node.FSTR: return "f-string expression";
            case Node.TUPLE: return "tuple";
            case Node.STARRED: return "starred";
            case Node.AWAIT: return "await expression";
            default: return "expression";
        }
    }

    private void checkTarget(Node e, String verb) {
        switch (e.kind) {
            case Node.NAME: case Node.ATTR: case Node.SUBSCRIPT: return;
            case Node.TUPLE: case Node.LIST:
                for (Node x : e.elts()) {
                    checkTarget(x, verb);
                }
                return;
            case Node.STARRED:
                checkTarget(e.value(), verb);
                return;
            default:
                String what = describe(e);
                String msg = "cannot " + verb + " " + what;
                throw Scope.ranged(msg, file, e);
        }
    }

    private Node importStmt() {
        Token t = next();
        Node n = node(Node.IMPORT, t);
        List<Node> names = new ArrayList<>();
        do {
            Node a = node(Node.ALIAS, peek());
            a.setName(dottedName());
            if (accept("as")) {
                a.s2 = name();
            }
            names.add(fin(a));
        } while (accept(","));
        n.setAliases(names.toArray(new Node[0]));
        return fin(n);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (accept(".")) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Node fromImport() {
        Token t = next();
        Node n = node(Node.IMPORTFROM, t);
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text.length();
        }
        n.op = level;
        n.setModule(at("import") ? "" : dottedName());
        expect("import");
        List<Node> names = new ArrayList<>();
        if (accept("*")) {
            Node a = tokenNode(Node.ALIAS, toks.get(p - 1));
            a.setName("*");
            names.add(a);
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                Node a = node(Node.ALIAS, peek());
                a.setName(name());
                if (accept("as")) {
                    a.s2 = name();
                }
                names.add(fin(a));
            } while (accept(","));
            if (paren) {
                expect(")");
            }
        }
        n.setAliases(names.toArray(new Node[0]));
        return fin(n);
    }

    private Node condition() {
        Node e = namedExpr();
        if (at("=")) {
            Token eq = peek();
            int save = p;
            p++;
            try {
                // CPython marks the range from the target to the value
                Node v = test();
                throw new PySyntaxError("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        file, e.line, e.col + 1, v.endLine, v.endCol + 1);
            } catch (PySyntaxError x) {
                if (x.msg.startsWith("invalid syntax. Maybe you meant '=='") && p != save) {
                    throw x;
                }
            }
            p = save;
            throw syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", eq);
        }
        return fin(e);
    }

    private Node ifStmt() {
        Token t = next();
        Node n = node(Node.IF, t);
        n.setTest(condition());
        n.setBody(block("'if' statement", t));
        if (at("elif")) {
            enter(1);
            n.setOrelse(new Node[] {ifStmt()});
            level--;
        } else if (at("else")) {
            Token e = next();
            n.setOrelse(block("'else' statement", e));
        } else {
            n.list2 = new Node[0];
        }
        return fin(n);
    }

    private Node whileStmt() {
        Token t = next();
        Node n = node(Node.WHILE, t);
        n.setTest(condition());
        n.setBody(block("'while' statement", t));
        if (at("else")) {
            Token e = next();
            n.setOrelse(block("'else' statement", e));
        } else {
            n.list2 = new Node[0];
        }
        return fin(n);
    }

    private Node forStmt() {
        Token t = next();
        Node n = node(Node.FOR, t);
        n.setTarget(targetList());
        expect("in");
        n.setIter(starExprs());
        n.setBody(block("'for' statement", t));
        if (at("else")) {
            Token e = next();
            n.setOrelse(block("'else' statement", e));
        } else {
            n.list2 = new Node[0];
        }
        return fin(n);
    }

    private Node targetList() {
        Token t = peek();
        List<Node> items = new ArrayList<>();
        boolean comma = false;
        while (true) {
            Node e = orExprStar();
            checkTarget(e, "assign to");
            items.add(e);
            if (!accept(",")) {
                break;
            }
            comma = true;
            if (at("in") || at("=")) {
                break;
            }
        }
        if (!comma) {
            return items.get(0);
        }
        Node tup = node(Node.TUPLE, t);
        tup.setElts(items.toArray(new Node[0]));
        return fin(tup);
    }

    private Node tryStmt() {
        Token t = next();
        Node n = node(Node.TRY, t);
        n.setBody(block("'try' statement", t));
        List<Node> handlers = new ArrayList<>();
        while (at("except")) {
            Token et = next();
            Node h = node(Node.HANDLER, et);
            if (at("*")) {
                Token star = next();
                if (!handlers.isEmpty() && n.op == 0) {
                    throw syntax("cannot have both 'except' and 'except*' on the same 'try'", et);
                }
                n.op = 1;
                h.op = 1;
                if (at(":")) {
                    throw syntax("expected one or more exception types", peek());
                }
            } else if (n.op == 1) {
                throw syntax("cannot have both 'except' and 'except*' on the same 'try'", et);
            }
            if (!at(":")) {
                h.setExcType(test());
                if (at(",")) {
                    Node tup = node(Node.TUPLE, et);
                    List<Node> items = new ArrayList<>();
                    items.add(h.excType());
                    while (accept(",")) {
                        items.add(test());
                    }
                    tup.setElts(items.toArray(new Node[0]));
                    h.setExcType(tup);
                    throw syntax("multiple exception types must be parenthesized", et);
                }
                if (accept("as")) {
                    h.s = name();
                }
            }
            h.setBody(block("'except' statement", et));
            handlers.add(fin(h));
        }
        n.setHandlers(handlers.toArray(new Node[0]));
        n.setOrelse(new Node[0]);
        n.setFinalbody(null);
        if (at("else")) {
            Token e = next();
            n.setOrelse(block("'else' statement", e));
        }
        if (at("finally")) {
            Token f = next();
            n.setFinalbody(block("'finally' statement", f));
        }
        if (handlers.isEmpty() && n.finalbody() == null) {
            throw syntax("expected 'except' or 'finally' block", peek());
        }
        return fin(n);
    }

    private Node withStmt() {
        Token t = next();
        Node n = node(Node.WITH, t);
        List<Node> items = new ArrayList<>();
        boolean paren = false;
        if (at("(")) {
            int save = p;
            int depth = 0;
            int q = p;
            for (; q < toks.size(); q++) {
                Token k = toks.get(q);
                if (k.is("(")) {
                    depth++;
                } else if (k.is(")")) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            paren = q + 1 < toks.size() && toks.get(q + 1).is(":");
            p = save;
            if (paren) {
                // '(' items ')' ':' (3.9+): several items, or one with 'as'; otherwise a parenthesised expression
                boolean hasAs = false, hasComma = false;
                int d2 = 0;
                for (int k = p; k < q; k++) {
                    if (toks.get(k).is("(") || toks.get(k).is("[") || toks.get(k).is("{")) {
                        d2++;
                    }
                    if (toks.get(k).is(")") || toks.get(k).is("]") || toks.get(k).is("}")) {
                        d2--;
                    }
                    if (d2 == 1 && toks.get(k).is("as")) {
                        hasAs = true;
                    }
                    if (d2 == 1 && toks.get(k).is(",")) {
                        hasComma = true;
                    }
                }
                paren = hasAs || hasComma && !toks.get(p + 1).is("yield");
            }
            if (paren) {
                p++;
            }
        }
        do {
            if (paren && at(")")) {
                break;
            }
            Node w = node(Node.WITHITEM, peek());
            w.setContext(test());
            if (accept("as")) {
                w.setOptionalVars(orExprStar());
                checkTarget(w.optionalVars(), "assign to");
            }
            items.add(w);
        } while (accept(","));
        if (paren) {
            expect(")");
        }
        n.setItems(items.toArray(new Node[0]));
        n.setBody(block("'with' statement", t));
        return fin(n);
    }

    private Node funcDef(Node[] decos) {
        Token t = next();
        Node n = node(Node.FUNCDEF, t);
        n.setName(name());
        n.setDecorators(decos);
        expect("(");
        n.setArguments(argList(")", true));
        expect(")");
        if (accept("->")) {
            n.c = annotation();
        }
        n.setBody(block("function definition", t));
        return fin(n);
    }

    private Node argList(String end, boolean annotations) {
        Node a = node(Node.ARGS, peek());
        List<Node> pos = new ArrayList<>(), kwonly = new ArrayList<>();
        boolean star = false, seenDefault = false, slash = false;
        int posonly = 0;
        while (!at(end)) {
            if (at("/")) {
                Token sl = next();
                if (slash) {
                    throw syntax("/ may appear only once", sl);
                }
                if (star) {
                    throw syntax("/ must be ahead of *", sl);
                }
                if (pos.isEmpty()) {
                    throw syntax("at least one argument must precede /", sl);
                }
                slash = true;
                posonly = pos.size();
                if (!accept(",")) {
                    break;
                }
                continue;
            }
            if (accept("**")) {
                a.kwargNode = node(Node.ARG, peek());
                a.setKwarg(name());
                if (annotations && accept(":")) {
                    a.c = annotation();
                }
                fin(a.kwargNode);
                accept(",");
                if (!at(end)) {
                    throw syntax("arguments cannot follow var-keyword argument", peek());
                }
                break;
            }
            if (at("*")) {
                Token st0 = next();
                if (star) {
                    throw syntax("* argument may appear only once", st0);
                }
                star = true;
                if (!at(",") && !at(end)) {
                    a.vararg = node(Node.ARG, peek());
                    a.setVararg(name());
                    if (annotations && accept(":")) {
                        if (at("*")) {
                            // PEP 646: *args: *Ts
                            Token st = next();
                            Node starred = node(Node.STARRED, st);
                            starred.setValue(annotation());
                            a.b = fin(starred);
                        } else {
                            a.b = annotation();
                        }
                    }
                    fin(a.vararg);
                } else if (at(end) || peek(1).is("**")) {
                    // CPython's invalid_star_etc: at the last token of '*' (')' | ',' (')' | '**'))
                    // (a def marks the '*')
                    throw syntax("named arguments must follow bare *", !end.equals(":") ? st0 : at(end) ? peek()
                            : peek(1));
                }
                if (!accept(",")) {
                    break;
                }
                continue;
            }
            Token nt = peek();
            Node arg = node(Node.ARG, nt);
            arg.setName(name());
            if (annotations && accept(":")) {
                arg.c = annotation();
            }
            fin(arg);
            if (accept("=")) {
                arg.setDefaultValue(test());
                if (!star) {
                    seenDefault = true;
                }
            } else if (seenDefault && !star) {
                throw syntax("non-default argument follows default argument", nt);
            }
            (star ? kwonly : pos).add(arg);
            if (!accept(",")) {
                break;
            }
        }
        a.setPositional(pos.toArray(new Node[0]));
        a.setKwonly(kwonly.toArray(new Node[0]));
        a.op = posonly;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Node x : a.positional()) {
            if (!seen.add(x.s)) {
                PySyntaxError e = new PySyntaxError("SyntaxError", "duplicate argument '" + x.s
                        + "' in function definition", file, x.line, x.col + 1, x.line, x.col + 1 + x.s.length());
                e.textFromFile = true; // CPython's symtable error: the text from the file named
                throw e;
            }
        }
        for (Node x : a.kwonly()) {
            if (!seen.add(x.name())) {
                PySyntaxError e = new PySyntaxError("SyntaxError", "duplicate argument '" + x.name()
                        + "' in function definition", file, x.line, x.col + 1, x.line, x.col + 1 + x.name().length());
                e.textFromFile = true;
                throw e;
            }
        }
        return fin(a);
    }

    /** Parses an annotation expression and keeps its source text (for from __future__ import annotations). */
    private Node annotation() {
        Token first = peek();
        int from = p;
        Node e = test();
        Token last = toks.get(p - 1);
        String norm = annotationText(from, p);
        if (norm != null) {
            e.s2 = norm;
        } else if (first.line == last.line && first.line - 1 < lines.length) {
            String l = lines[first.line - 1];
            if (last.endCol <= l.length() && first.col <= last.endCol) {
                e.s2 = l.substring(first.col, last.endCol);
            }
        }
        return fin(e);
    }

    /**
     * An annotation's text as CPython's ast.unparse writes it (PEP 563 strings), rebuilt from its tokens: string
     * literals as their repr ({@code "str"} becomes {@code 'str'}), ", " after commas, spaces around binary
     * operators, none inside brackets. Null for anything else (keywords, slices, grouping parentheses, lambdas,
     * f-strings, bytes, unusual numbers): the caller then keeps the source text.
     */
    private String annotationText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        Token prev = null;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            Token next = i + 1 < to ? toks.get(i + 1) : null;
            switch (t.kind) {
                case Token.STRING:
                    if (!(t.value instanceof String) || next != null && next.kind == Token.STRING) {
                        return null;
                    }
                    sb.append(org.stmj.python.objects.PyStr.repr((String) t.value));
                    break;
                case Token.NAME:
                    if (KEYWORD_OPS.contains(t.text)) {
                        return null;
                    }
                    sb.append(t.text);
                    break;
                case Token.NUMBER:
                    if (!t.text.matches("0|[1-9][0-9]*")) {
                        return null;
                    }
                    sb.append(t.text);
                    break;
                case Token.OP:
                    String o = t.text;
                    boolean afterOperand = prev != null && (prev.kind != Token.OP || prev.is(")") || prev.is("]")
                            || prev.is("}") || prev.is("..."));
                    if (o.equals(",")) {
                        if (next == null || next.is(")") || next.is("]") || next.is("}")) {
                            return null;
                        }
                        sb.append(", ");
                    } else if (o.equals("(")) {
                        if (!afterOperand) {
                            return null;
                        }
                        sb.append(o);
                    } else if (o.equals("[") || o.equals("{") || o.equals("]") || o.equals(")") || o.equals("}")
                            || o.equals(".") || o.equals("...")) {
                        sb.append(o);
                    } else if ((o.equals("-") || o.equals("~") || o.equals("+")) && !afterOperand) {
                        sb.append(o);
                    } else if (afterOperand && BINARY_OPS.contains(o)) {
                        sb.append(' ').append(o).append(' ');
                    } else {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
            prev = t;
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static final java.util.Set<String> KEYWORD_OPS = java.util.Set.of("and", "or", "not", "if", "else",
            "lambda", "is", "in", "await", "yield");
    private static final java.util.Set<String> BINARY_OPS = java.util.Set.of("|", "&", "^", "+", "-", "*", "/",
            "//", "%", "@", "<<", ">>", "**");

    private Node classDef(Node[] decos) {
        Token t = next();
        Node n = node(Node.CLASSDEF, t);
        n.setName(name());
        n.setDecorators(decos);
        n.setBases(new Node[0]);
        n.setKeywords(new Node[0]);
        if (accept("(")) {
            Node call = new Node(Node.CALL, t.line, t.col);
            callArgs(call);
            n.setBases(call.positional());
            n.setKeywords(call.keywords());
        }
        n.setBody(block("class definition", t));
        return fin(n);
    }

    /** 'async' def/for/with: the same nodes as the synchronous statements, with op = 1. */
    private Node asyncStmt(Node[] decos) {
        Token a = next();
        Node n;
        if (at("def")) {
            n = funcDef(decos);
        } else if (decos.length == 0 && at("for")) {
            n = forStmt();
        } else if (decos.length == 0 && at("with")) {
            n = withStmt();
        } else {
            throw syntax("invalid syntax", peek());
        }
        n.op = 1;
        n.line = a.line;
        n.col = a.col;
        return fin(n);
    }

    private boolean atCompFor() {
        return at("for") || at("async") && peek(1).is("for");
    }

    // ---------------------------------------------------------------- match

    /**
     * 'match' is a soft keyword: the statement is a match statement only when 'match' is followed by a subject
     * expression and ':'; otherwise the tokens are parsed again as an ordinary statement.
     */
    private boolean matchStmt(List<Node> out) {
        int save = p, saveLevel = level;
        Token t = next();
        Node subject;
        try {
            subject = starExprs();
        } catch (PySyntaxError e) {
            p = save;
            level = saveLevel;
            return false;
        }
        if (!at(":") || peek(1).kind != Token.NEWLINE) {
            if (at(":")) {
                throw syntax("invalid syntax", peek(1));
            }
            p = save;
            return false;
        }
        Node n = node(Node.MATCH, t);
        n.setSubject(subject);
        p++;
        while (peek().kind == Token.NEWLINE) {
            p++;
        }
        if (peek().kind != Token.INDENT) {
            throw indentErr("expected an indented block after 'match' statement on line " + t.line, peek());
        }
        p++;
        List<Node> cases = new ArrayList<>();
        while (peek().kind != Token.DEDENT && peek().kind != Token.EOF) {
            if (peek().kind == Token.NEWLINE) {
                p++;
                continue;
            }
            if (!at("case")) {
                throw syntax("invalid syntax", peek());
            }
            Token ct = next();
            Node c = node(Node.MATCHCASE, ct);
            c.setPattern(patterns());
            if (accept("if")) {
                c.b = namedExpr();
            }
            if (!at(":")) {
                throw syntax("invalid syntax", peek());
            }
            c.setBody(block("'case' statement", ct));
            cases.add(c);
        }
        if (peek().kind == Token.DEDENT) {
            p++;
        }
        n.setCases(cases.toArray(new Node[0]));
        out.add(fin(n));
        return true;
    }

    /** open_sequence_pattern | pattern */
    private Node patterns() {
        Token t = peek();
        Node first = maybeStarPattern();
        if (!at(",")) {
            if (first.kind == Node.P_STAR) {
                throw syntax("invalid syntax", peek());
            }
            return fin(first);
        }
        List<Node> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        Node n = node(Node.P_SEQ, t);
        n.setPatterns(items.toArray(new Node[0]));
        return fin(n);
    }

    private Node maybeStarPattern() {
        if (at("*")) {
            Token t = next();
            Node n = node(Node.P_STAR, t);
            String nm = name();
            n.setName(nm.equals("_") ? null : nm);
            return fin(n);
        }
        return pattern();
    }

    /** as_pattern | or_pattern */
    private Node pattern() {
        Token st = peek();
        Node pat = orPattern();
        if (at("as")) {
            p++;
            Token nt = peek();
            if (!isName(nt)) {
                throw syntax("invalid syntax", nt);
            }
            p++;
            if (nt.text.equals("_")) {
                throw syntax("cannot use '_' as a target", nt);
            }
            Node n = node(Node.P_AS, st);
            n.setPattern(pat);
            n.setName(nt.text);
            return fin(n);
        }
        return fin(pat);
    }

    private Node orPattern() {
        Token t = peek();
        Node first = closedPattern();
        if (!at("|")) {
            return fin(first);
        }
        List<Node> alts = new ArrayList<>();
        alts.add(first);
        while (accept("|")) {
            alts.add(closedPattern());
        }
        Node n = node(Node.P_OR, t);
        n.setPatterns(alts.toArray(new Node[0]));
        return fin(n);
    }

    private Node closedPattern() {
        Token t = peek();
        if (t.kind == Token.NUMBER || t.is("-")) {
            return numberPattern();
        }
        if (t.kind == Token.STRING || t.kind == Token.BYTES || t.kind == Token.FSTRING) {
            Node s = fin(strings());
            if (s.kind != Node.CONST) {
                throw syntax("patterns may only match literals and attribute lookups", t);
            }
            Node n = node(Node.P_VALUE, t);
            n.setValue(s);
            return fin(n);
        }
        if (t.kind == Token.NAME) {
            if (t.text.equals("None") || t.text.equals("True") || t.text.equals("False")) {
                p++;
                Node n = node(Node.P_SINGLETON, t);
                n.v = t.text.equals("None") ? Py.None : t.text.equals("True") ? Py.True : Py.False;
                return fin(n);
            }
            String nm = name();
            Node e = tokenNode(Node.NAME, t);
            e.setId(nm);
            boolean dotted = false;
            while (at(".")) {
                p++;
                Node a = node(Node.ATTR, t);
                a.setValue(e);
                a.setAttr(name());
                e = fin(a);
                dotted = true;
            }
            if (at("(")) {
                return classPattern(t, e);
            }
            if (dotted) {
                Node n = node(Node.P_VALUE, t);
                n.setValue(e);
                return fin(n);
            }
            Node n = node(Node.P_CAPTURE, t);
            n.setName(nm.equals("_") ? null : nm);
            return fin(n);
        }
        if (t.is("(")) {
            p++;
            if (accept(")")) {
                Node n = node(Node.P_SEQ, t);
                n.setPatterns(new Node[0]);
                return fin(n);
            }
            Node first = maybeStarPattern();
            if (at(",")) {
                List<Node> items = new ArrayList<>();
                items.add(first);
                while (accept(",")) {
                    if (at(")")) {
                        break;
                    }
                    items.add(maybeStarPattern());
                }
                expect(")");
                Node n = node(Node.P_SEQ, t);
                n.setPatterns(items.toArray(new Node[0]));
                return fin(n);
            }
            if (first.kind == Node.P_STAR) {
                throw syntax("invalid syntax", peek());
            }
            expect(")");
            return fin(first);
        }
        if (t.is("[")) {
            p++;
            List<Node> items = new ArrayList<>();
            while (!at("]")) {
                items.add(maybeStarPattern());
                if (!accept(",")) {
                    break;
                }
            }
            expect("]");
            Node n = node(Node.P_SEQ, t);
            n.setPatterns(items.toArray(new Node[0]));
            return fin(n);
        }
        if (t.is("{")) {
            return mappingPattern();
        }
        throw syntax("invalid syntax", t);
    }

    private Node numberPattern() {
        Token t = peek();
        Node real = signedNumber();
        if (at("+") || at("-")) {
            Token op = next();
            Token it = peek();
            if (it.kind != Token.NUMBER) {
                throw syntax("invalid syntax", it);
            }
            p++;
            if (real.v instanceof org.stmj.python.objects.PyComplex) {
                throw syntax("real number required in complex literal", t);
            }
            if (!(it.value instanceof org.stmj.python.objects.PyComplex)) {
                throw syntax("imaginary number required in complex literal", it);
            }
            double re = Ops.toDouble(null, (org.stmj.python.objects.PyObject) real.v);
            double im = ((org.stmj.python.objects.PyComplex) it.value).im;
            Node c = node(Node.CONST, t);
            c.v = new org.stmj.python.objects.PyComplex(re, op.text.equals("-") ? -im : im);
            Node imag = tokenNode(Node.CONST, it);
            imag.v = it.value;
            c.folded = fin(bin(real, op, imag));
            real = fin(c);
        }
        Node n = node(Node.P_VALUE, t);
        n.setValue(real);
        return fin(n);
    }

    private Node signedNumber() {
        Token t = peek();
        boolean neg = accept("-");
        Token nt = peek();
        if (nt.kind != Token.NUMBER) {
            throw syntax("invalid syntax", nt);
        }
        p++;
        Node c = node(Node.CONST, t);
        org.stmj.python.objects.PyObject v = (org.stmj.python.objects.PyObject) nt.value;
        c.v = neg ? Ops.neg(null, v) : v;
        if (neg) {
            Node lit = tokenNode(Node.CONST, nt);
            lit.v = v;
            Node u = node(Node.UNARY, t);
            u.op = '-';
            u.setOperand(lit);
            c.folded = fin(u);
        }
        return fin(c);
    }

    private Node mappingPattern() {
        Token t = next();
        Node n = node(Node.P_MAP, t);
        List<Node> keys = new ArrayList<>(), vals = new ArrayList<>();
        while (!at("}")) {
            if (accept("**")) {
                Token nt = peek();
                if (!isName(nt) || nt.text.equals("_")) {
                    throw syntax("invalid syntax", nt);
                }
                p++;
                n.setRest(nt.text);
                accept(",");
                if (!at("}")) {
                    throw syntax("invalid syntax", peek());
                }
                break;
            }
            Token kt = peek();
            Node key;
            if (kt.kind == Token.NUMBER || kt.is("-")) {
                key = numberPattern().a;
            } else if (kt.kind == Token.STRING || kt.kind == Token.BYTES || kt.kind == Token.FSTRING) {
                key = fin(strings());
                if (key.kind != Node.CONST) {
                    throw syntax("patterns may only match literals and attribute lookups", kt);
                }
            } else if (kt.is("None") || kt.is("True") || kt.is("False")) {
                p++;
                key = node(Node.CONST, kt);
                key.v = kt.text.equals("None") ? Py.None : kt.text.equals("True") ? Py.True : Py.False;
            } else if (isName(kt)) {
                p++;
                Node e = tokenNode(Node.NAME, kt);
                e.setId(kt.text);
                if (!at(".")) {
                    throw syntax("invalid syntax", peek());
                }
                while (accept(".")) {
                    Node a = node(Node.ATTR, kt);
                    a.setValue(e);
                    a.setAttr(name());
                    e = fin(a);
                }
                key = e;
            } else {
                throw syntax("invalid syntax", kt);
            }
            expect(":");
            keys.add(key);
            vals.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        n.setKeys(keys.toArray(new Node[0]));
        n.setPatterns(vals.toArray(new Node[0]));
        return fin(n);
    }

    private Node classPattern(Token t, Node cls) {
        p++;
        Node n = node(Node.P_CLASS, t);
        n.setCls(cls);
        List<Node> pos = new ArrayList<>(), kw = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (!at(")")) {
            Token at = peek();
            if (isName(at) && peek(1).is("=")) {
                p += 2;
                Token vt = peek();
                Node v = pattern();
                if (names.contains(at.text)) {
                    throw syntax("attribute name repeated in class pattern: " + at.text, vt);
                }
                names.add(at.text);
                kw.add(v);
            } else {
                Node v = pattern();
                if (!kw.isEmpty()) {
                    throw syntax("positional patterns follow keyword patterns", at);
                }
                pos.add(v);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        n.setPatterns(pos.toArray(new Node[0]));
        n.setKwdPatterns(kw.toArray(new Node[0]));
        n.names = names.toArray(new String[0]);
        return fin(n);
    }

    // ---------------------------------------------------------------- expressions

    /**
     * CPython's "Perhaps you forgot a comma?" inside brackets: {@code a} (the last element) followed by an
     * expression {@code b} that parses, marked from a's start to b's end; else {@code otherwise}.
     */
    private PySyntaxError forgotComma(Node a, PySyntaxError otherwise) {
        if (a == null || a.kind == Node.LAMBDA || a.kind == Node.IFEXP || a.kind == Node.STARRED
                || a.kind == Node.NAME && ("print".equals(a.id()) || "exec".equals(a.id()))) {
            return otherwise;
        }
        int save = p;
        try {
            if (at(")") || at("]") || at("}") || at(",") || peek().kind != Token.OP && !isName(peek())
                    && peek().kind != Token.NUMBER && peek().kind != Token.STRING) {
                return otherwise;
            }
            Node b = test();
            return new PySyntaxError("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", file, a.line,
                    a.col + 1, b.endLine, b.endCol + 1);
        } catch (PySyntaxError x) {
            return otherwise;
        } finally {
            p = save;
        }
    }

    /** A statement's expression or an assigned value is no named expression: {@code x := 5} is invalid there. */
    private void unparenthesizedWalrus() {
        if (isName(peek()) && peek(1).is(":=")) {
            throw syntax("invalid syntax", peek(1));
        }
    }

    private Node starExprsOrYield() {
        if (at("yield")) {
            return yieldExpr();
        }
        return starExprs();
    }

    private Node yieldExpr() {
        Token t = next();
        if (accept("from")) {
            Node n = node(Node.YIELDFROM, t);
            n.setValue(test());
            return fin(n);
        }
        Node n = node(Node.YIELD, t);
        if (!endOfSimple() && !at(")") && !at("=") && !at("]") && !at("}")) {
            n.a = starExprs();
        }
        return fin(n);
    }

    /** Comma-separated expressions (possibly starred) forming a tuple when there is a comma. */
    Node starExprs() {
        Token t = peek();
        Node first = starOrNamed();
        if (!at(",")) {
            return fin(first);
        }
        List<Node> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (endOfExprList()) {
                break;
            }
            items.add(starOrNamed());
        }
        Node tup = node(Node.TUPLE, t);
        tup.setElts(items.toArray(new Node[0]));
        return fin(tup);
    }

    private boolean endOfExprList() {
        Token t = peek();
        return t.kind == Token.NEWLINE || t.kind == Token.EOF || t.is("=") || t.is(")") || t.is(";") || t.is(":")
                || t.is("]") || t.is("}") || t.is("in")
                || (t.kind == Token.OP && t.text.endsWith("=") && t.text.length() > 1 && !t.text.equals("==")
                && !t.text.equals("!=") && !t.text.equals("<=") && !t.text.equals(">="));
    }

    private Node starOrNamed() {
        if (at("*")) {
            Token t = next();
            Node n = node(Node.STARRED, t);
            n.setValue(orExpr());
            return fin(n);
        }
        return namedExpr();
    }

    private Node orExprStar() {
        if (at("*")) {
            Token t = next();
            Node n = node(Node.STARRED, t);
            n.setValue(orExpr());
            return fin(n);
        }
        return orExpr();
    }

    Node namedExpr() {
        if (isName(peek()) && peek(1).is(":=")) {
            Token t = next();
            p++;
            Node n = node(Node.NAMEDEXPR, t);
            Node target = tokenNode(Node.NAME, t);
            target.setId(t.text);
            n.setTarget(target);
            n.setValue(test());
            return fin(n);
        }
        Node e = test();
        if (at(":=")) {
            throw new PySyntaxError("SyntaxError", "cannot use assignment expressions with " + describe(e), file,
                    e.line, e.col + 1);
        }
        return fin(e);
    }

    Node test() {
        if (at("lambda")) {
            return lambda();
        }
        Token t = peek();
        Node e = orTest();
        if (at("if") ) {
            p++;
            Node n = node(Node.IFEXP, t);
            n.setWhenTrue(e);
            n.setTest(orTest());
            if (!at("else")) {
                Token end = prevEnd();
                throw new PySyntaxError("SyntaxError", "expected 'else' after 'if' expression", file, e.line, e.col + 1,
                        end.line, end.col + 1);
            }
            p++;
            enter(1);
            n.setWhenFalse(test());
            level--;
            return fin(n);
        }
        return fin(e);
    }

    private Node testNoCond() {
        if (at("lambda")) {
            return lambda();
        }
        return orTest();
    }

    private Node lambda() {
        Token t = next();
        Node n = node(Node.LAMBDA, t);
        enter(2);
        n.setArguments(argList(":", false));
        if (!accept(":")) {
            // lambdef's ':' is not a forced token in CPython's grammar: plain "invalid syntax" at what came instead
            throw syntax("invalid syntax", peek());
        }
        n.setLambdaBody(test());
        level -= 2;
        return fin(n);
    }

    private Node orTest() {
        Token t = peek();
        Node e = andTest();
        if (!at("or")) {
            return fin(e);
        }
        List<Node> items = new ArrayList<>();
        items.add(e);
        while (accept("or")) {
            items.add(andTest());
        }
        Node n = node(Node.BOOLOP, t);
        n.op = '|';
        n.setValues(items.toArray(new Node[0]));
        return fin(n);
    }

    private Node andTest() {
        Token t = peek();
        Node e = notTest();
        if (!at("and")) {
            return fin(e);
        }
        List<Node> items = new ArrayList<>();
        items.add(e);
        while (accept("and")) {
            items.add(notTest());
        }
        Node n = node(Node.BOOLOP, t);
        n.op = '&';
        n.setValues(items.toArray(new Node[0]));
        return fin(n);
    }

    private Node notTest() {
        if (at("not")) {
            Token t = next();
            Node n = node(Node.UNARY, t);
            n.op = 'n';
            enter(1);
            n.setOperand(notTest());
            level--;
            return fin(n);
        }
        return comparison();
    }

    static final int CMP_IS = 10, CMP_ISNOT = 11, CMP_IN = 12, CMP_NOTIN = 13;

    private int compOp() {
        Token t = peek();
        if (t.kind == Token.OP) {
            switch (t.text) {
                case "<": p++; return Ops.LT;
                case "<=": p++; return Ops.LE;
                case "==": p++; return Ops.EQ;
                case "!=": p++; return Ops.NE;
                case ">": p++; return Ops.GT;
                case ">=": p++; return Ops.GE;
                default: return -1;
            }
        }
        if (t.is("in")) {
            p++;
            return CMP_IN;
        }
        if (t.is("not") && peek(1).is("in")) {
            p += 2;
            return CMP_NOTIN;
        }
        if (t.is("is")) {
            p++;
            if (accept("not")) {
                return CMP_ISNOT;
            }
            return CMP_IS;
        }
        return -1;
    }

    private Node comparison() {
        Token t = peek();
        Node e = orExpr();
        int op = compOp();
        if (op < 0) {
            return fin(e);
        }
        List<Node> rest = new ArrayList<>();
        List<Integer> ops = new ArrayList<>();
        while (op >= 0) {
            ops.add(op);
            rest.add(orExpr());
            op = compOp();
        }
        Node n = node(Node.COMPARE, t);
        n.setLeft(e);
        n.setComparators(rest.toArray(new Node[0]));
        n.ops = ops.stream().mapToInt(Integer::intValue).toArray();
        return fin(n);
    }

    static int binopCode(String s) {
        switch (s) {
            case "+": return Ops.ADD;
            case "-": return Ops.SUB;
            case "*": return Ops.MUL;
            case "/": return Ops.TRUEDIV;
            case "//": return Ops.FLOORDIV;
            case "%": return Ops.MOD;
            case "**": return Ops.POW;
            case "<<": return Ops.LSHIFT;
            case ">>": return Ops.RSHIFT;
            case "&": return Ops.AND;
            case "|": return Ops.OR;
            case "^": return Ops.XOR;
            case "@": return Ops.MATMUL;
            default: return -1;
        }
    }

    private Node bin(Node l, Token opTok, Node r) {
        return bin(null, l, opTok, r);
    }

    /** A binary operation starting at {@code start} (the left operand's first token, its parenthesis included). */
    private Node bin(Token start, Node l, Token opTok, Node r) {
        Node n = start == null ? new Node(Node.BINOP, l.line, l.col) : node(Node.BINOP, start);
        n.op = binopCode(opTok.text);
        n.setLeft(l);
        n.setRight(r);
        return fin(n);
    }

    Node orExpr() {
        Token st = peek();
        Node e = xorExpr();
        while (at("|")) {
            e = bin(st, e, next(), xorExpr());
        }
        return fin(e);
    }

    private Node xorExpr() {
        Token st = peek();
        Node e = andExpr();
        while (at("^")) {
            e = bin(st, e, next(), andExpr());
        }
        return fin(e);
    }

    private Node andExpr() {
        Token st = peek();
        Node e = shiftExpr();
        while (at("&")) {
            e = bin(st, e, next(), shiftExpr());
        }
        return fin(e);
    }

    private Node shiftExpr() {
        Token st = peek();
        Node e = arith();
        while (at("<<") || at(">>")) {
            e = bin(st, e, next(), arith());
        }
        return fin(e);
    }

    private Node arith() {
        Token st = peek();
        Node e = term();
        while (at("+") || at("-")) {
            e = bin(st, e, next(), term());
        }
        return fin(e);
    }

    private Node term() {
        Token st = peek();
        Node e = factor();
        while (at("*") || at("/") || at("//") || at("%") || at("@")) {
            e = bin(st, e, next(), factor());
        }
        return fin(e);
    }

    private Node factor() {
        if (at("-") || at("+") || at("~")) {
            Token t = next();
            enter(1);
            Node operand = factor();
            level--;
            if (t.text.equals("-") && operand.kind == Node.CONST && (operand.v instanceof org.stmj.python.objects.PyInt
                    || operand.v instanceof org.stmj.python.objects.PyFloat)
                    && !(operand.v instanceof org.stmj.python.objects.PyBool)) {
                Node c = node(Node.CONST, t);
                c.v = Ops.neg(null, (org.stmj.python.objects.PyObject) operand.v);
                c.op = operand.op + 1; // the folded unary operators still count for the nesting limit
                Node u = node(Node.UNARY, t);
                u.op = '-';
                u.setOperand(operand);
                c.folded = fin(u);
                return fin(c);
            }
            Node n = node(Node.UNARY, t);
            n.op = t.text.charAt(0);
            n.setOperand(operand);
            return fin(n);
        }
        return power();
    }

    private Node power() {
        Token st = peek();
        Node e;
        if (at("await")) {
            Token t = next();
            e = node(Node.AWAIT, t);
            e.a = primary();
        } else {
            e = primary();
        }
        if (at("**")) {
            Token t = next();
            enter(2);
            Node r = factor();
            level -= 2;
            return bin(st, e, t, r);
        }
        return fin(e);
    }

    private Node primary() {
        Token st = peek();
        Node e = fin(atom());
        while (true) {
            Token t = peek();
            if (t.is("(")) {
                p++;
                Node c = node(Node.CALL, st);
                c.setFunc(e);
                callArgs(c);
                e = fin(c);
            } else if (t.is("[")) {
                p++;
                Node s = node(Node.SUBSCRIPT, st);
                s.setValue(e);
                s.setIndex(subscriptList());
                expect("]");
                e = fin(s);
            } else if (t.is(".")) {
                p++;
                Node a = node(Node.ATTR, st);
                a.setValue(e);
                a.setAttr(name());
                e = fin(a);
            } else {
                break;
            }
        }
        return fin(e);
    }

    private void callArgs(Node c) {
        Token open = toks.get(p - 1);
        Node soleGen = null;
        String afterKeyword = null;
        Node lastArg = null; // the last argument's expression (keyword's value), null after *a or **k
        List<Node> args = new ArrayList<>(), kws = new ArrayList<>();
        while (!at(")")) {
            Token t = peek();
            if (accept("*")) {
                if (kws.stream().anyMatch(k -> k.arg() == null)) {
                    throw new PySyntaxError("SyntaxError",
                            "iterable argument unpacking follows keyword argument unpacking", file, t.line, t.col + 1,
                            t.line, t.col + 2);
                }
                Node s = node(Node.STARRED, t);
                s.setValue(test());
                args.add(fin(s));
                if (atCompFor()) {
                    throw Scope.ranged("iterable unpacking cannot be used in comprehension", file, s);
                }
                lastArg = null;
            } else if (accept("**")) {
                Node k = node(Node.KEYWORD, t);
                k.setValue(test());
                kws.add(fin(k));
                lastArg = null;
            } else if (isName(t) && peek(1).is("=")) {
                p += 2;
                Node k = node(Node.KEYWORD, t);
                k.setArg(t.text);
                k.setValue(test());
                lastArg = k.value();
                fin(k);
                for (Node o : kws) {
                    if (t.text.equals(o.s)) {
                        // CPython's compiler (validate_keywords): the whole keyword marked, the text from the file
                        throw Scope.compileError("keyword argument repeated: " + t.text, file, k);
                    }
                }
                kws.add(k);
            } else {
                Node e = namedExpr();
                if (atCompFor()) {
                    Node g = new Node(Node.GENEXP, e.line, e.col);
                    g.setElt(e);
                    g.setGenerators(compFor());
                    fin(g);
                    soleGen = g;
                    if (!args.isEmpty() || !kws.isEmpty() || at(",")) {
                        // an unparenthesized generator expression must be the only argument
                        Token end = prevEnd();
                        throw new PySyntaxError("SyntaxError", "Generator expression must be parenthesized", file,
                                e.line, e.col + 1, end.line, end.col + 1);
                    }
                    e = g;
                } else if (at("=")) {
                    throw new PySyntaxError("SyntaxError",
                            "expression cannot contain assignment, perhaps you meant \"==\"?", file, e.line, e.col + 1);
                }
                if (!kws.isEmpty() && afterKeyword == null) {
                    // CPython's parser tells this once it has read the whole argument list: at the ')'
                    afterKeyword = kws.stream().anyMatch(k -> k.arg() == null)
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(e);
                lastArg = e;
            }
            if (!accept(",")) {
                break;
            }
        }
        if (!at(")") && lastArg != null) {
            PySyntaxError e = forgotComma(lastArg, null);
            if (e != null) {
                throw e;
            }
        }
        if (afterKeyword != null && at(")")) {
            Token close = peek();
            throw new PySyntaxError("SyntaxError", afterKeyword, file, close.line, close.col + 1, close.line,
                    close.col + 2);
        }
        expect(")");
        if (soleGen != null) {
            // CPython's generator expression that is a call's only argument spans the call's parentheses
            soleGen.line = open.line;
            soleGen.col = open.col;
            soleGen.endLine = toks.get(p - 1).endLine;
            soleGen.endCol = toks.get(p - 1).endCol;
        }
        c.list = args.toArray(new Node[0]);
        c.list2 = kws.toArray(new Node[0]);
    }

    private Node subscriptList() {
        Token t = peek();
        Node first = subscript();
        if (!at(",")) {
            if (first.kind == Node.STARRED) {
                // a[*b] is a[(*b,)] (PEP 646)
                Node tup = node(Node.TUPLE, t);
                tup.setElts(new Node[] {first});
                return fin(tup);
            }
            return fin(first);
        }
        List<Node> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            items.add(subscript());
        }
        Node tup = node(Node.TUPLE, t);
        tup.setElts(items.toArray(new Node[0]));
        return fin(tup);
    }

    private Node subscript() {
        Token t = peek();
        Node lo = null;
        if (!at(":")) {
            lo = starOrNamed();
            if (!at(":")) {
                return fin(lo);
            }
        }
        Node s = node(Node.SLICE, t);
        s.setLower(lo);
        expect(":");
        if (!at("]") && !at(",") && !at(":")) {
            s.b = test();
        }
        if (accept(":")) {
            if (!at("]") && !at(",")) {
                s.c = test();
            }
        }
        return fin(s);
    }

    private Node[] compFor() {
        List<Node> fors = new ArrayList<>();
        while (atCompFor()) {
            Token t = next();
            Node f = node(Node.COMPFOR, t);
            if (t.text.equals("async")) {
                next();
                f.op = 1;
            }
            f.setTarget(targetList());
            expect("in");
            f.setIter(orTest());
            List<Node> ifs = new ArrayList<>();
            while (at("if")) {
                p++;
                ifs.add(testNoCond());
            }
            f.setIfs(ifs.toArray(new Node[0]));
            fors.add(f);
        }
        return fors.toArray(new Node[0]);
    }

    private Node atom() {
        Token t = peek();
        switch (t.kind) {
            case Token.NUMBER: {
                p++;
                Node n = node(Node.CONST, t);
                n.v = t.value;
                return fin(n);
            }
            case Token.STRING: case Token.FSTRING: case Token.BYTES:
                return strings();
            case Token.NAME: {
                switch (t.text) {
                    case "None": p++; return cnst(t, Py.None);
                    case "True": p++; return cnst(t, Py.True);
                    case "False": p++; return cnst(t, Py.False);
                    case "yield": throw syntax("invalid syntax", t);
                    default:
                }
                if (!isName(t)) {
                    throw syntax("invalid syntax", t);
                }
                p++;
                Node n = node(Node.NAME, t);
                n.setId(t.text);
                return fin(n);
            }
            case Token.OP:
                break;
            case Token.INDENT:
                throw indentErr("unexpected indent", t);
            case Token.NEWLINE: case Token.EOF:
                throw syntax("invalid syntax", t);
            default:
                throw syntax("invalid syntax", t);
        }
        if (t.is("...")) {
            p++;
            return cnst(t, Py.Ellipsis);
        }
        if (t.is("(")) {
            p++;
            if (accept(")")) {
                Node n = node(Node.TUPLE, t);
                n.setElts(new Node[0]);
                return fin(n);
            }
            if (at("yield")) {
                Node y = yieldExpr();
                expect(")");
                return fin(y);
            }
            Node first = starOrNamed();
            if (atCompFor()) {
                starredTarget(first);
                Node g = node(Node.GENEXP, t);
                g.setElt(first);
                g.setGenerators(compFor());
                expect(")");
                return fin(g);
            }
            if (accept(")")) {
                if (first.kind == Node.STARRED) {
                    throw Scope.ranged("cannot use starred expression here", file, first);
                }
                return fin(first);
            }
            List<Node> items = new ArrayList<>();
            items.add(first);
            while (accept(",")) {
                if (at(")")) {
                    break;
                }
                items.add(starOrNamed());
            }
            if (!at(")")) {
                throw forgotComma(items.get(items.size() - 1),
                        syntax("invalid syntax. Perhaps you forgot a comma?", t));
            }
            expect(")");
            Node n = node(Node.TUPLE, t);
            n.setElts(items.toArray(new Node[0]));
            return fin(n);
        }
        if (t.is("[")) {
            p++;
            Node n = node(Node.LIST, t);
            if (accept("]")) {
                n.setElts(new Node[0]);
                return fin(n);
            }
            Node first = starOrNamed();
            if (atCompFor()) {
                starredTarget(first);
                Node g = node(Node.LISTCOMP, t);
                g.setElt(first);
                g.setGenerators(compFor());
                expect("]");
                return fin(g);
            }
            List<Node> items = new ArrayList<>();
            items.add(first);
            while (accept(",")) {
                if (at("]")) {
                    break;
                }
                items.add(starOrNamed());
            }
            unparenthesizedTarget(items);
            if (!at("]")) {
                throw forgotComma(items.get(items.size() - 1),
                        syntax("invalid syntax. Perhaps you forgot a comma?", t));
            }
            expect("]");
            n.setElts(items.toArray(new Node[0]));
            return fin(n);
        }
        if (t.is("{")) {
            p++;
            if (accept("}")) {
                Node n = node(Node.DICT, t);
                n.setKeys(new Node[0]);
                n.setValues(new Node[0]);
                return fin(n);
            }
            if (accept("**")) {
                List<Node> ks = new ArrayList<>(), vs = new ArrayList<>();
                ks.add(null);
                vs.add(orExpr());
                return dictRest(t, ks, vs);
            }
            Node first = starOrNamed();
            if (first.kind == Node.STARRED && at(":")) {
                throw syntax("invalid syntax", peek());
            }
            if (accept(":")) {
                Node v = test();
                if (atCompFor()) {
                    Node g = node(Node.DICTCOMP, t);
                    g.setKey(first);
                    g.setValue(v);
                    g.setGenerators(compFor());
                    expect("}");
                    return fin(g);
                }
                List<Node> ks = new ArrayList<>(), vs = new ArrayList<>();
                ks.add(first);
                vs.add(v);
                return dictRest(t, ks, vs);
            }
            if (atCompFor()) {
                starredTarget(first);
                Node g = node(Node.SETCOMP, t);
                g.setElt(first);
                g.setGenerators(compFor());
                expect("}");
                return fin(g);
            }
            List<Node> items = new ArrayList<>();
            items.add(first);
            while (accept(",")) {
                if (at("}")) {
                    break;
                }
                items.add(starOrNamed());
            }
            unparenthesizedTarget(items);
            expect("}");
            Node n = node(Node.SET, t);
            n.setElts(items.toArray(new Node[0]));
            return fin(n);
        }
        throw syntax("invalid syntax", t);
    }

    /** The first starred element of a deletion target, looking into tuples and lists; null when none. */
    private static Node starredIn(Node e) {
        if (e.kind == Node.STARRED) {
            return e;
        }
        if ((e.kind == Node.TUPLE || e.kind == Node.LIST) && e.elts() != null) {
            for (Node x : e.elts()) {
                Node s = starredIn(x);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** CPython's invalid_comprehension: a starred element before {@code for}. */
    private void starredTarget(Node first) {
        if (first.kind == Node.STARRED) {
            throw Scope.ranged("iterable unpacking cannot be used in comprehension", file, first);
        }
    }

    /** CPython's invalid_comprehension: {@code [a, b for ...]}, the elements marked. */
    private void unparenthesizedTarget(List<Node> items) {
        if (items.size() > 1 && atCompFor()) {
            Node a = items.get(0), b = items.get(items.size() - 1);
            throw new PySyntaxError("SyntaxError", "did you forget parentheses around the comprehension target?",
                    file, a.line, a.col + 1, b.endLine, b.endCol + 1);
        }
    }

    private Node dictRest(Token t, List<Node> ks, List<Node> vs) {
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            if (accept("**")) {
                ks.add(null);
                vs.add(orExpr());
            } else {
                Node k = test();
                ks.add(k);
                if (!at(":")) {
                    throw new PySyntaxError("SyntaxError", "':' expected after dictionary key", file, k.line, k.col
                            + 1);
                }
                p++;
                vs.add(test());
            }
        }
        expect("}");
        Node n = node(Node.DICT, t);
        n.setKeys(ks.toArray(new Node[0]));
        n.setValues(vs.toArray(new Node[0]));
        return fin(n);
    }

    private Node cnst(Token t, Object v) {
        Node n = node(Node.CONST, t);
        n.v = v;
        return fin(n);
    }

    /** Adjacent string literals, concatenated; f-strings split into parts. */
    private Node strings() {
        Token first = peek();
        List<Node> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        boolean anyF = false, bytes = first.kind == Token.BYTES;
        java.io.ByteArrayOutputStream bout = new java.io.ByteArrayOutputStream();
        // all the literals first, as CPython's STRING+ rule: an f-string's own errors are then reported at the
        // token after them (the parser's last token)
        List<Token> toks = new ArrayList<>();
        while (peek().kind == Token.STRING || peek().kind == Token.FSTRING || peek().kind == Token.BYTES) {
            toks.add(next());
        }
        for (Token t : toks) {
            if ((t.kind == Token.BYTES) != bytes) {
                throw syntax("cannot mix bytes and nonbytes literals", t);
            }
            if (t.kind == Token.BYTES) {
                byte[] b = (byte[]) t.value;
                bout.write(b, 0, b.length);
            } else if (t.kind == Token.STRING) {
                lit.append((String) t.value);
            } else {
                anyF = true;
                fstring(t, parts, lit, t, 0, 0);
            }
        }
        if (bytes) {
            return cnst(first, new PyBytes(bout.toByteArray(), false));
        }
        if (!anyF) {
            return cnst(first, Py.str(lit.toString()));
        }
        if (lit.length() > 0) {
            parts.add(cnst(first, Py.str(lit.toString())));
        }
        Node n = node(Node.FSTR, first);
        n.setParts(parts.toArray(new Node[0]));
        return fin(n);
    }

    /**
     * The source line and column of offset {@code off} of an f-string token's body, or null where the token is not
     * the source's (a format spec's synthetic token).
     */
    private int[] fieldStart(Token t, int off) {
        if (t.line < 1 || t.line > lines.length) {
            return null;
        }
        String l = lines[t.line - 1];
        int c = t.col;
        while (c < l.length() && Character.isLetter(l.charAt(c))) {
            c++;
        }
        if (c >= l.length()) {
            return null;
        }
        char q = l.charAt(c);
        c += l.startsWith("" + q + q + q, c) ? 3 : 1;
        int nl = t.text.indexOf('\n');
        if (!l.startsWith(nl < 0 ? t.text : t.text.substring(0, nl), c)) {
            return null;
        }
        int line = t.line, col = c;
        for (int k = 0; k < off && k < t.text.length(); k++) {
            if (t.text.charAt(k) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /**
     * Moves a tree parsed from an f-string field (as "(expr)", line 1) to its place in the source: lines down by
     * {@code dLine}, columns on the field's first line right by {@code dCol} less the added parenthesis.
     */
    private static void shift(Node n, int dLine, int dCol) {
        if (n == null) {
            return;
        }
        if (n.line == 1) {
            n.col += dCol - 1;
        }
        if (n.endLine == 1) {
            n.endCol += dCol - 1;
        }
        n.line += dLine;
        if (n.endLine > 0) {
            n.endLine += dLine;
        }
        shift(n.a, dLine, dCol);
        shift(n.b, dLine, dCol);
        shift(n.c, dLine, dCol);
        shift(n.args, dLine, dCol);
        shift(n.folded, dLine, dCol);
        shift(n.vararg, dLine, dCol);
        shift(n.kwargNode, dLine, dCol);
        for (Node[] l : new Node[][] {n.list, n.list2, n.list3, n.list4}) {
            if (l != null) {
                for (Node x : l) {
                    shift(x, dLine, dCol);
                }
            }
        }
    }

    /**
     * An error in a field's expression: CPython 3.11 compiles "(expr)" on its own, so the error's text is that
     * string and its columns are in it; its line is the field's line in the source.
     */
    private PySyntaxError fieldError(String exprText, Token real, int off, PySyntaxError stripped) {
        String src = "(" + exprText + ")";
        PySyntaxError e;
        try {
            parseExpression(src, file, 1);
            e = stripped;
        } catch (PySyntaxError e2) {
            e = e2;
        }
        int[] at = fieldStart(real, off);
        int line = (at == null ? real.line : at[0]) + e.line - 1;
        PySyntaxError r = new PySyntaxError("SyntaxError", "f-string: " + e.msg, file, line, e.col,
                e.endLine > 0 ? line + e.endLine - e.line : 0, e.endCol);
        int nl = src.indexOf('\n', 0);
        r.text = (e.line == 1 && nl < 0 ? src : src.split("\n", -1)[Math.max(0, e.line - 1)]) + "\n";
        return r;
    }

    /**
     * An error of an f-string's own syntax (not of a field's expression): CPython's string parser reports it at
     * the parser's last token, the one after the string literals.
     */
    /** Parsing eval input: CPython's tokenizer adds no newline at its end (the last token is ENDMARKER). */
    private boolean evalInput;

    private PySyntaxError fstringError(String msg) {
        Token nt = peek();
        if (evalInput && nt.kind == Token.NEWLINE && nt.text.isEmpty()) {
            // ENDMARKER has no column: CPython takes the tokenizer's, the length of the line, and no end
            return new PySyntaxError("SyntaxError", msg, file, nt.line, nt.col).tokenizerEnd(-1);
        }
        // CPython's NEWLINE token is zero-width (its '\n' is left out)
        return new PySyntaxError("SyntaxError", msg, file, nt.line, nt.col + 1, nt.endLine,
                (nt.kind == Token.NEWLINE ? nt.col : nt.endCol) + 1);
    }

    /**
     * Splits an f-string's body into literal and field parts; {@code real} is the source token the body comes
     * from and {@code base} the body's offset in it (a format spec is a slice of its string's body); {@code level}
     * is the nesting of format specs (CPython's recurse_lvl: fields nest two deep).
     */
    private void fstring(Token t, List<Node> parts, StringBuilder lit, Token real, int base, int level) {
        String s = t.text;
        Lexer unesc = new Lexer("", file);
        int i = 0, n = s.length();
        StringBuilder raw = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    raw.append('{');
                    i += 2;
                    continue;
                }
                lit.append(t.raw ? raw : unesc.unescape(raw.toString(), false, t.line, t.col));
                raw.setLength(0);
                if (level >= 2) {
                    throw fstringError("f-string: expressions nested too deeply");
                }
                // CPython's fstring_find_expr: the expression ends at a top-level ! : } = (not != == <= >=)
                int depth = 0, j = i + 1;
                char quote = 0;
                boolean triple = false;
                char[] parens = new char[200];
                for (; j < n; j++) {
                    char d = s.charAt(j);
                    if (d == '\\') {
                        throw fstringError("f-string expression part cannot include a backslash");
                    }
                    if (quote != 0) {
                        if (d == quote) {
                            if (!triple) {
                                quote = 0;
                            } else if (j + 2 < n && s.charAt(j + 1) == d && s.charAt(j + 2) == d) {
                                j += 2;
                                quote = 0;
                            }
                        }
                        continue;
                    }
                    if (d == '\'' || d == '"') {
                        triple = j + 2 < n && s.charAt(j + 1) == d && s.charAt(j + 2) == d;
                        if (triple) {
                            j += 2;
                        }
                        quote = d;
                    } else if (d == '(' || d == '[' || d == '{') {
                        if (depth >= parens.length) {
                            throw fstringError("f-string: too many nested parenthesis");
                        }
                        parens[depth++] = d;
                    } else if (d == '#') {
                        throw fstringError("f-string expression part cannot include '#'");
                    } else if (depth == 0 && (d == '!' || d == ':' || d == '}' || d == '=' || d == '>' || d == '<')) {
                        if (j + 1 < n && s.charAt(j + 1) == '=' && d != ':' && d != '}') {
                            j++;
                            continue;
                        }
                        if (d == '>' || d == '<') {
                            continue;
                        }
                        break;
                    } else if (d == ')' || d == ']' || d == '}') {
                        if (depth == 0) {
                            throw fstringError("f-string: unmatched '" + d + "'");
                        }
                        char open = parens[--depth];
                        if (open != (d == ')' ? '(' : d == ']' ? '[' : '{')) {
                            throw fstringError("f-string: closing parenthesis '" + d
                                    + "' does not match opening parenthesis '" + open + "'");
                        }
                    }
                }
                if (quote != 0) {
                    throw fstringError("f-string: unterminated string");
                }
                if (depth > 0) {
                    throw fstringError("f-string: unmatched '" + parens[depth - 1] + "'");
                }
                if (j >= n) {
                    throw fstringError("f-string: expecting '}'");
                }
                String exprText = s.substring(i + 1, j);
                if (exprText.isBlank()) {
                    char e = s.charAt(j);
                    throw fstringError(e == '!' || e == ':' || e == '=' ? "f-string: expression required before '"
                            + e + "'" : "f-string: empty expression not allowed");
                }
                Node fv = node(Node.FVAL, t);
                try {
                    fv.setValue(parseExpression("(" + exprText.strip() + ")", file, t.line));
                    int lead = exprText.length() - exprText.stripLeading().length();
                    int[] at = fieldStart(real, base + i + 1 + lead);
                    shift(fv.value(), at == null ? t.line - 1 : at[0] - 1, at == null ? t.col + 1 : at[1]);
                } catch (PySyntaxError e) {
                    throw fieldError(exprText, real, base + i + 1, e);
                }
                boolean selfDoc = false;
                if (s.charAt(j) == '=') {
                    // "{x = }": the text up to the '=' and the blanks after it is printed before the value
                    for (j++; j < n && Character.isWhitespace(s.charAt(j)); j++) {
                        // skip
                    }
                    if (j >= n) {
                        throw fstringError("f-string: expecting '}'");
                    }
                    selfDoc = true;
                    lit.append(s, i + 1, j);
                }
                if (s.charAt(j) == '!') {
                    if (++j >= n) {
                        throw fstringError("f-string: expecting '}'");
                    }
                    char conv = s.charAt(j++);
                    if (conv != 'r' && conv != 's' && conv != 'a') {
                        throw fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                    }
                    fv.op = conv;
                }
                int specAt = -1;
                if (j < n && s.charAt(j) == ':') {
                    if (++j >= n) {
                        throw fstringError("f-string: expecting '}'");
                    }
                    specAt = j;
                    for (int d2 = 0; j < n; j++) {
                        char e = s.charAt(j);
                        if (e == '{') {
                            d2++;
                        } else if (e == '}') {
                            if (d2 == 0) {
                                break;
                            }
                            d2--;
                        }
                    }
                }
                if (j >= n || s.charAt(j) != '}') {
                    throw fstringError("f-string: expecting '}'");
                }
                if (selfDoc && specAt < 0 && fv.op == 0) {
                    fv.op = 'r';
                }
                if (specAt >= 0) {
                    List<Node> specParts = new ArrayList<>();
                    StringBuilder specLit = new StringBuilder();
                    Token st = new Token(Token.FSTRING, s.substring(specAt, j), null, t.line, t.col, t.endCol, true);
                    fstring(st, specParts, specLit, real, base + specAt, level + 1);
                    if (specLit.length() > 0) {
                        specParts.add(cnst(t, Py.str(specLit.toString())));
                    }
                    Node spec = tokenNode(Node.FSTR, t);
                    spec.setParts(specParts.toArray(new Node[0]));
                    fv.setFormatSpec(spec);
                }
                if (lit.length() > 0) {
                    parts.add(cnst(t, Py.str(lit.toString())));
                    lit.setLength(0);
                }
                parts.add(fv);
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    raw.append('}');
                    i += 2;
                    continue;
                }
                throw fstringError("f-string: single '}' is not allowed");
            } else {
                if (c == '\\' && i + 1 < n && !t.raw) {
                    int close = s.indexOf('}', i);
                    if (s.charAt(i + 1) == 'N' && i + 2 < n && s.charAt(i + 2) == '{' && close > 0) {
                        // a \N{NAME} escape: its braces are not a field
                        raw.append(s, i, close + 1);
                        i = close + 1;
                        continue;
                    }
                    raw.append(c).append(s.charAt(i + 1));
                    i += 2;
                    continue;
                }
                raw.append(c);
                i++;
            }
        }
        lit.append(t.raw ? raw : unesc.unescape(raw.toString(), false, t.line, t.col));
    }
}
