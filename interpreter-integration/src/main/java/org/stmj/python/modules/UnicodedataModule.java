package org.stmj.python.modules;

import java.text.Normalizer;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code unicodedata} over the JDK's character database ({@link Character}: category, bidirectional class,
 * mirrored, names and {@code codePointOf}, numeric values) and {@link Normalizer} (NFC/NFD/NFKC/NFKD).
 * The JDK 17 database is Unicode 13; {@code unidata_version} says 14.0.0, CPython 3.11's, and the characters
 * new in 14 are unassigned here. What the JDK does not expose is derived: the canonical combining class from
 * canonical reordering against marks of known class, the one-step decomposition from the full one, Hangul
 * syllable and CJK ideograph names by their algorithms, fractions and CJK numerals from a small table,
 * and the East Asian width from the ranges of UAX #11 (approximate: the ambiguous class is only its main ranges).
 * {@code ucd_3_2_0} (for IDNA/stringprep) answers from the same data. Everything is immutable.
 */
final class UnicodedataModule {
    private UnicodedataModule() {
    }

    static final PyType UCD = new PyType("UCD", Builtins.OBJECT, false, null);

    private static final String[] CATS = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs",
        "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};
    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
        "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    /** CJK unified ideograph ranges (names CJK UNIFIED IDEOGRAPH-XXXX). */
    private static final int[] CJK = {0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B739, 0x2B740,
        0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A};
    /** Marks of known canonical combining class (code point, class), for {@link #combining}. */
    private static final int[] CCC_REF = {0x0334, 1, 0x093C, 7, 0x3099, 8, 0x094D, 9, 0x05B0, 10, 0x05B1, 11,
        0x05B2, 12, 0x05B3, 13, 0x05B4, 14, 0x05B5, 15, 0x05B6, 16, 0x05B7, 17, 0x05B8, 18, 0x05B9, 19, 0x05BB, 20,
        0x05BC, 21, 0x05BD, 22, 0x05BF, 23, 0x05C1, 24, 0x05C2, 25, 0xFB1E, 26, 0x064B, 27, 0x064C, 28, 0x064D, 29,
        0x064E, 30, 0x064F, 31, 0x0650, 32, 0x0651, 33, 0x0652, 34, 0x0670, 35, 0x0711, 36, 0x0C55, 84, 0x0C56, 91,
        0x0E38, 103, 0x0E48, 107, 0x0EB8, 118, 0x0EC8, 122, 0x0F71, 129, 0x0F72, 130, 0x0F74, 132, 0x1DCE, 214,
        0x0321, 202, 0x031B, 216, 0x302A, 218, 0x0316, 220, 0x059A, 222, 0x302E, 224, 0x302B, 228, 0x0300, 230,
        0x0315, 232, 0x035C, 233, 0x035D, 234, 0x0345, 240};

    static int cp(PyObject o, String fn) {
        if (!(o instanceof PyStr)) {
            throw Py.typeError(fn + "() argument must be a unicode character, not " + o.type().name);
        }
        String s = ((PyStr) o).value();
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Py.typeError(fn + "() argument must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    static String category(int c) {
        int t = Character.getType(c);
        return t >= 0 && t < CATS.length ? CATS[t] : "Cn";
    }

    static String bidirectional(int c) {
        if (Character.getType(c) == Character.UNASSIGNED) {
            return "";
        }
        int d = Character.getDirectionality(c);
        return d >= 0 && d < BIDI.length ? BIDI[d] : "";
    }

    static boolean inCjk(int c) {
        for (int i = 0; i < CJK.length; i += 2) {
            if (c >= CJK[i] && c <= CJK[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The character's name, or null when it has none. */
    static String name(int c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int s = c - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        if (inCjk(c)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        }
        int t = Character.getType(c);
        if (t == Character.UNASSIGNED || t == Character.CONTROL || t == Character.PRIVATE_USE || t
                == Character.SURROGATE) {
            return null;
        }
        String n = Character.getName(c);
        if (n == null) {
            return null;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        if (b != null && n.equals(b.toString().replace('_', ' ') + " " + hex)) {
            // the JDK's made-up name for a character without one in UnicodeData: the algorithmic names
            String bn = b.toString();
            if (bn.startsWith("TANGUT")) {
                return "TANGUT IDEOGRAPH-" + hex;
            }
            if (bn.startsWith("KHITAN")) {
                return "KHITAN SMALL SCRIPT CHARACTER-" + hex;
            }
            if (bn.startsWith("NUSHU")) {
                return "NUSHU CHARACTER-" + hex;
            }
            if (bn.startsWith("CJK_COMPATIBILITY_IDEOGRAPHS")) {
                return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
            }
            return null;
        }
        return n;
    }

    /** The code point of a name, or -1. */
    static int lookup(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT).trim();
        for (String pre : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
            "NUSHU CHARACTER-", "KHITAN SMALL SCRIPT CHARACTER-"}) {
            if (n.startsWith(pre)) {
                try {
                    int c = Integer.parseInt(n.substring(pre.length()), 16);
                    return name(c) != null && name(c).equals(n) ? c : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int c = 0xAC00; c <= 0xD7A3; c++) {
                if (name(c).equals(n)) {
                    return c;
                }
            }
            return -1;
        }
        try {
            return Character.codePointOf(n);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    static int decimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    static int digit(int c) {
        int d = decimal(c);
        if (d >= 0) {
            return d;
        }
        if (Character.getType(c) == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(c);
            if (v >= 0 && v <= 9) {
                return v;
            }
        }
        return -1;
    }

    /** Fractions and CJK numerals, which Character.getNumericValue does not give: (code point, num, den). */
    private static final int[] EXTRA_NUMERIC = {0x00BC, 1, 4, 0x00BD, 1, 2, 0x00BE, 3, 4, 0x2150, 1, 7, 0x2151, 1, 9,
        0x2152, 1, 10, 0x2153, 1, 3, 0x2154, 2, 3, 0x2155, 1, 5, 0x2156, 2, 5, 0x2157, 3, 5, 0x2158, 4, 5, 0x2159, 1, 6,
        0x215A, 5, 6, 0x215B, 1, 8, 0x215C, 3, 8, 0x215D, 5, 8, 0x215E, 7, 8, 0x215F, 1, 1, 0x2189, 0, 3,
        0x0F2A, 1, 2, 0x0F2B, 3, 2, 0x0F2C, 5, 2, 0x0F2D, 7, 2, 0x0F2E, 9, 2, 0x0F2F, 11, 2, 0x0F30, 13, 2, 0x0F31, 15,
        2,
        0x0F32, 17, 2, 0x0F33, -1, 2, 0x3007, 0, 1, 0x4E00, 1, 1, 0x4E8C, 2, 1, 0x4E09, 3, 1, 0x56DB, 4, 1, 0x4E94, 5,
        1,
        0x516D, 6, 1, 0x4E03, 7, 1, 0x516B, 8, 1, 0x4E5D, 9, 1, 0x5341, 10, 1, 0x767E, 100, 1, 0x5343, 1000, 1,
        0x4E07, 10000, 1, 0x96F6, 0, 1, 0x5104, 100000000, 1};

    static double numeric(int c) {
        int d = digit(c);
        if (d >= 0) {
            return d;
        }
        for (int i = 0; i < EXTRA_NUMERIC.length; i += 3) {
            if (EXTRA_NUMERIC[i] == c) {
                return (double) EXTRA_NUMERIC[i + 1] / EXTRA_NUMERIC[i + 2];
            }
        }
        int v = Character.getNumericValue(c);
        if (v >= 0) {
            int t = Character.getType(c);
            // getNumericValue also maps letters to digits of radix 36: only numbers count
            if (t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER || t == Character.DECIMAL_DIGIT_NUMBER) {
                return v;
            }
        }
        return Double.NaN;
    }

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    /** The canonical combining class, from canonical reordering against marks of known class. */
    static int combining(int c) {
        int t = Character.getType(c);
        if (t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK && t != Character.ENCLOSING_MARK) {
            return 0;
        }
        String m = new String(Character.toChars(c));
        String dm = nfd(m);
        if (!dm.equals(m)) {
            int f = dm.codePointAt(0);
            return f == c ? 0 : combining(f);
        }
        boolean positive = false;
        for (int i = 0; i < CCC_REF.length; i += 2) {
            int r = CCC_REF[i];
            if (r == c) {
                return CCC_REF[i + 1];
            }
            String rs = new String(Character.toChars(r));
            boolean swapsAfter = !nfd(rs + m).equals(rs + m); // ccc(r) > ccc(m) > 0
            boolean swapsBefore = !nfd(m + rs).equals(m + rs); // ccc(m) > ccc(r) > 0
            if (swapsAfter || swapsBefore) {
                positive = true;
            } else if (positive) {
                return CCC_REF[i + 1];
            }
        }
        if (!positive) {
            return 0;
        }
        // above every reference but the last that it swapped with: between known classes; report the nearest below
        int best = 0;
        for (int i = 0; i < CCC_REF.length; i += 2) {
            String rs = new String(Character.toChars(CCC_REF[i]));
            if (!nfd(m + rs).equals(m + rs)) {
                best = CCC_REF[i + 1];
            }
        }
        return best;
    }

    static String hexs(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(x -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String h = Integer.toHexString(x).toUpperCase(java.util.Locale.ROOT);
            for (int i = h.length(); i < 4; i++) {
                sb.append('0');
            }
            sb.append(h);
        });
        return sb.toString();
    }

    static String compatTag(int c) {
        String n = name(c);
        if (n == null) {
            return "<compat>";
        }
        String[][] tags = {{"SUPERSCRIPT", "<super>"}, {"MODIFIER LETTER SMALL", "<super>"}, {"SUBSCRIPT", "<sub>"},
            {"VULGAR FRACTION", "<fraction>"}, {"FRACTION NUMERATOR", "<fraction>"}, {"CIRCLED", "<circle>"},
            {"FULLWIDTH", "<wide>"}, {"HALFWIDTH", "<narrow>"}, {"MATHEMATICAL", "<font>"}, {"DOUBLE-STRUCK", "<font>"},
            {"BLACK-LETTER", "<font>"}, {"SCRIPT CAPITAL", "<font>"}, {"SMALL ", "<small>"}, {"SQUARE", "<square>"},
            {"NO-BREAK", "<noBreak>"}, {"NARROW NO-BREAK", "<noBreak>"}, {"ISOLATED FORM", "<isolated>"},
            {"INITIAL FORM", "<initial>"}, {"MEDIAL FORM", "<medial>"}, {"FINAL FORM", "<final>"},
            {"PRESENTATION FORM FOR VERTICAL", "<vertical>"}};
        if (n.equals("IDEOGRAPHIC SPACE")) {
            return "<wide>";
        }
        if (n.endsWith("ISOLATED FORM")) {
            return "<isolated>";
        }
        if (n.endsWith("INITIAL FORM")) {
            return "<initial>";
        }
        if (n.endsWith("MEDIAL FORM")) {
            return "<medial>";
        }
        if (n.endsWith("FINAL FORM")) {
            return "<final>";
        }
        for (String[] t : tags) {
            if (n.contains(t[0]) && (!t[0].equals("SMALL ") || (c >= 0xFE50 && c <= 0xFE6B))) {
                return t[1];
            }
        }
        return "<compat>";
    }

    static String decomposition(int c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return "";
        }
        String s = new String(Character.toChars(c));
        String d = nfd(s);
        if (!d.equals(s)) {
            if (d.codePointCount(0, d.length()) == 1) {
                return hexs(d);
            }
            String composed = Normalizer.normalize(d, Normalizer.Form.NFC);
            if (composed.codePointCount(0, composed.length()) == 1 && composed.codePointAt(0) != c) {
                return hexs(composed);
            }
            int lastStart = d.offsetByCodePoints(d.length(), -1);
            String head = Normalizer.normalize(d.substring(0, lastStart), Normalizer.Form.NFC);
            if (head.codePointCount(0, head.length()) == 1) {
                return hexs(head + d.substring(lastStart));
            }
            return hexs(d);
        }
        String k = Normalizer.normalize(s, Normalizer.Form.NFKD);
        if (k.equals(s)) {
            return "";
        }
        return compatTag(c) + " " + hexs(Normalizer.normalize(k, Normalizer.Form.NFC));
    }

    /** East Asian width (UAX #11) by ranges: F, H, W, Na, A (main ranges only), else N. */
    static String eastAsianWidth(int c) {
        if (c == 0x3000 || c >= 0xFF01 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) {
            return "F";
        }
        if (c == 0x20A9 || c >= 0xFF61 && c <= 0xFFBE || c >= 0xFFC2 && c <= 0xFFDC || c >= 0xFFE8 && c <= 0xFFEE) {
            return "H";
        }
        if (c >= 0x20 && c <= 0x7E || c == 0xA2 || c == 0xA3 || c == 0xA5 || c == 0xA6 || c == 0xAC || c == 0xAF
                || c >= 0x27E6 && c <= 0x27ED || c == 0x2985 || c == 0x2986) {
                    return "Na";
                }
        int[] wide = {0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
            0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA,
            0x26AB,
            0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5,
            0x26F5,
            0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E,
            0x274E,
            0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50,
            0x2B50,
            0x2B55, 0x2B55, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960,
            0xA97F,
            0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0x16FE0, 0x18CFF, 0x1B000, 0x1B2FF,
            0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F2FF, 0x1F300, 0x1F320,
            0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0,
            0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
            0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
            0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB,
            0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD};
        for (int i = 0; i < wide.length; i += 2) {
            if (c >= wide[i] && c <= wide[i + 1]) {
                return "W";
            }
        }
        int[] amb = {0xA1, 0xA1, 0xA4, 0xA4, 0xA7, 0xA8, 0xAA, 0xAA, 0xAD, 0xAE, 0xB0, 0xB4, 0xB6, 0xBA, 0xBC, 0xBF,
            0xC6, 0xC6, 0xD0, 0xD0, 0xD7, 0xD8, 0xDE, 0xE1, 0xE6, 0xE6, 0xE8, 0xEA, 0xEC, 0xED, 0xF0, 0xF0, 0xF2, 0xF3,
            0xF7, 0xFA, 0xFC, 0xFC, 0xFE, 0xFE, 0x0300, 0x036F, 0x0391, 0x03A9, 0x03B1, 0x03C9, 0x0401, 0x0401,
            0x0410, 0x044F, 0x0451, 0x0451, 0x2010, 0x2010, 0x2013, 0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020,
            0x2022,
            0x2024, 0x2027, 0x2030, 0x2030, 0x2032, 0x2033, 0x2035, 0x2035, 0x203B, 0x203B, 0x203E, 0x203E, 0x20AC,
            0x20AC,
            0x2103, 0x2103, 0x2116, 0x2116, 0x2121, 0x2122, 0x2126, 0x2126, 0x212B, 0x212B, 0x2153, 0x2154, 0x215B,
            0x215E, 0x2160, 0x216B, 0x2170, 0x2179, 0x2190, 0x2199, 0x2460, 0x24E9, 0x2500, 0x254B,
            0x2550, 0x2573, 0x2580, 0x258F, 0x25A0, 0x25A1, 0x25B2, 0x25B3, 0x25BC, 0x25BD, 0x25C6, 0x25C8, 0x25CB,
            0x25CB,
            0x25CE, 0x25D1, 0x2605, 0x2606, 0x2640, 0x2640, 0x2642, 0x2642, 0xE000, 0xF8FF, 0xFE00, 0xFE0F, 0xFFFD,
            0xFFFD};
        for (int i = 0; i < amb.length; i += 2) {
            if (c >= amb[i] && c <= amb[i + 1]) {
                return "A";
            }
        }
        return "N";
    }

    static Normalizer.Form form(ThreadState ts, PyObject f) {
        switch (Args.str(f, "normalize() argument 1")) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw Py.valueError("invalid normalization form");
        }
    }

    /** A numeric property: the value, or the default argument, or ValueError. */
    static PyObject orDefault(PyObject[] a, PyObject value, String msg) {
        if (value != null) {
            return value;
        }
        if (a.length > 1) {
            return a[1];
        }
        throw Py.valueError(msg);
    }

    /** The functions, by name; each takes the module-level arguments (no self). */
    static final String[] NAMES = {"category", "bidirectional", "combining", "mirrored", "east_asian_width",
        "decomposition", "name", "lookup", "decimal", "digit", "numeric", "normalize", "is_normalized"};

    static PyObject call(String fn, ThreadState ts, PyObject[] a, String[] kw) {
        if (kw != null) {
            throw Py.typeError(fn + "() takes no keyword arguments");
        }
        switch (fn) {
            case "category": Args.check(fn, a, kw, 1, 1); return Py.str(category(cp(a[0], fn)));
            case "bidirectional": Args.check(fn, a, kw, 1, 1); return Py.str(bidirectional(cp(a[0], fn)));
            case "combining": Args.check(fn, a, kw, 1, 1); return Py.newInt(combining(cp(a[0], fn)));
            case "mirrored": Args.check(fn, a, kw, 1, 1); return Py.newInt(Character.isMirrored(cp(a[0], fn)) ? 1 : 0);
            case "east_asian_width": Args.check(fn, a, kw, 1, 1); return Py.str(eastAsianWidth(cp(a[0], fn)));
            case "decomposition": Args.check(fn, a, kw, 1, 1); return Py.str(decomposition(cp(a[0], fn)));
            case "name": {
                Args.check(fn, a, kw, 1, 2);
                String n = name(cp(a[0], fn));
                return orDefault(a, n == null ? null : Py.str(n), "no such name");
            }
            case "lookup": {
                Args.check(fn, a, kw, 1, 1);
                String n = a[0] instanceof PyStr ? ((PyStr) a[0]).value()
                        : new String(org.stmj.python.objects.PyBytes.fromObject(ts, a[0]),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                int c = lookup(n);
                if (c < 0) {
                    throw new PyException(
                            new org.stmj.python.objects.PyBaseException(org.stmj.python.objects.Exc.KeyError,
                            Py.str("undefined character name '" + n + "'")));
                }
                return Py.chr(c);
            }
            case "decimal": {
                Args.check(fn, a, kw, 1, 2);
                int v = decimal(cp(a[0], fn));
                return orDefault(a, v < 0 ? null : Py.newInt(v), "not a decimal");
            }
            case "digit": {
                Args.check(fn, a, kw, 1, 2);
                int v = digit(cp(a[0], fn));
                return orDefault(a, v < 0 ? null : Py.newInt(v), "not a digit");
            }
            case "numeric": {
                Args.check(fn, a, kw, 1, 2);
                double v = numeric(cp(a[0], fn));
                return orDefault(a, Double.isNaN(v) ? null : Py.newFloat(v), "not a numeric character");
            }
            case "normalize": {
                Args.check(fn, a, kw, 2, 2);
                Normalizer.Form f = form(ts, a[0]);
                String s = Args.str(a[1], "normalize() argument 2");
                String r = Normalizer.normalize(s, f);
                return r.equals(s) ? a[1] : Py.str(r);
            }
            case "is_normalized": {
                Args.check(fn, a, kw, 2, 2);
                Normalizer.Form f = form(ts, a[0]);
                return Py.bool(Normalizer.isNormalized(Args.str(a[1], "is_normalized() argument 2"), f));
            }
            default: throw Py.systemError("unicodedata: " + fn);
        }
    }

    static {
        UCD.dict.putStr("__module__", Py.str("unicodedata"));
        for (String n : NAMES) {
            UCD.dict.putStr(n, new PyBuiltin(n,
                    (ts, a, kw) -> call(n, ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw), null, "UCD"));
        }
        UCD.dict.putStr("unidata_version", new org.stmj.python.objects.PyProperty(new PyBuiltin("unidata_version",
                (ts, a, kw) -> Py.str(((Ucd) a[0]).version)), null, null, Py.None));
    }

    /** A database object (ucd_3_2_0); immutable. */
    static final class Ucd extends PyObject {
        final String version;

        Ucd(String version) {
            this.version = version;
        }

        @Override
        public PyType type() {
            return UCD;
        }
    }

    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("unicodedata", d);
        for (String n : NAMES) {
            Modules.fn(d, n, (ts, a, kw) -> call(n, ts, a, kw));
        }
        d.putStr("unidata_version", Py.str("14.0.0"));
        d.putStr("UCD", UCD);
        d.putStr("ucd_3_2_0", new Ucd("3.2.0"));
        return mod;
    }
}
