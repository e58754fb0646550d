package org.stmj.python.compiler;

/**
 * An AST node. One class with a kind tag keeps the tree compact; the fields each kind uses are listed next to
 * the kind constants. Parser, Scope and Compiler read and write them through the named accessors at the end
 * ({@code handlers()}, {@code orelse()}, {@code setBody(...)}, ...), which check the kind and name the field; the
 * raw slots remain for the sites whose kind is only known at run time (a target that may be a NAME, ATTR or
 * TUPLE, for instance).
 */
final class Node {
    // expressions
    static final int NAME = 1;        // s
    static final int CONST = 2;       // v (PyObject)
    static final int FSTR = 3;        // list: CONST or FVAL parts
    static final int FVAL = 4;        // a = expr, op = conversion char or 0, b = spec (FSTR) or null
    static final int BINOP = 5;       // op, a, b
    static final int UNARY = 6;       // op ('-', '+', '~', 'n' for not), a
    static final int BOOLOP = 7;      // op ('&' and, '|' or), list
    static final int COMPARE = 8;     // a, ops, list
    static final int CALL = 9;        // a = func, list = args (may be STARRED), list2 = KEYWORD
    static final int KEYWORD = 10;    // s = name or null for **, a = value
    static final int ATTR = 11;       // a, s
    static final int SUBSCRIPT = 12;  // a, b
    static final int SLICE = 13;      // a, b, c (each may be null)
    static final int TUPLE = 14;      // list
    static final int LIST = 15;       // list
    static final int SET = 16;        // list
    static final int DICT = 17;       // list = keys (null for **), list2 = values
    static final int IFEXP = 18;      // a = test, b = body, c = orelse
    static final int LAMBDA = 19;     // args, a = body
    static final int LISTCOMP = 20;   // a = elt, list = COMPFOR
    static final int SETCOMP = 21;
    static final int GENEXP = 22;
    static final int DICTCOMP = 23;   // a = key, b = value, list = COMPFOR
    static final int COMPFOR = 24;    // a = target, b = iter, list = ifs
    static final int YIELD = 25;      // a or null
    static final int YIELDFROM = 26;  // a
    static final int NAMEDEXPR = 27;  // a = NAME target, b = value
    static final int STARRED = 28;    // a
    static final int AWAIT = 29;      // a
    // statements
    static final int EXPR = 40;       // a
    static final int ASSIGN = 41;     // list = targets, a = value
    static final int AUGASSIGN = 42;  // a = target, op, b = value
    static final int ANNASSIGN = 43;  // a = target, b = annotation, c = value or null
    static final int DEL = 44;        // list
    static final int PASS = 45;
    static final int BREAK = 46;
    static final int CONTINUE = 47;
    static final int RETURN = 48;     // a or null
    static final int RAISE = 49;      // a = exc, b = cause
    static final int GLOBAL = 50;     // names
    static final int NONLOCAL = 51;   // names
    static final int IF = 52;         // a, list = body, list2 = orelse
    static final int WHILE = 53;      // a, list, list2
    static final int FOR = 54;        // a = target, b = iter, list, list2
    static final int TRY = 55;        // list = body, list3 = HANDLER, list2 = orelse, list4 = finalbody
    static final int HANDLER = 56;    // a = type or null, s = name or null, list = body
    static final int WITH = 57;       // list3 = WITHITEM, list = body
    static final int WITHITEM = 58;   // a = context, b = target or null
    static final int FUNCDEF = 59;    // s, args, list = body, list2 = decorators
    static final int CLASSDEF = 60;   // s, list = body, list2 = decorators, list3 = bases, list4 = KEYWORD
    static final int IMPORT = 61;     // list = ALIAS
    static final int IMPORTFROM = 62; // s = module, op = level, list = ALIAS
    static final int ALIAS = 63;      // s = name, s2 = asname
    static final int ASSERT = 64;     // a, b
    // list = ARG (positional, first op of them posonly), s = vararg, list2 = kwonly ARG, s2 = kwarg
    static final int ARGS =
    65;
    static final int ARG = 66;        // s, a = default or null
    static final int MODULE = 67;     // list
    // FUNCDEF, FOR, WITH and COMPFOR have op = 1 for their async forms; TRY and its HANDLERs op = 1 for except*
    static final int MATCH = 68;      // a = subject, list = MATCHCASE
    static final int MATCHCASE = 69;  // a = pattern, b = guard or null, list = body
    // patterns (not expressions): each matches the subject on top of the stack
    static final int P_VALUE = 70;    // a = CONST or dotted name (compared with ==)
    static final int P_SINGLETON = 71; // v = None, True or False (compared with is)
    static final int P_CAPTURE = 72;  // s = name, or null for the wildcard _
    static final int P_STAR = 73;     // s = name, or null for *_ (only inside P_SEQ)
    static final int P_SEQ = 74;      // list = item patterns (at most one P_STAR)
    static final int P_MAP = 75;      // list = key expressions, list2 = value patterns, s = **rest name or null
    // a = class expression, list = positional patterns, list2 = keyword patterns, names
    static final int P_CLASS =
    76;
    static final int P_OR = 77;       // list = alternatives
    static final int P_AS = 78;       // a = pattern, s = name

    final int kind;
    /** The start; an async statement's is moved back to its 'async' by the parser. */
    int line, col;
    int endLine, endCol;
    Node a, b, c;
    Node[] list, list2, list3, list4;
    Node args;
    String s, s2;
    Object v;
    int op;
    int[] ops;
    String[] names;
    /**
     * For the ast module only: a CONST's unfolded tree (a negative number is USub of the literal, a complex pattern
     * literal a BinOp); an ARGS node's ARG nodes for its vararg and kwarg (their positions).
     */
    Node folded, vararg, kwargNode;

    Node(int kind, int line, int col) {
        this.kind = kind;
        this.line = line;
        this.col = col;
    }

    boolean isExpr() {
        return kind < 40;
    }

    // ---------------------------------------------------------------- named accessors
    // One getter (and setter) per meaning of a slot, from the table above; each throws on a node kind without
    // that field, so a wrong slot fails naming the field instead of reading another kind's data.

    /** The {@code aliases} (IMPORT, IMPORTFROM: list). */
    Node[] aliases() {
        return of("aliases", IMPORT, IMPORTFROM).list;
    }

    /** Sets the {@code aliases} (IMPORT, IMPORTFROM: list). */
    void setAliases(Node[] value) {
        of("setAliases", IMPORT, IMPORTFROM).list = value;
    }

    /** The {@code annotation} (ANNASSIGN: b). */
    Node annotation() {
        return of("annotation", ANNASSIGN).b;
    }

    /** Sets the {@code annotation} (ANNASSIGN: b). */
    void setAnnotation(Node value) {
        of("setAnnotation", ANNASSIGN).b = value;
    }

    /** The {@code arg} (KEYWORD: s). */
    String arg() {
        return of("arg", KEYWORD).s;
    }

    /** Sets the {@code arg} (KEYWORD: s). */
    void setArg(String value) {
        of("setArg", KEYWORD).s = value;
    }

    /** The {@code arguments} (LAMBDA, FUNCDEF: args). */
    Node arguments() {
        return of("arguments", LAMBDA, FUNCDEF).args;
    }

    /** Sets the {@code arguments} (LAMBDA, FUNCDEF: args). */
    void setArguments(Node value) {
        of("setArguments", LAMBDA, FUNCDEF).args = value;
    }

    /** The {@code asname} (ALIAS: s2). */
    String asname() {
        return of("asname", ALIAS).s2;
    }

    /** The {@code attr} (ATTR: s). */
    String attr() {
        return of("attr", ATTR).s;
    }

    /** Sets the {@code attr} (ATTR: s). */
    void setAttr(String value) {
        of("setAttr", ATTR).s = value;
    }

    /** The {@code bases} (CLASSDEF: list3). */
    Node[] bases() {
        return of("bases", CLASSDEF).list3;
    }

    /** Sets the {@code bases} (CLASSDEF: list3). */
    void setBases(Node[] value) {
        of("setBases", CLASSDEF).list3 = value;
    }

    /** The {@code body} (IF, WHILE, FOR, TRY, HANDLER, WITH, FUNCDEF, CLASSDEF, MODULE, MATCHCASE: list). */
    Node[] body() {
        return of("body", IF, WHILE, FOR, TRY, HANDLER, WITH, FUNCDEF, CLASSDEF, MODULE, MATCHCASE).list;
    }

    /** Sets the {@code body} (IF, WHILE, FOR, TRY, HANDLER, WITH, FUNCDEF, CLASSDEF, MODULE, MATCHCASE: list). */
    void setBody(Node[] value) {
        of("setBody", IF, WHILE, FOR, TRY, HANDLER, WITH, FUNCDEF, CLASSDEF, MODULE, MATCHCASE).list = value;
    }

    /** The {@code cases} (MATCH: list). */
    Node[] cases() {
        return of("cases", MATCH).list;
    }

    /** Sets the {@code cases} (MATCH: list). */
    void setCases(Node[] value) {
        of("setCases", MATCH).list = value;
    }

    /** The {@code cause} (RAISE: b). */
    Node cause() {
        return of("cause", RAISE).b;
    }

    /** The {@code cls} (P_CLASS: a). */
    Node cls() {
        return of("cls", P_CLASS).a;
    }

    /** Sets the {@code cls} (P_CLASS: a). */
    void setCls(Node value) {
        of("setCls", P_CLASS).a = value;
    }

    /** The {@code comparators} (COMPARE: list). */
    Node[] comparators() {
        return of("comparators", COMPARE).list;
    }

    /** Sets the {@code comparators} (COMPARE: list). */
    void setComparators(Node[] value) {
        of("setComparators", COMPARE).list = value;
    }

    /** The {@code context} (WITHITEM: a). */
    Node context() {
        return of("context", WITHITEM).a;
    }

    /** Sets the {@code context} (WITHITEM: a). */
    void setContext(Node value) {
        of("setContext", WITHITEM).a = value;
    }

    /** The {@code decorators} (FUNCDEF, CLASSDEF: list2). */
    Node[] decorators() {
        return of("decorators", FUNCDEF, CLASSDEF).list2;
    }

    /** Sets the {@code decorators} (FUNCDEF, CLASSDEF: list2). */
    void setDecorators(Node[] value) {
        of("setDecorators", FUNCDEF, CLASSDEF).list2 = value;
    }

    /** Sets the {@code defaultValue} (ARG: a). */
    void setDefaultValue(Node value) {
        of("setDefaultValue", ARG).a = value;
    }

    /** The {@code elt} (LISTCOMP, SETCOMP, GENEXP: a). */
    Node elt() {
        return of("elt", LISTCOMP, SETCOMP, GENEXP).a;
    }

    /** Sets the {@code elt} (LISTCOMP, SETCOMP, GENEXP: a). */
    void setElt(Node value) {
        of("setElt", LISTCOMP, SETCOMP, GENEXP).a = value;
    }

    /** The {@code elts} (TUPLE, LIST, SET: list). */
    Node[] elts() {
        return of("elts", TUPLE, LIST, SET).list;
    }

    /** Sets the {@code elts} (TUPLE, LIST, SET: list). */
    void setElts(Node[] value) {
        of("setElts", TUPLE, LIST, SET).list = value;
    }

    /** The {@code exc} (RAISE: a). */
    Node exc() {
        return of("exc", RAISE).a;
    }

    /** Sets the {@code exc} (RAISE: a). */
    void setExc(Node value) {
        of("setExc", RAISE).a = value;
    }

    /** The {@code excType} (HANDLER: a). */
    Node excType() {
        return of("excType", HANDLER).a;
    }

    /** Sets the {@code excType} (HANDLER: a). */
    void setExcType(Node value) {
        of("setExcType", HANDLER).a = value;
    }

    /** The {@code finalbody} (TRY: list4). */
    Node[] finalbody() {
        return of("finalbody", TRY).list4;
    }

    /** Sets the {@code finalbody} (TRY: list4). */
    void setFinalbody(Node[] value) {
        of("setFinalbody", TRY).list4 = value;
    }

    /** Sets the {@code formatSpec} (FVAL: b). */
    void setFormatSpec(Node value) {
        of("setFormatSpec", FVAL).b = value;
    }

    /** The {@code func} (CALL: a). */
    Node func() {
        return of("func", CALL).a;
    }

    /** Sets the {@code func} (CALL: a). */
    void setFunc(Node value) {
        of("setFunc", CALL).a = value;
    }

    /** The {@code generators} (LISTCOMP, SETCOMP, GENEXP, DICTCOMP: list). */
    Node[] generators() {
        return of("generators", LISTCOMP, SETCOMP, GENEXP, DICTCOMP).list;
    }

    /** Sets the {@code generators} (LISTCOMP, SETCOMP, GENEXP, DICTCOMP: list). */
    void setGenerators(Node[] value) {
        of("setGenerators", LISTCOMP, SETCOMP, GENEXP, DICTCOMP).list = value;
    }

    /** The {@code guard} (MATCHCASE: b). */
    Node guard() {
        return of("guard", MATCHCASE).b;
    }

    /** The {@code handlers} (TRY: list3). */
    Node[] handlers() {
        return of("handlers", TRY).list3;
    }

    /** Sets the {@code handlers} (TRY: list3). */
    void setHandlers(Node[] value) {
        of("setHandlers", TRY).list3 = value;
    }

    /** The {@code id} (NAME: s). */
    String id() {
        return of("id", NAME).s;
    }

    /** Sets the {@code id} (NAME: s). */
    void setId(String value) {
        of("setId", NAME).s = value;
    }

    /** The {@code ifs} (COMPFOR: list). */
    Node[] ifs() {
        return of("ifs", COMPFOR).list;
    }

    /** Sets the {@code ifs} (COMPFOR: list). */
    void setIfs(Node[] value) {
        of("setIfs", COMPFOR).list = value;
    }

    /** The {@code index} (SUBSCRIPT: b). */
    Node index() {
        return of("index", SUBSCRIPT).b;
    }

    /** Sets the {@code index} (SUBSCRIPT: b). */
    void setIndex(Node value) {
        of("setIndex", SUBSCRIPT).b = value;
    }

    /** The {@code items} (WITH: list3). */
    Node[] items() {
        return of("items", WITH).list3;
    }

    /** Sets the {@code items} (WITH: list3). */
    void setItems(Node[] value) {
        of("setItems", WITH).list3 = value;
    }

    /** The {@code iter} (COMPFOR, FOR: b). */
    Node iter() {
        return of("iter", COMPFOR, FOR).b;
    }

    /** Sets the {@code iter} (COMPFOR, FOR: b). */
    void setIter(Node value) {
        of("setIter", COMPFOR, FOR).b = value;
    }

    /** The {@code key} (DICTCOMP: a). */
    Node key() {
        return of("key", DICTCOMP).a;
    }

    /** Sets the {@code key} (DICTCOMP: a). */
    void setKey(Node value) {
        of("setKey", DICTCOMP).a = value;
    }

    /** The {@code keys} (DICT, P_MAP: list). */
    Node[] keys() {
        return of("keys", DICT, P_MAP).list;
    }

    /** Sets the {@code keys} (DICT, P_MAP: list). */
    void setKeys(Node[] value) {
        of("setKeys", DICT, P_MAP).list = value;
    }

    /** The {@code keywords} (CALL: list2; CLASSDEF: list4). */
    Node[] keywords() {
        switch (kind) {
            case CALL:
                return list2;
            case CLASSDEF:
                return list4;
            default:
                throw wrongKind("keywords");
        }
    }

    /** Sets the {@code keywords} (CALL: list2; CLASSDEF: list4). */
    void setKeywords(Node[] value) {
        switch (kind) {
            case CALL:
                list2 = value;
                return;
            case CLASSDEF:
                list4 = value;
                return;
            default:
                throw wrongKind("setKeywords");
        }
    }

    /** Sets the {@code kwarg} (ARGS: s2). */
    void setKwarg(String value) {
        of("setKwarg", ARGS).s2 = value;
    }

    /** The {@code kwdPatterns} (P_CLASS: list2). */
    Node[] kwdPatterns() {
        return of("kwdPatterns", P_CLASS).list2;
    }

    /** Sets the {@code kwdPatterns} (P_CLASS: list2). */
    void setKwdPatterns(Node[] value) {
        of("setKwdPatterns", P_CLASS).list2 = value;
    }

    /** The {@code kwonly} (ARGS: list2). */
    Node[] kwonly() {
        return of("kwonly", ARGS).list2;
    }

    /** Sets the {@code kwonly} (ARGS: list2). */
    void setKwonly(Node[] value) {
        of("setKwonly", ARGS).list2 = value;
    }

    /** The {@code lambdaBody} (LAMBDA: a). */
    Node lambdaBody() {
        return of("lambdaBody", LAMBDA).a;
    }

    /** Sets the {@code lambdaBody} (LAMBDA: a). */
    void setLambdaBody(Node value) {
        of("setLambdaBody", LAMBDA).a = value;
    }

    /** The {@code left} (BINOP, COMPARE: a). */
    Node left() {
        return of("left", BINOP, COMPARE).a;
    }

    /** Sets the {@code left} (BINOP, COMPARE: a). */
    void setLeft(Node value) {
        of("setLeft", BINOP, COMPARE).a = value;
    }

    /** The {@code lower} (SLICE: a). */
    Node lower() {
        return of("lower", SLICE).a;
    }

    /** Sets the {@code lower} (SLICE: a). */
    void setLower(Node value) {
        of("setLower", SLICE).a = value;
    }

    /** The {@code module} (IMPORTFROM: s). */
    String module() {
        return of("module", IMPORTFROM).s;
    }

    /** Sets the {@code module} (IMPORTFROM: s). */
    void setModule(String value) {
        of("setModule", IMPORTFROM).s = value;
    }

    /** The {@code msg} (ASSERT: b). */
    Node msg() {
        return of("msg", ASSERT).b;
    }

    /** The {@code name} (HANDLER, FUNCDEF, CLASSDEF, ALIAS, ARG, P_CAPTURE, P_STAR, P_AS: s). */
    String name() {
        return of("name", HANDLER, FUNCDEF, CLASSDEF, ALIAS, ARG, P_CAPTURE, P_STAR, P_AS).s;
    }

    /** The name a FUNCDEF or CLASSDEF binds: its private-mangled name inside a class ({@link Mangler}), else name(). */
    String bindName() {
        Node n = of("bindName", FUNCDEF, CLASSDEF);
        return n.s2 != null ? n.s2 : n.s;
    }

    /** Sets the {@code name} (HANDLER, FUNCDEF, CLASSDEF, ALIAS, ARG, P_CAPTURE, P_STAR, P_AS: s). */
    void setName(String value) {
        of("setName", HANDLER, FUNCDEF, CLASSDEF, ALIAS, ARG, P_CAPTURE, P_STAR, P_AS).s = value;
    }

    /** The {@code operand} (UNARY: a). */
    Node operand() {
        return of("operand", UNARY).a;
    }

    /** Sets the {@code operand} (UNARY: a). */
    void setOperand(Node value) {
        of("setOperand", UNARY).a = value;
    }

    /** The {@code optionalVars} (WITHITEM: b). */
    Node optionalVars() {
        return of("optionalVars", WITHITEM).b;
    }

    /** Sets the {@code optionalVars} (WITHITEM: b). */
    void setOptionalVars(Node value) {
        of("setOptionalVars", WITHITEM).b = value;
    }

    /** The {@code orelse} (IF, WHILE, FOR, TRY: list2). */
    Node[] orelse() {
        return of("orelse", IF, WHILE, FOR, TRY).list2;
    }

    /** Sets the {@code orelse} (IF, WHILE, FOR, TRY: list2). */
    void setOrelse(Node[] value) {
        of("setOrelse", IF, WHILE, FOR, TRY).list2 = value;
    }

    /** The {@code parts} (FSTR: list). */
    Node[] parts() {
        return of("parts", FSTR).list;
    }

    /** Sets the {@code parts} (FSTR: list). */
    void setParts(Node[] value) {
        of("setParts", FSTR).list = value;
    }

    /** The {@code pattern} (MATCHCASE, P_AS: a). */
    Node pattern() {
        return of("pattern", MATCHCASE, P_AS).a;
    }

    /** Sets the {@code pattern} (MATCHCASE, P_AS: a). */
    void setPattern(Node value) {
        of("setPattern", MATCHCASE, P_AS).a = value;
    }

    /** The {@code patterns} (P_SEQ, P_CLASS, P_OR: list; P_MAP: list2). */
    Node[] patterns() {
        switch (kind) {
            case P_SEQ: case P_CLASS: case P_OR:
                return list;
            case P_MAP:
                return list2;
            default:
                throw wrongKind("patterns");
        }
    }

    /** Sets the {@code patterns} (P_SEQ, P_CLASS, P_OR: list; P_MAP: list2). */
    void setPatterns(Node[] value) {
        switch (kind) {
            case P_SEQ: case P_CLASS: case P_OR:
                list = value;
                return;
            case P_MAP:
                list2 = value;
                return;
            default:
                throw wrongKind("setPatterns");
        }
    }

    /** The {@code positional} (CALL, ARGS: list). */
    Node[] positional() {
        return of("positional", CALL, ARGS).list;
    }

    /** Sets the {@code positional} (CALL, ARGS: list). */
    void setPositional(Node[] value) {
        of("setPositional", CALL, ARGS).list = value;
    }

    /** The {@code rest} (P_MAP: s). */
    String rest() {
        return of("rest", P_MAP).s;
    }

    /** Sets the {@code rest} (P_MAP: s). */
    void setRest(String value) {
        of("setRest", P_MAP).s = value;
    }

    /** The {@code right} (BINOP: b). */
    Node right() {
        return of("right", BINOP).b;
    }

    /** Sets the {@code right} (BINOP: b). */
    void setRight(Node value) {
        of("setRight", BINOP).b = value;
    }

    /** The {@code step} (SLICE: c). */
    Node step() {
        return of("step", SLICE).c;
    }

    /** The {@code subject} (MATCH: a). */
    Node subject() {
        return of("subject", MATCH).a;
    }

    /** Sets the {@code subject} (MATCH: a). */
    void setSubject(Node value) {
        of("setSubject", MATCH).a = value;
    }

    /** The {@code target} (COMPFOR, NAMEDEXPR, AUGASSIGN, ANNASSIGN, FOR: a). */
    Node target() {
        return of("target", COMPFOR, NAMEDEXPR, AUGASSIGN, ANNASSIGN, FOR).a;
    }

    /** Sets the {@code target} (COMPFOR, NAMEDEXPR, AUGASSIGN, ANNASSIGN, FOR: a). */
    void setTarget(Node value) {
        of("setTarget", COMPFOR, NAMEDEXPR, AUGASSIGN, ANNASSIGN, FOR).a = value;
    }

    /** The {@code targets} (ASSIGN, DEL: list). */
    Node[] targets() {
        return of("targets", ASSIGN, DEL).list;
    }

    /** Sets the {@code targets} (ASSIGN, DEL: list). */
    void setTargets(Node[] value) {
        of("setTargets", ASSIGN, DEL).list = value;
    }

    /** The {@code test} (IFEXP, IF, WHILE, ASSERT: a). */
    Node test() {
        return of("test", IFEXP, IF, WHILE, ASSERT).a;
    }

    /** Sets the {@code test} (IFEXP, IF, WHILE, ASSERT: a). */
    void setTest(Node value) {
        of("setTest", IFEXP, IF, WHILE, ASSERT).a = value;
    }

    /** The {@code upper} (SLICE: b). */
    Node upper() {
        return of("upper", SLICE).b;
    }

    /**
     * The {@code value} (FVAL, KEYWORD, ATTR, SUBSCRIPT, YIELD, YIELDFROM, STARRED, AWAIT, EXPR, ASSIGN, RETURN,
     * P_VALUE: a; DICTCOMP, NAMEDEXPR, AUGASSIGN: b; ANNASSIGN: c).
     */
    Node value() {
        switch (kind) {
            case FVAL: case KEYWORD: case ATTR: case SUBSCRIPT: case YIELD: case YIELDFROM: case STARRED: case AWAIT
                    : case EXPR: case ASSIGN: case RETURN: case P_VALUE:
                return a;
            case DICTCOMP: case NAMEDEXPR: case AUGASSIGN:
                return b;
            case ANNASSIGN:
                return c;
            default:
                throw wrongKind("value");
        }
    }

    /**
     * Sets the {@code value} (FVAL, KEYWORD, ATTR, SUBSCRIPT, YIELD, YIELDFROM, STARRED, AWAIT, EXPR, ASSIGN, RETURN,
     * P_VALUE: a; DICTCOMP, NAMEDEXPR, AUGASSIGN: b; ANNASSIGN: c).
     */
    void setValue(Node value) {
        switch (kind) {
            case FVAL: case KEYWORD: case ATTR: case SUBSCRIPT: case YIELD: case YIELDFROM: case STARRED: case AWAIT
                    : case EXPR: case ASSIGN: case RETURN: case P_VALUE:
                a = value;
                return;
            case DICTCOMP: case NAMEDEXPR: case AUGASSIGN:
                b = value;
                return;
            case ANNASSIGN:
                c = value;
                return;
            default:
                throw wrongKind("setValue");
        }
    }

    /** The {@code values} (BOOLOP: list; DICT: list2). */
    Node[] values() {
        switch (kind) {
            case BOOLOP:
                return list;
            case DICT:
                return list2;
            default:
                throw wrongKind("values");
        }
    }

    /** Sets the {@code values} (BOOLOP: list; DICT: list2). */
    void setValues(Node[] value) {
        switch (kind) {
            case BOOLOP:
                list = value;
                return;
            case DICT:
                list2 = value;
                return;
            default:
                throw wrongKind("setValues");
        }
    }

    /** Sets the {@code vararg} (ARGS: s). */
    void setVararg(String value) {
        of("setVararg", ARGS).s = value;
    }

    /** The {@code whenFalse} (IFEXP: c). */
    Node whenFalse() {
        return of("whenFalse", IFEXP).c;
    }

    /** Sets the {@code whenFalse} (IFEXP: c). */
    void setWhenFalse(Node value) {
        of("setWhenFalse", IFEXP).c = value;
    }

    /** The {@code whenTrue} (IFEXP: b). */
    Node whenTrue() {
        return of("whenTrue", IFEXP).b;
    }

    /** Sets the {@code whenTrue} (IFEXP: b). */
    void setWhenTrue(Node value) {
        of("setWhenTrue", IFEXP).b = value;
    }

    /** This node, if its kind is one of {@code kinds}; otherwise an error naming the accessor. */
    private Node of(String accessor, int... kinds) {
        for (int k : kinds) {
            if (k == kind) {
                return this;
            }
        }
        throw wrongKind(accessor);
    }

    private IllegalStateException wrongKind(String accessor) {
        return new IllegalStateException("Node." + accessor + " on a node of kind " + kind);
    }
}
