package org.stmj.python.compiler;

/**
 * Opcodes. An instruction is one int: the opcode in the low 8 bits and its argument in the high 24 bits.
 * Jump arguments are absolute instruction indices.
 */
public final class Op {
    private Op() {
    }

    public static final int NOP = 0, POP_TOP = 1, ROT_TWO = 2, ROT_THREE = 3, DUP_TOP = 4, DUP_TOP_TWO = 5,
            LOAD_CONST = 6, LOAD_FAST = 7, STORE_FAST = 8, DELETE_FAST = 9, LOAD_DEREF = 10, STORE_DEREF = 11,
            DELETE_DEREF = 12, LOAD_CLOSURE = 13, LOAD_GLOBAL = 14, STORE_GLOBAL = 15, DELETE_GLOBAL = 16,
            LOAD_NAME = 17, STORE_NAME = 18, DELETE_NAME = 19, LOAD_CLASSDEREF = 20, LOAD_ATTR = 21,
            STORE_ATTR = 22, DELETE_ATTR = 23, BINARY = 24, INPLACE = 25, UNARY_NEG = 26, UNARY_POS = 27,
            UNARY_NOT = 28, UNARY_INVERT = 29, COMPARE = 30, IS_OP = 31, CONTAINS_OP = 32, BINARY_SUBSCR = 33,
            STORE_SUBSCR = 34, DELETE_SUBSCR = 35, BUILD_SLICE = 36, BUILD_TUPLE = 37, BUILD_LIST = 38,
            BUILD_SET = 39, BUILD_MAP = 40, LIST_APPEND = 41, SET_ADD = 42, MAP_ADD = 43, LIST_EXTEND = 44,
            SET_UPDATE = 45, DICT_UPDATE = 46, DICT_MERGE = 47, LIST_TO_TUPLE = 48, BUILD_STRING = 49,
            FORMAT_VALUE = 50, UNPACK_SEQUENCE = 51, UNPACK_EX = 52, JUMP = 53, POP_JUMP_IF_FALSE = 54,
            POP_JUMP_IF_TRUE = 55, JUMP_IF_FALSE_OR_POP = 56, JUMP_IF_TRUE_OR_POP = 57, GET_ITER = 58,
            FOR_ITER = 59, CALL = 60, CALL_KW = 61, CALL_EX = 62, MAKE_FUNCTION = 63, RETURN_VALUE = 64,
            YIELD_VALUE = 65, GET_YIELD_FROM_ITER = 66, YIELD_FROM = 67, SETUP_FINALLY = 68, POP_BLOCK = 69,
            POP_EXCEPT = 70, RERAISE = 71, JUMP_IF_NOT_EXC_MATCH = 72, RAISE_VARARGS = 73, SETUP_WITH = 74,
            WITH_EXCEPT_START = 75, LOAD_BUILD_CLASS = 76, IMPORT_NAME = 77, IMPORT_FROM = 78, IMPORT_STAR = 79,
            LOAD_ASSERTION_ERROR = 80, PRINT_EXPR = 81, CALL_EXIT_NONE = 82, LOAD_METHOD = 83, CALL_METHOD = 84,
            LOAD_FAST_CHECKED = 85, COMPARE_JUMP = 86;
    /** except* (PEP 654): see Compiler.tryStarExcept for the stack layout. */
    public static final int CHECK_EG_MATCH = 87, PREP_RERAISE_STAR = 88;

    public static final String[] NAMES = new String[128];

    static {
        for (java.lang.reflect.Field f : Op.class.getFields()) {
            if (f.getType() == int.class) {
                try {
                    NAMES[f.getInt(null)] = f.getName();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public static int op(int ins) {
        return ins & 0xff;
    }

    public static int arg(int ins) {
        return ins >> 8;
    }
}
