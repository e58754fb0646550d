package org.stmj.python.compiler;

import java.util.function.IntUnaryOperator;

/**
 * The opcodes and their table. An instruction is one int: the opcode in the low 8 bits and its argument in the high
 * 24 bits. Jump arguments are absolute instruction indices.
 *
 * <p>Every opcode is a compile-time constant (so the interpreter can switch on it) and has one row in the table
 * below: its name, what its argument means ({@link Arg}), how control leaves it ({@link Flow}) and its effect on the
 * value-stack depth, as a constant or a function of the argument. A jumping opcode has a second effect, the depth
 * change when the jump is taken. The compiler's stack-depth computation ({@code Compiler.maxStack}) and the
 * {@link Disassembler} read this table only; {@code OpTableTest} checks that every constant has a row.
 */
public final class Op {
    private Op() {
    }

    /** What an instruction's argument means. */
    public enum Arg {
        /** Unused (0). */
        NONE,
        /** An index into {@code Code.consts}. */
        CONST,
        /** An index into {@code Code.varnames} (a fast local). */
        LOCAL,
        /** An index into the cells then free variables ({@code Code.cellvars}, {@code Code.freevars}). */
        CELL,
        /** An index into {@code Code.names}. */
        NAME,
        /** An absolute instruction index. */
        JUMP,
        /** A count of stack operands (items, arguments, pairs). */
        COUNT,
        /** Two counts: targets before the starred one in the low 8 bits, after it above. */
        COUNTS,
        /** A binary operator number ({@code Ops.ADD}, ...). */
        BINOP,
        /** A comparison number ({@code Ops.LT}, ...). */
        CMPOP,
        /** 1 for the negated form ({@code is not}, {@code not in}). */
        INVERT,
        /** How far down the stack the target container sits (1 = just below the operand). */
        DEPTH,
        /** Bit flags; their meaning is documented where the opcode is executed. */
        FLAGS,
        /** 1 to keep the value on top while the handler's stack is dropped. */
        KEEP_TOP
    }

    /** How control leaves an instruction. */
    public enum Flow {
        /** Always to the next instruction. */
        NEXT,
        /** To the next instruction or to the argument (a handler, for the SETUP opcodes). */
        BRANCH,
        /** Always to the argument. */
        GOTO,
        /** Out of the frame: return or raise. */
        EXIT
    }

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int ROT_TWO = 2;
    public static final int ROT_THREE = 3;
    public static final int DUP_TOP = 4;
    public static final int DUP_TOP_TWO = 5;
    public static final int LOAD_CONST = 6;
    public static final int LOAD_FAST = 7;
    public static final int STORE_FAST = 8;
    public static final int DELETE_FAST = 9;
    public static final int LOAD_DEREF = 10;
    public static final int STORE_DEREF = 11;
    public static final int DELETE_DEREF = 12;
    public static final int LOAD_CLOSURE = 13;
    public static final int LOAD_GLOBAL = 14;
    public static final int STORE_GLOBAL = 15;
    public static final int DELETE_GLOBAL = 16;
    public static final int LOAD_NAME = 17;
    public static final int STORE_NAME = 18;
    public static final int DELETE_NAME = 19;
    public static final int LOAD_CLASSDEREF = 20;
    public static final int LOAD_ATTR = 21;
    public static final int STORE_ATTR = 22;
    public static final int DELETE_ATTR = 23;
    /**
     * Superinstructions (CPython 3.11's {@code LOAD_FAST__LOAD_FAST} and kin), never compiled and never in a
     * serialised code object: {@code Code}'s constructor quickens the first of two adjacent instructions into one of
     * these when the second is neither a jump target nor any other trace point ({@link Code#quicken}), and keeps the
     * second in place, so jumps, the line table, the stack depth and the trace appendix see the compiled program;
     * {@link #base} gives the instruction it was ({@code Code.plainCode}, the disassembler). The loop runs both in
     * one dispatch. {@code LOAD_FAST a; LOAD_ATTR n}: the local is pushed and the loop goes on with the {@code
     * LOAD_ATTR} itself (its cache slot, its errors, its position) without a dispatch in between.
     */
    public static final int LOAD_FAST_LOAD_ATTR = 24;
    /** {@code LOAD_FAST a; LOAD_FAST b} (see {@link #LOAD_FAST_LOAD_ATTR}): both pushed, b read from the next word. */
    public static final int LOAD_FAST_LOAD_FAST = 25;
    /**
     * Binary and in-place operators. The highest numbers on purpose: C2 parses the dispatch loop's switch from its
     * highest key down, and the handlers it inlines first take the compile's inlining budget (DesiredMethodLimit),
     * so the small-int arithmetic is inlined first (papers/results/scaling.md, 2026-12-03).
     */
    public static final int BINARY = 95;
    public static final int INPLACE = 96;
    /**
     * Superinstruction (see {@link #LOAD_FAST_LOAD_ATTR}): {@code UNPACK_SEQUENCE n} followed by n {@code
     * STORE_FAST}s, none of them a trace point ({@code a, b = pair}, {@code for k, (x, y) in items}): a tuple of n
     * items goes straight into the n locals, in the stores' order, in one dispatch; anything else is unpacked onto
     * the stack as by {@code UNPACK_SEQUENCE} and the stores run as usual. The operand is n; the stores stay in
     * place and give the locals.
     */
    public static final int UNPACK_SEQUENCE_STORE_FAST = 89;
    /**
     * Superinstruction (see {@link #LOAD_FAST_LOAD_ATTR}): {@code BUILD_TUPLE n; UNPACK_SEQUENCE n} and n {@code
     * STORE_FAST}s, none of the last n + 1 a trace point: the compiled form of {@code a, b = x, y}. The n values go
     * from the stack straight into the locals, in the stores' order, without the tuple, in one dispatch.
     */
    public static final int BUILD_TUPLE_STORE_FAST = 90;
    /**
     * {@code BINARY MUL; BINARY|INPLACE ADD|SUB} quickened at code load ({@link #LOAD_FAST_LOAD_ATTR}'s rules):
     * {@code c + a * b} and {@code c -= a * b} of three exact floats in one dispatch with one float allocated (the
     * product is consumed at once); any other operands run the multiplication as {@code BINARY} does, then the
     * second instruction by itself. The operator of the second is read from the next word. Numbered just below
     * {@link #BINARY} (see there): numbered above it, fannkuch ran 1.10-1.13x slower (gil20, interpreter-perf.md).
     */
    public static final int MUL_ADD = 94;
    /**
     * Superinstruction (see {@link #LOAD_FAST_LOAD_ATTR}): {@code LOAD_FAST a; DUP_TOP; LOAD_ATTR n}, the start of
     * {@code a.n op= v}: the local pushed twice, then the {@code LOAD_ATTR} itself runs, in one dispatch. The
     * attribute's name is read from the word two after.
     */
    public static final int LOAD_FAST_DUP_LOAD_ATTR = 92;
    /**
     * Superinstruction (see {@link #LOAD_FAST_LOAD_ATTR}): {@code ROT_TWO; STORE_ATTR n}, the end of {@code o.n op=
     * v}: the two swapped, then the {@code STORE_ATTR} itself runs, in one dispatch.
     */
    public static final int ROT_TWO_STORE_ATTR = 93;
    public static final int UNARY_NEG = 26;
    public static final int UNARY_POS = 27;
    public static final int UNARY_NOT = 28;
    public static final int UNARY_INVERT = 29;
    public static final int COMPARE = 30;
    public static final int IS_OP = 31;
    public static final int CONTAINS_OP = 32;
    public static final int BINARY_SUBSCR = 33;
    public static final int STORE_SUBSCR = 34;
    public static final int DELETE_SUBSCR = 35;
    public static final int BUILD_SLICE = 36;
    public static final int BUILD_TUPLE = 37;
    public static final int BUILD_LIST = 38;
    public static final int BUILD_SET = 39;
    public static final int BUILD_MAP = 40;
    public static final int LIST_APPEND = 41;
    public static final int SET_ADD = 42;
    public static final int MAP_ADD = 43;
    public static final int LIST_EXTEND = 44;
    public static final int SET_UPDATE = 45;
    public static final int DICT_UPDATE = 46;
    public static final int DICT_MERGE = 47;
    public static final int LIST_TO_TUPLE = 48;
    public static final int BUILD_STRING = 49;
    public static final int FORMAT_VALUE = 50;
    public static final int UNPACK_SEQUENCE = 51;
    public static final int UNPACK_EX = 52;
    public static final int JUMP = 53;
    public static final int POP_JUMP_IF_FALSE = 54;
    public static final int POP_JUMP_IF_TRUE = 55;
    public static final int JUMP_IF_FALSE_OR_POP = 56;
    public static final int JUMP_IF_TRUE_OR_POP = 57;
    public static final int GET_ITER = 58;
    public static final int FOR_ITER = 59;
    public static final int CALL = 60;
    public static final int CALL_KW = 61;
    public static final int CALL_EX = 62;
    public static final int MAKE_FUNCTION = 63;
    public static final int RETURN_VALUE = 64;
    public static final int YIELD_VALUE = 65;
    public static final int GET_YIELD_FROM_ITER = 66;
    public static final int YIELD_FROM = 67;
    public static final int SETUP_FINALLY = 68;
    public static final int POP_BLOCK = 69;
    public static final int POP_EXCEPT = 70;
    public static final int RERAISE = 71;
    public static final int JUMP_IF_NOT_EXC_MATCH = 72;
    public static final int RAISE_VARARGS = 73;
    public static final int SETUP_WITH = 74;
    public static final int WITH_EXCEPT_START = 75;
    public static final int LOAD_BUILD_CLASS = 76;
    public static final int IMPORT_NAME = 77;
    public static final int IMPORT_FROM = 78;
    public static final int IMPORT_STAR = 79;
    public static final int LOAD_ASSERTION_ERROR = 80;
    public static final int PRINT_EXPR = 81;
    public static final int CALL_EXIT_NONE = 82;
    public static final int LOAD_METHOD = 83;
    public static final int CALL_METHOD = 84;
    /** Module and class bodies with annotations: {@code __annotations__ = {}} in the namespace unless present. */
    public static final int SETUP_ANNOTATIONS = 85;
    /** except* (PEP 654): see Compiler.tryStarExcept for the stack layout. */
    public static final int CHECK_EG_MATCH = 87;
    /**
     * A patched trace point (never compiled; written over an instruction by {@code vm.Tracing} while tracing): the
     * argument is the point's index in {@code Code.tracePoints}; the loop reports the event and goes on at the
     * point's copy in the code's trace appendix.
     */
    public static final int TRACE = 86;
    public static final int PREP_RERAISE_STAR = 88;
    /**
     * {@code BUILD_SLICE n; BINARY_SUBSCR} or {@code BUILD_SLICE n; STORE_SUBSCR}, a superinstruction (see {@link
     * #LOAD_FAST_LOAD_ATTR}; the second instruction, read from the next word, says which): the subscript with the
     * bounds taken from the stack, no slice object for an exact list ({@code vm.Slicing}).
     */
    public static final int SLICE_SUBSCR = 91;
    /**
     * {@code LOAD_FAST a; LOAD_CONST c} (see {@link #LOAD_FAST_LOAD_ATTR}): the local and the constant pushed in one
     * dispatch ({@code i + 1}, {@code p[0]}, {@code n += 1}), c read from the next word. The next free number: the
     * case inlines nothing, so its place at the top of C2's parse order takes none of the inlining budget.
     */
    public static final int LOAD_FAST_LOAD_CONST = 97;
    /**
     * {@code LOAD_FAST a; LOAD_CONST c; BINARY|INPLACE op} (see {@link #LOAD_FAST_LOAD_ATTR}): {@code i + 1}, {@code
     * n += 1}, {@code k // 2}: the local and the constant pushed, then the operator's own case runs at the third
     * word (its operator, its errors, its position), in one dispatch.
     */
    public static final int LOAD_FAST_LOAD_CONST_BINARY = 98;
    /**
     * {@code BINARY op1; LOAD_CONST k; BINARY|INPLACE op2} with k an int constant (see {@link #LOAD_FAST_LOAD_ATTR}):
     * {@code ij * (ij + 1) // 2}, {@code x + i + 1}: of two exact ints (or floats) the result of both operators in
     * one dispatch, without the intermediate object ({@code objects.ArithChain}); any other operands, an overflow or
     * a zero divisor run the first operator as {@code BINARY} does, then the constant and the second operator by
     * themselves. The operand is op1; k and op2 are read from the next two words.
     */
    public static final int BINARY_CONST_BINARY = 99;
    /**
     * {@code LOAD_FAST a; LOAD_FAST b; BINARY|INPLACE op} (see {@link #LOAD_FAST_LOAD_ATTR}): {@code dx * dx},
     * {@code i + j}: of two exact ints of machine size or floats the result in one dispatch ({@code
     * objects.ArithChain#binary}); anything else (an unbound local too) runs as {@link #LOAD_FAST_LOAD_FAST}, then
     * the operator by itself at the third word. b's index and op are read from the next two words.
     */
    public static final int LOAD_FAST_LOAD_FAST_BINARY = 100;
    /**
     * {@code LOAD_FAST a; LOAD_FAST b; BINARY op1; BINARY|INPLACE op2} (see {@link #LOAD_FAST_LOAD_ATTR}): {@code
     * c - dx * bm}, {@code s + dy * dy} with c the value below the pair: of three exact floats {@code c op2 (a op1
     * b)} in one dispatch, without the intermediate float ({@code objects.ArithChain#binary2}); else it runs as
     * {@link #LOAD_FAST_LOAD_FAST_BINARY} and the second operator by itself at the fourth word.
     */
    public static final int LOAD_FAST_LOAD_FAST_BINARY2 = 101;

    /**
     * The end of a {@code for} loop other than by exhaustion ({@code break}, {@code return}) when it iterates a call
     * ({@code for x in gen(...)}, whose {@code GET_ITER} has argument 1): pops the iterator and, when the call made a
     * generator (the loop's stack then holds the only reference to it), closes it, as CPython's reference count
     * does (its {@code finally} blocks and {@code with} exits run). Numbered apart from the loop's hot opcodes: the
     * loop runs it out of line.
     */
    public static final int POP_ITER = 110;

    /** One more than the largest opcode. */
    public static final int LIMIT = POP_ITER + 1;

    /** Opcode names, indexed by opcode; null where no opcode has the number. */
    public static final String[] NAMES = new String[128];
    private static final Arg[] ARG = new Arg[128];
    private static final Flow[] FLOW = new Flow[128];
    private static final IntUnaryOperator[] EFFECT = new IntUnaryOperator[128];
    private static final int[] JUMP_EFFECT = new int[128];

    static {
        //  opcode                 name                     argument       control      effect [, effect if jumping]
        def(NOP,                   "NOP",                   Arg.NONE,      Flow.NEXT,   0);
        def(POP_TOP,               "POP_TOP",               Arg.FLAGS,     Flow.NEXT,   -1);
        def(ROT_TWO,               "ROT_TWO",               Arg.NONE,      Flow.NEXT,   0);
        def(ROT_THREE,             "ROT_THREE",             Arg.NONE,      Flow.NEXT,   0);
        def(DUP_TOP,               "DUP_TOP",               Arg.NONE,      Flow.NEXT,   1);
        def(DUP_TOP_TWO,           "DUP_TOP_TWO",           Arg.NONE,      Flow.NEXT,   2);
        def(LOAD_CONST,            "LOAD_CONST",            Arg.CONST,     Flow.NEXT,   1);
        def(LOAD_FAST,             "LOAD_FAST",             Arg.LOCAL,     Flow.NEXT,   1);
        def(STORE_FAST,            "STORE_FAST",            Arg.LOCAL,     Flow.NEXT,   -1);
        def(DELETE_FAST,           "DELETE_FAST",           Arg.LOCAL,     Flow.NEXT,   0);
        def(LOAD_DEREF,            "LOAD_DEREF",            Arg.CELL,      Flow.NEXT,   1);
        def(STORE_DEREF,           "STORE_DEREF",           Arg.CELL,      Flow.NEXT,   -1);
        def(DELETE_DEREF,          "DELETE_DEREF",          Arg.CELL,      Flow.NEXT,   0);
        def(LOAD_CLOSURE,          "LOAD_CLOSURE",          Arg.CELL,      Flow.NEXT,   1);
        def(LOAD_GLOBAL,           "LOAD_GLOBAL",           Arg.NAME,      Flow.NEXT,   1);
        def(STORE_GLOBAL,          "STORE_GLOBAL",          Arg.NAME,      Flow.NEXT,   -1);
        def(DELETE_GLOBAL,         "DELETE_GLOBAL",         Arg.NAME,      Flow.NEXT,   0);
        def(LOAD_NAME,             "LOAD_NAME",             Arg.NAME,      Flow.NEXT,   1);
        def(STORE_NAME,            "STORE_NAME",            Arg.NAME,      Flow.NEXT,   -1);
        def(DELETE_NAME,           "DELETE_NAME",           Arg.NAME,      Flow.NEXT,   0);
        def(LOAD_CLASSDEREF,       "LOAD_CLASSDEREF",       Arg.CELL,      Flow.NEXT,   1);
        def(LOAD_ATTR,             "LOAD_ATTR",             Arg.NAME,      Flow.NEXT,   0);
        def(STORE_ATTR,            "STORE_ATTR",            Arg.NAME,      Flow.NEXT,   -2);
        def(DELETE_ATTR,           "DELETE_ATTR",           Arg.NAME,      Flow.NEXT,   -1);
        def(BINARY,                "BINARY",                Arg.BINOP,     Flow.NEXT,   -1);
        def(INPLACE,               "INPLACE",               Arg.BINOP,     Flow.NEXT,   -1);
        def(UNARY_NEG,             "UNARY_NEG",             Arg.NONE,      Flow.NEXT,   0);
        def(UNARY_POS,             "UNARY_POS",             Arg.NONE,      Flow.NEXT,   0);
        def(UNARY_NOT,             "UNARY_NOT",             Arg.NONE,      Flow.NEXT,   0);
        def(UNARY_INVERT,          "UNARY_INVERT",          Arg.NONE,      Flow.NEXT,   0);
        def(COMPARE,               "COMPARE",               Arg.CMPOP,     Flow.NEXT,   -1);
        def(IS_OP,                 "IS_OP",                 Arg.INVERT,    Flow.NEXT,   -1);
        def(CONTAINS_OP,           "CONTAINS_OP",           Arg.INVERT,    Flow.NEXT,   -1);
        def(BINARY_SUBSCR,         "BINARY_SUBSCR",         Arg.NONE,      Flow.NEXT,   -1);
        def(STORE_SUBSCR,          "STORE_SUBSCR",          Arg.NONE,      Flow.NEXT,   -3);
        def(DELETE_SUBSCR,         "DELETE_SUBSCR",         Arg.NONE,      Flow.NEXT,   -2);
        def(BUILD_SLICE,           "BUILD_SLICE",           Arg.COUNT,     Flow.NEXT,   n -> 1 - n);
        def(BUILD_TUPLE,           "BUILD_TUPLE",           Arg.COUNT,     Flow.NEXT,   n -> 1 - n);
        def(BUILD_LIST,            "BUILD_LIST",            Arg.COUNT,     Flow.NEXT,   n -> 1 - n);
        def(BUILD_SET,             "BUILD_SET",             Arg.COUNT,     Flow.NEXT,   n -> 1 - n);
        def(BUILD_MAP,             "BUILD_MAP",             Arg.COUNT,     Flow.NEXT,   n -> 1 - 2 * n);
        def(LIST_APPEND,           "LIST_APPEND",           Arg.DEPTH,     Flow.NEXT,   -1);
        def(SET_ADD,               "SET_ADD",               Arg.DEPTH,     Flow.NEXT,   -1);
        def(MAP_ADD,               "MAP_ADD",               Arg.DEPTH,     Flow.NEXT,   -2);
        def(LIST_EXTEND,           "LIST_EXTEND",           Arg.DEPTH,     Flow.NEXT,   -1);
        def(SET_UPDATE,            "SET_UPDATE",            Arg.DEPTH,     Flow.NEXT,   -1);
        def(DICT_UPDATE,           "DICT_UPDATE",           Arg.DEPTH,     Flow.NEXT,   -1);
        def(DICT_MERGE,            "DICT_MERGE",            Arg.DEPTH,     Flow.NEXT,   -1);
        def(LIST_TO_TUPLE,         "LIST_TO_TUPLE",         Arg.NONE,      Flow.NEXT,   0);
        def(BUILD_STRING,          "BUILD_STRING",          Arg.COUNT,     Flow.NEXT,   n -> 1 - n);
        def(FORMAT_VALUE,          "FORMAT_VALUE",          Arg.FLAGS,     Flow.NEXT,   a -> (a & 4) != 0 ? -1 : 0);
        def(UNPACK_SEQUENCE,       "UNPACK_SEQUENCE",       Arg.COUNT,     Flow.NEXT,   n -> n - 1);
        def(UNPACK_EX,             "UNPACK_EX",             Arg.COUNTS,    Flow.NEXT,   a -> (a & 0xff) + (a >> 8));
        def(JUMP,                  "JUMP",                  Arg.JUMP,      Flow.GOTO,   0, 0);
        def(POP_JUMP_IF_FALSE,     "POP_JUMP_IF_FALSE",     Arg.JUMP,      Flow.BRANCH, -1, -1);
        def(POP_JUMP_IF_TRUE,      "POP_JUMP_IF_TRUE",      Arg.JUMP,      Flow.BRANCH, -1, -1);
        def(JUMP_IF_FALSE_OR_POP,  "JUMP_IF_FALSE_OR_POP",  Arg.JUMP,      Flow.BRANCH, -1, 0);
        def(JUMP_IF_TRUE_OR_POP,   "JUMP_IF_TRUE_OR_POP",   Arg.JUMP,      Flow.BRANCH, -1, 0);
        def(GET_ITER,              "GET_ITER",              Arg.FLAGS,     Flow.NEXT,   0);
        def(FOR_ITER,              "FOR_ITER",              Arg.JUMP,      Flow.BRANCH, 1, -1);
        def(CALL,                  "CALL",                  Arg.COUNT,     Flow.NEXT,   n -> -n);
        def(CALL_KW,               "CALL_KW",               Arg.COUNT,     Flow.NEXT,   n -> -n - 1);
        def(CALL_EX,               "CALL_EX",               Arg.FLAGS,     Flow.NEXT,   a -> (a & 1) != 0 ? -2 : -1);
        def(MAKE_FUNCTION,         "MAKE_FUNCTION",         Arg.FLAGS,     Flow.NEXT,   a -> -Integer.bitCount(a));
        def(RETURN_VALUE,          "RETURN_VALUE",          Arg.NONE,      Flow.EXIT,   -1);
        def(YIELD_VALUE,           "YIELD_VALUE",           Arg.NONE,      Flow.NEXT,   0);
        def(GET_YIELD_FROM_ITER,   "GET_YIELD_FROM_ITER",   Arg.NONE,      Flow.NEXT,   0);
        def(YIELD_FROM,            "YIELD_FROM",            Arg.NONE,      Flow.NEXT,   -1);
        def(SETUP_FINALLY,         "SETUP_FINALLY",         Arg.JUMP,      Flow.BRANCH, 0, 2);
        def(POP_BLOCK,             "POP_BLOCK",             Arg.NONE,      Flow.NEXT,   0);
        def(POP_EXCEPT,            "POP_EXCEPT",            Arg.KEEP_TOP, Flow.NEXT,   -2);
        def(RERAISE,               "RERAISE",               Arg.NONE,      Flow.EXIT,   0);
        def(JUMP_IF_NOT_EXC_MATCH, "JUMP_IF_NOT_EXC_MATCH", Arg.JUMP,      Flow.BRANCH, -2, -2);
        def(RAISE_VARARGS,         "RAISE_VARARGS",         Arg.COUNT,     Flow.EXIT,   n -> -n);
        def(SETUP_WITH,            "SETUP_WITH",            Arg.JUMP,      Flow.BRANCH, 1, 2);
        def(WITH_EXCEPT_START,     "WITH_EXCEPT_START",     Arg.NONE,      Flow.NEXT,   1);
        def(LOAD_BUILD_CLASS,      "LOAD_BUILD_CLASS",      Arg.NONE,      Flow.NEXT,   1);
        def(IMPORT_NAME,           "IMPORT_NAME",           Arg.NAME,      Flow.NEXT,   -1);
        def(IMPORT_FROM,           "IMPORT_FROM",           Arg.NAME,      Flow.NEXT,   1);
        def(IMPORT_STAR,           "IMPORT_STAR",           Arg.NONE,      Flow.NEXT,   -1);
        def(LOAD_ASSERTION_ERROR,  "LOAD_ASSERTION_ERROR",  Arg.NONE,      Flow.NEXT,   1);
        def(PRINT_EXPR,            "PRINT_EXPR",            Arg.NONE,      Flow.NEXT,   -1);
        def(CALL_EXIT_NONE,        "CALL_EXIT_NONE",        Arg.NONE,      Flow.NEXT,   -1);
        def(LOAD_METHOD,           "LOAD_METHOD",           Arg.NAME,      Flow.NEXT,   1);
        def(CALL_METHOD,           "CALL_METHOD",           Arg.COUNT,     Flow.NEXT,   n -> -n - 1);
        def(CHECK_EG_MATCH,        "CHECK_EG_MATCH",        Arg.JUMP,      Flow.BRANCH, 0, -1);
        def(PREP_RERAISE_STAR,     "PREP_RERAISE_STAR",     Arg.NONE,      Flow.NEXT,   -2);
        def(POP_ITER,              "POP_ITER",              Arg.NONE,      Flow.NEXT,   -1);
        def(SETUP_ANNOTATIONS,     "SETUP_ANNOTATIONS",     Arg.NONE,      Flow.NEXT,   0);
        def(LOAD_FAST_LOAD_ATTR,   "LOAD_FAST_LOAD_ATTR",   Arg.LOCAL,     Flow.NEXT,   1);
        def(LOAD_FAST_LOAD_FAST,   "LOAD_FAST_LOAD_FAST",   Arg.LOCAL,     Flow.NEXT,   1);
        def(LOAD_FAST_LOAD_CONST,  "LOAD_FAST_LOAD_CONST",  Arg.LOCAL,     Flow.NEXT,   1);
        def(LOAD_FAST_LOAD_CONST_BINARY, "LOAD_FAST_LOAD_CONST_BINARY", Arg.LOCAL, Flow.NEXT, 1);
        def(BINARY_CONST_BINARY,   "BINARY_CONST_BINARY",   Arg.BINOP,     Flow.NEXT,   -1);
        def(LOAD_FAST_LOAD_FAST_BINARY, "LOAD_FAST_LOAD_FAST_BINARY", Arg.LOCAL, Flow.NEXT, 1);
        def(LOAD_FAST_LOAD_FAST_BINARY2, "LOAD_FAST_LOAD_FAST_BINARY2", Arg.LOCAL, Flow.NEXT, 1);
        def(UNPACK_SEQUENCE_STORE_FAST, "UNPACK_SEQUENCE_STORE_FAST", Arg.COUNT, Flow.NEXT, n -> n - 1);
        def(BUILD_TUPLE_STORE_FAST, "BUILD_TUPLE_STORE_FAST", Arg.COUNT, Flow.NEXT, n -> 1 - n);
        def(MUL_ADD,               "MUL_ADD",               Arg.BINOP,     Flow.NEXT,   -1);
        def(LOAD_FAST_DUP_LOAD_ATTR, "LOAD_FAST_DUP_LOAD_ATTR", Arg.LOCAL, Flow.NEXT,   1);
        def(ROT_TWO_STORE_ATTR,    "ROT_TWO_STORE_ATTR",    Arg.NONE,      Flow.NEXT,   0);
        def(TRACE,                 "TRACE",                 Arg.COUNT,     Flow.NEXT,   0);
        def(SLICE_SUBSCR,          "SLICE_SUBSCR",          Arg.COUNT,     Flow.NEXT,   n -> 1 - n);
    }

    private static void def(int op, String name, Arg arg, Flow flow, int effect) {
        def(op, name, arg, flow, a -> effect);
    }

    private static void def(int op, String name, Arg arg, Flow flow, int effect, int jumpEffect) {
        def(op, name, arg, flow, a -> effect);
        JUMP_EFFECT[op] = jumpEffect;
    }

    private static void def(int op, String name, Arg arg, Flow flow, IntUnaryOperator effect) {
        if (NAMES[op] != null) {
            throw new IllegalStateException("opcode " + op + " defined twice: " + NAMES[op] + ", " + name);
        }
        NAMES[op] = name;
        ARG[op] = arg;
        FLOW[op] = flow;
        EFFECT[op] = effect;
    }

    /**
     * The compiled instruction a superinstruction was quickened from ({@code LOAD_FAST} for the first two, {@link
     * #LOAD_FAST_LOAD_CONST}, {@link #LOAD_FAST_LOAD_CONST_BINARY} and the two {@code LOAD_FAST_LOAD_FAST_BINARY}s,
     * {@code UNPACK_SEQUENCE} for {@link #UNPACK_SEQUENCE_STORE_FAST}, {@code BUILD_TUPLE} for {@link
     * #BUILD_TUPLE_STORE_FAST}, {@code BINARY} for {@link #MUL_ADD} and {@link #BINARY_CONST_BINARY}, {@code
     * LOAD_FAST} for {@link #LOAD_FAST_DUP_LOAD_ATTR}, {@code ROT_TWO} for {@link #ROT_TWO_STORE_ATTR}), any other
     * opcode itself.
     */
    public static int base(int op) {
        return op == LOAD_FAST_LOAD_ATTR || op == LOAD_FAST_LOAD_FAST || op == LOAD_FAST_DUP_LOAD_ATTR
                || op == LOAD_FAST_LOAD_CONST || op == LOAD_FAST_LOAD_CONST_BINARY || op == LOAD_FAST_LOAD_FAST_BINARY
                || op == LOAD_FAST_LOAD_FAST_BINARY2 ? LOAD_FAST
                : op == UNPACK_SEQUENCE_STORE_FAST ? UNPACK_SEQUENCE : op == BUILD_TUPLE_STORE_FAST ? BUILD_TUPLE
                : op == SLICE_SUBSCR ? BUILD_SLICE : op == MUL_ADD || op == BINARY_CONST_BINARY ? BINARY
                : op == ROT_TWO_STORE_ATTR ? ROT_TWO : op;
    }

    /** The opcode of an instruction. */
    public static int op(int ins) {
        return ins & 0xff;
    }

    /** The argument of an instruction. */
    public static int arg(int ins) {
        return ins >> 8;
    }

    /** Whether the table has a row for {@code op}. */
    public static boolean isDefined(int op) {
        return op >= 0 && op < NAMES.length && NAMES[op] != null;
    }

    /** The name of {@code op}, e.g. "LOAD_FAST". */
    public static String name(int op) {
        return NAMES[op];
    }

    /** What the argument of {@code op} means. */
    public static Arg argKind(int op) {
        return ARG[op];
    }

    /** How control leaves {@code op}. */
    public static Flow flow(int op) {
        return FLOW[op];
    }

    /** The change in stack depth when {@code op} with {@code arg} falls through (or, for EXIT, as it leaves). */
    public static int stackEffect(int op, int arg) {
        return EFFECT[op].applyAsInt(arg);
    }

    /** The change in stack depth when a BRANCH or GOTO opcode jumps to its argument. */
    public static int jumpEffect(int op) {
        return JUMP_EFFECT[op];
    }
}
