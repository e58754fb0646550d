package org.stmj.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;

/** Compiles an AST into code objects. */
public final class Compiler {
    private final String file;
    private final Map<Node, Scope> scopes;
    private Unit u;
    private final boolean interactive;

    /** Compilation state of one code object. */
    private static final class Unit {
        final Scope scope;
        final Unit parent;
        final String qualname;
        int[] code = new int[64];
        int[] lines = new int[64];
        /** Per instruction: end line, start column, end column (-1 unknown) of its source position. */
        int[] endLines = new int[64], cols = new int[64], endCols = new int[64];
        int n;
        final List<PyObject> consts = new ArrayList<>();
        final Map<Object, Integer> constIndex = new HashMap<>();
        final List<String> names = new ArrayList<>();
        final List<String> varnames = new ArrayList<>();
        final List<String> cellAndFree = new ArrayList<>();
        int ncells;
        int line;
        /** The position the next instructions get, valid while {@code line == posLine}. */
        int posLine, endLine, col = -1, endCol = -1;
        /** The value-stack depth at the instruction being emitted, by the table's effects. */
        int depth;
        final List<int[]> fblocks = new ArrayList<>();
        final List<Node[]> fblockBodies = new ArrayList<>();

        Unit(Scope scope, Unit parent, String qualname) {
            this.scope = scope;
            this.parent = parent;
            this.qualname = qualname;
        }
    }

    // fblocks: {kind, continue target}; the array is also the key of its break jumps in breakJumps
    private static final int FB_LOOP = 1, FB_FOR = 2, FB_FINALLY = 3, FB_HANDLER = 4, FB_WITH = 5, FB_FINALLY_END = 6,
            FB_TRY = 7,
            FB_ASYNC_WITH = 8, FB_EXCEPT_REGION = 9, FB_STAR_HANDLER = 10, FB_POP_VALUE = 11,
            /** A {@code for} loop over a call's result: left early by {@code POP_ITER}, which may close it. */
            FB_FOR_CALL = 12;

    /** Compile-time SyntaxWarnings found: {message, line, column}; null when the caller does not collect them. */
    private List<Object[]> warnings;

    private Compiler(String file, Map<Node, Scope> scopes, boolean interactive) {
        this.file = file;
        this.scopes = scopes;
        this.interactive = interactive;
    }

    /**
     * The process's optimisation level ({@code -O}, {@code PYTHONOPTIMIZE}): at 1 asserts are dropped and
     * {@code __debug__} is False in every module compiled from source, at 2 docstrings too. Set once at start-up,
     * before any code is compiled; compiled code cached across interpreters is only valid for one level.
     */
    private static volatile int optimizeLevel;

    /** Sets the process's optimisation level (the command line, before the first compile). */
    public static void setOptimizeLevel(int level) {
        optimizeLevel = Math.min(Math.max(level, 0), 2);
    }

    /** The process's optimisation level (sys.flags.optimize; compile()'s optimize=-1). */
    public static int optimizeLevel() {
        return optimizeLevel;
    }

    /** Compiles a module; interactive mode prints the value of expression statements (REPL). */
    public static Code compile(String src, String file, boolean interactive) {
        return compile(src, file, interactive, null);
    }

    /**
     * Compiles a module, adding to {@code warnings} (when not null) the SyntaxWarnings CPython's compiler emits:
     * {message, line, column} for "is" with a literal, an always-true assert on a tuple, and a call or subscript
     * of a literal that looks like a missed comma. The caller issues them through the warnings module.
     */
    public static Code compile(String src, String file, boolean interactive, List<Object[]> warnings) {
        List<Object[]> outer = Lexer.WARNINGS.get();
        Lexer.WARNINGS.set(warnings);
        try {
            Node m = Parser.parseModule(src, file);
            AstOptimize.apply(m, optimizeLevel);
            Code c = compileModule(m, file, interactive, warnings, false);
            return CodeFormat.roundTripAll ? CodeFormat.roundTrip(c) : c;
        } catch (PySyntaxError e) {
            throw e.withSource(src);
        } catch (StackOverflowError e) {
            // the limits above keep the recursion far from the Java stack's end; this is the last guard
            throw compileRecursion();
        } finally {
            Lexer.WARNINGS.set(outer);
        }
    }

    /** Compiles a parsed module (a tree from the parser, or from the ast module through AstFromPython). */
    static Code compileModule(Node m, String file, boolean interactive, List<Object[]> warnings,
            boolean futureAnnotations) {
        try {
            checkDepth(m, 0, depthLimit());
            Mangler.mangle(m);
            Scope.Builder b = new Scope.Builder(file);
            b.build(m);
            Compiler c = new Compiler(file, b.scopes, interactive);
            c.warnings = warnings;
            c.futureAnnotations = futureAnnotations;
            Code code = c.module(m);
            if (Disassembler.ON_COMPILE) {
                System.err.print(Disassembler.dis(code));
            }
            return code;
        } catch (StackOverflowError e) {
            throw compileRecursion();
        }
    }

    /**
     * Makes {@code sink} the list the tokenizer's SyntaxWarnings go to on this thread (null: none collected) and
     * returns the previous one, for callers that parse without compiling ({@code ast.parse}).
     */
    public static List<Object[]> warningsSink(List<Object[]> sink) {
        List<Object[]> outer = Lexer.WARNINGS.get();
        Lexer.WARNINGS.set(sink);
        return outer;
    }

    private static org.stmj.python.objects.PyException compileRecursion() {
        return org.stmj.python.objects.Py.raise(org.stmj.python.objects.Exc.RecursionError,
                "maximum recursion depth exceeded during compilation");
    }

    /** Compiles an expression (eval). */
    public static Code compileEval(String src, String file) {
        return compileEval(src, file, null);
    }

    /** Compiles an expression, collecting the tokenizer's SyntaxWarnings into {@code warnings} (when not null). */
    public static Code compileEval(String src, String file, List<Object[]> warnings) {
        List<Object[]> outer = Lexer.WARNINGS.get();
        Lexer.WARNINGS.set(warnings);
        try {
            return compileExpression(Parser.parseExpression(src.strip(), file, 1), file, warnings);
        } catch (PySyntaxError e) {
            throw e.withSource(src.strip());
        } catch (StackOverflowError e) {
            throw compileRecursion();
        } finally {
            Lexer.WARNINGS.set(outer);
        }
    }

    /** Compiles a parsed expression as eval() code. */
    static Code compileExpression(Node e, String file) {
        return compileExpression(e, file, null);
    }

    /**
     * Compiles a parsed expression as eval() code, adding the compiler's SyntaxWarnings (a literal called or
     * subscripted, "is" with a literal) to {@code warnings} when not null, as {@link #compile} does for a module.
     */
    static Code compileExpression(Node e, String file, List<Object[]> warnings) {
        checkDepth(e, 1, depthLimit());
        Node m = new Node(Node.MODULE, 1, 0);
        Node ret = new Node(Node.RETURN, 1, 0);
        ret.setValue(e);
        m.setBody(new Node[] {ret});
        Scope.Builder b = new Scope.Builder(file);
        Scope s = new Scope(Scope.MODULE, false, null, "<module>", m);
        b.scopes.put(m, s);
        b.visit(e, s);
        b.analyze(s);
        Compiler c = new Compiler(file, b.scopes, false);
        c.warnings = warnings;
        c.evalNames = true;
        c.u = new Unit(s, null, "<module>");
        c.expr(e);
        c.emit(Op.RETURN_VALUE, 0);
        return c.finish("<module>", 0, 0, 0, 0, 1);
    }

    private boolean futureAnnotations;

    /**
     * eval(): the expression's own names are looked up as LOAD_NAME does (the locals mapping first, then globals,
     * then builtins), so that eval() without arguments sees the calling function's locals.
     */
    private boolean evalNames;

    /**
     * CPython refuses a syntax tree nested deeper than three times the recursion limit (less three per active
     * Python frame) with "RecursionError: maximum recursion depth exceeded during compilation"; the same limit
     * here also bounds the Java recursion of scope analysis and code generation.
     */
    private static int depthLimit() {
        org.stmj.python.vm.ThreadState ts = org.stmj.python.vm.ThreadState.current();
        int rl = ts == null ? 1000 : ts.interp.recursionLimit;
        int used = ts == null ? 0 : ts.depth;
        return Math.max(1, 3 * (rl - used));
    }

    private static void checkDepth(Node n, int d, int limit) {
        if (n == null) {
            return;
        }
        if (d + (n.kind == Node.CONST ? n.op : 0) > limit) {
            throw org.stmj.python.objects.Py.raise(org.stmj.python.objects.Exc.RecursionError,
                    "maximum recursion depth exceeded during compilation");
        }
        checkDepth(n.a, d + 1, limit);
        checkDepth(n.b, d + 1, limit);
        checkDepth(n.c, d + 1, limit);
        checkDepth(n.args, d + 1, limit);
        for (Node[] l : new Node[][] {n.list, n.list2, n.list3, n.list4}) {
            if (l != null) {
                for (Node x : l) {
                    checkDepth(x, d + 1, limit);
                }
            }
        }
    }

    /** Whether a statement list has an annotated assignment, also inside compound statements (CPython's find_ann). */
    private static boolean hasAnnAssign(Node[] body) {
        if (body == null) {
            return false;
        }
        for (Node s : body) {
            if (s == null) {
                continue;
            }
            switch (s.kind) {
                case Node.ANNASSIGN:
                    return true;
                case Node.FUNCDEF: case Node.CLASSDEF:
                    continue;
                case Node.IF: case Node.WHILE: case Node.FOR: case Node.WITH:
                    if (hasAnnAssign(s.list) || hasAnnAssign(s.list2)) {
                        return true;
                    }
                    continue;
                case Node.TRY:
                    if (hasAnnAssign(s.list) || hasAnnAssign(s.list2) || hasAnnAssign(s.list4)) {
                        return true;
                    }
                    if (s.list3 != null) {
                        for (Node h : s.list3) {
                            if (hasAnnAssign(h.list)) {
                                return true;
                            }
                        }
                    }
                    continue;
                case Node.MATCH:
                    if (s.list != null) {
                        for (Node c : s.list) {
                            if (hasAnnAssign(c.list)) {
                                return true;
                            }
                        }
                    }
                    continue;
                default:
            }
        }
        return false;
    }

    private void setupAnnotations(Node[] body) {
        if (!hasAnnAssign(body)) {
            return;
        }
        emit(Op.SETUP_ANNOTATIONS, 0);
    }

    private void annotationValue(Node ann) {
        if (futureAnnotations) {
            loadConst(Py.str(ann.s2 != null ? ann.s2 : ann.kind == Node.STARRED && ann.a.s2 != null ? "*" + ann.a.s2
                    : "?"));
        } else if (ann.kind == Node.STARRED) {
            // PEP 646's *args: *Ts is the one item the starred value unpacks to, as CPython's
            expr(ann.a);
            emit(Op.UNPACK_SEQUENCE, 1);
        } else {
            expr(ann);
        }
    }

    private Code module(Node m) {
        for (Node s : m.list) {
            if (s.kind == Node.IMPORTFROM && "__future__".equals(s.s)) {
                for (Node a : s.list) {
                    if (a.s.equals("annotations")) {
                        futureAnnotations = true;
                    }
                }
            }
        }
        u = new Unit(scopes.get(m), null, "<module>");
        setupAnnotations(m.list);
        int first = 0;
        Node[] b = m.list;
        if (!interactive && b.length > 0 && b[0].kind == Node.EXPR && b[0].a.kind == Node.CONST
                && b[0].a.v instanceof PyStr) {
            // the module's docstring is its __doc__, as CPython's compiler_body stores it
            u.line = b[0].line;
            expr(b[0].a);
            nameOp("__doc__", 1);
            first = 1;
        }
        for (int i = first; i < b.length; i++) {
            stmt(b[i]);
        }
        loadConst(Py.None);
        emit(Op.RETURN_VALUE, 0);
        return finish("<module>", 0, 0, 0, 0, 1);
    }

    private PySyntaxError err(String msg, Node n) {
        return Scope.compileError(msg, file, n);
    }

    // ---------------------------------------------------------------- emission

    private int emit(int op, int arg) {
        if (u.n == u.code.length) {
            u.code = java.util.Arrays.copyOf(u.code, u.n * 2);
            u.lines = java.util.Arrays.copyOf(u.lines, u.n * 2);
            u.endLines = java.util.Arrays.copyOf(u.endLines, u.n * 2);
            u.cols = java.util.Arrays.copyOf(u.cols, u.n * 2);
            u.endCols = java.util.Arrays.copyOf(u.endCols, u.n * 2);
        }
        u.code[u.n] = op | (arg << 8);
        u.lines[u.n] = u.line;
        if (u.line == u.posLine && u.endLine >= u.line) {
            u.endLines[u.n] = u.endLine;
            u.cols[u.n] = u.col;
            u.endCols[u.n] = u.endCol;
        } else {
            u.endLines[u.n] = u.line;
            u.cols[u.n] = -1;
            u.endCols[u.n] = -1;
        }
        u.depth += Op.stackEffect(op, arg);
        return u.n++;
    }

    private int label() {
        return u.n;
    }

    private void patch(int at, int target) {
        u.code[at] = (u.code[at] & 0xff) | (target << 8);
    }

    private void patchHere(int at) {
        patch(at, u.n);
    }

    private int constIndex(PyObject v) {
        if (v.getClass() == org.stmj.python.objects.PyInt.class && ((org.stmj.python.objects.PyInt) v).big != null) {
            // keyed without a decimal conversion, which the int/str digit limit may refuse
            Object key = "bigint:" + ((org.stmj.python.objects.PyInt) v).big.toString(16);
            Integer i = u.constIndex.get(key);
            if (i != null) {
                return i;
            }
            u.consts.add(v);
            u.constIndex.put(key, u.consts.size() - 1);
            return u.consts.size() - 1;
        }
        if (v.getClass() == PyStr.class && ((PyStr) v).value().length() <= 40 && isIdentifier(((PyStr) v).value())) {
            // an identifier-like string constant (getattr(o, "x"), a dict key) shares its String with the names
            String s = ((PyStr) v).value();
            String in = s.intern();
            if (in != s) {
                v = Py.str(in);
            }
        }
        Object key = v instanceof PyStr ? "s:" + ((PyStr) v).value()
                : v.getClass().getName().equals("org.stmj.python.objects.PyInt")
                || v instanceof org.stmj.python.objects.PyBool ? v.getClass().getSimpleName() + ":" + v.repr(null)
                : v instanceof org.stmj.python.objects.PyFloat ? "f:"
                + Double.doubleToRawLongBits(((org.stmj.python.objects.PyFloat) v).v)
                : v;
        Integer i = u.constIndex.get(key);
        if (i != null) {
            return i;
        }
        u.consts.add(v);
        u.constIndex.put(key, u.consts.size() - 1);
        return u.consts.size() - 1;
    }

    /** Whether a string constant looks like a name (such constants are interned, as CPython does). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void loadConst(PyObject v) {
        emit(Op.LOAD_CONST, constIndex(v));
    }

    private int nameIndex(String n) {
        int i = u.names.indexOf(n);
        if (i >= 0) {
            return i;
        }
        // interned: every code object then names an identifier by the same String, so the dicts' key
        // comparisons (String.equals) end at the identity test
        u.names.add(n.intern());
        return u.names.size() - 1;
    }

    private int varIndex(String n) {
        int i = u.varnames.indexOf(n);
        if (i >= 0) {
            return i;
        }
        u.varnames.add(n.intern());
        return u.varnames.size() - 1;
    }

    private int cellIndex(String n) {
        int i = u.cellAndFree.indexOf(n);
        if (i < 0) {
            throw new IllegalStateException("no cell " + n + " in " + u.qualname);
        }
        return i;
    }

    private void setLine(Node n) {
        if (n.line > 0) {
            u.line = n.line;
            setPosition(n);
        }
    }

    /** The source position of the instructions emitted next: n's (its line must be the current line). */
    private void setPosition(Node n) {
        u.posLine = n.line;
        if (n.endLine >= n.line && n.endLine > 0) {
            u.endLine = n.endLine;
            u.col = n.col;
            u.endCol = n.endCol;
        } else {
            u.endLine = n.line;
            u.col = -1;
            u.endCol = -1;
        }
    }

    /**
     * CPython's {@code update_start_location_to_match_attr}: when the attribute name of {@code a} (an ATTR node)
     * ends on another line than the current one, the instructions emitted next start at the name, so a tracer
     * sees that line and a traceback points at the name.
     */
    private void matchAttrLine(Node a) {
        if (a.endLine <= 0 || u.line == a.endLine) {
            return;
        }
        u.line = a.endLine;
        u.posLine = a.endLine;
        int len = a.s.length();
        if (len <= a.endCol) {
            u.col = a.endCol - len;
        } else {
            u.col = -1;
            u.endCol = -1;
        }
        u.endLine = Math.max(u.line, u.endLine);
        if (u.line == u.endLine) {
            u.endCol = Math.max(u.col, u.endCol);
        }
    }

    /** The current position, to restore after a sub-node: {posLine, endLine, col, endCol}. */
    private long[] savePosition() {
        return new long[] {u.posLine, u.endLine, u.col, u.endCol};
    }

    private void restorePosition(long[] p) {
        u.posLine = (int) p[0];
        u.endLine = (int) p[1];
        u.col = (int) p[2];
        u.endCol = (int) p[3];
    }

    // annotations of lambdas never exist; ARGS.b/c hold *args/**kwargs annotations
    private Code finish(String name, int argc, int posonly, int kwonly, int flags, int firstLine) {
        String[] cells = u.cellAndFree.subList(0, u.ncells).toArray(new String[0]);
        String[] frees = u.cellAndFree.subList(u.ncells, u.cellAndFree.size()).toArray(new String[0]);
        int[] cell2arg = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            int ai = u.varnames.indexOf(cells[i]);
            int nargs = argc + kwonly + ((flags & Code.VARARGS) != 0 ? 1 : 0) + ((flags & Code.VARKW) != 0 ? 1 : 0);
            cell2arg[i] = ai >= 0 && ai < nargs ? ai : -1;
        }
        if (u.scope.generator) {
            flags |= Code.GENERATOR;
        }
        if (u.scope.coroutine) {
            flags |= Code.GENERATOR | (u.scope.generator ? Code.ASYNC_GENERATOR : Code.COROUTINE);
        }
        int stack = maxStack(java.util.Arrays.copyOf(u.code, u.n));
        return new Code(name, u.qualname, file, java.util.Arrays.copyOf(u.code, u.n),
                java.util.Arrays.copyOf(u.lines, u.n),
                PositionTable.encode(u.lines, u.endLines, u.cols, u.endCols, u.n),
                u.consts.toArray(new PyObject[0]), u.names.toArray(new String[0]), u.varnames.toArray(new String[0]),
                cells, frees, cell2arg, argc, posonly, kwonly, flags, stack + 2, firstLine);
    }

    /**
     * The maximum value-stack depth, by a flow analysis over the instructions with the effects of {@link Op}'s table:
     * each instruction passes its depth plus its effect to the next one unless it is a GOTO or an EXIT, and a BRANCH
     * or GOTO passes its depth plus its jump effect to its target.
     */
    static int maxStack(int[] code) {
        int n = code.length;
        int[] depthAt = new int[n + 1];
        java.util.Arrays.fill(depthAt, -1);
        int[] work = new int[n + 1];
        int wn = 0, max = 0;
        depthAt[0] = 0;
        work[wn++] = 0;
        while (wn > 0) {
            int pc = work[--wn];
            int d = depthAt[pc];
            while (pc < n) {
                int ins = code[pc];
                int op = Op.op(ins), arg = Op.arg(ins);
                Op.Flow flow = Op.flow(op);
                int fall = flow == Op.Flow.EXIT || flow == Op.Flow.GOTO ? d : d + Op.stackEffect(op, arg);
                int jump = flow == Op.Flow.BRANCH || flow == Op.Flow.GOTO ? d + Op.jumpEffect(op) : Integer.MIN_VALUE;
                max = Math.max(max, Math.max(fall, jump));
                if (jump != Integer.MIN_VALUE && arg <= n && depthAt[arg] < jump) {
                    depthAt[arg] = jump;
                    work[wn++] = arg;
                    if (wn == work.length) {
                        work = java.util.Arrays.copyOf(work, wn * 2);
                    }
                }
                if (flow == Op.Flow.EXIT || flow == Op.Flow.GOTO) {
                    break;
                }
                pc++;
                if (depthAt[pc] >= fall) {
                    break;
                }
                depthAt[pc] = fall;
                d = fall;
            }
        }
        return max;
    }

    // ---------------------------------------------------------------- names

    private void nameOp(String n, int ctx) {
        Scope s = u.scope;
        int r = s.lookup(n);
        if (n.equals("__class__") && s.kind == Scope.CLASS) {
            r = Scope.GLOBAL_IMPLICIT;
        }
        int[] fast = {Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST};
        int[] deref = {Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF};
        int[] glob = {Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL};
        int[] name = {Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME};
        switch (r) {
            case Scope.LOCAL:
                if (s.kind == Scope.FUNCTION) {
                    emit(fast[ctx], varIndex(n));
                } else if (s.kind == Scope.MODULE && !evalNames) {
                    emit(glob[ctx], nameIndex(n));
                } else {
                    emit(name[ctx], nameIndex(n));
                }
                return;
            case Scope.CELL:
            case Scope.FREE:
                if (s.kind == Scope.CLASS && ctx == 0) {
                    emit(Op.LOAD_CLASSDEREF, cellIndex(n));
                } else {
                    emit(deref[ctx], cellIndex(n));
                }
                return;
            case Scope.GLOBAL_EXPLICIT:
                emit(glob[ctx], nameIndex(n));
                return;
            default:
                if (s.kind == Scope.FUNCTION) {
                    emit(glob[ctx], nameIndex(n));
                } else if (s.kind == Scope.MODULE && !evalNames) {
                    emit(glob[ctx], nameIndex(n));
                } else {
                    emit(name[ctx], nameIndex(n));
                }
        }
    }

    // ---------------------------------------------------------------- statements

    private void body(Node[] stmts) {
        for (Node s : stmts) {
            stmt(s);
        }
    }

    private void stmt(Node s) {
        setLine(s);
        switch (s.kind) {
            case Node.EXPR:
                if (s.value().kind == Node.CONST && !interactive) {
                    return;
                }
                expr(s.value());
                if (!interactive && u.n > 0 && u.lines[u.n - 1] != u.line) {
                    // CPython's POP_TOP here has no line of its own: it takes the last instruction's
                    int saveLine = u.line;
                    long[] saved = savePosition();
                    u.line = u.lines[u.n - 1];
                    emit(Op.POP_TOP, discardFlag(s.value()));
                    u.line = saveLine;
                    restorePosition(saved);
                    return;
                }
                if (interactive && u.parent == null) {
                    emit(Op.PRINT_EXPR, 0);
                } else {
                    emit(Op.POP_TOP, discardFlag(s.value()));
                }
                return;
            case Node.ASSIGN: {
                expr(s.value());
                for (int i = 0; i < s.targets().length; i++) {
                    if (i < s.targets().length - 1) {
                        emit(Op.DUP_TOP, 0);
                    }
                    store(s.targets()[i]);
                }
                return;
            }
            case Node.AUGASSIGN: augAssign(s); return;
            case Node.ANNASSIGN:
                if (s.value() != null) {
                    expr(s.value());
                    store(s.target());
                }
                if (s.target().kind == Node.NAME && s.op == 1 && u.scope.kind != Scope.FUNCTION) {
                    annotationValue(s.annotation());
                    nameOp("__annotations__", 0);
                    loadConst(Py.str(s.target().s));
                    emit(Op.STORE_SUBSCR, 0);
                }
                return;
            case Node.DEL:
                for (Node t : s.targets()) {
                    del(t);
                }
                return;
            case Node.PASS: return;
            case Node.BREAK: breakContinue(s, true); return;
            case Node.CONTINUE: breakContinue(s, false); return;
            case Node.RETURN: returnStmt(s); return;
            case Node.RAISE:
                if (s.exc() == null) {
                    emit(Op.RAISE_VARARGS, 0);
                } else {
                    expr(s.exc());
                    if (s.cause() != null) {
                        expr(s.cause());
                        emit(Op.RAISE_VARARGS, 2);
                    } else {
                        emit(Op.RAISE_VARARGS, 1);
                    }
                }
                return;
            case Node.GLOBAL: case Node.NONLOCAL: return;
            case Node.IF: {
                int jf = jumpIfNot(s.test());
                body(s.body());
                if (s.orelse().length > 0) {
                    int j = emit(Op.JUMP, 0);
                    patchHere(jf);
                    body(s.orelse());
                    patchHere(j);
                } else {
                    patchHere(jf);
                }
                return;
            }
            case Node.WHILE: whileStmt(s); return;
            case Node.FOR: forStmt(s); return;
            case Node.TRY: tryStmt(s); return;
            case Node.WITH: withStmt(s, 0); return;
            case Node.MATCH: matchStmt(s); return;
            case Node.FUNCDEF: funcDef(s); return;
            case Node.CLASSDEF: classDef(s); return;
            case Node.IMPORT:
                for (Node a : s.aliases()) {
                    loadConst(Py.newInt(0));
                    loadConst(Py.None);
                    emit(Op.IMPORT_NAME, nameIndex(a.name()));
                    if (a.asname() != null) {
                        String[] parts = a.name().split("\\.");
                        // as CPython 3.7+: each step is IMPORT_FROM (falls back to sys.modules['a.b'] while a.b is
                        // still being imported, e.g. by another thread), then the parent is dropped
                        for (int i = 1; i < parts.length; i++) {
                            emit(Op.IMPORT_FROM, nameIndex(parts[i]));
                            emit(Op.ROT_TWO, 0);
                            emit(Op.POP_TOP, 0);
                        }
                        nameOp(a.asname(), 1);
                    } else {
                        nameOp(a.name().split("\\.")[0], 1);
                    }
                }
                return;
            case Node.IMPORTFROM: {
                loadConst(Py.newInt(s.op));
                if (s.aliases().length == 1 && s.aliases()[0].s.equals("*")) {
                    loadConst(new PyTuple(Py.str("*")));
                    emit(Op.IMPORT_NAME, nameIndex(s.module()));
                    emit(Op.IMPORT_STAR, 0);
                    return;
                }
                PyObject[] fl = new PyObject[s.aliases().length];
                for (int i = 0; i < fl.length; i++) {
                    fl[i] = Py.str(s.aliases()[i].s);
                }
                loadConst(new PyTuple(fl));
                emit(Op.IMPORT_NAME, nameIndex(s.module()));
                for (Node a : s.aliases()) {
                    emit(Op.IMPORT_FROM, nameIndex(a.name()));
                    nameOp(a.asname() != null ? a.asname() : a.name(), 1);
                }
                emit(Op.POP_TOP, 0);
                return;
            }
            case Node.ASSERT: {
                if (s.test().kind == Node.TUPLE && s.test().elts().length > 0) {
                    warn("assertion is always true, perhaps remove parentheses?", s);
                }
                int j = jumpIf(s.test(), true);
                Node at = conditionLocation(s.test(), null);
                if (at != null && at.line > 0) {
                    u.line = at.line;
                    setPosition(at);
                }
                emit(Op.LOAD_ASSERTION_ERROR, 0);
                if (s.msg() != null) {
                    expr(s.msg());
                    emit(Op.CALL, 1);
                }
                emit(Op.RAISE_VARARGS, 1);
                patchHere(j);
                return;
            }
            default:
                throw err("unsupported statement", s);
        }
    }

    /**
     * The comparison whose source position CPython 3.11's {@code compiler_jump_if} leaves current after compiling
     * the condition {@code e} (it sets a comparison's position without restoring it, through not, and/or and
     * conditional expressions), or {@code cur} when there is none: the position of what an assert raises.
     */
    private static Node conditionLocation(Node e, Node cur) {
        switch (e.kind) {
            case Node.UNARY:
                return e.op == 'n' ? conditionLocation(e.operand(), cur) : cur;
            case Node.BOOLOP:
                for (Node v : e.values()) {
                    cur = conditionLocation(v, cur);
                }
                return cur;
            case Node.IFEXP:
                cur = conditionLocation(e.test(), cur);
                cur = conditionLocation(e.whenTrue(), cur);
                return conditionLocation(e.whenFalse(), cur);
            case Node.COMPARE:
                return e;
            default:
                return cur;
        }
    }

    private void augAssign(Node s) {
        Node t = s.target();
        switch (t.kind) {
            case Node.NAME:
                nameOp(t.id(), 0);
                expr(s.value());
                emit(Op.INPLACE, s.op);
                nameOp(t.id(), 1);
                return;
            case Node.ATTR: {
                expr(t.value());
                emit(Op.DUP_TOP, 0);
                int saveLine = u.line;
                long[] saved = savePosition();
                setLine(t); // CPython: the target's position, then its name's line
                matchAttrLine(t);
                emit(Op.LOAD_ATTR, nameIndex(t.attr()));
                u.line = saveLine;
                restorePosition(saved);
                expr(s.value());
                emit(Op.INPLACE, s.op);
                setLine(t);
                matchAttrLine(t);
                emit(Op.ROT_TWO, 0);
                emit(Op.STORE_ATTR, nameIndex(t.attr()));
                u.line = saveLine;
                restorePosition(saved);
                return;
            }
            case Node.SUBSCRIPT:
                expr(t.value());
                subscriptKey(t.index());
                emit(Op.DUP_TOP_TWO, 0);
                emit(Op.BINARY_SUBSCR, 0);
                expr(s.value());
                emit(Op.INPLACE, s.op);
                emit(Op.ROT_THREE, 0);
                emit(Op.STORE_SUBSCR, 0);
                return;
            default:
                throw err("illegal expression for augmented assignment", t);
        }
    }

    private void store(Node t) {
        int saveLine = u.line;
        long[] saved = savePosition();
        if (t.line > 0 && t.kind != Node.STARRED) {
            u.line = t.line;
            setPosition(t);
        }
        storeInner(t);
        u.line = saveLine;
        restorePosition(saved);
    }

    private void storeInner(Node t) {
        switch (t.kind) {
            case Node.NAME: nameOp(t.id(), 1); return;
            case Node.ATTR:
                expr(t.value());
                matchAttrLine(t);
                emit(Op.STORE_ATTR, nameIndex(t.attr()));
                return;
            case Node.SUBSCRIPT:
                expr(t.value());
                subscriptKey(t.index());
                emit(Op.STORE_SUBSCR, 0);
                return;
            case Node.TUPLE: case Node.LIST: {
                int star = -1;
                for (int i = 0; i < t.elts().length; i++) {
                    if (t.elts()[i].kind == Node.STARRED) {
                        if (star >= 0) {
                            throw err("multiple starred expressions in assignment", t); // CPython marks the target
                        }
                        star = i;
                    }
                }
                if (star < 0) {
                    emit(Op.UNPACK_SEQUENCE, t.elts().length);
                } else {
                    emit(Op.UNPACK_EX, star | ((t.elts().length - star - 1) << 8));
                }
                for (Node x : t.elts()) {
                    store(x.kind == Node.STARRED ? x.a : x);
                }
                return;
            }
            case Node.STARRED:
                throw err("starred assignment target must be in a list or tuple", t);
            default:
                throw err("cannot assign to expression", t);
        }
    }

    private void del(Node t) {
        int saveLine = u.line;
        long[] saved = savePosition();
        if (t.line > 0) {
            u.line = t.line; // CPython: each deletion carries its target's position (a traceback marks it)
            setPosition(t);
        }
        delInner(t);
        u.line = saveLine;
        restorePosition(saved);
    }

    private void delInner(Node t) {
        switch (t.kind) {
            case Node.NAME: nameOp(t.id(), 2); return;
            case Node.ATTR: {
                expr(t.value());
                int saveLine = u.line;
                long[] saved = savePosition();
                matchAttrLine(t);
                emit(Op.DELETE_ATTR, nameIndex(t.attr()));
                u.line = saveLine;
                restorePosition(saved);
                return;
            }
            case Node.SUBSCRIPT:
                expr(t.value());
                subscriptKey(t.index());
                emit(Op.DELETE_SUBSCR, 0);
                return;
            case Node.TUPLE: case Node.LIST:
                for (Node x : t.elts()) {
                    del(x);
                }
                return;
            case Node.STARRED:
                throw err("cannot delete starred", t);
            default:
                throw err("cannot delete expression", t);
        }
    }

    /** CPython's CO_MAXBLOCKS: loops, try, with and handlers nested in one code object. */
    private static final int MAX_BLOCKS = 20;

    private void pushFblock(int kind, int cont, Node[] body) {
        if (u.fblocks.size() >= MAX_BLOCKS) {
            throw new PySyntaxError("SyntaxError", "too many statically nested blocks", file, u.line, 1);
        }
        u.fblocks.add(new int[] {kind, cont});
        u.fblockBodies.add(body);
    }

    private void popFblock() {
        u.fblocks.remove(u.fblocks.size() - 1);
        u.fblockBodies.remove(u.fblockBodies.size() - 1);
    }

    /** Emits the clean-up of one fblock when jumping out of it; keepTop preserves a return value on the stack. */
    private void unwind(int idx, boolean keepTop) {
        int[] fb = u.fblocks.get(idx);
        switch (fb[0]) {
            case FB_FOR:
            case FB_FOR_CALL:
                if (keepTop) {
                    emit(Op.ROT_TWO, 0);
                }
                emit(fb[0] == FB_FOR ? Op.POP_TOP : Op.POP_ITER, 0);
                break;
            case FB_FINALLY: {
                emit(Op.POP_BLOCK, 0);
                Node[] fin = u.fblockBodies.get(idx);
                int[] saved = u.fblocks.remove(idx);
                Node[] savedBody = u.fblockBodies.remove(idx);
                List<int[]> tailF = new ArrayList<>(u.fblocks.subList(idx, u.fblocks.size()));
                List<Node[]> tailB = new ArrayList<>(u.fblockBodies.subList(idx, u.fblockBodies.size()));
                u.fblocks.subList(idx, u.fblocks.size()).clear();
                u.fblockBodies.subList(idx, u.fblockBodies.size()).clear();
                // a return value waits under the finally body: a break or continue in it must drop the value
                if (keepTop) {
                    pushFblock(FB_POP_VALUE, 0, null);
                }
                body(fin);
                if (keepTop) {
                    popFblock();
                }
                u.fblocks.add(saved);
                u.fblockBodies.add(savedBody);
                u.fblocks.addAll(tailF);
                u.fblockBodies.addAll(tailB);
                break;
            }
            case FB_HANDLER:
                emit(Op.POP_EXCEPT, keepTop ? 1 : 0);
                break;
            case FB_POP_VALUE:
                if (keepTop) {
                    emit(Op.ROT_TWO, 0);
                }
                emit(Op.POP_TOP, 0);
                break;
            case FB_TRY:
                emit(Op.POP_BLOCK, 0);
                break;
            case FB_FINALLY_END:
                emit(Op.POP_EXCEPT, keepTop ? 1 : 0);
                break;
            case FB_WITH:
                emit(Op.POP_BLOCK, 0);
                if (keepTop) {
                    emit(Op.ROT_TWO, 0);
                }
                emit(Op.CALL_EXIT_NONE, 0);
                break;
            case FB_ASYNC_WITH:
                emit(Op.POP_BLOCK, 0);
                if (keepTop) {
                    emit(Op.ROT_TWO, 0);
                }
                asyncExitNone();
                break;
            default:
        }
    }

    private static final String STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

    private void breakContinue(Node s, boolean isBreak) {
        for (int i = u.fblocks.size() - 1; i >= 0; i--) {
            int[] fb = u.fblocks.get(i);
            if (fb[0] == FB_STAR_HANDLER) {
                throw err(STAR_EXIT, s);
            }
            if (fb[0] == FB_LOOP || fb[0] == FB_FOR || fb[0] == FB_FOR_CALL) {
                int depth = u.depth;
                for (int j = u.fblocks.size() - 1; j > i; j--) {
                    unwind(j, false);
                }
                if (isBreak) {
                    if (fb[0] != FB_LOOP) {
                        emit(fb[0] == FB_FOR ? Op.POP_TOP : Op.POP_ITER, 0);
                    }
                    int j = emit(Op.JUMP, 0);
                    breakJumps.computeIfAbsent(fb, k -> new ArrayList<>()).add(j);
                } else {
                    emit(Op.JUMP, fb[1]);
                }
                u.depth = depth;
                return;
            }
        }
        throw err(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    }

    private final Map<int[], List<Integer>> breakJumps = new java.util.IdentityHashMap<>();

    private void returnStmt(Node s) {
        if (u.scope.kind != Scope.FUNCTION) {
            throw err("'return' outside function", s);
        }
        if (s.a != null && u.scope.coroutine && u.scope.generator) {
            throw err("'return' with value in async generator", s);
        }
        for (int[] fb : u.fblocks) {
            if (fb[0] == FB_STAR_HANDLER) {
                throw err(STAR_EXIT, s);
            }
        }
        if (s.a != null) {
            expr(s.a);
        } else {
            loadConst(Py.None);
        }
        int depth = u.depth;
        for (int j = u.fblocks.size() - 1; j >= 0; j--) {
            unwind(j, true);
        }
        emit(Op.RETURN_VALUE, 0);
        u.depth = depth - 1;
    }

    /**
     * A while loop. A constant true test ({@code while True:}, {@code while 1:}) is not evaluated at all, as in
     * CPython 3.11: a NOP carries the loop's line at its entry and is where a {@code continue} goes; the closing
     * {@code JUMP}, at the loop's line, goes to the body and gives the line event of every iteration, as CPython's
     * JUMP_BACKWARD does (two dispatches less per iteration). Any other test stays at the top, with a {@code JUMP}
     * back to it: CPython's second copy of the test after the body, which jumps back while true, measured slower
     * here (fannkuch warm 1.27x; papers/results/interpreter-perf.md, warm27).
     */
    private void whileStmt(Node s) {
        Node test = s.test();
        boolean forever = test.kind == Node.CONST && (test.v == Py.True
                || test.v instanceof org.stmj.python.objects.PyInt && test.v != Py.False
                && ((org.stmj.python.objects.PyInt) test.v).signum() != 0);
        int top = label();
        int jf = -1;
        if (forever) {
            emit(Op.NOP, 0); // a continue's target, as CPython's: the loop's line event after a continue
        } else {
            jf = jumpIfNot(test);
        }
        int bodyStart = label();
        pushFblock(FB_LOOP, top, null);
        int[] fb = u.fblocks.get(u.fblocks.size() - 1);
        body(s.body());
        if (forever) {
            int saveLine = u.line;
            long[] saved = savePosition();
            setLine(s);
            emit(Op.JUMP, bodyStart);
            u.line = saveLine;
            restorePosition(saved);
        } else {
            emit(Op.JUMP, top);
        }
        popFblock();
        if (jf >= 0) {
            patchHere(jf);
        }
        body(s.orelse());
        for (int j : breakJumps.getOrDefault(fb, List.of())) {
            patchHere(j);
        }
    }

    private void forStmt(Node s) {
        if (s.op == 1) {
            asyncForStmt(s);
            return;
        }
        // a loop over a call's result owns what the call made: GET_ITER 1 tells the call (Interp.dispatchCall)
        boolean ofCall = s.iter().kind == Node.CALL;
        expr(s.iter());
        emit(Op.GET_ITER, ofCall ? 1 : 0);
        int top = label();
        int fi = emit(Op.FOR_ITER, 0);
        setLine(s);
        store(s.target());
        pushFblock(ofCall ? FB_FOR_CALL : FB_FOR, top, null);
        int[] fb = u.fblocks.get(u.fblocks.size() - 1);
        body(s.body());
        emit(Op.JUMP, top);
        popFblock();
        patchHere(fi);
        u.depth--;
        body(s.orelse());
        for (int j : breakJumps.getOrDefault(fb, List.of())) {
            patchHere(j);
        }
    }

    private void tryStmt(Node s) {
        if (s.finalbody() != null) {
            int setup = emit(Op.SETUP_FINALLY, 0);
            pushFblock(FB_FINALLY, 0, s.finalbody());
            if (s.handlers().length > 0) {
                tryExcept(s);
            } else {
                body(s.body());
            }
            popFblock();
            emit(Op.POP_BLOCK, 0);
            body(s.finalbody());
            int j = emit(Op.JUMP, 0);
            patchHere(setup);
            int d = u.depth;
            u.depth += 2;
            pushFblock(FB_FINALLY_END, 0, null);
            body(s.finalbody());
            popFblock();
            emit(Op.RERAISE, 0);
            u.depth = d;
            patchHere(j);
        } else {
            tryExcept(s);
        }
    }

    private void tryExcept(Node s) {
        if (s.op == 1) {
            tryStarExcept(s);
            return;
        }
        int setup = emit(Op.SETUP_FINALLY, 0);
        pushFblock(FB_TRY, 0, null);
        body(s.body());
        popFblock();
        emit(Op.POP_BLOCK, 0);
        body(s.orelse());
        int jEnd = emit(Op.JUMP, 0);
        List<Integer> ends = new ArrayList<>();
        ends.add(jEnd);
        patchHere(setup);
        int d = u.depth;
        u.depth += 2;
        // no clean-up of its own: CPython's EXCEPTION_HANDLER block, counted for the nesting limit
        pushFblock(FB_EXCEPT_REGION, 0, null);
        for (int i = 0; i < s.handlers().length; i++) {
            Node h = s.handlers()[i];
            setLine(h);
            int jNext = -1;
            if (h.excType() != null) {
                emit(Op.DUP_TOP, 0);
                expr(h.excType());
                jNext = emit(Op.JUMP_IF_NOT_EXC_MATCH, 0);
            } else if (i != s.handlers().length - 1) {
                throw err("default 'except:' must be last", h);
            }
            if (h.name() != null) {
                emit(Op.DUP_TOP, 0);
                nameOp(h.name(), 1);
            }
            pushFblock(FB_HANDLER, 0, null);
            body(h.body());
            popFblock();
            emit(Op.POP_EXCEPT, 0);
            if (h.name() != null) {
                loadConst(Py.None);
                nameOp(h.name(), 1);
                nameOp(h.name(), 2);
            }
            ends.add(emit(Op.JUMP, 0));
            u.depth = d + 2;
            if (jNext >= 0) {
                patchHere(jNext);
            }
        }
        popFblock();
        // no clause matched: the re-raise belongs to the last except clause's line (PEP 626); what follows the
        // statement keeps the line it ran last (no line event for the except clause on the way out)
        int lineBefore = u.line;
        long[] posBefore = savePosition();
        setLine(s.handlers()[s.handlers().length - 1]);
        emit(Op.RERAISE, 0);
        u.line = lineBefore;
        restorePosition(posBefore);
        u.depth = d;
        for (int j : ends) {
            patchHere(j);
        }
    }

    /**
     * try ... except* (PEP 654). At the handler the stack holds [prev, orig] under a handler block (as for
     * except); then [prev, orig, raised, rest]: raised is a list of what the clauses raised, rest what no clause
     * has matched yet (starts as orig). Each clause: CHECK_EG_MATCH splits rest by the clause's type into
     * [rest', match] (jumping to the next clause with rest unchanged when nothing matches) and makes the match the
     * handled exception; the body runs under its own SETUP_FINALLY whose handler appends what the body raised to
     * raised. PREP_RERAISE_STAR then pops raised and rest and raises what is left (CPython's
     * _PyExc_PrepReraiseStar), or continues when everything was handled; POP_EXCEPT restores prev.
     */
    private void tryStarExcept(Node s) {
        int setup = emit(Op.SETUP_FINALLY, 0);
        pushFblock(FB_TRY, 0, null);
        body(s.list);
        popFblock();
        emit(Op.POP_BLOCK, 0);
        body(s.list2);
        int jEnd = emit(Op.JUMP, 0);
        patchHere(setup);
        int d = u.depth;
        u.depth += 2;
        pushFblock(FB_EXCEPT_REGION, 0, null);
        emit(Op.BUILD_LIST, 0);
        emit(Op.DUP_TOP_TWO, 0);
        emit(Op.POP_TOP, 0);
        for (Node h : s.list3) {
            setLine(h);
            expr(h.a);
            int jNext = emit(Op.CHECK_EG_MATCH, 0);
            if (h.s != null) {
                nameOp(h.s, 1);
            } else {
                emit(Op.POP_TOP, 0);
            }
            int raisedAt = emit(Op.SETUP_FINALLY, 0);
            pushFblock(FB_STAR_HANDLER, 0, null);
            body(h.list);
            popFblock();
            emit(Op.POP_BLOCK, 0);
            if (h.s != null) {
                loadConst(Py.None);
                nameOp(h.s, 1);
                nameOp(h.s, 2);
            }
            int jNormal = emit(Op.JUMP, 0);
            patchHere(raisedAt);
            u.depth = d + 6;
            emit(Op.LIST_APPEND, 3);
            // POP_EXCEPT drops the two values above its block's level (the table's -2; at run time it resets to
            // the level): after LIST_APPEND took the exception only the saved one is left, so push a filler
            loadConst(Py.None);
            emit(Op.POP_EXCEPT, 0);
            u.depth = d + 4;
            patchHere(jNormal);
            patchHere(jNext);
        }
        popFblock();
        emit(Op.PREP_RERAISE_STAR, 0);
        emit(Op.POP_EXCEPT, 0);
        u.depth = d;
        patchHere(jEnd);
    }

    private void withStmt(Node s, int item) {
        if (s.op == 1) {
            asyncWithStmt(s, item);
            return;
        }
        Node w = s.items()[item];
        setLine(w);
        expr(w.context());
        int setup = emit(Op.SETUP_WITH, 0);
        if (w.optionalVars() != null) {
            store(w.optionalVars());
        } else {
            emit(Op.POP_TOP, 0);
        }
        pushFblock(FB_WITH, 0, null);
        if (item + 1 < s.items().length) {
            withStmt(s, item + 1);
        } else {
            body(s.body());
        }
        popFblock();
        // __exit__ runs on the with statement's position, on both paths (CPython 3.11's SET_LOC(c, s)): a
        // tracer sees the with line again and a traceback through __exit__ names it (PEP 626)
        setLine(s);
        emit(Op.POP_BLOCK, 0);
        emit(Op.CALL_EXIT_NONE, 0);
        int jEnd = emit(Op.JUMP, 0);
        patchHere(setup);
        int d = u.depth;
        u.depth += 3;
        setLine(s);
        emit(Op.WITH_EXCEPT_START, 0);
        int jSup = emit(Op.POP_JUMP_IF_TRUE, 0);
        emit(Op.RERAISE, 0);
        patchHere(jSup);
        emit(Op.POP_EXCEPT, 0);
        emit(Op.POP_TOP, 0);
        u.depth = d;
        patchHere(jEnd);
    }

    // ---------------------------------------------------------------- functions and classes

    private int argCount(Node args) {
        return args.list.length;
    }

    private Node returnAnnotation;

    private void funcDef(Node s) {
        for (Node d : s.decorators()) {
            expr(d);
        }
        Code code = functionCode(s, s.name(), s.arguments(), s.body(), null);
        returnAnnotation = s.c;
        makeFunction(code, s.arguments());
        for (int i = 0; i < s.decorators().length; i++) {
            emit(Op.CALL, 1);
        }
        nameOp(s.bindName(), 1);
    }

    /** Whether a def or class of this name is declared global in the enclosing scope (its qualname is the name). */
    private static boolean declaredGlobal(Unit outer, String name) {
        Integer r = outer.scope.resolved.get(name);
        return outer.parent != null && r != null && r == Scope.GLOBAL_EXPLICIT;
    }

    private String childQualname(String name) {
        if (u.parent == null) {
            return name;
        }
        if (u.scope.kind == Scope.FUNCTION) {
            return u.qualname + ".<locals>." + name;
        }
        return u.qualname + "." + name;
    }

    /** A def's or class's {@code co_firstlineno}: its first decorator's line when it has one, as in CPython 3.8+. */
    private static int firstLine(Node def) {
        if (def.kind == Node.FUNCDEF || def.kind == Node.CLASSDEF) {
            Node[] ds = def.decorators();
            if (ds != null && ds.length > 0) {
                return ds[0].line;
            }
        }
        return def.line;
    }

    private Code functionCode(Node def, String name, Node args, Node[] bodyStmts, Node lambdaBody) {
        Scope fs = scopes.get(def);
        Unit outer = u;
        u = new Unit(fs, outer, outer.parent == null && outer.scope.kind == Scope.MODULE || declaredGlobal(outer, name)
                ? name : (outer.scope.kind == Scope.FUNCTION ? outer.qualname + ".<locals>." + name
                : outer.qualname + "." + name));
        u.line = def.line;
        int flags = Code.NEWLOCALS;
        for (Node a : args.list) {
            varIndex(a.s);
        }
        for (Node a : args.list2) {
            varIndex(a.s);
        }
        if (args.s != null) {
            varIndex(args.s);
            flags |= Code.VARARGS;
        }
        if (args.s2 != null) {
            varIndex(args.s2);
            flags |= Code.VARKW;
        }
        setupCells(fs);
        if (lambdaBody != null) {
            expr(lambdaBody);
            emit(Op.RETURN_VALUE, 0);
        } else {
            int first = 0;
            if (bodyStmts.length > 0 && bodyStmts[0].kind == Node.EXPR && bodyStmts[0].a.kind == Node.CONST
                    && bodyStmts[0].a.v instanceof PyStr) {
                constIndex(bodyStmts[0].a.v instanceof PyStr ? (PyObject) bodyStmts[0].a.v : Py.None);
                first = 1;
            } else {
                constIndex(Py.None);
            }
            for (int i = first; i < bodyStmts.length; i++) {
                stmt(bodyStmts[i]);
            }
            if (u.n == 0 || Op.op(u.code[u.n - 1]) != Op.RETURN_VALUE || true) {
                loadConst(Py.None);
                emit(Op.RETURN_VALUE, 0);
            }
        }
        Code c = finish(name, args.list.length, args.op, args.list2.length, flags, firstLine(def));
        u = outer;
        return c;
    }

    private void setupCells(Scope fs) {
        for (String c : fs.cells) {
            u.cellAndFree.add(c.intern());
        }
        u.ncells = u.cellAndFree.size();
        for (String f : fs.frees) {
            if (!u.cellAndFree.contains(f)) {
                u.cellAndFree.add(f.intern());
            }
        }
    }

    private void makeFunction(Code code, Node args) {
        int flags = 0;
        int ndef = 0;
        for (Node a : args.list) {
            if (a.a != null) {
                expr(a.a);
                ndef++;
            }
        }
        if (ndef > 0) {
            emit(Op.BUILD_TUPLE, ndef);
            flags |= 1;
        }
        int nkw = 0;
        for (Node a : args.list2) {
            if (a.a != null) {
                loadConst(Py.str(a.s));
                expr(a.a);
                nkw++;
            }
        }
        if (nkw > 0) {
            emit(Op.BUILD_MAP, nkw);
            flags |= 2;
        }
        int nann = 0;
        for (Node a : args.list) {
            if (a.c != null) {
                loadConst(Py.str(a.s));
                annotationValue(a.c);
                nann++;
            }
        }
        if (args.b != null) {
            loadConst(Py.str(args.s));
            annotationValue(args.b);
            nann++;
        }
        for (Node a : args.list2) {
            if (a.c != null) {
                loadConst(Py.str(a.s));
                annotationValue(a.c);
                nann++;
            }
        }
        if (args.c != null) {
            loadConst(Py.str(args.s2));
            annotationValue(args.c);
            nann++;
        }
        if (returnAnnotation != null) {
            loadConst(Py.str("return"));
            annotationValue(returnAnnotation);
            nann++;
            returnAnnotation = null;
        }
        if (nann > 0) {
            emit(Op.BUILD_MAP, nann);
            flags |= 4;
        }
        if (code.freevars.length > 0) {
            for (String f : code.freevars) {
                emit(Op.LOAD_CLOSURE, closureIndex(f));
            }
            emit(Op.BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        loadConst(code);
        emit(Op.MAKE_FUNCTION, flags);
    }

    private int closureIndex(String f) {
        int i = u.cellAndFree.indexOf(f);
        if (i < 0) {
            throw new IllegalStateException("closure variable " + f + " missing in " + u.qualname);
        }
        return i;
    }

    private void classDef(Node s) {
        for (Node d : s.decorators()) {
            expr(d);
        }
        Scope cs = scopes.get(s);
        Unit outer = u;
        u = new Unit(cs, outer, outer.parent == null || declaredGlobal(outer, s.name()) ? s.name()
                : (outer.scope.kind == Scope.FUNCTION ? outer.qualname + ".<locals>." + s.name() : outer.qualname + "."
                + s.name()));
        u.line = s.line;
        setupCells(cs);
        nameOp("__name__", 0);
        emit(Op.STORE_NAME, nameIndex("__module__"));
        loadConst(Py.str(u.qualname));
        emit(Op.STORE_NAME, nameIndex("__qualname__"));
        Node[] b = s.body();
        int first = 0;
        if (b.length > 0 && b[0].kind == Node.EXPR && b[0].a.kind == Node.CONST && b[0].a.v instanceof PyStr) {
            expr(b[0].a);
            emit(Op.STORE_NAME, nameIndex("__doc__"));
            first = 1;
        }
        setupAnnotations(b);
        for (int i = first; i < b.length; i++) {
            stmt(b[i]);
        }
        if (cs.needsClassCell) {
            emit(Op.LOAD_CLOSURE, cellIndex("__class__"));
            emit(Op.STORE_NAME, nameIndex("__classcell__"));
        }
        loadConst(Py.None);
        emit(Op.RETURN_VALUE, 0);
        Code code = finish(s.name(), 0, 0, 0, Code.CLASS_BODY, firstLine(s));
        u = outer;
        setLine(s);
        emit(Op.LOAD_BUILD_CLASS, 0);
        Node noArgs = new Node(Node.ARGS, s.line, s.col);
        noArgs.setPositional(new Node[0]);
        noArgs.setKwonly(new Node[0]);
        makeFunction(code, noArgs);
        loadConst(Py.str(s.name()));
        Node call = new Node(Node.CALL, s.line, s.col);
        call.setPositional(s.bases());
        call.setKeywords(s.keywords());
        callArgs(call, 2);
        for (int i = 0; i < s.decorators().length; i++) {
            emit(Op.CALL, 1);
        }
        nameOp(s.bindName(), 1);
    }

    // ---------------------------------------------------------------- expressions

    private void subscriptKey(Node k) {
        expr(k);
    }

    /** Compiles a condition and a jump taken when it is false; returns the jump to patch. */
    private int jumpIfNot(Node test) {
        return jumpIf(test, false);
    }

    private int jumpIf(Node test, boolean when) {
        if (test.kind == Node.UNARY && test.op == 'n') {
            return jumpIf(test.a, !when);
        }
        expr(test);
        return emit(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0);
    }

    private void expr(Node e) {
        int saveLine = u.line;
        int sPosLine = u.posLine, sEndLine = u.endLine, sCol = u.col, sEndCol = u.endCol;
        if (e.line > 0) {
            u.line = e.line;
            setPosition(e);
        }
        exprInner(e);
        u.line = saveLine;
        u.posLine = sPosLine;
        u.endLine = sEndLine;
        u.col = sCol;
        u.endCol = sEndCol;
    }

    private void exprInner(Node e) {
        switch (e.kind) {
            case Node.NAME: nameOp(e.id(), 0); return;
            case Node.CONST: loadConst((PyObject) e.v); return;
            case Node.FSTR: {
                int n = 0;
                for (Node p : e.parts()) {
                    if (p.kind == Node.CONST) {
                        loadConst((PyObject) p.v);
                    } else {
                        expr(p.a);
                        int flags = p.op == 'r' ? 1 : p.op == 's' ? 2 : p.op == 'a' ? 3 : 0;
                        if (p.b != null) {
                            expr(p.b);
                            flags |= 4;
                        }
                        emit(Op.FORMAT_VALUE, flags);
                    }
                    n++;
                }
                if (n == 0) {
                    loadConst(Py.str(""));
                } else if (n > 1 || e.parts()[0].kind != Node.FVAL) {
                    emit(Op.BUILD_STRING, n);
                }
                return;
            }
            case Node.BINOP:
                expr(e.left());
                expr(e.right());
                emit(Op.BINARY, e.op);
                return;
            case Node.UNARY:
                expr(e.operand());
                switch (e.op) {
                    case '-': emit(Op.UNARY_NEG, 0); break;
                    case '+': emit(Op.UNARY_POS, 0); break;
                    case '~': emit(Op.UNARY_INVERT, 0); break;
                    default: emit(Op.UNARY_NOT, 0);
                }
                return;
            case Node.BOOLOP: {
                List<Integer> js = new ArrayList<>();
                for (int i = 0; i < e.values().length; i++) {
                    expr(e.values()[i]);
                    if (i < e.values().length - 1) {
                        js.add(emit(e.op == '&' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, 0));
                    }
                }
                for (int j : js) {
                    patchHere(j);
                }
                return;
            }
            case Node.COMPARE: compare(e); return;
            case Node.CALL: call(e); return;
            case Node.ATTR:
                expr(e.value());
                matchAttrLine(e);
                emit(Op.LOAD_ATTR, nameIndex(e.attr()));
                return;
            case Node.SUBSCRIPT:
                checkSubscript(e);
                expr(e.value());
                subscriptKey(e.index());
                emit(Op.BINARY_SUBSCR, 0);
                return;
            case Node.SLICE:
                if (e.lower() != null) {
                    expr(e.lower());
                } else {
                    loadConst(Py.None);
                }
                if (e.upper() != null) {
                    expr(e.upper());
                } else {
                    loadConst(Py.None);
                }
                if (e.step() != null) {
                    expr(e.step());
                    emit(Op.BUILD_SLICE, 3);
                } else {
                    emit(Op.BUILD_SLICE, 2);
                }
                return;
            case Node.TUPLE: sequence(e.elts(), Op.BUILD_TUPLE); return;
            case Node.LIST: sequence(e.elts(), Op.BUILD_LIST); return;
            case Node.SET: sequence(e.elts(), Op.BUILD_SET); return;
            case Node.DICT: {
                int pending = 0;
                boolean built = false;
                for (int i = 0; i < e.keys().length; i++) {
                    if (e.keys()[i] == null) {
                        if (!built) {
                            emit(Op.BUILD_MAP, pending);
                            built = true;
                        } else if (pending > 0) {
                            emit(Op.BUILD_MAP, pending);
                            emit(Op.DICT_UPDATE, 1);
                        }
                        pending = 0;
                        expr(e.values()[i]);
                        emit(Op.DICT_UPDATE, 1);
                    } else {
                        expr(e.keys()[i]);
                        expr(e.values()[i]);
                        pending++;
                    }
                }
                if (!built) {
                    emit(Op.BUILD_MAP, pending);
                } else if (pending > 0) {
                    emit(Op.BUILD_MAP, pending);
                    emit(Op.DICT_UPDATE, 1);
                }
                return;
            }
            case Node.IFEXP: {
                int jf = jumpIfNot(e.test());
                expr(e.whenTrue());
                int j = emit(Op.JUMP, 0);
                u.depth--;
                patchHere(jf);
                expr(e.whenFalse());
                patchHere(j);
                return;
            }
            case Node.LAMBDA: {
                Code c = functionCode(e, "<lambda>", e.arguments(), null, e.lambdaBody());
                makeFunction(c, e.arguments());
                return;
            }
            case Node.LISTCOMP: case Node.SETCOMP: case Node.GENEXP: case Node.DICTCOMP:
                comprehension(e);
                return;
            case Node.YIELD:
                if (u.scope.coroutine) {
                    loadConst(org.stmj.python.vm.AsyncOps.ASYNC_GEN_WRAP);
                    if (e.value() != null) {
                        expr(e.value());
                    } else {
                        loadConst(Py.None);
                    }
                    emit(Op.CALL, 1);
                } else if (e.value() != null) {
                    expr(e.value());
                } else {
                    loadConst(Py.None);
                }
                emit(Op.YIELD_VALUE, 0);
                return;
            case Node.AWAIT:
                loadConst(org.stmj.python.vm.AsyncOps.GET_AWAITABLE);
                expr(e.value());
                emit(Op.CALL, 1);
                loadConst(Py.None);
                emit(Op.YIELD_FROM, 0);
                return;
            case Node.YIELDFROM:
                loadConst(org.stmj.python.vm.AsyncOps.YIELD_FROM_ITER);
                expr(e.value());
                emit(Op.CALL, 1);
                loadConst(Py.None);
                emit(Op.YIELD_FROM, 0);
                return;
            case Node.NAMEDEXPR:
                expr(e.value());
                emit(Op.DUP_TOP, 0);
                nameOp(e.target().s, 1);
                return;
            case Node.STARRED:
                throw err("can't use starred expression here", e);
            default:
                throw err("unsupported expression", e);
        }
    }

    private void sequence(Node[] items, int buildOp) {
        boolean starred = false;
        for (Node x : items) {
            if (x.kind == Node.STARRED) {
                starred = true;
            }
        }
        if (!starred) {
            for (Node x : items) {
                expr(x);
            }
            emit(buildOp, items.length);
            return;
        }
        int setOrList = buildOp == Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST;
        int ext = buildOp == Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND;
        int pending = 0;
        boolean built = false;
        for (Node x : items) {
            if (x.kind == Node.STARRED) {
                if (!built) {
                    emit(setOrList, pending);
                    built = true;
                } else if (pending > 0) {
                    emit(setOrList, pending);
                    emit(ext, 1);
                }
                pending = 0;
                expr(x.a);
                emit(ext, 1);
            } else {
                expr(x);
                pending++;
            }
        }
        if (pending > 0) {
            emit(setOrList, pending);
            emit(ext, 1);
        }
        if (buildOp == Op.BUILD_TUPLE) {
            emit(Op.LIST_TO_TUPLE, 0);
        }
    }

    private void warn(String msg, Node at) {
        if (warnings != null) {
            warnings.add(new Object[] {msg, at.line, at.col + 1});
        }
    }

    /** A literal for the "is" check: a constant other than None, True, False and ..., or a tuple of such. */
    private static boolean isLiteral(Node e) {
        if (e.kind == Node.CONST) {
            PyObject v = (PyObject) e.v;
            return v != Py.None && v != Py.True && v != Py.False && v != Py.Ellipsis;
        }
        if (e.kind == Node.TUPLE) {
            for (Node x : e.elts()) {
                if (x.kind != Node.CONST && !(x.kind == Node.TUPLE && isLiteral(x))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** CPython's check_compare: "is" / "is not" with a literal on either side. */
    private void checkCompare(Node e) {
        boolean left = isLiteral(e.left());
        Node[] cs = e.comparators();
        for (int i = 0; i < cs.length; i++) {
            boolean right = isLiteral(cs[i]);
            if ((e.ops[i] == Parser.CMP_IS || e.ops[i] == Parser.CMP_ISNOT) && (left || right)) {
                warn(e.ops[i] == Parser.CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", e);
                return;
            }
            left = right;
        }
    }

    /** The type name CPython infers for a literal or display (infer_type), or null. */
    private static String literalType(Node e) {
        switch (e.kind) {
            case Node.TUPLE: return "tuple";
            case Node.LIST: case Node.LISTCOMP: return "list";
            case Node.DICT: case Node.DICTCOMP: return "dict";
            case Node.SET: case Node.SETCOMP: return "set";
            case Node.GENEXP: return "generator";
            case Node.LAMBDA: return "function";
            case Node.FSTR: case Node.FVAL: return "str";
            case Node.CONST: return ((PyObject) e.v).type().name;
            default: return null;
        }
    }

    /** CPython's check_caller: calling a literal or display. */
    private void checkCaller(Node call) {
        Node f = call.func();
        switch (f.kind) {
            case Node.CONST: case Node.TUPLE: case Node.LIST: case Node.LISTCOMP: case Node.DICT: case Node.DICTCOMP:
            case Node.SET: case Node.SETCOMP: case Node.GENEXP: case Node.FSTR: case Node.FVAL:
                warn("'" + literalType(f) + "' object is not callable; perhaps you missed a comma?", call);
                return;
            default:
        }
    }

    /** CPython's check_subscripter and check_index: subscripting a literal that cannot be, or with a bad index. */
    private void checkSubscript(Node sub) {
        Node v = sub.value();
        PyObject cv = v.kind == Node.CONST ? (PyObject) v.v : null;
        boolean unsubscriptable = cv == Py.None || cv == Py.Ellipsis || cv instanceof org.stmj.python.objects.PyInt
                || cv instanceof org.stmj.python.objects.PyFloat || cv instanceof org.stmj.python.objects.PyComplex;
        if (unsubscriptable || v.kind == Node.SET || v.kind == Node.SETCOMP || v.kind == Node.GENEXP
                || v.kind == Node.LAMBDA) {
            warn("'" + literalType(v) + "' object is not subscriptable; perhaps you missed a comma?", sub);
            return;
        }
        Node ix = sub.index();
        String it = ix.kind == Node.SLICE ? null : literalType(ix);
        if (it == null || it.equals("int") || it.equals("bool")) {
            return;
        }
        boolean seq = cv instanceof PyStr || cv instanceof org.stmj.python.objects.PyBytes || cv instanceof PyTuple
                || v.kind == Node.TUPLE || v.kind == Node.LIST || v.kind == Node.LISTCOMP || v.kind == Node.FSTR
                || v.kind == Node.FVAL;
        if (seq) {
            warn(literalType(v) + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?",
                    sub);
        }
    }

    private void compare(Node e) {
        checkCompare(e);
        expr(e.left());
        int n = e.comparators().length;
        if (n == 1) {
            expr(e.comparators()[0]);
            cmpOp(e.ops[0]);
            return;
        }
        List<Integer> cleanups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expr(e.comparators()[i]);
            if (i < n - 1) {
                emit(Op.DUP_TOP, 0);
                emit(Op.ROT_THREE, 0);
                cmpOp(e.ops[i]);
                cleanups.add(emit(Op.JUMP_IF_FALSE_OR_POP, 0));
            } else {
                cmpOp(e.ops[i]);
            }
        }
        int j = emit(Op.JUMP, 0);
        for (int c : cleanups) {
            patchHere(c);
        }
        u.depth++;
        emit(Op.ROT_TWO, 0);
        emit(Op.POP_TOP, 0);
        patchHere(j);
    }

    private void cmpOp(int op) {
        switch (op) {
            case Parser.CMP_IS: emit(Op.IS_OP, 0); break;
            case Parser.CMP_ISNOT: emit(Op.IS_OP, 1); break;
            case Parser.CMP_IN: emit(Op.CONTAINS_OP, 0); break;
            case Parser.CMP_NOTIN: emit(Op.CONTAINS_OP, 1); break;
            default: emit(Op.COMPARE, op);
        }
    }

    private void call(Node e) {
        checkCaller(e);
        boolean simple = true;
        for (Node a : e.positional()) {
            if (a.kind == Node.STARRED) {
                simple = false;
            }
        }
        for (Node k : e.keywords()) {
            if (k.s == null) {
                simple = false;
            }
        }
        if (simple && e.keywords().length == 0 && e.func().kind == Node.ATTR) {
            expr(e.func().a);
            int save = u.line;
            long[] saved = savePosition();
            u.line = e.func().line;
            setPosition(e.func());
            matchAttrLine(e.func());
            emit(Op.LOAD_METHOD, nameIndex(e.func().s));
            restorePosition(saved);
            u.line = save; // the call's own start (CPython's SET_LOC), then moved to the method name's line
            matchAttrLine(e.func()); // CPython: the arguments and the call on the method name's line
            for (Node a : e.positional()) {
                expr(a);
            }
            emit(Op.CALL_METHOD, e.positional().length);
            u.line = save;
            restorePosition(saved);
            return;
        }
        int save = u.line;
        expr(e.func());
        if (simple && e.func().kind == Node.ATTR) {
            // a method call with keywords (CPython's maybe_optimize_method_call takes it too): the call on the
            // method name's line
            long[] saved = savePosition();
            u.line = save;
            matchAttrLine(e.func());
            callArgs(e, 0);
            u.line = save;
            restorePosition(saved);
            return;
        }
        callArgs(e, 0);
    }

    /**
     * POP_TOP's argument: 1 after an expression statement that is a call (its result dropped at once: an unawaited
     * coroutine the call made is then warned about, see AsyncOps.discardedCall), else 0.
     */
    private static int discardFlag(Node e) {
        return e.kind == Node.CALL ? 1 : 0;
    }

    /** LIST_EXTEND's flag (above its depth) for the only argument of a call being {@code *arg}. */
    static final int LIST_EXTEND_CALL_STAR = 0x100;

    /** Emits the arguments and the call; extra = values already pushed after the callable (class name). */
    private void callArgs(Node e, int extra) {
        boolean simple = true;
        for (Node a : e.list) {
            if (a.kind == Node.STARRED) {
                simple = false;
            }
        }
        for (Node k : e.list2) {
            if (k.s == null) {
                simple = false;
            }
        }
        if (simple) {
            for (Node a : e.list) {
                expr(a);
            }
            if (e.list2.length == 0) {
                emit(Op.CALL, e.list.length + extra);
                return;
            }
            PyObject[] names = new PyObject[e.list2.length];
            for (int i = 0; i < names.length; i++) {
                expr(e.list2[i].a);
                names[i] = Py.str(e.list2[i].s.intern());
            }
            loadConst(new PyTuple(names));
            emit(Op.CALL_KW, e.list.length + e.list2.length + extra);
            return;
        }
        // general form: build an args tuple and a kwargs dict
        emit(Op.BUILD_LIST, extra);
        int pending = 0;
        for (Node a : e.list) {
            if (a.kind == Node.STARRED) {
                if (pending > 0) {
                    emit(Op.BUILD_LIST, pending);
                    emit(Op.LIST_EXTEND, 1);
                    pending = 0;
                }
                expr(a.a);
                // a sole *arg (CPython passes it to CALL_FUNCTION_EX as is): flag 0x100 names the callee in the
                // error ("g() argument after * must be an iterable"); other star lists say "Value after *"
                emit(Op.LIST_EXTEND, e.list.length == 1 && extra == 0 ? 1 | LIST_EXTEND_CALL_STAR : 1);
            } else {
                expr(a);
                pending++;
            }
        }
        if (pending > 0) {
            emit(Op.BUILD_LIST, pending);
            emit(Op.LIST_EXTEND, 1);
        }
        emit(Op.LIST_TO_TUPLE, 0);
        if (e.list2.length > 0) {
            emit(Op.BUILD_MAP, 0);
            for (Node k : e.list2) {
                if (k.s == null) {
                    expr(k.a);
                    emit(Op.DICT_MERGE, 1);
                } else {
                    loadConst(Py.str(k.s));
                    expr(k.a);
                    emit(Op.BUILD_MAP, 1);
                    emit(Op.DICT_MERGE, 1);
                }
            }
            emit(Op.CALL_EX, 1);
        } else {
            emit(Op.CALL_EX, 0);
        }
    }

    private void comprehension(Node e) {
        Scope cs = scopes.get(e);
        Unit outer = u;
        String name = cs.name;
        u = new Unit(cs, outer, outer.scope.kind == Scope.FUNCTION && outer.parent != null ? outer.qualname
                + ".<locals>." + name : (outer.parent == null ? name : outer.qualname + "." + name));
        u.line = e.line;
        setPosition(e); // CPython: the loop's own instructions carry the whole comprehension's position
        varIndex(".0");
        setupCells(cs);
        if (e.kind == Node.LISTCOMP) {
            emit(Op.BUILD_LIST, 0);
        } else if (e.kind == Node.SETCOMP) {
            emit(Op.BUILD_SET, 0);
        } else if (e.kind == Node.DICTCOMP) {
            emit(Op.BUILD_MAP, 0);
        }
        compGen(e, 0);
        if (e.kind == Node.GENEXP) {
            loadConst(Py.None);
        }
        emit(Op.RETURN_VALUE, 0);
        Code c = finish(name, 1, 0, 0, Code.NEWLOCALS, e.line);
        u = outer;
        Node noArgs = new Node(Node.ARGS, e.line, e.col);
        noArgs.setPositional(new Node[0]);
        noArgs.setKwonly(new Node[0]);
        makeFunction(c, noArgs);
        if (e.generators()[0].op == 1) {
            loadConst(org.stmj.python.vm.AsyncOps.AITER);
            expr(e.generators()[0].b);
            emit(Op.CALL, 1);
        } else {
            expr(e.generators()[0].b);
            emit(Op.GET_ITER, 0);
        }
        emit(Op.CALL, 1);
        if (cs.coroutine && e.kind != Node.GENEXP) {
            awaitTop();
        }
    }

    private void compGen(Node e, int i) {
        Node f = e.generators()[i];
        boolean async = f.op == 1;
        if (i == 0) {
            emit(Op.LOAD_FAST, varIndex(".0"));
        } else if (async) {
            loadConst(org.stmj.python.vm.AsyncOps.AITER);
            expr(f.iter());
            emit(Op.CALL, 1);
        } else {
            expr(f.iter());
            emit(Op.GET_ITER, 0);
        }
        int top = label();
        int fi;
        if (async) {
            fi = asyncForHead();
        } else {
            fi = emit(Op.FOR_ITER, 0);
        }
        store(f.target());
        for (Node cond : f.ifs()) {
            int j = jumpIfNot(cond);
            patch(j, top);
        }
        if (i + 1 < e.generators().length) {
            compGen(e, i + 1);
        } else {
            int depth = i + 2;
            switch (e.kind) {
                case Node.LISTCOMP:
                    expr(e.elt());
                    emit(Op.LIST_APPEND, depth);
                    break;
                case Node.SETCOMP:
                    expr(e.elt());
                    emit(Op.SET_ADD, depth);
                    break;
                case Node.DICTCOMP:
                    expr(e.key());
                    expr(e.value());
                    emit(Op.MAP_ADD, depth);
                    break;
                default:
                    if (u.scope.coroutine) {
                        loadConst(org.stmj.python.vm.AsyncOps.ASYNC_GEN_WRAP);
                        expr(e.a);
                        emit(Op.CALL, 1);
                    } else {
                        expr(e.a);
                    }
                    emit(Op.YIELD_VALUE, 0);
                    emit(Op.POP_TOP, 0);
            }
        }
        emit(Op.JUMP, top);
        if (async) {
            asyncForEnd(fi);
        } else {
            patchHere(fi);
            u.depth--;
        }
    }

    // ---------------------------------------------------------------- async

    /** await of the value on top of the stack: the awaitable's iterator, delegated to with YIELD_FROM. */
    private void awaitTop() {
        loadConst(org.stmj.python.vm.AsyncOps.GET_AWAITABLE);
        emit(Op.ROT_TWO, 0);
        emit(Op.CALL, 1);
        loadConst(Py.None);
        emit(Op.YIELD_FROM, 0);
    }

    /**
     * The head of an async for loop, with the async iterator on the stack: awaits its __anext__() inside a
     * SETUP_FINALLY block that catches the StopAsyncIteration ending the loop. Leaves [aiter, value]; returns the
     * SETUP_FINALLY to patch in {@link #asyncForEnd}.
     */
    private int asyncForHead() {
        int setup = emit(Op.SETUP_FINALLY, 0);
        emit(Op.DUP_TOP, 0);
        loadConst(org.stmj.python.vm.AsyncOps.ANEXT);
        emit(Op.ROT_TWO, 0);
        emit(Op.CALL, 1);
        loadConst(Py.None);
        emit(Op.YIELD_FROM, 0);
        emit(Op.POP_BLOCK, 0);
        return setup;
    }

    /** The end of an async for loop (after the jump back): StopAsyncIteration pops the iterator, others re-raise. */
    private void asyncForEnd(int setup) {
        patchHere(setup);
        int d = u.depth;
        u.depth = d + 2;
        emit(Op.DUP_TOP, 0);
        loadConst(org.stmj.python.objects.Exc.StopAsyncIteration);
        int j = emit(Op.JUMP_IF_NOT_EXC_MATCH, 0);
        emit(Op.POP_EXCEPT, 0);
        u.depth = d;
        emit(Op.POP_TOP, 0);
        int jEnd = emit(Op.JUMP, 0);
        patchHere(j);
        u.depth = d + 2;
        emit(Op.RERAISE, 0);
        patchHere(jEnd);
        u.depth = d - 1;
    }

    private void asyncForStmt(Node s) {
        loadConst(org.stmj.python.vm.AsyncOps.AITER);
        expr(s.iter());
        emit(Op.CALL, 1);
        int top = label();
        int setup = asyncForHead();
        setLine(s);
        store(s.target());
        pushFblock(FB_FOR, top, null);
        int[] fb = u.fblocks.get(u.fblocks.size() - 1);
        body(s.body());
        emit(Op.JUMP, top);
        popFblock();
        asyncForEnd(setup);
        body(s.orelse());
        for (int j : breakJumps.getOrDefault(fb, List.of())) {
            patchHere(j);
        }
    }

    /** Calls the bound __aexit__ on top of the stack with (None, None, None) and awaits the result. */
    private void asyncExitNone() {
        loadConst(Py.None);
        emit(Op.DUP_TOP, 0);
        emit(Op.DUP_TOP, 0);
        emit(Op.CALL, 3);
        loadConst(org.stmj.python.vm.AsyncOps.GET_AWAITABLE);
        emit(Op.ROT_TWO, 0);
        emit(Op.CALL, 1);
        loadConst(Py.None);
        emit(Op.YIELD_FROM, 0);
        emit(Op.POP_TOP, 0);
    }

    /**
     * async with: [aexit] stays under the block as the synchronous with keeps its __exit__, so the exceptional
     * path can use WITH_EXCEPT_START and await its result.
     */
    private void asyncWithStmt(Node s, int item) {
        Node w = s.items()[item];
        setLine(w);
        loadConst(org.stmj.python.vm.AsyncOps.ASYNC_WITH_ENTER);
        expr(w.context());
        emit(Op.CALL, 1);
        emit(Op.UNPACK_SEQUENCE, 2);
        loadConst(Py.None);
        emit(Op.YIELD_FROM, 0);
        if (w.optionalVars() != null) {
            store(w.optionalVars());
        } else {
            emit(Op.POP_TOP, 0);
        }
        int setup = emit(Op.SETUP_FINALLY, 0);
        pushFblock(FB_ASYNC_WITH, 0, null);
        if (item + 1 < s.items().length) {
            asyncWithStmt(s, item + 1);
        } else {
            body(s.body());
        }
        popFblock();
        setLine(s); // as the synchronous with: __aexit__ runs on the statement's position
        emit(Op.POP_BLOCK, 0);
        asyncExitNone();
        int jEnd = emit(Op.JUMP, 0);
        patchHere(setup);
        int d = u.depth;
        u.depth = d + 2;
        setLine(s);
        emit(Op.WITH_EXCEPT_START, 0);
        awaitTop();
        int jSup = emit(Op.POP_JUMP_IF_TRUE, 0);
        emit(Op.RERAISE, 0);
        patchHere(jSup);
        emit(Op.POP_EXCEPT, 0);
        u.depth = d;
        emit(Op.POP_TOP, 0);
        patchHere(jEnd);
    }

    // ---------------------------------------------------------------- match

    /**
     * Failure exits of a pattern: conditional jumps taken with extra values above the base depth. The cascade
     * emitted at the end pops down to the base, one POP_TOP per level, and falls into the next case.
     */
    private final class Fail {
        final int base;
        final List<int[]> jumps = new ArrayList<>();

        Fail(int base) {
            this.base = base;
        }

        /** Records the jump just emitted: it leaves the current depth. */
        void add(int at) {
            jumps.add(new int[] {at, u.depth});
        }

        void cascade() {
            int max = base;
            for (int[] j : jumps) {
                max = Math.max(max, j[1]);
            }
            u.depth = max;
            for (int d = max; d >= base; d--) {
                for (int[] j : jumps) {
                    if (j[1] == d) {
                        patchHere(j[0]);
                    }
                }
                if (d > base) {
                    emit(Op.POP_TOP, 0);
                }
            }
            u.depth = base;
        }
    }

    private void matchStmt(Node s) {
        expr(s.subject());
        int base = u.depth;
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < s.cases().length; i++) {
            Node c = s.cases()[i];
            if (i < s.cases().length - 1 && c.guard() == null && irrefutable(c.pattern())) {
                throw unreachable(c.pattern());
            }
            setLine(c);
            Fail f = new Fail(base);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            emit(Op.DUP_TOP, 0);
            if (hasCaptures(c.pattern())) {
                // captures go into a dict under the subject and are bound only once the whole pattern matched
                emit(Op.BUILD_MAP, 0);
                emit(Op.ROT_TWO, 0);
                int saved = captureDict;
                captureDict = u.depth - 1;
                pattern(c.pattern(), f, names);
                captureDict = saved;
                for (String n : names) {
                    emit(Op.DUP_TOP, 0);
                    loadConst(Py.str(n));
                    emit(Op.BINARY_SUBSCR, 0);
                    nameOp(n, 1);
                }
                emit(Op.POP_TOP, 0);
            } else {
                pattern(c.pattern(), f, names);
            }
            if (c.guard() != null) {
                jumpIfNot(c.guard());
                f.add(u.n - 1);
            }
            emit(Op.POP_TOP, 0);
            body(c.body());
            ends.add(emit(Op.JUMP, 0));
            f.cascade();
        }
        emit(Op.POP_TOP, 0);
        for (int j : ends) {
            patchHere(j);
        }
    }

    private static boolean irrefutable(Node p) {
        if (p.kind == Node.P_CAPTURE) {
            return true;
        }
        if (p.kind == Node.P_AS) {
            return p.a == null || irrefutable(p.a);
        }
        if (p.kind == Node.P_OR) {
            for (Node a : p.list) {
                if (irrefutable(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private PySyntaxError unreachable(Node p) {
        while (p.kind == Node.P_AS && p.a != null || p.kind == Node.P_OR) {
            if (p.kind == Node.P_AS) {
                p = p.a;
            } else {
                for (Node a : p.list) {
                    if (irrefutable(a)) {
                        p = a;
                        break;
                    }
                }
            }
        }
        if (p.kind == Node.P_CAPTURE && p.s != null) {
            return err("name capture '" + p.s + "' makes remaining patterns unreachable", p);
        }
        if (p.kind == Node.P_AS) {
            return err("name capture '" + p.s + "' makes remaining patterns unreachable", p);
        }
        return err("wildcard makes remaining patterns unreachable", p);
    }

    /** The stack depth just above the capture dict of the case being compiled (-1: captures are stored directly). */
    private int captureDict = -1;

    private static boolean hasCaptures(Node p) {
        if (p == null) {
            return false;
        }
        switch (p.kind) {
            case Node.P_CAPTURE: case Node.P_STAR: return p.name() != null;
            case Node.P_AS: return true;
            case Node.P_MAP:
                if (p.rest() != null) {
                    return true;
                }
                for (Node x : p.patterns()) {
                    if (hasCaptures(x)) {
                        return true;
                    }
                }
                return false;
            case Node.P_SEQ: case Node.P_OR:
                for (Node x : p.patterns()) {
                    if (hasCaptures(x)) {
                        return true;
                    }
                }
                return false;
            case Node.P_CLASS:
                for (Node x : p.patterns()) {
                    if (hasCaptures(x)) {
                        return true;
                    }
                }
                for (Node x : p.kwdPatterns()) {
                    if (hasCaptures(x)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    /** A capture: the value on top goes into the case's capture dict (MAP_ADD reaches down to it). */
    private void captureStore(String name, Node p, java.util.Set<String> names) {
        if (!names.add(name)) {
            throw err("multiple assignments to name '" + name + "' in pattern", p);
        }
        if (captureDict < 0) {
            nameOp(name, 1);
            return;
        }
        int n = u.depth;
        loadConst(Py.str(name));
        emit(Op.ROT_TWO, 0);
        emit(Op.MAP_ADD, n - captureDict);
    }

    /** Calls a match helper with the subject (on top) as its first argument and nargs more arguments pushed by more. */
    private void helperCall(PyObject helper, Runnable more, int nargs) {
        loadConst(helper);
        emit(Op.ROT_TWO, 0);
        more.run();
        emit(Op.CALL, 1 + nargs);
    }

    /** Fails when the helper's result on top is None; otherwise unpacks its n values (the first on top). */
    private void unpackOrFail(int n, Fail f) {
        emit(Op.DUP_TOP, 0);
        loadConst(Py.None);
        emit(Op.IS_OP, 0);
        emit(Op.POP_JUMP_IF_TRUE, 0);
        f.add(u.n - 1);
        emit(Op.UNPACK_SEQUENCE, n);
    }

    /**
     * Matches the pattern against the subject on top of the stack and consumes it. Captures are stored as they
     * match; a failure jumps to f's cascade.
     */
    private void pattern(Node p, Fail f, java.util.Set<String> names) {
        setLine(p);
        switch (p.kind) {
            case Node.P_CAPTURE:
                if (p.name() == null) {
                    emit(Op.POP_TOP, 0);
                } else {
                    captureStore(p.name(), p, names);
                }
                return;
            case Node.P_VALUE:
                expr(p.value());
                emit(Op.COMPARE, org.stmj.python.objects.Ops.EQ);
                emit(Op.POP_JUMP_IF_FALSE, 0);
                f.add(u.n - 1);
                return;
            case Node.P_SINGLETON:
                loadConst((PyObject) p.v);
                emit(Op.IS_OP, 0);
                emit(Op.POP_JUMP_IF_FALSE, 0);
                f.add(u.n - 1);
                return;
            case Node.P_AS:
                if (p.pattern() == null) {
                    captureStore(p.name(), p, names);
                    return;
                }
                emit(Op.DUP_TOP, 0);
                pattern(p.pattern(), f, names);
                captureStore(p.name(), p, names);
                return;
            case Node.P_OR: {
                int d = u.depth;
                List<Integer> ends = new ArrayList<>();
                java.util.Set<String> first = null;
                for (int i = 0; i < p.patterns().length; i++) {
                    Node alt = p.patterns()[i];
                    boolean last = i == p.patterns().length - 1;
                    if (!last && irrefutable(alt)) {
                        throw unreachable(alt);
                    }
                    java.util.Set<String> altNames = new java.util.LinkedHashSet<>();
                    if (!last) {
                        emit(Op.DUP_TOP, 0);
                        Fail af = new Fail(d);
                        pattern(alt, af, altNames);
                        emit(Op.POP_TOP, 0);
                        ends.add(emit(Op.JUMP, 0));
                        af.cascade();
                    } else {
                        pattern(alt, f, altNames);
                    }
                    if (first == null) {
                        first = altNames;
                    } else if (!first.equals(altNames)) {
                        throw err("alternative patterns bind different names", alt);
                    }
                }
                for (String n : first) {
                    if (!names.add(n)) {
                        throw err("multiple assignments to name '" + n + "' in pattern", p);
                    }
                }
                for (int j : ends) {
                    patchHere(j);
                }
                return;
            }
            case Node.P_SEQ: {
                int star = -1;
                for (int i = 0; i < p.patterns().length; i++) {
                    if (p.patterns()[i].kind == Node.P_STAR) {
                        if (star >= 0) {
                            throw err("multiple starred names in sequence pattern", p);
                        }
                        star = i;
                    }
                }
                int n = p.patterns().length, st = star;
                helperCall(org.stmj.python.vm.MatchOps.MATCH_SEQUENCE, () -> {
                    loadConst(Py.newInt(n));
                    loadConst(Py.newInt(st));
                }, 2);
                unpackOrFail(n, f);
                for (Node x : p.patterns()) {
                    if (x.kind == Node.P_STAR) {
                        if (x.s == null) {
                            emit(Op.POP_TOP, 0);
                        } else {
                            captureStore(x.s, x, names);
                        }
                    } else {
                        pattern(x, f, names);
                    }
                }
                return;
            }
            case Node.P_MAP: {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Node k : p.keys()) {
                    if (k.kind == Node.CONST) {
                        String r = ((PyObject) k.v).repr(null);
                        String key = ((PyObject) k.v).type().name + ":" + r;
                        if (!seen.add(key)) {
                            throw err("mapping pattern checks duplicate key (" + r + ")", p);
                        }
                    }
                }
                int n = p.keys().length;
                boolean rest = p.rest() != null;
                helperCall(org.stmj.python.vm.MatchOps.MATCH_MAPPING, () -> {
                    for (Node k : p.keys()) {
                        expr(k);
                    }
                    emit(Op.BUILD_TUPLE, n);
                    loadConst(Py.bool(rest));
                }, 2);
                unpackOrFail(n + (rest ? 1 : 0), f);
                for (Node x : p.patterns()) {
                    pattern(x, f, names);
                }
                if (rest) {
                    captureStore(p.rest(), p, names);
                }
                return;
            }
            case Node.P_CLASS: {
                int npos = p.patterns().length, nkw = p.kwdPatterns().length;
                PyObject[] kn = new PyObject[nkw];
                for (int i = 0; i < nkw; i++) {
                    kn[i] = Py.str(p.names[i]);
                }
                helperCall(org.stmj.python.vm.MatchOps.MATCH_CLASS, () -> {
                    expr(p.cls());
                    loadConst(Py.newInt(npos));
                    loadConst(new PyTuple(kn));
                }, 3);
                unpackOrFail(npos + nkw, f);
                for (Node x : p.patterns()) {
                    pattern(x, f, names);
                }
                for (Node x : p.kwdPatterns()) {
                    pattern(x, f, names);
                }
                return;
            }
            default:
                throw err("invalid pattern", p);
        }
    }
}
