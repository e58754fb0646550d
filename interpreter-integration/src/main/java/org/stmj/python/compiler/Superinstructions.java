package org.stmj.python.compiler;

/**
 * Superinstructions: pairs of adjacent instructions that the dispatch loop runs in one dispatch (CPython 3.11 has
 * {@code LOAD_FAST__LOAD_FAST} and friends for the same reason: on a switch-based interpreter the dispatch itself,
 * not the handler, is most of the cost of a simple instruction).
 *
 * <p>The loop reads {@link Code#quick}, a copy of {@link Code#code} in which an instruction at {@code i} that
 * starts a fusable pair carries a fused opcode (one of the constants below) with its own argument; the second
 * instruction's argument is read from {@code quick[i + 1]} (every entry keeps its original argument), and the
 * original second instruction stays at {@code i + 1}, so a jump to {@code i + 1} still runs it alone and no jump
 * target needs checking. Pairs may overlap ({@code i, i+1} and {@code i+1, i+2}); which one runs depends on
 * where control enters. The fused handler advances its {@code pc} to {@code i + 1} before it runs the second part,
 * so an exception raised there is attributed to the second instruction (its line, its exception-table range,
 * its inline-cache slot) exactly as without fusion. {@link Code#code} itself is unchanged: the compiler's
 * stack-depth analysis, the disassembler and every other reader see the plain instructions.
 *
 * <p>Fused opcodes are numbered from {@link #FIRST}, above every {@link Op} opcode.
 */
public final class Superinstructions {
    private Superinstructions() {
    }

    /**
     * Off with {@code -Dstmj.superinstructions=false}: {@link #quicken} then copies the code unchanged (for measuring
     * the fused loop against the same loop without fusion).
     */
    static final boolean ENABLED = !"false".equals(System.getProperty("stmj.superinstructions"));

    /** The first fused opcode number (above {@link Op#LIMIT}). */
    public static final int FIRST = 100;
    /** LOAD_FAST a; LOAD_FAST b. */
    public static final int LOAD_FAST_LOAD_FAST = 100;
    /** LOAD_FAST a; LOAD_ATTR name (the attribute's inline cache is the LOAD_ATTR's slot). */
    public static final int LOAD_FAST_LOAD_ATTR = 101;
    /** STORE_FAST a; LOAD_FAST b. */
    public static final int STORE_FAST_LOAD_FAST = 102;
    /** LOAD_FAST a; LOAD_CONST c. */
    public static final int LOAD_FAST_LOAD_CONST = 103;
    /** COMPARE op; POP_JUMP_IF_FALSE target (no bool is made when both operands are machine ints or floats). */
    public static final int COMPARE_POP_JUMP_IF_FALSE = 104;
    /** FOR_ITER target; STORE_FAST a (a generator's value is stored by the unfused STORE_FAST it resumes at). */
    public static final int FOR_ITER_STORE_FAST = 105;
    /** The last fused opcode. */
    public static final int LAST = FOR_ITER_STORE_FAST;

    /** The fused opcode for the pair (first, second) of plain opcodes, or -1 when they are not fused. */
    static int fusedOp(int first, int second) {
        switch (first) {
            case Op.LOAD_FAST:
                switch (second) {
                    case Op.LOAD_FAST: return LOAD_FAST_LOAD_FAST;
                    case Op.LOAD_ATTR: return LOAD_FAST_LOAD_ATTR;
                    case Op.LOAD_CONST: return LOAD_FAST_LOAD_CONST;
                    default: return -1;
                }
            case Op.STORE_FAST:
                return second == Op.LOAD_FAST ? STORE_FAST_LOAD_FAST : -1;
            case Op.COMPARE:
                return second == Op.POP_JUMP_IF_FALSE ? COMPARE_POP_JUMP_IF_FALSE : -1;
            case Op.FOR_ITER:
                return second == Op.STORE_FAST ? FOR_ITER_STORE_FAST : -1;
            default:
                return -1;
        }
    }

    /**
     * The loop's form of {@code code}: a copy with the first instruction of every fusable pair replaced by its
     * fused opcode (same argument); {@code code} itself is not changed.
     */
    public static int[] quicken(int[] code) {
        int[] q = code.clone();
        for (int i = 0; ENABLED && i + 1 < code.length; i++) {
            int f = fusedOp(Op.op(code[i]), Op.op(code[i + 1]));
            if (f >= 0) {
                q[i] = (code[i] & ~0xff) | f;
            }
        }
        return q;
    }

    /** The plain opcode of a loop instruction: the first opcode of a fused pair, or the opcode itself. */
    public static int plainOp(int op) {
        switch (op) {
            case LOAD_FAST_LOAD_FAST:
            case LOAD_FAST_LOAD_ATTR:
            case LOAD_FAST_LOAD_CONST:
                return Op.LOAD_FAST;
            case STORE_FAST_LOAD_FAST:
                return Op.STORE_FAST;
            case COMPARE_POP_JUMP_IF_FALSE:
                return Op.COMPARE;
            case FOR_ITER_STORE_FAST:
                return Op.FOR_ITER;
            default:
                return op;
        }
    }
}
