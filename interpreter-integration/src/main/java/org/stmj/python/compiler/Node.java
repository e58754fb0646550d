package org.stmj.python.compiler;

/**
 * An AST node. One class with a kind tag keeps the tree compact; the fields each kind uses are listed next to
 * the kind constants.
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
    static final int ARGS = 65;       // list = ARG (positional, first op of them posonly), s = vararg, list2 = kwonly ARG, s2 = kwarg
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
    static final int P_CLASS = 76;    // a = class expression, list = positional patterns, list2 = keyword patterns, names
    static final int P_OR = 77;       // list = alternatives
    static final int P_AS = 78;       // a = pattern, s = name

    final int kind;
    final int line, col;
    int endLine, endCol;
    Node a, b, c;
    Node[] list, list2, list3, list4;
    Node args;
    String s, s2;
    Object v;
    int op;
    int[] ops;
    String[] names;

    Node(int kind, int line, int col) {
        this.kind = kind;
        this.line = line;
        this.col = col;
    }

    boolean isExpr() {
        return kind < 40;
    }
}
