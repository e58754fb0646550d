import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code org/stmj/core/Barriers.java} from {@code Barriers.java.in}: the build runs it (exec-maven-plugin,
 * phase generate-sources, {@code java BarriersGenerator.java TEMPLATE OUTDIR}) so that the per-kind barriers have
 * one source. The template is Java, with blocks between {@code //#each GROUP} and {@code //#end} written once per
 * kind of the group, {@code ${name}} standing for that kind's value of {@code name} (the table below). The output
 * is rewritten only when its text changes, so an unchanged template does not make the compiler rebuild the
 * module.
 */
public final class BarriersGenerator {
    private BarriersGenerator() {
    }

    /**
     * One JVM kind: its barrier name stem, Java type, {@code Unsafe} accessor stem, and how its slow path calls
     * the descriptor: {@code readOpen + "tx." + readCall + "(location" + txnKind + ", site)" + readClose} for a
     * read and {@code "tx." + writeCall + "(location" + txnKind + ", " + encode + ", site)"} for a write, with
     * {@code encode} turning {@code value} into the bits the descriptor stores; for arrays the element base
     * constant and log2 of the element size.
     */
    private record Kind(String kind, String type, String unsafe, String readOpen, String readCall, String readClose,
                        String writeCall, String txnKind, String encode, String base, String shift) {
        Map<String, String> values() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("Kind", kind);
            m.put("type", type);
            m.put("Unsafe", unsafe);
            m.put("readOpen", readOpen);
            m.put("readCall", readCall);
            m.put("readClose", readClose);
            m.put("writeCall", writeCall);
            m.put("txnKind", txnKind);
            m.put("encode", encode);
            m.put("BASE", base);
            m.put("SHIFT", shift);
            return m;
        }
    }

    private static Kind prim(String kind, String type, String txnKind, String readOpen, String readClose,
                             String encode, String base, String shift) {
        return new Kind(kind, type, kind, readOpen, "readPrim", readClose, "writePrim", ", Txn." + txnKind, encode,
                base, shift);
    }

    private static final Kind INT = prim("Int", "int", "K_INT", "(int) ", "", "value", "Engine.INT_BASE", "2");
    private static final Kind LONG = prim("Long", "long", "K_LONG", "", "", "value", "Engine.LONG_BASE", "3");
    private static final Kind FLOAT = prim("Float", "float", "K_INT", "Float.intBitsToFloat((int) ", ")",
            "Float.floatToRawIntBits(value)", "Engine.FLOAT_BASE", "2");
    private static final Kind DOUBLE = prim("Double", "double", "K_LONG", "Double.longBitsToDouble(", ")",
            "Double.doubleToRawLongBits(value)", "Engine.DOUBLE_BASE", "3");
    private static final Kind BOOLEAN = prim("Boolean", "boolean", "K_BYTE", "((byte) ", ") != 0",
            "(value ? 1L : 0L)", null, null);
    private static final Kind BYTE = prim("Byte", "byte", "K_BYTE", "(byte) ", "", "value", null, null);
    private static final Kind CHAR = prim("Char", "char", "K_SHORT", "(char) ", "", "value", "Engine.CHAR_BASE", "1");
    private static final Kind SHORT = prim("Short", "short", "K_SHORT", "(short) ", "", "value", "Engine.SHORT_BASE", "1");
    private static final Kind REF = new Kind("Ref", "Object", "Object", "", "readRef", "", "writeRef", "", "value",
            "Engine.REF_BASE", "Engine.REF_SHIFT");

    /** The kinds each {@code //#each} group of the template is written for. */
    private static final Map<String, List<Kind>> GROUPS = Map.of(
            // every field type: instance fields (own lock word or striped) and static fields
            "field", List.of(INT, LONG, FLOAT, DOUBLE, BOOLEAN, BYTE, CHAR, SHORT, REF),
            // element loads with a typed array ({@code BALOAD} serves byte[] and boolean[]: hand-written)
            "arrayRead", List.of(INT, LONG, FLOAT, DOUBLE, CHAR, SHORT, REF),
            // element stores with a typed array ({@code AASTORE} needs the JVM's store check: hand-written)
            "arrayWrite", List.of(INT, LONG, FLOAT, DOUBLE, CHAR, SHORT));

    private static final Pattern EACH = Pattern.compile("(?m)^[ \\t]*//#each (\\w+)[ \\t]*\\n(.*?)^[ \\t]*//#end[ \\t]*\\n",
            Pattern.DOTALL);
    private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)}");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java BarriersGenerator.java TEMPLATE OUTDIR");
        }
        String template = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String text = expand(template);
        Path out = Path.of(args[1], "org", "stmj", "core", "Barriers.java");
        if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    static String expand(String template) {
        Matcher m = EACH.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<Kind> kinds = GROUPS.get(m.group(1));
            if (kinds == null) {
                throw new IllegalArgumentException("Barriers.java.in: unknown group " + m.group(1));
            }
            StringBuilder block = new StringBuilder();
            for (Kind k : kinds) {
                block.append(substitute(m.group(2), k.values()));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(block.toString()));
        }
        m.appendTail(sb);
        String text = sb.toString();
        if (text.contains("${") || text.contains("//#")) {
            throw new IllegalArgumentException("Barriers.java.in: a placeholder or directive outside an //#each block");
        }
        return "// GENERATED by stm-core/src/main/template/BarriersGenerator.java from Barriers.java.in: edit those.\n"
                + text;
    }

    private static String substitute(String block, Map<String, String> values) {
        Matcher m = VAR.matcher(block);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("Barriers.java.in: no value of ${" + m.group(1) + "} for "
                        + values.get("Kind"));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
