package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/**
 * str is a sequence of code points, also outside the Basic Multilingual Plane (where Java needs two chars).
 * Every expected output below was produced by CPython 3.11.7 ({@code python3 -c '<the same program>'}) and
 * hard-coded here.
 */
class PyStrCodePointTest {
    private static final String E = "\\U0001F600"; // Python escape of U+1F600, two UTF-16 chars in Java
    private static final String E2 = "\\U0001F601";

    private static String run(String src) {
        PyRun r = PyRun.code(src);
        assertEquals(0, r.rc, r.err);
        return r.out;
    }

    @Test
    void whenLenOfNonBmpString_thenCountsCodePoints() {
        assertEquals("3 1 0\n", run("s = \"a" + E + "b\"; print(len(s), len(\"" + E + "\"), len(\"\"))"));
    }

    @Test
    void whenIndexingNonBmpString_thenPositiveAndNegativeIndexesAreCodePoints() {
        assertEquals("True b True a\n",
                run("s = \"a" + E + "b\"; print(s[1] == \"" + E + "\", s[-1], s[-2] == \"" + E + "\", s[0])"));
    }

    @Test
    void whenSlicingNonBmpStringWithSteps_thenCodePointsAreKeptWhole() {
        assertEquals("'\\U0001f600y\\U0001f601' 'xyz' 'z\\U0001f601y\\U0001f600x' '\\U0001f601z' 'zy'\n",
                run("s = \"x" + E + "y" + E2 + "z\"; print(ascii(s[1:4]), ascii(s[::2]), ascii(s[::-1]), ascii(s[-2:]),"
                        + " ascii(s[4:0:-2]))"));
    }

    @Test
    void whenIteratingOrReversing_thenYieldsWholeCodePoints() {
        assertEquals("[\"'a'\", \"'\\\\U0001f600'\", \"'b'\"] 'b\\U0001f600a'\n",
                run("print([ascii(c) for c in \"a" + E + "b\"], ascii(\"\".join(reversed(\"a" + E + "b\"))))"));
    }

    @Test
    void whenSearching_thenOffsetsAndBoundsAreCodePoints() {
        assertEquals("True True 2 3 3 4 2 2 5 4 True True\n",
                run("s = \"a" + E + "b" + E + "c\"; print(\"" + E + "\" in s, \"b\" in s, s.find(\"b\"), s.find(\"" + E
                        + "\", 2), s.rfind(\"" + E + "\"), s.index(\"c\"), s.rindex(\"b\"), s.count(\"" + E
                        + "\"), s.count(\"\", 1), s.find(\"c\", -1), s.startswith(\"b\", 2), s.endswith(\"b\", 0, "
                        + "3))"));
    }

    @Test
    void whenOrdAndChrOfNonBmp_thenRoundTrip() {
        assertEquals("128512 True True 1\n",
                run("print(ord(\"" + E + "\"), ord(chr(0x1F600)) == 0x1F600, chr(128512) == \""
                + E + "\", len(chr(0x10FFFF)))"));
    }

    @Test
    void whenOrdOfTwoCodePoints_thenTypeErrorCountsCodePoints() {
        assertEquals("ord() expected a character, but string of length 2 found\n",
                run("try:\n    ord(\"" + E + "x\")\nexcept TypeError as e:\n    print(e)"));
    }

    @Test
    void whenReprAndAscii_thenPrintableNonBmpShownAndAsciiUsesLongEscape() {
        assertEquals("'\uD83D\uDE00' '\\U0001f600' '\\xe9\\u4e2d\\U0001f600' '\\U0001f600'\n",
                run("print(repr(\"" + E + "\"), ascii(\"" + E + "\"), ascii(\"\u00e9\\u4e2d" + E + "\"), \"%a\" % \""
                + E
                        + "\")"));
    }

    @Test
    void whenJustifying_thenWidthCountsCodePoints() {
        assertEquals("'**\\U0001f600**' '\\U0001f600--' '  \\U0001f600' '00\\U0001f600' "
                + "'\\U0001f601\\U0001f600\\U0001f601'\n",
                run("s = \"" + E + "\"; print(ascii(s.center(5, \"*\")), ascii(s.ljust(3, \"-\")), ascii(s.rjust(3)),"
                        + " ascii(s.zfill(3)), ascii(s.center(3, \"" + E2 + "\")))"));
    }

    @Test
    void whenFormattingWithWidthOrPrecision_thenCodePointsAreCounted() {
        assertEquals("'   \\U0001f600|\\U0001f600  |  \\U0001f600  |\\U0001f600' '**a\\U0001f600' '  \\U0001f600'\n",
                run("print(ascii(\"{:>4}|{:<3}|{:^5}|{:.1}\".format(\"" + E + "\", \"" + E + "\", \"" + E + "\", \"" + E
                        + "x\")), ascii(f\"{'a' + chr(0x1F600):*>4}\"), ascii(\"%3s\" % \"" + E + "\"))"));
    }

    @Test
    void whenEncodingToUtf8AndDecoding_thenRoundTrips() {
        assertEquals("b'a\\xf0\\x9f\\x98\\x80' 5 True 2\n", run("b = \"a" + E + "\".encode(\"utf-8\"); print(b, len(b),"
                + " b.decode(\"utf-8\") == \"a" + E + "\", len(b.decode()))"));
    }

    @Test
    void whenTranslatingWithNonBmpTable_thenMapsWholeCodePoints() {
        assertEquals("'ax' 1 '\\U0001f601' 'y'\n",
                run("print(ascii(\"a" + E + "b\".translate(str.maketrans(\"" + E + "\", \"x\", \"b\"))), \"" + E
                        + "\".__len__(), ascii(\"a\".translate({ord(\"a\"): \"" + E2 + "\"})), ascii(\"" + E
                        + "\".translate(str.maketrans({\"" + E + "\": \"y\"}))))"));
    }

    @Test
    void whenWritingNonBmpToStdout_thenWriteReturnsCodePointCount() {
        assertEquals("\uD83D\uDE00\n2\n", run("import sys; n = sys.stdout.write(\"" + E + "\\n\"); print(n)"));
    }

    @Test
    void whenClassifyingNonBmpCharacters_thenUsesTheirCodePointCategory() {
        assertEquals("True False True False\n", run("print(\"\\U0001D400\".isalpha(), \"" + E
                + "\".isalpha(), \"\\U0001D7CE\".isdigit(), \"a\\U00010400\".islower())"));
    }

    @Test
    void whenBmpOnlyString_thenIndexingSlicingAndSearchUnchanged() {
        assertEquals("5 l olleh 3 ['h', 'e'] *hello*\n",
                run("s = 'hello'; print(len(s), s[-2], s[::-1], s.find('l', 3), list(s[:2]), s.center(7, '*'))"));
    }
}
