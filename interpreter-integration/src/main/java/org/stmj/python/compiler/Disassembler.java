package org.stmj.python.compiler;

import org.stmj.python.objects.Ops;
import org.stmj.python.objects.PyObject;

/**
 * A disassembler in the shape of CPython's {@code dis}: one line per instruction with its source line (where it
 * changes), index, name, argument and what the argument names, by the argument kinds of {@link Op}'s table. Nested
 * code objects follow their parent. Run a program with {@code -Dstmj.dis=true} to print every module's code to
 * stderr as it is compiled.
 */
public final class Disassembler {
    private Disassembler() {
    }

    /** Whether the compiler prints each compiled module's disassembly to stderr (system property stmj.dis). */
    static final boolean ON_COMPILE = Boolean.getBoolean("stmj.dis");

    /** The disassembly of {@code code} and of the code objects among its constants, recursively. */
    public static String dis(Code code) {
        StringBuilder sb = new StringBuilder();
        dis(code, sb, true);
        return sb.toString();
    }

    /** The disassembly of {@code code} alone. */
    public static String disOne(Code code) {
        StringBuilder sb = new StringBuilder();
        dis(code, sb, false);
        return sb.toString();
    }

    private static void dis(Code code, StringBuilder sb, boolean nested) {
        sb.append("Disassembly of ").append(code.repr(null)).append(" (stack ").append(code.stacksize).append("):\n");
        int lastLine = -1;
        for (int i = 0; i < code.plainLength; i++) {
            int line = code.lines[i];
            String lineCol = line != lastLine ? String.valueOf(line) : "";
            lastLine = line;
            sb.append(instruction(code, i, lineCol)).append('\n');
        }
        if (!nested) {
            return;
        }
        for (PyObject c : code.consts) {
            if (c instanceof Code) {
                sb.append('\n');
                dis((Code) c, sb, true);
            }
        }
    }

    /** One line: source line (or blank), index, name, argument and its meaning. */
    static String instruction(Code code, int pc, String lineCol) {
        int ins = code.code[pc];
        if (Op.op(ins) == Op.TRACE) {
            ins = code.code[code.plainLength + 2 * Op.arg(ins)];
        }
        int op = Op.base(Op.op(ins));
        int arg = Op.arg(ins);
        if (!Op.isDefined(op)) {
            return String.format("%4s %6d <%d> %d", lineCol, pc, op, arg);
        }
        String meaning = meaning(code, op, arg);
        String head = String.format("%4s %6d %-24s", lineCol, pc, Op.name(op));
        if (Op.argKind(op) == Op.Arg.NONE && arg == 0) {
            return head.stripTrailing();
        }
        return head + String.format(" %4d", arg) + (meaning.isEmpty() ? "" : " (" + meaning + ")");
    }

    private static String meaning(Code code, int op, int arg) {
        try {
            switch (Op.argKind(op)) {
                case CONST:
                    return constRepr(code.consts[arg]);
                case LOCAL:
                    return code.varnames[arg];
                case CELL:
                    return arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
                case NAME:
                    return code.names[arg];
                case JUMP:
                    return "to " + arg;
                case BINOP:
                    return Ops.BIN_SYM[arg];
                case CMPOP:
                    return Ops.CMP_SYM[arg];
                case INVERT:
                    return arg == 1 ? "not" : "";
                case COUNTS:
                    return (arg & 0xff) + " before, " + (arg >> 8) + " after";
                default:
                    return "";
            }
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String constRepr(PyObject c) {
        try {
            return c.repr(null);
        } catch (RuntimeException e) {
            return "<" + c.getClass().getSimpleName() + ">";
        }
    }
}
